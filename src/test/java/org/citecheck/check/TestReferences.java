package org.citecheck.check;

import java.util.ArrayList;
import java.util.List;
import org.citecheck.references.DocumentInfo;
import org.citecheck.references.Note;
import org.citecheck.references.ReferenceSet;
import org.citecheck.references.Source;
import org.citecheck.references.SourceKind;

/** Builds small reference sets for tests: one note per source unless told otherwise. */
final class TestReferences {

  private final List<Note> notes = new ArrayList<>();

  static Source web(String title, String url, String... candidates) {
    List<String> readings = new ArrayList<>();
    if (url != null) {
      readings.add(url);
    }
    readings.addAll(List.of(candidates));
    return new Source(SourceKind.WEB_PAGE, List.of(), title, false, null, null, null, url, url, readings, null,
        null, null, null, false, null, null, title);
  }

  static Source crossReference(int seeNote) {
    return new Source(SourceKind.OTHER, List.of(), null, false, null, null, null, null, null, List.of(), null,
        seeNote, 0, "cited-above", false, null, null, "cited above");
  }

  TestReferences note(Source... sources) {
    notes.add(new Note(notes.size() + 1, false, false, notes.size() + 1, "note", null, List.of(sources)));
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
    return new ReferenceSet(new DocumentInfo("Test document", List.of(), null, "test.txt", null, null), notes);
  }
}
