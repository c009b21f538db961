package org.citecheck.references.fields;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import third_party.org.chokkan.crfsuite.Attribute;
import third_party.org.chokkan.crfsuite.Item;
import third_party.org.chokkan.crfsuite.ItemSequence;
import third_party.org.chokkan.crfsuite.StringList;
import third_party.org.chokkan.crfsuite.Tagger;

/**
 * The trained citation-field model: a linear-chain CRF (CRFsuite, through jcrfsuite's JNI binding)
 * that labels each token of a reference. The model file ships in the jar; CRFsuite reads models
 * from a file, so it is copied to a temporary file once. A tagger is not thread-safe and each
 * thread gets its own.
 */
public final class FieldModel {

  /** The bundled model, written by {@code train/train.sh}. */
  public static final String RESOURCE = "fields.crfsuite";

  private static final Optional<FieldModel> BUNDLED = loadBundled();

  private final Path file;
  private final ThreadLocal<Tagger> taggers;

  private FieldModel(Path file) {
    this.file = file;
    this.taggers = ThreadLocal.withInitial(this::open);
  }

  /**
   * The model in the jar, or empty when CRFsuite's native library cannot load on this platform
   * (jcrfsuite ships it for Linux and Windows on x86); the parser then falls back to its rules.
   */
  public static Optional<FieldModel> bundled() {
    return BUNDLED;
  }

  /** A model file written by the trainer. */
  public static FieldModel of(Path file) {
    NativeCrfSuite.load();
    FieldModel model = new FieldModel(file);
    model.open().close();
    return model;
  }

  /** Labels {@code text}'s tokens. */
  public Labelling label(String text) {
    List<Token> tokens = Tokens.of(text);
    if (tokens.isEmpty()) {
      return new Labelling(text, tokens, List.of(), 0);
    }
    ItemSequence items = items(TokenFeatures.of(tokens));
    Tagger tagger = taggers.get();
    try {
      tagger.set(items);
      StringList best = tagger.viterbi();
      List<Label> labels = new ArrayList<>(tokens.size());
      for (int i = 0; i < best.size(); i++) {
        labels.add(Label.fromId(best.get(i)));
      }
      double confidence = tagger.probability(best);
      best.delete();
      return new Labelling(text, tokens, labels, Double.isFinite(confidence) ? confidence : 0);
    } finally {
      items.delete();
    }
  }

  /**
   * Features as CRFsuite's items, every attribute of weight 1. Each call into the native library
   * costs more than the work it does, so one attribute and one item are refilled and copied in.
   */
  public static ItemSequence items(List<List<String>> features) {
    ItemSequence sequence = new ItemSequence();
    sequence.reserve(features.size());
    Attribute attribute = new Attribute("", 1.0);
    Item item = new Item();
    try {
      for (List<String> token : features) {
        item.clear();
        item.reserve(token.size());
        for (String feature : token) {
          attribute.setAttr(feature);
          item.add(attribute);
        }
        sequence.add(item);
      }
    } finally {
      attribute.delete();
      item.delete();
    }
    return sequence;
  }

  private Tagger open() {
    Tagger tagger = new Tagger();
    if (!tagger.open(file.toString())) {
      throw new IllegalStateException("the field model " + file + " cannot be read");
    }
    return tagger;
  }

  private static Optional<FieldModel> loadBundled() {
    try (InputStream in = FieldModel.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        return Optional.empty();
      }
      NativeCrfSuite.load();
      Path file = Files.createTempFile("citecheck-fields", ".crfsuite");
      file.toFile().deleteOnExit();
      Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
      return Optional.of(of(file));
    } catch (Exception | UnsatisfiedLinkError e) {
      return Optional.empty();
    }
  }
}
