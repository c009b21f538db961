package org.citecheck.cli;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.citecheck.HasId;
import org.citecheck.archive.ArchiveService;
import org.citecheck.audit.model.Severity;
import org.citecheck.bib.BibStyle;
import org.citecheck.report.ReportFormat;
import org.citecheck.verdict.Verdict;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The one converter and completion-candidate list of every option that takes ids ({@link HasId}):
 * it reads an id as {@link HasId#find} does, says an unknown one in {@link HasId#unknown}'s words,
 * and lists the ids for help's {@code ${COMPLETION-CANDIDATES}}. An option names one of the small
 * subclasses below, which say the enum, whether the option takes one value or a list, and which of
 * the words "none" (no value, or the empty list) and "all" (every id) it takes besides the ids.
 * Picocli calls the converter once per comma-separated part and adds every value of a list it
 * returns, so "none" and "all" work inside a list option too.
 */
abstract class IdOption<E extends Enum<E> & HasId>
    implements ITypeConverter<Object>, Iterable<String> {

  static final String NONE = "none";
  static final String ALL = "all";

  private final Class<E> type;
  private final boolean list;
  private final List<String> words;

  IdOption(Class<E> type, boolean list, String... words) {
    this.type = type;
    this.list = list;
    this.words = List.of(words);
  }

  @Override
  public Object convert(String value) {
    String wanted = value.strip().toLowerCase(Locale.ROOT);
    if (words.contains(NONE) && wanted.equals(NONE)) {
      return list ? List.of() : null;
    }
    if (list && words.contains(ALL) && wanted.equals(ALL)) {
      return List.copyOf(EnumSet.allOf(type));
    }
    E found = HasId.find(type, value);
    if (found == null) {
      throw new TypeConversionException(HasId.unknown(type, value, words));
    }
    return found;
  }

  /** The ids, then the other words: what help shows as the option's candidates. */
  @Override
  public Iterator<String> iterator() {
    List<String> candidates = new ArrayList<>(HasId.ids(type));
    candidates.addAll(words);
    return candidates.iterator();
  }

  /** {@code check --fail-on}: verdicts, or none. */
  static final class FailingVerdicts extends IdOption<Verdict> {
    FailingVerdicts() {
      super(Verdict.class, true, NONE);
    }
  }

  /** {@code check --format}: report formats, or all. */
  static final class ReportFormats extends IdOption<ReportFormat> {
    ReportFormats() {
      super(ReportFormat.class, true, ALL);
    }
  }

  /** {@code check --archive}: archive services in the order they are asked, or none. */
  static final class ArchiveServices extends IdOption<ArchiveService> {
    ArchiveServices() {
      super(ArchiveService.class, true, NONE);
    }
  }

  /** {@code audit --fail-on}: a severity, or none (nothing fails). */
  static final class FailingSeverity extends IdOption<Severity> {
    FailingSeverity() {
      super(Severity.class, false, NONE);
    }
  }

  /** {@code audit --min-severity}: a severity. */
  static final class Severities extends IdOption<Severity> {
    Severities() {
      super(Severity.class, false);
    }
  }

  /** {@code bib --style}: a bibliography style. */
  static final class BibStyles extends IdOption<BibStyle> {
    BibStyles() {
      super(BibStyle.class, false);
    }
  }
}
