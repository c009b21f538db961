package org.citecheck.archive.save;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.Set;
import okhttp3.FormBody;
import okhttp3.Request;
import org.citecheck.archive.http.RateLimitedException;
import org.citecheck.archive.http.Reply;
import org.citecheck.archive.http.ServiceClient;
import org.citecheck.archive.memento.LinkFormat;
import org.citecheck.archive.snapshot.Capture;
import org.citecheck.archive.snapshot.LookupOutcome;
import org.citecheck.archive.snapshot.RemoteText;
import org.citecheck.archive.snapshot.WaybackTimestamp;
import org.citecheck.archive.wayback.WaybackEndpoints;
import org.citecheck.http.NetworkProblem;
import org.citecheck.http.TimeSource;
import org.citecheck.io.Json;

/**
 * Asks the Wayback Machine to capture a live page. With credentials: SPN2 ({@code POST /save}),
 * then the job's status is polled until success or error; a job that fails for a passing reason
 * (busy browsers, session limit, timeouts) is submitted once more. Without credentials: the
 * anonymous {@code GET /save/<URL>}, whose answer names the capture in a header.
 */
public final class SavePageNow {

  /** status_ext values that say "try again later" rather than "this page cannot be saved". */
  static final Set<String> RETRYABLE =
      Set.of(
          "error:user-session-limit",
          "error:soft-time-limit-exceeded",
          "error:proxy-error",
          "error:browsing-timeout",
          "error:no-browsers-available");

  private static final long MAX_BYTES = 64 * 1024;

  private final ServiceClient submit;
  private final ServiceClient status;
  private final WaybackEndpoints endpoints;
  private final SaveCredentials credentials;
  private final SavePolicy policy;
  private final TimeSource time;

  public SavePageNow(
      ServiceClient submit,
      ServiceClient status,
      WaybackEndpoints endpoints,
      SaveCredentials credentials,
      SavePolicy policy,
      TimeSource time) {
    this.submit = submit;
    this.status = status;
    this.endpoints = endpoints;
    this.credentials = credentials;
    this.policy = policy;
    this.time = time;
  }

  public LookupOutcome save(String url) {
    try {
      return credentials == null ? anonymous(url) : spn2(url, 0);
    } catch (RateLimitedException e) {
      return LookupOutcome.rateLimited(e.getMessage());
    } catch (IOException e) {
      return LookupOutcome.error("Save Page Now: " + NetworkProblem.inWords(e));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return LookupOutcome.error("Save Page Now: interrupted");
    } catch (IllegalArgumentException e) {
      return LookupOutcome.error("Save Page Now: not a URL it can be asked about");
    }
  }

  private LookupOutcome spn2(String url, int resubmissions)
      throws IOException, InterruptedException {
    Request request =
        new Request.Builder()
            .url(endpoints.save())
            .header("Accept", "application/json")
            .header("Authorization", credentials.authorization())
            .post(new FormBody.Builder().add("url", url).build())
            .build();
    Reply reply = submit.execute(request, MAX_BYTES);
    JsonNode answer = json(reply);
    if (!reply.successful() || answer.path("job_id").asText("").isEmpty()) {
      return failed(answer, reply.code(), url, resubmissions);
    }
    String jobId = answer.path("job_id").asText();
    for (int poll = 0; poll < policy.maxPolls(); poll++) {
      time.sleep(policy.pollInterval());
      Request ask =
          new Request.Builder()
              .url(endpoints.saveStatus(jobId))
              .header("Accept", "application/json")
              .header("Authorization", credentials.authorization())
              .get()
              .build();
      Reply statusReply = status.execute(ask, MAX_BYTES);
      JsonNode job = json(statusReply);
      switch (job.path("status").asText("")) {
        case "success":
          return saved(
              job.path("timestamp").asText(""),
              job.path("original_url").asText(url),
              job.path("http_status").isInt() ? job.path("http_status").asInt() : null);
        case "pending":
          continue;
        default:
          return failed(job, statusReply.code(), url, resubmissions);
      }
    }
    return LookupOutcome.error(
        "Save Page Now: job " + jobId + " still pending after " + policy.maxPolls() + " polls");
  }

  private LookupOutcome failed(JsonNode answer, int code, String url, int resubmissions)
      throws IOException, InterruptedException {
    String ext = RemoteText.clean(answer.path("status_ext").asText(""));
    String message = RemoteText.clean(answer.path("message").asText(""));
    if (RETRYABLE.contains(ext) && resubmissions < policy.resubmissions()) {
      time.sleep(policy.resubmitDelay());
      return spn2(url, resubmissions + 1);
    }
    String what = !ext.isEmpty() ? ext : "HTTP " + code;
    return LookupOutcome.error(
        "Save Page Now: " + what + (message.isEmpty() ? "" : " (" + message + ")"));
  }

  private LookupOutcome anonymous(String url) throws IOException {
    Request request = new Request.Builder().url(endpoints.saveAnonymous(url)).get().build();
    Reply reply = submit.execute(request, MAX_BYTES);
    String runtimeError = reply.header("X-Archive-Wayback-Runtime-Error");
    if (runtimeError != null || reply.code() >= 400) {
      return LookupOutcome.error(
          "Save Page Now: "
              + (runtimeError != null ? RemoteText.clean(runtimeError) : "HTTP " + reply.code()));
    }
    for (String header : new String[] {"Content-Location", "Location"}) {
      WaybackEndpoints.Replay replay = replayOf(reply.header(header));
      if (replay != null) {
        return saved(replay.timestamp(), replay.original(), null);
      }
    }
    for (LinkFormat.Link link :
        LinkFormat.parse(String.join(", ", reply.headers().values("Link")))) {
      WaybackEndpoints.Replay replay = link.has("memento") ? replayOf(link.uri()) : null;
      if (replay != null) {
        return saved(replay.timestamp(), replay.original(), null);
      }
    }
    return LookupOutcome.error("Save Page Now: HTTP " + reply.code() + " without naming a capture");
  }

  /** Reads /web/&lt;ts&gt;/&lt;url&gt;, absolute or relative to the archive. */
  private WaybackEndpoints.Replay replayOf(String link) {
    if (link == null || link.isBlank()) {
      return null;
    }
    String absolute = link.startsWith("/") ? "https://web.archive.org" + link : link;
    return endpoints.parseReplay(absolute);
  }

  private LookupOutcome saved(String timestamp, String original, Integer httpStatus) {
    LocalDateTime when = WaybackTimestamp.parse(timestamp);
    if (when == null) {
      return LookupOutcome.error("Save Page Now: success without a valid timestamp");
    }
    String ts = WaybackTimestamp.format(when);
    Capture capture =
        new Capture(
            "wayback", "save", endpoints.snapshot(ts, original), original, when, httpStatus);
    if (!capture.isPage()) {
      return LookupOutcome.error(
          "Save Page Now: the capture recorded HTTP " + httpStatus + ", not the page");
    }
    return LookupOutcome.found(capture, "Save Page Now: captured by this run");
  }

  private static JsonNode json(Reply reply) {
    try {
      JsonNode node = Json.mapper().readTree(reply.body());
      return node == null ? Json.mapper().createObjectNode() : node;
    } catch (IOException e) {
      return Json.mapper().createObjectNode();
    }
  }
}
