package org.citecheck.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.EOFException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.ProtocolException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.stream.Stream;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class NetworkProblemTest {

  static Stream<Arguments> errors() {
    return Stream.of(
        Arguments.of(new UnknownHostException("example.invalid"), "the name does not resolve"),
        Arguments.of(
            new RefusedAddressException("internal.test", "10.0.0.1"),
            "refused (internal.test resolves to the non-public address 10.0.0.1)"),
        Arguments.of(
            new ConnectException("Connection refused"), "could not connect (Connection refused)"),
        Arguments.of(
            new SSLHandshakeException("PKIX path building failed"),
            "the TLS handshake failed (PKIX path building failed)"),
        Arguments.of(new SocketTimeoutException("Read timed out"), "timed out (Read timed out)"),
        Arguments.of(new SocketTimeoutException(), "timed out"),
        Arguments.of(new InterruptedIOException(), "interrupted"),
        Arguments.of(
            new EOFException("\n not enough\tbytes "),
            "the connection closed before the answer was complete (not enough bytes)"),
        Arguments.of(
            new ProtocolException("Unexpected status line: SSH-2.0"),
            "the answer was not valid HTTP (Unexpected status line: SSH-2.0)"),
        Arguments.of(
            new SocketException("Connection reset"), "the connection failed (Connection reset)"),
        Arguments.of(new IOException(""), "a network error"),
        Arguments.of(
            new IOException("unexpected end of stream"),
            "a network error (unexpected end of stream)"));
  }

  @ParameterizedTest
  @MethodSource("errors")
  void eachErrorIsSaidInWords(IOException error, String expected) {
    String words = NetworkProblem.inWords(error);
    assertEquals(expected, words);
    assertFalse(words.contains("Exception"), words);
  }

  @Test
  void aLongDetailIsCutSoOneServerCannotFloodAReport() {
    String words = NetworkProblem.inWords(new IOException("x".repeat(5000)));
    assertEquals("a network error (".length() + 160 + "...)".length(), words.length());
  }
}
