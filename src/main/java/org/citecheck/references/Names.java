package org.citecheck.references;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells person names and organisations from other text, and splits author lists in their printed
 * forms: "A/B/C", "A and B", "A, B and C", "A & B", "Smith, J., & Doe, K.".
 */
public final class Names {

  private static final Set<String> PARTICLES =
      Set.of(
          "de", "van", "von", "der", "den", "da", "di", "del", "della", "la", "le", "al", "el",
          "bin", "ibn", "ter", "du", "dos", "das", "y", "zu", "af", "av", "op", "st.", "mac",
          "abu");

  /**
   * Words that make a name an organisation (an issuing body, not a person): the generic words of
   * the names of ministries, parliaments, agencies, international bodies, institutes and companies
   * in English, French, German, Spanish, Italian, Portuguese and Russian, as the UN's and the EU's
   * directories of bodies use them. No body's own name is listed: acronyms ("OSCE", "UNHCR") are
   * told by their shape.
   */
  private static final Set<String> ORGANISATION_WORDS =
      Set.of(
          "ministry",
          "ministerium",
          "ministère",
          "ministere",
          "ministerio",
          "ministero",
          "ministério",
          "министерство",
          "мид",
          "office",
          "bureau",
          "institute",
          "institut",
          "instituto",
          "istituto",
          "институт",
          "university",
          "universität",
          "université",
          "universitat",
          "universidad",
          "università",
          "университет",
          "council",
          "conseil",
          "consejo",
          "consiglio",
          "совет",
          "committee",
          "comité",
          "comitato",
          "комитет",
          "commission",
          "kommission",
          "comisión",
          "commissione",
          "комиссия",
          "agency",
          "agence",
          "agentur",
          "agencia",
          "агентство",
          "organisation",
          "organization",
          "organización",
          "организация",
          "group",
          "bank",
          "banque",
          "fund",
          "fonds",
          "фонд",
          "programme",
          "program",
          "association",
          "foundation",
          "fondation",
          "stiftung",
          "fundación",
          "center",
          "centre",
          "zentrum",
          "centro",
          "центр",
          "service",
          "department",
          "government",
          "gouvernement",
          "regierung",
          "bundesregierung",
          "gobierno",
          "governo",
          "правительство",
          "parliament",
          "parlement",
          "parlamento",
          "bundestag",
          "duma",
          "дума",
          "assembly",
          "assemblée",
          "secretariat",
          "secrétariat",
          "embassy",
          "ambassade",
          "botschaft",
          "embajada",
          "посольство",
          "mission",
          "court",
          "cour",
          "tribunal",
          "gericht",
          "суд",
          "union",
          "league",
          "party",
          "partei",
          "parti",
          "partido",
          "партия",
          "press",
          "news",
          "society",
          "gesellschaft",
          "société",
          "academy",
          "akademie",
          "académie",
          "академия",
          "network",
          "initiative",
          "project",
          "forum",
          "observatory",
          "watch",
          "trust",
          "federation",
          "fédération",
          "authority",
          "administration",
          "presidency",
          "présidence",
          "chancellery",
          "kanzleramt",
          "nations",
          "inc",
          "ltd",
          "gmbh",
          "corporation",
          "company",
          "staff",
          "editors",
          "editorial",
          "board",
          "team",
          "amnesty");

  private static final List<String> ORGANISATION_PHRASES =
      List.of(
          "president of", "prime minister", "human rights", "foreign affairs", "auswärtiges amt");

  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final Pattern ET_AL = Pattern.compile("(?is),?\\s*\\bet\\.?\\s*al\\.?$");
  private static final Pattern EDITORS =
      Pattern.compile("(?i)\\s*\\((eds?|hrsg|dir)\\.?\\)$|(?i),?\\s+eds?\\.$");
  private static final Pattern SLASH = Pattern.compile("\\s*/\\s*");
  private static final Pattern SEMICOLON = Pattern.compile("\\s*;\\s*");
  private static final Pattern LIST_SEPARATOR =
      Pattern.compile("\\s*,\\s*(?:(?:and|&|und|et|y)\\s+)?|\\s+(?:and|&|und|et|y)\\s+");
  private static final Pattern SURNAME = Pattern.compile("[\\p{L}'’\\- ]+");
  private static final Pattern GIVEN_NAMES =
      Pattern.compile("(\\p{Lu}[\\p{L}'’\\-]*\\.?\\s?){1,3}");

  private static final Pattern ACRONYM = Pattern.compile("^[A-Z][A-Z0-9&.\\-]{1,11}$");

  private static final Pattern INITIALS =
      Pattern.compile("^(\\p{Lu}\\.(?:\\s?-?\\p{Lu}\\.)*|\\p{Lu}{1,3})$");

  private Names() {}

  /**
   * True when the text reads as one person's name: two to five capitalised words, particles
   * allowed.
   */
  public static boolean isPerson(String text) {
    String name = text.strip();
    if (name.isEmpty()
        || name.length() > 60
        || name.chars().anyMatch(Character::isDigit)
        || namesOrganisation(name)) {
      return false;
    }
    if (name.contains(",")) {
      String[] inverted = name.split(",", -1);
      return inverted.length == 2 && isPerson(inverted[1].strip() + " " + inverted[0].strip());
    }
    String[] words = WHITESPACE.split(name);
    if (words.length < 2 || words.length > 5) {
      return false;
    }
    int capitalised = 0;
    for (String word : words) {
      if (PARTICLES.contains(word.toLowerCase(Locale.ROOT))
          && Character.isLowerCase(word.charAt(0))) {
        continue;
      }
      if (!Character.isUpperCase(word.codePointAt(0)) || !isNameWord(word)) {
        return false;
      }
      capitalised++;
    }
    return capitalised >= 2
        || capitalised == 1 && words.length >= 2 && INITIALS.matcher(words[0]).matches();
  }

  /** True when the text reads as an organisation or issuing body. */
  public static boolean isOrganisation(String text) {
    String name = text.strip();
    if (name.isEmpty() || name.length() > 120) {
      return false;
    }
    if (ACRONYM.matcher(name).matches() && name.chars().filter(Character::isLetter).count() >= 2) {
      return true;
    }
    return Character.isUpperCase(name.codePointAt(0)) && namesOrganisation(name);
  }

  /** True when one of the words or phrases of organisations occurs in the name. */
  private static boolean namesOrganisation(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    int i = 0;
    while (i < lower.length()) {
      while (i < lower.length() && !Character.isLetter(lower.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < lower.length() && Character.isLetter(lower.charAt(i))) {
        i++;
      }
      if (i > start && ORGANISATION_WORDS.contains(lower.substring(start, i))) {
        return true;
      }
    }
    for (String phrase : ORGANISATION_PHRASES) {
      if (lower.contains(phrase)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isNameWord(String word) {
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (!Character.isLetter(c) && ".'’-".indexOf(c) < 0) {
        return false;
      }
    }
    return true;
  }

  /** True when the text is a list of people or an issuing body, so it can stand as authors. */
  public static boolean isAuthorList(String text) {
    List<String> names = split(text);
    if (names.isEmpty()) {
      return false;
    }
    if (names.size() == 1) {
      return isPerson(names.get(0)) || isOrganisation(names.get(0));
    }
    return names.stream().allMatch(n -> isPerson(n) || n.equals("et al.") || isOrganisation(n));
  }

  /** Splits a printed author list into names, in order; "et al." is kept as the last element. */
  public static List<String> split(String text) {
    String list = trimListEnd(text.strip());
    boolean etAl = false;
    if (list.endsWith("al") || list.endsWith("al.")) {
      Matcher etAlMatch = ET_AL.matcher(list);
      etAl = etAlMatch.find();
      if (etAl) {
        list = list.substring(0, etAlMatch.start());
      }
    }
    if (list.endsWith(")") || list.endsWith(".")) {
      list = EDITORS.matcher(list).replaceAll("");
    }
    List<String> names = new ArrayList<>();
    if (list.contains("/") && !list.contains("://")) {
      for (String part : SLASH.split(list)) {
        names.add(part.strip());
      }
    } else if (list.contains(";")) {
      for (String part : SEMICOLON.split(list)) {
        names.add(part.strip());
      }
    } else {
      names.addAll(splitCommaList(list));
    }
    names.removeIf(String::isEmpty);
    if (etAl) {
      names.add("et al.");
    }
    return names;
  }

  /** Drops trailing commas and semicolons, and a full stop after a word (not after an initial). */
  private static String trimListEnd(String list) {
    int end = list.length();
    while (end > 0 && (list.charAt(end - 1) == ',' || list.charAt(end - 1) == ';')) {
      end--;
    }
    if (end >= 3
        && list.charAt(end - 1) == '.'
        && Character.isLetter(list.charAt(end - 2))
        && Character.isLetter(list.charAt(end - 3))) {
      end--;
    }
    return list.substring(0, end);
  }

  /** "A, B and C", "Smith, J., & Doe, K." and "Smith, John" (one inverted name). */
  private static List<String> splitCommaList(String list) {
    String[] parts = LIST_SEPARATOR.split(list);
    List<String> names = new ArrayList<>();
    for (int i = 0; i < parts.length; i++) {
      String part = parts[i].strip();
      boolean nextIsGiven =
          i + 1 < parts.length
              && (INITIALS.matcher(parts[i + 1].strip()).matches()
                  || parts.length == 2
                      && isGivenNames(parts[1])
                      && !isPerson(part)
                      && !part.contains(" "));
      if (nextIsGiven && SURNAME.matcher(part).matches()) {
        names.add(part + ", " + parts[i + 1].strip());
        i++;
      } else {
        names.add(part);
      }
    }
    return names;
  }

  private static boolean isGivenNames(String text) {
    return GIVEN_NAMES.matcher(text.strip()).matches();
  }
}
