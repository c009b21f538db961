package org.citecheck;

/**
 * A failure the user can act on, carrying one clear line of explanation. The command line turns
 * each {@link Kind} into its documented exit code; anything else is a bug.
 */
public class CitecheckException extends RuntimeException {

  /** What went wrong, which decides the exit code. */
  public enum Kind {
    /** The command line itself is wrong. */
    USAGE,
    /** An input is missing, unreadable, empty, binary or holds nothing to work on. */
    INPUT,
    /** An output could not be written. */
    OUTPUT,
    /**
     * The history store cannot be used: its server does not answer or refuses the login, or it was
     * made by a newer citecheck.
     */
    STORE
  }

  private final Kind kind;

  public CitecheckException(Kind kind, String message) {
    super(message);
    this.kind = kind;
  }

  public CitecheckException(Kind kind, String message, Throwable cause) {
    super(message, cause);
    this.kind = kind;
  }

  public Kind kind() {
    return kind;
  }

  public static CitecheckException input(String message) {
    return new CitecheckException(Kind.INPUT, message);
  }

  public static CitecheckException store(String message, Throwable cause) {
    return new CitecheckException(Kind.STORE, message, cause);
  }

  public static CitecheckException output(String message, Throwable cause) {
    return new CitecheckException(Kind.OUTPUT, message, cause);
  }
}
