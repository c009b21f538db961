package org.citecheck.http;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/**
 * Tells public internet addresses from the ones a document's URL must not make the checker call:
 * loopback, private, shared (CGNAT), link-local (cloud metadata at 169.254.169.254 included),
 * multicast, unspecified and reserved addresses, also when embedded in an IPv6 address.
 */
public final class AddressPolicy {

  private static final Pattern DIGITS_AND_DOTS = Pattern.compile("[0-9.]+");

  private AddressPolicy() {}

  public static boolean isPublic(InetAddress address) {
    if (address.isAnyLocalAddress()
        || address.isLoopbackAddress()
        || address.isLinkLocalAddress()
        || address.isSiteLocalAddress()
        || address.isMulticastAddress()) {
      return false;
    }
    byte[] bytes = address.getAddress();
    if (address instanceof Inet4Address) {
      return isPublicV4(bytes);
    }
    if (address instanceof Inet6Address) {
      return isPublicV6(bytes);
    }
    return false;
  }

  private static boolean isPublicV4(byte[] b) {
    int first = b[0] & 0xff;
    int second = b[1] & 0xff;
    if (first == 0 || first == 10 || first == 127 || first >= 224) {
      return false; // "this network", private, loopback, multicast, reserved and broadcast
    }
    if (first == 100 && second >= 64 && second <= 127) {
      return false; // shared address space (carrier-grade NAT)
    }
    if (first == 169 && second == 254) {
      return false; // link-local, including cloud metadata services
    }
    if (first == 172 && second >= 16 && second <= 31) {
      return false;
    }
    if (first == 192 && second == 168) {
      return false;
    }
    return !(first == 192 && second == 0 && (b[2] & 0xff) == 0); // IETF protocol assignments
  }

  private static boolean isPublicV6(byte[] b) {
    int first = b[0] & 0xff;
    if ((first & 0xfe) == 0xfc) {
      return false; // unique local fc00::/7
    }
    if (first == 0x20 && (b[1] & 0xff) == 0x02) {
      return isPublicV4(new byte[] {b[2], b[3], b[4], b[5]}); // 6to4 carries an IPv4 address
    }
    if (isZero(b, 0, 10)
        && ((b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff || isZero(b, 10, 12))) {
      return isPublicV4(new byte[] {b[12], b[13], b[14], b[15]}); // IPv4-mapped or -compatible
    }
    if ((b[0] & 0xff) == 0x00
        && (b[1] & 0xff) == 0x64
        && (b[2] & 0xff) == 0xff
        && (b[3] & 0xff) == 0x9b) {
      return isPublicV4(new byte[] {b[12], b[13], b[14], b[15]}); // NAT64 64:ff9b::/96
    }
    return true;
  }

  private static boolean isZero(byte[] bytes, int from, int to) {
    for (int i = from; i < to; i++) {
      if (bytes[i] != 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * The address a URL's host names without DNS, or null when it is a name. Mirrors OkHttp, which
   * connects to any host made of digits and dots (decimal forms such as 2130706433 included) or
   * holding a colon without asking its {@link okhttp3.Dns}.
   */
  public static InetAddress literal(String host) {
    String bare =
        host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    if (!DIGITS_AND_DOTS.matcher(bare).matches() && !bare.contains(":")) {
      return null;
    }
    try {
      return InetAddress.getByName(bare);
    } catch (UnknownHostException e) {
      return null;
    }
  }
}
