package org.citecheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.EnumSet;
import org.citecheck.CitecheckException;
import org.junit.jupiter.api.Test;

class ReportFormatTest {

  @Test
  void parsesIdsInAnyCaseAndOrder() {
    assertEquals(EnumSet.of(ReportFormat.SARIF, ReportFormat.JSON, ReportFormat.JUNIT),
        ReportFormat.parseList("sarif, JSON,junit"));
    assertEquals(EnumSet.allOf(ReportFormat.class), ReportFormat.parseList("all"));
    assertEquals(EnumSet.of(ReportFormat.JSON, ReportFormat.MD, ReportFormat.HTML), ReportFormat.DEFAULTS);
  }

  @Test
  void anUnknownIdIsAUsageErrorNamingTheKnownOnes() {
    CitecheckException e = assertThrows(CitecheckException.class, () -> ReportFormat.parseList("json,pdf"));
    assertEquals(CitecheckException.Kind.USAGE, e.kind());
    assertEquals("unknown report format 'pdf' (expected one of json, md, html, junit, sarif, notes, or all)",
        e.getMessage());
    assertThrows(CitecheckException.class, () -> ReportFormat.parseList("json,,md"));
  }
}
