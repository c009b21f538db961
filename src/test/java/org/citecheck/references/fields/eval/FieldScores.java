package org.citecheck.references.fields.eval;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.citecheck.references.Names;

/**
 * Field-level precision, recall and F1 as GROBID counts them: a field is right when it equals the
 * labelled value after folding case, accents, punctuation and spaces; authors are compared by their
 * surnames, dates by their year. A field given where none is labelled is a false positive; one
 * missing or wrong is a false negative (and a wrong one a false positive as well).
 */
public final class FieldScores {

  public static final List<String> FIELDS =
      List.of("authors", "title", "container", "date", "url", "pages");

  private static final Pattern YEAR = Pattern.compile("(?<!\\d)(1[5-9]|20)\\d\\d(?!\\d)");
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  /** The six fields of one reference, each already folded for comparison (null when absent). */
  public record Values(Map<String, String> fields) {}

  private final Map<String, int[]> counts = new LinkedHashMap<>();
  private int references;
  private int allRight;

  public FieldScores() {
    for (String field : FIELDS) {
      counts.put(field, new int[3]);
    }
  }

  /** Counts one reference. */
  public void add(Values gold, Values predicted) {
    references++;
    boolean every = true;
    for (String field : FIELDS) {
      String g = gold.fields().get(field);
      String p = predicted.fields().get(field);
      int[] c = counts.get(field);
      if (g == null && p == null) {
        continue;
      }
      if (g != null && g.equals(p)) {
        c[0]++;
      } else {
        every = false;
        if (p != null) {
          c[1]++;
        }
        if (g != null) {
          c[2]++;
        }
      }
    }
    if (every) {
      allRight++;
    }
  }

  public static Values values(
      List<String> authors, String title, String container, String date, String url, String pages) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("authors", surnames(authors));
    fields.put("title", fold(title));
    fields.put("container", fold(container));
    fields.put("date", year(date));
    fields.put("url", fold(url));
    fields.put("pages", fold(pages));
    return new Values(fields);
  }

  public double f1(String field) {
    int[] c = counts.get(field);
    return f1(c[0], c[1], c[2]);
  }

  public String table(String name) {
    StringBuilder out = new StringBuilder();
    out.append(
        String.format("%-10s %-10s %6s %6s %6s %6s%n", name, "field", "P", "R", "F1", "labelled"));
    int tp = 0;
    int fp = 0;
    int fn = 0;
    for (String field : FIELDS) {
      int[] c = counts.get(field);
      tp += c[0];
      fp += c[1];
      fn += c[2];
      out.append(
          String.format(
              "%-10s %-10s %6.1f %6.1f %6.1f %6d%n",
              "",
              field,
              100 * precision(c[0], c[1]),
              100 * recall(c[0], c[2]),
              100 * f1(c[0], c[1], c[2]),
              c[0] + c[2]));
    }
    out.append(
        String.format(
            "%-10s %-10s %6.1f %6.1f %6.1f%n",
            "", "micro", 100 * precision(tp, fp), 100 * recall(tp, fn), 100 * f1(tp, fp, fn)));
    out.append(
        String.format(
            "%-10s every field right: %.1f%% of %d references%n",
            "", 100.0 * allRight / references, references));
    return out.toString();
  }

  public double micro() {
    int tp = 0;
    int fp = 0;
    int fn = 0;
    for (int[] c : counts.values()) {
      tp += c[0];
      fp += c[1];
      fn += c[2];
    }
    return f1(tp, fp, fn);
  }

  public double allRightShare() {
    return references == 0 ? 0 : (double) allRight / references;
  }

  private static double precision(int tp, int fp) {
    return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
  }

  private static double recall(int tp, int fn) {
    return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
  }

  private static double f1(int tp, int fp, int fn) {
    double p = precision(tp, fp);
    double r = recall(tp, fn);
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  /** Case, accents, punctuation and spaces folded away; null for nothing. */
  static String fold(String text) {
    if (text == null) {
      return null;
    }
    String plain = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
    String folded = NOT_WORD.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll("");
    return folded.isEmpty() ? null : folded;
  }

  static String year(String date) {
    if (date == null) {
      return null;
    }
    Matcher m = YEAR.matcher(date);
    return m.find() ? m.group() : null;
  }

  /** The authors' surnames, folded and joined in order. */
  static String surnames(List<String> authors) {
    if (authors == null || authors.isEmpty()) {
      return null;
    }
    List<String> names = new ArrayList<>();
    for (String author : authors) {
      String surname = surname(author);
      if (surname != null) {
        names.add(surname);
      }
    }
    return names.isEmpty() ? null : String.join("|", names);
  }

  /** "Smith, John" and "John Smith" and "Smith J." give "smith"; "et al." gives nothing. */
  static String surname(String name) {
    String text = name.strip();
    if (text.matches("(?i)et\\.?\\s*al\\.?|others|al")) {
      return null;
    }
    int comma = text.indexOf(',');
    if (comma > 0) {
      return fold(text.substring(0, comma));
    }
    String[] words = text.split("\\s+");
    for (int i = words.length - 1; i >= 0; i--) {
      String word = words[i].replaceAll("[.,;:]+$", "");
      boolean initials =
          word.length() <= 3 && word.equals(word.toUpperCase(Locale.ROOT)) && words.length > 1;
      if (fold(word) != null && !initials && word.replace(".", "").length() > 1) {
        return fold(word);
      }
    }
    return fold(text);
  }

  /** Authors as the corpora label them: the whole span, split as the parser splits lists. */
  public static List<String> splitAuthors(String span) {
    return span == null ? List.of() : Names.split(span);
  }

  static boolean same(String a, String b) {
    return Objects.equals(fold(a), fold(b));
  }
}
