package org.citecheck.scholarly.doi;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.citecheck.io.Json;
import org.citecheck.scholarly.service.Answer;
import org.citecheck.scholarly.service.MetadataService;
import org.citecheck.scholarly.store.AnswerStore;
import org.citecheck.scholarly.store.StoredAnswer;
import org.citecheck.text.SafeText;

/**
 * Asks the DOI handle API ({@code GET {base}/api/handles/{doi}}) whether a DOI is registered and
 * where it points, without visiting the publisher. 200 with {@code responseCode} 1 is registered,
 * 404 with {@code responseCode} 100 is not; anything else says nothing. Answers are kept in the
 * store and reused within the maximum age.
 */
public final class HandleClient {

  static final String SERVICE = "doi-handle";

  private final MetadataService service;
  private final String base;
  private final AnswerStore store;
  private final Duration maxAge;
  private final Clock clock;

  /**
   * @param base the resolver's origin, "https://doi.org" (--doi-base)
   */
  public HandleClient(
      MetadataService service, String base, AnswerStore store, Duration maxAge, Clock clock) {
    this.service = service;
    this.base = base.replaceFirst("/+$", "");
    this.store = store;
    this.maxAge = maxAge;
    this.clock = clock;
  }

  /**
   * The DOI of a URL at this resolver ("https://doi.org/10.1/x", or the --doi-base a test or mirror
   * names), if it is one.
   */
  public Optional<Doi> doiOfUrl(String url) {
    Optional<Doi> standard = Doi.parse(url);
    if (standard.isPresent() || url == null || !url.startsWith(base + "/10.")) {
      return standard;
    }
    return Doi.parse(url.substring(base.length() + 1));
  }

  /** The registration of a DOI, from the store when fresh enough, else from the handle API. */
  public Registration lookup(Doi doi) {
    Instant now = clock.instant();
    Optional<StoredAnswer> kept = store.fresh(SERVICE, doi.value(), now, maxAge);
    if (kept.isPresent()) {
      return read(kept.get());
    }
    Answer answer = service.get(base + "/api/handles/" + doi.path(), "application/json");
    if (!answer.answered()) {
      return new Registration(
          Registration.State.UNKNOWN, null, answer.problem(), null, now.toString());
    }
    Optional<StoredAnswer> before = store.last(SERVICE, doi.value());
    String since =
        before.isPresent() && before.get().status() == answer.status()
            ? before.get().since()
            : now.toString();
    StoredAnswer stored =
        new StoredAnswer(answer.status(), answer.body(), answer.url(), now.toString(), since);
    Registration registration = read(stored);
    if (registration.state() != Registration.State.UNKNOWN) {
      store.put(SERVICE, doi.value(), stored);
    }
    return registration;
  }

  private static Registration read(StoredAnswer answer) {
    JsonNode root;
    try {
      root = Json.mapper().readTree(answer.body());
    } catch (IOException | RuntimeException e) {
      root = null;
    }
    int code = root == null ? -1 : root.path("responseCode").asInt(-1);
    if (answer.status() == 200 && code == 1) {
      return new Registration(
          Registration.State.REGISTERED, target(root), null, null, answer.fetchedAt());
    }
    if (answer.status() == 404 && code == 100) {
      return new Registration(
          Registration.State.NOT_REGISTERED, null, null, answer.since(), answer.fetchedAt());
    }
    return new Registration(
        Registration.State.UNKNOWN,
        null,
        "the DOI handle API answered HTTP "
            + answer.status()
            + (code >= 0 ? ", responseCode " + code : ""),
        null,
        answer.fetchedAt());
  }

  /** The first URL value of the handle, or null. */
  private static String target(JsonNode root) {
    for (JsonNode value : root.path("values")) {
      if ("URL".equals(value.path("type").asText())) {
        String url = value.path("data").path("value").asText(null);
        return url == null ? null : SafeText.words(url, 2000);
      }
    }
    return null;
  }
}
