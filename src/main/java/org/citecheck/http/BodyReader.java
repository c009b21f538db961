package org.citecheck.http;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
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

  /**
   * Stops a read early: once one of the markers (ASCII, any case) has been read, at most {@code
   * after} more bytes are. The cap still bounds the whole read.
   */
  public record Stop(List<String> markers, long after) {

    public Stop {
      markers = markers.stream().map(m -> m.toLowerCase(Locale.ROOT)).toList();
    }

    /** Where the first marker ends in {@code data[0, size)}, scanning from {@code from}, or -1. */
    int endOfMarker(byte[] data, int from, int size) {
      int best = -1;
      for (String marker : markers) {
        byte[] m = marker.getBytes(StandardCharsets.US_ASCII);
        for (int i = Math.max(0, from); i + m.length <= size; i++) {
          if (matches(data, i, m)) {
            if (best == -1 || i + m.length < best) {
              best = i + m.length;
            }
            break;
          }
        }
      }
      return best;
    }

    int longest() {
      return markers.stream().mapToInt(String::length).max().orElse(0);
    }

    private static boolean matches(byte[] data, int at, byte[] marker) {
      for (int j = 0; j < marker.length; j++) {
        byte b = data[at + j];
        if (b >= 'A' && b <= 'Z') {
          b = (byte) (b + ('a' - 'A'));
        }
        if (b != marker[j]) {
          return false;
        }
      }
      return true;
    }
  }

  public static Bytes read(Response response, long maxBytes) {
    return read(response, maxBytes, null);
  }

  /**
   * Reads at most {@code maxBytes}, and with a {@link Stop} only as far past its marker as it says.
   * A read stopped by the marker does not wait for more of the body, so it is complete only when
   * the body happened to end first.
   */
  public static Bytes read(Response response, long maxBytes, Stop stop) {
    BufferedSource body = response.body().source();
    Source decoded =
        "gzip".equalsIgnoreCase(response.header("Content-Encoding")) ? new GzipSource(body) : body;
    Buffer chunk = new Buffer();
    byte[] data = new byte[(int) Math.min(maxBytes, 16 * 1024)];
    int size = 0;
    long limit = maxBytes;
    boolean stopped = false;
    try {
      while (size < limit) {
        long read = decoded.read(chunk, Math.min(8192, limit - size));
        if (read == -1) {
          return new Bytes(Arrays.copyOf(data, size), true, null);
        }
        if (size + read > data.length) {
          data =
              Arrays.copyOf(
                  data, (int) Math.min(maxBytes, Math.max(size + read, 2L * data.length)));
        }
        int from = size;
        chunk.read(data, size, (int) read);
        size += (int) read;
        if (stop != null && !stopped) {
          int end = stop.endOfMarker(data, from - stop.longest() + 1, size);
          if (end >= 0) {
            stopped = true;
            limit = Math.min(maxBytes, end + stop.after());
          }
        }
      }
      if (stopped) {
        return new Bytes(Arrays.copyOf(data, size), false, null);
      }
      // A body of exactly the cap is complete: one more byte tells it from a longer one.
      boolean ended = decoded.read(new Buffer(), 1) == -1;
      return new Bytes(Arrays.copyOf(data, size), ended, null);
    } catch (IOException e) {
      return new Bytes(Arrays.copyOf(data, size), false, e);
    }
  }
}
