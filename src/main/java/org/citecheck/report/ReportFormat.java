package org.citecheck.report;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.citecheck.CitecheckException;

/** The report formats {@code check --format} can write: one file each, one formatter each. */
public enum ReportFormat {
  JSON("json", "verification.json", JsonReport::format),
  MD("md", "verification.md", MarkdownReport::format),
  HTML("html", "verification.html", HtmlReport::format),
  JUNIT("junit", "junit.xml", JUnitReport::format),
  SARIF("sarif", "verification.sarif", SarifReport::format),
  NOTES("notes", "notes.annotated.md", AnnotatedNotes::format);

  /** What {@code --format} writes when not given. */
  public static final Set<ReportFormat> DEFAULTS = EnumSet.of(JSON, MD, HTML);

  private final String id;
  private final String fileName;
  private final Function<ReportContext, String> formatter;

  ReportFormat(String id, String fileName, Function<ReportContext, String> formatter) {
    this.id = id;
    this.fileName = fileName;
    this.formatter = formatter;
  }

  public String id() {
    return id;
  }

  public String fileName() {
    return fileName;
  }

  /** Renders this format's file content; a pure function of the context. */
  public String format(ReportContext context) {
    return formatter.apply(context);
  }

  /**
   * Parses a comma-separated list of format ids ("json,md,html"), or "all".
   *
   * @throws CitecheckException (usage) naming the unknown id and the known ones
   */
  public static Set<ReportFormat> parseList(String list) {
    Set<ReportFormat> formats = EnumSet.noneOf(ReportFormat.class);
    for (String part : list.split(",", -1)) {
      String wanted = part.trim().toLowerCase(Locale.ROOT);
      if (wanted.equals("all")) {
        formats.addAll(EnumSet.allOf(ReportFormat.class));
      } else {
        formats.add(fromId(wanted, part));
      }
    }
    return formats;
  }

  private static ReportFormat fromId(String wanted, String given) {
    for (ReportFormat format : values()) {
      if (format.id.equals(wanted)) {
        return format;
      }
    }
    throw new CitecheckException(
        CitecheckException.Kind.USAGE,
        "unknown report format '" + given.trim() + "' (expected one of " + allIds() + ", or all)");
  }

  public static String allIds() {
    StringBuilder ids = new StringBuilder();
    for (ReportFormat format : values()) {
      ids.append(ids.length() > 0 ? ", " : "").append(format.id);
    }
    return ids.toString();
  }
}
