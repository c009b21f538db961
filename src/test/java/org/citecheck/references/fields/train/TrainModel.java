package org.citecheck.references.fields.train;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code train/train.sh}: trains the bundled field model on the shared corpora and this project's
 * own labelled examples, and writes it where the jar takes it from. Usage: TrainModel DATA_FOLDER
 * OWN_EXAMPLES_XML MODEL_OUT (DATA_FOLDER "-": this project's examples only). One training per
 * process: CRFsuite's averaged perceptron shuffles the references with a generator that starts from
 * the same state in every process, so the file is the same each time.
 */
public final class TrainModel {

  static final int OWN_WEIGHT = 20;

  private TrainModel() {}

  public static void main(String[] args) {
    if (args.length != 3) {
      System.err.println("usage: TrainModel DATA_FOLDER OWN_EXAMPLES_XML MODEL_OUT");
      System.exit(2);
    }
    long start = System.nanoTime();
    boolean shared = !args[0].equals("-");
    List<LabelledReference> all =
        new ArrayList<>(shared ? Corpora.shared(Path.of(args[0])) : List.of());
    List<LabelledReference> own = Corpora.anystyle(Path.of(args[1]));
    // This project's examples are the only ones of the endnote styles policy reports print
    // ("Author, "Title", Outlet, date, at: URL."); once each they would be half a percent of the
    // data and the model would not learn them, so each counts OWN_WEIGHT times.
    for (int i = 0; i < OWN_WEIGHT; i++) {
      all.addAll(own);
    }
    List<LabelledReference> prose =
        shared ? Prose.sentences(Path.of(args[0]).resolve("anystyle-finder"), 3000) : List.of();
    all.addAll(prose);
    long tokens = all.stream().mapToLong(r -> r.tokens().size()).sum();
    System.err.printf(
        "training on %d references (%d of them this project's) and %d sentences of prose, %d tokens%n",
        all.size() - prose.size(), own.size() * OWN_WEIGHT, prose.size(), tokens);
    CrfTraining.train(all, Path.of(args[2]), CrfTraining.Settings.BUNDLED);
    System.err.printf("wrote %s in %.0f s%n", args[2], (System.nanoTime() - start) / 1e9);
  }
}
