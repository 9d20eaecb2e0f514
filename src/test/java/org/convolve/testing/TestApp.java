package org.convolve.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.convolve.App;
import org.convolve.Config;

/** Starts the whole tool on a free port, on a private H2 database or a given JDBC URL. */
public final class TestApp implements AutoCloseable {
    private final App app;
    private final URI url;
    private final Path dataDir;

    private TestApp(App app, URI url, Path dataDir) {
        this.app = app;
        this.url = url;
        this.dataDir = dataDir;
    }

    public static TestApp onH2() {
        return onH2(Map.of());
    }

    public static TestApp onH2(Map<String, String> extra) {
        return start("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "", extra);
    }

    /**
     * On H2, with the test resources' lessons-valid folders as the admin's extra lessons
     * (CONVOLVE_LESSONS_DIR) and grade sync off.
     */
    public static TestApp onH2WithExtraLessons() {
        try {
            Path lessons = Path.of(TestApp.class.getClassLoader().getResource("lessons-valid").toURI());
            return onH2(Map.of("CONVOLVE_GRADESYNC_ENABLED", "false", "CONVOLVE_LESSONS_DIR", lessons.toString()));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static TestApp onPostgres(PostgresSupport postgres) {
        return start(postgres.jdbcUrl(), postgres.user(), postgres.password(), Map.of());
    }

    public static TestApp start(String jdbcUrl, String user, String password, Map<String, String> extra) {
        int port = extra.containsKey("CONVOLVE_PORT") ? Integer.parseInt(extra.get("CONVOLVE_PORT")) : freePort();
        Map<String, String> env = new HashMap<>();
        env.put("CONVOLVE_PORT", String.valueOf(port));
        env.put("CONVOLVE_HOST", "127.0.0.1");
        env.put("CONVOLVE_PUBLIC_URL", "http://localhost:" + port);
        env.put("CONVOLVE_DB_URL", jdbcUrl);
        env.put("CONVOLVE_DB_USER", user);
        env.put("CONVOLVE_DB_PASSWORD", password);
        env.putAll(extra);
        // A data directory the caller gave is the caller's to keep.
        Path ownDataDir = extra.containsKey("CONVOLVE_DATA_DIR") ? null : TempDirectories.create("convolve-test");
        if (ownDataDir != null) {
            env.put("CONVOLVE_DATA_DIR", ownDataDir.toString());
        }
        Config config = Config.from(env);
        try {
            return new TestApp(App.start(config), config.publicUrl(), ownDataDir);
        } catch (RuntimeException e) {
            deleteIfOwn(ownDataDir);
            throw e;
        }
    }

    public URI url(String path) {
        return URI.create(url + path);
    }

    public int port() {
        return url.getPort();
    }

    public App app() {
        return app;
    }

    @Override
    public void close() {
        try {
            app.close();
        } finally {
            deleteIfOwn(dataDir);
        }
    }

    private static void deleteIfOwn(Path dataDir) {
        if (dataDir != null) {
            TempDirectories.delete(dataDir);
        }
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
