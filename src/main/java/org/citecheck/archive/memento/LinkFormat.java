package org.citecheck.archive.memento;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads RFC 6690 link-format (TimeMaps) and RFC 8288 Link headers, which share one grammar: {@code
 * <uri>; rel="first memento"; datetime="Fri, 24 Feb 2012 10:27:47 GMT", <uri>; ...}. Commas inside
 * quotes (every datetime has one) and inside angle brackets do not end an entry.
 */
public final class LinkFormat {

  /**
   * One link.
   *
   * @param uri the target
   * @param rels the relation types, lower-cased ("first memento" gives first and memento)
   * @param params the other parameters, names lower-cased, values unquoted
   */
  public record Link(String uri, Set<String> rels, Map<String, String> params) {

    public boolean has(String rel) {
      return rels.contains(rel);
    }

    public String param(String name) {
      return params.get(name);
    }
  }

  private LinkFormat() {}

  public static List<Link> parse(String text) {
    List<Link> links = new ArrayList<>();
    if (text == null) {
      return links;
    }
    int i = 0;
    int n = text.length();
    while (i < n) {
      int open = text.indexOf('<', i);
      if (open < 0) {
        break;
      }
      int close = text.indexOf('>', open);
      if (close < 0) {
        break;
      }
      String uri = text.substring(open + 1, close).strip();
      Map<String, String> params = new LinkedHashMap<>();
      i = readParams(text, close + 1, params);
      Set<String> rels = new LinkedHashSet<>();
      String rel = params.remove("rel");
      if (rel != null) {
        for (String value : rel.strip().split("\\s+")) {
          if (!value.isEmpty()) {
            rels.add(value.toLowerCase(Locale.ROOT));
          }
        }
      }
      links.add(new Link(uri, rels, params));
    }
    return links;
  }

  /**
   * Reads {@code ; name=value} pairs up to the comma that ends the entry; returns the index after.
   */
  private static int readParams(String text, int from, Map<String, String> params) {
    int i = from;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (c == ',') {
        return i + 1;
      }
      if (c != ';') {
        i++;
        continue;
      }
      int eq = i + 1;
      while (eq < n && text.charAt(eq) != '=' && text.charAt(eq) != ';' && text.charAt(eq) != ',') {
        eq++;
      }
      String name = text.substring(i + 1, eq).strip().toLowerCase(Locale.ROOT);
      if (eq >= n || text.charAt(eq) != '=') {
        params.putIfAbsent(name, "");
        i = eq;
        continue;
      }
      int start = eq + 1;
      while (start < n && text.charAt(start) == ' ') {
        start++;
      }
      StringBuilder value = new StringBuilder();
      if (start < n && text.charAt(start) == '"') {
        i = start + 1;
        while (i < n && text.charAt(i) != '"') {
          if (text.charAt(i) == '\\' && i + 1 < n) {
            i++;
          }
          value.append(text.charAt(i++));
        }
        i++;
      } else {
        i = start;
        while (i < n && text.charAt(i) != ';' && text.charAt(i) != ',') {
          value.append(text.charAt(i++));
        }
      }
      params.putIfAbsent(name, value.toString().strip());
    }
    return n;
  }
}
