package org.citecheck.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * Every exit code the command line returns and what each means, in general and for each command:
 * the one place every command's help takes its "Exit codes" list from. The README's table shows the
 * general meanings (a test keeps the two equal).
 */
public final class ExitCodes {

  /** Success: nothing at or above the failure threshold. */
  public static final int OK = 0;

  /** The run worked and found problems at or above the failure threshold (--fail-on). */
  public static final int FINDINGS = 1;

  /**
   * The command line or an input is wrong: unknown option, missing, empty or binary file, no notes,
   * or an output that cannot be written (found before any work).
   */
  public static final int USAGE_OR_INPUT = 2;

  /** The URLs could not be verified because the checker itself is offline. */
  public static final int OFFLINE = 3;

  /**
   * An output file could not be written although it looked writable when the command started (a
   * full disk, a folder changed meanwhile); the previous file, if any, is left untouched.
   */
  public static final int OUTPUT = 4;

  /**
   * The history store cannot be used: its server does not answer or refuses the login, the file is
   * not a store, or a newer citecheck made it. Nothing was checked.
   */
  public static final int STORE = 5;

  /** A bug in citecheck: please report it with the message. */
  public static final int INTERNAL = 70;

  /** One exit code and what it means. */
  public record Meaning(int code, String text) {}

  private ExitCodes() {}

  /** Every code with its general meaning, as the top-level help and the README list them. */
  public static List<Meaning> general() {
    return List.of(
        new Meaning(OK, "success; nothing at or above --fail-on"),
        new Meaning(FINDINGS, "findings at or above --fail-on"),
        new Meaning(
            USAGE_OR_INPUT,
            "usage or input error: unknown option, a wrong config file, missing, empty or binary file, a text"
                + " with no notes, an output that cannot be written (found before any work)"),
        new Meaning(OFFLINE, "could not verify: the checker is offline"),
        new Meaning(
            OUTPUT,
            "an output file failed while being written, e.g. a full disk (an existing one is left"
                + " as it was)"),
        new Meaning(
            STORE,
            "the history store cannot be used: its server does not answer or refuses the login,"
                + " or a newer citecheck made it"),
        new Meaning(INTERNAL, "internal error: a bug in citecheck"));
  }

  /**
   * The codes one command returns, each with what it means for that command; the general list for a
   * command that has none of its own.
   */
  public static List<Meaning> of(String command) {
    List<Meaning> meanings = new ArrayList<>();
    switch (command) {
      case "extract" -> {
        meanings.add(new Meaning(OK, "the records were written"));
        meanings.add(
            new Meaning(
                USAGE_OR_INPUT,
                "usage or input error: missing, empty or binary file, a PDF without text or whose password was"
                    + " not given, no notes found,"
                    + " an -o that cannot be written"));
        meanings.add(
            new Meaning(
                OUTPUT, "the records could not be written (an existing file is left as it was)"));
      }
      case "check" -> {
        meanings.add(new Meaning(OK, "nothing at or above --fail-on"));
        meanings.add(new Meaning(FINDINGS, "findings: a result has a verdict listed in --fail-on"));
        meanings.add(
            new Meaning(
                USAGE_OR_INPUT,
                "usage or input error: a wrong option, --probe-url or config file, a missing or unreadable input,"
                    + " no notes, a --reports folder that cannot be written (found before any URL is checked)"));
        meanings.add(
            new Meaning(
                OFFLINE,
                "could not verify: the checker is offline (even when some results are findings)"));
        meanings.add(
            new Meaning(
                OUTPUT, "a report could not be written (an existing one is left as it was)"));
        meanings.add(
            new Meaning(
                STORE,
                "the history store cannot be used (a PostgreSQL server that does not answer or"
                    + " refuses the login, a file that is not a store, a newer schema); nothing was"
                    + " checked"));
      }
      case "enrich" -> {
        meanings.add(new Meaning(OK, "the completed records were written"));
        meanings.add(
            new Meaning(
                USAGE_OR_INPUT,
                "usage or input error: a wrong option, --mailto or base URL, a missing, empty or invalid"
                    + " input or --with report, an -o that cannot be written"));
        meanings.add(
            new Meaning(
                OFFLINE, "offline: no metadata service answered; nothing was changed or written"));
        meanings.add(
            new Meaning(
                OUTPUT, "the records could not be written (an existing file is left as it was)"));
      }
      case "bib" -> {
        meanings.add(new Meaning(OK, "the bibliography was written"));
        meanings.add(
            new Meaning(
                USAGE_OR_INPUT,
                "usage or input error: unknown --style, a missing, empty or invalid input or --with report,"
                    + " an -o that cannot be written"));
        meanings.add(
            new Meaning(
                OUTPUT,
                "the bibliography could not be written (an existing file is left as it was)"));
      }
      case "audit" -> {
        meanings.add(new Meaning(OK, "nothing at or above --fail-on"));
        meanings.add(new Meaning(FINDINGS, "findings at or above --fail-on"));
        meanings.add(
            new Meaning(
                USAGE_OR_INPUT,
                "usage or input error: unknown --fail-on, a missing or unreadable input, a --with file that is"
                    + " not a verification report, a --reports folder that cannot be written"));
        meanings.add(
            new Meaning(
                OUTPUT, "audit.json or audit.md could not be written (the old ones are kept)"));
      }
      case "history" -> {
        meanings.add(
            new Meaning(OK, "the history was printed (also when the store knows nothing)"));
        meanings.add(
            new Meaning(
                USAGE_OR_INPUT, "usage error: no URL and no --dead-since, or both; a wrong date"));
        meanings.add(
            new Meaning(
                STORE,
                "the history store cannot be used (a PostgreSQL server that does not answer or"
                    + " refuses the login, a file that is not a store, a newer schema)"));
      }
      default -> {
        return general();
      }
    }
    meanings.add(generalMeaning(INTERNAL));
    return List.copyOf(meanings);
  }

  private static Meaning generalMeaning(int code) {
    return general().stream().filter(meaning -> meaning.code() == code).findFirst().orElseThrow();
  }
}
