package org.citecheck.check;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import okhttp3.Dns;

/**
 * A resolver that knows only the names a test gives it (and IP literals); other names do not
 * resolve.
 */
final class FakeDns implements Dns {

  private final Map<String, List<InetAddress>> names = new ConcurrentHashMap<>();

  FakeDns map(String name, String... addresses) {
    try {
      InetAddress[] resolved = new InetAddress[addresses.length];
      for (int i = 0; i < addresses.length; i++) {
        resolved[i] =
            InetAddress.getByAddress(name, InetAddress.getByName(addresses[i]).getAddress());
      }
      names.put(name, List.of(resolved));
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException(e);
    }
    return this;
  }

  @Override
  public List<InetAddress> lookup(String hostname) throws UnknownHostException {
    List<InetAddress> addresses = names.get(hostname);
    if (addresses == null && hostname.matches("[0-9.]+|.*:.*")) {
      return List.of(
          InetAddress.getByName(hostname)); // a literal, as the system resolver answers it
    }
    if (addresses == null) {
      throw new UnknownHostException(hostname + ": no such name (FakeDns)");
    }
    return addresses;
  }
}
