package org.convolve.lti.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.convolve.lti.keys.ToolKeys;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Fetching a platform's key set over real HTTP, from a server that answers well, slowly or too much. */
class PlatformKeySourcesTest {
    private final RSAKey key = ToolKeys.generate();
    private final PlatformKeySources sources = new PlatformKeySources(Duration.ofMinutes(15), Duration.ofMillis(200),
            Duration.ofSeconds(1));
    private HttpServer platform;

    @BeforeEach
    void start() throws IOException {
        platform = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        platform.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        platform.createContext("/jwks", exchange -> {
            byte[] body = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        platform.createContext("/trickle", exchange -> {
            // A byte every half second, for far longer than any launch should wait.
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                for (int i = 0; i < 60; i++) {
                    out.write(' ');
                    out.flush();
                    Thread.sleep(500);
                }
            } catch (IOException | InterruptedException gaveUp) {
                // the tool hung up, as it should
            }
        });
        platform.createContext("/huge", exchange -> {
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(("{\"keys\":[],\"padding\":\"" + "x".repeat(600 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8));
            } catch (IOException gaveUp) {
                // the tool stopped reading
            }
        });
        platform.start();
    }

    @AfterEach
    void stop() {
        platform.stop(0);
    }

    private URI url(String path) {
        return URI.create("http://127.0.0.1:" + platform.getAddress().getPort() + path);
    }

    @Test
    void findsAKeyByItsKid() throws Exception {
        assertEquals(key.getKeyID(), sources.find(url("/jwks"), key.getKeyID()).orElseThrow().getKeyID());
    }

    @Test
    void aServerThatAnswersByTheByteIsGivenUpOnAtTheDeadline() {
        KeySourceException failure = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> assertThrows(KeySourceException.class, () -> sources.find(url("/trickle"), "any")),
                "per-read timeouts alone would wait 30 s for this server");

        assertTrue(String.valueOf(failure.getMessage()).contains("within 1 s")
                || String.valueOf(failure.getCause()).contains("within 1 s"), String.valueOf(failure));
    }

    @Test
    void aKeySetLargerThanAnyPlatformsIsRefused() {
        assertThrows(KeySourceException.class, () -> sources.find(url("/huge"), "any"));
    }

    @Test
    void aKeySetWhereNothingListensIsSaidToBeUnreachable() throws Exception {
        int closedPort;
        try (ServerSocket probe = new ServerSocket(0)) {
            closedPort = probe.getLocalPort();
        }
        URI nowhere = URI.create("http://localhost:" + closedPort + "/jwks");

        KeySourceException failure = assertThrows(KeySourceException.class, () -> sources.find(nowhere, "any"));

        assertTrue(failure.getMessage().endsWith("Could not connect to localhost:" + closedPort), failure.getMessage());
    }
}
