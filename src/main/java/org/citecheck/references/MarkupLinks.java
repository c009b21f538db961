package org.citecheck.references;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.citecheck.document.markup.MarkupLink;

/**
 * Settles a note's URLs with the links its markup sets on them. A link whose target is a printed
 * URL gives that URL exactly ({@code urlSource: "markup"}); a link set on a title gives the source
 * holding that title its URL; a link that falls on no source (on commentary, or a second link in a
 * source that already has one) becomes a source of its own, so that every link is checked. A target
 * that disagrees with the URL printed under it stays a second reading, as for a PDF's links.
 */
final class MarkupLinks {

  private MarkupLinks() {}

  /** Targets that {@code check} can check; in-page anchors, mail and relative paths are not. */
  static boolean checkable(String href) {
    String lower = href.toLowerCase(Locale.ROOT);
    return lower.startsWith("http://")
        || lower.startsWith("https://")
        || lower.startsWith("ftp://");
  }

  /**
   * @param text the note's text, which every source's text and every link's text is part of: the
   *     sources a link adds take their place in it
   */
  static List<Source> settle(String text, List<Source> sources, List<MarkupLink> links) {
    List<Source> settled = new ArrayList<>(sources);
    boolean[] fromLink = new boolean[settled.size()];
    List<Source> extra = new ArrayList<>();
    for (MarkupLink link : links) {
      if (!checkable(link.href())) {
        continue;
      }
      int printedAt = printed(settled, fromLink, link);
      if (printedAt >= 0) {
        settled.set(printedAt, exact(settled.get(printedAt), link));
        fromLink[printedAt] = true;
        continue;
      }
      int holder = holder(settled, fromLink, link);
      if (holder >= 0) {
        settled.set(holder, given(settled.get(holder), link.href()));
        fromLink[holder] = true;
        continue;
      }
      if (alreadyHeld(settled, link.href()) || alreadyHeld(extra, link.href())) {
        continue;
      }
      extra.add(linkOnly(link));
    }
    for (int i = 0; i < settled.size(); i++) {
      Source source = settled.get(i);
      if (!fromLink[i] && source.url() != null && source.urlSource() == null) {
        settled.set(
            i, source.withUrl(source.url(), source.urlCandidates(), Source.FROM_TEXT, null));
      }
    }
    if (extra.isEmpty()) {
      return settled;
    }
    settled.addAll(extra);
    // In reading order: a link before a cited source is a source before it.
    List<Source> ordered = new ArrayList<>(settled);
    ordered.sort(java.util.Comparator.comparingInt(s -> at(text, s)));
    return ordered;
  }

  /** The source whose printed URL this link is set on (its text is that URL), or -1. */
  private static int printed(List<Source> sources, boolean[] taken, MarkupLink link) {
    for (int i = 0; i < sources.size(); i++) {
      Source source = sources.get(i);
      if (taken[i] || source.url() == null) {
        continue;
      }
      if (LinkTargets.same(source.url(), link.href())
          || source.urlCandidates().stream().anyMatch(c -> LinkTargets.same(c, link.href()))
          || LinkTargets.same(source.url(), link.text())) {
        return i;
      }
    }
    return -1;
  }

  /** The source without a URL whose text holds the link's text (a linked title), or -1. */
  private static int holder(List<Source> sources, boolean[] taken, MarkupLink link) {
    String anchor = link.text().strip();
    if (anchor.isEmpty()) {
      return -1;
    }
    for (int i = 0; i < sources.size(); i++) {
      Source source = sources.get(i);
      if (!taken[i]
          && source.url() == null
          && source.text() != null
          && source.text().contains(anchor)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Where a source stands in the note: its title's place when the note prints it (a source's text
   * may open with the words a link is set on), else its text's.
   */
  private static int at(String text, Source source) {
    int at = source.title() == null ? -1 : text.indexOf(source.title());
    if (at < 0 && source.text() != null) {
      at = text.indexOf(source.text());
    }
    return at < 0 ? Integer.MAX_VALUE : at;
  }

  private static boolean alreadyHeld(List<Source> sources, String href) {
    return sources.stream().anyMatch(s -> s.url() != null && LinkTargets.same(s.url(), href));
  }

  /** The printed URL settled by its link: the target when they agree, else both kept. */
  private static Source exact(Source source, MarkupLink link) {
    String href = link.href();
    if (LinkTargets.same(source.url(), href)
        || source.urlCandidates().stream().anyMatch(c -> LinkTargets.same(c, href))) {
      // The target is what the reader's click opens: the text's other readings (a break, a
      // trailing mark) are settled by it, not candidates any more.
      return source.withUrl(href, List.of(href), Source.FROM_MARKUP, null);
    }
    // The text under the link is a URL, but another one: print and target disagree.
    List<String> candidates = new ArrayList<>(source.urlCandidates());
    candidates.add(href);
    return source.withUrl(source.url(), candidates, Source.FROM_TEXT, href);
  }

  private static Source given(Source source, String href) {
    return source.withUrl(href, List.of(href), Source.FROM_MARKUP, null);
  }

  /** A source for a link on words that cite nothing else: its text is the title. */
  private static Source linkOnly(MarkupLink link) {
    String anchor = link.text().strip();
    boolean anchorIsUrl = anchor.isEmpty() || checkable(anchor) || anchor.startsWith("www.");
    return new Source(
            SourceKind.WEB_PAGE,
            List.of(),
            anchorIsUrl ? null : anchor,
            false,
            null,
            null,
            null,
            null,
            null,
            List.of(),
            null,
            null,
            null,
            null,
            false,
            null,
            null,
            anchor.isEmpty() ? link.href() : anchor)
        .withUrl(link.href(), List.of(link.href()), Source.FROM_MARKUP, null);
  }
}
