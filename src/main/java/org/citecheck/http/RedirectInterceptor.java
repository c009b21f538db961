package org.citecheck.http;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Follows redirects itself, hop by hop, so that every hop passes the interceptors after it
 * (retries, pacing, headers, cookies) and the redirect policy's URL check, and so that the chain is
 * recorded (in the request's {@link RedirectTrail}, when it carries one) and loops are caught. A
 * revisit after the cookies changed is no loop: many sites redirect to themselves once to set a
 * cookie. The first interceptor of a client whose OkHttp redirect following is off.
 */
public final class RedirectInterceptor implements Interceptor {

  private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);

  private final RedirectPolicy policy;

  public RedirectInterceptor(RedirectPolicy policy) {
    this.policy = policy;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    RedirectTrail tagged = request.tag(RedirectTrail.class);
    RedirectTrail trail = tagged != null ? tagged : new RedirectTrail();
    MemoryCookieJar cookies = request.tag(MemoryCookieJar.class);
    Map<String, Integer> visited = new HashMap<>();
    visited.put(request.url().toString(), version(cookies));
    for (int hops = 1; ; hops++) {
      trail.asked(request.url());
      Response response = chain.proceed(request);
      String location = response.header("Location");
      if (!REDIRECTS.contains(response.code()) || location == null) {
        return response;
      }
      HttpUrl current = request.url();
      trail.redirected(current, response.code());
      response.close();
      HttpUrl next = next(current, location);
      if (hops > policy.maxRedirects()) {
        throw new RedirectException(
            RedirectException.Kind.TOO_MANY,
            next.toString(),
            "more than " + policy.maxRedirects() + " redirects");
      }
      Integer seenWith = visited.put(next.toString(), version(cookies));
      if (seenWith != null && seenWith == version(cookies)) {
        throw new RedirectException(
            RedirectException.Kind.LOOP,
            next.toString(),
            "redirect loop back to " + abbreviate(next.toString()));
      }
      if (policy.targets() != null) {
        UrlPolicy.Decision decision = policy.targets().check(next);
        if (!decision.allowed()) {
          throw new RedirectException(
              RedirectException.Kind.REFUSED_TARGET,
              next.toString(),
              "redirect to " + next.host() + " " + decision.problem());
        }
      }
      request = request.newBuilder().url(next).build();
    }
  }

  private static HttpUrl next(HttpUrl current, String location) throws RedirectException {
    if (location.length() > RedirectPolicy.MAX_LOCATION_LENGTH) {
      throw new RedirectException(
          RedirectException.Kind.BAD_LOCATION,
          current.toString(),
          "a redirect's Location is too long");
    }
    HttpUrl next = current.resolve(location.trim());
    if (next == null) {
      throw new RedirectException(
          RedirectException.Kind.BAD_LOCATION,
          current.toString(),
          "redirect to '" + abbreviate(location) + "', which is not an http(s) URL");
    }
    return next;
  }

  private static int version(MemoryCookieJar cookies) {
    return cookies == null ? 0 : cookies.version();
  }

  private static String abbreviate(String text) {
    return text.length() <= 200 ? text : text.substring(0, 200) + "...";
  }
}
