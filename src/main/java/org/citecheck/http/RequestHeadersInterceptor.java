package org.citecheck.http;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Adds browser-like Accept headers and then the user's own headers, which win over the defaults.
 */
public final class RequestHeadersInterceptor implements Interceptor {

  private static final Map<String, String> DEFAULTS =
      Map.of(
          "Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
          "Accept-Language", "en;q=0.9,*;q=0.5");

  private final List<Map.Entry<String, String>> extra;

  public RequestHeadersInterceptor(List<Map.Entry<String, String>> extra) {
    this.extra = List.copyOf(extra);
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request.Builder builder = chain.request().newBuilder();
    DEFAULTS.forEach(builder::header);
    for (Map.Entry<String, String> header : extra) {
      // The body reader decompresses gzip itself with a cap, so a user's Accept-Encoding is safe.
      builder.header(header.getKey(), header.getValue());
    }
    return chain.proceed(builder.build());
  }
}
