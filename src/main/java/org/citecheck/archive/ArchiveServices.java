package org.citecheck.archive;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.citecheck.archive.drift.DriftProbe;
import org.citecheck.archive.http.Reply;
import org.citecheck.archive.http.ServiceClient;
import org.citecheck.archive.memento.MementoLinks;
import org.citecheck.archive.memento.TimeGateClient;
import org.citecheck.archive.memento.TimeTravelClient;
import org.citecheck.archive.save.SavePageNow;
import org.citecheck.archive.snapshot.SnapshotSource;
import org.citecheck.archive.wayback.AvailabilityClient;
import org.citecheck.archive.wayback.CdxClient;
import org.citecheck.archive.wayback.WaybackEndpoints;
import org.citecheck.http.TimeSource;

/**
 * Builds one client per archive service from the caller's OkHttp client, each with its own pace and
 * breaker: Wayback CDX, the Availability API, Wayback snapshots, Save Page Now (its own slower
 * pace) and its job status, Time Travel, and each configured TimeGate; and the snapshot sources the
 * engine walks, in the order {@code --archive} names the services.
 */
final class ArchiveServices {

  final WaybackEndpoints endpoints;

  /** Each service asked, in the order given, with its fallbacks folded in. */
  final Map<ArchiveService, SnapshotSource> sources = new LinkedHashMap<>();

  final SavePageNow save;
  final DriftProbe drift;

  /**
   * @param caller the client archive requests are derived from
   * @param pages the client live pages are fetched with for drift, following redirects itself (the
   *     caller's own headers and politeness belong to the cited sites, not to the archives)
   */
  ArchiveServices(
      OkHttpClient caller, OkHttpClient pages, ArchiveOptions options, TimeSource time) {
    endpoints = WaybackEndpoints.of(options.waybackBase());
    Factory factory = new Factory(caller, options, time);
    for (ArchiveService service : options.services()) {
      sources.put(
          service,
          switch (service) {
            case WAYBACK -> wayback(factory);
            case MEMENTO -> memento(factory);
          });
    }
    OkHttpClient patient = caller.newBuilder().readTimeout(Duration.ofMinutes(2)).build();
    save =
        new SavePageNow(
            new Factory(patient, options, time)
                .client("Save Page Now", options.effectiveSaveInterval()),
            factory.client("Save Page Now status", options.interval()),
            endpoints,
            options.credentials(),
            options.savePolicy(),
            time);
    ServiceClient playback = factory.client("Wayback snapshots", options.interval()).following(3);
    drift =
        new DriftProbe(
            url -> playback.get(url, DriftProbe.maxBytes()),
            url -> Reply.get(pages, url, DriftProbe.maxBytes()),
            endpoints,
            options.driftMaxDays());
  }

  /** The Wayback Machine: CDX first; the Availability API only when CDX could not answer. */
  private SnapshotSource wayback(Factory factory) {
    SnapshotSource cdx =
        new CdxClient(factory.client("Wayback CDX", factory.options().interval()), endpoints);
    return cdx.orOnError(
        new AvailabilityClient(
            factory.client("Wayback Availability API", factory.options().interval()), endpoints));
  }

  /** Memento: each configured TimeGate in order, then the Time Travel aggregator. */
  private SnapshotSource memento(Factory factory) {
    ArchiveOptions options = factory.options();
    MementoLinks links = new MementoLinks(endpoints);
    List<SnapshotSource> asked = new ArrayList<>();
    for (String gate : options.timegates()) {
      String host = HttpUrl.parse(gate) == null ? gate : HttpUrl.parse(gate).host();
      asked.add(
          new TimeGateClient(factory.client("TimeGate " + host, options.interval()), gate, links));
    }
    asked.add(
        new TimeTravelClient(
            factory.client("Time Travel", options.interval()), options.timetravelBase(), links));
    return SnapshotSource.firstFound(asked);
  }

  /** Makes paced service clients from one base client. */
  private record Factory(OkHttpClient base, ArchiveOptions options, TimeSource time) {
    ServiceClient client(String name, Duration interval) {
      return new ServiceClient(base, name, interval, options.limits(), options.userAgent(), time);
    }
  }
}
