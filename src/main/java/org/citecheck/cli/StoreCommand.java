package org.citecheck.cli;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import org.citecheck.store.HistoryStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code citecheck store}: looks after the history store. */
@Command(
    name = "store",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Looks after the history store.",
    subcommands = {StoreCommand.Prune.class})
final class StoreCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
  }

  /** {@code citecheck store prune --older-than 2y}: drops old checks. */
  @Command(
      name = "prune",
      mixinStandardHelpOptions = true,
      versionProvider = VersionProvider.class,
      description =
          "Drops the checks, snapshots and kept answers older than --older-than from the history"
              + " store.")
  static final class Prune implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Option(
        names = "--older-than",
        required = true,
        paramLabel = "DURATION",
        converter = DurationConverter.class,
        description = "Age beyond which checks are dropped: 400d, 52w, 2y (y is 365 days).")
    Duration olderThan;

    @Mixin StoreMixin store;

    @Override
    public Integer call() {
      Instant before = Instant.now().minus(olderThan);
      try (HistoryStore history = store.access(null, System.getenv()).open()) {
        HistoryStore.Pruned pruned = history.prune(before);
        spec.commandLine()
            .getOut()
            .println(
                "dropped "
                    + pruned.checks()
                    + " checks, "
                    + pruned.snapshots()
                    + " snapshots and "
                    + pruned.lookups()
                    + " kept answers older than "
                    + before.toString().substring(0, 10)
                    + " from "
                    + history.address().describe());
      }
      return ExitCodes.OK;
    }
  }
}
