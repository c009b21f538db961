package org.citecheck.document.latex;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.citecheck.document.tex.TexText;

/**
 * A LaTeX file's source with what prints nothing taken out, same length and same line breaks so
 * that every position still points at the file: comments ({@code %} to the end of the line, not
 * {@code \%}) become {@link TexText#COMMENT} marks, and verbatim text ({@code verbatim}, {@code
 * lstlisting}, {@code minted} environments, {@code \verb|...|}) becomes blanks, so that a {@code
 * \footnote} shown in a code listing is not read as one. The target of {@code url} and {@code
 * \href} is kept as written: a {@code %} or {@code #} in it is part of the URL.
 */
final class TexSource {

  private static final Set<String> VERBATIM =
      Set.of(
          "verbatim",
          "verbatim*",
          "Verbatim",
          "BVerbatim",
          "lstlisting",
          "minted",
          "comment",
          "filecontents",
          "filecontents*",
          "alltt");

  private static final Pattern BEGIN = Pattern.compile("\\\\begin\\s*\\{([A-Za-z*]+)\\}");

  private TexSource() {}

  static String clean(String source) {
    StringBuilder out = new StringBuilder(source.length());
    int i = 0;
    int n = source.length();
    while (i < n) {
      char c = source.charAt(i);
      if (c == '%') {
        while (i < n && source.charAt(i) != '\n') {
          out.append(TexText.COMMENT);
          i++;
        }
        continue;
      }
      if (c != '\\' || i + 1 >= n) {
        out.append(c);
        i++;
        continue;
      }
      int end = i + 1;
      while (end < n && Character.isLetter(source.charAt(end))) {
        end++;
      }
      String name = source.substring(i + 1, end);
      if (name.isEmpty()) {
        // A control symbol: \% is a percent sign, not a comment.
        out.append(c).append(source.charAt(i + 1));
        i += 2;
        continue;
      }
      switch (name) {
        case "verb", "lstinline" -> i = blankInline(source, i, end, out);
        case "url", "href", "nolinkurl" -> i = copyArgument(source, i, end, out);
        case "begin" -> i = beginEnvironment(source, i, out);
        default -> {
          out.append(source, i, end);
          i = end;
        }
      }
    }
    return out.toString();
  }

  /** {@code \verb|x|}, {@code \verb*|x|}, {@code \lstinline{x}}: blanked to the closing mark. */
  private static int blankInline(String source, int start, int end, StringBuilder out) {
    int i = end;
    if (i < source.length() && source.charAt(i) == '*') {
      i++;
    }
    if (i < source.length() && source.charAt(i) == '[') {
      int close = source.indexOf(']', i);
      i = close < 0 ? i : close + 1;
    }
    if (i >= source.length()) {
      out.append(source, start, source.length());
      return source.length();
    }
    char open = source.charAt(i);
    char close = open == '{' ? '}' : open;
    int stop = source.indexOf(close, i + 1);
    int lineEnd = source.indexOf('\n', i + 1);
    if (stop < 0 || lineEnd >= 0 && lineEnd < stop) {
      out.append(source, start, end);
      return end;
    }
    blank(source, start, stop + 1, out);
    return stop + 1;
  }

  /** The first argument of {@code url} or {@code \href}, copied with its braces, comments kept. */
  private static int copyArgument(String source, int start, int end, StringBuilder out) {
    int i = end;
    while (i < source.length() && (source.charAt(i) == ' ' || source.charAt(i) == '\t')) {
      i++;
    }
    if (i >= source.length() || source.charAt(i) != '{') {
      out.append(source, start, end);
      return end;
    }
    int depth = 0;
    int j = i;
    for (; j < source.length(); j++) {
      char c = source.charAt(j);
      if (c == '\\') {
        j++;
      } else if (c == '{') {
        depth++;
      } else if (c == '}' && --depth == 0) {
        break;
      } else if (c == '\n' && j + 1 < source.length() && source.charAt(j + 1) == '\n') {
        break;
      }
    }
    if (j >= source.length() || source.charAt(j) != '}') {
      out.append(source, start, end);
      return end;
    }
    out.append(source, start, j + 1);
    return j + 1;
  }

  /** A verbatim environment is blanked to its end; any other {@code \begin} is copied. */
  private static int beginEnvironment(String source, int start, StringBuilder out) {
    Matcher begin = BEGIN.matcher(source).region(start, source.length());
    if (!begin.lookingAt() || !VERBATIM.contains(begin.group(1))) {
      out.append(source, start, start + "\\begin".length());
      return start + "\\begin".length();
    }
    String closing = "\\end{" + begin.group(1) + "}";
    int stop = source.indexOf(closing, begin.end());
    int to = stop < 0 ? source.length() : stop + closing.length();
    blank(source, start, to, out);
    return to;
  }

  private static void blank(String source, int from, int to, StringBuilder out) {
    for (int i = from; i < to; i++) {
      out.append(source.charAt(i) == '\n' ? '\n' : ' ');
    }
  }
}
