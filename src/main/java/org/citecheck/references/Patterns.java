package org.citecheck.references;

import java.util.regex.Pattern;

/** The textual signs of a citation's parts, shared by the splitter (is this a citation?) and the parser. */
final class Patterns {

  static final String DATE_WORDS =
      "(?:\\d{1,2}(?:st|nd|rd|th)?\\.?\\s+\\p{L}+\\.?,?\\s+\\d{4}|\\p{L}+\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}"
          + "|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}[./]\\d{1,2}[./]\\d{4}|\\p{L}+\\.?\\s+\\d{4}|\\d{4})";

  /** "cited above (note 12)", "see note 12 above", "supra note 12", "n. 12 above", "(note 12)". */
  static final Pattern CITED_ABOVE =
      Pattern.compile(
          "(?iu)(?:,\\s*)?(?:\\bcited\\s+(?:above|earlier|supra)\\s*,?\\s*\\(?\\s*(?:in\\s+)?(?:note|n\\.|fn\\.?|footnote)\\s*(\\d{1,4})\\s*\\)?"
              + "|\\(?\\bsee\\s+(?:above\\s*,?\\s*)?(?:note|n\\.|fn\\.?|footnote)\\s*(\\d{1,4})(?:\\s+above)?\\)?"
              + "|\\bsupra,?\\s*(?:note|n\\.)?\\s*(\\d{1,4})"
              + "|\\b(?:note|n\\.)\\s*(\\d{1,4})\\s+above"
              + "|\\bcited\\s+(?:above|earlier)\\b)");

  static final Pattern IBID = Pattern.compile("(?iu)^\\s*(?:ibid(?:em)?\\.?|id\\.|ebd\\.|ebenda)(?=[\\s,;.]|$)");

  static final Pattern OP_CIT = Pattern.compile("(?iu),?\\s*\\b(?:op\\.?\\s*cit\\.?|loc\\.?\\s*cit\\.?|a\\.a\\.O\\.)");

  /** "(TR)", "[trans.]", "(my translation)": the note says the title is translated. */
  static final Pattern TRANSLATED =
      Pattern.compile("(?iu)\\s*[(\\[]\\s*(?:TR|trans\\.?|translated|translation|my translation|transl\\.?|Übers\\.?)\\s*[)\\]]");

  /** "(accessed 2 May 2020)", "Accessed: 2 May 2020", "last visited on ...", "Retrieved May 2, 2020, from". */
  static final Pattern ACCESSED =
      Pattern.compile(
          "(?iu)[,.;]?\\s*[(\\[]?\\s*(?:last\\s+|date\\s+)?(?:accessed|retrieved|viewed|visited|consulted|checked"
              + "|zuletzt\\s+abgerufen|abgerufen|zugegriffen|zugriff|consulté)(?:\\s+(?:on|am|le))?\\s*:?\\s*"
              + "(" + DATE_WORDS + ")\\s*[)\\]]?(?:,?\\s*from\\b)?");

  /** Words printed before a URL: "at:", "available at:", "URL:", "Retrieved from", "Online:". */
  static final Pattern URL_LABEL =
      Pattern.compile(
          "(?iu)(?:,|\\.)?\\s*(?:(?:available|accessible|online)\\s+(?:at|from|under|via)|retrieved\\s+from|abrufbar\\s+unter"
              + "|verfügbar\\s+unter|disponible\\s+(?:sur|en)|url|online|link|at|from|via|see|unter|en|sur)?\\s*:?\\s*<?\\s*$");

  static final Pattern PAGES =
      Pattern.compile("(?iu)(?:,\\s*)?\\b(?:pp?\\.|pages?|S\\.|at\\s+p\\.)\\s*(\\d+[a-z]?(?:\\s*[-–—]\\s*\\d+[a-z]?)?(?:\\s*ff?\\.)?)");

  /** A publisher: "Oxford University Press", "Nomos Verlag", or a well-known house (capitalised, as printed). */
  static final Pattern PUBLISHER =
      Pattern.compile(
          "(?u)\\b\\p{Lu}[\\p{L}&.'’\\-]*\\s+(?:\\p{Lu}[\\p{L}&.'’\\-]*\\s+)*(Press|Verlag|Publishing|Publishers?|Publications|Books|Éditions|Editions|Editorial)\\b"
              + "|\\b(Routledge|Palgrave|Macmillan|Springer|Wiley|SAGE|Sage Publications|Elsevier|Brill|Nomos|Penguin|Bloomsbury"
              + "|Polity|Verso|Hurst|I\\.B\\. Tauris|Blackwell|HarperCollins|Random House|Norton|Suhrkamp|C\\.H\\. Beck|Campus"
              + "|Ullstein|Hachette|Gallimard|Seuil|Karthala|L'Harmattan|Harmattan|Cambridge|Oxford)\\b");

  /** Chicago's publication facts in brackets after a book's title: "(London: Verso, 2019)". */
  static final Pattern PUBLICATION_FACTS =
      Pattern.compile("\\(\\s*(\\p{Lu}[^():,]{1,60}?)\\s*:\\s*([^(),]{2,80}),\\s*((?:1[5-9]|20)\\d\\d)[a-z]?\\s*\\)");

  /** A platform post: "Facebook post", "tweet", "Telegram channel". */
  static final Pattern SOCIAL =
      Pattern.compile(
          "(?iu)^(facebook|twitter|x|instagram|telegram|linkedin|youtube|vk|vkontakte|tiktok|mastodon|bluesky"
              + "|threads|weibo|reddit)\\s*(post|tweet|video|status|thread|story|page|channel|message|live|reel)?$"
              + "|^(tweet|post on (facebook|x|twitter|instagram|telegram))$");

  static final Pattern RESOLUTION =
      Pattern.compile("(?iu)\\bresolutions?\\s+(?:no\\.?\\s*)?\\d|\\b[SA]/RES/\\d|\\bresolution\\s+\\d+/\\d+");

  static final Pattern LETTER = Pattern.compile("(?iu)\\b(?<!news)letters?\\s+(?:to|from|of)\\b|\\bletter\\b(?!\\s*-)");

  /** Phrases that introduce a citation and belong to the commentary: "See, e.g.,", "On drones:". */
  static final Pattern SIGNAL =
      Pattern.compile(
          "(?iu)^(?:(?:see|cf\\.|compare|also|e\\.g\\.|for example|for instance|for details|for more|quoted in|cited in|as cited in|vgl\\.|siehe|voir)"
              + "(?:\\s*,?\\s*(?:also|e\\.g\\.|for example|generally|inter alia|in particular|especially))*[,:]?\\s+"
              + "|(?:on|regarding|about|for|concerning|re|zu|sur)\\s+[^:\"“«]{1,40}:\\s+(?=[\"“«„]))");

  private Patterns() {}
}
