import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * The floor for check-bench.sh on this machine: the same requests (one GET per URL with its body
 * read, or one HEAD per URL for METHOD HEAD, the same per-host concurrency, the URLs spread the
 * same way) from a bare OkHttp client with nothing else to do: no input to read, no verdicts, no
 * report. Run with the single-file launcher and the shaded jar on the class path: java -cp
 * target/citecheck.jar bench/OkHttpFloor.java N HOSTS C PORT [METHOD [SUFFIX]].
 */
public final class OkHttpFloor {

  public static void main(String[] args) throws Exception {
    int n = Integer.parseInt(args[0]);
    int hosts = Integer.parseInt(args[1]);
    int perHost = Integer.parseInt(args[2]);
    int port = Integer.parseInt(args[3]);
    boolean head = args.length > 4 && args[4].equals("HEAD");
    String suffix = args.length > 5 ? args[5] : "";
    long start = System.nanoTime();
    OkHttpClient shared = new OkHttpClient.Builder().followRedirects(false).build();
    ExecutorService threads = Executors.newFixedThreadPool(hosts * perHost);
    List<Future<?>> workers = new ArrayList<>();
    for (int h = 0; h < hosts; h++) {
      String base = "http://127.0." + ((2 + h) >> 8) + "." + ((2 + h) & 255) + ":" + port + "/doc/";
      OkHttpClient client = shared.newBuilder()
          .connectionPool(new ConnectionPool(perHost, 1, TimeUnit.MINUTES)).dispatcher(new Dispatcher()).build();
      ConcurrentLinkedQueue<Integer> queue = new ConcurrentLinkedQueue<>();
      for (int i = h; i < n; i += hosts) {
        queue.add(i);
      }
      for (int w = 0; w < perHost; w++) {
        workers.add(threads.submit(() -> {
          for (Integer i = queue.poll(); i != null; i = queue.poll()) {
            Request.Builder request = new Request.Builder().url(base + i + suffix);
            try (Response response = client.newCall(head ? request.head().build() : request.build()).execute()) {
              if (!head) {
                response.body().string();
              }
            }
          }
          return null;
        }));
      }
    }
    for (Future<?> worker : workers) {
      worker.get();
    }
    System.out.println((System.nanoTime() - start) / 1_000_000);
    System.exit(0);
  }
}
