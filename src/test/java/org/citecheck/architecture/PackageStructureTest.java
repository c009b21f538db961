package org.citecheck.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The package structure docs/architecture.md draws, checked on the compiled main classes: the
 * top-level packages (each with its sub-packages) form no cycle, check knows nothing of the
 * archive stage or the report writers (the run package wires them), and the shared HTTP stack and
 * text helpers sit below every stage that uses them.
 */
@AnalyzeClasses(packages = "org.citecheck", importOptions = ImportOption.DoNotIncludeTests.class)
class PackageStructureTest {

  @ArchTest
  static final ArchRule topLevelPackagesFormNoCycle =
      slices().matching("org.citecheck.(*)..").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule checkKnowsNeitherTheArchiveStageNorTheReports =
      noClasses().that().resideInAPackage("org.citecheck.check..")
          .should().dependOnClassesThat().resideInAnyPackage("org.citecheck.archive..", "org.citecheck.report..",
              "org.citecheck.run..");

  @ArchTest
  static final ArchRule theArchiveStageDoesNotKnowTheCheckOrTheReports =
      noClasses().that().resideInAPackage("org.citecheck.archive..")
          .should().dependOnClassesThat().resideInAnyPackage("org.citecheck.check..", "org.citecheck.report..",
              "org.citecheck.run..");

  @ArchTest
  static final ArchRule theSharedLayersKnowNoStage =
      noClasses().that().resideInAnyPackage("org.citecheck.http..", "org.citecheck.text..")
          .should().dependOnClassesThat().resideInAnyPackage("org.citecheck.check..", "org.citecheck.archive..",
              "org.citecheck.report..", "org.citecheck.audit..", "org.citecheck.bib..", "org.citecheck.run..",
              "org.citecheck.cli..");

  @ArchTest
  static final ArchRule auditDoesNotReachIntoTheReportWriters =
      noClasses().that().resideInAPackage("org.citecheck.audit..")
          .should().dependOnClassesThat().resideInAPackage("org.citecheck.report..");
}
