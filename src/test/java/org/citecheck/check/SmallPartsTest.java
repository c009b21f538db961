package org.citecheck.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import okhttp3.MediaType;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import org.citecheck.check.cache.DeadConfirmation;
import org.citecheck.check.cache.HistoryEntry;
import org.citecheck.http.BodyReader;
import org.citecheck.http.RetryAfter;
import org.citecheck.http.RetryBudget;
import org.citecheck.text.TitleSimilarity;
import org.citecheck.verdict.Verdict;
import org.junit.jupiter.api.Test;

/** The engine's small pure parts. */
class SmallPartsTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-03-02T10:00:00Z"), ZoneOffset.UTC);

  @Test
  void retryAfterReadsSecondsAndDates() {
    assertEquals(Optional.of(Duration.ofSeconds(120)), RetryAfter.parse(" 120 ", CLOCK));
    assertEquals(
        Optional.of(Duration.ofSeconds(30)),
        RetryAfter.parse("Mon, 2 Mar 2026 10:00:30 GMT", CLOCK));
    assertEquals(
        Optional.of(Duration.ZERO), RetryAfter.parse("Sun, 1 Mar 2026 10:00:30 GMT", CLOCK));
    assertEquals(
        Optional.of(Duration.ofDays(365)), RetryAfter.parse("99999999999999999999999", CLOCK));
    assertEquals(Optional.empty(), RetryAfter.parse("soon", CLOCK));
    assertEquals(Optional.empty(), RetryAfter.parse("-5", CLOCK));
    assertEquals(Optional.empty(), RetryAfter.parse(null, CLOCK));
  }

  @Test
  void theRetryBudgetIsAFloorPlusAShareOfRequests() {
    RetryBudget budget = new RetryBudget(2, 0.5);
    assertTrue(budget.tryRetry());
    assertTrue(budget.tryRetry());
    assertFalse(budget.tryRetry());
    budget.recordRequest();
    budget.recordRequest();
    assertTrue(budget.tryRetry());
    assertFalse(budget.tryRetry());
  }

  @Test
  void titleSimilarityIgnoresCaseAccentsPunctuationAndTheSiteName() {
    assertEquals(
        1.0, TitleSimilarity.score("OSCE Minsk Group: Lessons", "osce minsk group — lessons"));
    assertEquals(
        1.0, TitleSimilarity.score("Déclaration de Paris", "Declaration de Paris | Élysée"));
    assertEquals(
        1.0, TitleSimilarity.score("Статья о Карабахе", "Статья о Карабахе - РИА Новости"));
    double partial =
        TitleSimilarity.score("The Karabakh conflict in 2020", "Karabakh conflict 2020 timeline");
    assertTrue(partial > 0.6 && partial < 1.0, "partial " + partial);
    assertTrue(TitleSimilarity.score("Annual report on minorities", "Login") < 0.2);
    assertEquals(0.0, TitleSimilarity.score("", "Anything"));
  }

  @Test
  void titleMatchPicksTheBestLiveTitle() {
    var page =
        new org.citecheck.check.page.PageTitles("Home", "Ceasefire statement", "News", "", false);
    var match = Checker.titleMatch("Ceasefire statement", page);
    assertEquals("Ceasefire statement", match.live());
    assertEquals(1.0, match.similarity());
    assertNull(Checker.titleMatch(null, null));
    assertNull(Checker.titleMatch("Cited", null).similarity());
    assertNull(Checker.titleMatch(null, page).similarity());
  }

  private static HistoryEntry entry(String at, Verdict verdict) {
    return new HistoryEntry(at, verdict);
  }

  @Test
  void deadIsConfirmedByAnUnbrokenRunOfFailuresSpanningADay() {
    assertFalse(DeadConfirmation.confirmed(List.of(entry("2026-03-01T10:00:00Z", Verdict.DEAD))));
    assertFalse(
        DeadConfirmation.confirmed(
            List.of(
                entry("2026-03-01T10:00:00Z", Verdict.DEAD),
                entry("2026-03-02T09:59:59Z", Verdict.DEAD))));
    assertTrue(
        DeadConfirmation.confirmed(
            List.of(
                entry("2026-03-01T10:00:00Z", Verdict.DEAD),
                entry("2026-03-02T10:00:00Z", Verdict.DEAD))));
    assertTrue(
        DeadConfirmation.confirmed(
            List.of(
                entry("2026-02-01T10:00:00Z", Verdict.DEAD),
                entry("2026-02-05T10:00:00Z", Verdict.UNREACHABLE),
                entry("2026-03-02T10:00:00Z", Verdict.DEAD))));
    assertFalse(
        DeadConfirmation.confirmed(
            List.of(
                entry("2026-02-01T10:00:00Z", Verdict.DEAD),
                entry("2026-02-05T10:00:00Z", Verdict.ALIVE),
                entry("2026-03-02T10:00:00Z", Verdict.DEAD))));
    assertFalse(DeadConfirmation.confirmed(List.of()));
  }

  private static Response response(byte[] body, String encoding) {
    Response.Builder builder =
        new Response.Builder()
            .request(new Request.Builder().url("http://example.org/").build())
            .protocol(Protocol.HTTP_1_1)
            .code(200)
            .message("OK")
            .body(
                ResponseBody.create(
                    new Buffer().write(body), MediaType.get("text/html"), body.length));
    if (encoding != null) {
      builder.header("Content-Encoding", encoding);
    }
    return builder.build();
  }

  @Test
  void theBodyReaderStopsAtTheCapCountingDecodedBytes() throws IOException {
    ByteArrayOutputStream compressed = new ByteArrayOutputStream();
    byte[] zeros = new byte[1 << 20];
    Arrays.fill(zeros, (byte) 'a');
    try (GZIPOutputStream gzip = new GZIPOutputStream(compressed)) {
      for (int i = 0; i < 64; i++) {
        gzip.write(zeros);
      }
    }
    byte[] bomb = compressed.toByteArray();
    assertTrue(bomb.length < 200_000, "the test bomb is small: " + bomb.length);
    BodyReader.Bytes read = BodyReader.read(response(bomb, "gzip"), 1 << 20);
    assertEquals(1 << 20, read.bytes().length);
    assertFalse(read.complete());
    assertEquals('a', read.bytes()[12345]);
    BodyReader.Bytes small =
        BodyReader.read(response("<title>x</title>".getBytes(), null), 1 << 20);
    assertTrue(small.complete());
    assertEquals("<title>x</title>", new String(small.bytes()));
  }
}
