package org.citecheck.check.http;

import java.util.List;
import okhttp3.Headers;
import org.citecheck.http.BodyReader;
import org.citecheck.verdict.Failure;
import org.citecheck.verdict.Redirect;

/**
 * What fetching one URL produced: either a final HTTP answer or a failure, plus the redirect chain.
 *
 * @param finalUrl the last URL asked
 * @param redirects the hops before it, in order
 * @param status the final HTTP status, or null after a failure
 * @param headers the final answer's headers (empty after a failure)
 * @param body the start of the final answer's body when it was read, or null
 * @param method the method of the final request
 * @param failure why there is no answer, or null
 * @param detail a short technical explanation of the failure, or a note on how the answer was got
 */
public record Fetch(
    String finalUrl,
    List<Redirect> redirects,
    Integer status,
    Headers headers,
    BodyReader.Bytes body,
    String method,
    Failure failure,
    String detail) {

  public Fetch {
    redirects = List.copyOf(redirects);
    headers = headers == null ? Headers.of() : headers;
  }

  static Fetch answer(
      String url,
      List<Redirect> redirects,
      int status,
      Headers headers,
      BodyReader.Bytes body,
      String method) {
    return new Fetch(url, redirects, status, headers, body, method, null, null);
  }

  static Fetch failed(
      String url, List<Redirect> redirects, String method, Failure failure, String detail) {
    return new Fetch(url, redirects, null, null, null, method, failure, detail);
  }

  public Fetch withDetail(String note) {
    return new Fetch(finalUrl, redirects, status, headers, body, method, failure, note);
  }

  Fetch withDetailIfAbsent(String note) {
    return detail == null ? withDetail(note) : this;
  }

  public boolean succeeded() {
    return status != null && status >= 200 && status < 300;
  }

  public String contentType() {
    return headers.get("Content-Type");
  }
}
