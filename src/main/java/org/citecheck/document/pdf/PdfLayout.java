package org.citecheck.document.pdf;

import java.util.List;

/**
 * What a PDF tells beyond its lines of text.
 *
 * @param pages the 1-based page of each line of the text (0 for the blank line of a page break)
 * @param footnotesFrom the first line of the footnotes, gathered from the foot of every page after
 *     the body, or -1 when the pages have no footnote zone
 * @param raised the body's raised numbers (note markers), in text order
 * @param links the link annotations with the printed text under them, in text order
 * @param pageCount the number of pages
 * @param unreadableGlyphs glyphs whose font gives no Unicode text (Type 3 fonts, fonts without a
 *     ToUnicode map), left out of the text
 * @param pagesWithoutText the 1-based pages that have no text at all (scanned images)
 */
public record PdfLayout(
    List<Integer> pages,
    int footnotesFrom,
    List<RaisedNumber> raised,
    List<PdfLink> links,
    int pageCount,
    int unreadableGlyphs,
    List<Integer> pagesWithoutText) {

  public PdfLayout {
    pages = List.copyOf(pages);
    raised = List.copyOf(raised);
    links = List.copyOf(links);
    pagesWithoutText = List.copyOf(pagesWithoutText);
  }

  /**
   * What the user should know about how the PDF was read, one line each; empty when all went well.
   */
  public List<String> notices(String name) {
    List<String> notices = new java.util.ArrayList<>();
    if (!pagesWithoutText.isEmpty()) {
      String pagesNamed =
          pagesWithoutText.size() > 12
              ? pagesWithoutText.size() + " pages"
              : (pagesWithoutText.size() == 1 ? "page " : "pages ")
                  + String.join(", ", pagesWithoutText.stream().map(String::valueOf).toList());
      notices.add(
          name
              + ": no text on "
              + pagesNamed
              + " of "
              + pageCount
              + " (scanned?): run OCR first"
              + " (for example ocrmypdf) to read "
              + (pagesWithoutText.size() == 1 ? "it" : "them"));
    }
    if (unreadableGlyphs > 0) {
      notices.add(
          name
              + ": "
              + unreadableGlyphs
              + " glyphs could not be read (Type 3 fonts or fonts without a"
              + " Unicode map) and were left out");
    }
    return notices;
  }

  /** The 1-based page of a 0-based line, or 0 when not known. */
  public int pageOf(int line) {
    return line >= 0 && line < pages.size() ? pages.get(line) : 0;
  }
}
