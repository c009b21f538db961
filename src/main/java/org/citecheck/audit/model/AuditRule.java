package org.citecheck.audit.model;

import java.util.List;

/**
 * One check of a document's notes. Each rule has one id and one severity, needs only what the
 * {@link AuditContext} holds, and is general: nothing in it knows any particular document.
 */
public interface AuditRule {

  /** The rule's id, "family.name": the public name users filter and look up. */
  String id();

  /**
   * The severity of the rule's findings; a rule that weighs evidence (the marker rules) gives a
   * finding it is unsure of a lower one, and says why.
   */
  Severity severity();

  /** One sentence for the README and the report: what the rule checks. */
  String description();

  /**
   * Why the rule cannot run on this input (no body, no verification report), or null when it can.
   */
  default String unavailable(AuditContext context) {
    return null;
  }

  /** The rule's findings, in any order; the engine sorts them. */
  List<Finding> check(AuditContext context);

  /** A finding of this rule. */
  default Finding finding(Integer note, Integer source, Integer line, String message, String fix) {
    return new Finding(id(), severity(), note, source, line, message, fix);
  }

  /**
   * A finding of this rule at a lower severity than the rule's, when the evidence for it is weak.
   */
  default Finding finding(
      Severity severity, Integer note, Integer source, Integer line, String message, String fix) {
    return new Finding(id(), severity, note, source, line, message, fix);
  }
}
