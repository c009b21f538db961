package org.citecheck.archive.http;

import java.io.IOException;
import okhttp3.HttpUrl;
import okhttp3.Request;

/**
 * GETs a page and follows its redirects itself, each hop a new call through the client's
 * interceptors (so that the caller's address guard sees every hop), at most {@code maxHops}.
 */
public final class PageFetcher {

  /** Sends one request and reads its answer, bounded. */
  public interface Sender {
    Reply send(Request request, long maxBytes) throws IOException;
  }

  private final Sender sender;
  private final int maxHops;
  private final long maxBytes;

  public PageFetcher(Sender sender, int maxHops, long maxBytes) {
    this.sender = sender;
    this.maxHops = maxHops;
    this.maxBytes = maxBytes;
  }

  public Reply get(String url) throws IOException {
    HttpUrl current = HttpUrl.parse(url);
    for (int hop = 0; current != null; hop++) {
      Reply reply = sender.send(
          new Request.Builder().url(current).header("Accept", "text/html,*/*;q=0.5").get().build(),
          maxBytes);
      String location = reply.header("Location");
      if (reply.code() < 300 || reply.code() >= 400 || location == null) {
        return reply;
      }
      if (hop >= maxHops) {
        throw new IOException("more than " + maxHops + " redirects");
      }
      current = current.resolve(location);
    }
    throw new IOException("not an http(s) URL: " + url);
  }
}
