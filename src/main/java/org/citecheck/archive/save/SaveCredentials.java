package org.citecheck.archive.save;

import java.util.Map;

/**
 * An Internet Archive S3-style key pair for Save Page Now 2. Read from the environment, never from
 * the command line (where it would show in process lists and CI logs); never printed.
 */
public record SaveCredentials(String accessKey, String secret) {

  public static final String ACCESS_KEY_VARIABLE = "CITECHECK_IA_ACCESS_KEY";
  public static final String SECRET_VARIABLE = "CITECHECK_IA_SECRET_KEY";

  /** The pair when both variables are set and not blank; null otherwise (anonymous saving). */
  public static SaveCredentials fromEnvironment(Map<String, String> environment) {
    String key = environment.get(ACCESS_KEY_VARIABLE);
    String secret = environment.get(SECRET_VARIABLE);
    if (key == null || key.isBlank() || secret == null || secret.isBlank()) {
      return null;
    }
    return new SaveCredentials(key.strip(), secret.strip());
  }

  /** The Authorization header value SPN2 expects. */
  public String authorization() {
    return "LOW " + accessKey + ":" + secret;
  }

  @Override
  public String toString() {
    return "SaveCredentials[accessKey=***, secret=***]";
  }
}
