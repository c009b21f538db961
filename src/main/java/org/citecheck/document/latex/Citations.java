package org.citecheck.document.latex;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.citecheck.document.bibtex.BibtexEntry;
import org.citecheck.document.markup.InlineText;
import org.citecheck.document.tex.TexCursor;
import org.citecheck.document.tex.TexText;

/**
 * The citation commands of LaTeX, natbib and biblatex, resolved through the document's
 * bibliography: in a note, {@code \cite[p.~4]{key}} prints the entry's text and the page, as a
 * footnote style would. A key the bibliography lacks prints as the key, and is remembered for a
 * notice.
 */
final class Citations implements TexText.Commands {

  /** Commands that cite one or more keys with up to two optional notes. */
  static final Set<String> CITE =
      Set.of(
          "cite",
          "Cite",
          "parencite",
          "Parencite",
          "textcite",
          "Textcite",
          "autocite",
          "Autocite",
          "footcite",
          "footcitetext",
          "footfullcite",
          "fullcite",
          "smartcite",
          "Smartcite",
          "supercite",
          "citep",
          "citet",
          "citealp",
          "citealt",
          "citeauthor",
          "citetitle",
          "nocite");

  /** biblatex's multi-citations: {@code \footcites[pre][post]{a}[pre][post]{b}}. */
  static final Set<String> MULTI =
      Set.of("cites", "parencites", "textcites", "autocites", "footcites", "smartcites");

  /** Commands that make a footnote of their own. */
  static final Set<String> FOOTNOTE_CITE =
      Set.of("footcite", "footcites", "footcitetext", "footfullcite");

  private final Map<String, BibtexEntry> entries;
  private final boolean print;
  private final List<BibtexEntry> used = new ArrayList<>();
  private final Set<String> missing;

  /**
   * @param entries the bibliography by lower-case key
   * @param print false to print nothing for a citation (to see what else a note says)
   * @param missing where keys the bibliography lacks are added
   */
  Citations(Map<String, BibtexEntry> entries, boolean print, Set<String> missing) {
    this.entries = entries;
    this.print = print;
    this.missing = missing;
  }

  List<BibtexEntry> used() {
    return used;
  }

  @Override
  public boolean handle(String name, TexCursor cursor, InlineText out) {
    boolean multi = MULTI.contains(name);
    if (!multi && !CITE.contains(name)) {
      return false;
    }
    if (multi) {
      // The multi-citation's own notes around the whole list, in parentheses.
      while (cursor.source().startsWith("(", skipBlanks(cursor))) {
        cursor.moveTo(skipBlanks(cursor));
        int close = cursor.source().indexOf(')', cursor.at());
        cursor.moveTo(close < 0 ? cursor.source().length() : close + 1);
      }
    }
    do {
      cite(name, cursor, out);
    } while (multi && (cursor.optionFollows() || cursor.groupFollows()));
    return true;
  }

  private void cite(String name, TexCursor cursor, InlineText out) {
    String first = cursor.option();
    String second = first == null ? null : cursor.option();
    String keys = cursor.group();
    if (keys == null || name.equals("nocite")) {
      return;
    }
    String pre = second == null ? null : first;
    String post = second == null ? first : second;
    if (!print) {
      for (String key : keys.split(",")) {
        BibtexEntry entry = entries.get(key.strip().toLowerCase(java.util.Locale.ROOT));
        if (entry != null) {
          used.add(entry);
        }
      }
      return;
    }
    if (pre != null && !pre.isBlank()) {
      TexText.append(pre, out, this);
      out.space();
    }
    List<String> printed = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (String raw : keys.split(",")) {
      String key = raw.strip();
      if (key.isEmpty() || !seen.add(key)) {
        continue;
      }
      BibtexEntry entry = entries.get(key.toLowerCase(java.util.Locale.ROOT));
      if (entry == null) {
        missing.add(key);
        printed.add(key);
        continue;
      }
      used.add(entry);
      String text = entry.text();
      printed.add(text.endsWith(".") ? text.substring(0, text.length() - 1) : text);
      entry.links().forEach(link -> out.link(link.href(), link.text()));
    }
    out.append(String.join("; ", printed));
    if (post != null && !post.isBlank()) {
      out.append(", ");
      TexText.append(post, out, this);
    }
  }

  private static int skipBlanks(TexCursor cursor) {
    int at = cursor.at();
    while (at < cursor.source().length() && Character.isWhitespace(cursor.source().charAt(at))) {
      at++;
    }
    return at;
  }
}
