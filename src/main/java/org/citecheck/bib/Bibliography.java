package org.citecheck.bib;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.citecheck.io.Input;
import org.citecheck.io.Output;
import org.citecheck.references.Extraction;
import org.citecheck.references.LoadedReferences;
import org.citecheck.references.ReferenceSet;
import org.citecheck.verdict.VerificationJson;
import org.citecheck.verdict.VerificationReport;

/**
 * The `citecheck bib` engine: references (and optionally a verification report) in, a bibliography
 * out.
 */
public final class Bibliography {

  private Bibliography() {}

  /** Reads the inputs, writes the bibliography, and says what was written. */
  public static BibResult write(BibOptions options, InputStream stdin, OutputStream stdout) {
    Output output = Output.of(outputSpec(options), stdout).requireWritable();
    Input input = Input.of(options.input(), stdin);
    input = options.password() == null ? input : input.withPassword(options.password());
    input = options.baseUrl() == null ? input : input.withBaseUrl(options.baseUrl());
    LoadedReferences loaded = Extraction.open(input);
    ReferenceSet references = loaded.references();
    Input reportInput = options.report() == null ? null : Input.of(options.report(), stdin);
    VerificationReport report = reportInput == null ? null : loadReport(reportInput);
    ReportLookup lookup =
        reportInput == null ? ReportLookup.NONE : ReportLookup.of(report, reportInput.name());
    List<BibEntry> entries = EntryCollector.collect(references, lookup);
    output.write(options.style().render(entries));
    List<String> notices = new ArrayList<>(loaded.notices());
    notices.addAll(lookup.notices());
    return new BibResult(entries.size(), output.name(), notices);
  }

  /** The entries a set of references makes, enriched by a report when one is given. */
  public static List<BibEntry> entries(ReferenceSet references, VerificationReport report) {
    return EntryCollector.collect(references, ReportLookup.of(report));
  }

  /** references.json as is, or a document's text through the extractor. */
  static ReferenceSet loadReferences(Input input) {
    return Extraction.load(input);
  }

  static VerificationReport loadReport(Input input) {
    return VerificationJson.read(input.readAllBytes(), input.name());
  }

  /**
   * -o as given; without it, standard output when the input is standard input (a pipe's output
   * belongs in the pipe), else the style's default name in the current folder, where every command
   * writes its default outputs.
   */
  static String outputSpec(BibOptions options) {
    if (options.output() != null) {
      return options.output();
    }
    return "-".equals(options.input()) ? "-" : options.style().defaultFileName();
  }
}
