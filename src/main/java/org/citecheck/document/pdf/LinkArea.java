package org.citecheck.document.pdf;

import java.util.List;

/**
 * A link annotation of one page: its target and the rectangles it covers (its {@code /QuadPoints}
 * when it has them, else its {@code /Rect}), in user space with the crop box at the origin.
 */
record LinkArea(String target, List<float[]> boxes) {

  /** True when the point lies in one of the boxes, give or take a point for rounding. */
  boolean covers(float x, float y) {
    return !Float.isNaN(leftEdge(x, y));
  }

  /**
   * The left edge of the box that holds the point, or NaN. Where boxes overlap (an overfull line's
   * link reaching into the next column), the box starting nearest the point is the point's link.
   */
  float leftEdge(float x, float y) {
    float edge = Float.NaN;
    for (float[] box : boxes) {
      if (x >= box[0] - 1 && x <= box[2] + 1 && y >= box[1] - 1 && y <= box[3] + 1) {
        edge = Float.isNaN(edge) ? box[0] : Math.max(edge, box[0]);
      }
    }
    return edge;
  }
}
