package org.citecheck.document.bibtex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.citecheck.CitecheckException;
import org.citecheck.document.markup.CitedFields;
import org.citecheck.document.markup.MarkupDocument;
import org.citecheck.document.markup.MarkupNote;
import org.junit.jupiter.api.Test;

class BibtexReaderTest {

  private static MarkupDocument read(String bib) {
    return BibtexReader.read(Arrays.asList(bib.split("\n", -1)), "refs.bib");
  }

  private static CitedFields only(String bib) {
    return read(bib).notes().get(0).fields();
  }

  @Test
  void anEntrysFieldsMapToTheRecord() {
    MarkupDocument doc =
        read(
            """
            % Encoding: UTF-8
            @string{jot = {Journal of Th{\\'i}ngs}}

            @Article{doe2020,
              Author = {Doe, Jane and Richard van der Berg and {World Health Organization}},
              title = {Quotes and \\emph{Dashes} in M{\\"u}nchen},
              journaltitle = jot,
              date = {2020-03-15/2020-04-01},
              volume = 4, number = {2}, pages = {1--5},
              publisher = {Pub}, location = {Paris},
              doi = {https://doi.org/10.1234/abc.5},
              url = {https://example.org/a_b%20c?x=1#frag},
              urldate = {2021-05-06},
            }
            """);
    MarkupNote note = doc.notes().get(0);
    assertNull(note.mark(), "an entry has no printed number");
    assertEquals("doe2020", note.key());
    assertEquals(4, note.line());
    CitedFields f = note.fields();
    assertEquals("article", f.type());
    assertEquals(
        List.of("Doe, Jane", "van der Berg, Richard", "World Health Organization"), f.authors());
    assertEquals("Quotes and Dashes in München", f.title());
    assertEquals("Journal of Thíngs", f.container());
    assertEquals("2020-03-15", f.date());
    assertEquals("2021-05-06", f.accessed());
    assertEquals("4", f.volume());
    assertEquals("2", f.issue());
    assertEquals("1–5", f.pages());
    assertEquals("Pub", f.publisher());
    assertEquals("Paris", f.place());
    assertEquals("10.1234/abc.5", f.doi());
    assertEquals("https://example.org/a_b%20c?x=1#frag", f.url());
    assertEquals("https://example.org/a_b%20c?x=1#frag", note.links().get(0).href());
  }

  @Test
  void classicBibtexFields() {
    CitedFields f =
        only(
            "@techreport{r, author = {Smith, J. and others}, editor = {Lee, K.},"
                + " institution = {Bank}, address = {Rome}, title = {{R}eport},"
                + " year = 2019, month = jan, howpublished = {\\url{http://bank.example/r\\_1}}}");
    assertEquals(List.of("Smith, J."), f.authors());
    assertEquals(List.of("Lee, K."), f.editors());
    assertEquals("2019-01", f.date());
    assertEquals("Bank", f.publisher());
    assertEquals("Rome", f.place());
    assertEquals("Report", f.title());
    assertEquals("http://bank.example/r_1", f.url());
  }

  @Test
  void eprintsBecomeUrlsOrDois() {
    assertEquals(
        "https://arxiv.org/abs/2101.00001",
        only("@misc{a, eprint = {2101.00001}, eprinttype = {arxiv}}").url());
    assertEquals(
        "https://arxiv.org/abs/2101.00002",
        only("@misc{a, eprint = {2101.00002}, archivePrefix = {arXiv}}").url());
    assertEquals(
        "https://pubmed.ncbi.nlm.nih.gov/123456/",
        only("@misc{a, eprint = {123456}, eprinttype = {pubmed}}").url());
    CitedFields doi = only("@misc{a, eprint = {10.5/x}, eprinttype = {doi}}");
    assertEquals("10.5/x", doi.doi());
    assertNull(doi.url());
  }

  @Test
  void aCrossrefParentGivesTheFieldsTheChildLacks() {
    MarkupDocument doc =
        read(
            "@incollection{ch, title = {Chapter}, crossref = {book}}\n"
                + "@book{book, title = {The Book}, booktitle = {The Book}, publisher = {P}, year = 2001}\n");
    CitedFields f = doc.notes().get(0).fields();
    assertEquals("Chapter", f.title());
    assertEquals("The Book", f.container());
    assertEquals("2001", f.date());
  }

  @Test
  void aKeyGivenTwiceIsSaid() {
    MarkupDocument doc =
        read(
            "@misc{same, title = {One}, url = {https://a.example.org/}}\n\n"
                + "@misc{same, title = {Two}, url = {https://b.example.org/}}\n"
                + "@misc{other, title = {One}, url = {https://a.example.org/}}\n");
    assertEquals(List.of("One", "One"), doc.notes().stream().map(n -> n.fields().title()).toList());
    assertEquals(List.of(1, 4), doc.notes().stream().map(MarkupNote::line).toList());
    assertEquals(
        List.of(
            "key same is given to 2 entries: only the first is read (BibTeX stops at a repeated"
                + " key)"),
        doc.notices());
  }

  @Test
  void aSyntaxErrorIsOneLineWithItsLineAndColumn() {
    CitecheckException e =
        assertThrows(
            CitecheckException.class,
            () -> read("@misc{a, title = {One}}\n\n@misc{b, title = {Two} year = 2020}\n"));
    assertEquals(
        "refs.bib: BibTeX syntax error at line 3, column 24: unexpected \"year\"", e.getMessage());
    assertEquals(CitecheckException.Kind.INPUT, e.kind());
  }

  @Test
  void recognisedByItsFirstEntryThenByName() {
    assertTrue(BibtexReader.looksLike("% JabRef\n\n@Comment{x}\n@article{a,\n}"));
    assertTrue(BibtexReader.looksLike("@string{x = {y}}"));
    assertFalse(BibtexReader.looksLike("# README\n\n```\n@article{a,\n}\n```\n"));
    assertTrue(BibtexReader.named("library.BIB"));
  }
}
