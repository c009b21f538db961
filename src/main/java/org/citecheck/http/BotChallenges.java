package org.citecheck.http;

import java.util.Locale;
import okhttp3.Headers;

/** Recognises the headers bot-protection services send with a challenge instead of the page. */
public final class BotChallenges {

  private BotChallenges() {}

  public static boolean isChallenge(Headers headers) {
    String cloudflare = headers.get("cf-mitigated");
    if (cloudflare != null && cloudflare.toLowerCase(Locale.ROOT).contains("challenge")) {
      return true;
    }
    String aws = headers.get("x-amzn-waf-action");
    return aws != null && (aws.equalsIgnoreCase("challenge") || aws.equalsIgnoreCase("captcha"));
  }
}
