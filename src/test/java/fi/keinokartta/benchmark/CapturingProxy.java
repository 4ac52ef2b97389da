package fi.keinokartta.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * An HTTP relay between a service instance and the search engine that records every search request
 * the service sends, so the benchmark can send the engine exactly the same JSON (the query, its
 * highlighting, aggregations and post filter, the relaxed second request) and compare like with like.
 */
final class CapturingProxy implements AutoCloseable {

    /** One request as the service sent it: method, path with query string, and body. */
    record Captured(String method, String pathAndQuery, String body) {
        /** A search in a release's item index (not the registry lookups the tracker makes meanwhile). */
        boolean isItemSearch() {
            return pathAndQuery.startsWith("/keinokartta-items-") && pathAndQuery.contains("/_search");
        }
    }

    private static final Set<String> FORWARDED_HEADERS = Set.of("content-type", "accept", "authorization");

    private final HttpServer server;
    private final String target;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final List<Captured> captured = new ArrayList<>();

    CapturingProxy(String target) throws IOException {
        this.target = target;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        server.createContext("/", this::relay);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
    }

    String address() {
        return "127.0.0.1:" + server.getAddress().getPort();
    }

    /** The search requests recorded since the last call, oldest first; the record starts empty again. */
    synchronized List<Captured> takeSearches() {
        List<Captured> searches = captured.stream().filter(Captured::isItemSearch).toList();
        captured.clear();
        return searches;
    }

    private void relay(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            String pathAndQuery = exchange.getRequestURI().getRawPath()
                    + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery());
            synchronized (this) {
                captured.add(new Captured(exchange.getRequestMethod(), pathAndQuery, new String(body, StandardCharsets.UTF_8)));
            }
            HttpRequest.Builder forward = HttpRequest.newBuilder(URI.create("http://" + target + pathAndQuery))
                    .method(exchange.getRequestMethod(), body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(body));
            exchange.getRequestHeaders().forEach((name, values) -> {
                if (FORWARDED_HEADERS.contains(name.toLowerCase())) {
                    values.forEach(v -> forward.header(name, v));
                }
            });
            HttpResponse<byte[]> response;
            try {
                response = client.send(forward.build(), HttpResponse.BodyHandlers.ofByteArray());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(e);
            }
            response.headers().firstValue("content-type").ifPresent(v -> exchange.getResponseHeaders().add("Content-Type", v));
            byte[] answer = response.body();
            boolean head = "HEAD".equals(exchange.getRequestMethod());
            exchange.sendResponseHeaders(response.statusCode(), head || answer.length == 0 ? -1 : answer.length);
            if (!head && answer.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(answer);
                }
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
