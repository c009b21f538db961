package org.citecheck.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.junit.jupiter.api.Test;

class BodyReaderTest {

  static Response answer(String body) {
    return new Response.Builder()
        .request(new Request.Builder().url("https://example.org/").build())
        .protocol(Protocol.HTTP_1_1)
        .code(200)
        .message("OK")
        .body(ResponseBody.create(body, null))
        .build();
  }

  @Test
  void aBodyOfExactlyTheCapIsCompleteAndOneByteMoreIsNot() {
    BodyReader.Bytes exact = BodyReader.read(answer("abcd"), 4);
    assertTrue(exact.complete());
    assertEquals("abcd", new String(exact.bytes()));

    BodyReader.Bytes longer = BodyReader.read(answer("abcde"), 4);
    assertFalse(longer.complete());
    assertEquals("abcd", new String(longer.bytes()));

    assertTrue(BodyReader.read(answer(""), 4).complete());
  }

  @Test
  void aStopEndsTheReadAfterItsMarkerAndTheBytesAllowedPastIt() {
    String head = "<html><HEAD><title>T</title></Head>";
    String body = "<body>" + "x".repeat(100_000);
    BodyReader.Stop stop = new BodyReader.Stop(java.util.List.of("</head>", "<body"), 1000);
    BodyReader.Bytes read = BodyReader.read(answer(head + body), 1_000_000, stop);
    assertFalse(read.complete());
    assertTrue(read.bytes().length >= head.length() + 1000, "the part past the marker is read");
    assertTrue(read.bytes().length <= head.length() + 1000 + 8192, "and little more");
    assertTrue(new String(read.bytes()).startsWith(head));
  }

  @Test
  void aStopWhoseMarkerNeverComesLeavesTheCapInCharge() {
    BodyReader.Stop stop = new BodyReader.Stop(java.util.List.of("</head>"), 10);
    BodyReader.Bytes read = BodyReader.read(answer("y".repeat(50_000)), 20_000, stop);
    assertEquals(20_000, read.bytes().length);
    assertFalse(read.complete());
    BodyReader.Bytes whole = BodyReader.read(answer("<head></head>short"), 20_000, stop);
    assertTrue(whole.complete(), "a body ending before the stop is complete");
    assertEquals("<head></head>short", new String(whole.bytes()));
  }

  @Test
  void aMarkerSplitAcrossReadsIsFound() {
    String text = "z".repeat(8190) + "</head>" + "w".repeat(50_000);
    BodyReader.Stop stop = new BodyReader.Stop(java.util.List.of("</head>"), 0);
    BodyReader.Bytes read = BodyReader.read(answer(text), 1_000_000, stop);
    assertTrue(
        read.bytes().length < 8190 + 7 + 8192, "stopped near the marker: " + read.bytes().length);
  }
}
