import java.nio.file.Path;
import org.citecheck.io.Input;
import org.citecheck.references.Extraction;
import org.citecheck.references.ReferenceSet;
import org.citecheck.references.ReferencesJson;

/**
 * Times extraction in one JVM, after warm-up, so the figure is the engine's and not the JVM's
 * start-up. Usage: java -cp target/citecheck.jar bench/ExtractBench.java DOCUMENT [ROUNDS]
 */
public class ExtractBench {
  public static void main(String[] args) {
    Path document = Path.of(args[0]);
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
    long best = Long.MAX_VALUE;
    long total = 0;
    int notes = 0;
    for (int round = 0; round < rounds + 3; round++) {
      long start = System.nanoTime();
      ReferenceSet references = Extraction.extract(Input.file(document)).references();
      String json = ReferencesJson.write(references);
      long elapsed = System.nanoTime() - start;
      notes = references.notes().size() + json.length() * 0;
      if (round >= 3) {
        best = Math.min(best, elapsed);
        total += elapsed;
      }
    }
    System.out.printf("in-process: %d notes, best %.0f ms, mean %.0f ms over %d rounds (after 3 warm-up rounds)%n",
        notes, best / 1e6, total / 1e6 / rounds, rounds);
  }
}
