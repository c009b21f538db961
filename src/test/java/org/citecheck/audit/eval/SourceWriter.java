package org.citecheck.audit.eval;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.citecheck.audit.eval.ReportModel.Commentary;
import org.citecheck.audit.eval.ReportModel.Full;
import org.citecheck.audit.eval.ReportModel.Ibid;
import org.citecheck.audit.eval.ReportModel.Item;
import org.citecheck.audit.eval.ReportModel.Precision;
import org.citecheck.audit.eval.ReportModel.ShortForm;
import org.citecheck.audit.eval.ReportModel.Source;

/**
 * Prints a note's items in one of two citation styles that reports use: the "at: URL" style of
 * policy series (day month year) and the Chicago notes style (month day, year; "accessed").
 */
final class SourceWriter {

  /** A citation style. */
  enum Style {
    AT_URL,
    CHICAGO
  }

  private final Style style;

  SourceWriter(Style style) {
    this.style = style;
  }

  /** The note's text, its items joined by "; " and ended with a full stop. */
  String note(List<Item> items) {
    List<String> parts = new ArrayList<>();
    for (Item item : items) {
      parts.add(item(item));
    }
    String text = String.join("; ", parts);
    return text.endsWith(".") ? text : text + ".";
  }

  private String item(Item item) {
    if (item instanceof Full full) {
      return (full.leadIn() == null ? "" : full.leadIn() + " ") + source(full.source());
    }
    if (item instanceof ShortForm shortForm) {
      String named = shortForm.name() + ", \"" + shortForm.shortTitle() + "\"";
      return named + ", " + shortForm.wording().replace("N", Integer.toString(shortForm.note()));
    }
    if (item instanceof Ibid ibid) {
      return ibid.pages() == null ? "Ibid." : "Ibid., p. " + ibid.pages();
    }
    return ((Commentary) item).text();
  }

  String source(Source source) {
    String authors = String.join(style == Style.CHICAGO ? " and " : ", ", source.authors);
    List<String> parts = new ArrayList<>();
    if (!authors.isEmpty()) {
      parts.add(authors);
    }
    switch (source.kind) {
      case BOOK ->
          parts.add(source.title + " (" + source.container + ", " + source.date.getYear() + ")");
      case JOURNAL -> {
        parts.add(quoted(source.title));
        parts.add(
            source.container
                + " "
                + (source.date.getYear() % 40 + 3)
                + ", no. "
                + (source.date.getMonthValue() % 4 + 1)
                + " ("
                + source.date.getYear()
                + ")");
      }
      case REPORT -> {
        parts.add(source.title);
        parts.add(date(source.date, source.precision));
      }
      default -> {
        parts.add(quoted(source.title));
        parts.add(source.container);
        parts.add(date(source.date, source.precision));
      }
    }
    String text = join(parts);
    if (source.pages != null) {
      text += style == Style.CHICAGO ? ", " + source.pages : ", p. " + source.pages;
    }
    if (source.url != null) {
      text += style == Style.CHICAGO ? ", " + source.url : ", at: " + source.url;
    }
    if (source.accessed != null) {
      text +=
          style == Style.CHICAGO
              ? " (accessed " + date(source.accessed, Precision.DAY) + ")"
              : " (accessed " + date(source.accessed, Precision.DAY) + ")";
    }
    return text;
  }

  /** Parts joined by commas; after a Chicago title the comma is already inside the quotes. */
  private static String join(List<String> parts) {
    StringBuilder text = new StringBuilder();
    for (String part : parts) {
      if (text.length() > 0) {
        text.append(text.charAt(text.length() - 1) == '\u201D' ? " " : ", ");
      }
      text.append(part);
    }
    return text.toString();
  }

  /** A title in quotes; the Chicago style puts the comma inside them. */
  private String quoted(String title) {
    return style == Style.CHICAGO ? "\u201C" + title + ",\u201D" : "\"" + title + "\"";
  }

  String date(LocalDate date, Precision precision) {
    String month = Vocabulary.MONTHS.get(date.getMonthValue() - 1);
    return switch (precision) {
      case YEAR -> Integer.toString(date.getYear());
      case MONTH -> month + " " + date.getYear();
      case DAY ->
          style == Style.CHICAGO
              ? month + " " + date.getDayOfMonth() + ", " + date.getYear()
              : date.getDayOfMonth() + " " + month + " " + date.getYear();
    };
  }
}
