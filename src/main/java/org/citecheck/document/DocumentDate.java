package org.citecheck.document;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a document prints its own date, and what it says: the front matter's "Published 24 July
 * 2020", a "July 2020" or "Vienna, 24 July 2020" line under the title, "First published 2020", "©
 * 2020", or the year of its "To cite this publication" line.
 *
 * @param line the 1-based line of the input
 * @param form how it was printed: "published", "date-line", "first-published", "copyright" or
 *     "citation"
 * @param text the line, as printed (clipped)
 */
@JsonPropertyOrder({"line", "form", "text"})
public record DocumentDate(int line, String form, String text) {

  /**
   * How many non-blank lines from the top make the title page, where a bare date line is the
   * document's.
   */
  private static final int TITLE_PAGE = 12;

  private static final int TEXT_CHARS = 160;

  private static final String MONTH = "(\\p{L}{3,10})\\.?";

  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile("(?u)\\b(\\d{1,2})(?:st|nd|rd|th)?\\.?\\s+" + MONTH + ",?\\s+(\\d{4})\\b");

  private static final Pattern MONTH_DAY_YEAR =
      Pattern.compile("(?u)\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b");

  private static final Pattern MONTH_YEAR =
      Pattern.compile("(?u)\\b" + MONTH + ",?\\s+(\\d{4})\\b");

  private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})(?:-(\\d{2}))?\\b");

  private static final Pattern YEAR = Pattern.compile("(?<![\\d/.-])((?:19|20)\\d\\d)(?![\\d/-])");

  /**
   * "Published 24 July 2020", "Date of publication: July 2020": a capitalised label starts the
   * line.
   */
  private static final Pattern PUBLISHED =
      Pattern.compile(
          "(?u)^(?:Date of publication|Publication date"
              + "|Date published|Published(?: online)?(?: on)?|Released(?: on)?|Veröffentlicht(?: am)?|Publié le"
              + "|Publicado(?: el)?)\\s*:?\\s+(.+)$");

  private static final Pattern FIRST_PUBLISHED = Pattern.compile("(?u)^First published\\b(.*)$");

  private static final Pattern COPYRIGHT =
      Pattern.compile("(?iu)^(?:copyright\\b|\\(c\\)\\s)(.*)$");

  /**
   * What may separate a lead from the date on a date line: "Vienna, 24 July 2020", "Paper 12 | July
   * 2020".
   */
  private static final String SEPARATORS = "|·•,–—-";

  /** The longest line a label or a date line is read from: longer lines are prose. */
  private static final int SHORT_LINE = 100;

  /** How much a "Published" line may print after its date ("by Nomos"). */
  private static final int TAIL = 30;

  /** A date found, with the precision printed. */
  public record Found(DocumentDate where, String iso) {}

  /**
   * The document's date from its first lines, or null. An explicit "Published" line wins; then a
   * date line on the title page, the citation line, "First published", and "©". A later form that
   * prints the same date more precisely refines it ("© 2020" and "July 2020" give 2020-07).
   *
   * @param lines the document's lines
   * @param limit how many lines the front matter may reach
   * @param citationLine the index of the "To cite this publication" line, or -1
   */
  public static Found read(List<String> lines, int limit, int citationLine) {
    List<Found> found = new ArrayList<>();
    int nonBlank = 0;
    for (int i = 0; i < limit && i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty()) {
        continue;
      }
      nonBlank++;
      Found date = i == citationLine ? citation(line, i) : other(line, i, nonBlank <= TITLE_PAGE);
      if (date != null) {
        found.add(date);
      }
    }
    Found best = null;
    for (String form :
        List.of("published", "date-line", "citation", "first-published", "copyright")) {
      for (Found date : found) {
        if (date.where().form().equals(form) && best == null) {
          best = date;
        }
      }
    }
    for (Found date : found) {
      if (best != null
          && date.iso().length() > best.iso().length()
          && date.iso().startsWith(best.iso())) {
        best = date;
      }
    }
    return best;
  }

  private static Found other(String line, int index, boolean titlePage) {
    if (line.length() > SHORT_LINE) {
      return null;
    }
    Matcher published = PUBLISHED.matcher(line);
    if (published.matches()) {
      Dated date = first(published.group(1));
      return date == null || published.group(1).length() - date.end() > TAIL
          ? null
          : found(index, "published", line, date.iso());
    }
    Matcher first = FIRST_PUBLISHED.matcher(line);
    if (first.matches()) {
      Dated date = first(first.group(1));
      return date == null ? null : found(index, "first-published", line, date.iso());
    }
    int sign = line.indexOf('©');
    Matcher copyright = COPYRIGHT.matcher(line);
    if (sign >= 0 || copyright.matches()) {
      String iso = latestYear(sign >= 0 ? line.substring(sign + 1) : copyright.group(1));
      return iso == null ? null : found(index, "copyright", line, iso);
    }
    if (titlePage) {
      String iso = dateLine(line);
      return iso == null ? null : found(index, "date-line", line, iso);
    }
    return null;
  }

  /**
   * The date of a line that is a date with its month, alone or after a short lead and a separator.
   */
  private static String dateLine(String line) {
    String iso = wholeDate(line);
    for (int i = 0; iso == null && i < line.length(); i++) {
      if (SEPARATORS.indexOf(line.charAt(i)) >= 0) {
        iso = wholeDate(line.substring(i + 1).strip());
      }
    }
    return iso;
  }

  /** The citation line's year: the last one outside URLs ("(Baden-Baden: Nomos, 2020)"). */
  private static Found citation(String line, int index) {
    Matcher year = YEAR.matcher(line.replaceAll("(?i)https?://\\S+|doi:\\s*\\S+", ""));
    String last = null;
    while (year.find()) {
      last = year.group(1);
    }
    return last == null ? null : found(index, "citation", line, last);
  }

  private static Found found(int index, String form, String line, String iso) {
    String text = line.length() <= TEXT_CHARS ? line : line.substring(0, TEXT_CHARS - 1) + "…";
    return new Found(new DocumentDate(index + 1, form, text), iso);
  }

  /**
   * The date when the text is one with a month and nothing else ("July 2020", "24 July 2020"), else
   * null.
   */
  private static String wholeDate(String text) {
    for (Pattern pattern : List.of(DAY_MONTH_YEAR, MONTH_DAY_YEAR, MONTH_YEAR, ISO)) {
      Matcher matcher = pattern.matcher(text);
      if (matcher.matches()) {
        String iso = iso(matcher, pattern);
        if (iso != null) {
          return iso;
        }
      }
    }
    return null;
  }

  /** A date read from text, and where it ends. */
  private record Dated(String iso, int end) {}

  /**
   * The first date in the text at the precision printed, a bare year when nothing finer comes
   * first.
   */
  private static Dated first(String text) {
    Dated best = null;
    int at = Integer.MAX_VALUE;
    for (Pattern pattern : List.of(DAY_MONTH_YEAR, MONTH_DAY_YEAR, MONTH_YEAR, ISO, YEAR)) {
      Matcher matcher = pattern.matcher(text);
      while (matcher.find() && matcher.start() < at) {
        String iso = pattern == YEAR ? matcher.group(1) : iso(matcher, pattern);
        if (iso != null) {
          best = new Dated(iso, matcher.end());
          at = matcher.start();
          break;
        }
      }
    }
    return best;
  }

  private static String latestYear(String text) {
    Matcher year = YEAR.matcher(text);
    String latest = null;
    while (year.find()) {
      latest = latest == null || year.group(1).compareTo(latest) > 0 ? year.group(1) : latest;
    }
    return latest;
  }

  private static String iso(Matcher m, Pattern pattern) {
    try {
      if (pattern == ISO) {
        int year = Integer.parseInt(m.group(1));
        int month = Integer.parseInt(m.group(2));
        return m.group(3) == null
            ? yearMonth(year, month)
            : LocalDate.of(year, month, Integer.parseInt(m.group(3))).toString();
      }
      if (pattern == MONTH_YEAR) {
        Integer month = Months.number(m.group(1));
        return month == null ? null : yearMonth(Integer.parseInt(m.group(2)), month);
      }
      boolean dayFirst = pattern == DAY_MONTH_YEAR;
      Integer month = Months.number(m.group(dayFirst ? 2 : 1));
      int day = Integer.parseInt(m.group(dayFirst ? 1 : 2));
      return month == null
          ? null
          : LocalDate.of(Integer.parseInt(m.group(3)), month, day).toString();
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static String yearMonth(int year, int month) {
    if (month < 1 || month > 12 || year < 1800 || year > 2200) {
      return null;
    }
    return String.format(Locale.ROOT, "%04d-%02d", year, month);
  }
}
