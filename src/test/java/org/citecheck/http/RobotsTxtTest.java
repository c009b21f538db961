package org.citecheck.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RobotsTxtTest {

  @Test
  void theGroupNamingCitecheckWinsOverTheCatchAll() {
    String text =
        "User-agent: *\nDisallow: /private\nCrawl-delay: 5\n\n"
            + "User-agent: Googlebot\nUser-agent: citecheck\nCrawl-delay: 1.5 # slower for others\n";
    assertEquals(Duration.ofMillis(1500), RobotsTxt.crawlDelay(text, "citecheck"));
    assertEquals(Duration.ofSeconds(5), RobotsTxt.crawlDelay(text, "otherbot"));
  }

  @Test
  void aUserAgentLineAfterRulesStartsANewGroup() {
    String text = "User-agent: citecheck\nDisallow: /x\nUser-agent: *\nCrawl-delay: 3\n";
    assertEquals(Duration.ofSeconds(3), RobotsTxt.crawlDelay(text, "citecheck"));
  }

  @Test
  void noDelayOrAnUnreadableOneIsNone() {
    assertEquals(Duration.ZERO, RobotsTxt.crawlDelay("User-agent: *\nDisallow: /\n", "citecheck"));
    assertEquals(Duration.ZERO, RobotsTxt.crawlDelay("User-agent: *\nCrawl-delay: soon\n", "x"));
    assertEquals(Duration.ZERO, RobotsTxt.crawlDelay("Crawl-delay: -4\n", "citecheck"));
    assertEquals(Duration.ZERO, RobotsTxt.crawlDelay("", "citecheck"));
  }

  @Test
  void aDelayBeyondTheCapIsCapped() {
    assertEquals(
        RobotsTxt.MAX_DELAY, RobotsTxt.crawlDelay("user-agent: *\r\ncrawl-delay: 3600\r\n", "c"));
    assertEquals(
        RobotsTxt.MAX_DELAY, RobotsTxt.crawlDelay("User-agent: *\nCrawl-delay: Infinity\n", "c"));
  }
}
