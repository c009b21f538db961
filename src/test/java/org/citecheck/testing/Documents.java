package org.citecheck.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.citecheck.document.DocumentText;
import org.citecheck.references.Extraction;
import org.citecheck.references.Note;
import org.citecheck.references.ReferenceSet;

/** Builds documents for tests and runs the real extraction on them. */
public final class Documents {

  /** The seed report's text, as committed under src/test/resources/seed. */
  public static final String SEED = "src/test/resources/seed/osce-insights-2020-minsk-group.txt";

  private Documents() {}

  public static ReferenceSet extract(String text) {
    return Extraction.extract(DocumentText.of("test.txt", text)).references();
  }

  public static List<Note> notes(String text) {
    return extract(text).notes();
  }

  /** A document whose body is a short paragraph and whose notes follow a "Notes" heading. */
  public static String withNotes(String... noteLines) {
    return "A Report Title\n\nJane Doe, John Roe\n\nBody text of the report.\n\nNotes\n\n"
        + String.join("\n", noteLines)
        + "\n";
  }

  public static String resource(String path) {
    try (InputStream in = Documents.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
