package org.citecheck.document.markup;

import org.citecheck.HasId;

/** The structured formats whose notes and links are read from the markup. */
public enum MarkupFormat implements HasId {
  MARKDOWN("markdown", "Markdown"),
  DOCX("docx", "Word (DOCX)"),
  ODT("odt", "OpenDocument text (ODT)"),
  HTML("html", "HTML"),
  JATS("jats", "JATS XML"),
  LATEX("latex", "LaTeX"),
  BIBTEX("bibtex", "BibTeX");

  private final String id;
  private final String label;

  MarkupFormat(String id, String label) {
    this.id = id;
    this.label = label;
  }

  @Override
  public String id() {
    return id;
  }

  /** The format's name for people. */
  public String label() {
    return label;
  }
}
