package org.citecheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class ReportFormatTest {

  @Test
  void theDefaultsAreTheThreeReportsPeopleRead() {
    assertEquals(
        EnumSet.of(ReportFormat.JSON, ReportFormat.MD, ReportFormat.HTML), ReportFormat.DEFAULTS);
  }
}
