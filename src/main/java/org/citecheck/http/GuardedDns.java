package org.citecheck.http;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import okhttp3.Dns;

/** Resolves names with a delegate and refuses a name when any of its addresses is not public. */
public final class GuardedDns implements Dns {

  private final Dns delegate;

  public GuardedDns(Dns delegate) {
    this.delegate = delegate;
  }

  @Override
  public List<InetAddress> lookup(String hostname) throws UnknownHostException {
    List<InetAddress> addresses = delegate.lookup(hostname);
    for (InetAddress address : addresses) {
      if (!AddressPolicy.isPublic(address)) {
        // One bad address refuses the name: a DNS answer mixing public and private is an attack.
        throw new RefusedAddressException(hostname, address.getHostAddress());
      }
    }
    return addresses;
  }
}
