package org.citecheck.http;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import okhttp3.Connection;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Refuses to send a request over a direct connection whose remote address is not public, however
 * that address was reached: the last line behind the DNS guard and the URL policy.
 */
public final class ConnectedAddressInterceptor implements Interceptor {

  @Override
  public Response intercept(Chain chain) throws IOException {
    Connection connection = chain.connection();
    if (connection != null && connection.route().proxy().type() == Proxy.Type.DIRECT) {
      InetSocketAddress remote = connection.route().socketAddress();
      if (remote.getAddress() != null && !AddressPolicy.isPublic(remote.getAddress())) {
        throw new RefusedAddressException(
            chain.request().url().host(), remote.getAddress().getHostAddress());
      }
    }
    return chain.proceed(chain.request());
  }
}
