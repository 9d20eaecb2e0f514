package org.convolve.testing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;

/**
 * A scripted browser over real HTTP: keeps cookies (including Secure ones on http://localhost,
 * as Chromium does) unless made {@link #withoutCookies()}, never follows redirects by itself so
 * tests can see each step. Like Chromium it accepts compressed answers, so the tool compresses
 * for it as for learners' browsers; bodies come back decoded, the Content-Encoding header as sent.
 */
public final class HttpBrowser {
    /** What Chromium sends; the tool can answer with gzip only, which {@link #decodedBody} undoes. */
    static final String ACCEPT_ENCODING = "gzip, deflate, br, zstd";
    /**
     * The scripts and stylesheets a page links, which a browser loads with it; not its icon, which
     * Chromium does not fetch for a page in a frame, the lesson's usual place.
     */
    private static final Pattern SUBRESOURCE = Pattern.compile(
            "<(?:script[^>]*\\ssrc|link rel=\"stylesheet\"[^>]*\\shref)=\"([^\"]+)\"");

    private final HttpClient client;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private final boolean keepsCookies;
    private final Map<URI, CachedFile> cache = new HashMap<>();

    /** A script or stylesheet in the browser's cache: kept without asking, or revalidated by its ETag. */
    private record CachedFile(boolean fresh, Optional<String> etag) {
    }

    public HttpBrowser() {
        this(newClient(), true);
    }

    private HttpBrowser(HttpClient client, boolean keepsCookies) {
        this.client = client;
        this.keepsCookies = keepsCookies;
    }

    /** A browser that blocks every cookie: whatever the tool sets is dropped. */
    public static HttpBrowser withoutCookies() {
        return new HttpBrowser(newClient(), false);
    }

    /**
     * A browser with cookies and a cache of its own that sends through a client shared with
     * others. A load driver playing many browsers shares one: each JDK client has a selector thread
     * and an executor of its own, and dozens of them spent the driver's CPU on switching threads.
     */
    public static HttpBrowser sharing(HttpClient client) {
        return new HttpBrowser(client, true);
    }

    /** The client a browser uses: it never follows redirects by itself. */
    public static HttpClient newClient() {
        return HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    /**
     * Forgets cookies and cached files, as a new browser profile would; keeps the HTTP client, so
     * a driver can play many browsers one after another without a connection pool for each.
     */
    public void clearCookiesAndCache() {
        cookies.clear();
        cache.clear();
    }

    public HttpResponse<String> get(URI uri) {
        return send(HttpRequest.newBuilder(uri).GET());
    }

    public HttpResponse<String> post(URI uri, Map<String, String> form) {
        return send(HttpRequest.newBuilder(uri)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(form))));
    }

    public HttpResponse<String> postWithHeader(URI uri, Map<String, String> form, String header, String value) {
        return send(HttpRequest.newBuilder(uri)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header(header, value)
                .POST(HttpRequest.BodyPublishers.ofString(encode(form))));
    }

    public HttpResponse<String> postRaw(URI uri, String contentType, String body) {
        return send(HttpRequest.newBuilder(uri).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Submits an auto-posting form (platform and tool hand-offs) the way the page's script would. */
    public HttpResponse<String> submitAutoPost(URI base, String html) {
        return post(base.resolve(Html.autoPostAction(html)), Html.hiddenFields(html));
    }

    /**
     * Where the tool's login initiation sends the browser next: its redirect, or, when it answered
     * with its cookie-check page (a browser it has not seen yet), the page's authentication URL,
     * which the page's script would open once it saw the cookie come back.
     */
    public static URI authenticationRequest(HttpResponse<String> login) {
        if (login.statusCode() == 302) {
            return URI.create(login.headers().firstValue("Location").orElseThrow());
        }
        if (login.statusCode() != 200) {
            throw new AssertionError("Login initiation answered " + login.statusCode() + ":\n" + login.body());
        }
        return URI.create(Html.dataAttribute(login.body(), "auth-url"));
    }

    /** The decoded parameters of a URL's query, such as the state and nonce of an authentication request. */
    public static Map<String, String> queryOf(URI uri) {
        return Arrays.stream(uri.getRawQuery().split("&"))
                .map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(p -> p[0], p -> URLDecoder.decode(p[1], StandardCharsets.UTF_8)));
    }

    /**
     * Loads a page's scripts and stylesheets the way a browser with a cache does: not at all while
     * the cache may keep them (max-age or immutable), with If-None-Match when it must revalidate,
     * in full otherwise.
     *
     * @return the statuses of the requests made, empty if the cache served everything
     */
    public List<Integer> loadScriptsAndStyles(URI page, String html) {
        List<Integer> statuses = new ArrayList<>();
        for (String link : SUBRESOURCE.matcher(html).results().map(m -> Html.unescape(m.group(1))).toList()) {
            URI file = page.resolve(link);
            CachedFile cached = cache.get(file);
            if (cached != null && cached.fresh()) {
                continue;
            }
            HttpRequest.Builder request = HttpRequest.newBuilder(file).GET();
            if (cached != null) {
                cached.etag().ifPresent(etag -> request.header("If-None-Match", etag));
            }
            HttpResponse<String> response = send(request);
            statuses.add(response.statusCode());
            String cacheControl = response.headers().firstValue("Cache-Control").orElse("");
            if (response.statusCode() == 200 && !cacheControl.contains("no-store")) {
                boolean fresh = cacheControl.contains("immutable")
                        || (cacheControl.contains("max-age=") && !cacheControl.contains("max-age=0")
                        && !cacheControl.contains("no-cache"));
                cache.put(file, new CachedFile(fresh, response.headers().firstValue("ETag")));
            }
        }
        return statuses;
    }

    public HttpResponse<String> follow(URI base, HttpResponse<String> redirect) {
        String location = redirect.headers().firstValue("Location")
                .orElseThrow(() -> new AssertionError("Expected a redirect, got " + redirect.statusCode()));
        return get(base.resolve(location));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        request.setHeader("Accept-Encoding", ACCEPT_ENCODING);
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies.entrySet().stream()
                    .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; ")));
        }
        try {
            HttpResponse<String> response = client.send(request.timeout(Duration.ofSeconds(20)).build(),
                    HttpBrowser::decodedBody);
            if (keepsCookies) {
                response.headers().allValues("Set-Cookie").forEach(this::keep);
            }
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static HttpResponse.BodySubscriber<String> decodedBody(HttpResponse.ResponseInfo response) {
        String encoding = response.headers().firstValue("Content-Encoding").orElse("identity");
        return switch (encoding) {
            case "identity" -> HttpResponse.BodySubscribers.ofString(StandardCharsets.UTF_8);
            case "gzip" -> HttpResponse.BodySubscribers.mapping(HttpResponse.BodySubscribers.ofByteArray(),
                    HttpBrowser::gunzip);
            default -> throw new AssertionError("The tool answered with Content-Encoding " + encoding
                    + ", which it has no compressor for");
        };
    }

    /** An empty body (a 304's) stays empty, whatever the headers say of its encoding. */
    private static String gunzip(byte[] body) {
        if (body.length == 0) {
            return "";
        }
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("A gzip body that does not decode", e);
        }
    }

    private void keep(String setCookie) {
        String pair = setCookie.split(";", 2)[0];
        int eq = pair.indexOf('=');
        if (eq > 0) {
            cookies.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
        }
    }

    private static String encode(Map<String, String> form) {
        return form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
