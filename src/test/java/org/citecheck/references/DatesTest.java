package org.citecheck.references;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatesTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "2 November 2020|2020-11-02",
        "2nd November 2020|2020-11-02",
        "November 12, 2020|2020-11-12",
        "Nov. 12, 2020|2020-11-12",
        "12 Nov 2020|2020-11-12",
        "October 2009|2009-10",
        "2016|2016",
        "early 1998|1998",
        "2020-11-02|2020-11-02",
        "2020/11/02|2020-11-02",
        "02.11.2020|2020-11-02",
        "11/25/2020|2020-11-25",
        "3. März 2021|2021-03-03",
        "5 avril 2021|2021-04-05",
        "12 de marzo de 2019|2019-03-12",
        "(2019a)|2019"
      })
  void readsPrintedDates(String printed, String iso) {
    assertEquals(iso, Dates.first(printed));
  }

  @Test
  void monthNamesAreSharedWithTheOtherStages() {
    assertEquals(11, org.citecheck.document.Months.number("Nov."));
    assertTrue(org.citecheck.document.Months.startsWithMonth("janvier 2021"));
    assertFalse(org.citecheck.document.Months.startsWithMonth("Janus"));
  }

  @Test
  void refusesImpossibleDates() {
    assertEquals(
        "2020-11", Dates.first("32 November 2020"), "an impossible day keeps only month and year");
    assertNull(Dates.first("page 45"));
    assertNull(Dates.first("resolution 822"));
  }

  @Test
  void tellsDateFieldsFromOthers() {
    assertTrue(Dates.isDateOnly("14 October 2020"));
    assertTrue(Dates.isDateOnly("early 1998"));
    assertFalse(Dates.isDateOnly("Lavrov 12 November 2020 press conference"));
  }
}
