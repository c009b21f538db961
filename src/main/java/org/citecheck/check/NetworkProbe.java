package org.citecheck.check;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Asks whether the checker itself can reach the internet, by fetching a well-known URL (by default
 * the web archive, which later stages need anyway): any HTTP answer means yes.
 */
final class NetworkProbe {

  private final OkHttpClient client;
  private final String url;

  NetworkProbe(OkHttpClient client, String url) {
    this.client = client;
    this.url = url;
  }

  boolean reachable() {
    Request request;
    try {
      request = new Request.Builder().url(url).head().build();
    } catch (IllegalArgumentException e) {
      return false;
    }
    Call call = client.newCall(request);
    call.timeout().timeout(15, TimeUnit.SECONDS);
    try (Response response = call.execute()) {
      return response.code() > 0; // any answer at all means the network works
    } catch (IOException e) {
      return false;
    }
  }

  String url() {
    return url;
  }
}
