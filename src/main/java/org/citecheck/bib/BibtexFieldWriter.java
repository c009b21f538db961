package org.citecheck.bib;

/**
 * Writes the fields of one entry, each after the comma that ends the key or the previous field,
 * names padded so the values line up. Values arrive already escaped; this class only checks that
 * their braces balance, the one thing that would corrupt every entry after this one.
 */
final class BibtexFieldWriter {

  private static final int NAME_WIDTH = 13;

  private final StringBuilder out;

  BibtexFieldWriter(StringBuilder out) {
    this.out = out;
  }

  /** Writes a braced field; a null value writes nothing. */
  void field(String name, String value) {
    if (value == null || value.isEmpty()) {
      return;
    }
    if (!balanced(value)) {
      throw new IllegalStateException("unbalanced braces in field " + name + ": " + value);
    }
    raw(name, "{" + value + "}");
  }

  /** Writes a field whose value is a bare macro name (BibTeX's month = nov). */
  void macro(String name, String macro) {
    raw(name, macro);
  }

  private void raw(String name, String value) {
    out.append(",\n  ").append(name).append(" ".repeat(Math.max(1, NAME_WIDTH - name.length())));
    out.append("= ").append(value);
  }

  static boolean balanced(String value) {
    int depth = 0;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '{') {
        depth++;
      } else if (c == '}' && --depth < 0) {
        return false;
      }
    }
    return depth == 0;
  }
}
