package org.citecheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.maven.plugin.surefire.log.api.NullConsoleLogger;
import org.apache.maven.plugins.surefire.report.ReportTestCase;
import org.apache.maven.plugins.surefire.report.ReportTestSuite;
import org.apache.maven.plugins.surefire.report.TestSuiteXmlParser;
import org.citecheck.testing.GoldenFile;
import org.citecheck.verdict.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class JUnitReportTest {

  private final String xml = JUnitReport.format(ReportFixture.context());

  @Test
  void matchesGoldenFile() {
    GoldenFile.assertMatches(ReportFixture.GOLDEN.resolve("junit.expected.xml"), xml);
  }

  @Test
  void parsesWithTheJdkParserIntoASuitePerNoteAndACasePerUrl() throws Exception {
    Document document = parse(xml);
    Element root = document.getDocumentElement();
    assertEquals("testsuites", root.getTagName());
    assertEquals("10", root.getAttribute("tests"));
    assertEquals(
        "3", root.getAttribute("failures"), "dead twice and soft-404: the fail-on verdicts");
    assertEquals("3", root.getAttribute("skipped"), "blocked, offline and skipped");
    assertEquals("0", root.getAttribute("errors"));
    NodeList suites = root.getElementsByTagName("testsuite");
    assertEquals(8, suites.getLength(), "notes 4, 5, 6, 8, 9, 10, 11, 12");
    Element note9 = (Element) suites.item(4);
    assertEquals("note 9", note9.getAttribute("name"));
    assertEquals("2", note9.getAttribute("tests"));
    assertEquals("1", note9.getAttribute("skipped"));
    assertEquals("30.120", note9.getAttribute("time"));
    Element blocked = (Element) note9.getElementsByTagName("testcase").item(0);
    assertEquals("docs/report 2020.txt", blocked.getAttribute("file"));
    assertEquals("189", blocked.getAttribute("line"));
    assertEquals(3, root.getElementsByTagName("failure").getLength());
  }

  @Test
  void aCiReportParserReadsTheSameCounts(@TempDir Path folder) throws Exception {
    Path file = folder.resolve("junit.xml");
    Files.writeString(file, xml, StandardCharsets.UTF_8);
    List<ReportTestSuite> suites =
        new TestSuiteXmlParser(new NullConsoleLogger()).parse(file.toString());
    assertEquals(8, suites.size());
    assertEquals(10, suites.stream().mapToInt(ReportTestSuite::getNumberOfTests).sum());
    assertEquals(3, suites.stream().mapToInt(ReportTestSuite::getNumberOfFailures).sum());
    assertEquals(3, suites.stream().mapToInt(ReportTestSuite::getNumberOfSkipped).sum());
    ReportTestCase dead = suites.get(1).getTestCases().get(0);
    assertEquals(
        "source 1: https://www.ipinst.org/wp-content/uploads/2016/05/1605-Chained-to-the-Caucasus.pdf",
        dead.getName());
    assertEquals("dead", dead.getFailureType());
    assertEquals("Dead: 404 Not Found", dead.getFailureMessage());
  }

  @Test
  void failOnDecidesFailuresAndBlockedInFailOnFails() throws Exception {
    ReportContext context =
        new ReportContext(
            ReportFixture.context().report(),
            ReportFixture.references(),
            null,
            EnumSet.of(Verdict.BLOCKED, Verdict.UNREACHABLE),
            "test");
    Element root = parse(JUnitReport.format(context)).getDocumentElement();
    assertEquals("2", root.getAttribute("failures"));
    assertEquals("2", root.getAttribute("skipped"), "offline and skipped only: blocked now fails");
    assertFalse(JUnitReport.format(context).contains(" file=\""), "no document: no file attribute");
  }

  @Test
  void removesCharactersXmlForbidsAndEscapesTheRest() {
    assertFalse(xml.contains("\u0000"));
    assertFalse(xml.contains("\u001b"));
    assertFalse(xml.contains("\uFFFF"));
    assertFalse(xml.contains("<script>"));
    assertTrue(xml.contains("&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; ]]&gt;"));
  }

  private static Document parse(String text) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory
        .newDocumentBuilder()
        .parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }
}
