package org.citecheck.references;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.citecheck.document.DocumentReader;
import org.citecheck.testing.GoldenFile;
import org.citecheck.testing.JsonSchemas;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Whole documents in layouts and styles the seed does not have: each {@code NAME.input.txt} under
 * src/test/resources/extract is extracted and compared with {@code NAME.expected.json}. Regenerate
 * after a deliberate change with -Dcitecheck.golden.update=true, then read the diff.
 */
class ExtractionGoldenTest {

  private static final Path DIR = Path.of("src/test/resources/extract");

  static Stream<String> documents() throws IOException {
    try (Stream<Path> files = Files.list(DIR)) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".input.txt"))
          .map(n -> n.substring(0, n.length() - ".input.txt".length()))
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest
  @MethodSource("documents")
  void extractsAsExpected(String name) throws IOException {
    byte[] input = Files.readAllBytes(DIR.resolve(name + ".input.txt"));
    String actual =
        ReferencesJson.write(
            Extraction.extract(DocumentReader.decode(input, name + ".input.txt")).references());
    JsonSchemas.assertValid("/org/citecheck/schema/references.schema.json", actual);
    GoldenFile.assertMatches(DIR.resolve(name + ".expected.json"), actual);
  }
}
