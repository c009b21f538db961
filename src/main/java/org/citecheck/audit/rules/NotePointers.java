package org.citecheck.audit.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The pointers to other notes that a note's text writes, with their direction: "cited above (note
 * 12)", "see note 12 above", "supra note 12" point back; "see note 12 below", "infra note 12",
 * "discussed below (note 12)" point forward. Read from the text itself, so that a pointer the
 * citation parser did not take as a cross-reference ("below" is not one to it) is still checked.
 */
final class NotePointers {

  /** A pointer: where it is in the note's text, the note it names, and whether it says "below". */
  record Pointer(int start, int end, int note, boolean below) {}

  private static final String NOTE = "(?:note|n\\.|fn\\.?|footnote)\\s*";

  private static final Pattern BELOW =
      Pattern.compile(
          "(?iu)\\b"
              + NOTE
              + "(\\d{1,4})\\s*,?\\s+below\\b"
              + "|\\binfra,?\\s*(?:"
              + NOTE
              + ")?(\\d{1,4})\\b"
              + "|\\bbelow\\s*,?\\s*\\(?\\s*(?:in\\s+|at\\s+)?"
              + NOTE
              + "(\\d{1,4})\\b");

  private static final Pattern ABOVE =
      Pattern.compile(
          "(?iu)\\b"
              + NOTE
              + "(\\d{1,4})\\s*,?\\s+above\\b"
              + "|\\bsupra,?\\s*(?:"
              + NOTE
              + ")?(\\d{1,4})\\b"
              + "|\\b(?:above|earlier)\\s*,?\\s*\\(?\\s*(?:in\\s+|at\\s+)?"
              + NOTE
              + "(\\d{1,4})\\b");

  private NotePointers() {}

  /** Every pointer in the text, in text order. */
  static List<Pointer> in(String text) {
    List<Pointer> pointers = new ArrayList<>();
    if (text == null) {
      return pointers;
    }
    add(pointers, BELOW.matcher(text), true);
    add(pointers, ABOVE.matcher(text), false);
    pointers.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return pointers;
  }

  private static void add(List<Pointer> pointers, Matcher matcher, boolean below) {
    while (matcher.find()) {
      for (int g = 1; g <= matcher.groupCount(); g++) {
        if (matcher.group(g) != null) {
          pointers.add(
              new Pointer(
                  matcher.start(), matcher.end(), Integer.parseInt(matcher.group(g)), below));
          break;
        }
      }
    }
  }
}
