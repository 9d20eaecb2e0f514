package org.convolve.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Map;
import org.convolve.lti.registration.DeploymentPolicy;
import org.convolve.testing.Html;
import org.convolve.testing.HttpBrowser;
import org.convolve.testing.PostgresSupport;
import org.convolve.testing.TestApp;
import org.convolve.testing.TestPlatform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Two tool instances behind one load balancer share a PostgreSQL: nothing that matters lives in one process. */
class TwoInstancesOnPostgresTest {
    @RegisterExtension
    static final PostgresSupport postgres = new PostgresSupport();

    @Test
    void aLaunchStartedOnOneInstanceCompletesOnTheOtherAndWorksOnlyOnce() {
        try (TestApp first = TestApp.onPostgres(postgres); TestApp second = TestApp.onPostgres(postgres);
             TestPlatform platform = new TestPlatform("https://platform.two-instances.test")) {
            platform.registerWith(first, DeploymentPolicy.ACCEPT_NEW);
            HttpBrowser browser = new HttpBrowser();
            TestPlatform.LoginStep login = platform.login(first, browser);
            CertificationCase student = CertificationCase.all().filter(c -> c.file().equals("valid/student.json"))
                    .findFirst().orElseThrow();
            Map<String, Object> values = platform.placeholderValues(login, first);
            String idToken = platform.sign(student.resolvedHeader(values), student.resolvedClaims(values));
            Map<String, String> form = Map.of("id_token", idToken, "state", login.state());

            HttpResponse<String> onSecond = browser.post(second.url("/lti/launch"), form);
            HttpResponse<String> replayOnFirst = browser.post(first.url("/lti/launch"), form);

            assertEquals(200, onSecond.statusCode(), onSecond.body());
            assertEquals(400, replayOnFirst.statusCode());
            String lessonPath = Html.dataAttribute(onSecond.body(), "session") + "/lesson";
            HttpResponse<String> lessonOnFirst = browser.get(first.url(lessonPath));
            assertEquals(200, lessonOnFirst.statusCode());
            assertTrue(lessonOnFirst.body().contains("Convolutional Networks for Vision"));
        }
    }

    @Test
    void bothInstancesPublishTheSameSigningKey() {
        try (TestApp first = TestApp.onPostgres(postgres); TestApp second = TestApp.onPostgres(postgres)) {
            HttpBrowser browser = new HttpBrowser();
            assertEquals(browser.get(first.url("/.well-known/jwks.json")).body(),
                    browser.get(second.url("/.well-known/jwks.json")).body());
        }
    }

}
