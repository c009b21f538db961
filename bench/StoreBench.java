import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.citecheck.store.CheckRecord;
import org.citecheck.store.HistoryStore;
import org.citecheck.store.StoreAccess;
import org.citecheck.store.StoreAddress;
import org.citecheck.verdict.Verdict;

/**
 * The history store at scale (issue 17 item 6): N results recorded in one run's transaction, then
 * read back as a later run reads them (each URL's latest check and its recent history, one query
 * each), on the store given. Prints wall times and the store's size.
 *
 * <p>Usage: java -cp target/citecheck.jar bench/StoreBench.java STORE N [PASSWORD]
 */
public class StoreBench {

  public static void main(String[] args) throws Exception {
    StoreAddress address = StoreAddress.parse(args[0]);
    int n = Integer.parseInt(args[1]);
    String password = args.length > 2 ? args[2] : null;
    StoreAccess access = new StoreAccess(address, password);
    Instant at = Instant.parse("2026-03-02T10:00:00Z");
    List<CheckRecord> records = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      String url = "https://site" + (i % 500) + ".example.org/reports/2026/page-" + i + ".html";
      // An outcome as the check stage writes it: about 350 bytes of JSON.
      String outcome =
          "{\"url\":\""
              + url
              + "\",\"verdict\":\"alive\",\"reason\":\"HTTP 200\",\"httpStatus\":200,"
              + "\"finalUrl\":null,\"redirects\":[],\"elapsedMs\":412,\"page\":{\"title\":"
              + "\"Annual report on the state of things, page "
              + i
              + "\",\"ogTitle\":null,\"h1\":null,\"text\":null,\"parkingScript\":false},"
              + "\"failure\":null,\"checkedAt\":\""
              + at
              + "\"}";
      records.add(
          new CheckRecord(
              url, at, Verdict.ALIVE, 200, null, null, 412, "Annual report, page " + i, outcome));
    }

    long start = System.nanoTime();
    try (HistoryStore store = access.open()) {
      long opened = System.nanoTime();
      store.record(records);
      long written = System.nanoTime();
      // As a run reads before checking: every URL's recent checks in a few queries.
      List<String> urls = records.stream().map(CheckRecord::url).toList();
      java.util.Map<String, List<CheckRecord>> back = store.recent(urls, 20);
      long read = System.nanoTime();
      if (back.size() != n) {
        throw new IllegalStateException("read back " + back.size() + " of " + n);
      }
      // A URL not announced beforehand costs a query of its own: 1,000 of those, for scale.
      for (int i = 0; i < 1000; i++) {
        store.recent(urls.get(i * (n / 1000)), 20);
      }
      long single = System.nanoTime();
      System.out.printf(
          "%s: open+migrate %d ms, record %,d results %d ms, read them back %d ms,"
              + " store time %d ms; one URL read alone %.2f ms%n",
          address.isPostgresql() ? "postgresql" : "sqlite",
          (opened - start) / 1_000_000,
          n,
          (written - opened) / 1_000_000,
          (read - written) / 1_000_000,
          (read - start) / 1_000_000,
          (single - read) / 1e6 / 1000);
    }
    System.out.printf("%s: store size %s%n", address.isPostgresql() ? "postgresql" : "sqlite", size(address, password));
  }

  private static String size(StoreAddress address, String password) throws Exception {
    if (!address.isPostgresql()) {
      long bytes = 0;
      for (String suffix : new String[] {"", "-wal", "-shm"}) {
        Path file = Path.of(address.file() + suffix);
        bytes += Files.exists(file) ? Files.size(file) : 0;
      }
      return String.format("%.1f MB (file and WAL)", bytes / 1e6);
    }
    Properties login = new Properties();
    if (address.user() != null) {
      login.setProperty("user", address.user());
    }
    if (password != null) {
      login.setProperty("password", password);
    }
    try (Connection c =
            DriverManager.getConnection(
                "jdbc:postgresql://" + address.host() + ":" + address.port() + "/" + address.database(),
                login);
        Statement s = c.createStatement();
        ResultSet rows =
            s.executeQuery(
                "SELECT pg_total_relation_size('checks'), pg_database_size(current_database())")) {
      rows.next();
      return String.format(
          "%.1f MB (checks table with its indexes; database %.1f MB)",
          rows.getLong(1) / 1e6, rows.getLong(2) / 1e6);
    }
  }
}
