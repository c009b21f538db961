package org.citecheck.http;

import java.net.UnknownHostException;

/**
 * A host that resolved to an address the checker must not call. It extends UnknownHostException
 * only because that is all a {@link okhttp3.Dns} may throw; callers test for it first.
 */
public final class RefusedAddressException extends UnknownHostException {

  private final String host;
  private final String address;

  public RefusedAddressException(String host, String address) {
    super(host + " resolves to the non-public address " + address);
    this.host = host;
    this.address = address;
  }

  public String host() {
    return host;
  }

  public String address() {
    return address;
  }
}
