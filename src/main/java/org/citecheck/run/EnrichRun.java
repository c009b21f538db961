package org.citecheck.run;

import java.io.PrintWriter;
import okhttp3.OkHttpClient;
import org.citecheck.http.HttpClients;
import org.citecheck.http.HttpSettings;
import org.citecheck.io.Input;
import org.citecheck.io.Output;
import org.citecheck.references.Extraction;
import org.citecheck.references.LoadedReferences;
import org.citecheck.references.ReferencesJson;
import org.citecheck.scholarly.MetadataServices;
import org.citecheck.scholarly.ScholarlyOptions;
import org.citecheck.scholarly.enrich.Enricher;
import org.citecheck.scholarly.store.AnswerStore;
import org.citecheck.scholarly.store.HistoryAnswerStore;
import org.citecheck.store.HistoryStore;
import org.citecheck.store.StoreAccess;
import org.citecheck.verdict.VerificationJson;
import org.citecheck.verdict.VerificationReport;

/**
 * One {@code enrich} run: read the records (or extract them), read the check's report for the
 * pages' metadata, ask the metadata services, write the completed records. Offline nothing is
 * written, so the records stay as they were.
 */
public final class EnrichRun {

  /**
   * What to run.
   *
   * @param input references.json or a document
   * @param report a verification.json whose results carry the pages' metadata, or null
   * @param output where the completed records go (checked writable before any request)
   * @param options how the services are asked
   * @param http the HTTP settings (timeouts; the service client takes no address guard)
   * @param store the history store the services' answers are kept in, or null for this run only
   * @param notices where notices go
   */
  public record Job(
      Input input,
      Input report,
      Output output,
      ScholarlyOptions options,
      HttpSettings http,
      StoreAccess store,
      PrintWriter notices) {}

  private EnrichRun() {}

  public static Enricher.Result run(Job job) {
    LoadedReferences loaded = Extraction.open(job.input());
    loaded.notices().forEach(notice -> job.notices().println("citecheck: " + notice));
    VerificationReport report =
        job.report() == null
            ? null
            : VerificationJson.read(job.report().readAllBytes(), job.report().name());
    if (job.options().politePoolNotice() != null) {
      job.notices().println("citecheck: " + job.options().politePoolNotice());
    }
    Enricher.Result result;
    try (HistoryStore history = job.store() == null ? null : job.store().open();
        HttpClients http = HttpClients.create(job.http())) {
      OkHttpClient services = http.services();
      MetadataServices metadata =
          new MetadataServices(
              services,
              job.options(),
              history == null ? AnswerStore.none() : new HistoryAnswerStore(history));
      result = new Enricher(metadata).enrich(loaded.references(), report);
      metadata.store().save();
    }
    if (!result.offline()) {
      job.output().write(ReferencesJson.write(result.references()));
    }
    job.notices().flush();
    return result;
  }
}
