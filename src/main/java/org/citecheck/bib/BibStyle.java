package org.citecheck.bib;

import org.citecheck.HasId;

/** The bibliography formats `citecheck bib` writes, each with its default file name. */
public enum BibStyle implements HasId {
  BIBLATEX("biblatex", "references.bib"),
  BIBTEX("bibtex", "references-bibtex.bib"),
  CSL_JSON("csl-json", "references.csl.json"),
  RIS("ris", "references.ris");

  private final String id;
  private final String defaultFileName;

  BibStyle(String id, String defaultFileName) {
    this.id = id;
    this.defaultFileName = defaultFileName;
  }

  /** The name users write after --style. */
  @Override
  public String id() {
    return id;
  }

  /** The output file written in the current folder when -o is not given and the input is a file. */
  public String defaultFileName() {
    return defaultFileName;
  }

  /** Renders entries in this style. */
  public String render(java.util.List<BibEntry> entries) {
    return switch (this) {
      case BIBLATEX, BIBTEX -> new BibtexWriter(this).write(entries);
      case CSL_JSON -> CslJsonWriter.write(entries);
      case RIS -> RisWriter.write(entries);
    };
  }

  @Override
  public String toString() {
    return id;
  }
}
