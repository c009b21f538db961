package org.citecheck.references.fields;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.citecheck.references.fields.train.Corpora;
import org.citecheck.references.fields.train.CrfTraining;
import org.citecheck.references.fields.train.LabelledReference;
import org.citecheck.references.fields.train.NativeCrfSuite;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import third_party.org.chokkan.crfsuite.ItemSequence;
import third_party.org.chokkan.crfsuite.StringList;
import third_party.org.chokkan.crfsuite.Tagger;

/**
 * The Java reading of the model gives exactly what CRFsuite's own tagger gives (the native library
 * that trains the model is still on the test classpath): every attribute found under its id, and
 * the same labels for every token of the seed's notes, this project's examples and hostile text.
 */
class CrfModelTest {

  private static byte[] bytes;
  private static CrfModel model;

  @BeforeAll
  static void load() throws Exception {
    try (InputStream in = FieldModel.class.getResourceAsStream(FieldModel.RESOURCE)) {
      bytes = in.readAllBytes();
    }
    model = CrfModel.read(bytes);
  }

  @Test
  void everyAttributeIsFoundUnderItsId() {
    for (int id = 0; id < model.attributeCount(); id++) {
      assertEquals(id, model.attribute(model.attributeName(id)), model.attributeName(id));
    }
    assertEquals(-1, model.attribute("w=no-such-word-in-any-reference"));
  }

  @Test
  void labelsAsCrfSuiteDoes(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("fields.crfsuite");
    Files.write(file, bytes);
    List<String> texts = new ArrayList<>();
    try (InputStream in =
        getClass()
            .getResourceAsStream("/org/citecheck/references/fields/labelled-references.xml")) {
      for (LabelledReference reference : Corpora.anystyle(in, "own")) {
        texts.add(reference.text());
      }
    }
    String seed =
        Files.readString(
            Path.of("src/test/resources/seed/osce-insights-2020-minsk-group.txt"),
            StandardCharsets.UTF_8);
    for (String line : seed.split("\n")) {
      if (!line.isBlank()) {
        texts.add(line);
      }
    }
    texts.add("Մարտիրոսյան, Ա. «Արցախ», Երևան, 2020 — بيروت ٢٠٢٠ — 北京大学出版社, 2019, 第3页.");
    texts.add("Emoji 😀 and 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 titles, \u0000 NUL and \u0007 bell, 2021, pp. 1–9.");
    texts.add("Иванов И. И. «Война и мир». М.: Наука, 1999. С. 12–15.");
    texts.add(".,;:!?()[]{}\"'«»");
    NativeCrfSuite.load();
    Tagger tagger = new Tagger();
    tagger.open(file.toString());
    FieldModel java = FieldModel.of(file);
    for (String text : texts) {
      List<Token> tokens = Tokens.of(text);
      if (tokens.isEmpty()) {
        continue;
      }
      ItemSequence items = CrfTraining.items(TokenFeatures.of(tokens));
      tagger.set(items);
      StringList best = tagger.viterbi();
      String[] expected = new String[(int) best.size()];
      for (int i = 0; i < expected.length; i++) {
        expected[i] = best.get(i);
      }
      best.delete();
      items.delete();
      String[] actual = java.label(text).labels().stream().map(Label::id).toArray(String[]::new);
      assertArrayEquals(expected, actual, text);
    }
    tagger.close();
  }

  @Test
  void confidenceIsAProbabilityThatFallsWithTheTemperature() throws Exception {
    FieldModel java;
    try (InputStream in = FieldModel.class.getResourceAsStream(FieldModel.RESOURCE)) {
      Path file = Files.createTempFile("fields", ".crfsuite");
      Files.write(file, in.readAllBytes());
      java = FieldModel.of(file);
      Files.delete(file);
    }
    String text =
        "Vihman, Marilyn M. 1985. Language differentiation by the bilingual infant. Journal of"
            + " Child Language 12, 297–324.";
    double previous = 1;
    for (double temperature : new double[] {0.01, 1, 10, 30, 100, 1000}) {
      double p = java.label(text, temperature).confidence();
      assertTrue(p > 0 && p <= previous + 1e-12, temperature + ": " + p + " after " + previous);
      previous = p;
    }
    assertTrue(java.label(text, 0.01).confidence() > 0.99);
    assertTrue(java.label(text, 1000).confidence() < 0.5);
    assertEquals(java.label(text).labels(), java.label(text, 1000).labels());
  }

  @Test
  void refusesWhatIsNoModel() {
    assertThrows(
        IllegalArgumentException.class,
        () -> CrfModel.read("not a model at all, not at all".getBytes(StandardCharsets.UTF_8)));
    byte[] cut = java.util.Arrays.copyOf(bytes, 4096);
    assertThrows(IllegalArgumentException.class, () -> CrfModel.read(cut));
  }

  @Test
  void modifiedUtf8AsJniGivesIt() {
    assertArrayEquals(new byte[] {'a', 0}, CrfModel.modifiedUtf8("a"));
    assertArrayEquals(new byte[] {(byte) 0xC0, (byte) 0x80, 0}, CrfModel.modifiedUtf8("\u0000"));
    assertEquals(7, CrfModel.modifiedUtf8("😀").length);
  }
}
