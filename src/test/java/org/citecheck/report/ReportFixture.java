package org.citecheck.report;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.citecheck.references.DocumentInfo;
import org.citecheck.references.Note;
import org.citecheck.references.ReferenceSet;
import org.citecheck.references.Source;
import org.citecheck.testing.ArchiveResultFixture;
import org.citecheck.testing.SourceFixture;
import org.citecheck.testing.UrlResultFixture;
import org.citecheck.verdict.ArchiveResult;
import org.citecheck.verdict.ArchiveStatus;
import org.citecheck.verdict.DriftResult;
import org.citecheck.verdict.DriftVerdict;
import org.citecheck.verdict.Redirect;
import org.citecheck.verdict.TitleMatch;
import org.citecheck.verdict.UrlResult;
import org.citecheck.verdict.Verdict;
import org.citecheck.verdict.VerificationReport;

/**
 * A hand-built run that every report test reads: every verdict, archive found, none, error and
 * skipped, content drift, a repaired URL, and hostile strings in every field that reaches a report
 * (markup, quotes, pipes, Markdown syntax, control characters, bidi overrides, right-to-left text,
 * a very long URL, a javascript: URL).
 */
final class ReportFixture {

  static final String GENERATED_AT = "2024-05-01T12:00:00Z";
  static final Path DOCUMENT = Path.of("docs/report 2020.txt");
  static final String HOSTILE_REASON =
      "404 \u0000\u0007\u001b[31mNot Found\u202E gnp.exe"
          + "</script><script>alert(1)</script> ]]> \u2028next line | pipe `tick` $x$ @octocat \uFFFF";
  static final String RTL_TITLE = "تقرير: الحرب في ناغورني كاراباخ";
  static final String LONG_URL =
      "https://www.washingtonpost.com/world/path_(x)|y?q=\"a\"&b='c'&long=" + "x".repeat(2400);
  static final String JAVASCRIPT_URL = "javascript:alert(document.cookie)";
  static final String ARCHIVE = "https://web.archive.org/web/";

  /** Where each report format's golden file is, as the fixture renders it. */
  static final Path GOLDEN = Path.of("src/test/resources/org/citecheck/report/golden");

  private ReportFixture() {}

  /** A run that started from the document (SARIF points at note lines). */
  static ReportContext context() {
    return new ReportContext(
        report(DOCUMENT.toString()),
        references(),
        DOCUMENT,
        EnumSet.of(Verdict.DEAD, Verdict.SOFT_404),
        "test");
  }

  /** The same run started from references.json (SARIF uses logical locations). */
  static ReportContext referencesContext() {
    return new ReportContext(
        report("references.json"),
        references(),
        null,
        EnumSet.of(Verdict.DEAD, Verdict.SOFT_404),
        "test");
  }

  static VerificationReport report(String input) {
    List<UrlResult> results =
        List.of(
            UrlResultFixture.result(
                    4,
                    0,
                    "https://mirrorspectator.com/2020/11/02/why-negotiations-failed/",
                    Verdict.ALIVE)
                .reason("200 OK")
                .status(200)
                .elapsedMs(412)
                .title(
                    new TitleMatch(
                        "Why Negotiations Failed",
                        "Why negotiations failed | The Armenian Mirror-Spectator",
                        0.82))
                .archive(
                    found(
                        "20201102093000",
                        "https://mirrorspectator.com/2020/11/02/why-negotiations-failed/",
                        false))
                .drift(
                    new DriftResult(
                        DriftVerdict.CHANGED,
                        Map.of("jaccard", 0.31, "simhash", 0.42),
                        "the live text shares 31% of its shingles"))
                .build(),
            UrlResultFixture.result(
                    5,
                    0,
                    "https://www.ipinst.org/wp-content/uploads/2016/05/1605-Chained-to-the-Caucasus.pdf",
                    Verdict.DEAD)
                .reason("404 Not Found")
                .confirmed(true)
                .status(404)
                .elapsedMs(230)
                .archive(
                    found(
                        "20160601000000",
                        "https://www.ipinst.org/wp-content/uploads/2016/05/1605-Chained-to-the-Caucasus.pdf",
                        false))
                .build(),
            UrlResultFixture.result(
                    6,
                    0,
                    "https://www.primeminister.am/en/statements-and-messages/item/2020/11/12/Nikol-Pashinyan-Speech/",
                    Verdict.SOFT_404)
                .reason("redirected to the site's home page")
                .status(200)
                .finalUrl("https://www.primeminister.am/en/")
                .redirects(
                    new Redirect(
                        "https://www.primeminister.am/en/statements-and-messages/item/2020/11/12/Nikol-Pashinyan-Speech/",
                        302))
                .elapsedMs(655)
                .title(
                    new TitleMatch(
                        "PM *addresses* the _nation_ [link](javascript:alert(1))", "Home", 0.05))
                .archive(
                    ArchiveResultFixture.archive(ArchiveStatus.NONE)
                        .service("wayback")
                        .citeDate("2020-11-12")
                        .reason("no capture between 2020 and 2024")
                        .build())
                .build(),
            UrlResultFixture.result(
                    8,
                    0,
                    "https://tass.ru/mezhdunarodnaya-panorama/10023751?noredir=true",
                    Verdict.REDIRECTED)
                .reason("moved permanently (301)")
                .status(200)
                .finalUrl("https://tass.com/politics/1223451")
                .redirects(
                    new Redirect(
                        "https://tass.ru/mezhdunarodnaya-panorama/10023751?noredir=true", 301))
                .elapsedMs(380)
                .title(
                    new TitleMatch(
                        "Алиев исключил любой особый статус Нагорного Карабаха",
                        "Aliyev rules out special status",
                        0.12))
                .archive(ArchiveResult.skipped("archives were not asked for redirected links"))
                .build(),
            UrlResultFixture.result(
                    9,
                    0,
                    "https://www.facebook.com/PresidentIlhamAliyev/photos/a.10151996474470315/10164122626875315/",
                    Verdict.BLOCKED)
                .reason("403 Forbidden (cf-mitigated: challenge)")
                .status(403)
                .elapsedMs(120)
                .archive(
                    ArchiveResultFixture.archive(ArchiveStatus.ERROR)
                        .service("wayback")
                        .citeDate("2020-11-08")
                        .reason("HTTP 429 from the archive")
                        .build())
                .build(),
            UrlResultFixture.result(
                    9,
                    1,
                    "https://meduza.io/feature/2020/11/19/posle-karabahskogo-konflikta",
                    Verdict.UNREACHABLE)
                .reason("timed out after 30 s (3 tries)")
                .elapsedMs(30_000)
                .archive(
                    found(
                        "20201120081500",
                        "https://meduza.io/feature/2020/11/19/posle-karabahskogo-konflikta",
                        true))
                .build(),
            UrlResultFixture.result(10, 0, JAVASCRIPT_URL, Verdict.INVALID)
                .reason("scheme javascript is not http(s)")
                .build(),
            UrlResultFixture.result(11, 0, LONG_URL, Verdict.DEAD)
                .reason(HOSTILE_REASON)
                .confirmed(false)
                .status(404)
                .elapsedMs(98)
                .title(new TitleMatch(RTL_TITLE, null, null))
                .archive(
                    ArchiveResultFixture.archive(ArchiveStatus.NONE)
                        .service("wayback")
                        .citeDate("2020-10-14")
                        .build())
                .build(),
            UrlResultFixture.result(
                    12, 0, "https://regnum.ru/news/polit/3089582.html", Verdict.OFFLINE)
                .reason("no network: every host failed at DNS")
                .elapsedMs(5)
                .build(),
            UrlResultFixture.result(
                    12,
                    1,
                    "https://www.mid.ru/ru/press_service/minister_speeches/-/asset_publisher/7OvQR5KJWVmR/content/id/4381977",
                    Verdict.SKIPPED)
                .reason("excluded by --exclude mid\\.ru")
                .build());
    return new VerificationReport(
        VerificationReport.SCHEMA_VERSION, GENERATED_AT, input, false, null, results);
  }

  static ReferenceSet references() {
    DocumentInfo document =
        new DocumentInfo(
            "The Karabakh conflict <b>after</b> 2020 & \"beyond\"",
            List.of("Philip Remler"),
            "10.0000/example",
            DOCUMENT.toString(),
            null,
            "2020-12");
    List<Note> notes =
        List.of(
            note(
                1,
                178,
                "The authors wish to thank <script>alert('x')</script> & \"friends\" | all *reviewers*.",
                List.of()),
            note(
                4,
                183,
                "Jirair Libaridian, Why Negotiations Failed, Armenian Mirror-Spectator, 2 November 2020, at: "
                    + "https://mirrorspectator.com/2020/11/02/why-negotiations-failed/.",
                List.of(
                    web(
                        "Why Negotiations Failed",
                        "https://mirrorspectator.com/2020/11/02/why-negotiations-failed/",
                        null))),
            note(
                5,
                184,
                "See, e.g., Philip Remler, Chained to the Caucasus, IPI, 2016, at: "
                    + "https://www.ipinst.org/wp-content/uploads/2016/05/1605-Chained-to-the-Caucasus.pdf.",
                List.of(
                    web(
                        "Chained to the Caucasus",
                        "https://www.ipinst.org/wp-content/uploads/2016/05/1605-Chained-to-the-Caucasus.pdf",
                        "https://www.ipin st.org/wp-content/uploads/2016/05/1605 -Chained-to-the-Caucasus.pdf"))),
            note(
                6,
                186,
                "\"PM *addresses* the _nation_ [link](javascript:alert(1))\", Office to the Prime Minister, 12 November 2020, at: "
                    + "https://www.primeminister.am/en/statements-and-messages/item/2020/11/12/Nikol-Pashinyan-Speech/.",
                List.of(
                    web(
                        "PM *addresses* the _nation_ [link](javascript:alert(1))",
                        "https://www.primeminister.am/en/statements-and-messages/item/2020/11/12/Nikol-Pashinyan-Speech/",
                        "https://www.primeminister.am/en/statements-and-mes sages/item/2020/11/12/Nikol-Pashinyan-Speech/"))),
            note(
                8,
                188,
                "\"Алиев исключил любой особый статус Нагорного Карабаха\" (TR), TASS, 17 November 2020, at: "
                    + "https://tass.ru/mezhdunarodnaya-panorama/10023751?noredir=true.",
                List.of(
                    web(
                        "Алиев исключил любой особый статус Нагорного Карабаха",
                        "https://tass.ru/mezhdunarodnaya-panorama/10023751?noredir=true",
                        null))),
            note(
                9,
                189,
                "Ilham Aliyev, Facebook post, 8 November 2020, at: "
                    + "https://www.facebook.com/PresidentIlhamAliyev/photos/a.10151996474470315/10164122626875315/; "
                    + "Meduza, 19 November 2020.",
                List.of(
                    web(
                        null,
                        "https://www.facebook.com/PresidentIlhamAliyev/photos/a.10151996474470315/10164122626875315/",
                        null),
                    web(
                        "After the Karabakh conflict",
                        "https://meduza.io/feature/2020/11/19/posle-karabahskogo-konflikta",
                        null))),
            note(
                10,
                190,
                "\"Erdoğan: Time to resolve\" <img src=x onerror=alert(1)>, at: javascript:alert(document.cookie).",
                List.of(
                    web(
                        "Erdoğan: Time to resolve <img src=x onerror=alert(1)>",
                        JAVASCRIPT_URL,
                        null))),
            note(
                11,
                193,
                RTL_TITLE
                    + ", Washington Post, \u202Eevil\u202C 14 October 2020, at: "
                    + LONG_URL
                    + ".",
                List.of(web(RTL_TITLE, LONG_URL, null))),
            note(
                12,
                194,
                "\"Lavrov called for Russian peacekeepers\" (TR), Regnum.ru, at: https://regnum.ru/news/polit/3089582.html; "
                    + "Ministry of Foreign Affairs, at: https://www.mid.ru/ru/press_service/minister_speeches/-/asset_publisher/7OvQR5KJWVmR/content/id/4381977.",
                List.of(
                    web(
                        "Lavrov called for Russian peacekeepers",
                        "https://regnum.ru/news/polit/3089582.html",
                        null),
                    web(
                        null,
                        "https://www.mid.ru/ru/press_service/minister_speeches/-/asset_publisher/7OvQR5KJWVmR/content/id/4381977",
                        null))));
    return new ReferenceSet(document, notes);
  }

  static ArchiveResult found(String timestamp, String original, boolean saved) {
    return ArchiveResultFixture.archive(ArchiveStatus.FOUND)
        .service("wayback")
        .url(ARCHIVE + timestamp + "/" + original)
        .timestamp(timestamp)
        .captureStatus(200)
        .distanceDays(3L)
        .saved(saved)
        .citeDate("2020-11-01")
        .build();
  }

  static Note note(int number, int line, String text, List<Source> sources) {
    return new Note(number, false, false, line, text, null, sources);
  }

  static Source web(String title, String url, String printed) {
    return SourceFixture.source()
        .title(title)
        .date("2020-11")
        .url(url)
        .printed(printed)
        .text(null)
        .build();
  }
}
