package org.citecheck.cli;

import org.citecheck.io.Input;
import picocli.CommandLine.Option;

/**
 * {@code --password}: opens a PDF encrypted with a user password (one with an owner password only
 * opens without it).
 */
public final class PasswordMixin {

  /**
   * The environment variable read when {@code --password} is not given, keeping the secret out of
   * the process list.
   */
  static final String VARIABLE = "CITECHECK_PDF_PASSWORD";

  @Option(
      names = "--password",
      paramLabel = "PASSWORD",
      description =
          "The password of an encrypted PDF input (default: the "
              + VARIABLE
              + " environment variable)."
              + " A PDF protected by an owner password only is read without it.")
  String password;

  /** The input, carrying the password when one was given. */
  Input apply(Input input) {
    String secret = password != null ? password : System.getenv(VARIABLE);
    return secret == null || secret.isEmpty() ? input : input.withPassword(secret);
  }

  /** The password given, or null. */
  String value() {
    String secret = password != null ? password : System.getenv(VARIABLE);
    return secret == null || secret.isEmpty() ? null : secret;
  }
}
