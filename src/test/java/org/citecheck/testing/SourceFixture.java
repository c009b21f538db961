package org.citecheck.testing;

import java.util.ArrayList;
import java.util.List;
import org.citecheck.references.Source;
import org.citecheck.references.SourceKind;

/**
 * A {@link Source} built field by field, instead of its 18-argument constructor: a web page with no
 * field set unless a test sets it, whose URL is its own printed form and only candidate unless set.
 */
public final class SourceFixture {

  private SourceKind kind = SourceKind.WEB_PAGE;
  private List<String> authors = List.of();
  private String title;
  private String container;
  private String date;
  private String accessed;
  private String url;
  private String printed;
  private List<String> candidates;
  private String pages;
  private Integer seeNote;
  private Integer seeSource;
  private String crossRef;
  private boolean ambiguous;
  private String text = "";
  private boolean translated;
  private String doi;
  private String place;

  private SourceFixture() {}

  public static SourceFixture source() {
    return new SourceFixture();
  }

  public SourceFixture kind(SourceKind value) {
    kind = value;
    return this;
  }

  public SourceFixture authors(String... value) {
    authors = List.of(value);
    return this;
  }

  public SourceFixture title(String value) {
    title = value;
    return this;
  }

  public SourceFixture container(String value) {
    container = value;
    return this;
  }

  public SourceFixture date(String value) {
    date = value;
    return this;
  }

  public SourceFixture accessed(String value) {
    accessed = value;
    return this;
  }

  public SourceFixture url(String value) {
    url = value;
    return this;
  }

  public SourceFixture printed(String value) {
    printed = value;
    return this;
  }

  /** Every reading of the URL, best first; none at all for an empty list. */
  public SourceFixture candidates(List<String> value) {
    candidates = List.copyOf(value);
    return this;
  }

  public SourceFixture candidates(String... value) {
    candidates = List.of(value);
    return this;
  }

  public SourceFixture pages(String value) {
    pages = value;
    return this;
  }

  /** A "cited above (note N)" short form. */
  public SourceFixture citedAbove(Integer note, Integer source) {
    crossRef = "cited-above";
    seeNote = note;
    seeSource = source;
    return this;
  }

  public SourceFixture ibid(Integer note, Integer source, boolean isAmbiguous) {
    crossRef = "ibid";
    seeNote = note;
    seeSource = source;
    ambiguous = isAmbiguous;
    return this;
  }

  public SourceFixture opCit(boolean isAmbiguous) {
    crossRef = "op-cit";
    ambiguous = isAmbiguous;
    return this;
  }

  public SourceFixture text(String value) {
    text = value;
    return this;
  }

  public SourceFixture translated(boolean value) {
    translated = value;
    return this;
  }

  public SourceFixture doi(String value) {
    doi = value;
    return this;
  }

  public SourceFixture place(String value) {
    place = value;
    return this;
  }

  /**
   * A cross-reference of any form ("cited-above", "ibid", "op-cit"...) to a note and source, not
   * ambiguous.
   */
  public SourceFixture crossRef(String form, Integer note, Integer source) {
    crossRef = form;
    seeNote = note;
    seeSource = source;
    return this;
  }

  public Source build() {
    List<String> readings =
        candidates != null ? candidates : url == null ? List.of() : List.of(url);
    List<String> all = new ArrayList<>(readings);
    return new Source(
        kind,
        authors,
        title,
        translated,
        container,
        date,
        accessed,
        url,
        printed != null ? printed : url,
        all,
        pages,
        seeNote,
        seeSource,
        crossRef,
        ambiguous,
        doi,
        place,
        text);
  }
}
