package org.convolve.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A scripted browser over real HTTP: keeps cookies (including Secure ones on http://localhost,
 * as Chromium does), never follows redirects by itself so tests can see each step.
 */
public final class HttpBrowser {
    private static final Pattern HIDDEN_FIELD = Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\"");
    private static final Pattern FORM_ACTION = Pattern.compile("<form id=\"autopost\" method=\"post\" action=\"([^\"]+)\"");

    private final HttpClient client = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final Map<String, String> cookies = new LinkedHashMap<>();

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
        return post(base.resolve(autoPostAction(html)), hiddenFields(html));
    }

    /** Where an auto-posting form of ours posts to. */
    public static String autoPostAction(String html) {
        Matcher action = FORM_ACTION.matcher(html);
        if (!action.find()) {
            throw new AssertionError("No auto-posting form in:\n" + html);
        }
        return unescape(action.group(1));
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
        Matcher matcher = Pattern.compile("data-auth-url=\"([^\"]*)\"").matcher(login.body());
        if (login.statusCode() != 200 || !matcher.find()) {
            throw new AssertionError("Login initiation answered " + login.statusCode() + ":\n" + login.body());
        }
        return URI.create(unescape(matcher.group(1)));
    }

    public HttpResponse<String> follow(URI base, HttpResponse<String> redirect) {
        String location = redirect.headers().firstValue("Location")
                .orElseThrow(() -> new AssertionError("Expected a redirect, got " + redirect.statusCode()));
        return get(base.resolve(location));
    }

    /** The CSRF token a page of ours carries: a form's hidden field, or the page's data-csrf attribute. */
    public static String csrfOf(String html) {
        String field = hiddenFields(html).get("csrf");
        if (field != null) {
            return field;
        }
        Matcher matcher = Pattern.compile("data-csrf=\"([^\"]*)\"").matcher(html);
        if (!matcher.find()) {
            throw new AssertionError("No CSRF token in:\n" + html);
        }
        return unescape(matcher.group(1));
    }

    /** Posts a form of the given page as its browser would, with the page's CSRF token. */
    public HttpResponse<String> postFrom(HttpResponse<String> page, URI action, Map<String, String> fields) {
        Map<String, String> form = new LinkedHashMap<>(fields);
        form.put("csrf", csrfOf(page.body()));
        return post(action, form);
    }

    public static Map<String, String> hiddenFields(String html) {
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher matcher = HIDDEN_FIELD.matcher(html);
        while (matcher.find()) {
            fields.put(matcher.group(1), unescape(matcher.group(2)));
        }
        return fields;
    }

    public void clearCookies() {
        cookies.clear();
    }

    public Map<String, String> cookies() {
        return cookies;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies.entrySet().stream()
                    .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; ")));
        }
        try {
            HttpResponse<String> response = client.send(request.timeout(Duration.ofSeconds(20)).build(),
                    HttpResponse.BodyHandlers.ofString());
            response.headers().allValues("Set-Cookie").forEach(this::keep);
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
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

    /** Mustache escapes attribute values; undo what it escapes. */
    public static String unescape(String value) {
        return value.replace("&#x2F;", "/").replace("&#61;", "=").replace("&#39;", "'").replace("&quot;", "\"")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&#x60;", "`").replace("&amp;", "&");
    }

    /** How Mustache writes a text's special characters into a page, to find a message in HTML. */
    public static String unescapeForText(String text) {
        return text.replace("&", "&amp;").replace("'", "&#39;").replace("\"", "&quot;")
                .replace("<", "&lt;").replace(">", "&gt;").replace("=", "&#61;");
    }
}
