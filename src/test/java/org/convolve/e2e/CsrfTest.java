package org.convolve.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Map;
import org.convolve.web.CsrfGuard;
import org.convolve.testing.HttpBrowser;
import org.convolve.testing.SandboxLaunch;
import org.convolve.testing.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every POST of a session must carry that session's token, in the form or in a header. */
class CsrfTest {
    private static final String ANSWER = "/activities/weight-sharing-question/choice";
    private static TestApp app;

    @BeforeAll
    static void start() {
        app = TestApp.onH2();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void refusesASessionPostWithoutItsToken() {
        SandboxLaunch.Launched learner = SandboxLaunch.as(app, "sandbox-learner-1");

        HttpResponse<String> refused = learner.browser().post(learner.url(ANSWER), Map.of("revision", "0", "option", "a"));

        assertEquals(403, refused.statusCode());
        assertTrue(refused.body().contains("security token is missing or wrong"), refused.body());
    }

    @Test
    void refusesAnotherSessionsToken() {
        SandboxLaunch.Launched learner = SandboxLaunch.as(app, "sandbox-learner-1");
        SandboxLaunch.Launched other = SandboxLaunch.as(app, "sandbox-learner-2");

        HttpResponse<String> refused = learner.post(ANSWER, Map.of("revision", "0", "option", "a", "csrf", other.csrf()));

        assertEquals(403, refused.statusCode());
    }

    @Test
    void acceptsTheSessionsOwnTokenInTheFormOrInTheHeader() {
        SandboxLaunch.Launched learner = SandboxLaunch.as(app, "sandbox-learner-1");

        HttpResponse<String> inForm = learner.post(ANSWER, Map.of("revision", "0", "option", "nonsense"));
        HttpResponse<String> inHeader = learner.browser().postWithHeader(learner.url(ANSWER),
                Map.of("revision", "0", "option", "nonsense"), CsrfGuard.HEADER, learner.csrf());

        assertEquals(422, inForm.statusCode(), "past the guard, the handler judges the answer");
        assertEquals(422, inHeader.statusCode(), "past the guard, the handler judges the answer");
    }

    @Test
    void aPostToAnUnknownSessionSaysTheSessionHasEnded() {
        HttpResponse<String> refused = new HttpBrowser().post(app.url("/s/" + "A".repeat(43) + ANSWER),
                Map.of("revision", "0", "option", "a"));

        assertEquals(401, refused.statusCode());
        assertTrue(refused.body().contains("Your session has ended"), refused.body());
    }
}
