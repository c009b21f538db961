package org.citecheck.urls;

/**
 * Where a URL really ends: sentence punctuation, closing quotes and unbalanced closing brackets
 * after it belong to the sentence, not to the URL ("(see https://a.org/x)." ends at "x").
 */
final class UrlEnd {

  private UrlEnd() {}

  /** The number of trailing characters of {@code url} that are not part of it. */
  static int trailingJunk(String url) {
    int end = url.length();
    while (end > 0) {
      char c = url.charAt(end - 1);
      String kept = url.substring(0, end);
      if (".,;:!?'\"’”»".indexOf(c) >= 0) {
        end--;
      } else if (c == ')' && count(kept, '(') < count(kept, ')')) {
        end--;
      } else if (c == ']' && count(kept, '[') < count(kept, ']')) {
        end--;
      } else if (c == '}' && count(kept, '{') < count(kept, '}')) {
        end--;
      } else {
        break;
      }
    }
    return url.length() - end;
  }

  static String trim(String url) {
    return url.substring(0, url.length() - trailingJunk(url));
  }

  private static int count(String text, char c) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == c) {
        n++;
      }
    }
    return n;
  }
}
