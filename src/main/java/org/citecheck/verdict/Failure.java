package org.citecheck.verdict;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import org.citecheck.HasId;

/**
 * Why a fetch ended without a final HTTP answer: the failure kind a result carries beside its
 * verdict. {@link #id()} is the serialised form ("dns", "too-many-redirects").
 */
public enum Failure implements HasId {
  /** The URL itself cannot be fetched. */
  INVALID_URL(false),
  /** The host is, or resolves to, an address the checker must not call. */
  REFUSED_ADDRESS(false),
  /** The name does not resolve. */
  DNS(true),
  /** No TCP connection could be made (refused, unroutable, connect timeout). */
  CONNECT(true),
  /** The TLS handshake or certificate check failed. */
  TLS(false),
  /** The server stopped answering within the read timeout. */
  TIMEOUT(false),
  /** The whole URL's time budget ran out. */
  DEADLINE(false),
  /** The server reset the connection. */
  RESET(false),
  /** The server's answer was empty or not HTTP. */
  PROTOCOL(false),
  /** A redirect pointed somewhere unfetchable (another scheme, a malformed Location). */
  BAD_REDIRECT(false),
  /** A redirect came back to a URL already visited. */
  REDIRECT_LOOP(false),
  /** More redirects than allowed. */
  TOO_MANY_REDIRECTS(false);

  private final boolean beforeConnection;

  Failure(boolean beforeConnection) {
    this.beforeConnection = beforeConnection;
  }

  /** True when nothing was reached: what every URL shows when the checker itself is offline. */
  public boolean beforeConnection() {
    return beforeConnection;
  }

  @Override
  @JsonValue
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * Reads an id, as {@link HasId#fromId} does (the Java name too, which caches written before the
   * ids existed hold).
   *
   * @throws IllegalArgumentException naming the unknown value
   */
  @JsonCreator
  public static Failure fromId(String id) {
    return HasId.fromId(Failure.class, id);
  }

  @Override
  public String toString() {
    return id();
  }
}
