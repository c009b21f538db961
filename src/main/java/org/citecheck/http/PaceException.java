package org.citecheck.http;

import java.io.InterruptedIOException;

/**
 * The host's pace (its Crawl-delay, or the slow-down after it refused) puts a request's start past
 * the time allowed for its URL: said at once instead of waited out.
 */
public final class PaceException extends InterruptedIOException {

  public PaceException(String message) {
    super(message);
  }
}
