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
      Pattern.compile(
          "(^|\\.)(facebook\\.com|fb\\.com|twitter\\.com|x\\.com|t\\.me|instagram\\.com|youtube\\.com"
              + "|youtu\\.be|vk\\.com|linkedin\\.com|tiktok\\.com|bsky\\.app|threads\\.net|weibo\\.com|reddit\\.com)$");

  /**
   * Government bodies by name, in English, French, German, Spanish, Italian, Portuguese and
   * Russian: ministries, heads of state and government, parliaments, foreign services, EU and UN
   * organs. Generic words only, no one government's own name.
   */
  private static final Pattern GOVERNMENT =
      Pattern.compile(
          "(?iu)(?<![\\p{L}])(ministry|ministerium|minist[eè]re|ministerio|ministero|ministério|министерство|мид"
              + "|government|gouvernement|gobierno|governo|правительство|president of|presidency|présidence"
              + "|presidencia|президент|prime minister|premier ministre|primer ministro|office of the|cabinet office"
              + "|parliament|parlement|parlamento|senate|sénat|senado|congress|house of (commons|representatives|lords)"
              + "|bundestag|bundesregierung|bundesrat|auswärtiges amt|duma|дума|state department|department of"
              + "|embassy|ambassade|botschaft|embajada|посольство|white house|chancellery|kanzleramt"
              + "|federal (government|office|ministry)|official journal|journal officiel|bundesgesetzblatt"
              + "|european commission|council of the european union|european parliament|security council"
              + "|general assembly|mfa|foreign office|foreign affairs)(?![\\p{L}])");

  /**
   * Government hosts by pattern, as governments register them: the .gov and .mil domains and their
   * country forms (.gov.uk, .gob.mx, .gouv.fr, .govt.nz, .go.jp), government second-level domains
   * (.gc.ca, .admin.ch, .bund.de, .gv.at, .europa.eu), the .int domain of treaty organisations, and
   * a first label that names a government office in several languages.
   */
  private static final Pattern GOVERNMENT_HOST =
      Pattern.compile(
          "(?i)(^|\\.)(gov|gouv|gob|govt|government|mil|go|admin\\.ch|bund\\.de|gv\\.at|gc\\.ca"
              + "|canada\\.ca|europa\\.eu|gov\\.[a-z]{2,3})(\\.[a-z]{2})?$|(^|\\.)int$"
              + "|^(www\\.)?(president|presidency|presidencia|government|gouvernement|regierung|parliament|parlament"
              + "|mfa|mofa|diplomatie|exteriores|esteri|auswaertiges-amt)\\.");

  private static final Pattern REPORT =
      Pattern.compile(
          "(?iu)\\b(report|working paper|policy brief|policy paper|discussion paper|briefing|white paper"
              + "|issue brief|occasional paper|research paper|analysis|study|studie|rapport|background paper|fact sheet)\\b");

  private static final Pattern JOURNAL =
      Pattern.compile(
          "(?iu)\\b(journal|quarterly|studies|annals|proceedings|transactions|zeitschrift|revue|review of)\\b");

  private static final Pattern VOLUME =
      Pattern.compile("(?iu)\\b\\d{1,4}\\s*\\(\\d{1,4}\\)|\\bvol\\.\\s*\\d|\\bno\\.\\s*\\d");

  private static final Pattern NEWS_PATH =
      Pattern.compile(
          "(?i)/(news|article|articles|story|stories|features?|opinions?|analysis|nachrichten|actualites?)/|/(19|20)\\d\\d/[01]?\\d/");

  private static final Pattern PDF = Pattern.compile("(?i)\\.pdf(?:[?#].*)?$");

  private KindClassifier() {}

  static SourceKind classify(Source source, String text) {
    String host = source.url() == null ? "" : host(source.url());
    String issuer = String.join(" ", source.authors()) + " " + nullToEmpty(source.container());
    boolean pdf = source.url() != null && PDF.matcher(source.url()).find();
    if (Patterns.SOCIAL.matcher(nullToEmpty(source.container())).matches()
        || SOCIAL_HOST.matcher(host).find()) {
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
    boolean organisation =
        source.authors().stream().anyMatch(Names::isOrganisation)
            || Names.isOrganisation(nullToEmpty(source.container()));
    String named = nullToEmpty(source.title()) + " " + issuer + " " + nullToEmpty(source.genre());
    if ((pdf && organisation) || REPORT.matcher(named).find() && organisation) {
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
    if (news.namesOutlet(source.container())
        || news.namesOutlet(issuer.strip())
        || news.isOutletHost(host)
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
