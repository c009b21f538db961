package org.citecheck.audit;

import java.nio.file.Path;
import java.util.List;

/**
 * What a run of the audit produced.
 *
 * @param report the findings
 * @param written the report files, in the order written
 */
public record AuditOutcome(AuditReport report, List<Path> written) {}
