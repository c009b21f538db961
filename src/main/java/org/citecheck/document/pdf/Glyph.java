package org.citecheck.document.pdf;

/**
 * One glyph as the page shows it, in reading-direction coordinates (y grows down the page), with
 * the point of user space it covers so that link rectangles can be matched against it.
 *
 * @param text the glyph's Unicode text, normalised
 * @param x left edge along the reading direction
 * @param baseline the baseline, measured down from the top of the page
 * @param width advance along the reading direction
 * @param size the font size in points
 * @param userX the glyph's centre in the page's user space (crop box at the origin)
 * @param userY the glyph's centre in the page's user space
 * @param order its place in the page's drawing order
 */
record Glyph(
    String text,
    float x,
    float baseline,
    float width,
    float size,
    float userX,
    float userY,
    int order) {

  float right() {
    return x + width;
  }
}
