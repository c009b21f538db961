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
}
