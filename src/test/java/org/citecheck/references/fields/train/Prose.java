package org.citecheck.references.fields.train;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.citecheck.references.fields.Label;

/**
 * Sentences of body text from AnyStyle's labelled documents ({@code anystyle-finder/*.ttx}, lines
 * labelled {@code text}), each labelled {@link Label#NOTE} throughout: the model learns from them
 * what commentary looks like, so that it can tell a note's prose from a citation.
 */
public final class Prose {

  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=\\p{Lu})");
  private static final Pattern LEADERS = Pattern.compile("\\.\\s?\\.\\s?\\.|\\d+\\.\\d+\\s");

  private Prose() {}

  /** {@code limit} sentences of 8 to 60 words, evenly spread over the documents, in their order. */
  public static List<LabelledReference> sentences(Path folder, int limit) {
    List<LabelledReference> all = all(folder);
    List<LabelledReference> out = new ArrayList<>();
    for (int i = 0; i < limit && i < all.size(); i++) {
      out.add(all.get((int) ((long) i * all.size() / Math.min(limit, all.size()))));
    }
    return out;
  }

  private static List<LabelledReference> all(Path folder) {
    List<LabelledReference> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".ttx")).sorted().toList()) {
        for (String paragraph : paragraphs(file)) {
          for (String sentence : SENTENCE_END.split(paragraph)) {
            int words = sentence.split("\\s+").length;
            if (words < 8 || words > 60 || LEADERS.matcher(sentence).find()) {
              continue;
            }
            out.add(
                LabelledReference.of(
                    folder.getFileName() + "/" + file.getFileName() + "#" + out.size(),
                    List.of(new LabelledReference.Piece(sentence, Label.NOTE))));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** Runs of lines labelled "text" (unlabelled lines continue the label above), words rejoined. */
  private static List<String> paragraphs(Path file) throws IOException {
    List<String> paragraphs = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    String label = "";
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      int bar = line.indexOf('|');
      if (bar < 0) {
        continue;
      }
      String tag = line.substring(0, bar).strip();
      if (!tag.isEmpty()) {
        label = tag;
      }
      String text = line.substring(bar + 1).strip();
      if (!label.equals("text") || text.isEmpty()) {
        if (current.length() > 0) {
          paragraphs.add(current.toString());
          current.setLength(0);
        }
        continue;
      }
      if (current.length() > 0 && current.charAt(current.length() - 1) == '-') {
        current.setLength(current.length() - 1);
      } else if (current.length() > 0) {
        current.append(' ');
      }
      current.append(text);
    }
    if (current.length() > 0) {
      paragraphs.add(current.toString());
    }
    return paragraphs;
  }
}
