package org.citecheck.scholarly.eval;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * A local stand-in web for the evaluation: cited pages (with the metadata they embed), publishers
 * that refuse robots, the DOI resolver (handle API, content negotiation) and Crossref's works
 * query, each answering with the real services' shapes.
 */
final class StandIn implements AutoCloseable {

  final Map<String, String> pages = new ConcurrentHashMap<>();
  final Set<String> refusing = ConcurrentHashMap.newKeySet();
  final Set<String> registered = ConcurrentHashMap.newKeySet();
  final Map<String, String> csl = new ConcurrentHashMap<>();
  volatile Function<String, String> crossref = query -> items("");

  private final HttpServer server;

  StandIn() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.setExecutor(Executors.newFixedThreadPool(4));
    server.createContext("/", this::handle);
    server.start();
  }

  String base() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  static String items(String items) {
    return "{\"status\": \"ok\", \"message-type\": \"work-list\", \"message-version\": \"1.0.0\","
        + " \"message\": {\"facets\": {}, \"total-results\": 1000, \"items\": ["
        + items
        + "], \"items-per-page\": 3}}";
  }

  private void handle(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getRawPath();
    String query = exchange.getRequestURI().getRawQuery();
    try (exchange) {
      if (refusing.contains(path)) {
        send(exchange, 403, "text/html", "<html><title>Access denied</title></html>");
      } else if (pages.containsKey(path)) {
        send(exchange, 200, "text/html; charset=utf-8", pages.get(path));
      } else if (path.startsWith("/api/handles/")) {
        String doi = decode(path.substring("/api/handles/".length()));
        if (registered.contains(doi)) {
          send(
              exchange,
              200,
              "application/json",
              "{\"responseCode\": 1, \"handle\": \""
                  + doi
                  + "\", \"values\": [{\"index\": 1, \"type\": \"URL\", \"data\": {\"format\":"
                  + " \"string\", \"value\": \"https://publisher.example/\"}, \"ttl\": 86400}]}");
        } else {
          send(
              exchange,
              404,
              "application/json",
              "{\"responseCode\": 100, \"handle\": \"" + doi + "\"}");
        }
      } else if (path.equals("/works")) {
        String q = "";
        for (String pair : query == null ? new String[0] : query.split("&")) {
          if (pair.startsWith("query.bibliographic=")) {
            q =
                URLDecoder.decode(
                    pair.substring("query.bibliographic=".length()), StandardCharsets.UTF_8);
          }
        }
        exchange.getResponseHeaders().add("X-Rate-Limit-Limit", "50");
        exchange.getResponseHeaders().add("X-Rate-Limit-Interval", "1s");
        send(exchange, 200, "application/json", crossref.apply(q));
      } else if (path.startsWith("/10.") && csl.containsKey(decode(path.substring(1)))) {
        send(
            exchange,
            200,
            "application/vnd.citationstyles.csl+json",
            csl.get(decode(path.substring(1))));
      } else {
        send(exchange, 404, "text/html", "<html><title>Not found</title></html>");
      }
    }
  }

  private static String decode(String text) {
    return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
  }

  private static void send(HttpExchange exchange, int status, String type, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", type);
    if (exchange.getRequestMethod().equals("HEAD")) {
      exchange.sendResponseHeaders(status, -1);
      return;
    }
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
  }
}
