package org.citecheck.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.citecheck.io.AtomicFile;

/**
 * Writes the chosen reports into one folder. This is the one place report files are written: every
 * format is rendered in memory first, so a formatter that fails leaves every existing report as it
 * was; then each file is written atomically, in {@link ReportFormat} order, as UTF-8.
 */
public final class Reports {

  private Reports() {}

  /**
   * Renders and writes the given formats into {@code folder} (created when missing).
   *
   * @return the files written, in order
   * @throws org.citecheck.CitecheckException (output) when a file cannot be written
   */
  public static List<Path> write(Path folder, Set<ReportFormat> formats, ReportContext context) {
    Map<String, Function<ReportContext, String>> formatters = new LinkedHashMap<>();
    for (ReportFormat format : ReportFormat.values()) {
      if (formats.contains(format)) {
        formatters.put(format.fileName(), format::format);
      }
    }
    return write(folder, formatters, context);
  }

  /** Renders every file, then writes them; the seam tests use to make a formatter fail. */
  static List<Path> write(
      Path folder, Map<String, Function<ReportContext, String>> formatters, ReportContext context) {
    Map<Path, String> rendered = new LinkedHashMap<>();
    formatters.forEach(
        (fileName, formatter) -> rendered.put(folder.resolve(fileName), formatter.apply(context)));
    List<Path> written = new ArrayList<>();
    rendered.forEach(
        (path, content) -> {
          AtomicFile.write(path, content);
          written.add(path);
        });
    return written;
  }
}
