import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.citecheck.audit.Audit;
import org.citecheck.audit.AuditContext;
import org.citecheck.audit.AuditReport;
import org.citecheck.io.Input;
import org.citecheck.references.ExtractedDocument;
import org.citecheck.references.Extraction;

/**
 * Gives a synthetic report (from GenerateNotes) a body that references every note, its markers in
 * the forms PDF extraction leaves (superscripts, digits glued to punctuation, digits after a space,
 * one in fifty garbled) among prose numbers; then times extraction plus the audit in one JVM, after
 * warm-up. Usage: java -cp target/citecheck.jar bench/AuditBench.java NOTES_DOCUMENT OUTPUT [ROUNDS]
 */
public class AuditBench {
  private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

  public static void main(String[] args) throws IOException {
    String notes = Files.readString(Path.of(args[0]), StandardCharsets.UTF_8);
    int count = Extraction.extract(Input.file(Path.of(args[0]))).references().notes().size();
    StringBuilder body = new StringBuilder();
    for (int i = 1; i <= count; i++) {
      body.append("In 2020 about 1,960 people waited for 25 years, said the leaders");
      switch (i % 50 == 0 ? 3 : i % 3) {
        case 0 -> body.append('.').append(superscript(i));
        case 1 -> body.append('.').append(i);
        case 2 -> body.append(". ").append(i);
        default -> body.append(". Garbled");
      }
      body.append(" And so on.\n");
    }
    int at = notes.indexOf("Body text.");
    Path document = Path.of(args[1]);
    Files.writeString(document, notes.substring(0, at) + body + notes.substring(at + "Body text.".length()),
        StandardCharsets.UTF_8);
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 10;
    long best = Long.MAX_VALUE;
    long total = 0;
    AuditReport report = null;
    for (int round = 0; round < rounds + 3; round++) {
      long start = System.nanoTime();
      ExtractedDocument extracted = Extraction.extract(Input.file(document));
      report = Audit.audit(AuditContext.of(extracted.references(), extracted.body(), null, null), "bench", null,
          Instant.now());
      long elapsed = System.nanoTime() - start;
      if (round >= 3) {
        best = Math.min(best, elapsed);
        total += elapsed;
      }
    }
    long missing = report.findings().stream().filter(f -> f.rule().equals("marker.missing")).count();
    System.out.printf("in-process extract + audit: %d notes, %d findings (%d markers missing of %d garbled),"
        + " best %.0f ms, mean %.0f ms over %d rounds (after 3 warm-up rounds)%n", report.notes(),
        report.findings().size(), missing, count / 50, best / 1e6, total / 1e6 / rounds, rounds);
  }

  private static String superscript(int n) {
    StringBuilder digits = new StringBuilder();
    for (char c : Integer.toString(n).toCharArray()) {
      digits.append(SUPERSCRIPTS.charAt(c - '0'));
    }
    return digits.toString();
  }
}
