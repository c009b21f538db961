package org.citecheck.audit.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The audit on generated reports (see {@link GeneratedReport}): every rule finds at least 95% of
 * its injected faults with at least 95% precision, and no clean report gets a warning. A sample
 * here; {@code bench/audit-eval.sh} scores a few hundred and prints the table.
 */
class AuditEvaluationTest {

  private static final int REPORTS = 150;

  @Test
  void everyRuleFindsItsFaultsWithoutFalseFindings() {
    AuditEvaluation evaluation = AuditEvaluation.run(5_000, REPORTS);
    String table = evaluation.table();
    assertEquals(0, evaluation.failures.size(), evaluation.failures.toString());
    assertEquals(
        13, evaluation.scores.keySet().stream().filter(AuditEvaluation::isScored).count(), table);
    for (Map.Entry<String, AuditEvaluation.Score> entry : evaluation.scores.entrySet()) {
      AuditEvaluation.Score score = entry.getValue();
      if (AuditEvaluation.isScored(entry.getKey())) {
        assertTrue(score.faults >= 10, entry.getKey() + " needs faults to be measured\n" + table);
        assertTrue(
            score.recall() >= 0.95, entry.getKey() + " recall\n" + table + evaluation.misses);
        assertTrue(
            score.precision() >= 0.95,
            entry.getKey() + " precision\n" + table + evaluation.falseFindings);
      }
    }
    assertTrue(evaluation.clean >= 15, table);
    assertEquals(0, evaluation.cleanWithWarning, table + evaluation.falseFindings);
    assertEquals(0, evaluation.otherWarnings, table + evaluation.falseFindings);
  }

  @Test
  void onTheSameReportsTypesetAsPdfsTheMarkerRulesAreAsPreciseAsOnText() {
    assertTrue(PdfTypesetter.fontPresent(), "DejaVu fonts (fonts-dejavu-core) are needed");
    AuditEvaluation text = AuditEvaluation.run(1, 25, false);
    AuditEvaluation pdf = AuditEvaluation.run(1, 25, true);
    String table = AuditEvaluation.sideBySide(text, pdf);
    assertEquals(0, pdf.failures.size(), pdf.failures.toString());
    for (String rule :
        List.of("marker.missing", "marker.orphan", "marker.repeated", "marker.order")) {
      assertTrue(pdf.scores.get(rule).found > 0, rule + " needs faults to be measured\n" + table);
      assertTrue(
          pdf.scores.get(rule).precision() >= text.scores.get(rule).precision(),
          rule + "\n" + table + pdf.falseFindings);
    }
    assertEquals(0, pdf.cleanWithWarning, table + pdf.falseFindings);
  }

  @Test
  void theSameSeedGivesTheSameReport() {
    GeneratedReport first = GeneratedReport.generate(42);
    assertEquals(first, GeneratedReport.generate(42));
    assertFalse(first.text().equals(GeneratedReport.generate(43).text()));
  }

  @Test
  void aReportCarriesItsFaultsInTheTextAndACleanOneNone() {
    int faulty = 0;
    for (long seed = 1; seed <= 40; seed++) {
      GeneratedReport report = GeneratedReport.generate(seed);
      assertTrue(
          report.text().contains("\nNotes\n") || report.text().contains("\nEndnotes\n"),
          report.shape());
      for (Faults.Expected expected : report.expected()) {
        faulty++;
        assertFalse(expected.notes().isEmpty(), expected.toString());
        assertTrue(AuditEvaluation.isScored(expected.rule()), expected.rule());
      }
    }
    assertTrue(faulty > 40, "most reports carry faults");
  }
}
