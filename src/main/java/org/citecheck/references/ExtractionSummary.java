package org.citecheck.references;

import java.util.List;
import org.citecheck.io.Input;
import org.citecheck.io.Output;

/**
 * What one {@code extract} run did, in figures for the user.
 *
 * @param notes notes found
 * @param inferred notes whose number was taken from the sequence
 * @param sources sources parsed
 * @param urls sources with a URL
 * @param repaired URLs printed broken and repaired
 * @param notices what the user should know about how the document was read (a PDF's pages without
 *     text, its unreadable glyphs), one line each
 */
public record ExtractionSummary(
    int notes, int inferred, int sources, int urls, int repaired, List<String> notices) {

  public ExtractionSummary {
    notices = List.copyOf(notices);
  }

  public ExtractionSummary(int notes, int inferred, int sources, int urls, int repaired) {
    this(notes, inferred, sources, urls, repaired, List.of());
  }

  /** Extracts the input's notes and writes them as references.json to the output. */
  public static ExtractionSummary run(Input input, Output output) {
    ExtractedDocument extracted = Extraction.extract(input);
    ReferenceSet references = extracted.references();
    output.write(ReferencesJson.write(references));
    ExtractionSummary summary = of(references);
    return new ExtractionSummary(
        summary.notes,
        summary.inferred,
        summary.sources,
        summary.urls,
        summary.repaired,
        extracted.notices());
  }

  public static ExtractionSummary of(ReferenceSet references) {
    int inferred = 0;
    int sources = 0;
    int urls = 0;
    int repaired = 0;
    for (Note note : references.notes()) {
      inferred += note.numberInferred() ? 1 : 0;
      for (Source source : note.sources()) {
        sources++;
        urls += source.url() != null ? 1 : 0;
        repaired += source.urlRepaired() ? 1 : 0;
      }
    }
    return new ExtractionSummary(references.notes().size(), inferred, sources, urls, repaired);
  }

  public String describe(String written) {
    return String.format(
        "%d notes (%d numbers inferred), %d sources, %d URLs (%d repaired) -> %s",
        notes, inferred, sources, urls, repaired, written);
  }
}
