package org.citecheck.references.fields;

import java.util.ArrayList;
import java.util.List;

/**
 * A reference's tokens with the label the model gave each, and the model's probability that the
 * whole labelling is right.
 *
 * @param text the reference
 * @param tokens its tokens
 * @param labels one label per token
 * @param confidence the probability of this labelling among all labellings, 0 to 1
 */
public record Labelling(String text, List<Token> tokens, List<Label> labels, double confidence) {

  public Labelling {
    tokens = List.copyOf(tokens);
    labels = List.copyOf(labels);
  }

  /** The printed text of each run of consecutive tokens labelled {@code label}, in order. */
  public List<String> runs(Label label) {
    List<String> runs = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      if (labels.get(i) != label) {
        i++;
        continue;
      }
      int j = i;
      while (j + 1 < tokens.size() && labels.get(j + 1) == label) {
        j++;
      }
      runs.add(text.substring(tokens.get(i).start(), tokens.get(j).end()));
      i = j + 1;
    }
    return runs;
  }

  /** The first run labelled {@code label}, or null. */
  public String first(Label label) {
    List<String> runs = runs(label);
    return runs.isEmpty() ? null : runs.get(0);
  }

  /** How many tokens carry {@code label}. */
  public long count(Label label) {
    return labels.stream().filter(l -> l == label).count();
  }
}
