package org.citecheck.http;

import java.io.IOException;
import java.util.List;
import okhttp3.Cookie;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Carries cookies between the requests of one URL's check, in the jar the request carries as a tag,
 * so that a site's cookie-setting redirect to itself is not taken for a loop.
 */
public final class CookieInterceptor implements Interceptor {

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    MemoryCookieJar jar = request.tag(MemoryCookieJar.class);
    if (jar == null) {
      return chain.proceed(request);
    }
    List<Cookie> cookies = jar.loadForRequest(request.url());
    if (!cookies.isEmpty() && request.header("Cookie") == null) {
      StringBuilder header = new StringBuilder();
      for (Cookie cookie : cookies) {
        header
            .append(header.length() == 0 ? "" : "; ")
            .append(cookie.name())
            .append('=')
            .append(cookie.value());
      }
      request = request.newBuilder().header("Cookie", header.toString()).build();
    }
    Response response = chain.proceed(request);
    List<Cookie> received = Cookie.parseAll(request.url(), response.headers());
    if (!received.isEmpty()) {
      jar.saveFromResponse(request.url(), received);
    }
    return response;
  }
}
