package org.citecheck.references.fields.eval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.citecheck.references.Source;
import org.citecheck.references.fields.train.LabelledReference;

/**
 * Why the labelled fields that extraction misses are missed, field by field: the note gave no
 * source at all (taken for prose), the field's text ended up outside the first source (the splitter
 * cut the note), the labeller got it wrong even on the whole reference, or the labeller got it
 * right on the whole reference and the reading of the source lost it (the rules around the model,
 * or the labeller reading only a part). Tells which stage to work on.
 */
final class Misses {

  static final List<String> CAUSES = List.of("no source", "cut off", "labeller", "reading");

  private final Map<String, int[]> counts = new LinkedHashMap<>();

  Misses() {
    for (String field : FieldScores.FIELDS) {
      counts.put(field, new int[CAUSES.size() + 1]);
    }
  }

  void add(
      LabelledReference reference,
      FieldScores.Values gold,
      FieldScores.Values predicted,
      FieldScores.Values whole,
      Source source) {
    String sourceText = source == null ? null : FieldScores.fold(source.text());
    for (String field : FieldScores.FIELDS) {
      String g = gold.fields().get(field);
      if (g == null) {
        continue;
      }
      int[] c = counts.get(field);
      c[CAUSES.size()]++;
      if (g.equals(predicted.fields().get(field))) {
        continue;
      }
      c[cause(field, g, whole, sourceText, reference)]++;
    }
  }

  private static int cause(
      String field,
      String gold,
      FieldScores.Values whole,
      String sourceText,
      LabelledReference reference) {
    if (sourceText == null) {
      return 0;
    }
    // Authors are folded surnames joined by "|"; the first surname stands for them.
    String probe = field.equals("authors") ? gold.split("\\|")[0] : gold;
    boolean wholeNote = sourceText.length() >= 0.9 * lengthOf(reference);
    if (!wholeNote && !sourceText.contains(probe)) {
      return 1;
    }
    return gold.equals(whole.fields().get(field)) ? 3 : 2;
  }

  private static int lengthOf(LabelledReference reference) {
    String folded = FieldScores.fold(reference.text());
    return folded == null ? 0 : folded.length();
  }

  String table() {
    StringBuilder out = new StringBuilder("Labelled fields missed, by cause (share of labelled)\n");
    out.append(String.format("%-10s", "field"));
    for (String cause : CAUSES) {
      out.append(String.format(" %10s", cause));
    }
    out.append(String.format(" %10s%n", "labelled"));
    int[] total = new int[CAUSES.size() + 1];
    for (Map.Entry<String, int[]> entry : counts.entrySet()) {
      out.append(row(entry.getKey(), entry.getValue()));
      for (int k = 0; k < total.length; k++) {
        total[k] += entry.getValue()[k];
      }
    }
    out.append(row("all", total));
    return out.toString();
  }

  private static String row(String name, int[] c) {
    StringBuilder out = new StringBuilder(String.format("%-10s", name));
    int labelled = c[CAUSES.size()];
    for (int k = 0; k < CAUSES.size(); k++) {
      out.append(String.format(" %9.1f%%", labelled == 0 ? 0 : 100.0 * c[k] / labelled));
    }
    out.append(String.format(" %10d%n", labelled));
    return out.toString();
  }
}
