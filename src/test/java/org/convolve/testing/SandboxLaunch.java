package org.convolve.testing;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Launches the tool from the built-in sandbox platform over real HTTP, as a browser would: the
 * sandbox's auto-posting forms, the tool's OIDC redirect, the signed id_token, and the session's first page.
 */
public final class SandboxLaunch {
    private static final Pattern SESSION = Pattern.compile("/s/([A-Za-z0-9_-]{43})");
    private static final Pattern LESSON_SESSION = Pattern.compile("<article class=\"lesson\" data-session=\"/s/([A-Za-z0-9_-]{43})\"");
    private static final Pattern ADDED_LINK = Pattern.compile("<dt>Link id</dt><dd><code>([^<]+)</code>");

    private SandboxLaunch() {
    }

    /** A launch in a fresh scripted browser; the result names the session's base path. */
    public static Launched as(TestApp app, String userId) {
        return as(app, new HttpBrowser(), userId);
    }

    public static Launched as(TestApp app, HttpBrowser browser, String userId) {
        return as(app, browser, userId, Map.of());
    }

    /** A launch whose start form carries extra fields, such as {@code message=deep-linking}. */
    public static Launched as(TestApp app, HttpBrowser browser, String userId, Map<String, String> extra) {
        HttpResponse<String> launch = browser.submitAutoPost(app.url("/"), platformAnswer(app, browser, userId, extra));
        if (launch.statusCode() == 200) {
            // A learner's lesson is the launch's own answer.
            Matcher matcher = LESSON_SESSION.matcher(launch.body());
            if (!matcher.find()) {
                throw new AssertionError("the launch answered a page that is no session's lesson:\n" + launch.body());
            }
            String handle = matcher.group(1);
            return new Launched(browser, app, handle, Html.csrfOf(launch.body()),
                    app.url("/").resolve("/s/" + handle + "/lesson"));
        }
        String location = launch.headers().firstValue("Location")
                .orElseThrow(() -> new AssertionError("the launch answered " + launch.statusCode()
                        + ", neither a lesson nor a redirect:\n" + launch.body()));
        Matcher matcher = SESSION.matcher(location);
        if (!matcher.find()) {
            throw new AssertionError("the launch redirected to " + location + ", not to a session");
        }
        String handle = matcher.group(1);
        // A deep-linking session has no lesson; its picker carries the token instead.
        String pageWithForms = location.endsWith("/deep-link") ? location : "/s/" + handle + "/lesson";
        String csrf = Html.csrfOf(browser.get(app.url("/").resolve(pageWithForms)).body());
        return new Launched(browser, app, handle, csrf, app.url("/").resolve(location));
    }

    /** The id of the link the sandbox's deep-linking return page says it added to its course. */
    public static String addedLinkId(String sandboxReturnPage) {
        Matcher matcher = ADDED_LINK.matcher(sandboxReturnPage);
        if (!matcher.find()) {
            throw new AssertionError("the sandbox added no link:\n" + sandboxReturnPage);
        }
        return matcher.group(1);
    }

    /**
     * The launch up to the sandbox's answer to the tool's authentication request: the page that
     * would post the signed id_token to the tool.
     */
    public static String platformAnswer(TestApp app, HttpBrowser browser, String userId, Map<String, String> extra) {
        Map<String, String> form = new LinkedHashMap<>(extra);
        form.put("user", userId);
        HttpResponse<String> start = browser.post(app.url("/sandbox/start"), form);
        HttpResponse<String> login = browser.submitAutoPost(app.url("/"), start.body());
        return browser.get(HttpBrowser.authenticationRequest(login)).body();
    }

    /**
     * A launched session: its browser, the handle the pages carry, the CSRF token their forms carry
     * and the page the launch redirected to.
     */
    public record Launched(HttpBrowser browser, TestApp app, String handle, String csrf, URI landing) {

        public URI url(String path) {
            return app.url("/s/" + handle + path);
        }

        public HttpResponse<String> lesson() {
            return browser.get(url("/lesson"));
        }

        /** The page the launch led to: the lesson, the class view or the deep-linking picker. */
        public HttpResponse<String> landingPage() {
            return browser.get(landing);
        }

        /** Posts as the session's own pages do, with their CSRF token unless the form names one. */
        public HttpResponse<String> post(String path, Map<String, String> form) {
            Map<String, String> withToken = new LinkedHashMap<>(form);
            withToken.putIfAbsent("csrf", csrf);
            return browser.post(url(path), withToken);
        }
    }
}
