package org.convolve.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.convolve.lti.registration.DeploymentPolicy;
import org.convolve.testing.Html;
import org.convolve.testing.HttpBrowser;
import org.convolve.testing.TestApp;
import org.convolve.testing.TestPlatform;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The certification guide's launch cases (6.1.1 known-bad payloads, 6.1.2/6.1.3 valid launches)
 * and the Security Framework's implied checks, each run through real HTTP: a login initiation,
 * an id_token signed with a real RSA key, and the launch POST. Subclasses choose the database.
 */
abstract class CertificationSuite {
    private static final String ISSUER = "https://ltiadvantagevalidator.imsglobal.org";

    private static TestApp app;
    private static TestPlatform platform;

    static void startOn(TestApp started) {
        app = started;
        platform = new TestPlatform(ISSUER);
        platform.registerWith(app, DeploymentPolicy.ACCEPT_NEW);
    }

    @AfterAll
    static void stop() {
        if (platform != null) {
            platform.close();
        }
        if (app != null) {
            app.close();
        }
    }

    static Stream<CertificationCase> cases() {
        return CertificationCase.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void answersEachCertificationCaseAsTheGuideRequires(CertificationCase testCase) {
        HttpBrowser browser = new HttpBrowser();
        TestPlatform.LoginStep login = platform.login(app, browser);
        String idToken = testCase.rawToken() != null ? testCase.rawToken()
                : platform.sign(testCase.resolvedHeader(values(login)), testCase.resolvedClaims(values(login)));

        HttpResponse<String> launch = browser.post(app.url("/lti/launch"),
                Map.of("id_token", idToken, "state", login.state()));

        assertEquals(testCase.expectedStatus(), launch.statusCode(), () -> testCase + " answered:\n" + launch.body());
        if (testCase.valid()) {
            // A learner's lesson is the launch's own answer; other first pages are redirected to.
            HttpResponse<String> page = launch.statusCode() == 200 ? launch : browser.follow(app.url("/"), launch);
            assertEquals(200, page.statusCode(), page::body);
            String expectedHeading = "instructor".equals(testCase.expectedPage()) ? "Class view" : "Convolutional Networks for Vision";
            assertTrue(page.body().contains(expectedHeading), () -> testCase + " did not land on the "
                    + testCase.expectedPage() + " page:\n" + page.body());
        } else {
            assertTrue(launch.body().contains(Html.escaped(testCase.expectedMessage())),
                    () -> testCase + " refused, but without saying '" + testCase.expectedMessage() + "':\n" + launch.body());
            assertFalse(launch.headers().firstValue("Location").isPresent(), "a refused launch must not redirect to a session");
        }
    }

    @Test
    void refusesTheSameLaunchPostedTwice() {
        HttpBrowser browser = new HttpBrowser();
        TestPlatform.LoginStep login = platform.login(app, browser);
        CertificationCase instructor = caseIn("valid/instructor.json");
        String idToken = platform.sign(instructor.resolvedHeader(values(login)), instructor.resolvedClaims(values(login)));
        Map<String, String> form = Map.of("id_token", idToken, "state", login.state());

        assertEquals(303, browser.post(app.url("/lti/launch"), form).statusCode());
        HttpResponse<String> replay = browser.post(app.url("/lti/launch"), form);

        assertEquals(400, replay.statusCode());
        assertTrue(replay.body().contains("already used"), replay.body());
    }

    @Test
    void refusesALaunchWhoseStateBelongsToAnotherBrowser() {
        HttpBrowser victim = new HttpBrowser();
        TestPlatform.LoginStep login = platform.login(app, victim);
        CertificationCase student = caseIn("valid/student.json");
        String idToken = platform.sign(student.resolvedHeader(values(login)), student.resolvedClaims(values(login)));

        HttpBrowser attacker = new HttpBrowser();
        HttpResponse<String> launch = attacker.post(app.url("/lti/launch"), Map.of("id_token", idToken, "state", login.state()));

        assertEquals(401, launch.statusCode());
        assertTrue(launch.body().contains("did not start in this browser"), launch.body());
    }

    @Test
    void aFirstPageThatFailsDoesNotLinkBackToItself() {
        HttpBrowser browser = new HttpBrowser();
        TestPlatform.LoginStep login = platform.login(app, browser);
        CertificationCase student = caseIn("valid/student.json");
        Map<String, Object> claims = new HashMap<>(student.resolvedClaims(values(login)));
        claims.put("https://purl.imsglobal.org/spec/lti/claim/custom", Map.of("lesson", "no-such-lesson"));
        HttpResponse<String> launch = browser.post(app.url("/lti/launch"), Map.of("id_token",
                platform.sign(student.resolvedHeader(values(login)), claims), "state", login.state()));
        assertEquals(303, launch.statusCode(), "a lesson that cannot be shown is shown failing at its own address,"
                + " where a reload tries again:\n" + launch.body());

        HttpResponse<String> lesson = browser.follow(app.url("/"), launch);

        assertEquals(404, lesson.statusCode(), lesson.body());
        assertTrue(lesson.body().contains("Lesson not found"), lesson.body());
        assertFalse(lesson.body().contains("problem-back"), "a link to the page that just failed:\n" + lesson.body());
    }

    private static CertificationCase caseIn(String file) {
        return CertificationCase.all().filter(c -> c.file().equals(file)).findFirst().orElseThrow();
    }

    private static Map<String, Object> values(TestPlatform.LoginStep login) {
        return platform.placeholderValues(login, app);
    }
}
