package org.citecheck.audit.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.citecheck.audit.markers.MarkerScan;
import org.citecheck.document.pdf.RaisedNumber;
import org.citecheck.references.ExtractedDocument;
import org.citecheck.references.Note;
import org.citecheck.references.ReferenceSet;
import org.citecheck.verdict.UrlResult;
import org.citecheck.verdict.VerificationReport;

/**
 * What the rules audit: the notes, the body's text when the input was a document, and a
 * verification report when one was given. What several rules need (the markers, the results by
 * source) is computed once, on first use.
 */
public final class AuditContext {

  private final ReferenceSet references;
  private final List<String> body;
  private final String noBody;
  private String unnumbered;
  private final VerificationReport report;
  private final Map<Integer, Note> notes = new HashMap<>();
  private final Map<Note, Integer> positions = new IdentityHashMap<>();
  private final Map<String, UrlResult> results = new HashMap<>();
  private final List<Cited> cited = new ArrayList<>();
  private final List<PrintedNote> printed;
  private final Set<Integer> printedNumbers = new LinkedHashSet<>();
  private final List<RaisedNumber> raised;
  private MarkerScan markers;

  private AuditContext(
      ReferenceSet references,
      List<String> body,
      String noBody,
      VerificationReport report,
      List<PrintedNote> printed,
      List<RaisedNumber> raised) {
    this.references = references;
    this.raised = List.copyOf(raised);
    this.printed = List.copyOf(printed);
    printed.forEach(p -> printedNumbers.add(p.number()));
    this.body = body == null ? null : List.copyOf(body);
    this.noBody = noBody;
    this.report = report;
    for (Note note : references.notes()) {
      notes.putIfAbsent(note.number(), note);
      positions.put(note, positions.size());
      for (int i = 0; i < note.sources().size(); i++) {
        cited.add(new Cited(note, i, note.sources().get(i)));
      }
    }
    if (report != null) {
      for (UrlResult result : report.results()) {
        results.putIfAbsent(result.note() + ":" + result.source(), result);
      }
    }
  }

  /**
   * @param references the notes
   * @param body the body's lines (line {@code i} is line {@code i + 1}), or null when not known
   * @param noBody why there is no body, when {@code body} is null
   * @param report the verification report, or null
   */
  public static AuditContext of(
      ReferenceSet references, List<String> body, String noBody, VerificationReport report) {
    return new AuditContext(
        references,
        body,
        body == null ? noBody : null,
        report,
        PrintedNumbers.of(references.notes()),
        List.of());
  }

  /**
   * The context of a bibliography file's entries (a .bib): no body, and no note numbers of its own
   * (an entry's number is its position), so neither the marker nor the numbering rules apply.
   *
   * @param why what the user is told about the rules that do not run
   */
  public static AuditContext ofEntries(
      ReferenceSet references, String why, VerificationReport report) {
    AuditContext context = of(references, null, why, report);
    context.unnumbered = why;
    return context;
  }

  /**
   * The context of a document's text: its notes, its body, and the note numbers printed in its
   * notes section (see {@link PrintedNumbers}).
   */
  public static AuditContext of(ExtractedDocument extracted, VerificationReport report) {
    ReferenceSet references = extracted.references();
    return new AuditContext(
        references,
        extracted.body(),
        null,
        report,
        PrintedNumbers.of(references.notes(), extracted),
        extracted.document().markers());
  }

  public ReferenceSet references() {
    return references;
  }

  public List<Note> notes() {
    return references.notes();
  }

  /**
   * True when at least one note's number is printed; false for an unnumbered list (an author-date
   * reference list), whose numbers the extraction made up and which has no note markers.
   */
  public boolean numbered() {
    return references.notes().stream().anyMatch(note -> !note.numberInferred());
  }

  /**
   * The note numbers as printed, in document order: each note's, and those extraction read as text
   * of the note before (a second note 14, note 13 after note 14).
   */
  public List<PrintedNote> printed() {
    return printed;
  }

  /** True when the document prints a note with this number. */
  public boolean printed(int number) {
    return printedNumbers.contains(number);
  }

  /** The printed note numbers, each once, in document order. */
  public Set<Integer> printedNumbers() {
    return printedNumbers;
  }

  /** The note with this number (the first, if several share it), or null. */
  public Note note(int number) {
    return notes.get(number);
  }

  /** The note printed just before this one, or null for the first. */
  public Note before(Note note) {
    Integer at = positions.get(note);
    return at == null || at == 0 ? null : references.notes().get(at - 1);
  }

  /** Every source of every note, in document order. */
  public List<Cited> cited() {
    return cited;
  }

  /** The note's line in the document, or null when there is no such note or no line. */
  public Integer lineOf(int number) {
    Note note = notes.get(number);
    return note == null || note.line() <= 0 ? null : note.line();
  }

  /**
   * Why the notes have no numbers to check (they are a bibliography's entries), or null when they
   * have.
   */
  public String unnumbered() {
    return unnumbered;
  }

  /** The body's lines, or null when the input held none (references.json). */
  public List<String> body() {
    return body;
  }

  /** Why there is no body, or null when there is one. */
  public String noBody() {
    return noBody;
  }

  /** The verification report, or null. */
  public VerificationReport report() {
    return report;
  }

  /** The verification result for a source, or null (no report, or no URL checked for it). */
  public UrlResult result(int note, int source) {
    return results.get(note + ":" + source);
  }

  /** Every verification result, in the report's order; empty without a report. */
  public List<UrlResult> results() {
    return report == null ? List.of() : report.results();
  }

  /** The body's note markers, scanned on first use; only for rules that need the body. */
  public MarkerScan markers() {
    if (markers == null) {
      // A PDF's raised numbers are the markers' evidence; plain text leaves only the print to
      // weigh.
      markers = MarkerScan.of(body == null ? List.of() : body, printedNumbers, raised);
    }
    return markers;
  }
}
