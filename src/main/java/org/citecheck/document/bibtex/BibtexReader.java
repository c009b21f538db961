package org.citecheck.document.bibtex;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.citecheck.CitecheckException;
import org.citecheck.document.markup.CitedFields;
import org.citecheck.document.markup.MarkupDocument;
import org.citecheck.document.markup.MarkupFormat;
import org.citecheck.document.markup.MarkupLink;
import org.citecheck.document.markup.MarkupNote;
import org.citecheck.document.tex.TexText;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXObject;
import org.jbibtex.BibTeXParser;
import org.jbibtex.BibTeXString;
import org.jbibtex.Key;
import org.jbibtex.ParseException;
import org.jbibtex.ReferenceValue;
import org.jbibtex.Token;
import org.jbibtex.TokenMgrException;
import org.jbibtex.Value;

/**
 * Reads a BibTeX or biblatex file with JBibTeX: each entry is a note whose fields the entry states
 * ({@link CitedFields}), so {@code check} link-checks a bibliography as it checks a report. The
 * entries have no printed numbers: their number is their position, marked inferred, and their key
 * is kept. A syntax error is one line with its line and column.
 */
public final class BibtexReader {

  /** An entry or a BibTeX command at the start of a line: what tells a .bib file from text. */
  private static final Pattern ENTRY_START =
      Pattern.compile("(?m)^[ \\t]*@[ \\t]*([A-Za-z]+)[ \\t]*[{(]");

  private static final Pattern KEY =
      Pattern.compile(
          "(?m)^[ \\t]*@[ \\t]*([A-Za-z]+)[ \\t]*[{(][ \\t\\n]*([^,\\s{}()]+)[ \\t\\n]*,");

  private static final Pattern LEXICAL = Pattern.compile("line (\\d+), column (\\d+)");

  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

  private static final Map<String, String> MONTHS = months();

  private BibtexReader() {}

  /**
   * True when the text opens, after blank lines and {@code %} comments, with an {@code @article{}},
   * {@code @misc{}}, {@code @string{}}, {@code @comment{}}... at the start of a line: an entry
   * further down (a Markdown page showing one) does not make a text a .bib file.
   */
  public static boolean looksLike(String text) {
    Matcher start = ENTRY_START.matcher(text);
    if (!start.find()) {
      return false;
    }
    for (String line : text.substring(0, start.start()).split("\\R")) {
      String strip = line.strip();
      if (!strip.isEmpty() && !strip.startsWith("%")) {
        return false;
      }
    }
    return true;
  }

  /** True for the names BibTeX files go by. */
  public static boolean named(String name) {
    return name.toLowerCase(Locale.ROOT).endsWith(".bib");
  }

  /**
   * @param lines the file's lines, normalised by the caller
   * @param name the file's name, for the message of a syntax error
   */
  public static MarkupDocument read(List<String> lines, String name) {
    try {
      return readEntries(lines, name);
    } catch (StackOverflowError e) {
      throw CitecheckException.input(name + ": braces nested too deeply to read as BibTeX");
    }
  }

  private static MarkupDocument readEntries(List<String> lines, String name) {
    String text = String.join("\n", lines);
    List<MarkupNote> notes = new ArrayList<>();
    for (BibtexEntry entry : entries(text, name)) {
      notes.add(entry.note());
    }
    List<String> body = lines.stream().map(line -> "").toList();
    return new MarkupDocument(
        MarkupFormat.BIBTEX, lines, body, notes, List.of(), List.of(), null, repeatedKeys(text));
  }

  /**
   * A key given to two entries: BibTeX stops at it ("Repeated entry") and JBibTeX keeps the first,
   * so the second is not read; the user is told, one line per key.
   */
  private static List<String> repeatedKeys(String text) {
    Matcher key = KEY.matcher(text);
    Map<String, Integer> seen = new LinkedHashMap<>();
    while (key.find()) {
      String type = key.group(1).toLowerCase(Locale.ROOT);
      if (!type.equals("string") && !type.equals("comment") && !type.equals("preamble")) {
        seen.merge(key.group(2), 1, Integer::sum);
      }
    }
    List<String> notices = new ArrayList<>();
    seen.forEach(
        (name, count) -> {
          if (count > 1) {
            notices.add(
                "key "
                    + name
                    + " is given to "
                    + count
                    + " entries: only the first is read (BibTeX stops at a repeated key)");
          }
        });
    return notices;
  }

  /** The file's entries in order; a key given twice gives two entries (the audit reports it). */
  public static List<BibtexEntry> entries(String text, String name) {
    BibTeXDatabase database = parse(text, name);
    Map<String, BibTeXEntry> byKey = new LinkedHashMap<>();
    List<BibTeXEntry> entries = new ArrayList<>();
    for (BibTeXObject object : database.getObjects()) {
      if (object instanceof BibTeXEntry entry) {
        entries.add(entry);
        byKey.putIfAbsent(entry.getKey().getValue().toLowerCase(Locale.ROOT), entry);
      }
    }
    List<BibtexEntry> read = new ArrayList<>();
    int from = 0;
    int counted = 1;
    for (BibTeXEntry entry : entries) {
      int line = 0;
      String key = entry.getKey().getValue();
      Pattern own =
          Pattern.compile(
              "(?m)^[ \\t]*@[ \\t]*[A-Za-z]+[ \\t]*[{(][ \\t\\n]*"
                  + Pattern.quote(key)
                  + "[ \\t\\n]*,");
      Matcher at = own.matcher(text);
      if (at.find(from)) {
        // Lines counted on from the entry before: a file of thousands of entries is read once.
        counted += lines(text, from, at.start());
        line = counted;
        counted += lines(text, at.start(), at.end());
        from = at.end();
      }
      try {
        read.add(entry(new Fields(entry, byKey), key, line));
      } catch (CitecheckException e) {
        throw CitecheckException.input(name + ": entry " + key + ": " + e.getMessage());
      }
    }
    return read;
  }

  private static BibTeXDatabase parse(String text, String name) {
    BibTeXParser parser;
    try {
      parser =
          new BibTeXParser() {
            @Override
            public void checkStringResolution(Key key, BibTeXString string) {
              // An undefined @string is read as its own name, as BibTeX warns and goes on.
            }

            @Override
            public void checkCrossReferenceResolution(Key key, BibTeXEntry entry) {
              // A crossref to a missing entry leaves the fields the entry has.
            }
          };
      return parser.parse(new StringReader(text));
    } catch (ParseException e) {
      Token bad = e.currentToken == null ? null : e.currentToken.next;
      String where = bad == null ? "" : " at line " + bad.beginLine + ", column " + bad.beginColumn;
      String what =
          bad == null || bad.image == null || bad.image.isEmpty()
              ? "the file ends inside an entry"
              : "unexpected \"" + shorten(bad.image) + "\"";
      throw CitecheckException.input(name + ": BibTeX syntax error" + where + ": " + what);
    } catch (TokenMgrException e) {
      Matcher at = LEXICAL.matcher(String.valueOf(e.getMessage()));
      String where = at.find() ? " at line " + at.group(1) + ", column " + at.group(2) : "";
      throw CitecheckException.input(
          name + ": BibTeX syntax error" + where + ": a character no entry can hold there");
    } catch (RuntimeException e) {
      throw CitecheckException.input(name + ": not a readable BibTeX file");
    }
  }

  private static BibtexEntry entry(Fields f, String key, int line) {
    String type = f.type();
    List<String> authors = BibtexNames.parse(f.raw("author"));
    List<String> editors = BibtexNames.parse(f.raw("editor"));
    String title = f.text("title");
    String container = f.first("journaltitle", "journal", "booktitle", "maintitle", "series");
    String date = date(f);
    String accessed = isoDate(f.text("urldate"));
    String publisher = f.first("publisher", "institution", "organization", "school");
    String place = f.first("location", "address");
    String doi = f.url("doi");
    String url = f.url("url");
    String eprint = f.url("eprint");
    String eprintType = f.text("eprinttype");
    if (eprintType == null) {
      eprintType = f.text("archiveprefix");
    }
    if (eprint != null && eprintType != null) {
      switch (eprintType.toLowerCase(Locale.ROOT)) {
        case "arxiv" -> url = url != null ? url : "https://arxiv.org/abs/" + eprint;
        case "doi" -> doi = doi != null ? doi : eprint;
        case "pubmed" ->
            url = url != null ? url : "https://pubmed.ncbi.nlm.nih.gov/" + eprint + "/";
        default -> {}
      }
    }
    if (doi != null) {
      doi = doi.replaceFirst("(?i)^(https?://(dx\\.)?doi\\.org/|doi:)", "");
    }
    if (url == null) {
      url = urlIn(f.raw("howpublished"));
    }
    if (url == null) {
      url = urlIn(f.raw("note"));
    }
    CitedFields fields =
        new CitedFields(
            type,
            authors,
            editors,
            title,
            container,
            date,
            accessed,
            f.text("volume"),
            f.first("number", "issue"),
            f.text("pages"),
            publisher,
            place,
            doi,
            url);
    List<MarkupLink> links = url == null ? List.of() : List.of(new MarkupLink(url, url));
    return new BibtexEntry(key, line, fields, text(fields), links);
  }

  /** The entry as one line: what reports show as the note's text. */
  private static String text(CitedFields f) {
    List<String> parts = new ArrayList<>();
    if (!f.authors().isEmpty()) {
      parts.add(String.join("; ", f.authors()));
    } else if (!f.editors().isEmpty()) {
      parts.add(String.join("; ", f.editors()) + " (ed.)");
    }
    add(parts, f.title());
    add(parts, f.container());
    add(parts, f.volume() == null ? null : "vol. " + f.volume());
    add(parts, f.issue() == null ? null : "no. " + f.issue());
    add(parts, f.pages() == null ? null : "pp. " + f.pages());
    add(parts, f.publisher());
    add(parts, f.place());
    add(parts, f.date());
    add(parts, f.doi() == null ? null : "doi:" + f.doi());
    add(parts, f.url());
    add(parts, f.accessed() == null ? null : "accessed " + f.accessed());
    return String.join(", ", parts) + (parts.isEmpty() ? "" : ".");
  }

  private static void add(List<String> parts, String part) {
    if (part != null && !part.isBlank()) {
      parts.add(part);
    }
  }

  /**
   * biblatex's {@code date} (its start, for a range), or BibTeX's {@code year} and {@code month}.
   */
  private static String date(Fields f) {
    String date = isoDate(f.text("date"));
    if (date != null) {
      return date;
    }
    String year = f.text("year");
    if (year == null || !year.strip().matches("\\d{4}")) {
      return year == null ? null : year.strip();
    }
    String month = f.text("month");
    String number = month == null ? null : MONTHS.get(month.strip().toLowerCase(Locale.ROOT));
    return number == null ? year.strip() : year.strip() + "-" + number;
  }

  private static String isoDate(String value) {
    if (value == null) {
      return null;
    }
    String start = value.strip().split("/", 2)[0].strip();
    return ISO_DATE.matcher(start).matches() ? start : null;
  }

  /** The target of a {@code url{...}} or {@code \href{...}} in a field such as howpublished. */
  private static String urlIn(String raw) {
    if (raw == null) {
      return null;
    }
    Matcher url = Pattern.compile("\\\\(?:url|href)\\s*\\{([^{}]*)\\}").matcher(raw);
    return url.find() ? TexText.urlText(url.group(1)) : null;
  }

  private static int lines(String text, int from, int to) {
    int lines = 0;
    for (int i = from; i < to; i++) {
      if (text.charAt(i) == '\n') {
        lines++;
      }
    }
    return lines;
  }

  private static String shorten(String image) {
    String one = image.replaceAll("\\s+", " ");
    return one.length() > 30 ? one.substring(0, 30) + "…" : one;
  }

  private static Map<String, String> months() {
    String[] names = {
      "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"
    };
    String[] full = {
      "january",
      "february",
      "march",
      "april",
      "may",
      "june",
      "july",
      "august",
      "september",
      "october",
      "november",
      "december"
    };
    Map<String, String> months = new LinkedHashMap<>();
    for (int i = 0; i < 12; i++) {
      String number = String.format(Locale.ROOT, "%02d", i + 1);
      months.put(names[i], number);
      months.put(full[i], number);
      months.put(String.valueOf(i + 1), number);
      months.put(number, number);
    }
    return months;
  }

  /** An entry's fields by lower-case name, with those of its {@code crossref} parent. */
  private record Fields(BibTeXEntry entry, Map<String, BibTeXEntry> byKey) {

    String type() {
      return entry.getType().getValue().toLowerCase(Locale.ROOT);
    }

    /** The field's source as written (macros expanded), or null. */
    String raw(String name) {
      String value = own(entry, name);
      if (value == null) {
        Value parent = field(entry, "crossref");
        BibTeXEntry from =
            parent == null
                ? null
                : byKey.get(parent.toUserString().strip().toLowerCase(Locale.ROOT));
        value = from == null ? null : own(from, name);
      }
      return value == null || value.isBlank() ? null : value;
    }

    /** The field as the words it prints, or null. */
    String text(String name) {
      String raw = raw(name);
      if (raw == null) {
        return null;
      }
      String text = TexText.plain(raw);
      return text.isEmpty() ? null : text;
    }

    /** The first of these fields that is given, as text. */
    String first(String... names) {
      for (String name : names) {
        String text = text(name);
        if (text != null) {
          return text;
        }
      }
      return null;
    }

    /** A URL-like field (url, doi, eprint): characters kept as written, escapes read. */
    String url(String name) {
      String raw = raw(name);
      if (raw == null) {
        return null;
      }
      String inner = urlIn(raw);
      String url = inner != null ? inner : TexText.urlText(raw.replace("{", "").replace("}", ""));
      return url.isEmpty() ? null : url;
    }

    private static String own(BibTeXEntry entry, String name) {
      Value value = field(entry, name);
      if (value == null) {
        return null;
      }
      if (value instanceof ReferenceValue reference && !reference.isResolved()) {
        return reference.getValue().getString();
      }
      return value.toUserString();
    }

    private static Value field(BibTeXEntry entry, String name) {
      for (Map.Entry<Key, Value> field : entry.getFields().entrySet()) {
        if (field.getKey().getValue().equalsIgnoreCase(name)) {
          return field.getValue();
        }
      }
      return null;
    }
  }
}
