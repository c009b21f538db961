package org.citecheck.references;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.citecheck.testing.SourceFixture;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each sign KindClassifier weighs, alone and against the sign it must beat. The outlet word lists
 * are left out on purpose: cases here rest on hosts, paths and words that no list tuning changes.
 */
class KindClassifierTest {

  static Stream<Arguments> cases() {
    return Stream.of(
        // platform posts, by host or by the container's name, before anything else
        Arguments.of(
            "a Facebook host",
            web("https://www.facebook.com/x/posts/1"),
            "",
            SourceKind.SOCIAL_POST),
        Arguments.of(
            "a subdomain of a platform",
            web("https://m.youtube.com/watch?v=1"),
            "",
            SourceKind.SOCIAL_POST),
        Arguments.of(
            "a userinfo does not hide the platform",
            web("https://user@t.me/channel/5"),
            "",
            SourceKind.SOCIAL_POST),
        Arguments.of(
            "a look-alike host is no platform",
            web("https://notfacebook.com/a"),
            "",
            SourceKind.WEB_PAGE),
        Arguments.of(
            "a container naming the platform",
            SourceFixture.source().container("Twitter post").build(),
            "",
            SourceKind.SOCIAL_POST),
        Arguments.of(
            "a platform beats a resolution number",
            web("https://twitter.com/un/status/1"),
            "UN Security Council resolution 2334",
            SourceKind.SOCIAL_POST),
        // resolutions and letters, by the note's words
        Arguments.of(
            "a numbered resolution",
            SourceFixture.source().title("Resolution 822").build(),
            "UN Security Council Resolution 822 (1993)",
            SourceKind.RESOLUTION),
        Arguments.of(
            "a UN document symbol",
            SourceFixture.source().build(),
            "UN Doc. S/RES/853",
            SourceKind.RESOLUTION),
        Arguments.of(
            "a letter to someone",
            SourceFixture.source().build(),
            "Letter from the Co-Chairs to the parties",
            SourceKind.LETTER),
        Arguments.of(
            "'letter' inside the title of a web page is no letter",
            web("https://example.org/a")
                .title("A letter to my son")
                .container("Example Blog")
                .build(),
            "A letter to my son, Example Blog, https://example.org/a",
            SourceKind.WEB_PAGE),
        Arguments.of(
            "a newsletter is no letter",
            SourceFixture.source().container("Example newsletter").build(),
            "Example newsletter, June",
            SourceKind.OTHER),
        // reports: an organisation that issues a PDF or a report-like title
        Arguments.of(
            "an organisation's PDF",
            web("https://www.example.org/files/paper.pdf").authors("OSCE").build(),
            "",
            SourceKind.REPORT),
        Arguments.of(
            "a working paper of an institute",
            SourceFixture.source().title("Working Paper 12").container("Example Institute").build(),
            "",
            SourceKind.REPORT),
        Arguments.of(
            "a PDF with a query string",
            web("https://example.org/x.pdf?download=1").authors("UNHCR").build(),
            "",
            SourceKind.REPORT),
        Arguments.of(
            "a report title without an organisation is not enough",
            web("https://example.org/a").title("Annual report").authors("Jane Doe").build(),
            "",
            SourceKind.WEB_PAGE),
        // government bodies, by issuer or host
        Arguments.of(
            "a ministry issues it",
            web("https://example.am/news").container("Ministry of Foreign Affairs").build(),
            "",
            SourceKind.OFFICIAL_DOCUMENT),
        Arguments.of(
            "a .gov host", web("https://www.state.gov/remarks"), "", SourceKind.OFFICIAL_DOCUMENT),
        Arguments.of(
            "a .gov.uk host",
            web("https://www.gov.uk/guidance/x"),
            "",
            SourceKind.OFFICIAL_DOCUMENT),
        Arguments.of(
            "a .gouv.fr host",
            web("https://www.diplomatie.gouv.fr/fr/"),
            "",
            SourceKind.OFFICIAL_DOCUMENT),
        Arguments.of(
            "an EU host",
            web("https://ec.europa.eu/commission/x"),
            "",
            SourceKind.OFFICIAL_DOCUMENT),
        Arguments.of(
            "a host that only contains 'gov' is not one",
            web("https://governance-blog.org/x"),
            "",
            SourceKind.WEB_PAGE),
        Arguments.of(
            "a host with a port is still a .gov host",
            web("https://data.gov:8443/x"),
            "",
            SourceKind.OFFICIAL_DOCUMENT),
        // books, journals, news
        Arguments.of(
            "a place of publication",
            SourceFixture.source().title("Black Garden").place("New York").build(),
            "",
            SourceKind.BOOK),
        Arguments.of(
            "a publisher named in a note without URL",
            SourceFixture.source().title("A Book").build(),
            "Jane Doe, A Book (London: Routledge, 2019)",
            SourceKind.BOOK),
        Arguments.of(
            "a journal's name",
            SourceFixture.source().title("On Wars").container("Journal of Peace Research").build(),
            "",
            SourceKind.JOURNAL_ARTICLE),
        Arguments.of(
            "a DOI with a volume and issue",
            SourceFixture.source()
                .title("On Wars")
                .container("Security Dialogue")
                .doi("10.1177/1")
                .build(),
            "Security Dialogue 51(3)",
            SourceKind.JOURNAL_ARTICLE),
        Arguments.of(
            "a DOI alone",
            SourceFixture.source().title("On Wars").doi("10.1177/1").build(),
            "On Wars",
            SourceKind.JOURNAL_ARTICLE),
        Arguments.of(
            "a dated news path",
            web("https://example-daily.com/2020/11/12/ceasefire"),
            "",
            SourceKind.NEWS_ARTICLE),
        Arguments.of(
            "a /news/ path",
            web("https://example.com/news/world-123"),
            "",
            SourceKind.NEWS_ARTICLE),
        Arguments.of(
            "a year in the path without a month is not a dated path",
            web("https://example.com/2020/report"),
            "",
            SourceKind.WEB_PAGE),
        // the rest
        Arguments.of("any other URL", web("https://example.org/about"), "", SourceKind.WEB_PAGE),
        Arguments.of(
            "a URL that is no http(s) URL is still cited",
            web("ftp://example.org/file"),
            "",
            SourceKind.WEB_PAGE),
        Arguments.of(
            "nothing to go on",
            SourceFixture.source().title("Interview").build(),
            "Interview",
            SourceKind.OTHER));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void classifies(String what, Object source, String text, SourceKind kind) {
    Source built = source instanceof SourceFixture fixture ? fixture.build() : (Source) source;
    assertEquals(kind, KindClassifier.classify(built, text), what);
  }

  private static SourceFixture web(String url) {
    return SourceFixture.source().url(url);
  }
}
