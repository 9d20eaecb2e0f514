package org.convolve.testing;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Launches the tool from the built-in sandbox platform over real HTTP, as a browser would: the
 * sandbox's auto-posting forms, the tool's OIDC redirect, the signed id_token, the session redirect.
 */
public final class SandboxLaunch {
    private static final Pattern SESSION = Pattern.compile("/s/([A-Za-z0-9_-]{43})");

    private SandboxLaunch() {
    }

    /** A launch in a fresh scripted browser; the result names the session's base path. */
    public static Launched as(TestApp app, String userId) {
        return as(app, new HttpBrowser(), userId);
    }

    public static Launched as(TestApp app, HttpBrowser browser, String userId) {
        URI root = app.url("/");
        HttpResponse<String> start = browser.post(app.url("/sandbox/start"), Map.of("user", userId));
        HttpResponse<String> login = browser.submitAutoPost(root, start.body());
        HttpResponse<String> auth = browser.get(HttpBrowser.authenticationRequest(login));
        HttpResponse<String> launch = browser.submitAutoPost(root, auth.body());
        String location = launch.headers().firstValue("Location")
                .orElseThrow(() -> new AssertionError("the launch did not redirect:\n" + launch.body()));
        Matcher matcher = SESSION.matcher(location);
        if (!matcher.find()) {
            throw new AssertionError("the launch redirected to " + location + ", not to a session");
        }
        String handle = matcher.group(1);
        String csrf = HttpBrowser.csrfOf(browser.get(app.url("/s/" + handle + "/lesson")).body());
        return new Launched(browser, app, handle, csrf);
    }

    /** A launched session: its browser, the handle the pages carry and the CSRF token their forms carry. */
    public record Launched(HttpBrowser browser, TestApp app, String handle, String csrf) {

        public URI url(String path) {
            return app.url("/s/" + handle + path);
        }

        public HttpResponse<String> lesson() {
            return browser.get(url("/lesson"));
        }

        /** Posts as the session's own pages do, with their CSRF token unless the form names one. */
        public HttpResponse<String> post(String path, Map<String, String> form) {
            Map<String, String> withToken = new java.util.LinkedHashMap<>(form);
            withToken.putIfAbsent("csrf", csrf);
            return browser.post(url(path), withToken);
        }
    }
}
