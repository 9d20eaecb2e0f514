package org.convolve.load;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.convolve.testing.Html;
import org.convolve.testing.HttpBrowser;

/**
 * One complete launch, step by step as a browser does it: the platform's launch button, the
 * tool's login initiation, the platform's authentication step, the id_token POST and the first
 * lesson page it redirects to. Each step's answer is checked, so a wrong page counts as
 * an error, not as a fast launch. A virtual user keeps its cookies and its cache of scripts and
 * styles between launches, as a learner's browser does; only its first launch meets the tool's
 * cookie-check page. Like Chromium it accepts gzip, so the tool compresses what it sends.
 */
final class LaunchScript {
    private final URI platform;
    private final URI tool;
    private final URI instance;

    /**
     * @param tool     the tool's public URL, the one platforms know
     * @param instance the tool instance this script's requests go to, as a load balancer would send them
     */
    LaunchScript(URI platform, URI tool, URI instance) {
        this.platform = platform;
        this.tool = tool;
        this.instance = instance;
    }

    /** Sends what is addressed to the tool's public URL to this script's instance. */
    private URI route(URI uri) {
        return uri.getPort() == tool.getPort() && uri.getHost().equals(tool.getHost())
                ? instance.resolve(uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()))
                : uri;
    }

    private static final Pattern QUESTION_REVISION = Pattern.compile(
            "action=\"([^\"]*/activities/weight-sharing-question/choice)\"[^>]*>\\s*"
                    + "<input type=\"hidden\" name=\"csrf\" value=\"[^\"]*\">\\s*"
                    + "<input type=\"hidden\" name=\"revision\" value=\"([0-9]+)\">");

    /** @return the lesson page */
    HttpResponse<String> launch(HttpBrowser browser, String userId) {
        URI start = platform.resolve("/sandbox/start");
        HttpResponse<String> startPage = expect("platform start", 200, browser.post(start, Map.of("user", userId)));
        scriptsAndStyles(browser, start, startPage);
        HttpResponse<String> login = browser.post(route(platform.resolve(Html.autoPostAction(startPage.body()))),
                Html.hiddenFields(startPage.body()));
        if (login.statusCode() == 200) {
            scriptsAndStyles(browser, login.uri(), login);
        }
        URI authUrl = HttpBrowser.authenticationRequest(login);
        HttpResponse<String> auth = expect("platform auth", 200, browser.get(authUrl));
        scriptsAndStyles(browser, authUrl, auth);
        HttpResponse<String> launch = browser.post(
                route(platform.resolve(Html.autoPostAction(auth.body()))), Html.hiddenFields(auth.body()));
        // The tool answers with the lesson itself; builds before 2026-11-26 redirected to it.
        if (launch.statusCode() != 200 && launch.statusCode() != 303) {
            throw new StepFailed("tool launch", "HTTP " + launch.statusCode());
        }
        URI lessonUrl = launch.uri();
        HttpResponse<String> lesson = launch;
        if (launch.statusCode() == 303) {
            lessonUrl = instance.resolve(launch.headers().firstValue("Location").orElseThrow());
            lesson = browser.get(lessonUrl);
        }
        expect("lesson page", 200, lesson);
        if (!lesson.body().contains("Convolutional Networks for Vision")) {
            throw new StepFailed("lesson page", "unexpected content");
        }
        scriptsAndStyles(browser, lessonUrl, lesson);
        return lesson;
    }

    /** A page's scripts and styles, as far as the browser's cache does not already hold them. */
    private void scriptsAndStyles(HttpBrowser browser, URI page, HttpResponse<String> response) {
        for (int status : browser.loadScriptsAndStyles(route(page), response.body())) {
            if (status != 200 && status != 304) {
                throw new StepFailed("scripts and styles", "HTTP " + status);
            }
        }
    }

    /**
     * Answers the first question as the page's script (lesson.js) sends it: in the background,
     * asking for only the answered activity back. A build that answers with a redirect instead is
     * followed, as the script's fetch follows it, so two builds can be compared on the same work.
     */
    void answer(HttpBrowser browser, String lessonPage) {
        Matcher revision = QUESTION_REVISION.matcher(lessonPage);
        if (!revision.find()) {
            throw new StepFailed("answer", "no question form on the lesson page");
        }
        URI action = instance.resolve(Html.unescape(revision.group(1)));
        HttpResponse<String> answered = browser.postWithHeader(action, Map.of(
                "csrf", Html.csrfOf(lessonPage), "revision", revision.group(2), "option", "reused-everywhere"),
                "Convolve-Update", "part");
        if (answered.statusCode() == 303) {
            answered = browser.follow(instance, answered);
        }
        expect("answer", 200, answered);
        if (!answered.body().contains("weight-sharing-question-choice-feedback")) {
            throw new StepFailed("answer", "no feedback came back");
        }
    }

    static HttpResponse<String> expect(String step, int status, HttpResponse<String> response) {
        if (response.statusCode() != status) {
            throw new StepFailed(step, "HTTP " + response.statusCode());
        }
        return response;
    }

    /** A step that answered something other than what a working tool answers. */
    static final class StepFailed extends RuntimeException {
        final String kind;

        StepFailed(String step, String what) {
            super(step + ": " + what, null, false, false);
            this.kind = step + " " + what;
        }
    }
}
