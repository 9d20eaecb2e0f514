package org.convolve.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.convolve.lti.LtiClaims;
import org.convolve.lti.launch.AgsEndpoint;
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

    /** LTI caps ids at 255 characters; a longer one is refused by name, not stored and failed on. */
    @Test
    void refusesIdsLongerThanLtiAllowsAndSaysWhich() {
        String longId = "i".repeat(256);
        Map<String, java.util.function.Consumer<Map<String, Object>>> changes = Map.of(
                "The user id ('sub') is 256 characters long", claims -> claims.put("sub", longId),
                "The deployment_id is 256 characters long", claims -> claims.put(LtiClaims.DEPLOYMENT_ID, longId),
                "The context claim's id is 256 characters long", claims -> claims.put(LtiClaims.CONTEXT, Map.of("id", longId)),
                "The resource_link claim's id is 256 characters long",
                claims -> claims.put(LtiClaims.RESOURCE_LINK, Map.of("id", longId)));
        changes.forEach((message, change) -> {
            HttpResponse<String> launch = studentLaunchWith(new HttpBrowser(), change);

            assertEquals(401, launch.statusCode(), message + ":\n" + launch.body());
            assertTrue(launch.body().contains(Html.escaped(message + "; at most 255 are accepted.")), launch.body());
        });
    }

    /** A grade service address too long to keep would have failed every answer of the session. */
    @Test
    void refusesAGradeServiceAddressTooLongToKeep() {
        HttpResponse<String> launch = studentLaunchWith(new HttpBrowser(), claims -> claims.put(LtiClaims.AGS_ENDPOINT, Map.of(
                "scope", List.of(AgsEndpoint.SCOPE_SCORE), "lineitem", ISSUER + "/lineitems/1?" + "x".repeat(2100))));

        assertEquals(401, launch.statusCode(), launch.body());
        assertTrue(launch.body().contains("The grade service&#39;s lineitem address is 2"), launch.body());
    }

    /** Names, emails, titles and roles have no bound in LTI: longer than their columns, they are shortened, not refused. */
    @Test
    void takesALaunchWhoseNameEmailTitleAndRolesOverflowTheirColumnsAndItsAnswers() {
        HttpBrowser browser = new HttpBrowser();
        List<String> roles = new ArrayList<>(Collections.nCopies(80, "http://example.edu/roles/" + "r".repeat(50)));
        roles.add("http://purl.imsglobal.org/vocab/lis/v2/membership#Learner");
        HttpResponse<String> launch = studentLaunchWith(browser, claims -> {
            claims.put("name", "N".repeat(300));
            claims.put("email", "e".repeat(400) + "@example.edu");
            claims.put(LtiClaims.CONTEXT, Map.of("id", "cert-course-long-names", "title", "T".repeat(2000)));
            claims.put(LtiClaims.ROLES, roles);
            claims.put(LtiClaims.AGS_ENDPOINT, Map.of("scope", List.of(AgsEndpoint.SCOPE_SCORE), "lineitem", ISSUER + "/lineitems/long-names"));
        });
        assertEquals(200, launch.statusCode(), launch.body());

        HttpResponse<String> answered = browser.post(app.url(Html.dataAttribute(launch.body(), "session")
                        + "/activities/weight-sharing-question/choice"),
                Map.of("csrf", Html.csrfOf(launch.body()), "revision", "0", "option", "reused-everywhere"));
        assertEquals(303, answered.statusCode(), "the answer, and the score queued with it, were kept:\n"
                + answered.body());
    }

    @Test
    void namesTheClaimOfTheWrongTypeAndAnExpiryBeyondTime() {
        HttpResponse<String> wrongType = studentLaunchWith(new HttpBrowser(), claims -> claims.put("exp", "tomorrow"));
        assertEquals(401, wrongType.statusCode(), wrongType.body());
        assertTrue(wrongType.body().contains("Unexpected type of JSON object member exp"), wrongType.body());

        HttpResponse<String> beyond = studentLaunchWith(new HttpBrowser(),
                claims -> claims.put("exp", new java.math.BigInteger("1" + "0".repeat(30))));
        assertEquals(401, beyond.statusCode(), beyond.body());
        assertTrue(beyond.body().contains("The id_token&#39;s &#39;exp&#39; claim is not a time"), beyond.body());
    }

    private static HttpResponse<String> studentLaunchWith(HttpBrowser browser,
                                                          java.util.function.Consumer<Map<String, Object>> change) {
        TestPlatform.LoginStep login = platform.login(app, browser);
        CertificationCase student = caseIn("valid/student.json");
        Map<String, Object> claims = new HashMap<>(student.resolvedClaims(values(login)));
        change.accept(claims);
        return browser.post(app.url("/lti/launch"), Map.of("id_token",
                platform.signAsWritten(student.resolvedHeader(values(login)), claims), "state", login.state()));
    }

    private static CertificationCase caseIn(String file) {
        return CertificationCase.all().filter(c -> c.file().equals(file)).findFirst().orElseThrow();
    }

    private static Map<String, Object> values(TestPlatform.LoginStep login) {
        return platform.placeholderValues(login, app);
    }
}
