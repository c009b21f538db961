import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The benchmark's web: one HTTP server per loopback address 127.0.0.2 .. 127.0.0.(1+hosts), all on
 * the same port, answering every request after a fixed latency. Run with the single-file launcher:
 * java bench/BenchServer.java HOSTS PORT LATENCY_MS CONTENT (pdf: HEAD settles it; html: GET too).
 * Prints "ready" once every server listens; runs until killed.
 */
public final class BenchServer {

  public static void main(String[] args) throws IOException {
    int hosts = Integer.parseInt(args[0]);
    int port = Integer.parseInt(args[1]);
    long latency = Long.parseLong(args[2]);
    boolean html = args.length > 3 && args[3].equals("html");
    // Answers are sent by one scheduler thread after the latency, so the server holds no thread per
    // waiting request and leaves the machine's cores to the checker being measured.
    ScheduledExecutorService later = Executors.newScheduledThreadPool(2);
    byte[] page = "<!doctype html><html><head><title>Benchmark page</title></head><body><h1>Benchmark page</h1></body></html>"
        .getBytes(StandardCharsets.UTF_8);
    for (int h = 0; h < hosts; h++) {
      InetAddress address = InetAddress.getByName("127.0.0." + (2 + h));
      HttpServer server = HttpServer.create(new InetSocketAddress(address, port), 1024);
      server.createContext("/", exchange -> later.schedule(() -> {
        try {
          boolean head = exchange.getRequestMethod().equals("HEAD");
          exchange.getResponseHeaders().set("Content-Type", html ? "text/html; charset=utf-8" : "application/pdf");
          byte[] body = html ? page : new byte[2048];
          if (head) {
            exchange.getResponseHeaders().set("Content-Length", Integer.toString(body.length));
            exchange.sendResponseHeaders(200, -1);
          } else {
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
              out.write(body);
            }
          }
        } catch (IOException e) {
          // The client went away; nothing to answer.
        } finally {
          exchange.close();
        }
      }, latency, TimeUnit.MILLISECONDS));
      server.start();
    }
    System.out.println("ready");
    System.out.flush();
  }
}
