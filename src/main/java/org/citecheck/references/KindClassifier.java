package org.citecheck.references;

import java.util.regex.Pattern;
import org.citecheck.text.WebUrl;

/**
 * Decides what a parsed source is. The strongest sign wins: a platform post, a resolution, a
 * letter, an issuing government body, a report, a book's publisher, a journal's volume, a news
 * outlet; anything else with a URL is a web page.
 */
final class KindClassifier {

  private static final Pattern SOCIAL_HOST =
      Pattern.compile("(^|\\.)(facebook\\.com|fb\\.com|twitter\\.com|x\\.com|t\\.me|instagram\\.com|youtube\\.com"
          + "|youtu\\.be|vk\\.com|linkedin\\.com|tiktok\\.com|bsky\\.app|threads\\.net|weibo\\.com|reddit\\.com)$");

  private static final Pattern GOVERNMENT =
      Pattern.compile(
          "(?iu)\\b(ministry|ministerium|minist[eè]re|ministerio|government|president of|presidency|prime minister"
              + "|office of the|cabinet office|parliament|senate|congress|house of (commons|representatives|lords)"
              + "|bundestag|bundesregierung|duma|state department|department of|embassy|white house|kremlin|chancellery"
              + "|federal (government|office|ministry)|official journal|european commission|council of the european union"
              + "|security council|general assembly|mfa|foreign office)\\b");

  private static final Pattern GOVERNMENT_HOST =
      Pattern.compile("(?i)(^|\\.)(gov|gouv|gob|mil|admin\\.ch|bund\\.de|gv\\.at|go\\.jp|europa\\.eu)(\\.[a-z]{2})?$"
          + "|^(www\\.)?(president|primeminister|premier|parliament|mfa|mofa|mid)\\.");

  private static final Pattern REPORT =
      Pattern.compile("(?iu)\\b(report|working paper|policy brief|policy paper|discussion paper|briefing|white paper"
          + "|issue brief|occasional paper|research paper|analysis|study|studie|rapport|background paper|fact sheet)\\b");

  private static final Pattern JOURNAL =
      Pattern.compile("(?iu)\\b(journal|quarterly|studies|annals|proceedings|transactions|zeitschrift|revue|review of)\\b");

  private static final Pattern VOLUME = Pattern.compile("(?iu)\\b\\d{1,4}\\s*\\(\\d{1,4}\\)|\\bvol\\.\\s*\\d|\\bno\\.\\s*\\d");

  private static final Pattern NEWS_PATH = Pattern.compile("(?i)/(news|article|articles|story|stories|nachrichten|actualites?)/|/(19|20)\\d\\d/[01]?\\d/");

  private static final Pattern PDF = Pattern.compile("(?i)\\.pdf(?:[?#].*)?$");

  private KindClassifier() {}

  static SourceKind classify(Source source, String text) {
    String host = source.url() == null ? "" : host(source.url());
    String issuer = String.join(" ", source.authors()) + " " + nullToEmpty(source.container());
    boolean pdf = source.url() != null && PDF.matcher(source.url()).find();
    if (Patterns.SOCIAL.matcher(nullToEmpty(source.container())).matches() || SOCIAL_HOST.matcher(host).find()) {
      return SourceKind.SOCIAL_POST;
    }
    if (Patterns.found(Patterns.RESOLUTION, text)) {
      return SourceKind.RESOLUTION;
    }
    boolean describedByTitle = source.url() == null && source.container() == null;
    String letterText = describedByTitle ? text : text.replace(nullToEmpty(source.title()), "");
    if (Patterns.found(Patterns.LETTER, letterText)) {
      return SourceKind.LETTER;
    }
    boolean organisation = source.authors().stream().anyMatch(Names::isOrganisation)
        || Names.isOrganisation(nullToEmpty(source.container()));
    if ((pdf && organisation) || REPORT.matcher(nullToEmpty(source.title()) + " " + issuer).find() && organisation) {
      return SourceKind.REPORT;
    }
    if (GOVERNMENT.matcher(issuer).find() || GOVERNMENT_HOST.matcher(host).find()) {
      return SourceKind.OFFICIAL_DOCUMENT;
    }
    if (pdf && source.container() != null) {
      return SourceKind.REPORT;
    }
    if (source.place() != null || source.url() == null && Patterns.hasPublisher(text)) {
      return SourceKind.BOOK;
    }
    boolean journalName = JOURNAL.matcher(nullToEmpty(source.container())).find();
    if (journalName || source.doi() != null && VOLUME.matcher(text).find()) {
      return SourceKind.JOURNAL_ARTICLE;
    }
    NewsOutlets news = NewsOutlets.get();
    if (news.namesOutlet(source.container()) || news.namesOutlet(issuer.strip()) || news.isOutletHost(host)
        || source.url() != null && NEWS_PATH.matcher(source.url()).find()) {
      return SourceKind.NEWS_ARTICLE;
    }
    if (source.url() != null) {
      return SourceKind.WEB_PAGE;
    }
    if (source.doi() != null) {
      return SourceKind.JOURNAL_ARTICLE;
    }
    return SourceKind.OTHER;
  }

  private static String host(String url) {
    WebUrl parsed = WebUrl.parse(url);
    return parsed == null ? "" : parsed.siteHost();
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
