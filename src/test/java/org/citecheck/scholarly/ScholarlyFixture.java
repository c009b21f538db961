package org.citecheck.scholarly;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import okhttp3.OkHttpClient;
import org.citecheck.http.FakeTime;
import org.citecheck.references.DocumentInfo;
import org.citecheck.references.Note;
import org.citecheck.references.ReferenceSet;
import org.citecheck.references.Source;
import org.citecheck.scholarly.service.ServicePolicy;
import org.citecheck.scholarly.store.AnswerStore;

/** Metadata services pointed at one WireMock server, with a fake time that never sleeps. */
public final class ScholarlyFixture {

  private ScholarlyFixture() {}

  public static ScholarlyOptions options(WireMockExtension server, Clock clock, FakeTime time) {
    String base = server.baseUrl();
    return ScholarlyOptions.defaults("test")
        .withBases(base, base, base + "/datacite")
        .withMailto("lead@example.org")
        .withTime(clock, time)
        .withMaxAge(Duration.ofDays(1));
  }

  public static MetadataServices services(ScholarlyOptions options, AnswerStore store) {
    return new MetadataServices(new OkHttpClient(), options, store);
  }

  public static ServicePolicy quick(ServicePolicy policy) {
    return policy;
  }

  /** One note per source, numbered from 1. */
  public static ReferenceSet references(Source... sources) {
    List<Note> notes = new ArrayList<>();
    for (Source source : sources) {
      notes.add(
          new Note(
              notes.size() + 1, false, false, notes.size() + 1, "note", null, List.of(source)));
    }
    return new ReferenceSet(
        new DocumentInfo("Test document", List.of(), null, "test.txt", null, null), notes);
  }
}
