package org.citecheck.references.fields.eval;

import java.util.List;

/**
 * How fair the model's confidence is at several temperatures: for the sources of each band of
 * confidence, the share whose six fields are all right, and the Brier score (the mean squared
 * difference between confidence and rightness; lower is better). The temperature with the lowest
 * Brier score is the one {@code FieldModel.TEMPERATURE} should hold.
 */
final class Calibration {

  static final List<Double> TEMPERATURES = List.of(10.0, 20.0, 30.0, 50.0, 100.0);
  private static final int BANDS = 5;

  private final int[][] counts = new int[TEMPERATURES.size()][BANDS];
  private final int[][] right = new int[TEMPERATURES.size()][BANDS];
  private final double[] squares = new double[TEMPERATURES.size()];
  private int sources;

  /** One source: its confidence at each of {@link #TEMPERATURES}, and whether it is all right. */
  void add(double[] confidences, boolean allRight) {
    sources++;
    for (int k = 0; k < confidences.length; k++) {
      int band = Math.min(BANDS - 1, (int) (confidences[k] * BANDS));
      counts[k][band]++;
      right[k][band] += allRight ? 1 : 0;
      double error = confidences[k] - (allRight ? 1 : 0);
      squares[k] += error * error;
    }
  }

  String table() {
    StringBuilder out =
        new StringBuilder(
            "Confidence: share of sources with every field right, by band of confidence"
                + " (sources in the band)\n");
    out.append(String.format("%-12s", "temperature"));
    for (int b = 0; b < BANDS; b++) {
      out.append(
          String.format(
              " %14s", String.format("%.1f-%.1f", b / (double) BANDS, (b + 1) / (double) BANDS)));
    }
    out.append(String.format(" %7s%n", "Brier"));
    for (int k = 0; k < TEMPERATURES.size(); k++) {
      out.append(String.format("%-12.0f", TEMPERATURES.get(k)));
      for (int b = 0; b < BANDS; b++) {
        out.append(
            counts[k][b] == 0
                ? String.format(" %14s", "-")
                : String.format(
                    " %14s",
                    String.format(
                        "%.0f%% (%d)", 100.0 * right[k][b] / counts[k][b], counts[k][b])));
      }
      out.append(String.format(" %7.3f%n", sources == 0 ? 0 : squares[k] / sources));
    }
    return out.toString();
  }
}
