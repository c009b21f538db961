package org.citecheck.audit.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.citecheck.audit.model.AuditContext;
import org.citecheck.audit.model.AuditRule;
import org.citecheck.audit.model.Cited;
import org.citecheck.audit.model.Finding;
import org.citecheck.audit.model.Severity;
import org.citecheck.references.Dates;
import org.citecheck.references.DocumentInfo;
import org.citecheck.references.Note;
import org.citecheck.references.Source;

/**
 * A source dated, or accessed, after the citing document's own date, at the precision both give: a
 * 2020 report cannot cite a page of March 2021 (unless it was revised, and then its date is).
 */
public final class DateAfterDocument implements AuditRule {

  private static final String FIX =
      "Check the date; if the document was revised after it was first published,"
          + " give the document the revision's date.";

  /** "(2024)", "(London: Routledge, 2019)": a year closing parentheses is a publication year. */
  private static final Pattern YEAR_IN_PARENTHESES =
      Pattern.compile("\\((?:[^()]*[,:]\\s*)?((?:1[5-9]|20)\\d\\d)\\)");

  private static final Pattern URL = Pattern.compile("(?i)(?:https?://|www\\.)\\S+");

  private static final Pattern ACCESSED =
      Pattern.compile(
          "(?iu)\\(?\\b(?:accessed|retrieved|last visited|consulted|viewed)(?: on)?:?[^)]{0,40}\\)?");

  @Override
  public String id() {
    return "date.after-document";
  }

  @Override
  public Severity severity() {
    return Severity.WARNING;
  }

  @Override
  public String description() {
    return "a source dated or accessed after the document's own date";
  }

  @Override
  public String unavailable(AuditContext context) {
    return documentDate(context) == null ? "the document gives no date of its own" : null;
  }

  @Override
  public List<Finding> check(AuditContext context) {
    DateSpan document = documentDate(context);
    List<Finding> findings = new ArrayList<>();
    for (Cited cited : context.cited()) {
      if (!cited.full()) {
        continue;
      }
      Source source = cited.source();
      String fix = FIX;
      DateSpan date =
          DateSpan.parse(source.date() != null ? source.date() : printedDate(source.text()));
      DateSpan accessed = DateSpan.parse(source.accessed());
      if (date != null && document.daysBefore(date) > 0) {
        findings.add(
            finding(
                cited.number(),
                cited.index(),
                cited.line(),
                "The source is dated "
                    + date.display()
                    + ", after the document itself ("
                    + document.display()
                    + ").",
                fix));
      } else if (accessed != null && document.daysBefore(accessed) > 0) {
        findings.add(
            finding(
                cited.number(),
                cited.index(),
                cited.line(),
                "The source was accessed "
                    + accessed.display()
                    + ", after the document's own date ("
                    + document.display()
                    + ").",
                fix));
      }
    }
    for (Note note : context.notes()) {
      DateSpan date = DateSpan.parse(printedDate(note.commentary()));
      if (date != null && document.daysBefore(date) > 0) {
        findings.add(
            finding(
                note.number(),
                null,
                note.line() > 0 ? note.line() : null,
                "The note's text names "
                    + date.display()
                    + ", after the document itself ("
                    + document.display()
                    + "), in a part not read as a source: \""
                    + clip(note.commentary())
                    + "\".",
                FIX));
      }
    }
    return findings;
  }

  private static String clip(String text) {
    String line = text.strip();
    return line.length() <= 90 ? line : line.substring(0, 89).strip() + "…";
  }

  /**
   * The date a citation prints when the parser read none ("On this point, see …, October 2017"):
   * its last date with a month, outside URLs and its access date, else a year closing parentheses
   * ("(2024)"). Another bare year is left alone, since titles name years ("Vision 2030").
   */
  static String printedDate(String text) {
    if (text == null) {
      return null;
    }
    String cited = ACCESSED.matcher(URL.matcher(text).replaceAll(" ")).replaceAll(" ");
    String last = null;
    for (Dates.Found found : Dates.find(cited)) {
      if (found.iso().length() >= 7) {
        last = found.iso();
      }
    }
    Matcher year = YEAR_IN_PARENTHESES.matcher(cited);
    while (last == null && year.find()) {
      last = year.group(1);
    }
    return last;
  }

  private static DateSpan documentDate(AuditContext context) {
    DocumentInfo document = context.references().document();
    return document == null ? null : DateSpan.parse(document.date());
  }
}
