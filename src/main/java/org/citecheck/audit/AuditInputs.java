package org.citecheck.audit;

import java.io.InputStream;
import java.util.List;
import org.citecheck.CitecheckException;
import org.citecheck.audit.model.AuditContext;
import org.citecheck.document.markup.MarkupDocument;
import org.citecheck.document.markup.MarkupFormat;
import org.citecheck.io.Input;
import org.citecheck.references.Extraction;
import org.citecheck.references.LoadedReferences;
import org.citecheck.verdict.VerificationJson;
import org.citecheck.verdict.VerificationReport;

/**
 * Reads what the audit needs: references.json (notes only) or a document's text (notes and body,
 * extracted here), and the verification report when one is given.
 *
 * @param context what the rules read
 * @param notices what the user should know about how the document was read, one line each
 */
record AuditInputs(AuditContext context, List<String> notices) {

  static AuditInputs load(AuditOptions options, InputStream stdin) {
    if ("-".equals(options.input()) && "-".equals(options.verification())) {
      throw new CitecheckException(
          CitecheckException.Kind.USAGE, "INPUT and --with cannot both be standard input (-)");
    }
    Input input = Input.of(options.input(), stdin);
    input = options.password() == null ? input : input.withPassword(options.password());
    input = options.baseUrl() == null ? input : input.withBaseUrl(options.baseUrl());
    LoadedReferences loaded = Extraction.open(input);
    VerificationReport report =
        options.verification() == null ? null : readReport(Input.of(options.verification(), stdin));
    if (!loaded.fromDocument()) {
      return new AuditInputs(
          AuditContext.of(
              loaded.references(),
              null,
              input.name()
                  + " is references.json, which holds the notes but not the body: audit the document's"
                  + " text to check note markers",
              report),
          List.of());
    }
    MarkupDocument markup = loaded.extracted().document().markup();
    if (markup != null && markup.format() == MarkupFormat.BIBTEX) {
      return new AuditInputs(
          AuditContext.ofEntries(
              loaded.references(),
              input.name()
                  + " is a bibliography: its entries have no note numbers and no markers to check",
              report),
          loaded.notices());
    }
    return new AuditInputs(AuditContext.of(loaded.extracted(), report), loaded.notices());
  }

  private static VerificationReport readReport(Input input) {
    return VerificationJson.read(input.readAllBytes(), input.name());
  }
}
