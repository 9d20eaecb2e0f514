package org.convolve.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * The tool's scripts and styles, linked by their content: pages ask for {@code /static/lesson.js?v=}
 * and the first bytes of the file's SHA-256. A browser may keep such a file for a year and never ask
 * again, and still fetches the new one the moment a release changes it. Without this every launch
 * cost a learner's browser two or more revalidation requests (and the tool as many responses).
 *
 * <p>The files are served from memory rather than by Javalin's static-file handler: to serve these
 * eight small files, that handler mounted the packaged jar as a file system four times over, each
 * mount with an index of the jar's 14,000 entries (an idle tool held 31 MB of live heap with it,
 * 16 MB without).
 *
 * <p>Each file is also kept gzipped, compressed once at its first request: every learner of a
 * lecture hall arrives with an empty cache, and compressing the same 30 KB for each of them cost
 * the tool as much as compressing their lesson pages.
 */
final class StaticAssets {
    static final String PATH = "/static";
    /** Kept for a year and never revalidated: the URL changes when the file does. */
    static final String VERSIONED_CACHE = "public, max-age=31536000, immutable";
    /** Anything else (an old page's link, a version another instance of a rolling update serves) is checked each time. */
    static final String UNVERSIONED_CACHE = "no-cache";
    private static final Map<String, String> CONTENT_TYPES = Map.of(
            "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "svg", "image/svg+xml; charset=utf-8");

    /** Only files that exist: a request for any other name must not leave anything behind. */
    private final Map<String, Asset> assets = new ConcurrentHashMap<>();

    /** One file as it is sent, plain and gzipped; {@code version} is also its ETag, with "-gzip" for the second. */
    private record Asset(byte[] bytes, byte[] gzipped, String version, String contentType) {
        String etag(boolean gzip) {
            return '"' + version + (gzip ? "-gzip" : "") + '"';
        }
    }

    /** @throws IllegalStateException if there is no such file, so a template's typo fails its first render */
    String url(String name) {
        return PATH + "/" + name + "?v=" + find(name).map(Asset::version).orElseThrow(() -> new IllegalStateException(
                "There is no static file " + name + " in " + PATH));
    }

    /** For templates: {@code {{#asset}}lesson.js{{/asset}}} writes the file's versioned URL. */
    Function<String, String> templateFunction() {
        return name -> url(name.trim());
    }

    /** {@code GET /static/{name}}: kept for good when asked for by its current version, revalidated otherwise. */
    void serve(Context ctx) {
        Optional<Asset> found = find(ctx.pathParam("name"));
        if (found.isEmpty()) {
            ctx.status(HttpStatus.NOT_FOUND);
            return;
        }
        Asset asset = found.get();
        boolean gzip = AcceptEncoding.allowsGzip(ctx.header("Accept-Encoding"));
        ctx.header("Cache-Control", asset.version().equals(ctx.queryParam("v")) ? VERSIONED_CACHE : UNVERSIONED_CACHE);
        ctx.header("Vary", "Accept-Encoding");
        ctx.header("ETag", asset.etag(gzip));
        if (matches(ctx.header("If-None-Match"), asset.etag(gzip))) {
            ctx.status(HttpStatus.NOT_MODIFIED);
            return;
        }
        ctx.contentType(asset.contentType());
        if (gzip) {
            // Javalin leaves a response alone that already names its encoding.
            ctx.header("Content-Encoding", "gzip").result(asset.gzipped());
        } else {
            ctx.result(asset.bytes());
        }
    }

    /** RFC 9110's weak comparison, as a GET's If-None-Match asks for. */
    private static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        return Arrays.stream(ifNoneMatch.split(","))
                .map(String::strip)
                .map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag)
                .anyMatch(tag -> tag.equals("*") || tag.equals(etag));
    }

    private Optional<Asset> find(String name) {
        int dot = name.lastIndexOf('.');
        if (name.isEmpty() || name.contains("/") || name.contains("..") || dot < 0) {
            return Optional.empty();
        }
        String contentType = CONTENT_TYPES.get(name.substring(dot + 1));
        if (contentType == null) {
            return Optional.empty();
        }
        Asset known = assets.get(name);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<Asset> loaded = load(name, contentType);
        loaded.ifPresent(asset -> assets.put(name, asset));
        return loaded;
    }

    /** At the best level: it is paid once per file, not once per learner. */
    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 2);
        try (GZIPOutputStream gzip = new GZIPOutputStream(out) {
            {
                def.setLevel(Deflater.BEST_COMPRESSION);
            }
        }) {
            gzip.write(bytes);
        }
        return out.toByteArray();
    }

    private static Optional<Asset> load(String name, String contentType) {
        try (InputStream in = StaticAssets.class.getResourceAsStream(PATH + "/" + name)) {
            if (in == null) {
                return Optional.empty();
            }
            byte[] bytes = in.readAllBytes();
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return Optional.of(new Asset(bytes, gzip(bytes), HexFormat.of().formatHex(digest, 0, 6), contentType));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
