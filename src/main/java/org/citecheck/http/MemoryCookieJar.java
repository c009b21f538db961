package org.citecheck.http;

import java.util.ArrayList;
import java.util.List;
import okhttp3.Cookie;
import okhttp3.CookieJar;
import okhttp3.HttpUrl;

/**
 * Keeps the cookies of one URL's check only: many sites redirect to themselves once to set a
 * cookie, which would otherwise look like a redirect loop. Bounded; never shared between URLs;
 * {@link CookieInterceptor} reads and fills it.
 */
public final class MemoryCookieJar implements CookieJar {

  private static final int MAX_COOKIES = 50;

  private final List<Cookie> cookies = new ArrayList<>();

  @Override
  public synchronized void saveFromResponse(HttpUrl url, List<Cookie> received) {
    for (Cookie cookie : received) {
      cookies.removeIf(
          old ->
              old.name().equals(cookie.name())
                  && old.domain().equals(cookie.domain())
                  && old.path().equals(cookie.path()));
      if (cookies.size() < MAX_COOKIES) {
        cookies.add(cookie);
      }
    }
  }

  @Override
  public synchronized List<Cookie> loadForRequest(HttpUrl url) {
    List<Cookie> matching = new ArrayList<>();
    for (Cookie cookie : cookies) {
      if (cookie.matches(url)) {
        matching.add(cookie);
      }
    }
    return matching;
  }

  /** Changes whenever a cookie is added or replaced, so a revisit with new cookies is no loop. */
  public synchronized int version() {
    return cookies.hashCode();
  }
}
