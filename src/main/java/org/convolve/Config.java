package org.convolve;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.convolve.gradesync.GradeSyncSettings;
import org.convolve.settings.EnvironmentNumbers;
import org.convolve.settings.EnvironmentWords;
import org.convolve.settings.InvalidSetting;
import org.convolve.storage.Database;

/**
 * Everything configurable, read from environment variables. Each default is what a newcomer
 * running the tool on a laptop needs; production sets CONVOLVE_ENV=production.
 */
public record Config(
        String host,
        int port,
        URI publicUrl,
        Path dataDir,
        String jdbcUrl,
        String dbUser,
        String dbPassword,
        int dbPoolSize,
        boolean sandboxEnabled,
        URI sandboxToolUrl,
        Optional<Path> platformsFile,
        Optional<Path> lessonsDir,
        Duration clockLeeway,
        Duration sessionLifetime,
        long maxRequestBytes,
        List<String> extraFrameAncestors,
        GradeSyncSettings gradeSync,
        int httpThreads,
        boolean production,
        Optional<String> registrationKey) {

    /**
     * Jetty keeps threads of the pool for accepting connections and for its selectors (3 on two
     * cores, more on more) and refuses to start with fewer to spare.
     */
    static final int LEAST_HTTP_THREADS = 8;

    public static Config fromEnvironment() {
        return from(System.getenv());
    }

    public static Config from(Map<String, String> env) {
        int port = EnvironmentNumbers.port(env, "CONVOLVE_PORT", 8080);
        String host = env.getOrDefault("CONVOLVE_HOST", "0.0.0.0");
        URI publicUrl = absoluteUrl(env, "CONVOLVE_PUBLIC_URL", "http://localhost:" + port);
        if (publicUrl.getRawPath() != null && !publicUrl.getRawPath().isEmpty()) {
            // The pages link to /static/... and /s/... from the root of the host.
            throw new InvalidSetting("CONVOLVE_PUBLIC_URL must be the root of its host, such as"
                    + " https://convolve.example.edu, not '" + publicUrl + "': the tool cannot be served under a path.");
        }
        Path dataDir = Path.of(env.getOrDefault("CONVOLVE_DATA_DIR", "data")).toAbsolutePath();
        boolean production = "production".equals(EnvironmentWords.oneOf(env, "CONVOLVE_ENV", "development",
                List.of("production", "development")));
        // H2 parses a statement again when it is not among the session's last QUERY_CACHE_SIZE
        // (8 by default); a launch and an answer use about thirty different ones. H2's own
        // shutdown hook would close the database while the grade-sync worker is still recording
        // a delivery; the tool's hook closes it last instead.
        String jdbcUrl = EnvironmentWords.text(env, "CONVOLVE_DB_URL").orElse("jdbc:h2:file:"
                + dataDir.resolve("convolve") + ";AUTO_SERVER=FALSE;QUERY_CACHE_SIZE=128;DB_CLOSE_ON_EXIT=FALSE");
        return new Config(
                host,
                port,
                publicUrl,
                dataDir,
                jdbcUrl,
                env.getOrDefault("CONVOLVE_DB_USER", jdbcUrl.startsWith("jdbc:h2:") ? "sa" : "convolve"),
                env.getOrDefault("CONVOLVE_DB_PASSWORD", ""),
                (int) EnvironmentNumbers.atLeast(env, "CONVOLVE_DB_POOL_SIZE", 10, Database.LEAST_POOL_SIZE),
                EnvironmentWords.flag(env, "CONVOLVE_SANDBOX", !production),
                absoluteUrl(env, "CONVOLVE_SANDBOX_TOOL_URL", publicUrl.toString()),
                EnvironmentWords.text(env, "CONVOLVE_PLATFORMS_FILE").map(Path::of),
                EnvironmentWords.text(env, "CONVOLVE_LESSONS_DIR").map(Path::of),
                Duration.ofSeconds(EnvironmentNumbers.of(env, "CONVOLVE_CLOCK_LEEWAY_SECONDS", 60)),
                Duration.ofHours(EnvironmentNumbers.positive(env, "CONVOLVE_SESSION_HOURS", 8)),
                EnvironmentNumbers.positive(env, "CONVOLVE_MAX_REQUEST_BYTES", 64 * 1024),
                origins(env.getOrDefault("CONVOLVE_FRAME_ANCESTORS", "")),
                GradeSyncSettings.from(env),
                (int) EnvironmentNumbers.atLeast(env, "CONVOLVE_HTTP_THREADS", 32, LEAST_HTTP_THREADS),
                production,
                registrationKey(env));
    }

    /**
     * What an admin may want to hear at start: production settings that platforms or learners
     * would suffer from without the tool failing.
     */
    public List<String> productionWarnings() {
        if (!production) {
            return List.of();
        }
        List<String> warnings = new ArrayList<>();
        if (!"https".equals(publicUrl.getScheme())) {
            warnings.add("CONVOLVE_PUBLIC_URL is " + publicUrl + ": platforms and browsers reach a tool in production"
                    + " over https, and the tool's cookies only work there.");
        }
        if (jdbcUrl.startsWith("jdbc:h2:")) {
            warnings.add("the database is the embedded H2 file in " + dataDir + ", which writes answers to disk"
                    + " a moment after saving them, so a tool killed outright loses the last ones; production uses"
                    + " PostgreSQL (CONVOLVE_DB_URL), which keeps every saved answer, which several instances can share"
                    + " and which can be backed up while it runs.");
        }
        return warnings;
    }

    /** Part of a URL and a secret, so: URL-safe characters, and long enough not to be guessed. */
    private static Optional<String> registrationKey(Map<String, String> env) {
        String key = env.getOrDefault("CONVOLVE_REGISTRATION_KEY", "").strip();
        if (key.isEmpty()) {
            return Optional.empty();
        }
        if (key.length() < 20 || !key.matches("[A-Za-z0-9_-]+")) {
            throw new InvalidSetting("CONVOLVE_REGISTRATION_KEY must be at least 20 letters, digits, '-' or '_'"
                    + " (for example the output of: openssl rand -hex 20).");
        }
        return Optional.of(key);
    }

    /** A URL the tool hands to platforms and browsers, so it must say where it is in full. */
    private static URI absoluteUrl(Map<String, String> env, String name, String fallback) {
        String value = env.getOrDefault(name, fallback).strip();
        try {
            URI url = URI.create(trimSlash(value));
            if (url.getHost() != null && ("https".equals(url.getScheme()) || "http".equals(url.getScheme()))) {
                return url;
            }
        } catch (IllegalArgumentException notAUrl) {
            // said below, with the variable's name
        }
        throw new InvalidSetting(name + " must be an absolute URL such as https://convolve.example.edu, not '"
                + value + "'.");
    }

    public URI url(String path) {
        return URI.create(publicUrl + path);
    }

    /**
     * Pages that may frame the tool besides the registered platforms' own origins: Canvas
     * customer domains (school.instructure.com, canvas.school.edu), separated by spaces or commas.
     */
    private static List<String> origins(String value) {
        return Arrays.stream(value.split("[\\s,]+")).filter(origin -> !origin.isBlank()).map(Config::trimSlash).toList();
    }

    private static String trimSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
