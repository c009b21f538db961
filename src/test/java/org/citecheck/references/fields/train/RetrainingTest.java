package org.citecheck.references.fields.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.citecheck.references.fields.FieldModel;
import org.citecheck.references.fields.Label;
import org.citecheck.references.fields.Labelling;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Training is repeatable, so the committed model is what train/train.sh writes. */
class RetrainingTest {

  private static List<LabelledReference> ownExamples() throws Exception {
    try (InputStream in =
        RetrainingTest.class.getResourceAsStream(
            "/org/citecheck/references/fields/labelled-references.xml")) {
      return Corpora.anystyle(in, "own");
    }
  }

  /**
   * As train/train.sh does it: one training per process (CRFsuite's shuffle starts afresh in each).
   */
  @Test
  void theSameDataGivesTheSameModelFile(@TempDir Path dir) throws Exception {
    Path own = dir.resolve("own.xml");
    try (InputStream in =
        RetrainingTest.class.getResourceAsStream(
            "/org/citecheck/references/fields/labelled-references.xml")) {
      Files.copy(in, own);
    }
    train(own, dir.resolve("a.crfsuite"));
    train(own, dir.resolve("b.crfsuite"));
    assertArrayEquals(
        Files.readAllBytes(dir.resolve("a.crfsuite")),
        Files.readAllBytes(dir.resolve("b.crfsuite")));
  }

  private static void train(Path own, Path model) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process process =
        new ProcessBuilder(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                TrainModel.class.getName(),
                "-",
                own.toString(),
                model.toString())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    assertEquals(0, process.waitFor(), "training exit code");
  }

  @Test
  void aTrainedModelLabelsWhatItLearnt(@TempDir Path dir) throws Exception {
    List<LabelledReference> own = ownExamples();
    CrfTraining.train(own, dir.resolve("own.crfsuite"), CrfTraining.Settings.BUNDLED);
    FieldModel model = FieldModel.of(dir.resolve("own.crfsuite"));
    long right = 0;
    long all = 0;
    for (LabelledReference reference : own) {
      Labelling labelling = model.label(reference.text());
      for (int i = 0; i < reference.labels().size(); i++) {
        all++;
        right += labelling.labels().get(i) == reference.labels().get(i) ? 1 : 0;
      }
    }
    assertTrue(right > all * 0.9, right + " of " + all + " tokens labelled as trained");
    assertTrue(
        labellingOf(
                model,
                "Jirair Libaridian, Why Negotiations Failed, Armenian Mirror-Spectator, 2 November 2020.")
            .first(Label.AUTHOR)
            .startsWith("Jirair Libaridian"));
  }

  private static Labelling labellingOf(FieldModel model, String text) {
    return model.label(text);
  }
}
