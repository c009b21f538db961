package org.citecheck.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layers docs/architecture.md draws, checked on the compiled main classes. A run flows down the
 * pipeline (document, notes, urls, references, then check and archive, then the outputs), and each
 * stage may use only the stages before it and the shared packages at the bottom: the verdict
 * vocabulary, the HTTP stack, untrusted text and files. The composition root ({@code run}) and the
 * commands ({@code cli}) sit on top. Stages of one rank (check, archive and scholarly; report, bib
 * and audit) do not know each other, so that each can change or be dropped alone.
 */
@AnalyzeClasses(packages = "org.citecheck", importOptions = ImportOption.DoNotIncludeTests.class)
class PackageStructureTest {

  private static final String[] PIPELINE_BEFORE_CHECK = {
    "References", "Urls", "Notes", "Document", "Store", "Verdict", "Http", "Text", "Io", "Errors"
  };

  @ArchTest
  static final ArchRule layersFollowThePipeline =
      layeredArchitecture()
          .consideringOnlyDependenciesInLayers()
          .layer("Cli")
          .definedBy("org.citecheck.cli..")
          .layer("Run")
          .definedBy("org.citecheck.run..")
          .layer("Report")
          .definedBy("org.citecheck.report..")
          .layer("Bib")
          .definedBy("org.citecheck.bib..")
          .layer("Audit")
          .definedBy("org.citecheck.audit..")
          .layer("Check")
          .definedBy("org.citecheck.check..")
          .layer("Archive")
          .definedBy("org.citecheck.archive..")
          .layer("Scholarly")
          .definedBy("org.citecheck.scholarly..")
          .layer("References")
          .definedBy("org.citecheck.references..")
          .layer("Urls")
          .definedBy("org.citecheck.urls..")
          .layer("Notes")
          .definedBy("org.citecheck.notes..")
          .layer("Document")
          .definedBy("org.citecheck.document..")
          .layer("Store")
          .definedBy("org.citecheck.store..")
          .layer("Verdict")
          .definedBy("org.citecheck.verdict..")
          .layer("Http")
          .definedBy("org.citecheck.http..")
          .layer("Text")
          .definedBy("org.citecheck.text..")
          .layer("Io")
          .definedBy("org.citecheck.io..")
          // CitecheckException, the error every layer may throw (its kind maps to an exit code),
          // and HasId, the
          // contract of every id-bearing enum.
          .layer("Errors")
          .definedBy("org.citecheck")
          .whereLayer("Cli")
          .mayNotBeAccessedByAnyLayer()
          .whereLayer("Run")
          .mayOnlyBeAccessedByLayers("Cli")
          .whereLayer("Report")
          .mayOnlyAccessLayers(PIPELINE_BEFORE_CHECK)
          .whereLayer("Bib")
          .mayOnlyAccessLayers(PIPELINE_BEFORE_CHECK)
          .whereLayer("Audit")
          .mayOnlyAccessLayers(PIPELINE_BEFORE_CHECK)
          .whereLayer("Check")
          .mayOnlyAccessLayers(PIPELINE_BEFORE_CHECK)
          .whereLayer("Archive")
          .mayOnlyAccessLayers(PIPELINE_BEFORE_CHECK)
          .whereLayer("Scholarly")
          .mayOnlyAccessLayers(PIPELINE_BEFORE_CHECK)
          .whereLayer("References")
          .mayOnlyAccessLayers(
              "Urls", "Notes", "Document", "Verdict", "Http", "Text", "Io", "Errors")
          .whereLayer("Urls")
          .mayOnlyAccessLayers("Notes", "Document", "Verdict", "Http", "Text", "Io", "Errors")
          .whereLayer("Notes")
          .mayOnlyAccessLayers("Document", "Verdict", "Http", "Text", "Io", "Errors")
          .whereLayer("Document")
          .mayOnlyAccessLayers("Verdict", "Http", "Text", "Io", "Errors")
          // The shared packages are leaves: none knows a stage, and only the verdict records lean
          // on io's JSON.
          // The history store keeps rows in the verdict vocabulary and knows no stage.
          .whereLayer("Store")
          .mayOnlyAccessLayers("Verdict", "Io", "Errors")
          .whereLayer("Verdict")
          .mayOnlyAccessLayers("Io", "Errors")
          .whereLayer("Http")
          .mayOnlyAccessLayers("Io", "Errors")
          .whereLayer("Text")
          .mayOnlyAccessLayers("Io", "Errors")
          .whereLayer("Io")
          .mayOnlyAccessLayers("Text", "Errors")
          .whereLayer("Errors")
          .mayNotAccessAnyLayer();

  /** A new top-level package must take its place in the layers above, or no rule would see it. */
  @ArchTest
  static final ArchRule everyClassIsInALayer =
      classes()
          .should()
          .resideInAnyPackage(
              "org.citecheck.cli..",
              "org.citecheck.run..",
              "org.citecheck.report..",
              "org.citecheck.bib..",
              "org.citecheck.audit..",
              "org.citecheck.check..",
              "org.citecheck.archive..",
              "org.citecheck.scholarly..",
              "org.citecheck.references..",
              "org.citecheck.urls..",
              "org.citecheck.notes..",
              "org.citecheck.document..",
              "org.citecheck.store..",
              "org.citecheck.verdict..",
              "org.citecheck.http..",
              "org.citecheck.text..",
              "org.citecheck.io..",
              "org.citecheck");

  /** The engine is a library: the command-line framework stays in the thin command classes. */
  @ArchTest
  static final ArchRule picocliOnlyInCli =
      noClasses()
          .that()
          .resideOutsideOfPackage("org.citecheck.cli..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("picocli..");

  /**
   * Only the commands end the process or read the environment: the engine reports through values
   * and exceptions, and takes its settings as arguments, so tests and embedders can drive it.
   */
  @ArchTest
  static final ArchRule exitAndEnvironmentOnlyInCli =
      noClasses()
          .that()
          .resideOutsideOfPackage("org.citecheck.cli..")
          .should()
          .callMethod(System.class, "exit", int.class)
          .orShould()
          .callMethod(System.class, "getenv")
          .orShould()
          .callMethod(System.class, "getenv", String.class)
          .orShould()
          .callMethod(Runtime.class, "exit", int.class)
          .orShould()
          .callMethod(Runtime.class, "halt", int.class);
}
