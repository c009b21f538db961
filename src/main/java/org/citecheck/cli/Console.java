package org.citecheck.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** UTF-8 writers over the run's streams, for the short messages commands print. */
final class Console {

  private Console() {}

  static PrintWriter err(Streams streams) {
    return new PrintWriter(new OutputStreamWriter(streams.err(), StandardCharsets.UTF_8), true);
  }

  static PrintWriter out(Streams streams) {
    return new PrintWriter(new OutputStreamWriter(streams.out(), StandardCharsets.UTF_8), true);
  }
}
