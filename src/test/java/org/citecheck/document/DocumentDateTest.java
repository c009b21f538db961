package org.citecheck.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DocumentDateTest {

  private static final String TITLE = "Fragile Borders: Water and Courts in Central Asia";
  private static final String ABSTRACT =
      "This paper looks at developments since 1994, when the war ended, and at"
          + " the escalation of 2016. It asks what 25 years of mediation achieved.";

  private static DocumentDate.Found read(String... front) {
    List<String> lines =
        new java.util.ArrayList<>(List.of(TITLE, "", "Anna Novak and Omar Haddad", ""));
    lines.addAll(List.of(front));
    lines.addAll(
        List.of(
            "", "Abstract", "", ABSTRACT, "", "Introduction", "", "The war began in May 1992."));
    return DocumentDate.read(lines, lines.size(), -1);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "Published 24 July 2020                     ; 2020-07-24; published",
        "Published: 24 July 2020                    ; 2020-07-24; published",
        "Published online July 24, 2020             ; 2020-07-24; published",
        "Date of publication: 3 March 2019          ; 2019-03-03; published",
        "Publication date: 2021-11-05               ; 2021-11-05; published",
        "Published 2018 by Nomos                    ; 2018; published",
        "July 2020                                  ; 2020-07; date-line",
        "24 July 2020                               ; 2020-07-24; date-line",
        "Vienna, 24 July 2020                       ; 2020-07-24; date-line",
        "Policy Paper No. 12 | July 2020            ; 2020-07; date-line",
        "Policy Brief – November 2017               ; 2017-11; date-line",
        "Sept. 2015                                 ; 2015-09; date-line",
        "First published 2020                       ; 2020; first-published",
        "First published in 2019 by Routledge       ; 2019; first-published",
        "© 2020 Chatham House                       ; 2020; copyright",
        "© The Authors 2022                         ; 2022; copyright",
        "Copyright © 2018–2021 by the authors       ; 2021; copyright",
      })
  void readsTheFormsReportsPrint(String line, String iso, String form) {
    DocumentDate.Found found = read(line);
    assertEquals(iso, found.iso(), line);
    assertEquals(form, found.where().form());
    assertEquals(5, found.where().line(), "the line is 1-based");
    assertEquals(line.strip(), found.where().text());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "Published in 2019, the report found that the ministry had ignored most of the warnings it got",
        "The war of September 2020",
        "Working Paper 3/2020",
        "Keywords: mediation, 2020, borders",
        "Copyright reform was debated in the parliament for 12 years, from 2004 to 2016, without an end in sight"
            + " and without the support of the opposition",
        "Released prisoners numbered 1,200 in all, most of them arrested in the summer and autumn protests",
      })
  void proseAndNumbersAreNotTheDocumentsDate(String line) {
    assertNull(read(line), line);
  }

  @org.junit.jupiter.api.Test
  void anExplicitPublicationDateWinsAndAPreciseFormRefinesAYear() {
    assertEquals("2020-07-24", read("© 2021 OSCE", "Published 24 July 2020").iso());
    DocumentDate.Found refined = read("July 2020", "© 2020 OSCE");
    assertEquals("2020-07", refined.iso());
    assertEquals("date-line", refined.where().form());
  }

  @org.junit.jupiter.api.Test
  void theCitationLinesLastYearOutsideItsUrl() {
    List<String> lines =
        List.of(
            TITLE,
            "",
            "To cite this publication: A. Novak, Fragile Borders, Series 6"
                + " (Baden-Baden: Nomos, 2020), at: https://doi.org/10.5771/2019-2023",
            "",
            "Introduction");
    DocumentDate.Found found = DocumentDate.read(lines, lines.size(), 2);
    assertEquals("2020", found.iso());
    assertEquals("citation", found.where().form());
    assertEquals(3, found.where().line());
  }

  @org.junit.jupiter.api.Test
  void aDateLineBelowTheTitlePageIsBodyText() {
    List<String> lines = new java.util.ArrayList<>(List.of(TITLE, "", "Anna Novak"));
    for (int i = 0; i < 20; i++) {
      lines.add("A line of body text, number " + i + ".");
    }
    lines.add("March 2019");
    assertNull(DocumentDate.read(lines, lines.size(), -1));
  }
}
