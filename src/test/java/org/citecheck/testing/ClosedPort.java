package org.citecheck.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

/**
 * A loopback URL nothing listens on: connections to it are refused at once, as on a machine with no
 * network. Tests point the checker's network probe at it, or cite it to get a refused connection.
 * The port is one the system just handed out and that was closed again, so no other test is on it.
 */
public final class ClosedPort {

  private ClosedPort() {}

  /** "http://127.0.0.1:PORT/", with the trailing slash, so a path can be appended. */
  public static String url() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return "http://127.0.0.1:" + socket.getLocalPort() + "/";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
