package org.citecheck.bib;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.citecheck.io.Json;
import org.citecheck.references.ReferenceSet;
import org.citecheck.references.ReferencesJson;
import org.citecheck.testing.GoldenFile;
import org.citecheck.verdict.VerificationReport;

/**
 * The hand-written inputs: "seed" (the OSCE report's 26 notes, as the extractor should read them)
 * and "edge" (every source kind, escaping edge cases, and a verification report with redirects and
 * snapshots), and the golden files their bibliographies are compared with.
 */
final class Fixtures {

  static final Path FOLDER = Path.of("src/test/resources/org/citecheck/bib");

  private Fixtures() {}

  static ReferenceSet references(String name) {
    return ReferencesJson.read(bytes(name + ".references.json"), name);
  }

  static VerificationReport report(String name) {
    Path path = FOLDER.resolve(name + ".verification.json");
    if (!Files.exists(path)) {
      return null;
    }
    try {
      return Json.mapper().readValue(path.toFile(), VerificationReport.class);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static List<BibEntry> entries(String name) {
    return Bibliography.entries(references(name), report(name));
  }

  static String render(String name, BibStyle style) {
    return style.render(entries(name));
  }

  /**
   * The golden file's name for a fixture and style: seed.expected.bib, edge.expected.csl.json...
   */
  static String goldenName(String name, BibStyle style) {
    String extension =
        switch (style) {
          case BIBLATEX -> "bib";
          case BIBTEX -> "bibtex.bib";
          case CSL_JSON -> "csl.json";
          case RIS -> "ris";
        };
    return name + ".expected." + extension;
  }

  /** Compares output with its golden file in the fixtures' folder (see {@link GoldenFile}). */
  static void assertGolden(String goldenName, String actual) {
    GoldenFile.assertMatches(FOLDER.resolve(goldenName), actual);
  }

  static byte[] bytes(String resource) {
    try (InputStream in = Files.newInputStream(FOLDER.resolve(resource))) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
