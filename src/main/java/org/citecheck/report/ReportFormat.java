package org.citecheck.report;

import java.util.EnumSet;
import java.util.Set;
import java.util.function.Function;
import org.citecheck.HasId;

/** The report formats {@code check --format} can write: one file each, one formatter each. */
public enum ReportFormat implements HasId {
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

  @Override
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
}
