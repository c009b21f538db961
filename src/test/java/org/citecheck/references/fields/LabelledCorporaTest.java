package org.citecheck.references.fields;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.citecheck.references.fields.train.Corpora;
import org.citecheck.references.fields.train.LabelledReference;
import org.junit.jupiter.api.Test;

/** The corpora's spans become token labels as docs/parser.md says. */
class LabelledCorporaTest {

  @Test
  void anystyleSpansLabelTheirTokens() {
    String xml =
        "<dataset><sequence><author>Smith, J.</author><date>(2020).</date>"
            + "<title>A title.</title><journal>J. Things,</journal><volume>3(2),</volume><pages>1–9.</pages>"
            + "</sequence></dataset>";
    LabelledReference reference =
        Corpora.anystyle(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "t")
            .get(0);
    assertEquals("Smith, J. (2020). A title. J. Things, 3(2), 1–9.", reference.text());
    Labelling labelling =
        new Labelling(reference.text(), reference.tokens(), reference.labels(), 1);
    assertEquals("Smith, J.", labelling.first(Label.AUTHOR));
    assertEquals("(2020).", labelling.first(Label.DATE));
    assertEquals("J. Things,", labelling.first(Label.CONTAINER));
    assertEquals("3(2),", labelling.first(Label.VOLUME));
  }

  @Test
  void textACorpusLeavesUnlabelledGoesWithItsNeighbour() {
    List<LabelledReference.Piece> pieces =
        List.of(
            new LabelledReference.Piece("Akaike, H.", Label.AUTHOR),
            new LabelledReference.Piece(" (", null),
            new LabelledReference.Piece("1974", Label.DATE),
            new LabelledReference.Piece("). In ", null),
            new LabelledReference.Piece("Proc. Things", Label.CONTAINER));
    LabelledReference reference = LabelledReference.of("t", pieces);
    assertEquals("Akaike, H. (1974). In Proc. Things", reference.text());
    Labelling labelling =
        new Labelling(reference.text(), reference.tokens(), reference.labels(), 1);
    assertEquals("(1974).", labelling.first(Label.DATE));
    assertEquals("In", labelling.first(Label.NOTE));
  }
}
