package org.citecheck.references.fields.train;

import java.nio.file.Path;
import java.util.List;
import org.citecheck.references.fields.Label;
import org.citecheck.references.fields.TokenFeatures;
import third_party.org.chokkan.crfsuite.Attribute;
import third_party.org.chokkan.crfsuite.Item;
import third_party.org.chokkan.crfsuite.ItemSequence;
import third_party.org.chokkan.crfsuite.StringList;
import third_party.org.chokkan.crfsuite.Trainer;

/**
 * Trains the field model with CRFsuite: L-BFGS (OWL-QN) on the CRF's log-likelihood with L1 and L2
 * regularisation; L1 drops most features' weights to zero, which keeps the model small. L-BFGS has
 * no random start and CRFsuite runs it on one thread, so the same references in the same order give
 * the same model file, byte for byte.
 */
public final class CrfTraining {

  /** The settings the bundled model is trained with (docs/parser.md). */
  public record Settings(
      String algorithm, double c1, double c2, int maxIterations, int minFrequency) {
    public static final Settings BUNDLED = new Settings("averaged-perceptron", 0, 0, 12, 3);
  }

  private CrfTraining() {}

  public static void train(List<LabelledReference> references, Path model, Settings settings) {
    NativeCrfSuite.load();
    Trainer trainer = new QuietTrainer();
    for (LabelledReference reference : references) {
      ItemSequence items = items(TokenFeatures.of(reference.tokens()));
      StringList labels = new StringList();
      for (Label label : reference.labels()) {
        labels.add(label.id());
      }
      trainer.append(items, labels, 0);
      items.delete();
      labels.delete();
    }
    if (!trainer.select(settings.algorithm(), "crf1d")) {
      throw new IllegalArgumentException(
          "CRFsuite has no training algorithm " + settings.algorithm());
    }
    if (settings.algorithm().equals("lbfgs")) {
      trainer.set("c1", Double.toString(settings.c1()));
      trainer.set("c2", Double.toString(settings.c2()));
    }
    trainer.set("max_iterations", Integer.toString(settings.maxIterations()));
    trainer.set("feature.minfreq", Integer.toString(settings.minFrequency()));
    trainer.train(model.toString(), -1);
    trainer.delete();
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

  /** CRFsuite reports every iteration through this callback; training runs in scripts, silently. */
  private static final class QuietTrainer extends Trainer {
    @Override
    public void message(String text) {
      // nothing: train.sh prints its own summary
    }
  }
}
