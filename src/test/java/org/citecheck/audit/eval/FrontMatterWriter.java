package org.citecheck.audit.eval;

import static org.citecheck.audit.eval.Vocabulary.pick;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.citecheck.audit.eval.ReportModel.Precision;

/**
 * Prints a report's first page: title, authors, the document's own date in one of the forms reports
 * use (or none), an abstract whose years are not the document's date, and keywords.
 */
final class FrontMatterWriter {

  private final Random random;
  private final SourceWriter writer;

  FrontMatterWriter(Random random, SourceWriter writer) {
    this.random = random;
    this.writer = writer;
  }

  List<String> lines(ReportModel model) {
    List<String> lines = new ArrayList<>();
    String day = writer.date(model.date, Precision.DAY);
    String month = writer.date(model.date, Precision.MONTH);
    int year = model.date.getYear();
    String org = pick(random, Vocabulary.ORGANISATIONS);
    lines.add(model.title);
    lines.add("");
    if (model.dateForm == ReportModel.DateForm.DATE_LINE) {
      lines.add(day);
      lines.add("");
    }
    lines.add(String.join(random.nextBoolean() ? ", " : " and ", model.authors));
    lines.add("");
    switch (model.dateForm) {
      case PUBLISHED ->
          lines.add(
              pick(
                      random,
                      List.of(
                          "Published ",
                          "Published: ",
                          "Published online ",
                          "Date of publication: "))
                  + day);
      case MONTH_LINE ->
          lines.add(
              random.nextBoolean()
                  ? month
                  : "Policy Paper No. " + (1 + random.nextInt(40)) + " | " + month);
      case FIRST_PUBLISHED ->
          lines.add(
              random.nextBoolean()
                  ? "First published " + year
                  : "First published in " + year + " by " + org);
      default -> {}
    }
    lines.add("");
    lines.add("Abstract");
    lines.add("");
    lines.add(
        "This paper looks at developments since "
            + (year - 10 - random.nextInt(15))
            + ", when the conflict"
            + " began, and at the escalation of "
            + (year - 1 - random.nextInt(4))
            + ". It asks what the "
            + Vocabulary.TITLE_NOUNS
                .get(random.nextInt(Vocabulary.TITLE_NOUNS.size()))
                .toLowerCase()
            + " of the region owe to "
            + (2 + random.nextInt(20))
            + " years of failed mediation.");
    lines.add("");
    lines.add("Keywords");
    lines.add("");
    lines.add(
        pick(random, Vocabulary.TITLE_PLACES)
            + ", "
            + pick(random, Vocabulary.TITLE_NOUNS).toLowerCase()
            + ", mediation");
    lines.add("");
    if (model.dateForm == ReportModel.DateForm.TO_CITE) {
      lines.add(
          "To cite this publication: "
              + String.join(", ", model.authors)
              + ", "
              + model.title
              + ", "
              + "Policy Series "
              + (1 + random.nextInt(20))
              + " ("
              + model.publisher
              + ", "
              + year
              + "), at: https://doi.org/10."
              + (1000 + random.nextInt(8999))
              + "/"
              + (100000 + random.nextInt(900000))
              + "-"
              + (1 + random.nextInt(20)));
      lines.add("");
    }
    if (model.dateForm == ReportModel.DateForm.COPYRIGHT) {
      lines.add(
          pick(
              random,
              List.of(
                  "© " + year + " " + org,
                  "© " + org + " " + year,
                  "Copyright © " + year + " by the authors",
                  "© The Authors " + year)));
      lines.add("");
    }
    return lines;
  }
}
