package org.citecheck.document.pdf;

/**
 * A thin horizontal stroke or filled bar drawn on a page, such as the rule above the footnotes.
 *
 * @param x0 left end, from the left of the page
 * @param x1 right end
 * @param y its height, measured down from the top of the page
 */
record Rule(float x0, float x1, float y) {

  float width() {
    return x1 - x0;
  }
}
