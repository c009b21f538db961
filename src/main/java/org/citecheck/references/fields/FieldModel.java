package org.citecheck.references.fields;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The trained citation-field model: a linear-chain CRF that labels each token of a reference,
 * trained with CRFsuite (train/train.sh) and applied in Java by {@link CrfModel} over the same
 * file, so that no native library is needed where the jar runs (macOS, ARM) and loading is reading
 * 9 MB. Immutable and shared by threads.
 */
public final class FieldModel {

  /** The bundled model, written by {@code train/train.sh}. */
  public static final String RESOURCE = "fields.crfsuite";

  private static final Optional<FieldModel> BUNDLED = loadBundled();

  private final CrfModel crf;
  private final Label[] labels;

  private FieldModel(CrfModel crf) {
    this.crf = crf;
    List<String> names = crf.labels();
    labels = new Label[names.size()];
    for (int i = 0; i < labels.length; i++) {
      labels[i] = Label.fromId(names.get(i));
    }
  }

  /** The model in the jar, or empty when the jar holds none. */
  public static Optional<FieldModel> bundled() {
    return BUNDLED;
  }

  /** A model file written by the trainer; throws {@link IllegalArgumentException} for another. */
  public static FieldModel of(Path file) {
    try {
      return new FieldModel(CrfModel.read(Files.readAllBytes(file)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The temperature that makes the model's probability of a labelling a fair confidence: fitted by
   * {@code bench/fields-eval.sh} (docs/parser.md, "Confidence").
   */
  public static final double TEMPERATURE = 30;

  /** Labels {@code text}'s tokens. */
  public Labelling label(String text) {
    return label(text, TEMPERATURE);
  }

  /** Labels {@code text}'s tokens, the labelling's probability taken at {@code temperature}. */
  public Labelling label(String text, double temperature) {
    List<Token> tokens = Tokens.of(text);
    if (tokens.isEmpty()) {
      return new Labelling(text, tokens, List.of(), 0);
    }
    List<List<String>> features = TokenFeatures.of(tokens);
    int[][] ids = new int[features.size()][];
    for (int t = 0; t < ids.length; t++) {
      List<String> token = features.get(t);
      ids[t] = new int[token.size()];
      for (int f = 0; f < ids[t].length; f++) {
        ids[t][f] = crf.attribute(token.get(f));
      }
    }
    CrfModel.Tagged tagged = crf.tag(ids, temperature);
    List<Label> out = new ArrayList<>(tagged.labels().length);
    for (int id : tagged.labels()) {
      out.add(labels[id]);
    }
    return new Labelling(text, tokens, out, tagged.probability());
  }

  private static Optional<FieldModel> loadBundled() {
    try (InputStream in = FieldModel.class.getResourceAsStream(RESOURCE)) {
      return in == null
          ? Optional.empty()
          : Optional.of(new FieldModel(CrfModel.read(in.readAllBytes())));
    } catch (IOException e) {
      throw new UncheckedIOException("the bundled field model cannot be read", e);
    }
  }
}
