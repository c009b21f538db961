package org.citecheck.http;

import java.io.IOException;
import okhttp3.Response;
import okio.Buffer;
import okio.BufferedSource;
import okio.GzipSource;
import okio.Source;

/**
 * Reads the start of a response body, never more than a cap of decoded bytes: the one capped reader
 * for cited pages and archive answers alike. OkHttp decodes gzip only when it asked for it itself
 * and then drops the Content-Encoding header; when the header is still there (a user's own
 * Accept-Encoding, or a server that compresses unasked) the body is decoded here, and in both cases
 * the cap counts decoded bytes, so a gzip bomb costs at most the cap.
 */
public final class BodyReader {

  private BodyReader() {}

  /**
   * The bytes read.
   *
   * @param complete true when the body ended within the cap
   * @param failure why reading stopped early (a stall past the deadline, a reset), or null
   */
  public record Bytes(byte[] bytes, boolean complete, IOException failure) {}

  public static Bytes read(Response response, long maxBytes) {
    BufferedSource body = response.body().source();
    Source decoded =
        "gzip".equalsIgnoreCase(response.header("Content-Encoding")) ? new GzipSource(body) : body;
    Buffer buffer = new Buffer();
    long total = 0;
    try {
      while (total < maxBytes) {
        long read = decoded.read(buffer, Math.min(8192, maxBytes - total));
        if (read == -1) {
          return new Bytes(buffer.readByteArray(), true, null);
        }
        total += read;
      }
      // A body of exactly the cap is complete: one more byte tells it from a longer one.
      boolean ended = decoded.read(new Buffer(), 1) == -1;
      return new Bytes(buffer.readByteArray(), ended, null);
    } catch (IOException e) {
      return new Bytes(buffer.readByteArray(), false, e);
    }
  }
}
