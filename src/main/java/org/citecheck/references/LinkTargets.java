package org.citecheck.references;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.citecheck.document.pdf.PdfLink;
import org.citecheck.notes.RawNote;

/**
 * Settles a note's URLs with the PDF's link annotations over them. A link whose target reads as the
 * printed URL once the line breaks are undone (with or without the hyphen at a break) gives the URL
 * exactly: the break and hyphen guesses are no longer needed. A target that says something else (a
 * shortened print, a stale target, another host) leaves the printed URL in place and becomes one
 * more reading, recorded as {@link Source#urlTarget()} for the audit.
 */
final class LinkTargets {

  /** The least of a printed URL's characters a link must cover to be its link. */
  private static final int MIN_OVERLAP = 8;

  private final List<String> lines;

  /** The links on each 0-based line, so that a note looks only at its own lines' links. */
  private final java.util.Map<Integer, List<PdfLink>> byLine = new java.util.HashMap<>();

  LinkTargets(List<String> lines, List<PdfLink> links) {
    this.lines = lines;
    for (PdfLink link : links) {
      if (link.target().regionMatches(true, 0, "http", 0, 4)) {
        link.spans()
            .forEach(span -> byLine.computeIfAbsent(span.line(), k -> new ArrayList<>()).add(link));
      }
    }
  }

  /**
   * The note's sources with their URLs' origin recorded; without links, every URL is from the text.
   */
  List<Source> settle(RawNote raw, List<Source> sources) {
    java.util.Set<Integer> noteLines = new java.util.TreeSet<>();
    raw.lines().forEach(line -> noteLines.add(line.lineNumber() - 1));
    java.util.Set<PdfLink> touching = new java.util.LinkedHashSet<>();
    for (int line : noteLines) {
      touching.addAll(byLine.getOrDefault(line, List.of()));
    }
    List<PdfLink> near = new ArrayList<>(touching);
    List<Source> settled = new ArrayList<>(sources.size());
    for (Source source : sources) {
      settled.add(settle(source, near, noteLines));
    }
    return settled;
  }

  /**
   * @param noteLines the note's 0-based lines: a link's text elsewhere (a body line its box
   *     overlaps) is not the URL's
   */
  private Source settle(Source source, List<PdfLink> near, java.util.Set<Integer> noteLines) {
    if (source.url() == null) {
      return source;
    }
    String printed = squeeze(source.urlAsPrinted() != null ? source.urlAsPrinted() : source.url());
    // The link over the most of the printed URL: a box that grazes a character or two of it (an
    // overfull line of the next column, a neighbouring link) is not its link.
    PdfLink link = null;
    List<String> parts = null;
    int longest = Math.min(printed.length(), MIN_OVERLAP) - 1;
    for (PdfLink candidate : near) {
      List<String> under = candidate.printed(lines, noteLines);
      String joined = squeeze(String.join("", under));
      int overlap =
          printed.contains(joined)
              ? joined.length()
              : joined.contains(printed) ? printed.length() : 0;
      if (overlap > longest) {
        longest = overlap;
        link = candidate;
        parts = under;
      }
    }
    if (link != null) {
      near.remove(link);
      String target = link.target();
      if (agrees(target, parts, source.urlCandidates())) {
        List<String> candidates = new ArrayList<>();
        candidates.add(target);
        source.urlCandidates().stream().filter(c -> !same(c, target)).forEach(candidates::add);
        return source.withUrl(target, candidates, Source.FROM_ANNOTATION, null);
      }
      List<String> candidates = new ArrayList<>(source.urlCandidates());
      if (candidates.stream().noneMatch(c -> same(c, target))) {
        candidates.add(target);
      }
      return source.withUrl(source.url(), candidates, Source.FROM_TEXT, target);
    }
    return source.withUrl(source.url(), source.urlCandidates(), Source.FROM_TEXT, null);
  }

  /** True when the target is the printed text with its breaks undone, or one of its readings. */
  private static boolean agrees(String target, List<String> parts, List<String> candidates) {
    if (candidates.stream().anyMatch(c -> same(c, target))) {
      return true;
    }
    StringBuilder kept = new StringBuilder();
    StringBuilder dropped = new StringBuilder();
    for (int i = 0; i < parts.size(); i++) {
      String part = parts.get(i).strip();
      kept.append(part);
      boolean breakHyphen = i + 1 < parts.size() && part.endsWith("-");
      dropped.append(breakHyphen ? part.substring(0, part.length() - 1) : part);
    }
    return same(kept.toString(), target) || same(dropped.toString(), target);
  }

  /**
   * The same address: scheme and host case, a trailing slash or full stop, escapes and "www."
   * without a scheme aside.
   */
  static boolean same(String printed, String target) {
    return comparable(printed).equals(comparable(target));
  }

  private static String comparable(String url) {
    String u = squeeze(url);
    while (!u.isEmpty() && ".,;:)]'\"”’>/".indexOf(u.charAt(u.length() - 1)) >= 0) {
      u = u.substring(0, u.length() - 1);
    }
    u = u.replaceFirst("(?i)^https?://", "");
    int slash = u.indexOf('/');
    String host =
        (slash < 0 ? u : u.substring(0, slash))
            .toLowerCase(Locale.ROOT)
            .replaceFirst("^www\\.", "");
    return host + (slash < 0 ? "" : unescape(u.substring(slash)));
  }

  private static String squeeze(String text) {
    return text.replaceAll("\\s+", "");
  }

  /**
   * Percent escapes decoded as UTF-8, so that a printed "é" and a target's "%C3%A9" compare equal.
   */
  private static String unescape(String path) {
    if (path.indexOf('%') < 0) {
      return path;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      if (c == '%'
          && i + 2 < path.length()
          && isHex(path.charAt(i + 1))
          && isHex(path.charAt(i + 2))) {
        bytes.write(Integer.parseInt(path.substring(i + 1, i + 3), 16));
        i += 2;
      } else {
        byte[] b = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
        bytes.write(b, 0, b.length);
      }
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  private static boolean isHex(char c) {
    return Character.digit(c, 16) >= 0;
  }
}
