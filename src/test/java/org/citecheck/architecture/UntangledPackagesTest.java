package org.citecheck.architecture;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Within the packages untangled so far, every package is its own slice and none is in a cycle:
 * archive and its sub-packages (the snapshot model below the services, the services below the
 * engine), the composition root, the HTTP stack, the text helpers and the verdict vocabulary. Only
 * these packages are imported, so the rule sees the dependencies among them alone; the others
 * (check with its cache, audit with its rules) join the list once they are untangled too.
 */
@AnalyzeClasses(
    packages = {"org.citecheck.archive", "org.citecheck.run", "org.citecheck.http", "org.citecheck.text",
        "org.citecheck.verdict"},
    importOptions = ImportOption.DoNotIncludeTests.class)
class UntangledPackagesTest {

  @ArchTest
  static final ArchRule noPackageIsInACycle =
      slices().matching("org.citecheck.(**)").should().beFreeOfCycles();
}
