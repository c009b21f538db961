package org.citecheck.cli;

/** Every exit code the command line returns; the README documents the same table. */
public final class ExitCodes {

  /** Success: nothing at or above the failure threshold. */
  public static final int OK = 0;

  /** The run worked and found problems at or above the failure threshold (--fail-on). */
  public static final int FINDINGS = 1;

  /** The command line or an input is wrong: unknown option, missing, empty or binary file, no notes. */
  public static final int USAGE_OR_INPUT = 2;

  /** The URLs could not be verified because the checker itself is offline. */
  public static final int OFFLINE = 3;

  /** An output file could not be written (the previous file, if any, is left untouched). */
  public static final int OUTPUT = 4;

  /** A bug in citecheck: please report it with the message. */
  public static final int INTERNAL = 70;

  private ExitCodes() {}
}
