package org.citecheck.architecture;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Every package, sub-packages included, is its own slice and none is in a cycle with another: a
 * package's parts sit below the package that assembles them (check.cache and check.outcome below
 * the checker, audit.model below audit.rules below the audit engine, archive.snapshot below the
 * archive services). {@link PackageStructureTest} checks the order between top-level packages.
 */
@AnalyzeClasses(packages = "org.citecheck", importOptions = ImportOption.DoNotIncludeTests.class)
class UntangledPackagesTest {

  @ArchTest
  static final ArchRule noPackageIsInACycle =
      slices().matching("org.citecheck.(**)").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule topLevelPackagesFormNoCycle =
      slices().matching("org.citecheck.(*)..").should().beFreeOfCycles();
}
