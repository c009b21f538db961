package org.citecheck.bib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.citecheck.io.Json;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * pandoc, a real consumer with a complete LaTeX decoder, reads each .bib output ({@code pandoc -f
 * biblatex -t csljson}, and {@code -f bibtex} for classic BibTeX) without a warning, and finds
 * every entry with its title, authors, date and URL as citecheck meant them.
 */
class PandocTest {

  @TempDir Path folder;

  static Stream<Arguments> cases() {
    return Stream.of("seed", "edge")
        .flatMap(
            name ->
                Stream.of(BibStyle.BIBLATEX, BibStyle.BIBTEX)
                    .map(style -> Arguments.of(name, style)));
  }

  @ParameterizedTest(name = "{0} as {1}")
  @MethodSource("cases")
  void pandocReadsEveryEntryAsWritten(String name, BibStyle style) throws Exception {
    List<BibEntry> entries = Fixtures.entries(name);
    Files.writeString(folder.resolve("in.bib"), style.render(entries), StandardCharsets.UTF_8);
    ExternalTool.Run run =
        ExternalTool.run(folder, "pandoc", "-f", style.id(), "-t", "csljson", "in.bib");
    assertEquals(0, run.exitCode(), run.stderr());
    assertEquals("", run.stderr(), "pandoc warned");
    JsonNode items = Json.mapper().readTree(run.stdout());
    List<String> ids = new ArrayList<>();
    items.forEach(item -> ids.add(item.path("id").asText()));
    assertEquals(entries.stream().map(BibEntry::key).toList(), ids);
    for (int i = 0; i < entries.size(); i++) {
      assertItem(entries.get(i), items.get(i), style);
    }
  }

  private static void assertItem(BibEntry entry, JsonNode item, BibStyle style) {
    // biblatex's titleaddon follows the title after a period, as biblatex prints it; pandoc
    // capitalises it. Classic BibTeX has no titleaddon: the mark is part of the title.
    String title =
        !entry.translated()
            ? entry.title()
            : style == BibStyle.BIBTEX ? entry.title() + " [trans.]" : entry.title() + ". [Trans.]";
    if (!BibtexFieldWriter.balanced(title)) {
      // A lone brace is written \\textbraceleft{}, which LaTeX prints and pandoc drops.
      title = title.replace("{", "").replace("}", "");
    }
    assertEquals(
        comparable(title), comparable(item.path("title").asText()), entry.key() + " title");
    assertEquals(entry.authors().size(), item.path("author").size(), entry.key() + " authors");
    for (int a = 0; a < entry.authors().size(); a++) {
      Name name = entry.authors().get(a);
      JsonNode author = item.path("author").get(a);
      String read =
          name.organisation() ? author.path("literal").asText() : author.path("family").asText();
      assertEquals(comparable(name.family()), comparable(read), entry.key() + " author " + a);
    }
    int[] written = entry.dateParts();
    // Classic BibTeX has a year and a month, no day.
    int[] date =
        style == BibStyle.BIBTEX && written.length > 2
            ? new int[] {written[0], written[1]}
            : written;
    JsonNode parts = item.path("issued").path("date-parts").path(0);
    assertEquals(date.length, parts.size(), entry.key() + " date");
    for (int d = 0; d < date.length; d++) {
      assertEquals(date[d], parts.get(d).asInt(), entry.key() + " date");
    }
    boolean urlField = style == BibStyle.BIBLATEX || item.has("URL");
    if (entry.url() != null && urlField) {
      String expected = style == BibStyle.BIBLATEX ? entry.url() : BibUrl.ascii(entry.url());
      assertEquals(expected, item.path("URL").asText(), entry.key() + " URL");
    }
    if (entry.archiveUrl() != null && style == BibStyle.BIBLATEX) {
      assertTrue(item.path("note").asText().contains("Archived at "), entry.key() + " addendum");
    }
  }

  /**
   * Reads like the text it came from. pandoc applies LaTeX typography (an apostrophe becomes ’) and
   * reads {\'{\i}} as a dotless i with a combining accent, which is how LaTeX prints í; both are
   * folded. pandoc also capitalises a subtitle's first word (after ": "), which is compared in
   * lower case.
   */
  private static String comparable(String text) {
    String decomposed = Normalizer.normalize(text.replace('’', '\''), Normalizer.Form.NFD);
    String folded =
        Normalizer.normalize(decomposed.replaceAll("ı(\\p{M})", "i$1"), Normalizer.Form.NFC);
    StringBuilder result = new StringBuilder(folded.replaceAll("\\s+", " "));
    for (int colon = result.indexOf(": "); colon >= 0; colon = result.indexOf(": ", colon + 1)) {
      if (colon + 2 < result.length()) {
        result.setCharAt(colon + 2, Character.toLowerCase(result.charAt(colon + 2)));
      }
    }
    return result.toString();
  }
}
