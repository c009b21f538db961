package org.citecheck.audit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.citecheck.audit.model.AuditContext;
import org.citecheck.audit.model.AuditRule;
import org.citecheck.audit.model.Finding;
import org.citecheck.references.DocumentInfo;
import org.citecheck.references.Note;
import org.citecheck.references.ReferenceSet;
import org.citecheck.references.Source;
import org.citecheck.references.SourceKind;
import org.citecheck.verdict.ArchiveResult;
import org.citecheck.verdict.ArchiveStatus;
import org.citecheck.verdict.DriftResult;
import org.citecheck.verdict.Redirect;
import org.citecheck.verdict.TitleMatch;
import org.citecheck.verdict.UrlResult;
import org.citecheck.verdict.Verdict;
import org.citecheck.verdict.VerificationReport;

/** Builds notes, sources, verification results and contexts by hand, for the rules' unit tests. */
public final class AuditFixture {

  private AuditFixture() {}

  /** A note at line 100 + its number. */
  public static Note note(int number, Source... sources) {
    return new Note(number, false, false, 100 + number, "Text of note " + number + ".", null, List.of(sources));
  }

  public static Note note(int number, boolean inferred, boolean displaced, Source... sources) {
    return new Note(number, inferred, displaced, 100 + number, "Text of note " + number + ".", null,
        List.of(sources));
  }

  public static ReferenceSet references(Note... notes) {
    return dated("2020", notes);
  }

  /** Notes of a document with the given date (null: undated). */
  public static ReferenceSet dated(String date, Note... notes) {
    return new ReferenceSet(new DocumentInfo("A Report", List.of("Jane Doe"), null, "test.txt", null, date),
        List.of(notes));
  }

  /** Notes without body or report. */
  public static AuditContext context(ReferenceSet references) {
    return AuditContext.of(references, null, "test input holds no body", null);
  }

  public static AuditContext withBody(ReferenceSet references, String body) {
    return AuditContext.of(references, body.lines().toList(), null, null);
  }

  public static AuditContext withReport(ReferenceSet references, UrlResult... results) {
    return AuditContext.of(references, null, "test input holds no body", report(false, results));
  }

  public static VerificationReport report(boolean offline, UrlResult... results) {
    return new VerificationReport(1, "2021-03-01T10:00:00Z", "references.json", offline, null,
        Arrays.asList(results));
  }

  /** The rule with this id, from the engine's list. */
  public static AuditRule rule(String id) {
    return Audit.rules().stream().filter(r -> r.id().equals(id)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no rule " + id));
  }

  /** The findings of one rule. */
  public static List<Finding> check(String id, AuditContext context) {
    return rule(id).check(context);
  }

  public static SourceFixture source() {
    return new SourceFixture();
  }

  /** A verification result without redirects, title or archive. */
  public static UrlResult result(int note, int source, String url, Verdict verdict) {
    return new UrlResult(note, source, url, verdict, verdict.id() + " reason", null, 200, null, List.of(), 5,
        null, null, null);
  }

  /** A result that went through redirects (each URL with its status) to {@code finalUrl}. */
  public static UrlResult redirected(int note, int source, String url, Verdict verdict, String finalUrl,
      Redirect... hops) {
    return new UrlResult(note, source, url, verdict, "moved", null, 200, finalUrl, List.of(hops), 5, null, null,
        null);
  }

  public static UrlResult withTitle(UrlResult result, String live) {
    return new UrlResult(result.note(), result.source(), result.url(), result.verdict(), result.reason(),
        result.confirmed(), result.httpStatus(), result.finalUrl(), result.redirects(), result.elapsedMs(),
        new TitleMatch(null, live, null), result.archive(), result.drift());
  }

  public static UrlResult withArchive(UrlResult result, ArchiveResult archive, DriftResult drift) {
    return result.withArchive(archive, drift);
  }

  public static ArchiveResult snapshot(String url, String timestamp) {
    return new ArchiveResult(ArchiveStatus.FOUND, "wayback", url, timestamp, 200, 3L, false, "2020-11-02", null);
  }

  /** A source built field by field; the URL is its own printed form and only candidate unless set. */
  public static final class SourceFixture {
    private SourceKind kind = SourceKind.WEB_PAGE;
    private List<String> authors = List.of();
    private String title;
    private String container;
    private String date;
    private String accessed;
    private String url;
    private String printed;
    private List<String> candidates;
    private String pages;
    private Integer seeNote;
    private Integer seeSource;
    private String crossRef;
    private boolean ambiguous;
    private String text = "";

    public SourceFixture kind(SourceKind value) {
      kind = value;
      return this;
    }

    public SourceFixture authors(String... value) {
      authors = List.of(value);
      return this;
    }

    public SourceFixture title(String value) {
      title = value;
      return this;
    }

    public SourceFixture container(String value) {
      container = value;
      return this;
    }

    public SourceFixture date(String value) {
      date = value;
      return this;
    }

    public SourceFixture accessed(String value) {
      accessed = value;
      return this;
    }

    public SourceFixture url(String value) {
      url = value;
      return this;
    }

    public SourceFixture printed(String value) {
      printed = value;
      return this;
    }

    public SourceFixture candidates(String... value) {
      candidates = List.of(value);
      return this;
    }

    public SourceFixture pages(String value) {
      pages = value;
      return this;
    }

    /** A "cited above (note N)" short form. */
    public SourceFixture citedAbove(Integer note, Integer source) {
      crossRef = "cited-above";
      seeNote = note;
      seeSource = source;
      return this;
    }

    public SourceFixture ibid(Integer note, Integer source, boolean isAmbiguous) {
      crossRef = "ibid";
      seeNote = note;
      seeSource = source;
      ambiguous = isAmbiguous;
      return this;
    }

    public SourceFixture opCit(boolean isAmbiguous) {
      crossRef = "op-cit";
      ambiguous = isAmbiguous;
      return this;
    }

    public SourceFixture text(String value) {
      text = value;
      return this;
    }

    public Source build() {
      List<String> readings = candidates != null ? candidates : url == null ? List.of() : List.of(url);
      List<String> all = new ArrayList<>(readings);
      return new Source(kind, authors, title, false, container, date, accessed, url, printed != null ? printed : url,
          all, pages, seeNote, seeSource, crossRef, ambiguous, null, null, text);
    }
  }
}
