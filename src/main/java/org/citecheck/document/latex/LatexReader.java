package org.citecheck.document.latex;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.citecheck.CitecheckException;
import org.citecheck.document.bibtex.BibtexEntry;
import org.citecheck.document.bibtex.BibtexReader;
import org.citecheck.document.markup.CitedFields;
import org.citecheck.document.markup.InlineText;
import org.citecheck.document.markup.MarkupDocument;
import org.citecheck.document.markup.MarkupFormat;
import org.citecheck.document.markup.MarkupLink;
import org.citecheck.document.markup.MarkupNote;
import org.citecheck.document.pdf.RaisedNumber;
import org.citecheck.document.tex.TexCursor;
import org.citecheck.document.tex.TexText;

/**
 * Reads a LaTeX document's notes from its source: {@code \footnote}, {@code \endnote}, {@code
 * \footnotetext} and biblatex's {@code \footcite} are the notes, numbered as LaTeX numbers them
 * (one counter; {@code \footnote[7]} sets its own number); {@code url} and {@code \href} give exact
 * link targets; {@code \cite} keys print the entry of the {@code \bibliography} or {@code
 * \addbibresource} file. {@code \input} and {@code \include} are followed inside the project folder
 * ({@link LatexProject}). Comments and verbatim text are left alone ({@link TexSource}). A document
 * without footnotes gives the entries its {@code \cite} commands cite, or else its links.
 */
public final class LatexReader {

  private static final Pattern STRONG =
      Pattern.compile("(?m)^[ \\t]*\\\\(documentclass|begin\\s*\\{document\\})");

  private static final Pattern NOTE = Pattern.compile("\\\\(footnote|endnote)\\s*[\\[{]");

  /** What leaves a note with nothing but its one citation. */
  private static final Pattern ONLY_PUNCTUATION = Pattern.compile("[\\s\\p{Punct}“”‘’–—]*");

  private final LatexProject project;
  private final List<String> text = new ArrayList<>();
  private final List<String> body = new ArrayList<>();
  private final List<Pending> pending = new ArrayList<>();
  private final List<RaisedNumber> markers = new ArrayList<>();
  private final List<MarkupLink> bodyLinks = new ArrayList<>();
  private final List<Integer> bodyLinkLines = new ArrayList<>();
  private final Map<String, Integer> bodyCites = new LinkedHashMap<>();
  private final List<String> bibliographies = new ArrayList<>();
  private final List<String> notices = new ArrayList<>();
  private final Set<Path> including = new HashSet<>();
  private boolean citesAll;
  private boolean stdinNoticed;
  private String title;
  private int counter;
  private int footnotes;
  private int endnotes;

  /** A note found in the source, read once the bibliography is known. */
  private record Pending(String mark, int line, String tex) {}

  private LatexReader(LatexProject project) {
    this.project = project;
  }

  /** True when the text is a LaTeX document: {@code \documentclass} or {@code \begin{document}}. */
  public static boolean looksLike(String text) {
    return STRONG.matcher(text).find();
  }

  /** True when the text holds a {@code \footnote} or {@code \endnote}: a LaTeX fragment. */
  public static boolean hasNotes(String text) {
    return NOTE.matcher(text).find();
  }

  /** True for the names LaTeX files go by. */
  public static boolean named(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.endsWith(".tex") || lower.endsWith(".ltx") || lower.endsWith(".latex");
  }

  /**
   * @param lines the main file's lines, normalised by the caller
   * @param project where included files are read from (its folder is null for standard input)
   */
  public static MarkupDocument read(List<String> lines, LatexProject project) {
    LatexReader reader = new LatexReader(project);
    try {
      reader.file(lines, null, 0, 0);
      return reader.result();
    } catch (StackOverflowError e) {
      // Thousands of nested quotation or link commands: a crafted file, not a report.
      throw CitecheckException.input("TeX commands nested too deeply to read");
    }
  }

  /**
   * Reads one file's source into the document's lines at {@code offset}. An included file's lines
   * go in after the line that includes it, as LaTeX reads them: the document's text is the project
   * flattened, so that notes and markers keep LaTeX's order.
   */
  private void file(List<String> lines, String label, int depth, int offset) {
    int before = text.size();
    text.addAll(offset, lines);
    body.addAll(offset, lines);
    Placement placed = new Placement(offset);
    String clean = TexSource.clean(String.join("\n", lines));
    List<Cut> cuts = new ArrayList<>();
    int[] starts = lineStarts(clean);
    int i = 0;
    while (i < clean.length()) {
      if (clean.charAt(i) != '\\') {
        i++;
        continue;
      }
      TexCursor cursor = new TexCursor(clean, i + 1);
      String name = cursor.commandName();
      int inFile = lineOf(starts, i);
      int line = placed.line(inFile);
      switch (name) {
        case "footnote", "endnote" -> {
          String option = cursor.option();
          int[] span = cursor.groupSpan();
          if (span != null) {
            String mark = option != null ? option.strip() : String.valueOf(++counter);
            note(mark, line, clean.substring(span[0], span[1]));
            cuts.add(new Cut(i, cursor.at(), mark));
            if (name.equals("footnote")) {
              footnotes++;
            } else {
              endnotes++;
            }
          }
        }
        case "footnotemark" -> {
          String option = cursor.option();
          String mark = option != null ? option.strip() : String.valueOf(++counter);
          cuts.add(new Cut(i, cursor.at(), mark));
        }
        case "footnotetext" -> {
          String option = cursor.option();
          int[] span = cursor.groupSpan();
          if (span != null) {
            String mark = option != null ? option.strip() : String.valueOf(counter);
            note(mark, line, clean.substring(span[0], span[1]));
            cuts.add(new Cut(i, cursor.at(), null));
            footnotes++;
          }
        }
        case "input", "include", "subfile" -> {
          if (cursor.groupFollows()) {
            int[] span = cursor.groupSpan();
            if (span != null) {
              include(clean.substring(span[0], span[1]), depth, placed, inFile);
            }
          } else {
            // TeX's own form, \input chapter1: the name runs to the next blank.
            int start = cursor.at();
            int end = start;
            while (end < clean.length()
                && !Character.isWhitespace(clean.charAt(end))
                && clean.charAt(end) != '\\'
                && clean.charAt(end) != TexText.COMMENT) {
              end++;
            }
            if (end > start) {
              include(clean.substring(start, end), depth, placed, inFile);
            }
            cursor.moveTo(end);
          }
        }
        case "bibliography", "addbibresource", "addglobalbib" -> {
          String option = cursor.option();
          String names = cursor.group();
          if (names != null && (option == null || !option.contains("remote"))) {
            for (String one : names.split(",")) {
              bibliographies.add(one.strip() + (name.equals("bibliography") ? "" : "\u0000"));
            }
          }
        }
        case "title" -> {
          cursor.option();
          String words = cursor.group();
          if (title == null && words != null) {
            title = TexText.plain(words.replaceAll("\\\\thanks\\s*\\{[^{}]*\\}", ""));
          }
        }
        case "url", "href" -> {
          cursor.moveTo(i);
          InlineText link =
              TexText.render(clean.substring(i, linkEnd(clean, i)), (n, c, o) -> false);
          link.links()
              .forEach(
                  l -> {
                    bodyLinks.add(l);
                    bodyLinkLines.add(line + 1);
                  });
          cursor.moveTo(linkEnd(clean, i));
        }
        case "end" -> {
          String environment = cursor.group();
          if ("document".equals(environment)) {
            cursor.moveTo(clean.length());
          }
        }
        default -> {
          if (Citations.FOOTNOTE_CITE.contains(name)) {
            cursor.moveTo(i);
            int end = citeEnd(clean, i);
            String mark =
                name.equals("footcitetext") ? String.valueOf(counter) : String.valueOf(++counter);
            note(mark, line, clean.substring(i, end));
            cuts.add(new Cut(i, end, name.equals("footcitetext") ? null : mark));
            footnotes++;
            cursor.moveTo(end);
          } else if (Citations.CITE.contains(name) || Citations.MULTI.contains(name)) {
            cursor.moveTo(i);
            int end = citeEnd(clean, i);
            bodyCite(clean.substring(i, end), line + 1);
            cursor.moveTo(end);
          }
        }
      }
      i = Math.max(cursor.at(), i + 1);
    }
    body(clean, cuts, placed, lines.size());
    if (label != null && !lines.isEmpty()) {
      int added = text.size() - before;
      notices.add(
          "lines "
              + (offset + 1)
              + "–"
              + (offset + added)
              + " are the included "
              + label
              + ", read where it is input (the lines after it are numbered on from there)");
    }
  }

  /**
   * Where a file's lines are in the document's lines: from {@code offset}, pushed down by the files
   * it includes.
   */
  private static final class Placement {
    private final int offset;
    private final List<int[]> inserted = new ArrayList<>();

    Placement(int offset) {
      this.offset = offset;
    }

    /** The document line (0-based) of the file's line {@code inFile}. */
    int line(int inFile) {
      int line = offset + inFile;
      for (int[] insert : inserted) {
        if (insert[0] < inFile) {
          line += insert[1];
        }
      }
      return line;
    }

    void inserted(int afterLine, int count) {
      inserted.add(new int[] {afterLine, count});
    }
  }

  /**
   * A note's command in the body, from its backslash to its closing brace; {@code mark} is what
   * LaTeX prints there, or null when it prints nothing ({@code \footnotetext}).
   */
  private record Cut(int start, int end, String mark) {}

  /**
   * The file's body lines: the source with comments and verbatim text taken out, and each note's
   * command replaced by its mark, as the typeset page shows it ("a claim.1 Then"), so that the
   * audit reads the markers in their sentences. A note over several lines leaves those lines blank,
   * so that every line keeps its number.
   */
  private void body(String clean, List<Cut> cuts, Placement placed, int count) {
    StringBuilder out = new StringBuilder(clean.length());
    int line = 0;
    int column = 0;
    int at = 0;
    for (Cut cut : cuts) {
      for (; at < cut.start(); at++) {
        char c = clean.charAt(at);
        if (c == '\n') {
          out.append(c);
          line++;
          column = 0;
        } else if (c != TexText.COMMENT) {
          out.append(c);
          column++;
        }
      }
      if (cut.mark() != null) {
        if (cut.mark().matches("\\d{1,6}")) {
          markers.add(new RaisedNumber(Integer.parseInt(cut.mark()), placed.line(line), column, 0));
        }
        out.append(cut.mark());
        column += cut.mark().length();
      }
      for (at = cut.start(); at < cut.end(); at++) {
        if (clean.charAt(at) == '\n') {
          out.append('\n');
          line++;
          column = 0;
        }
      }
    }
    for (; at < clean.length(); at++) {
      if (clean.charAt(at) != TexText.COMMENT) {
        out.append(clean.charAt(at));
      }
    }
    String[] done = out.toString().split("\n", -1);
    for (int k = 0; k < count && k < done.length; k++) {
      body.set(placed.line(k), done[k]);
    }
  }

  private void note(String mark, int line, String tex) {
    pending.add(new Pending(mark, line + 1, tex));
  }

  private void include(String requested, int depth, Placement placed, int inFile) {
    String name = requested.strip();
    if (!project.followsFiles()) {
      if (!stdinNoticed) {
        notices.add(
            "read from standard input, so \\input{"
                + name
                + "} and the like are not followed: give the file's path to read them");
        stdinNoticed = true;
      }
      return;
    }
    if (depth + 1 > LatexProject.MAX_DEPTH) {
      notices.add(name + ": included more than " + LatexProject.MAX_DEPTH + " deep: not read");
      return;
    }
    LatexProject.Opened opened = project.open(name, ".tex");
    if (opened.refused() != null) {
      notices.add("\\input " + opened.refused());
      return;
    }
    if (!including.add(opened.path())) {
      notices.add(name + " includes itself: not read again");
      return;
    }
    int before = text.size();
    file(opened.lines(), opened.label(), depth + 1, placed.line(inFile) + 1);
    placed.inserted(inFile, text.size() - before);
    including.remove(opened.path());
  }

  private void bodyCite(String tex, int line) {
    TexCursor cursor = new TexCursor(tex, 1);
    String name = cursor.commandName();
    do {
      String first = cursor.option();
      if (first != null) {
        cursor.option();
      }
      String keys = cursor.group();
      if (keys == null) {
        break;
      }
      for (String key : keys.split(",")) {
        String k = key.strip();
        if (k.equals("*") && name.equals("nocite")) {
          citesAll = true;
        } else if (!k.isEmpty()) {
          bodyCites.putIfAbsent(k, line);
        }
      }
    } while (Citations.MULTI.contains(name) && (cursor.optionFollows() || cursor.groupFollows()));
  }

  MarkupDocument result() {
    Map<String, BibtexEntry> entries = bibliography();
    List<MarkupNote> notes = new ArrayList<>();
    Set<String> missing = new LinkedHashSet<>();
    for (Pending note : pending) {
      notes.add(render(note, entries, missing));
    }
    if (notes.isEmpty()) {
      List<BibtexEntry> cited = new ArrayList<>();
      if (citesAll) {
        cited.addAll(new LinkedHashSet<>(entries.values()));
      }
      bodyCites.forEach(
          (key, line) -> {
            BibtexEntry entry = entries.get(key.toLowerCase(Locale.ROOT));
            if (entry == null) {
              missing.add(key);
            } else if (!cited.contains(entry)) {
              cited.add(entry);
            }
          });
      for (BibtexEntry entry : cited) {
        Integer line = bodyCites.get(entry.key());
        notes.add(
            new MarkupNote(
                null,
                line == null ? 0 : line,
                entry.text(),
                entry.links(),
                entry.fields(),
                entry.key()));
      }
      if (!cited.isEmpty()) {
        notices.add(
            "no footnotes: the notes are the "
                + cited.size()
                + " bibliography entries the text cites");
      }
    }
    if (notes.isEmpty()) {
      for (int k = 0; k < bodyLinks.size(); k++) {
        MarkupLink link = bodyLinks.get(k);
        notes.add(new MarkupNote(null, bodyLinkLines.get(k), link.text(), List.of(link)));
      }
    }
    if (!missing.isEmpty()) {
      notices.add(
          (missing.size() == 1 ? "cite key " : missing.size() + " cite keys ")
              + String.join(", ", missing)
              + (entries.isEmpty()
                  ? " not resolved: no bibliography file was read"
                  : " not found in the bibliography"));
    }
    if (footnotes > 0 && endnotes > 0) {
      notices.add("footnotes and endnotes are numbered in one sequence");
    }
    // An included file's markers were found before the rest of the file that includes it.
    markers.sort(
        java.util.Comparator.comparingInt(RaisedNumber::line)
            .thenComparingInt(RaisedNumber::column));
    return new MarkupDocument(
        MarkupFormat.LATEX, text, body, notes, bodyLinks, markers, title, notices);
  }

  /**
   * A note's text with its citations printed; a note that only cites one entry takes its fields.
   */
  private static MarkupNote render(
      Pending note, Map<String, BibtexEntry> entries, Set<String> missing) {
    Citations citations = new Citations(entries, true, missing);
    InlineText text = TexText.render(note.tex(), citations);
    CitedFields fields = null;
    String key = null;
    if (citations.used().size() == 1) {
      String rest =
          TexText.render(note.tex(), new Citations(entries, false, new HashSet<>())).text();
      if (ONLY_PUNCTUATION.matcher(rest).matches()) {
        BibtexEntry entry = citations.used().get(0);
        fields = entry.fields();
        key = entry.key();
      }
    }
    return new MarkupNote(note.mark(), note.line(), text.text(), text.links(), fields, key);
  }

  /** The entries of every bibliography file named, first key wins; a bad file is a notice. */
  private Map<String, BibtexEntry> bibliography() {
    Map<String, BibtexEntry> entries = new LinkedHashMap<>();
    for (String named : bibliographies) {
      boolean exact = named.endsWith("\u0000");
      String name = exact ? named.substring(0, named.length() - 1) : named;
      if (!project.followsFiles()) {
        notices.add("read from standard input, so the bibliography " + name + " is not read");
        continue;
      }
      LatexProject.Opened opened = project.open(name, ".bib");
      if (opened.refused() != null) {
        notices.add("bibliography " + opened.refused());
        continue;
      }
      try {
        for (BibtexEntry entry :
            BibtexReader.entries(String.join("\n", opened.lines()), opened.label())) {
          entries.putIfAbsent(entry.key().toLowerCase(Locale.ROOT), entry);
        }
      } catch (CitecheckException e) {
        notices.add(e.getMessage() + ": its entries are not read");
      }
    }
    return entries;
  }

  /** Where a {@code url{..}} or {@code \href{..}{..}} starting at {@code at} ends. */
  private static int linkEnd(String source, int at) {
    TexCursor cursor = new TexCursor(source, at + 1);
    String name = cursor.commandName();
    int[] first = cursor.groupSpan();
    if (first != null && name.equals("href")) {
      cursor.groupSpan();
    }
    return Math.max(cursor.at(), at + 1);
  }

  /** Where a citation command and its options and keys end. */
  private static int citeEnd(String source, int at) {
    TexCursor cursor = new TexCursor(source, at + 1);
    String name = cursor.commandName();
    boolean multi = Citations.MULTI.contains(name);
    do {
      cursor.option();
      cursor.option();
      if (cursor.groupSpan() == null) {
        break;
      }
    } while (multi && (cursor.optionFollows() || cursor.groupFollows()));
    return Math.max(cursor.at(), at + 1);
  }

  private static int[] lineStarts(String source) {
    List<Integer> starts = new ArrayList<>();
    starts.add(0);
    for (int k = 0; k < source.length(); k++) {
      if (source.charAt(k) == '\n') {
        starts.add(k + 1);
      }
    }
    return starts.stream().mapToInt(Integer::intValue).toArray();
  }

  /** The 0-based line of a position, by binary search over the line starts. */
  private static int lineOf(int[] starts, int position) {
    int found = java.util.Arrays.binarySearch(starts, position);
    return found >= 0 ? found : -found - 2;
  }
}
