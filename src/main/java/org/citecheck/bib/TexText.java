package org.citecheck.bib;

/**
 * Text as a BibTeX or biblatex field value: LaTeX specials escaped, whitespace collapsed, and, for
 * classic BibTeX, non-ASCII characters written as LaTeX commands where LaTeX has one.
 */
final class TexText {

  private final boolean asciiOnly;

  TexText(boolean asciiOnly) {
    this.asciiOnly = asciiOnly;
  }

  String escape(String text) {
    String collapsed = text.strip().replaceAll("\\s+", " ");
    return escape(collapsed, BibtexFieldWriter.balanced(collapsed));
  }

  private String escape(String text, boolean bracesPair) {
    StringBuilder out = new StringBuilder();
    text.codePoints()
        .forEach(
            codePoint -> {
              String special = LatexSpecials.of(codePoint, bracesPair);
              String accent = asciiOnly && special == null ? LatexAccents.of(codePoint) : null;
              if (special != null) {
                out.append(special);
              } else if (accent != null) {
                out.append(accent);
              } else {
                out.appendCodePoint(codePoint);
              }
            });
    return out.toString();
  }

  /**
   * A title with its capitals protected: each run of words holding a capital letter is braced
   * ("{OSCE Minsk Group}: {Lessons} from the {Past}"), so styles that change case leave proper
   * names and acronyms as printed.
   */
  String protectCapitals(String title) {
    StringBuilder out = new StringBuilder();
    boolean open = false;
    boolean bracesPair = BibtexFieldWriter.balanced(title);
    for (String word : title.strip().split("\\s+")) {
      boolean capital = word.codePoints().anyMatch(Character::isUpperCase);
      if (capital && !open) {
        out.append(out.length() == 0 ? "{" : " {");
        open = true;
      } else if (!capital && open) {
        out.append("} ");
        open = false;
      } else if (out.length() > 0) {
        out.append(' ');
      }
      out.append(escape(word, bracesPair));
    }
    if (open) {
      out.append('}');
    }
    return out.toString();
  }
}
