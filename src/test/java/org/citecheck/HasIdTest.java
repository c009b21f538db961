package org.citecheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.citecheck.archive.ArchiveService;
import org.citecheck.audit.model.Severity;
import org.citecheck.bib.BibStyle;
import org.citecheck.document.markup.MarkupFormat;
import org.citecheck.references.SourceKind;
import org.citecheck.references.fields.Label;
import org.citecheck.report.ReportFormat;
import org.citecheck.verdict.ArchiveStatus;
import org.citecheck.verdict.DriftVerdict;
import org.citecheck.verdict.Failure;
import org.citecheck.verdict.Verdict;
import org.junit.jupiter.api.Test;

class HasIdTest {

  /** Every id-bearing enum of the code; the scan below keeps the list whole. */
  private static final List<Class<? extends Enum<?>>> ID_ENUMS =
      List.of(
          Verdict.class,
          ReportFormat.class,
          BibStyle.class,
          Severity.class,
          SourceKind.class,
          ArchiveService.class,
          ArchiveStatus.class,
          DriftVerdict.class,
          Failure.class,
          Label.class,
          MarkupFormat.class);

  @Test
  void everyEnumWithAnIdTakesPartInTheOneContract() {
    List<String> outside = new ArrayList<>();
    Set<String> listed = new HashSet<>();
    ID_ENUMS.forEach(type -> listed.add(type.getName()));
    for (JavaClass type :
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.citecheck")) {
      boolean hasId =
          type.getMethods().stream()
              .anyMatch(m -> m.getName().equals("id") && m.getRawParameterTypes().isEmpty());
      if (type.isEnum()
          && hasId
          && (!type.isAssignableTo(HasId.class) || !listed.contains(type.getName()))) {
        outside.add(type.getName());
      }
    }
    assertEquals(
        List.of(),
        outside,
        "enums with an id() that do not implement HasId or are not listed here");
  }

  @Test
  void everyIdReadsBackInAnyCaseAndSoDoesTheJavaName() {
    for (Class<? extends Enum<?>> type : ID_ENUMS) {
      Set<String> ids = new HashSet<>();
      for (Enum<?> constant : type.getEnumConstants()) {
        String id = ((HasId) constant).id();
        assertTrue(ids.add(id), type + ": id " + id + " twice");
        assertEquals(id.toLowerCase(Locale.ROOT), id, type + ": ids are lower case");
        assertSame(constant, find(type, id));
        assertSame(constant, find(type, " " + id.toUpperCase(Locale.ROOT) + "\t"));
        assertSame(constant, find(type, constant.name()));
      }
      assertNull(find(type, "no-such-id"));
      assertNull(find(type, null));
    }
  }

  @Test
  void anUnknownIdIsSaidOneWayForEveryType() {
    IllegalArgumentException verdict =
        assertThrows(IllegalArgumentException.class, () -> Verdict.fromId("gone"));
    assertEquals(
        "unknown verdict 'gone': expected one of alive, redirected, soft-404, dead, blocked, unreachable,"
            + " offline, invalid, skipped",
        verdict.getMessage());
    assertEquals(
        "unknown source kind 'pamphlet': expected one of web-page, social-post, news-article,"
            + " journal-article, book, report, letter, official-document, resolution, other",
        assertThrows(IllegalArgumentException.class, () -> SourceKind.fromId("pamphlet"))
            .getMessage());
    assertEquals(
        "unknown report format 'pdf': expected one of json, md, html, junit, sarif, notes, or all",
        HasId.unknown(ReportFormat.class, " pdf ", List.of("all")));
    assertEquals("too-many-redirects", Failure.fromId("TOO_MANY_REDIRECTS").id());
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Object find(Class<? extends Enum<?>> type, String id) {
    return HasId.find((Class) type, id);
  }
}
