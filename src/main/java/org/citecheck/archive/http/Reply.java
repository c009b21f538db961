package org.citecheck.archive.http;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.citecheck.http.BodyReader;

/**
 * An archive's answer, read whole but never past a byte cap.
 *
 * @param code the HTTP status
 * @param headers the response headers
 * @param body at most the cap's worth of (decompressed) bytes
 * @param truncated true when the body was longer than the cap
 * @param url the URL that answered
 */
public record Reply(int code, Headers headers, byte[] body, boolean truncated, String url) {

  /** Reads the answer with the shared capped reader; a body that stops arriving is an error. */
  public static Reply read(Response response, long maxBytes) throws IOException {
    BodyReader.Bytes read = BodyReader.read(response, maxBytes);
    if (read.failure() != null) {
      throw read.failure();
    }
    return new Reply(
        response.code(),
        response.headers(),
        read.bytes(),
        !read.complete(),
        response.request().url().toString());
  }

  /** A GET for a page, HTML preferred; an IOException when the URL is not an http(s) URL. */
  public static Request pageRequest(String url) throws IOException {
    HttpUrl parsed = HttpUrl.parse(url);
    if (parsed == null) {
      throw new IOException("not an http(s) URL: " + url);
    }
    return new Request.Builder().url(parsed).header("Accept", "text/html,*/*;q=0.5").get().build();
  }

  /** GETs a page with the caller's client (which follows redirects) and reads it, bounded. */
  public static Reply get(OkHttpClient client, String url, long maxBytes) throws IOException {
    try (Response response = client.newCall(pageRequest(url)).execute()) {
      return read(response, maxBytes);
    }
  }

  public boolean successful() {
    return code >= 200 && code < 300;
  }

  public String header(String name) {
    return headers.get(name);
  }

  public String mediaType() {
    String type = headers.get("Content-Type");
    MediaType parsed = type == null ? null : MediaType.parse(type);
    return parsed == null ? "" : parsed.type() + "/" + parsed.subtype();
  }

  /** The charset the Content-Type header declares, or null. */
  public Charset charset() {
    String type = headers.get("Content-Type");
    MediaType parsed = type == null ? null : MediaType.parse(type);
    return parsed == null ? null : parsed.charset(null);
  }

  /** The body as text in its declared charset, UTF-8 when none is declared. */
  public String text() {
    Charset charset = charset();
    return new String(body, charset == null ? StandardCharsets.UTF_8 : charset);
  }
}
