package org.citecheck.references.fields.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.citecheck.document.DocumentText;
import org.citecheck.references.Extraction;
import org.citecheck.references.Note;
import org.citecheck.references.Source;
import org.citecheck.references.SourceReader;
import org.citecheck.references.fields.FieldModel;
import org.citecheck.references.fields.Label;
import org.citecheck.references.fields.Labelling;
import org.citecheck.references.fields.train.Corpora;
import org.citecheck.references.fields.train.CrfTraining;
import org.citecheck.references.fields.train.LabelledReference;
import org.citecheck.references.fields.train.Prose;

/**
 * {@code bench/fields-eval.sh}: k-fold cross-validation of the field model on the labelled
 * references, each given to {@code extract} as a note of its own (as the parser's users give them),
 * with the rule-based parser on the same notes side by side. Usage: FieldsEvaluation DATA_FOLDER
 * OWN_EXAMPLES_XML FOLDS MAX_REFERENCES [--show N]
 */
public final class FieldsEvaluation {

  private static final Pattern PAGE_RANGE =
      Pattern.compile("\\p{L}?\\d+\\p{L}?(?:\\s*[-–—]+\\s*\\p{L}?\\d+\\p{L}?)?");

  private FieldsEvaluation() {}

  public static void main(String[] args) throws IOException {
    Path data = Path.of(args[0]);
    int folds = Integer.parseInt(args[2]);
    int max = Integer.parseInt(args[3]);
    int show = args.length > 5 && args[4].equals("--show") ? Integer.parseInt(args[5]) : 0;
    List<LabelledReference> all = new ArrayList<>(Corpora.shared(data));
    all.addAll(Corpora.anystyle(Path.of(args[1])));
    Collections.shuffle(all, new Random(20261202L));
    if (all.size() > max) {
      all = new ArrayList<>(all.subList(0, max));
    }
    List<LabelledReference> prose = Prose.sentences(data.resolve("anystyle-finder"), 3000);
    FieldScores model = new FieldScores();
    FieldScores rules = new FieldScores();
    FieldScores labeller = new FieldScores();
    Misses misses = new Misses();
    Calibration calibration = new Calibration();
    int shown = 0;
    long start = System.nanoTime();
    for (int fold = 0; fold < folds; fold++) {
      List<LabelledReference> train = new ArrayList<>(prose);
      List<LabelledReference> test = new ArrayList<>();
      for (int i = 0; i < all.size(); i++) {
        (i % folds == fold ? test : train).add(all.get(i));
      }
      Path file = foldModel(fold, folds, all.size(), train);
      try {
        FieldModel fieldModel = FieldModel.of(file);
        List<Source> byModel = extract(test, SourceReader.model(fieldModel));
        List<Source> byRules = extract(test, SourceReader.rules());
        for (int i = 0; i < test.size(); i++) {
          FieldScores.Values gold = gold(test.get(i));
          FieldScores.Values predicted = predicted(byModel.get(i));
          FieldScores.Values whole = fields(fieldModel.label(test.get(i).text()));
          model.add(gold, predicted);
          labeller.add(gold, whole);
          misses.add(test.get(i), gold, predicted, whole, byModel.get(i));
          if (byModel.get(i) != null && byModel.get(i).confidence() != null) {
            double[] confidences = new double[Calibration.TEMPERATURES.size()];
            for (int k = 0; k < confidences.length; k++) {
              confidences[k] =
                  fieldModel
                      .label(byModel.get(i).text(), Calibration.TEMPERATURES.get(k))
                      .confidence();
            }
            calibration.add(confidences, gold.equals(predicted));
          }
          rules.add(gold, predicted(byRules.get(i)));
          if (shown < show && !gold.equals(predicted)) {
            shown++;
            System.out.println(test.get(i).origin() + ": " + test.get(i).text());
            System.out.println("  gold  " + gold.fields());
            System.out.println("  model " + predicted.fields());
          }
        }
      } finally {
        if (CACHE == null) {
          Files.deleteIfExists(file);
        }
      }
      System.err.printf(
          "fold %d of %d done (%d references, %.0f s)%n",
          fold + 1, folds, test.size(), (System.nanoTime() - start) / 1e9);
    }
    System.out.printf(
        "%d-fold cross-validation over %d labelled references (%d prose sentences added to each"
            + " training set)%n%n",
        folds, all.size(), prose.size());
    System.out.print(model.table("model"));
    System.out.println();
    System.out.print(rules.table("rules"));
    System.out.println();
    System.out.println(
        "The labeller alone, given each whole reference (no splitter, no rules): what a perfect"
            + " segmentation would reach");
    System.out.print(labeller.table("labeller"));
    System.out.println();
    System.out.print(misses.table());
    System.out.println();
    System.out.print(calibration.table());
  }

  /**
   * Where {@code FIELDS_EVAL_MODELS} names a folder, each fold's model is kept there and reused by
   * the next run with the same folds and references: while the features and the training data stay
   * the same, the model is the same file (training is deterministic), so changes to the reading
   * after the labeller are measured in minutes instead of a training per fold.
   */
  private static final Path CACHE =
      System.getenv("FIELDS_EVAL_MODELS") == null
          ? null
          : Path.of(System.getenv("FIELDS_EVAL_MODELS"));

  private static Path foldModel(int fold, int folds, int size, List<LabelledReference> train)
      throws IOException {
    if (CACHE == null) {
      Path file = Files.createTempFile("fields-fold", ".crfsuite");
      CrfTraining.train(train, file, CrfTraining.Settings.BUNDLED);
      return file;
    }
    Files.createDirectories(CACHE);
    Path file = CACHE.resolve(String.format("fold-%d-of-%d-%d.crfsuite", fold + 1, folds, size));
    if (!Files.exists(file)) {
      Path partial = Files.createTempFile(CACHE, "training", ".crfsuite");
      CrfTraining.train(train, partial, CrfTraining.Settings.BUNDLED);
      Files.move(partial, file);
    }
    return file;
  }

  /** Each reference as note i+1 of one document; the first source of each note, or null. */
  public static List<Source> extract(List<LabelledReference> references, SourceReader reader) {
    List<String> lines = new ArrayList<>();
    lines.add("Labelled references");
    lines.add("");
    lines.add("Notes");
    for (int i = 0; i < references.size(); i++) {
      lines.add((i + 1) + " " + references.get(i).text());
    }
    List<Note> notes =
        Extraction.extract(new DocumentText("eval", lines), reader).references().notes();
    Map<Integer, Source> first = new HashMap<>();
    for (Note note : notes) {
      if (!note.sources().isEmpty()) {
        first.putIfAbsent(note.number(), note.sources().get(0));
      }
    }
    List<Source> out = new ArrayList<>();
    for (int i = 0; i < references.size(); i++) {
      out.add(first.get(i + 1));
    }
    return out;
  }

  public static FieldScores.Values gold(LabelledReference reference) {
    return fields(new Labelling(reference.text(), reference.tokens(), reference.labels(), 1));
  }

  /** The six fields as {@code labels} give them: the first run of each label. */
  static FieldScores.Values fields(Labelling labels) {
    String container = labels.first(Label.CONTAINER);
    String url = labels.first(Label.URL);
    String doi = labels.first(Label.DOI);
    if (url == null && doi != null && doi.contains("10.")) {
      url = "https://doi.org/" + doi.substring(doi.indexOf("10."));
    }
    return FieldScores.values(
        FieldScores.splitAuthors(labels.first(Label.AUTHOR)),
        labels.first(Label.TITLE),
        container != null ? container : labels.first(Label.PUBLISHER),
        labels.first(Label.DATE),
        url,
        pages(labels.first(Label.PAGES)));
  }

  static FieldScores.Values predicted(Source source) {
    if (source == null) {
      return FieldScores.values(List.of(), null, null, null, null, null);
    }
    return FieldScores.values(
        source.authors(),
        source.title(),
        source.container(),
        source.date(),
        source.url(),
        pages(source.pages()));
  }

  private static String pages(String text) {
    if (text == null) {
      return null;
    }
    Matcher m = PAGE_RANGE.matcher(text);
    return m.find() ? m.group() : null;
  }
}
