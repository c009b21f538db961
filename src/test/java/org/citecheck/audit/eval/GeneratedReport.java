package org.citecheck.audit.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.citecheck.audit.eval.Faults.Expected;
import org.citecheck.audit.eval.Faults.Fault;
import org.citecheck.audit.eval.ReportRenderer.MarkerStyle;

/**
 * One generated report as pdftotext would give it, with the findings its injected faults should
 * cause. The same seed gives the same report.
 *
 * @param seed the seed it was made from
 * @param text the report's text
 * @param expected the findings its faults should cause; empty for a clean report
 * @param shape how it is printed ("glued, furniture, wrapped at 82, 31 notes, date: PUBLISHED")
 * @param header for a PDF with page furniture, the running header its typesetter prints on every
 *     page after the first; empty without furniture or for text, whose furniture is in the text
 */
record GeneratedReport(
    long seed, String text, List<Expected> expected, String shape, String header) {

  /** One report in five is clean; the others carry one to five different faults. */
  static GeneratedReport generate(long seed) {
    return generate(seed, false);
  }

  /**
   * The same report as {@link #generate(long)}, its glued and superscript markers between {@link
   * ReportRenderer#RAISE} and {@link ReportRenderer#LOWER} for {@link PdfTypesetter} to raise.
   */
  static GeneratedReport forPdf(long seed) {
    return generate(seed, true);
  }

  private static GeneratedReport generate(long seed, boolean raised) {
    Random random = new Random(seed);
    MarkerStyle style = MarkerStyle.values()[random.nextInt(MarkerStyle.values().length)];
    boolean furniture = random.nextBoolean();
    int width = random.nextInt(3) == 0 ? 0 : 70 + random.nextInt(30);
    ReportGenerator generator = new ReportGenerator(random);
    ReportModel model = generator.generate();
    List<Expected> expected = new ArrayList<>();
    if (random.nextInt(5) > 0) {
      List<Fault> faults = new ArrayList<>(Arrays.asList(Fault.values()));
      Collections.shuffle(faults, random);
      Faults injector = new Faults(random, model, generator);
      for (Fault fault : faults.subList(0, 1 + random.nextInt(5))) {
        expected.addAll(injector.inject(fault));
      }
    }
    SourceWriter writer = new SourceWriter(SourceWriter.Style.values()[random.nextInt(2)]);
    ReportRenderer renderer = new ReportRenderer(random, style, furniture, width, writer, raised);
    String text = renderer.render(model);
    String shape =
        style.name().toLowerCase()
            + (furniture ? ", furniture" : "")
            + (width == 0 ? ", long lines" : ", wrapped at " + width)
            + ", "
            + model.notes.size()
            + " notes, date "
            + model.dateForm;
    return new GeneratedReport(
        seed, text, List.copyOf(expected), shape, raised && furniture ? renderer.header() : "");
  }

  boolean clean() {
    return expected.isEmpty();
  }
}
