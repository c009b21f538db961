package org.citecheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.citecheck.CitecheckException;
import org.citecheck.archive.ArchiveOptions;
import org.citecheck.archive.ArchiveService;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

class ArchiveMixinTest {

  /** A stand-in for the command that carries the mixin, with its defaults. */
  @Command(name = "check", defaultValueProvider = OptionDefaults.class)
  static final class Probe {
    @Mixin ArchiveMixin archive;
  }

  static ArchiveOptions parse(Map<String, String> env, String... args) {
    Probe probe = new Probe();
    new CommandLine(probe).parseArgs(args);
    return probe.archive.toOptions(env);
  }

  @Test
  void theDefaultsAskTheWaybackMachineOnlyAndNeverSave() {
    ArchiveOptions options = parse(Map.of());
    assertEquals(Set.of(ArchiveService.WAYBACK), options.services());
    assertFalse(options.saveMissing());
    assertEquals(Duration.ofSeconds(1), options.interval());
    assertNull(options.waybackBase());
    assertEquals(ArchiveOptions.TIMETRAVEL, options.timetravelBase());
    assertTrue(options.userAgent().startsWith("citecheck/"), options.userAgent());
    assertTrue(options.drift());
  }

  @Test
  void everyOptionReachesTheOptionsRecord() {
    ArchiveOptions options =
        parse(
            Map.of("CITECHECK_IA_ACCESS_KEY", "k", "CITECHECK_IA_SECRET_KEY", "s"),
            "--archive",
            "wayback,memento",
            "--wayback-base",
            "http://127.0.0.1:8080",
            "--timetravel-base",
            "http://127.0.0.1:8081",
            "--memento-timegate",
            "https://archive.today/timegate/",
            "--save-missing",
            "--archive-interval",
            "2.5",
            "--no-drift",
            "--drift-max-days",
            "90");
    assertEquals(
        List.of(ArchiveService.WAYBACK, ArchiveService.MEMENTO), List.copyOf(options.services()));
    assertEquals("http://127.0.0.1:8080", options.waybackBase());
    assertEquals("http://127.0.0.1:8081", options.timetravelBase());
    assertEquals(List.of("https://archive.today/timegate/"), options.timegates());
    assertTrue(options.saveMissing());
    assertEquals("LOW k:s", options.credentials().authorization());
    assertEquals(Duration.ofMillis(2500), options.interval());
    assertEquals(Duration.ofSeconds(6), options.effectiveSaveInterval());
    assertFalse(options.drift());
    assertEquals(90, options.driftMaxDays());
  }

  @Test
  void theServicesAreAskedInTheOrderGiven() {
    assertEquals(
        List.of(ArchiveService.MEMENTO, ArchiveService.WAYBACK),
        List.copyOf(parse(Map.of(), "--archive", "memento, WAYBACK").services()));
    assertEquals(
        List.of(ArchiveService.MEMENTO, ArchiveService.WAYBACK),
        List.copyOf(
            parse(Map.of(), "--archive", "memento", "--archive", "wayback,memento").services()));
  }

  @Test
  void noneTurnsTheArchivesOff() {
    assertFalse(parse(Map.of(), "--archive", "none").enabled());
    assertEquals(Duration.ofSeconds(15), parse(Map.of(), "--save-missing").effectiveSaveInterval());
  }

  @Test
  void badValuesAreOneLineUsageErrors() {
    CommandLine.ParameterException unknown =
        assertThrows(
            CommandLine.ParameterException.class,
            () -> parse(Map.of(), "--archive", "wayback,archive.today"));
    assertEquals(
        "--archive: unknown archive service 'archive.today': expected one of wayback, memento, or none",
        UsageProblem.describe(unknown));
    assertThrows(CitecheckException.class, () -> parse(Map.of(), "--wayback-base", "file:///etc"));
    assertThrows(CitecheckException.class, () -> parse(Map.of(), "--archive-interval", "-1"));
    assertThrows(CommandLine.ParameterException.class, () -> parse(Map.of(), "--archive", ""));
  }
}
