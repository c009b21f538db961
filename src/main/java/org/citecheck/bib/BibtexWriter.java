package org.citecheck.bib;

import java.util.List;

/**
 * Writes a .bib file for biblatex (biber, UTF-8) or classic BibTeX (LaTeX escapes): a header
 * comment and one entry per source, each written by {@link BibtexEntryWriter}.
 */
final class BibtexWriter {

  private final BibtexEntryWriter entryWriter;
  private final BibStyle style;

  BibtexWriter(BibStyle style) {
    this.style = style;
    this.entryWriter = new BibtexEntryWriter(style == BibStyle.BIBTEX);
  }

  String write(List<BibEntry> entries) {
    StringBuilder out = new StringBuilder();
    out.append("@Comment{Written by citecheck bib --style ")
        .append(style.id())
        .append(". Regenerate it rather than editing it.}\n");
    for (BibEntry entry : entries) {
      out.append('\n');
      entryWriter.write(entry, out);
    }
    return out.toString();
  }
}
