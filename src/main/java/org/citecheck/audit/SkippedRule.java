package org.citecheck.audit;

/**
 * A rule that did not run on this input, and why (no body text, no verification report...).
 *
 * @param rule the rule's id
 * @param reason why it could not run
 */
public record SkippedRule(String rule, String reason) {}
