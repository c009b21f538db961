package org.citecheck.scholarly.doi;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.citecheck.references.Note;
import org.citecheck.references.ReferenceSet;
import org.citecheck.references.Source;
import org.citecheck.verdict.UrlResult;
import org.citecheck.verdict.Verdict;

/**
 * The DOI stage of a check: for every result whose source has a DOI (or whose URL is a doi.org
 * URL), asks the handle API whether the DOI is registered. A registered DOI whose landing page
 * refused the checker is {@code alive}: the DOI is the one identifier that can be verified for
 * certain, and publishers often refuse robots. A doi.org URL whose DOI is not registered is {@code
 * dead}, confirmed when it was found so in answers at least a day apart. Offline, nothing is asked
 * and nothing changes.
 */
public final class DoiVerification {

  /** The reason of a registered DOI whose publisher refuses robots, as the issue words it. */
  public static final String REGISTERED_BUT_REFUSED =
      "DOI registered; the publisher's page refuses automated access";

  static final Duration APART = Duration.ofDays(1);

  /**
   * The results after the DOI stage, and what a person should be told about it.
   *
   * @param asked DOIs looked up (from the network or the store)
   */
  public record Outcome(List<UrlResult> results, List<String> notices, int asked) {}

  private final HandleClient handles;

  public DoiVerification(HandleClient handles) {
    this.handles = handles;
  }

  public Outcome verify(ReferenceSet references, List<UrlResult> results, boolean offline) {
    List<UrlResult> verified = new ArrayList<>();
    Map<Doi, Registration> known = new HashMap<>();
    List<String> notices = new ArrayList<>();
    int unknown = 0;
    for (UrlResult result : results) {
      Optional<Doi> doi = doiOf(references, result);
      if (doi.isEmpty()) {
        verified.add(result);
        continue;
      }
      if (offline) {
        if (notices.isEmpty()) {
          notices.add("DOIs not verified: the checker is offline; their verdicts are unchanged");
        }
        verified.add(result);
        continue;
      }
      Registration registration = known.computeIfAbsent(doi.get(), handles::lookup);
      if (registration.state() == Registration.State.UNKNOWN) {
        unknown++;
      }
      verified.add(
          apply(result, doi.get(), registration, handles.doiOfUrl(result.url()).isPresent()));
    }
    if (unknown > 0) {
      notices.add(
          unknown
              + " DOI look-up"
              + (unknown == 1 ? "" : "s")
              + " got no usable answer from the handle API; those verdicts are the landing"
              + " pages' own");
    }
    return new Outcome(verified, notices, known.size());
  }

  private static UrlResult apply(
      UrlResult result, Doi doi, Registration registration, boolean doiUrl) {
    return switch (registration.state()) {
      case REGISTERED ->
          result.verdict() == Verdict.BLOCKED
              ? result.withVerdict(
                  Verdict.ALIVE, REGISTERED_BUT_REFUSED + " (" + result.reason() + ")", null)
              : result;
      case NOT_REGISTERED -> {
        String said = "DOI " + doi + " is not registered (the DOI handle API answered 404)";
        if (!doiUrl) {
          yield result.withVerdict(
              result.verdict(), result.reason() + "; " + said, result.confirmed());
        }
        boolean confirmed =
            registration.since() != null
                && !Duration.between(
                        Instant.parse(registration.since()), Instant.parse(registration.at()))
                    .minus(APART)
                    .isNegative();
        yield result.withVerdict(
            Verdict.DEAD,
            said
                + (confirmed
                    ? "; confirmed: it failed in checks at least a day apart"
                    : "; not yet confirmed: it needs a second failing check a day or more later"),
            confirmed);
      }
      case UNKNOWN -> result;
    };
  }

  private Optional<Doi> doiOf(ReferenceSet references, UrlResult result) {
    Optional<Doi> fromUrl = handles.doiOfUrl(result.url());
    if (fromUrl.isPresent()) {
      return fromUrl;
    }
    for (Note note : references.notes()) {
      if (note.number() == result.note() && result.source() < note.sources().size()) {
        Source source = note.sources().get(result.source());
        return Doi.parse(source.doi());
      }
    }
    return Optional.empty();
  }
}
