package org.citecheck.check;

import java.util.ArrayList;
import java.util.List;
import org.citecheck.references.DocumentInfo;
import org.citecheck.references.Note;
import org.citecheck.references.ReferenceSet;
import org.citecheck.references.Source;
import org.citecheck.references.SourceKind;
import org.citecheck.testing.SourceFixture;

/** Builds small reference sets for tests: one note per source unless told otherwise. */
final class TestReferences {

  private final List<Note> notes = new ArrayList<>();

  static Source web(String title, String url, String... candidates) {
    List<String> readings = new ArrayList<>();
    if (url != null) {
      readings.add(url);
    }
    readings.addAll(List.of(candidates));
    return SourceFixture.source().title(title).url(url).candidates(readings).text(title).build();
  }

  static Source crossReference(int seeNote) {
    return SourceFixture.source()
        .kind(SourceKind.OTHER)
        .crossRef("cited-above", seeNote, 0)
        .text("cited above")
        .build();
  }

  TestReferences note(Source... sources) {
    notes.add(
        new Note(notes.size() + 1, false, false, notes.size() + 1, "note", null, List.of(sources)));
    return this;
  }

  static ReferenceSet of(String... urls) {
    TestReferences references = new TestReferences();
    for (String url : urls) {
      references.note(web(null, url));
    }
    return references.build();
  }

  ReferenceSet build() {
    return new ReferenceSet(
        new DocumentInfo("Test document", List.of(), null, "test.txt", null, null), notes);
  }
}
