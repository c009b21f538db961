package org.citecheck.scholarly.service;

/**
 * What a metadata service answered, or why it did not.
 *
 * @param status the HTTP status, 0 when no answer came
 * @param body the answer's text (UTF-8 unless declared otherwise), capped; "" without one
 * @param url the URL that answered, after redirects
 * @param problem why no answer came (connection refused, the service stopped), or null
 * @param network true when no answer came because the network failed (not the service refusing)
 */
public record Answer(int status, String body, String url, String problem, boolean network) {

  public static Answer failed(String problem, boolean network) {
    return new Answer(0, "", null, problem, network);
  }

  public boolean ok() {
    return status >= 200 && status < 300;
  }

  public boolean answered() {
    return status > 0;
  }
}
