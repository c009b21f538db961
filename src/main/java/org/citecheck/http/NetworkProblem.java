package org.citecheck.http;

import java.io.EOFException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.ProtocolException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLPeerUnverifiedException;

/**
 * A network error said in words a reader of a report can act on. Reports, the console and the
 * archive lookups all show these; a Java class name ("SocketTimeoutException") means nothing to an
 * editor, so the exception's type picks the words and its message, when it says more, follows.
 */
public final class NetworkProblem {
  private static final int MAX_DETAIL = 160;

  private NetworkProblem() {}

  /** One short phrase: what went wrong, then the library's own detail when it adds something. */
  public static String inWords(IOException e) {
    String what = what(e);
    String detail = detail(e);
    return detail.isEmpty() ? what : what + " (" + detail + ")";
  }

  private static String what(IOException e) {
    if (e instanceof RefusedAddressException) {
      return "refused";
    }
    if (e instanceof UnknownHostException) {
      return "the name does not resolve";
    }
    if (e instanceof SSLPeerUnverifiedException || e instanceof SSLHandshakeException) {
      return "the TLS handshake failed";
    }
    if (e instanceof SSLException) {
      return "TLS failed";
    }
    if (e instanceof ConnectException || e instanceof NoRouteToHostException) {
      return "could not connect";
    }
    if (e instanceof SocketTimeoutException) {
      return "timed out";
    }
    if (e instanceof InterruptedIOException) {
      return "interrupted";
    }
    if (e instanceof EOFException) {
      return "the connection closed before the answer was complete";
    }
    if (e instanceof ProtocolException) {
      return "the answer was not valid HTTP";
    }
    if (e instanceof SocketException) {
      return "the connection failed";
    }
    return "a network error";
  }

  /**
   * The exception's message, unless it only repeats the host name (UnknownHostException's message
   * is the host) or is empty; cut so that one odd server cannot flood a report line. Empty when
   * there is nothing to add.
   */
  public static String detail(IOException e) {
    String message = e.getMessage();
    if (message == null || message.isBlank() || e instanceof UnknownHostException) {
      return e instanceof RefusedAddressException && message != null ? message.strip() : "";
    }
    String oneLine = message.strip().replaceAll("\\s+", " ");
    return oneLine.length() <= MAX_DETAIL ? oneLine : oneLine.substring(0, MAX_DETAIL) + "...";
  }
}
