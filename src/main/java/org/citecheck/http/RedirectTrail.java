package org.citecheck.http;

import java.util.ArrayList;
import java.util.List;
import okhttp3.HttpUrl;

/**
 * Where one call's redirects went, as a request tag that {@link RedirectInterceptor} fills: every
 * hop's URL and status, and the URL asked last. The caller reads it after the call, whether the
 * call answered or failed, so a failure on the third hop still reports the two before it.
 */
public final class RedirectTrail {

  /** One hop: the URL asked and the redirect status it answered. */
  public record Hop(String url, int status) {}

  private final List<Hop> hops = new ArrayList<>();
  private String current;

  public synchronized List<Hop> hops() {
    return List.copyOf(hops);
  }

  /** The URL asked last, or null before the call started. */
  public synchronized String current() {
    return current;
  }

  synchronized void asked(HttpUrl url) {
    current = url.toString();
  }

  synchronized void redirected(HttpUrl from, int status) {
    hops.add(new Hop(from.toString(), status));
  }
}
