package org.citecheck.archive.drift;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The calibration pages under src/test/resources/drift, and the title they are cited by. */
public final class DriftPages {

  /** The title a note gives for the calibration page. */
  public static final String CITED = "Statement by the Co-Chairs on the ceasefire";

  private DriftPages() {}

  public static String page(String name) {
    try (InputStream in = DriftPages.class.getResourceAsStream("/drift/" + name + ".html")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
