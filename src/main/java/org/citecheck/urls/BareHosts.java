package org.citecheck.urls;

import com.google.common.net.InternetDomainName;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a host-shaped token printed without a scheme or "www." is a URL: its suffix must be a
 * public suffix (the Public Suffix List, through Guava) with a name under it, and then either a
 * path follows ("someindex.org/2019-indicators/") or the name stands where a citation puts its URL
 * (after a comma or a colon, at the end of the citation). A name used as a word in prose
 * ("Example.org is a great resource") is not a URL.
 */
final class BareHosts {

  /** Suffixes that are also common file extensions: "readme.md" alone is a file, not a site. */
  private static final Set<String> FILE_LIKE =
      Set.of(
          "md", "py", "sh", "pl", "rs", "zip", "mov", "doc", "ps", "js", "cs", "so", "ai", "sc",
          "ms", "in");

  /** Words after which a citation gives its URL. */
  private static final Pattern URL_LEAD =
      Pattern.compile(
          "(?iu)(?:^|\\s)(at|see|via|from|on|online|url|website|site|available|unter|sur|en|su)\\s*:?$");

  /** What may follow a URL at the end of a citation: an access date, a bracket. */
  private static final Pattern AFTER =
      Pattern.compile(
          "(?iu)^[.,;)\\]]*(\\s*$|\\s+[(\\[]?(accessed|retrieved|last|viewed|consulted|abgerufen|consulté|\\d))");

  private BareHosts() {}

  static boolean isUrl(String text, int start, int end, String printed) {
    String host = printed.replace("\n", "");
    if (!host.equals(printed)) {
      // broken after a dot: only with a path after it is it surely a host ("ended.\nIn" is not)
      return end < text.length()
          && text.charAt(end) == '/'
          && host.codePoints().anyMatch(Character::isLowerCase)
          && registrable(host);
    }
    if (!host.codePoints().anyMatch(Character::isLowerCase) || !registrable(host)) {
      return false;
    }
    if (end < text.length()
        && (text.charAt(end) == '/'
            || text.charAt(end) == ':'
                && end + 1 < text.length()
                && Character.isDigit(text.charAt(end + 1)))) {
      return true;
    }
    if (!host.equals(host.toLowerCase(Locale.ROOT))) {
      return false;
    }
    String suffix = host.substring(host.lastIndexOf('.') + 1);
    if (FILE_LIKE.contains(suffix)) {
      return false;
    }
    String before = text.substring(0, start).stripTrailing();
    boolean citationPlace =
        before.isEmpty()
            || ",:;(".indexOf(before.charAt(before.length() - 1)) >= 0
            || URL_LEAD.matcher(before).find();
    return citationPlace && AFTER.matcher(text.substring(end)).find();
  }

  /**
   * A name under a public suffix: "someindex.org", "agency.gov.uk"; not "co.uk", not "report.pdf".
   */
  private static boolean registrable(String host) {
    try {
      String ascii = java.net.IDN.toASCII(host, java.net.IDN.ALLOW_UNASSIGNED);
      return InternetDomainName.isValid(ascii)
          && InternetDomainName.from(ascii).isUnderRegistrySuffix();
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
