package org.citecheck.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import org.citecheck.CitecheckException;
import org.citecheck.io.Json;
import org.citecheck.store.CheckRecord;
import org.citecheck.store.DeadLink;
import org.citecheck.store.HistoryStore;
import org.citecheck.store.PastCheck;
import org.citecheck.text.SafeText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code citecheck history}: what the store knows, for people: every check of one URL, or the URLs
 * that went dead since a date with the documents citing them.
 */
@Command(
    name = "history",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    defaultValueProvider = OptionDefaults.class,
    sortOptions = false,
    description = {
      "Prints every check of a URL kept in the history store (date, verdict, status, snapshot),"
          + " or with --dead-since the URLs that went dead since a date and the documents citing"
          + " them."
    })
final class HistoryCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "URL",
      description = "The URL, exactly as cited.")
  String url;

  @Option(
      names = "--dead-since",
      paramLabel = "DATE",
      description = "List the URLs whose checks have failed as dead since this date (YYYY-MM-DD).")
  String deadSince;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "text or json (default: ${DEFAULT-VALUE}).")
  String format;

  @Mixin StoreMixin store;

  @Override
  public Integer call() {
    if ((url == null) == (deadSince == null)) {
      throw usage("give a URL, or --dead-since DATE, not both");
    }
    if (!format.equals("text") && !format.equals("json")) {
      throw usage(
          OptionDefaults.named(spec, "--format") + " '" + format + "': expected text or json");
    }
    Instant since = deadSince == null ? null : date(deadSince);
    PrintWriter out = spec.commandLine().getOut();
    try (HistoryStore history = store.access(null, System.getenv()).open()) {
      if (since != null) {
        List<DeadLink> dead = history.deadSince(since);
        out.print(format.equals("json") ? deadJson(since, dead) : deadText(since, dead, history));
      } else {
        List<PastCheck> checks = history.pastChecks(url);
        out.print(
            format.equals("json") ? checksJson(url, checks) : checksText(url, checks, history));
      }
    }
    out.flush();
    return ExitCodes.OK;
  }

  private static Instant date(String text) {
    try {
      return LocalDate.parse(text.strip()).atStartOfDay(ZoneOffset.UTC).toInstant();
    } catch (DateTimeParseException e) {
      throw usage("--dead-since '" + SafeText.words(text, 40) + "' is not a date (YYYY-MM-DD)");
    }
  }

  private static String checksText(String url, List<PastCheck> checks, HistoryStore history) {
    StringBuilder text = new StringBuilder();
    if (checks.isEmpty()) {
      return "no check of "
          + SafeText.words(url, 300)
          + " in "
          + history.address().describe()
          + "\n";
    }
    text.append(SafeText.words(url, 300))
        .append(": ")
        .append(checks.size())
        .append(checks.size() == 1 ? " check" : " checks")
        .append('\n');
    for (PastCheck past : checks) {
      CheckRecord check = past.check();
      text.append("  ")
          .append(check.checkedAt().toString().replaceFirst(":\\d\\d(\\.\\d+)?Z$", "Z"))
          .append("  ")
          .append(String.format("%-11s", check.verdict().id()))
          .append(check.httpStatus() == null ? "   " : String.valueOf(check.httpStatus()));
      if (check.failure() != null) {
        text.append("  ").append(SafeText.words(check.failure(), 40));
      }
      if (check.finalUrl() != null) {
        text.append("  -> ").append(SafeText.words(check.finalUrl(), 300));
      }
      if (past.snapshotUrl() != null) {
        text.append("  snapshot ").append(SafeText.words(past.snapshotUrl(), 300));
      }
      text.append('\n');
    }
    return text.toString();
  }

  private static String checksJson(String url, List<PastCheck> checks) {
    ObjectNode root = Json.mapper().createObjectNode();
    root.put("url", url);
    ArrayNode list = root.putArray("checks");
    for (PastCheck past : checks) {
      CheckRecord check = past.check();
      ObjectNode node = list.addObject();
      node.put("checkedAt", check.checkedAt().toString());
      node.put("verdict", check.verdict().id());
      node.put("httpStatus", check.httpStatus());
      node.put("finalUrl", check.finalUrl());
      node.put("failure", check.failure());
      node.put("elapsedMs", check.elapsedMs());
      node.put("title", check.title());
      if (past.snapshotUrl() == null) {
        node.putNull("snapshot");
      } else {
        node.putObject("snapshot")
            .put("url", past.snapshotUrl())
            .put("timestamp", past.snapshotAt());
      }
    }
    return Json.write(root);
  }

  private static String deadText(Instant since, List<DeadLink> dead, HistoryStore history) {
    String day = since.toString().substring(0, 10);
    if (dead.isEmpty()) {
      return "no URL went dead since " + day + " in " + history.address().describe() + "\n";
    }
    StringBuilder text = new StringBuilder();
    text.append(dead.size())
        .append(dead.size() == 1 ? " URL" : " URLs")
        .append(" went dead since ")
        .append(day)
        .append(":\n");
    for (DeadLink link : dead) {
      text.append("  ")
          .append(SafeText.words(link.url(), 300))
          .append("  dead since ")
          .append(link.deadSince().toString().substring(0, 10))
          .append(", last checked ")
          .append(link.lastChecked().toString().substring(0, 10))
          .append('\n');
      for (String document : link.documents()) {
        text.append("      cited in ").append(SafeText.words(document, 300)).append('\n');
      }
    }
    return text.toString();
  }

  private static String deadJson(Instant since, List<DeadLink> dead) {
    ObjectNode root = Json.mapper().createObjectNode();
    root.put("deadSince", since.toString());
    ArrayNode list = root.putArray("urls");
    for (DeadLink link : dead) {
      ObjectNode node = list.addObject();
      node.put("url", link.url());
      node.put("deadSince", link.deadSince().toString());
      node.put("lastChecked", link.lastChecked().toString());
      ArrayNode documents = node.putArray("documents");
      link.documents().forEach(documents::add);
    }
    return Json.write(root);
  }

  private static CitecheckException usage(String message) {
    return new CitecheckException(CitecheckException.Kind.USAGE, message);
  }
}
