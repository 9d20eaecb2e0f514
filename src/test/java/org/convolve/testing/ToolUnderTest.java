package org.convolve.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.convolve.App;
import org.convolve.Config;

/**
 * The whole tool on a free port with its own in-memory H2 database, reachable as
 * http://localhost:&lt;port&gt;. Extra settings are CONVOLVE_* variables; {@code {port}} in a value is
 * replaced by the port, for settings that name the tool's own address.
 */
public final class ToolUnderTest implements AutoCloseable {
    private final App app;
    private final int port;

    private ToolUnderTest(App app, int port) {
        this.app = app;
        this.port = port;
    }

    public static ToolUnderTest start(Map<String, String> settings) {
        int port = freePort();
        Map<String, String> env = new HashMap<>();
        env.put("CONVOLVE_PORT", String.valueOf(port));
        env.put("CONVOLVE_HOST", "127.0.0.1");
        env.put("CONVOLVE_PUBLIC_URL", "http://localhost:" + port);
        env.put("CONVOLVE_DB_URL", "jdbc:h2:mem:tool-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        try {
            env.put("CONVOLVE_DATA_DIR", Files.createTempDirectory("convolve-tool-").toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        settings.forEach((name, value) -> env.put(name, value.replace("{port}", String.valueOf(port))));
        return new ToolUnderTest(App.start(Config.from(env)), port);
    }

    public String url(String path) {
        return "http://localhost:" + port + path;
    }

    public int port() {
        return port;
    }

    public App app() {
        return app;
    }

    @Override
    public void close() {
        app.close();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
