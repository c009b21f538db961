package org.citecheck.audit.rules;

import java.util.ArrayList;
import java.util.List;
import org.citecheck.audit.model.AuditContext;
import org.citecheck.audit.model.AuditRule;
import org.citecheck.audit.model.Cited;
import org.citecheck.audit.model.Finding;
import org.citecheck.audit.model.Severity;
import org.citecheck.text.WebUrl;

/**
 * A web source without an access date. Pages change; the access date says which version the author
 * read, and it is the date the archive lookup uses to find that version. A DOI link is a persistent
 * identifier and needs none. When no web source of the document has one, that is the document's
 * style, and one finding says so instead of one per source.
 */
public final class DateNoAccessDate implements AuditRule {

  private static final String FIX =
      "Add the date the page was consulted (\"accessed 14 March 2021\"): it says"
          + " which version was read, and archive lookups use it to find that version.";

  @Override
  public String id() {
    return "date.no-access-date";
  }

  @Override
  public Severity severity() {
    return Severity.INFO;
  }

  @Override
  public String description() {
    return "a web source (a URL other than a DOI) without an access date; one finding when no web source has one";
  }

  @Override
  public List<Finding> check(AuditContext context) {
    List<Cited> web = new ArrayList<>();
    List<Cited> undated = new ArrayList<>();
    for (Cited cited : context.cited()) {
      WebUrl url = cited.full() ? WebUrl.parse(cited.source().url()) : null;
      if (url != null && !isDoi(url)) {
        web.add(cited);
        if (cited.source().accessed() == null) {
          undated.add(cited);
        }
      }
    }
    List<Finding> findings = new ArrayList<>();
    if (undated.size() >= 2 && undated.size() == web.size()) {
      findings.add(
          finding(
              null,
              null,
              null,
              "None of the "
                  + web.size()
                  + " web sources gives an access date ("
                  + NoteList.of(web)
                  + ").",
              "Add to each web source the date it was consulted (\"accessed 14 March 2021\"): it says which version"
                  + " was read, and archive lookups use it to find that version."));
      return findings;
    }
    for (Cited cited : undated) {
      findings.add(
          finding(
              cited.number(),
              cited.index(),
              cited.line(),
              "The web source gives no access date.",
              FIX));
    }
    return findings;
  }

  private static boolean isDoi(WebUrl url) {
    String host = url.asciiHost();
    return host.equals("doi.org") || host.equals("dx.doi.org") || host.endsWith(".doi.org");
  }
}
