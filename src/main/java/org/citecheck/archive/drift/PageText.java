package org.citecheck.archive.drift;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A page's title and main text, with the parts that change without the content changing dropped:
 * navigation, header, footer, asides, scripts, styles, forms, and cookie or consent banners.
 *
 * @param title the page's title ({@code <title>}, else og:title, else the first h1), or null
 * @param words the main text's words, lower-cased and NFKC-normalised
 */
public record PageText(String title, List<String> words) {

  private static final String BOILERPLATE_TAGS =
      "script, style, noscript, template, svg, iframe, nav, header, footer, aside, form, button,"
          + " dialog, [role=navigation], [role=banner], [role=contentinfo], [role=complementary],"
          + " [role=search], [aria-hidden=true], [hidden]";

  /** id or class words that mark banners and chrome on sites that use plain divs. */
  private static final Pattern BOILERPLATE_NAMES =
      Pattern.compile(
          "(?i)(^|[-_\\s])(cookie|cookies|consent|gdpr|cmp|onetrust|newsletter|subscribe|share|social"
              + "|breadcrumbs?|skip-link|menu|navbar|sidebar|advert|ads|promo|related)($|[-_\\s])");

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)?");

  public PageText {
    words = List.copyOf(words);
  }

  public static PageText of(String html) {
    return of(Jsoup.parse(html == null ? "" : html));
  }

  /**
   * Reads HTML bytes in the charset the server declared, else the one the page declares (BOM or
   * meta), else UTF-8.
   */
  public static PageText of(byte[] html, String declaredCharset) {
    try {
      return of(Jsoup.parse(new ByteArrayInputStream(html), declaredCharset, ""));
    } catch (IOException | IllegalArgumentException e) {
      return of(new String(html, StandardCharsets.UTF_8));
    }
  }

  private static PageText of(Document document) {
    String title = title(document);
    document.select(BOILERPLATE_TAGS).remove();
    for (Element element : document.body().select("[id], [class]")) {
      String names = element.id() + " " + element.className();
      if (BOILERPLATE_NAMES.matcher(names).find() && !holdsContent(element)) {
        element.remove();
      }
    }
    Element main = document.selectFirst("main, [role=main], article");
    Element root = main != null && !main.text().isBlank() ? main : document.body();
    return new PageText(title, words(root.text()));
  }

  /** A class such as body.has-sidebar must not take the content with it. */
  private static boolean holdsContent(Element element) {
    return element.parent() == null
        || element.is("html, body, main, article, [role=main]")
        || element.selectFirst("main, article, [role=main]") != null;
  }

  static String title(Document document) {
    String title = document.title();
    if (title.isBlank()) {
      Element og = document.selectFirst("meta[property=og:title]");
      title = og == null ? "" : og.attr("content");
    }
    if (title.isBlank()) {
      Element h1 = document.selectFirst("h1");
      title = h1 == null ? "" : h1.text();
    }
    return title.isBlank() ? null : title.strip();
  }

  public static List<String> words(String text) {
    String normal = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(normal);
    while (m.find()) {
      words.add(m.group());
    }
    return words;
  }
}
