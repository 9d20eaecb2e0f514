package org.convolve.e2e;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.convolve.testing.HttpBrowser;
import org.convolve.testing.TestApp;

/** Drives the sandbox's launch through every real hop: login initiation, authorization, id_token post. */
final class SandboxLaunches {
    private SandboxLaunches() {
    }

    /** Returns the first page of the launch session. */
    static HttpResponse<String> launch(HttpBrowser browser, TestApp app, String user, Map<String, String> extra) {
        Map<String, String> form = new LinkedHashMap<>(extra);
        form.put("user", user);
        HttpResponse<String> toTool = browser.post(app.url("/sandbox/start"), form);
        HttpResponse<String> toPlatform = browser.submitAutoPost(app.url(""), toTool.body());
        HttpResponse<String> authorized = browser.get(HttpBrowser.authenticationRequest(toPlatform));
        HttpResponse<String> launched = browser.submitAutoPost(app.url(""), authorized.body());
        if (launched.statusCode() != 303) {
            throw new AssertionError("The launch answered " + launched.statusCode() + ": " + launched.body());
        }
        return browser.follow(app.url(""), launched);
    }

    static URI pageUrl(TestApp app, HttpResponse<String> page) {
        return page.uri();
    }
}
