package org.citecheck.document.tex;

import java.text.Normalizer;
import java.util.Map;
import java.util.Set;
import org.citecheck.CitecheckException;
import org.citecheck.document.markup.InlineText;

/**
 * Turns TeX into the words it prints: accents ({@code \'e} is é), dashes and quotes ({@code --},
 * {@code ``...''}), ties, escaped characters, and the common text commands ({@code \emph}, {@code
 * \textit}, {@code \enquote}) reduced to their argument. {@code url} and {@code \href} give their
 * exact targets as links. Used for LaTeX notes and for BibTeX fields, so both give the same text.
 * Commands it does not know print nothing, and their braced argument prints as text.
 */
public final class TexText {

  /**
   * What a comment left in the source (see the LaTeX reader): skipped with the line break that ends
   * it and the next line's leading blanks, as TeX skips them.
   */
  public static final char COMMENT = '\u0001';

  /** A reader's own handling of a command (a citation): true when it read the command. */
  @FunctionalInterface
  public interface Commands {
    boolean handle(String name, TexCursor cursor, InlineText out);
  }

  private static final Commands NONE = (name, cursor, out) -> false;

  /**
   * Quotation, link and accent commands read their argument by reading it again as TeX; no text
   * nests them this deep, and a crafted file that does would cost time for every level.
   */
  static final int MAX_DEPTH = 100;

  /** The nesting of the reading in progress on this thread (a reader calls back into it). */
  private static final ThreadLocal<int[]> DEPTH = ThreadLocal.withInitial(() -> new int[1]);

  /** Combining marks of the accent commands. */
  private static final Map<String, Character> ACCENTS =
      Map.ofEntries(
          Map.entry("`", '\u0300'),
          Map.entry("'", '\u0301'),
          Map.entry("^", '\u0302'),
          Map.entry("~", '\u0303'),
          Map.entry("=", '\u0304'),
          Map.entry("u", '\u0306'),
          Map.entry(".", '\u0307'),
          Map.entry("\"", '\u0308'),
          Map.entry("r", '\u030A'),
          Map.entry("H", '\u030B'),
          Map.entry("v", '\u030C'),
          Map.entry("c", '\u0327'),
          Map.entry("k", '\u0328'),
          Map.entry("d", '\u0323'),
          Map.entry("b", '\u0331'));

  /** Commands that are a character or a word of their own. */
  private static final Map<String, String> SYMBOLS =
      Map.ofEntries(
          Map.entry("ss", "ß"),
          Map.entry("o", "ø"),
          Map.entry("O", "Ø"),
          Map.entry("ae", "æ"),
          Map.entry("AE", "Æ"),
          Map.entry("oe", "œ"),
          Map.entry("OE", "Œ"),
          Map.entry("aa", "å"),
          Map.entry("AA", "Å"),
          Map.entry("l", "ł"),
          Map.entry("L", "Ł"),
          Map.entry("i", "ı"),
          Map.entry("j", "ȷ"),
          Map.entry("dh", "ð"),
          Map.entry("DH", "Ð"),
          Map.entry("th", "þ"),
          Map.entry("TH", "Þ"),
          Map.entry("dj", "đ"),
          Map.entry("DJ", "Đ"),
          Map.entry("ng", "ŋ"),
          Map.entry("NG", "Ŋ"),
          Map.entry("ldots", "…"),
          Map.entry("dots", "…"),
          Map.entry("textellipsis", "…"),
          Map.entry("textendash", "–"),
          Map.entry("textemdash", "—"),
          Map.entry("textquoteleft", "‘"),
          Map.entry("textquoteright", "’"),
          Map.entry("textquotedblleft", "“"),
          Map.entry("textquotedblright", "”"),
          Map.entry("guillemotleft", "«"),
          Map.entry("guillemotright", "»"),
          Map.entry("textless", "<"),
          Map.entry("textgreater", ">"),
          Map.entry("textbar", "|"),
          Map.entry("textbackslash", "\\"),
          Map.entry("textunderscore", "_"),
          Map.entry("textasciitilde", "~"),
          Map.entry("textasciicircum", "^"),
          Map.entry("textdegree", "°"),
          Map.entry("S", "§"),
          Map.entry("P", "¶"),
          Map.entry("copyright", "©"),
          Map.entry("textcopyright", "©"),
          Map.entry("textregistered", "®"),
          Map.entry("texttrademark", "™"),
          Map.entry("euro", "€"),
          Map.entry("texteuro", "€"),
          Map.entry("pounds", "£"),
          Map.entry("textsterling", "£"),
          Map.entry("TeX", "TeX"),
          Map.entry("LaTeX", "LaTeX"),
          Map.entry("BibTeX", "BibTeX"),
          Map.entry("slash", "/"),
          Map.entry("quad", " "),
          Map.entry("qquad", " "),
          Map.entry("newline", " "),
          Map.entry("linebreak", " "),
          Map.entry("par", " "));

  /** Commands whose arguments print nothing: labels, spacing, index entries. */
  private static final Set<String> SILENT =
      Set.of(
          "label",
          "index",
          "ref",
          "pageref",
          "eqref",
          "hspace",
          "vspace",
          "hyphenation",
          "footnotemark",
          "begin",
          "end",
          "phantom",
          "color",
          "thanks",
          "pdfbookmark");

  /** Commands that quote their argument. */
  private static final Set<String> QUOTES =
      Set.of("enquote", "mkbibquote", "textquote", "mkbibquotes");

  private TexText() {}

  /** The text TeX prints for {@code tex}. */
  public static String plain(String tex) {
    return render(tex, NONE).text();
  }

  /** The text and links TeX prints for {@code tex}. */
  public static InlineText render(String tex, Commands commands) {
    InlineText out = new InlineText();
    append(tex, out, commands);
    return out;
  }

  /**
   * Appends what {@code tex} prints to {@code out}; {@code commands} reads a reader's own ones.
   *
   * @throws CitecheckException when commands nest deeper than {@link #MAX_DEPTH}
   */
  public static void append(String tex, InlineText out, Commands commands) {
    int[] depth = DEPTH.get();
    if (++depth[0] > MAX_DEPTH) {
      depth[0] = 0;
      throw CitecheckException.input("TeX commands nested more than " + MAX_DEPTH + " deep");
    }
    try {
      appendFlat(tex, out, commands);
    } finally {
      depth[0] = Math.max(0, depth[0] - 1);
    }
  }

  private static void appendFlat(String tex, InlineText out, Commands commands) {
    TexCursor cursor = new TexCursor(tex, 0);
    StringBuilder word = new StringBuilder();
    while (!cursor.atEnd()) {
      char c = cursor.next();
      switch (c) {
        case '\\' -> {
          flush(word, out);
          command(cursor, out, commands);
        }
        case '{', '}', '$' -> {}
        case '~' -> word.append('\u00A0');
        case COMMENT -> skipComment(cursor);
        case '-' -> {
          if (cursor.peek() == '-') {
            cursor.next();
            if (cursor.peek() == '-') {
              cursor.next();
              word.append('—');
            } else {
              word.append('–');
            }
          } else {
            word.append('-');
          }
        }
        case '`' -> {
          if (cursor.peek() == '`') {
            cursor.next();
            word.append('“');
          } else {
            word.append('‘');
          }
        }
        case '\'' -> {
          if (cursor.peek() == '\'') {
            cursor.next();
            word.append('”');
          } else {
            word.append('\'');
          }
        }
        case '&' -> word.append(' ');
        default -> word.append(c);
      }
    }
    flush(word, out);
  }

  private static void command(TexCursor cursor, InlineText out, Commands commands) {
    String name = cursor.commandName();
    if (name.isEmpty()) {
      return;
    }
    Character accent = ACCENTS.get(name);
    if (accent != null
        && (name.length() == 1 && !TexCursor.isLetter(name.charAt(0))
            || cursor.groupFollows()
            || !cursor.atEnd() && TexCursor.isLetter(cursor.peek()))) {
      String base = cursor.group();
      String letter = base == null ? "" : plain(base);
      if (letter.equals("ı")) {
        letter = "i";
      }
      out.append(Normalizer.normalize(letter + accent, Normalizer.Form.NFC));
      return;
    }
    if (commands.handle(name, cursor, out)) {
      return;
    }
    String symbol = SYMBOLS.get(name);
    if (symbol != null) {
      out.append(symbol);
      return;
    }
    switch (name) {
      case "%", "&", "#", "_", "$", "{", "}" -> out.append(name);
      case " ", ",", ";", ":", "\n", "\t" -> out.space();
      case "-", "/", "!", "@" -> {}
      case "\\" -> {
        cursor.option();
        out.space();
      }
      case "url", "nolinkurl", "path" -> {
        String target = cursor.group();
        if (target != null) {
          String url = urlText(target);
          out.append(url);
          if (name.equals("url")) {
            out.link(url, url);
          }
        }
      }
      case "href" -> {
        String target = cursor.group();
        String words = cursor.group();
        if (target != null && words != null) {
          InlineText anchor = render(words, commands);
          out.append(anchor.text());
          out.link(urlText(target), anchor.text());
        }
      }
      case "doi" -> {
        String doi = cursor.group();
        if (doi != null) {
          String url = "https://doi.org/" + urlText(doi);
          out.append(url);
          out.link(url, url);
        }
      }
      case "foreignlanguage", "hyperlink", "hypertarget", "texorpdfstring" -> {
        // The first argument is a language, an anchor or the PDF form: the second is the text.
        cursor.option();
        cursor.group();
        String words = cursor.group();
        if (words != null) {
          append(words, out, commands);
        }
      }
      default -> {
        if (QUOTES.contains(name)) {
          String quoted = cursor.group();
          if (quoted != null) {
            out.append("“");
            appendGlued(quoted, out, commands);
            out.append("”");
          }
        } else if (SILENT.contains(name)) {
          cursor.option();
          if (cursor.groupFollows()) {
            cursor.group();
          }
        } else if (cursor.optionFollows()) {
          // An unknown command's options are settings, not words.
          cursor.option();
        }
      }
    }
  }

  /** Appends a quotation's words with no space after the opening mark. */
  private static void appendGlued(String tex, InlineText out, Commands commands) {
    InlineText inner = render(tex, commands);
    out.append(inner.text());
    inner.links().forEach(link -> out.link(link.href(), link.text()));
  }

  /**
   * A URL as {@code url} and {@code \href} give it: the characters as written, {@code %}, {@code #}
   * and {@code _} literally, and hyperref's escapes ({@code \%}, {@code \#}, {@code \&}, {@code
   * \_}, {@code \~}) read as the character they stand for.
   */
  public static String urlText(String raw) {
    StringBuilder url = new StringBuilder();
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '\\' && i + 1 < raw.length() && "%#&_~${}/".indexOf(raw.charAt(i + 1)) >= 0) {
        url.append(raw.charAt(++i));
      } else if (c == COMMENT || c == '\n' || c == '\r') {
        // A URL broken over lines in the source is one URL.
      } else if (!Character.isWhitespace(c)) {
        url.append(c);
      }
    }
    return url.toString();
  }

  private static void skipComment(TexCursor cursor) {
    while (cursor.peek() == COMMENT) {
      cursor.next();
    }
    if (cursor.peek() == '\n') {
      cursor.next();
      while (cursor.peek() == ' ' || cursor.peek() == '\t') {
        cursor.next();
      }
    }
  }

  private static void flush(StringBuilder word, InlineText out) {
    if (word.length() > 0) {
      out.append(word.toString());
      word.setLength(0);
    }
  }
}
