package org.citecheck.audit;

import java.io.InputStream;
import org.citecheck.CitecheckException;
import org.citecheck.document.DocumentReader;
import org.citecheck.io.Input;
import org.citecheck.references.ExtractedDocument;
import org.citecheck.references.Extraction;
import org.citecheck.references.ReferencesJson;
import org.citecheck.verdict.VerificationJson;
import org.citecheck.verdict.VerificationReport;

/**
 * Reads what the audit needs: references.json (notes only) or a document's text (notes and body,
 * extracted here), and the verification report when one is given.
 */
final class AuditInputs {

  private AuditInputs() {}

  static AuditContext load(AuditOptions options, InputStream stdin) {
    if ("-".equals(options.input()) && "-".equals(options.verification())) {
      throw new CitecheckException(CitecheckException.Kind.USAGE,
          "INPUT and --with cannot both be standard input (-)");
    }
    Input input = Input.of(options.input(), stdin);
    byte[] bytes = input.readAllBytes();
    VerificationReport report = options.verification() == null ? null
        : readReport(Input.of(options.verification(), stdin));
    if (ReferencesJson.looksLikeJson(bytes)) {
      return AuditContext.of(ReferencesJson.read(bytes, input.name()), null,
          input.name() + " is references.json, which holds the notes but not the body: audit the document's"
              + " text to check note markers", report);
    }
    ExtractedDocument document = Extraction.extract(DocumentReader.decode(bytes, input.name()));
    return AuditContext.of(document.references(), document.body(), null, report);
  }

  private static VerificationReport readReport(Input input) {
    return VerificationJson.read(input.readAllBytes(), input.name());
  }
}
