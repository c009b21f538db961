package org.citecheck.http;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;

/** Names the checker in every request's User-Agent, so site owners can tell who is calling. */
public final class UserAgentInterceptor implements Interceptor {

  private final String userAgent;

  public UserAgentInterceptor(String userAgent) {
    this.userAgent = userAgent;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    return chain.proceed(chain.request().newBuilder().header("User-Agent", userAgent).build());
  }
}
