package org.citecheck.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.citecheck.audit.model.AuditContext;
import org.citecheck.document.DocumentText;
import org.citecheck.references.Extraction;
import org.junit.jupiter.api.Test;

/**
 * Note numbers as printed: extraction joins a second note 3, or note 3 printed after note 4, to the
 * note before; the numbering rules still see them, and a wrapped line that starts with a number is
 * not one.
 */
class PrintedNumbersTest {

  private static final String BODY =
      "A Report\n\nIntroduction\n\nOne.1 Two.2 Three.3 Four.4 Five.5\n\nNotes\n\n";

  private static AuditContext context(String notes) {
    return AuditContext.of(Extraction.extract(DocumentText.of("report.txt", BODY + notes)), null);
  }

  private static List<String> numbers(AuditContext context) {
    return context.printed().stream()
        .map(p -> p.number() + (p.merged() ? "*" : "") + "@" + p.line())
        .toList();
  }

  private static List<String> findings(AuditContext context, String rule) {
    return Audit.rules().stream()
        .filter(r -> r.id().equals(rule))
        .findFirst()
        .orElseThrow()
        .check(context)
        .stream()
        .map(f -> f.note() + ": " + f.message())
        .toList();
  }

  @Test
  void aSecondNoteWithTheSameNumber() {
    AuditContext context =
        context(
            "1 Jane Doe, \"Water\", Daily News, 3 May 2019.\n2 John Roe, Borders (London: Press, 2018).\n"
                + "2 Ann Lee, \"Courts\", The Times, 4 June 2019.\n3 Max Muster, \"Mining\", Herald, 5 July 2019.\n"
                + "4 Eva Nova, \"Drones\", Post, 6 May 2019.\n5 Ola Sol, \"Grain\", Star, 7 May 2019.\n");
    assertEquals(
        List.of("2: Two notes are numbered 2 (lines 10 and 11)."),
        findings(context, "numbering.duplicate"));
    assertEquals(List.of(), findings(context, "numbering.gap"));
  }

  @Test
  void aNotePrintedAfterTheOneThatFollowsIt() {
    AuditContext context =
        context(
            "1 Jane Doe, \"Water\", Daily News, 3 May 2019.\n2 John Roe, Borders (London: Press, 2018).\n"
                + "4 Eva Nova, \"Drones\", Post, 6 May 2019.\n3 Max Muster, \"Mining\", Herald, 5 July 2019.\n"
                + "5 Ola Sol, \"Grain\", Star, 7 May 2019.\n");
    assertEquals(List.of("1@9", "2@10", "4@11", "3*@12", "5@13"), numbers(context));
    assertEquals(
        List.of("3: Note 3 (line 12) comes after note 4 (line 11)."),
        findings(context, "numbering.order"));
    assertEquals(List.of(), findings(context, "numbering.gap"));
    assertEquals(List.of(), findings(context, "marker.orphan"), "marker 3 has its note");
  }

  @Test
  void wrappedLinesThatStartWithANumberAreText() {
    AuditContext context =
        context(
            "1 Jane Doe, \"Water\", Journal of Peace 4, no.\n2 (2019), p. 5.\n"
                + "2 John Roe, \"Borders\", Daily News, 12\nMay 2019.\n3 Max Muster, \"Mining\", Herald, 5 July 2019, p.\n"
                + "3.\n4 Eva Nova, \"Drones\", Post, 6 May 2019.\n5 Ola Sol, \"Grain\", Star, 7 May 2019.\n");
    assertEquals(List.of(), findings(context, "numbering.duplicate"));
    assertEquals(List.of(), findings(context, "numbering.order"));
  }
}
