package org.citecheck.urls;

import com.google.common.net.InternetDomainName;
import java.net.IDN;
import org.citecheck.text.WebUrl;

/**
 * Whether a reading's host could be real: a reading that cuts a host short ("https://www.ipin" when
 * the text goes on "st.org/...") is not a plausible URL and is not offered as a candidate.
 */
final class HostCheck {

  private HostCheck() {}

  /** True when the URL's host ends in a plausible top-level domain or is an IP address. */
  static boolean plausible(String url) {
    String host = host(url);
    if (host.isEmpty()) {
      return false;
    }
    if (host.matches("\\d{1,3}(\\.\\d{1,3}){3}") || host.startsWith("[")) {
      return true;
    }
    int dot = host.lastIndexOf('.');
    if (dot <= 0 || dot == host.length() - 1) {
      return host.equals("localhost");
    }
    // The Public Suffix List (through Guava, as BareHosts uses it) knows every real top-level
    // domain, where a hand-kept list only knew the ones citations had shown so far.
    try {
      String ascii = IDN.toASCII(host, IDN.ALLOW_UNASSIGNED);
      return InternetDomainName.isValid(ascii) && InternetDomainName.from(ascii).hasPublicSuffix();
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** True when the URL has gone past its host: a path, a query or a fragment has started. */
  static boolean hasPath(String url) {
    int scheme = url.indexOf("://");
    int start = scheme < 0 ? 0 : scheme + 3;
    for (int i = start; i < url.length(); i++) {
      if ("/?#".indexOf(url.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * The host of a reading, scheme or not: a reading being built may lack its scheme
   * ("someindex.org/x") or have one that is not fetched (ftp), and its host is judged all the same.
   */
  static String host(String url) {
    int scheme = url.indexOf("://");
    WebUrl parsed = WebUrl.parse("http://" + (scheme < 0 ? url : url.substring(scheme + 3)));
    return parsed == null ? "" : parsed.host();
  }
}
