import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.citecheck.references.DocumentInfo;
import org.citecheck.references.Note;
import org.citecheck.references.ReferenceSet;
import org.citecheck.references.Source;
import org.citecheck.references.SourceKind;
import org.citecheck.report.ReportContext;
import org.citecheck.report.ReportFormat;
import org.citecheck.report.Reports;
import org.citecheck.verdict.ArchiveResult;
import org.citecheck.verdict.UrlResult;
import org.citecheck.verdict.Verdict;
import org.citecheck.verdict.VerificationReport;

/**
 * Writes every report format for a synthetic run of N cited URLs (a verdict mix like a real
 * document's, one in three with a snapshot) and prints the time per round and each file's size.
 * Run through bench/reports.sh.
 */
public class ReportsBench {

  public static void main(String[] args) throws Exception {
    int count = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
    Path folder = Files.createTempDirectory("citecheck-reports-bench-");
    ReportContext context = context(count);
    for (int round = 1; round <= 5; round++) {
      long start = System.nanoTime();
      Reports.write(folder, EnumSet.allOf(ReportFormat.class), context);
      System.out.printf("round %d: %d URLs, all 6 formats in %d ms%n", round, count, (System.nanoTime() - start) / 1_000_000);
    }
    for (ReportFormat format : ReportFormat.values()) {
      System.out.printf("%-20s %,12d bytes%n", format.fileName(), Files.size(folder.resolve(format.fileName())));
    }
    System.out.println("written to " + folder);
  }

  private static ReportContext context(int count) {
    Verdict[] mix = {Verdict.ALIVE, Verdict.ALIVE, Verdict.ALIVE, Verdict.ALIVE, Verdict.ALIVE, Verdict.REDIRECTED,
        Verdict.DEAD, Verdict.SOFT_404, Verdict.BLOCKED, Verdict.UNREACHABLE};
    List<Note> notes = new ArrayList<>();
    List<UrlResult> results = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      String url = "https://example" + (i % 50) + ".org/news/2020/11/" + i + "/a-cited-article-with-a-long-slug";
      Source source = new Source(SourceKind.WEB_PAGE, List.of("An Author"), "A cited article number " + i, false,
          "Example News", "2020-11", null, url, url, List.of(url), null, null, null, null, false, null, null, null);
      notes.add(new Note(i, false, false, 100 + i, "An Author, A cited article number " + i + ", at: " + url + ".",
          null, List.of(source)));
      Verdict verdict = mix[i % mix.length];
      ArchiveResult archive = i % 3 == 0
          ? new ArchiveResult("found", "wayback", "https://web.archive.org/web/20201102093000/" + url, "20201102093000",
              200, 1L, false, "2020-11-01", null)
          : new ArchiveResult("none", "wayback", null, null, null, null, false, "2020-11-01", "no capture");
      results.add(new UrlResult(i, 0, url, verdict, verdict.label() + " after 1 request", null, 200, null, List.of(),
          120, null, archive, null));
    }
    ReferenceSet references = new ReferenceSet(new DocumentInfo("Benchmark document", List.of(), null, "bench.txt",
        null, null), notes);
    VerificationReport report = new VerificationReport(1, "2024-05-01T12:00:00Z", "bench.txt", false, null, results);
    return new ReportContext(report, references, Path.of("bench.txt"), EnumSet.of(Verdict.DEAD, Verdict.SOFT_404),
        "bench");
  }
}
