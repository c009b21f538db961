package org.citecheck.cli;

import java.nio.file.Path;
import java.util.Map;
import org.citecheck.CitecheckException;
import org.citecheck.store.StoreAccess;
import org.citecheck.store.StoreAddress;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code --store}: where the history is kept, for every command that reads or writes it. The
 * password of a PostgreSQL store is read from PGPASSWORD (or by the driver from .pgpass), never
 * from an option, so it stays out of process lists, config files and logs.
 */
public final class StoreMixin {

  /** The environment variable naming the store when neither --store nor --cache is given. */
  static final String VARIABLE = "CITECHECK_STORE";

  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  @Option(
      names = "--store",
      paramLabel = "ADDRESS",
      description =
          "History store: postgresql://[user@]host[:port]/database (password from PGPASSWORD or"
              + " ~/.pgpass) or a SQLite file (default: "
              + VARIABLE
              + ", else $XDG_CACHE_HOME/citecheck/citecheck.db or ~/.cache/citecheck/citecheck.db).")
  String store;

  /**
   * The store chosen, first found: --store on the command line, then --cache (a SQLite file), then
   * CITECHECK_STORE, then {@code store} in the config file, then the per-user default file.
   *
   * @param cacheFile the --cache file given, or null
   */
  StoreAccess access(Path cacheFile, Map<String, String> environment) {
    boolean onCommandLine =
        spec.commandLine() != null
            && spec.commandLine().getParseResult() != null
            && spec.commandLine().getParseResult().hasMatchedOption("--store");
    if (onCommandLine && cacheFile != null) {
      throw new CitecheckException(
          CitecheckException.Kind.USAGE,
          "--store and --cache both name the history store: give one of them");
    }
    String variable = environment.get(VARIABLE);
    StoreAddress address;
    if (onCommandLine) {
      address = parse(store, "--store");
    } else if (cacheFile != null) {
      address = StoreAddress.forCacheFile(cacheFile);
    } else if (variable != null && !variable.isBlank()) {
      address = parse(variable.strip(), VARIABLE);
    } else if (store != null && !store.isBlank()) {
      address = parse(store, OptionDefaults.named(spec, "--store"));
    } else {
      address = StoreAddress.sqlite(CacheLocation.defaultFile(environment));
    }
    return new StoreAccess(address, address.isPostgresql() ? environment.get("PGPASSWORD") : null);
  }

  private static StoreAddress parse(String text, String source) {
    if (text == null || text.isBlank()) {
      throw new CitecheckException(
          CitecheckException.Kind.USAGE, source + " is empty: name a store");
    }
    try {
      return StoreAddress.parse(text);
    } catch (CitecheckException e) {
      throw new CitecheckException(e.kind(), source + ": " + e.getMessage());
    }
  }
}
