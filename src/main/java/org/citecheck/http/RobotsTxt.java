package org.citecheck.http;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Reads the {@code Crawl-delay} a site's robots.txt asks of citecheck: the one in the group naming
 * it, else in the {@code *} group. A site without a readable robots.txt asks for none. The delay is
 * capped at 30 s (a site asking for more is paced at 30 s: its URLs would otherwise outlast any
 * run), and the file is read to 500 KB at most, as the large crawlers do.
 */
public final class RobotsTxt {

  static final long MAX_BYTES = 500 * 1024;
  static final Duration MAX_DELAY = Duration.ofSeconds(30);
  private static final Duration FETCH_TIME = Duration.ofSeconds(10);

  private RobotsTxt() {}

  /** The crawl delay for {@code url}'s host, fetched from its robots.txt; zero when none. */
  public static Duration crawlDelay(OkHttpClient client, HttpUrl url, String agent) {
    HttpUrl robots = url.newBuilder().encodedPath("/robots.txt").query(null).fragment(null).build();
    Call call = client.newCall(new Request.Builder().url(robots).build());
    call.timeout().timeout(FETCH_TIME.toMillis(), TimeUnit.MILLISECONDS);
    try (Response response = call.execute()) {
      if (!response.isSuccessful()) {
        return Duration.ZERO;
      }
      byte[] bytes = BodyReader.read(response, MAX_BYTES).bytes();
      return crawlDelay(new String(bytes, StandardCharsets.UTF_8), agent);
    } catch (IOException | RuntimeException e) {
      return Duration.ZERO; // no robots.txt to read is no delay asked for
    }
  }

  /**
   * The crawl delay the text asks of {@code agent}: its own group's, else the {@code *} group's.
   */
  static Duration crawlDelay(String text, String agent) {
    String me = agent.toLowerCase(Locale.ROOT);
    Duration mine = null;
    Duration anyone = null;
    List<String> agents = new ArrayList<>();
    boolean inRules = false;
    for (String raw : text.split("\r\n|\r|\n")) {
      int hash = raw.indexOf('#');
      String line = (hash >= 0 ? raw.substring(0, hash) : raw).trim();
      int colon = line.indexOf(':');
      if (colon < 0) {
        continue;
      }
      String field = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
      String value = line.substring(colon + 1).trim();
      if (field.equals("user-agent")) {
        if (inRules) {
          agents.clear(); // a user-agent line after rules starts a new group
          inRules = false;
        }
        agents.add(value.toLowerCase(Locale.ROOT));
        continue;
      }
      inRules = true;
      if (!field.equals("crawl-delay")) {
        continue;
      }
      Duration delay = seconds(value);
      if (delay == null) {
        continue;
      }
      for (String named : agents) {
        if (named.equals("*")) {
          anyone = anyone == null ? delay : anyone;
        } else if (!named.isEmpty() && me.contains(named)) {
          mine = mine == null ? delay : mine;
        }
      }
    }
    Duration delay = mine != null ? mine : anyone != null ? anyone : Duration.ZERO;
    return delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay;
  }

  private static Duration seconds(String value) {
    try {
      double seconds = Double.parseDouble(value);
      if (Double.isNaN(seconds) || seconds < 0) {
        return null;
      }
      return Duration.ofMillis((long) Math.min(seconds * 1000, MAX_DELAY.toMillis() + 1));
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
