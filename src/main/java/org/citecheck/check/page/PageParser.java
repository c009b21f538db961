package org.citecheck.check.page;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.util.Locale;
import java.util.Set;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import org.citecheck.text.SafeText;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Reads the titles and the first text of an HTML page's first bytes with Jsoup. */
public final class PageParser {

  /** Titles longer than this are cut: no real title is, and the text ends up in every report. */
  public static final int MAX_TITLE = 300;

  private static final int MAX_TEXT = 2000;

  private static final Set<String> PARKING_HOSTS =
      Set.of(
          "sedoparking.com",
          "parkingcrew.net",
          "bodis.com",
          "above.com",
          "parklogic.com",
          "hugedomains.com",
          "afternic.com",
          "dan.com",
          "sedo.com",
          "undeveloped.com",
          "domainmarket.com");

  private PageParser() {}

  public static PageTitles parse(byte[] html, String contentType, String url) {
    Document document;
    try {
      document = Jsoup.parse(new ByteArrayInputStream(html), charset(contentType), url);
    } catch (IOException e) {
      return new PageTitles(null, null, null, "", false);
    }
    Element og = document.selectFirst("meta[property=og:title], meta[name=og:title]");
    Element h1 = document.selectFirst("h1");
    String text = document.body() == null ? "" : document.body().text();
    return new PageTitles(
        tidy(document.title()),
        og == null ? null : tidy(og.attr("content")),
        h1 == null ? null : tidy(h1.text()),
        SafeText.words(text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text),
        loadsFromParkingService(document),
        PageMetadataReader.read(document));
  }

  private static boolean loadsFromParkingService(Document document) {
    for (Element element : document.select("script[src], iframe[src], frame[src]")) {
      HttpUrl source = HttpUrl.parse(element.absUrl("src"));
      if (source != null && isParkingHost(source.host())) {
        return true;
      }
    }
    return false;
  }

  public static boolean isParkingHost(String host) {
    String lower = host.toLowerCase(Locale.ROOT);
    for (String parking : PARKING_HOSTS) {
      if (lower.equals(parking) || lower.endsWith("." + parking)) {
        return true;
      }
    }
    return false;
  }

  private static String tidy(String text) {
    String cleaned = SafeText.words(text, MAX_TITLE);
    return cleaned == null || cleaned.isEmpty() ? null : cleaned;
  }

  /**
   * The charset the Content-Type names when Java knows it; else Jsoup sniffs the BOM and meta tags.
   */
  private static String charset(String contentType) {
    if (contentType == null) {
      return null;
    }
    MediaType type = MediaType.parse(contentType);
    Charset charset = type == null ? null : type.charset(null);
    return charset == null ? null : charset.name();
  }
}
