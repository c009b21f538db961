package org.citecheck.bib;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.citecheck.testing.GoldenFile;
import org.junit.jupiter.api.Test;

/**
 * The committed references.bib is what `citecheck bib` makes of the committed references.json
 * today. Until the repository has a references.json, the seed fixture stands in for it.
 */
class ReferencesBibTest {

  private static final Path BIB = Path.of("references.bib");
  private static final Path JSON = Path.of("references.json");
  private static final Path SEED = Fixtures.FOLDER.resolve("seed.references.json");

  @Test
  void committedReferencesBibIsUpToDate() throws IOException {
    Path source = Files.exists(JSON) ? JSON : SEED;
    String command = "bin/citecheck bib " + source + " -o references.bib";
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Bibliography.write(
        new BibOptions(source.toString(), BibStyle.BIBLATEX, "-", null),
        new ByteArrayInputStream(new byte[0]),
        out);
    String expected = out.toString(StandardCharsets.UTF_8);
    // The committed file is what `citecheck bib` writes; -Dcitecheck.golden.update=true or this
    // command remake it.
    assertTrue(
        GoldenFile.updating() || Files.exists(BIB),
        "references.bib is missing; regenerate it with: " + command);
    GoldenFile.assertMatches(BIB, expected);
  }
}
