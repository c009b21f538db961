package org.citecheck.archive.wayback;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;

/**
 * Where the Wayback Machine's services live. By default the Availability API is on archive.org and
 * everything else on web.archive.org; a base given with --wayback-base replaces both origins and
 * keeps the paths, for mirrors and tests.
 */
public record WaybackEndpoints(String availabilityBase, String webBase) {

  public static final String ARCHIVE_ORG = "https://archive.org";
  public static final String WEB_ARCHIVE_ORG = "https://web.archive.org";

  /** Matches a replay link: /web/&lt;timestamp&gt;[modifier_]/&lt;original&gt;. */
  private static final Pattern REPLAY =
      Pattern.compile("^https?://[^/]+(?:/.*?)?/web/(\\d{4,14})(?:[a-z]{2}_)?/(.+)$");

  public WaybackEndpoints {
    availabilityBase = trimSlash(availabilityBase);
    webBase = trimSlash(webBase);
  }

  public static WaybackEndpoints of(String base) {
    return base == null
        ? new WaybackEndpoints(ARCHIVE_ORG, WEB_ARCHIVE_ORG)
        : new WaybackEndpoints(base, base);
  }

  public HttpUrl availability() {
    return HttpUrl.get(availabilityBase + "/wayback/available");
  }

  public HttpUrl cdx() {
    return HttpUrl.get(webBase + "/cdx/search/cdx");
  }

  public String snapshot(String timestamp, String original) {
    return webBase + "/web/" + timestamp + "/" + original;
  }

  /** The capture's original bytes, without the archive's banner or rewritten links. */
  public String raw(String timestamp, String original) {
    return webBase + "/web/" + timestamp + "id_/" + original;
  }

  public HttpUrl save() {
    return HttpUrl.get(webBase + "/save");
  }

  public String saveAnonymous(String url) {
    return webBase + "/save/" + url;
  }

  public HttpUrl saveStatus(String jobId) {
    return HttpUrl.get(webBase + "/save/status/").newBuilder().addPathSegment(jobId).build();
  }

  /**
   * Rewrites a replay link the services hand out (http://web.archive.org/web/...) onto this
   * archive's https base; null when the link is not a replay link.
   */
  public Replay parseReplay(String link) {
    if (link == null) {
      return null;
    }
    Matcher m = REPLAY.matcher(link.trim());
    if (!m.matches()) {
      return null;
    }
    return new Replay(m.group(1), m.group(2));
  }

  /** A replay link's parts. */
  public record Replay(String timestamp, String original) {}

  /** True when the link is a replay link of the public Wayback Machine or of this base. */
  public boolean isWaybackLink(String link) {
    if (link == null || parseReplay(link) == null) {
      return false;
    }
    HttpUrl url = HttpUrl.parse(link);
    HttpUrl web = HttpUrl.parse(webBase);
    return url != null
        && (url.host().equals("web.archive.org") || (web != null && url.host().equals(web.host())));
  }

  private static String trimSlash(String base) {
    String trimmed = base.strip();
    while (trimmed.endsWith("/")) {
      trimmed = trimmed.substring(0, trimmed.length() - 1);
    }
    return trimmed;
  }
}
