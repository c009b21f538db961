package org.citecheck.document.pdf;

import java.util.List;

/**
 * A link annotation of one page: its target and the rectangles it covers (its {@code /QuadPoints}
 * when it has them, else its {@code /Rect}), in user space with the crop box at the origin.
 */
record LinkArea(String target, List<float[]> boxes) {

  /** True when the point lies in one of the boxes, give or take a point for rounding. */
  boolean covers(float x, float y) {
    for (float[] box : boxes) {
      if (x >= box[0] - 1 && x <= box[2] + 1 && y >= box[1] - 1 && y <= box[3] + 1) {
        return true;
      }
    }
    return false;
  }
}
