package org.citecheck.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.citecheck.http.AddressPolicy;
import org.junit.jupiter.api.Test;

class AddressPolicyTest {

  private static boolean isPublic(String literal) throws UnknownHostException {
    return AddressPolicy.isPublic(InetAddress.getByName(literal));
  }

  @Test
  void everyNonPublicRangeIsRefused() throws UnknownHostException {
    for (String address :
        new String[] {
          "127.0.0.1",
          "127.255.0.9",
          "10.0.0.1",
          "172.16.0.1",
          "172.31.255.255",
          "192.168.0.1",
          "169.254.169.254",
          "100.64.0.1",
          "0.0.0.0",
          "0.1.2.3",
          "224.0.0.1",
          "239.255.255.250",
          "255.255.255.255",
          "240.0.0.1",
          "192.0.0.8",
          "::1",
          "::",
          "fe80::1",
          "fc00::1",
          "fd12:3456::1",
          "ff02::1",
          "::ffff:10.0.0.1",
          "::ffff:169.254.169.254",
          "2002:7f00:1::",
          "64:ff9b::a9fe:a9fe"
        }) {
      assertFalse(isPublic(address), address);
    }
  }

  @Test
  void publicAddressesPass() throws UnknownHostException {
    for (String address :
        new String[] {
          "93.184.216.34",
          "8.8.8.8",
          "172.32.0.1",
          "100.128.0.1",
          "203.0.113.10",
          "2606:4700::6810:84e5",
          "2002:5db8:d822::"
        }) {
      assertTrue(isPublic(address), address);
    }
  }

  @Test
  void literalsAreReadWithoutDnsTheWayOkHttpReadsThem() {
    assertEquals("127.0.0.1", AddressPolicy.literal("2130706433").getHostAddress());
    assertEquals("0:0:0:0:0:0:0:1", AddressPolicy.literal("[::1]").getHostAddress());
    assertNull(AddressPolicy.literal("www.osce.org"));
  }
}
