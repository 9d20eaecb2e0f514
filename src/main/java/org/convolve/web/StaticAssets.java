package org.convolve.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The tool's scripts and styles, linked by their content: pages ask for {@code /static/lesson.js?v=}
 * and the first bytes of the file's SHA-256. A browser may keep such a file for a year and never ask
 * again, and still fetches the new one the moment a release changes it. Without this every launch
 * cost a learner's browser two or more revalidation requests (and the tool as many responses).
 */
final class StaticAssets {
    static final String PATH = "/static";
    /** Kept for a year and never revalidated: the URL changes when the file does. */
    static final String VERSIONED_CACHE = "public, max-age=31536000, immutable";
    /** Anything else (an old page's link, a version another instance of a rolling update serves) is checked each time. */
    static final String UNVERSIONED_CACHE = "no-cache";

    /** Only files that exist: a request for any other name must not leave anything behind. */
    private final Map<String, String> versions = new ConcurrentHashMap<>();

    /** @throws IllegalStateException if there is no such file, so a template's typo fails its first render */
    String url(String name) {
        return PATH + "/" + name + "?v=" + version(name).orElseThrow(() -> new IllegalStateException(
                "There is no static file " + name + " in " + PATH));
    }

    /** For templates: {@code {{#asset}}lesson.js{{/asset}}} writes the file's versioned URL. */
    Function<String, String> templateFunction() {
        return name -> url(name.trim());
    }

    /** Before a static file is sent: kept for good when asked for by its current version, revalidated otherwise. */
    void cacheControl(Context ctx) {
        boolean current = isCurrentVersion(ctx.path(), ctx.queryParam("v"));
        ctx.header("Cache-Control", current ? VERSIONED_CACHE : UNVERSIONED_CACHE);
    }

    /** Whether a request names a file together with that file's current version. */
    private boolean isCurrentVersion(String path, String version) {
        if (version == null || !path.startsWith(PATH + "/")) {
            return false;
        }
        return version(path.substring(PATH.length() + 1)).map(version::equals).orElse(false);
    }

    private Optional<String> version(String name) {
        if (name.isEmpty() || name.contains("/") || name.contains("..")) {
            return Optional.empty();
        }
        String known = versions.get(name);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<String> found = digestOf(name);
        found.ifPresent(version -> versions.put(name, version));
        return found;
    }

    private static Optional<String> digestOf(String name) {
        try (InputStream in = StaticAssets.class.getResourceAsStream(PATH + "/" + name)) {
            if (in == null) {
                return Optional.empty();
            }
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(in.readAllBytes());
            return Optional.of(HexFormat.of().formatHex(digest, 0, 6));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
