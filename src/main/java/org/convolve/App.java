package org.convolve;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.convolve.gradesync.GradeSync;
import org.convolve.lesson.LessonCatalog;
import org.convolve.lesson.loader.LessonLoader;
import org.convolve.lti.keys.ToolKeys;
import org.convolve.lti.registration.CachingPlatformRepository;
import org.convolve.lti.registration.Platform;
import org.convolve.lti.registration.PlatformFile;
import org.convolve.lti.registration.PlatformRepository;
import org.convolve.sandbox.RegistrationsWithoutSandbox;
import org.convolve.sandbox.SandboxPlatform;
import org.convolve.sandbox.SandboxServices;
import org.convolve.settings.InvalidSetting;
import org.convolve.storage.Database;
import org.convolve.storage.JdbcPlatformRepository;
import org.convolve.storage.JdbcToolKeyRepository;
import org.convolve.web.WebServer;

/** Wiring: builds the parts from the configuration and starts the web server. Nothing else. */
public final class App implements AutoCloseable {
    private final Config config;
    private final Database database;
    private final WebServer server;

    private final LessonCatalog lessons;

    private App(Config config, Database database, WebServer server, LessonCatalog lessons) {
        this.config = config;
        this.database = database;
        this.server = server;
        this.lessons = lessons;
    }

    public static App start(Config config) {
        Clock clock = Clock.systemUTC();
        LessonCatalog lessons = new LessonLoader().loadCatalog(config.lessonsDir().orElse(null));
        Database database = openDatabase(config);
        try {
            PlatformRepository stored = new CachingPlatformRepository(
                    new JdbcPlatformRepository(database.jdbi(), clock), Duration.ofSeconds(30), clock);
            PlatformRepository platforms = config.sandboxEnabled() ? stored : new RegistrationsWithoutSandbox(stored);
            config.platformsFile().ifPresent(file -> platformsIn(file).forEach(platforms::save));
            ToolKeys toolKeys = new ToolKeys(new JdbcToolKeyRepository(database.jdbi(), "tool"), clock);
            toolKeys.ensureSigningKeyInBackground();
            SandboxPlatform sandbox = null;
            if (config.sandboxEnabled()) {
                ToolKeys sandboxKeys = new ToolKeys(new JdbcToolKeyRepository(database.jdbi(), "sandbox"), clock);
                sandboxKeys.ensureSigningKeyInBackground();
                sandbox = new SandboxPlatform(config.publicUrl(), sandboxKeys);
                platforms.save(sandbox.registration());
            }
            PrometheusMeterRegistry metrics = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
            WebServer server = WebServer.start(config, clock, database, platforms, toolKeys, lessons,
                    sandbox, jsonMapper(), metrics);
            return new App(config, database, server, lessons);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    /** A platforms file that cannot be used is a setting the admin must fix, like any other. */
    private static List<Platform> platformsIn(Path file) {
        try {
            return PlatformFile.read(file);
        } catch (PlatformFile.Invalid e) {
            throw new InvalidSetting("CONVOLVE_PLATFORMS_FILE: " + e.getMessage());
        }
    }

    public static Database openDatabase(Config config) {
        if (config.jdbcUrl().startsWith("jdbc:h2:file:")) {
            try {
                Files.createDirectories(config.dataDir());
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot create the data directory " + config.dataDir(), e);
            }
        }
        return Database.open(config.jdbcUrl(), config.dbUser(), config.dbPassword(), config.dbPoolSize());
    }

    /** Records are written field by field, so helper methods such as isInstructor() never become JSON. */
    public static ObjectMapper jsonMapper() {
        return new ObjectMapper()
                .registerModule(new Jdk8Module())
                .registerModule(new JavaTimeModule())
                .setVisibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
                .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
                .setVisibility(PropertyAccessor.CREATOR, JsonAutoDetect.Visibility.ANY)
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    }

    public int port() {
        return server.port();
    }

    public URI url() {
        return config.publicUrl();
    }

    /** The lessons it serves, built-in ones first. */
    public LessonCatalog lessons() {
        return lessons;
    }

    public Database database() {
        return database;
    }

    /** The sandbox platform's services (its gradebook), when the sandbox is on. */
    public Optional<SandboxServices> sandboxServices() {
        return server.sandboxServices();
    }

    /**
     * The score outbox, its worker and status, for tests and tools; answers reach the outbox
     * through the score sink the web server wires.
     */
    public GradeSync gradeSync() {
        return server.gradeSync();
    }

    @Override
    public void close() {
        server.stop();
        database.close();
    }
}
