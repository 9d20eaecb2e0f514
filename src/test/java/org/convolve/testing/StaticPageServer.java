package org.convolve.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Serves fixed HTML pages on 127.0.0.1 at a random free port, for browser tests that need a
 * page without starting the whole tool.
 *
 * <pre>
 * try (StaticPageServer server = StaticPageServer.serving(Map.of("/a.html", "&lt;!doctype html&gt;..."))) {
 *     driver.get(server.url("/a.html"));
 * }
 * </pre>
 */
public final class StaticPageServer implements AutoCloseable {

    private final HttpServer server;

    private StaticPageServer(HttpServer server) {
        this.server = server;
    }

    /** Starts serving; any path not in {@code pagesByPath} answers 404. */
    public static StaticPageServer serving(Map<String, String> pagesByPath) {
        Map<String, String> pages = Map.copyOf(pagesByPath);
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/", exchange -> respond(exchange, pages.get(exchange.getRequestURI().getPath())));
            server.start();
            return new StaticPageServer(server);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private static void respond(HttpExchange exchange, String html) throws IOException {
        try (exchange) {
            byte[] body = (html == null ? "not found" : html).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type",
                    html == null ? "text/plain; charset=utf-8" : "text/html; charset=utf-8");
            exchange.sendResponseHeaders(html == null ? 404 : 200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }
}
