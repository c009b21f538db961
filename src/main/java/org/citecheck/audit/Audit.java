package org.citecheck.audit;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.citecheck.audit.model.AuditContext;
import org.citecheck.audit.model.AuditRule;
import org.citecheck.audit.model.Finding;
import org.citecheck.audit.rules.CrossReferenceRule;
import org.citecheck.audit.rules.DateAfterDocument;
import org.citecheck.audit.rules.DateNoAccessDate;
import org.citecheck.audit.rules.DateTitleMismatch;
import org.citecheck.audit.rules.DuplicateFullCitation;
import org.citecheck.audit.rules.LinkChanged;
import org.citecheck.audit.rules.LinkHealth;
import org.citecheck.audit.rules.MarkerMissing;
import org.citecheck.audit.rules.MarkerOrder;
import org.citecheck.audit.rules.MarkerOrphan;
import org.citecheck.audit.rules.MarkerRepeated;
import org.citecheck.audit.rules.NumberingDisplaced;
import org.citecheck.audit.rules.NumberingDuplicate;
import org.citecheck.audit.rules.NumberingGap;
import org.citecheck.audit.rules.NumberingInferred;
import org.citecheck.audit.rules.NumberingOrder;
import org.citecheck.audit.rules.UrlInsecure;
import org.citecheck.audit.rules.UrlLinkTarget;
import org.citecheck.audit.rules.UrlRepaired;
import org.citecheck.audit.rules.UrlTracking;
import org.citecheck.io.AtomicFile;

/**
 * The `citecheck audit` engine: every rule over a document's notes, findings sorted, reports
 * written.
 */
public final class Audit {

  public static final String JSON_FILE = "audit.json";
  public static final String MARKDOWN_FILE = "audit.md";

  private Audit() {}

  /** Every rule, in the order the README documents them. */
  public static List<AuditRule> rules() {
    List<AuditRule> rules =
        new ArrayList<>(
            List.of(
                new NumberingGap(),
                new NumberingDuplicate(),
                new NumberingOrder(),
                new NumberingInferred(),
                new NumberingDisplaced(),
                new MarkerMissing(),
                new MarkerOrphan(),
                new MarkerOrder(),
                new MarkerRepeated(),
                CrossReferenceRule.mismatch(),
                CrossReferenceRule.ambiguous(),
                CrossReferenceRule.missingTarget(),
                CrossReferenceRule.forward(),
                new DuplicateFullCitation(),
                new UrlRepaired(),
                new UrlTracking(),
                new UrlInsecure(),
                new UrlLinkTarget(),
                new DateTitleMismatch(),
                new DateAfterDocument(),
                new DateNoAccessDate()));
    rules.addAll(LinkHealth.all());
    rules.add(new LinkChanged());
    return List.copyOf(rules);
  }

  /** Reads the inputs, audits, and writes audit.json and audit.md into the reports folder. */
  public static AuditOutcome run(AuditOptions options, InputStream stdin, Clock clock) {
    AuditInputs inputs = AuditInputs.load(options, stdin);
    AuditReport report =
        audit(inputs.context(), options.input(), options.verification(), clock.instant());
    return new AuditOutcome(report, write(options.reports(), report), inputs.notices());
  }

  /**
   * Runs every rule that can run on the context; the findings come sorted (see {@link
   * Finding#ORDER}).
   */
  public static AuditReport audit(
      AuditContext context, String input, String verification, Instant now) {
    List<Finding> findings = new ArrayList<>();
    List<SkippedRule> skipped = new ArrayList<>();
    for (AuditRule rule : rules()) {
      String unavailable = rule.unavailable(context);
      if (unavailable != null) {
        skipped.add(new SkippedRule(rule.id(), unavailable));
      } else {
        findings.addAll(rule.check(context));
      }
    }
    findings.sort(Finding.ORDER);
    String title =
        context.references().document() == null ? null : context.references().document().title();
    return new AuditReport(
        AuditReport.SCHEMA_VERSION,
        now.truncatedTo(ChronoUnit.SECONDS).toString(),
        input,
        verification,
        title,
        context.notes().size(),
        null,
        skipped,
        findings);
  }

  /**
   * Renders both reports first, so that a failure leaves the old files as they were, then writes
   * each atomically.
   */
  static List<Path> write(Path folder, AuditReport report) {
    Map<Path, String> rendered = new LinkedHashMap<>();
    rendered.put(folder.resolve(JSON_FILE), AuditJson.render(report));
    rendered.put(folder.resolve(MARKDOWN_FILE), AuditMarkdown.render(report));
    List<Path> written = new ArrayList<>();
    rendered.forEach(
        (path, content) -> {
          AtomicFile.write(path, content);
          written.add(path);
        });
    return written;
  }
}
