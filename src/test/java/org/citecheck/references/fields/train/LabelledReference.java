package org.citecheck.references.fields.train;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.citecheck.references.fields.Label;
import org.citecheck.references.fields.Token;
import org.citecheck.references.fields.Tokens;

/**
 * One hand-labelled reference: its text, its tokens and each token's label. Built from the
 * corpora's labelled spans; text between spans that a corpus leaves unlabelled is labelled as the
 * corpora agree it should be: punctuation goes with its neighbour field, words are {@link
 * Label#NOTE}.
 *
 * @param origin the corpus and file it came from, for messages and for folds
 */
public record LabelledReference(
    String origin, String text, List<Token> tokens, List<Label> labels) {

  private static final Pattern SPACES = Pattern.compile("\\s+");

  /** A labelled span of a reference; {@code label} null for text a corpus leaves unlabelled. */
  public record Piece(String text, Label label) {}

  public static LabelledReference of(String origin, List<Piece> pieces) {
    StringBuilder text = new StringBuilder();
    List<int[]> spans = new ArrayList<>();
    List<Label> spanLabels = new ArrayList<>();
    for (Piece piece : pieces) {
      String part = SPACES.matcher(piece.text()).replaceAll(" ");
      if (part.isBlank()) {
        if (!text.isEmpty() && text.charAt(text.length() - 1) != ' ') {
          text.append(' ');
        }
        continue;
      }
      int start = text.length();
      text.append(part);
      spans.add(new int[] {start, text.length()});
      spanLabels.add(piece.label());
    }
    String joined = text.toString();
    String stripped = joined.stripTrailing();
    List<Token> tokens = Tokens.of(stripped);
    List<Label> labels = new ArrayList<>(tokens.size());
    int span = 0;
    for (Token token : tokens) {
      while (span < spans.size() - 1 && spans.get(span)[1] <= token.start()) {
        span++;
      }
      labels.add(spanLabels.get(span));
    }
    fillUnlabelled(tokens, labels);
    return new LabelledReference(origin, stripped, tokens, List.copyOf(labels));
  }

  private static void fillUnlabelled(List<Token> tokens, List<Label> labels) {
    for (int i = 0; i < labels.size(); i++) {
      if (labels.get(i) != null) {
        continue;
      }
      String text = tokens.get(i).text();
      boolean word = text.codePoints().anyMatch(Character::isLetterOrDigit);
      if (word) {
        labels.set(i, Label.NOTE);
      } else if ("([\"“«„".contains(text) || i == 0) {
        labels.set(i, next(labels, i));
      } else {
        labels.set(i, labels.get(i - 1));
      }
    }
  }

  private static Label next(List<Label> labels, int i) {
    for (int j = i + 1; j < labels.size(); j++) {
      if (labels.get(j) != null) {
        return labels.get(j);
      }
    }
    return i > 0 ? labels.get(i - 1) : Label.NOTE;
  }
}
