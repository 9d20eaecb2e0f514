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
 * an error, not as a fast launch. A virtual user keeps its cookies between launches, as a
 * learner's browser does; only its first launch meets the tool's cookie-check page.
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
        HttpResponse<String> start = expect("platform start", 200,
                browser.post(platform.resolve("/sandbox/start"), Map.of("user", userId)));
        HttpResponse<String> login = browser.post(route(platform.resolve(Html.autoPostAction(start.body()))),
                Html.hiddenFields(start.body()));
        HttpResponse<String> auth = expect("platform auth", 200, browser.get(HttpBrowser.authenticationRequest(login)));
        HttpResponse<String> launch = expect("tool launch", 303, browser.post(
                route(platform.resolve(Html.autoPostAction(auth.body()))), Html.hiddenFields(auth.body())));
        URI lessonUrl = instance.resolve(launch.headers().firstValue("Location").orElseThrow());
        HttpResponse<String> lesson = expect("lesson page", 200, browser.get(lessonUrl));
        if (!lesson.body().contains("Convolutional Networks for Vision")) {
            throw new StepFailed("lesson page", "unexpected content");
        }
        return lesson;
    }

    /** Answers the first question as the page's form would; the tool saves it and queues a score. */
    void answer(HttpBrowser browser, String lessonPage) {
        Matcher revision = QUESTION_REVISION.matcher(lessonPage);
        if (!revision.find()) {
            throw new StepFailed("answer", "no question form on the lesson page");
        }
        URI action = instance.resolve(Html.unescape(revision.group(1)));
        expect("answer", 303, browser.post(action, Map.of(
                "csrf", Html.csrfOf(lessonPage), "revision", revision.group(2), "option", "reused-everywhere")));
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
