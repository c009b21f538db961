package org.citecheck.audit.rules;

import org.citecheck.audit.model.AuditContext;

/** What the rules that read a verification report need from it. */
final class ReportRules {

  private ReportRules() {}

  /** Why a report rule cannot run: no report, or a report made offline; null when it can. */
  static String unavailable(AuditContext context) {
    if (context.report() == null) {
      return "no verification report: give one with --with reports/verification.json (written by citecheck check)";
    }
    if (context.report().offline()) {
      return "the verification report was made offline: no link was verified";
    }
    return null;
  }
}
