package org.citecheck.check.http;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import javax.net.ssl.SSLException;
import okhttp3.Call;
import okhttp3.HttpUrl;
import okhttp3.Request;
import okhttp3.Response;
import org.citecheck.http.BodyReader;
import org.citecheck.http.BotChallenges;
import org.citecheck.http.Deadline;
import org.citecheck.http.MemoryCookieJar;
import org.citecheck.http.NetworkProblem;
import org.citecheck.http.PaceException;
import org.citecheck.http.PaceInterceptor;
import org.citecheck.http.RedirectException;
import org.citecheck.http.RedirectInterceptor;
import org.citecheck.http.RedirectTrail;
import org.citecheck.http.RefusedAddressException;
import org.citecheck.http.RetryInterceptor;
import org.citecheck.http.UrlPolicy;
import org.citecheck.verdict.Failure;
import org.citecheck.verdict.Redirect;

/**
 * Fetches one URL the way the checker needs, in one round trip where it can: a GET whose headers
 * settle most verdicts, and of an HTML page only the start (the whole {@code <head>}, then a
 * bounded first part of the body for the soft-404 signals); any other type is closed after its
 * headers. HEAD comes first only for URLs that name a document file (a PDF, an office file, an
 * archive, media), whose GET would start a download that can only be stopped by dropping the
 * connection, and with it the TLS handshake the host's next URL would reuse. The client follows
 * redirects hop by hop (see {@link RedirectInterceptor}); this class turns what happened into a
 * {@link Fetch}.
 */
public final class Fetcher {

  /** The hard cap on HTML read: the whole head of any real page, and the start of its body. */
  public static final long MAX_HTML_BYTES = 1024 * 1024;

  /**
   * How much of the body is read past the end of {@code <head>}: the first heading, the first
   * screen of text and the scripts a parking service loads are there on real pages.
   */
  public static final long BODY_PART_BYTES = 64 * 1024;

  /** Enough of an error page to recognise a bot challenge. */
  public static final long MAX_ERROR_BYTES = 64 * 1024;

  /**
   * A body of another type no larger than this is read to its end rather than dropped, so that the
   * connection stays reusable: reading a few kilobytes already on their way costs less than a new
   * connection.
   */
  static final long DRAIN_BYTES = 16 * 1024;

  private static final BodyReader.Stop END_OF_HEAD =
      new BodyReader.Stop(List.of("</head>", "<body"), BODY_PART_BYTES);

  private static final Pattern DOCUMENT_FILE =
      Pattern.compile(
          "(?i).*\\.(pdf|docx?|xlsx?|pptx?|odt|ods|odp|rtf|epub|zip|gz|tgz|7z|rar|mp3|mp4|m4a|"
              + "mov|avi|wav|webm|mkv|iso|dmg|exe|msi)$");

  private final HostClients clients;
  private final PaceInterceptor pace;
  private final UrlPolicy policy;
  private final NetworkEvidence evidence;

  /**
   * @param pace the clients' per-host pace, whose turn a fetch waits for before its time starts
   */
  public Fetcher(
      HostClients clients, PaceInterceptor pace, UrlPolicy policy, NetworkEvidence evidence) {
    this.clients = clients;
    this.pace = pace;
    this.policy = policy;
    this.evidence = evidence;
  }

  /**
   * Fetches the URL within {@code budget}, which starts once the host's pace lets the first request
   * go: waiting for a slow host's turn is not the URL's fault.
   */
  public Fetch fetch(String url, Duration budget) {
    UrlPolicy.Decision decision = policy.check(url);
    if (!decision.allowed()) {
      Failure failure = decision.refusedAddress() ? Failure.REFUSED_ADDRESS : Failure.INVALID_URL;
      return Fetch.failed(url, List.of(), "GET", failure, decision.problem());
    }
    MemoryCookieJar cookies = new MemoryCookieJar();
    HttpUrl start = decision.url();
    PaceInterceptor.Turn turn;
    try {
      turn = pace.awaitTurn(start);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Fetch.failed(url, List.of(), "GET", Failure.DEADLINE, "interrupted");
    }
    Deadline deadline = Deadline.after(budget);
    if (!namesDocumentFile(start)) {
      return walk(cookies, "GET", start, List.of(), deadline, turn);
    }
    Fetch head = walk(cookies, "HEAD", start, List.of(), deadline, turn);
    if (head.failure() != null) {
      if (!worthGet(head.failure())) {
        return head;
      }
      return walk(cookies, "GET", start, List.of(), deadline)
          .withDetailIfAbsent("HEAD failed (" + head.detail() + "), GET used");
    }
    int status = head.status();
    if (head.succeeded()) {
      if (!mightBeHtml(head.contentType())) {
        return head;
      }
      Fetch get = walk(cookies, "GET", HttpUrl.get(head.finalUrl()), head.redirects(), deadline);
      return get.failure() == null
          ? get
          : head.withDetail("the page answered HEAD; its GET failed: " + get.detail());
    }
    if (status == 429
        || BotChallenges.isChallenge(head.headers())
        || (status >= 300 && status < 400)) {
      return head;
    }
    return walk(cookies, "GET", start, List.of(), deadline);
  }

  /** True when the URL's last path segment has the extension of a document file. */
  static boolean namesDocumentFile(HttpUrl url) {
    List<String> segments = url.pathSegments();
    return DOCUMENT_FILE.matcher(segments.get(segments.size() - 1)).matches();
  }

  private static boolean worthGet(Failure failure) {
    return switch (failure) {
      case TIMEOUT, RESET, PROTOCOL -> true;
      default -> false;
    };
  }

  private static boolean mightBeHtml(String contentType) {
    if (contentType == null) {
      return true;
    }
    String type = contentType.toLowerCase(Locale.ROOT);
    return type.contains("html") || type.startsWith("text/xml") || type.isBlank();
  }

  /**
   * One call: the client's {@link RedirectInterceptor} follows the redirects and records them in
   * the trail, so that a failure on a later hop still reports the hops before it.
   */
  private Fetch walk(
      MemoryCookieJar cookies,
      String method,
      HttpUrl start,
      List<Redirect> before,
      Deadline deadline) {
    return walk(cookies, method, start, before, deadline, null);
  }

  private Fetch walk(
      MemoryCookieJar cookies,
      String method,
      HttpUrl start,
      List<Redirect> before,
      Deadline deadline,
      PaceInterceptor.Turn turn) {
    if (deadline.expired()) {
      return Fetch.failed(
          start.toString(),
          before,
          method,
          Failure.DEADLINE,
          "the time allowed for the URL ran out");
    }
    RedirectTrail trail = new RedirectTrail();
    Request request =
        new Request.Builder()
            .url(start)
            .method(method, null)
            .tag(Deadline.class, deadline)
            .tag(MemoryCookieJar.class, cookies)
            .tag(RedirectTrail.class, trail)
            .tag(PaceInterceptor.Turn.class, turn)
            .build();
    Call call = clients.forHost(start.host()).newCall(request);
    call.timeout().timeout(Math.max(1, deadline.remaining().toMillis()), TimeUnit.MILLISECONDS);
    PhaseListener phase = new PhaseListener();
    call.addEventListener(phase);
    try (Response response = call.execute()) {
      evidence.responseReceived();
      return Fetch.answer(
          trail.current(),
          hops(before, trail),
          response.code(),
          response.headers(),
          readBody(method, response),
          method);
    } catch (RedirectException e) {
      evidence.responseReceived();
      return Fetch.failed(e.url(), hops(before, trail), method, failure(e.kind()), e.getMessage());
    } catch (IOException e) {
      if (!trail.hops().isEmpty()) {
        evidence.responseReceived();
      }
      Failure failure = classify(e, phase, call, deadline);
      if (!phase.reached() && failure.beforeConnection()) {
        evidence.nothingReached();
      }
      return Fetch.failed(
          trail.current(), hops(before, trail), method, failure, describe(e, failure));
    }
  }

  private static List<Redirect> hops(List<Redirect> before, RedirectTrail trail) {
    List<Redirect> hops = new ArrayList<>(before);
    for (RedirectTrail.Hop hop : trail.hops()) {
      hops.add(new Redirect(hop.url(), hop.status()));
    }
    return hops;
  }

  private static Failure failure(RedirectException.Kind kind) {
    return switch (kind) {
      case BAD_LOCATION -> Failure.BAD_REDIRECT;
      case REFUSED_TARGET -> Failure.REFUSED_ADDRESS;
      case LOOP -> Failure.REDIRECT_LOOP;
      case TOO_MANY -> Failure.TOO_MANY_REDIRECTS;
    };
  }

  private static BodyReader.Bytes readBody(String method, Response response) {
    if (!method.equals("GET")) {
      return null;
    }
    if (!mightBeHtml(response.header("Content-Type"))) {
      long length = response.body().contentLength();
      if (length >= 0 && length <= DRAIN_BYTES) {
        BodyReader.read(response, DRAIN_BYTES); // read to its end: the connection stays reusable
      }
      return null;
    }
    return response.isSuccessful()
        ? BodyReader.read(response, MAX_HTML_BYTES, END_OF_HEAD)
        : BodyReader.read(response, MAX_ERROR_BYTES);
  }

  static Failure classify(IOException e, PhaseListener phase, Call call, Deadline deadline) {
    if (e instanceof RefusedAddressException || e.getCause() instanceof RefusedAddressException) {
      return Failure.REFUSED_ADDRESS;
    }
    if (e instanceof UnknownHostException) {
      return Failure.DNS;
    }
    if (e instanceof SSLException) {
      return Failure.TLS;
    }
    if (e instanceof PaceException
        || deadline.expired()
        || (call.isCanceled() && e instanceof InterruptedIOException)) {
      return Failure.DEADLINE;
    }
    if (!phase.reached()) {
      return Failure.CONNECT;
    }
    if (e instanceof SocketTimeoutException) {
      return Failure.TIMEOUT;
    }
    if (RetryInterceptor.isTransient(e) && e instanceof SocketException) {
      return Failure.RESET;
    }
    return Failure.PROTOCOL;
  }

  private static String describe(IOException e, Failure failure) {
    return switch (failure) {
      case REFUSED_ADDRESS -> e.getMessage();
      case DNS -> "the name does not resolve";
      case CONNECT -> "could not connect" + technical(e);
      case TLS -> "TLS failed" + technical(e);
      case DEADLINE ->
          e instanceof PaceException
              ? e.getMessage()
              : "no complete answer within the time allowed for the URL";
      case TIMEOUT -> "the server stopped answering (read timed out)";
      case RESET -> "the server reset the connection";
      default -> "the server's answer was broken" + technical(e);
    };
  }

  /** The library's detail in parentheses, in words: never the exception's class name. */
  private static String technical(IOException e) {
    String detail = NetworkProblem.detail(e);
    return detail.isEmpty() ? "" : " (" + detail + ")";
  }
}
