package org.citecheck.bib;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * An author: a person split into given name, particle and family name, or an organisation kept
 * whole (writers brace it so that BibTeX never splits "Ministry of Foreign Affairs" into names).
 *
 * @param given given names ("Recep Tayyip"), or null
 * @param particle a lower-case particle kept with the family name ("de" in "Thomas de Waal"), or
 *     null
 * @param family the family name, or the organisation's whole name
 * @param organisation true for an issuing body
 */
public record Name(String given, String particle, String family, boolean organisation) {

  /** Particles that belong to the family name when written in lower case. */
  private static final Set<String> PARTICLES =
      Set.of(
          "de", "da", "das", "del", "della", "der", "des", "di", "do", "dos", "du", "la", "le",
          "ter", "ten", "van", "von", "zu", "al", "el", "bin", "ibn", "y");

  /** Words that mark an issuing body rather than a person. */
  private static final Set<String> BODY_WORDS =
      Set.of(
          "ministry",
          "office",
          "president",
          "presidency",
          "government",
          "council",
          "committee",
          "commission",
          "organization",
          "organisation",
          "university",
          "institute",
          "institution",
          "press",
          "agency",
          "foundation",
          "center",
          "centre",
          "bank",
          "association",
          "union",
          "group",
          "news",
          "media",
          "service",
          "department",
          "republic",
          "nations",
          "federation",
          "society",
          "party",
          "court",
          "parliament",
          "assembly",
          "embassy",
          "league",
          "fund",
          "programme",
          "program",
          "secretariat",
          "corporation",
          "company",
          "inc",
          "inc.",
          "ltd",
          "ltd.",
          "llc",
          "times",
          "post",
          "journal",
          "review",
          "observatory",
          "network",
          "forum",
          "board",
          "mission",
          "staff",
          "unit",
          "team",
          "project",
          "initiative",
          "council's");

  /** Lower-case words that never occur inside a person's name but do in a body's. */
  private static final Set<String> BODY_JOINERS =
      Set.of("of", "for", "the", "and", "on", "in", "to", "at", "&");

  public static Name organisation(String name) {
    return new Name(null, null, name, true);
  }

  /**
   * Reads an author as printed: "Thomas de Waal", "de Waal, Thomas", "UNHCR", "RF Ministry of
   * Foreign Affairs". A single word, an acronym, a digit or a word such as "Ministry" makes an
   * organisation; a reader can always tell a body from a person better than this, so the rule errs
   * towards keeping text whole.
   */
  public static Name parse(String raw) {
    String text = raw.strip().replaceAll("\\s+", " ");
    int comma = text.indexOf(',');
    if (comma > 0 && text.indexOf(',', comma + 1) < 0 && !looksLikeBody(text.replace(",", ""))) {
      String given = text.substring(comma + 1).strip();
      Name family = familyWithParticle(text.substring(0, comma).strip().split(" "), 0);
      return new Name(given.isEmpty() ? null : given, family.particle(), family.family(), false);
    }
    if (looksLikeBody(text)) {
      return organisation(text);
    }
    String[] tokens = text.split(" ");
    int start = tokens.length - 1;
    while (start > 1 && PARTICLES.contains(tokens[start - 1])) {
      start--;
    }
    Name family = familyWithParticle(tokens, start);
    String given = String.join(" ", java.util.Arrays.copyOfRange(tokens, 0, start));
    return new Name(given, family.particle(), family.family(), false);
  }

  private static Name familyWithParticle(String[] tokens, int start) {
    List<String> particles = new ArrayList<>();
    int index = start;
    while (index < tokens.length - 1 && PARTICLES.contains(tokens[index])) {
      particles.add(tokens[index]);
      index++;
    }
    String family = String.join(" ", java.util.Arrays.copyOfRange(tokens, index, tokens.length));
    return new Name(null, particles.isEmpty() ? null : String.join(" ", particles), family, false);
  }

  private static boolean looksLikeBody(String text) {
    String[] tokens = text.split(" ");
    if (tokens.length == 1 || tokens.length > 5) {
      return true;
    }
    for (String token : tokens) {
      String lower = token.toLowerCase(Locale.ROOT);
      if (BODY_WORDS.contains(lower) || BODY_JOINERS.contains(lower) || token.matches(".*\\d.*")) {
        return true;
      }
      if (isAcronym(token)) {
        return true;
      }
    }
    return false;
  }

  /** "UNHCR", "RF", "OSCE": two or more letters, all capitals ("J." is an initial, not one). */
  private static boolean isAcronym(String token) {
    long letters = token.codePoints().filter(Character::isLetter).count();
    return letters >= 2
        && token.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase);
  }

  /** The family name with its particle ("de Waal"), as the name is sorted and cited. */
  public String fullFamily() {
    return particle == null ? family : particle + " " + family;
  }
}
