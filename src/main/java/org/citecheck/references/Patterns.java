package org.citecheck.references;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The textual signs of a citation's parts, shared by the splitter (is this a citation?) and the
 * parser.
 */
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

  static final Pattern IBID =
      Pattern.compile("(?iu)^\\s*(?:ibid(?:em)?\\.?|id\\.|ebd\\.|ebenda)(?=[\\s,;.]|$)");

  static final Pattern OP_CIT =
      Pattern.compile("(?iu),?\\s*\\b(?:op\\.?\\s*cit\\.?|loc\\.?\\s*cit\\.?|a\\.a\\.O\\.)");

  /** "(TR)", "[trans.]", "(my translation)": the note says the title is translated. */
  static final Pattern TRANSLATED =
      Pattern.compile(
          "(?iu)\\s*[(\\[]\\s*(?:TR|trans\\.?|translated|translation|my translation|transl\\.?|Übers\\.?)\\s*[)\\]]");

  /**
   * "(accessed 2 May 2020)", "Accessed: 2 May 2020", "last visited on ...", "Retrieved May 2, 2020,
   * from".
   */
  static final Pattern ACCESSED =
      Pattern.compile(
          "(?iu)[,.;]?\\s*[(\\[]?\\s*(?:last\\s+|date\\s+)?(?:accessed|retrieved|viewed|visited|consulted|checked"
              + "|zuletzt\\s+abgerufen|abgerufen|zugegriffen|zugriff|consulté)(?:\\s+(?:on|am|le))?\\s*:?\\s*"
              + "("
              + DATE_WORDS
              + ")\\s*[)\\]]?(?:,?\\s*from\\b)?");

  /**
   * Words printed before a URL: "at:", "available at:", "URL:", "Retrieved from", "Online:".
   * Longest first.
   */
  private static final List<String> URL_LABELS =
      List.of(
          "available at",
          "available from",
          "available under",
          "available via",
          "accessible at",
          "accessible from",
          "online at",
          "online from",
          "retrieved from",
          "abrufbar unter",
          "verfügbar unter",
          "disponible sur",
          "disponible en",
          "online",
          "url",
          "link",
          "from",
          "via",
          "see",
          "unter",
          "sur",
          "at",
          "en");

  /**
   * Where the label before a URL starts in {@code before} (the text up to the URL), or {@code
   * before.length()} when there is none. Read backwards by hand: the text before a URL is the whole
   * citation, and a pattern anchored at its end would be tried at every offset.
   */
  static int urlLabelStart(String before) {
    int i = before.length();
    while (i > 0
        && (before.charAt(i - 1) == ' '
            || before.charAt(i - 1) == '<'
            || before.charAt(i - 1) == ':')) {
      i--;
    }
    String lower = before.substring(Math.max(0, i - 20), i).toLowerCase(Locale.ROOT);
    for (String label : URL_LABELS) {
      int at = lower.length() - label.length();
      if (lower.endsWith(label) && (at == 0 || !Character.isLetter(lower.charAt(at - 1)))) {
        i -= label.length();
        break;
      }
    }
    while (i > 0 && before.charAt(i - 1) == ' ') {
      i--;
    }
    if (i > 0 && (before.charAt(i - 1) == ',' || before.charAt(i - 1) == '.')) {
      i--;
    }
    return i;
  }

  static final Pattern PAGES =
      Pattern.compile(
          "(?iu)(?:,\\s*)?\\b(?:pp?\\.|pages?|S\\.|at\\s+p\\.)\\s*(\\d+[a-z]?(?:\\s*[-–—]\\s*\\d+[a-z]?)?(?:\\s*ff?\\.)?)");

  /** Words that end a publisher's name: "Oxford University Press", "Nomos Verlag". */
  private static final List<String> PUBLISHER_WORDS =
      List.of(
          "Press",
          "Verlag",
          "Publishing",
          "Publishers",
          "Publisher",
          "Publications",
          "Books",
          "Éditions",
          "Editions",
          "Editorial");

  /** Well-known houses, named without such a word. */
  private static final Pattern PUBLISHER_HOUSE =
      Pattern.compile(
          "\\b(?:Routledge|Palgrave|Macmillan|Springer|Wiley|SAGE|Elsevier|Brill|Nomos|Penguin|Bloomsbury"
              + "|Polity|Verso|Hurst|Tauris|Blackwell|HarperCollins|Random House|Norton|Suhrkamp|C\\.H\\. Beck|Campus"
              + "|Ullstein|Hachette|Gallimard|Seuil|Karthala|L'Harmattan|Harmattan|Cambridge|Oxford)\\b");

  /**
   * Whether the text names a publisher: a capitalised word followed by "Press", "Verlag"... (read
   * with indexOf: a look-behind for the capitalised word cost more than the rest of extraction), or
   * a well-known house.
   */
  static boolean hasPublisher(String text) {
    for (String word : PUBLISHER_WORDS) {
      for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
        int end = at + word.length();
        boolean wordEnds = end == text.length() || !Character.isLetter(text.charAt(end));
        if (wordEnds
            && at >= 2
            && text.charAt(at - 1) == ' '
            && capitalisedWordEndsAt(text, at - 1)) {
          return true;
        }
      }
    }
    return possible(PUBLISHER_HOUSE, text.toLowerCase(Locale.ROOT))
        && PUBLISHER_HOUSE.matcher(text).find();
  }

  private static boolean capitalisedWordEndsAt(String text, int end) {
    int start = end;
    while (start > 0
        && (Character.isLetter(text.charAt(start - 1))
            || "&.'’-".indexOf(text.charAt(start - 1)) >= 0)) {
      start--;
    }
    return start < end && Character.isUpperCase(text.charAt(start));
  }

  /** Chicago's publication facts in brackets after a book's title: "(London: Verso, 2019)". */
  static final Pattern PUBLICATION_FACTS =
      Pattern.compile(
          "\\(\\s*(\\p{Lu}[^():,]{1,60}?)\\s*:\\s*([^(),]{2,80}),\\s*((?:1[5-9]|20)\\d\\d)[a-z]?\\s*\\)");

  /** A platform post: "Facebook post", "tweet", "Telegram channel". */
  static final Pattern SOCIAL =
      Pattern.compile(
          "(?iu)^(facebook|twitter|x|instagram|telegram|linkedin|youtube|vk|vkontakte|tiktok|mastodon|bluesky"
              + "|threads|weibo|reddit)\\s*(post|tweet|video|status|thread|story|page|channel|message|live|reel)?$"
              + "|^(tweet|post on (facebook|x|twitter|instagram|telegram))$");

  static final Pattern RESOLUTION =
      Pattern.compile(
          "(?iu)\\bresolutions?\\s+(?:no\\.?\\s*)?\\d|\\b[SA]/RES/\\d|\\bresolution\\s+\\d+/\\d+");

  static final Pattern LETTER =
      Pattern.compile("(?iu)\\b(?<!news)letters?\\s+(?:to|from|of)\\b|\\bletter\\b(?!\\s*-)");

  /** Phrases that introduce a citation and belong to the commentary: "See, e.g.,", "On drones:". */
  static final Pattern SIGNAL =
      Pattern.compile(
          "(?iu)^(?:(?:see|cf\\.|compare|also|e\\.g\\.|for example|for instance|for details|for more|quoted in|cited in|as cited in|vgl\\.|siehe|voir)"
              + "(?:\\s*,?\\s*(?:also|e\\.g\\.|for example|generally|inter alia|in particular|especially))*[,:]?\\s+"
              + "|(?:on|regarding|about|for|concerning|re|zu|sur)\\s+[^:\"“«]{1,40}:\\s+(?=[\"“«„]))");

  /**
   * Words a pattern cannot match without. Looking for them in the lower-cased text is far cheaper
   * than running the pattern, and most notes hold none of them.
   */
  private static final Map<Pattern, List<String>> CUES =
      Map.of(
          CITED_ABOVE, List.of("cited", "supra", "above", "see n", "see fn", "see foot"),
          IBID, List.of("ibid", "id.", "ebd"),
          OP_CIT, List.of("cit", "a.a.o"),
          TRANSLATED, List.of("tr)", "tr]", "trans", "übers"),
          ACCESSED,
              List.of(
                  "access",
                  "retriev",
                  "viewed",
                  "visited",
                  "consult",
                  "checked",
                  "abgerufen",
                  "zugegriffen",
                  "zugriff"),
          PAGES, List.of("p.", "page", "s."),
          RESOLUTION, List.of("resolution", "/res/"),
          LETTER, List.of("letter"),
          PUBLICATION_FACTS, List.of(":"),
          PUBLISHER_HOUSE,
              List.of(
                  "routledge",
                  "palgrave",
                  "macmillan",
                  "springer",
                  "wiley",
                  "sage",
                  "elsevier",
                  "brill",
                  "nomos",
                  "penguin",
                  "bloomsbury",
                  "polity",
                  "verso",
                  "hurst",
                  "tauris",
                  "blackwell",
                  "harper",
                  "random house",
                  "norton",
                  "suhrkamp",
                  "beck",
                  "campus",
                  "ullstein",
                  "hachette",
                  "gallimard",
                  "seuil",
                  "karthala",
                  "harmattan",
                  "cambridge",
                  "oxford"));

  private Patterns() {}

  /** False when the lower-cased text lacks every word the pattern needs, so it cannot match. */
  static boolean possible(Pattern pattern, String lower) {
    List<String> cues = CUES.get(pattern);
    if (cues == null) {
      return true;
    }
    for (String cue : cues) {
      if (lower.contains(cue)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the pattern occurs in the text, asking the cheap question first. */
  static boolean found(Pattern pattern, String text) {
    return possible(pattern, text.toLowerCase(Locale.ROOT)) && pattern.matcher(text).find();
  }
}
