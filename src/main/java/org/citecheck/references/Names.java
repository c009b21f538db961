package org.citecheck.references;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells person names and organisations from other text, and splits author lists in their printed
 * forms: "A/B/C", "A and B", "A, B and C", "A & B", "Smith, J., & Doe, K.".
 */
public final class Names {

  private static final Set<String> PARTICLES =
      Set.of(
          "de", "van", "von", "der", "den", "da", "di", "del", "della", "la", "le", "al", "el", "bin",
          "ibn", "ter", "du", "dos", "das", "y", "zu", "af", "av", "op", "st.", "mac", "abu");

  /** Words that make a name an organisation (an issuing body, not a person). */
  private static final Pattern ORGANISATION =
      Pattern.compile(
          "(?iu)\\b(ministry|ministerium|minist[eè]re|office|institute|institut|university|universit[äé]t?"
              + "|council|committee|commission|agency|organi[sz]ation|group|bank|fund|programme|program"
              + "|association|foundation|stiftung|cent(er|re)|service|department|government|parliament"
              + "|assembly|secretariat|embassy|mission|court|tribunal|union|league|party|press|news|society"
              + "|academy|network|initiative|project|forum|observatory|watch|trust|federation|bureau"
              + "|authority|administration|presidency|president of|prime minister|chancellery|kremlin"
              + "|nations|nato|osce|unhcr|unicef|unesco|icrc|who|imf|oecd|wto|eu|inc\\.?|ltd\\.?|gmbh"
              + "|corporation|company|staff|editors|editorial|board|team|crisis group|amnesty|human rights)\\b");

  private static final Pattern ACRONYM = Pattern.compile("^[A-Z][A-Z0-9&.\\-]{1,11}$");

  private static final Pattern INITIALS = Pattern.compile("^(\\p{Lu}\\.(?:\\s?-?\\p{Lu}\\.)*|\\p{Lu}{1,3})$");

  private Names() {}

  /** True when the text reads as one person's name: two to five capitalised words, particles allowed. */
  public static boolean isPerson(String text) {
    String name = text.strip();
    if (name.isEmpty() || name.length() > 60 || name.matches(".*\\d.*") || ORGANISATION.matcher(name).find()) {
      return false;
    }
    if (name.contains(",")) {
      String[] inverted = name.split(",", -1);
      return inverted.length == 2 && isPerson(inverted[1].strip() + " " + inverted[0].strip());
    }
    String[] words = name.split("\\s+");
    if (words.length < 2 || words.length > 5) {
      return false;
    }
    int capitalised = 0;
    for (String word : words) {
      if (PARTICLES.contains(word.toLowerCase(Locale.ROOT)) && Character.isLowerCase(word.charAt(0))) {
        continue;
      }
      if (!Character.isUpperCase(word.codePointAt(0)) || !word.matches("[\\p{L}.'’\\-]+")) {
        return false;
      }
      capitalised++;
    }
    return capitalised >= 2 || capitalised == 1 && words.length >= 2 && INITIALS.matcher(words[0]).matches();
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
    return ORGANISATION.matcher(name).find() && Character.isUpperCase(name.codePointAt(0));
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
    String list = text.strip().replaceAll("[,;]+$", "").replaceAll("(?<=\\p{L}{2})\\.$", "");
    boolean etAl = false;
    if (list.matches("(?is).*\\bet\\.?\\s*al\\.?$")) {
      etAl = true;
      list = list.replaceAll("(?is),?\\s*\\bet\\.?\\s*al\\.?$", "");
    }
    list = list.replaceAll("(?i)\\s*\\((eds?|hrsg|dir)\\.?\\)$", "").replaceAll("(?i),?\\s+eds?\\.$", "");
    List<String> names = new ArrayList<>();
    if (list.contains("/") && !list.contains("://")) {
      for (String part : list.split("\\s*/\\s*")) {
        names.add(part.strip());
      }
    } else if (list.contains(";")) {
      for (String part : list.split("\\s*;\\s*")) {
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

  /** "A, B and C", "Smith, J., & Doe, K." and "Smith, John" (one inverted name). */
  private static List<String> splitCommaList(String list) {
    String[] parts = list.split("\\s*,\\s*(?:(?:and|&|und|et|y)\\s+)?|\\s+(?:and|&|und|et|y)\\s+");
    List<String> names = new ArrayList<>();
    for (int i = 0; i < parts.length; i++) {
      String part = parts[i].strip();
      boolean nextIsGiven =
          i + 1 < parts.length && (INITIALS.matcher(parts[i + 1].strip()).matches()
              || parts.length == 2 && isGivenNames(parts[1]) && !isPerson(part) && !part.contains(" "));
      if (nextIsGiven && part.matches("[\\p{L}'’\\- ]+")) {
        names.add(part + ", " + parts[i + 1].strip());
        i++;
      } else {
        names.add(part);
      }
    }
    return names;
  }

  private static boolean isGivenNames(String text) {
    return text.strip().matches("(\\p{Lu}[\\p{L}'’\\-]*\\.?\\s?){1,3}");
  }
}
