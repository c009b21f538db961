package org.citecheck.bib;

import java.io.IOException;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every style's output for the seed and the edge cases, byte for byte. */
class GoldenFilesTest {

  static Stream<Arguments> cases() {
    return Stream.of("seed", "edge")
        .flatMap(name -> Stream.of(BibStyle.values()).map(style -> Arguments.of(name, style)));
  }

  @ParameterizedTest(name = "{0} as {1}")
  @MethodSource("cases")
  void outputMatchesItsGoldenFile(String name, BibStyle style) throws IOException {
    Fixtures.assertGolden(Fixtures.goldenName(name, style), Fixtures.render(name, style));
  }
}
