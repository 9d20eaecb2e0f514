package org.convolve.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.convolve.lti.LtiClaims;
import org.convolve.lti.registration.DeploymentPolicy;
import org.convolve.sandbox.SandboxPlatform;
import org.convolve.testing.Html;
import org.convolve.testing.HttpBrowser;
import org.convolve.testing.SandboxLaunch;
import org.convolve.testing.TestApp;
import org.convolve.testing.TestPlatform;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** An instructor adds Convolve through the sandbox's deep linking, over real HTTP and real signatures. */
class DeepLinkingTest {
    private static TestApp app;

    @BeforeAll
    static void start() {
        app = TestApp.onH2(Map.of("CONVOLVE_GRADESYNC_ENABLED", "false"));
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    /** An instructor's deep-linking launch, checked to land on the picker. */
    private static SandboxLaunch.Launched pickerAsInstructor(HttpBrowser browser) {
        SandboxLaunch.Launched instructor = SandboxLaunch.as(app, browser, "sandbox-instructor",
                Map.of("message", "deep-linking"));
        HttpResponse<String> page = instructor.landingPage();
        assertEquals(200, page.statusCode(), page.body());
        assertTrue(page.uri().getPath().endsWith("/deep-link"), page.uri().toString());
        return instructor;
    }

    @Test
    void offersTheWholeLessonAndEachActivityWithTheirXp() {
        String page = pickerAsInstructor(new HttpBrowser()).landingPage().body();
        assertTrue(page.contains("The whole lesson (20 XP)"), page);
        assertTrue(page.contains("value=\"cnn-basics/match-terms\""), page);
        assertFalse(page.contains("minutes)"), "one lesson needs no subject line: " + page);
    }

    @Test
    void returnsASignedResponseWhoseLineItemIsOutOfTheChosenActivitysXp() throws Exception {
        HttpBrowser browser = new HttpBrowser();
        SandboxLaunch.Launched picker = pickerAsInstructor(browser);

        HttpResponse<String> autopost = picker.post("/deep-link", Map.of("choice", "cnn-basics/match-terms"));
        assertEquals(200, autopost.statusCode(), autopost.body());
        String jwt = Html.hiddenFields(autopost.body()).get("JWT");
        SignedJWT signed = SignedJWT.parse(jwt);
        RSAKey key = (RSAKey) JWKSet.load(app.url("/.well-known/jwks.json").toURL())
                .getKeyByKeyId(signed.getHeader().getKeyID());
        assertTrue(signed.verify(new RSASSAVerifier(key)));
        JWTClaimsSet claims = signed.getJWTClaimsSet();
        assertEquals(SandboxPlatform.CLIENT_ID, claims.getIssuer());
        assertEquals(List.of(app.url("/sandbox").toString()), claims.getAudience());
        assertEquals(LtiClaims.DEEP_LINKING_RESPONSE, claims.getClaim(LtiClaims.MESSAGE_TYPE));
        assertEquals(SandboxPlatform.DEPLOYMENT_ID, claims.getClaim(LtiClaims.DEPLOYMENT_ID));
        assertTrue(claims.getClaim("nonce") != null);
        assertTrue(claims.getClaim(LtiClaims.DEEP_LINKING_DATA) != null, "data echoed");
        @SuppressWarnings("unchecked")
        Map<String, Object> item = ((List<Map<String, Object>>) claims.getClaim(LtiClaims.DEEP_LINKING_CONTENT_ITEMS)).get(0);
        assertEquals("ltiResourceLink", item.get("type"));
        assertEquals(Map.of("lesson", "cnn-basics", "activity", "match-terms"), item.get("custom"));
        assertEquals(5.0, ((Number) ((Map<?, ?>) item.get("lineItem")).get("scoreMaximum")).doubleValue());

        HttpResponse<String> returned = browser.submitAutoPost(app.url(""), autopost.body());
        assertEquals(200, returned.statusCode(), returned.body());
        assertTrue(returned.body().contains("activity&#61;match-terms") || returned.body().contains("activity=match-terms"),
                returned.body());
        assertTrue(returned.body().contains("class=\"picked-max\">5<"), returned.body());
    }

    @Test
    void theSandboxCourseOffersDeepLinkingToItsInstructorAndShowsItsGradebook() {
        HttpBrowser browser = new HttpBrowser();
        String home = browser.get(app.url("/sandbox")).body();
        assertTrue(home.contains("id=\"deep-link-sandbox-instructor\""), home);
        HttpResponse<String> gradebook = browser.get(app.url("/sandbox/gradebook"));
        assertEquals(200, gradebook.statusCode());
        assertTrue(gradebook.body().contains("Convolutional Networks for Vision (out of 20)"), gradebook.body());
    }

    @Test
    void theWholeLessonGetsAColumnOutOfTwenty() {
        HttpBrowser browser = new HttpBrowser();
        SandboxLaunch.Launched picker = pickerAsInstructor(browser);
        HttpResponse<String> returned = browser.submitAutoPost(app.url(""),
                picker.post("/deep-link", Map.of("choice", "cnn-basics")).body());
        assertTrue(returned.body().contains("class=\"picked-max\">20<"), returned.body());
    }

    @Test
    void aPickerOpenedBeforeTheUpgradeStillAddsWhatItOffered() {
        // Its choices were "lesson" and the first lesson's activity ids.
        HttpBrowser browser = new HttpBrowser();
        HttpResponse<String> whole = browser.submitAutoPost(app.url(""),
                pickerAsInstructor(browser).post("/deep-link", Map.of("choice", "lesson")).body());
        assertTrue(whole.body().contains("class=\"picked-max\">20<"), whole.body());
        HttpResponse<String> one = browser.submitAutoPost(app.url(""),
                pickerAsInstructor(browser).post("/deep-link", Map.of("choice", "match-terms")).body());
        assertTrue(one.body().contains("class=\"picked-max\">5<"), one.body());
    }

    @Test
    void aLinkToOneActivityShowsThatActivityAloneOutOfItsOwnXp() {
        HttpBrowser browser = new HttpBrowser();
        HttpResponse<String> returned = browser.submitAutoPost(app.url(""),
                pickerAsInstructor(browser).post("/deep-link", Map.of("choice", "cnn-basics/match-terms")).body());
        String linkId = SandboxLaunch.addedLinkId(returned.body());
        assertTrue(returned.body().contains("<a href=\"/sandbox\" target=\"_top\">Back to the sandbox course</a>"),
                "inside the course page's frame, the way back leaves the frame: " + returned.body());

        SandboxLaunch.Launched learner = SandboxLaunch.as(app, new HttpBrowser(), "sandbox-learner-2",
                Map.of("link", linkId));
        String page = learner.browser().get(learner.url("/lesson")).body();

        assertTrue(page.contains("id=\"match-terms\""), page);
        assertFalse(page.contains("id=\"weight-sharing-question\"") || page.contains("id=\"sliding-filters\""), page);
        assertTrue(page.contains("<p class=\"meta\">5 XP</p>"), page);
        assertTrue(page.contains("0 of 5 XP · 0 of 1 activity answered"), page);
        HttpResponse<String> elsewhere = learner.post("/activities/weight-sharing-question/choice",
                Map.of("revision", "0", "option", "reused-everywhere"));
        assertEquals(404, elsewhere.statusCode(), "an activity the link does not show takes no answers");
    }

    @Test
    void cancellingAddsNothingAndStillClosesThePlatformsDialog() {
        HttpBrowser browser = new HttpBrowser();
        HttpResponse<String> back = pickerAsInstructor(browser).post("/deep-link", Map.of("choice", "cnn-basics", "cancel", "yes"));
        assertTrue(back.body().contains("action=\"" + app.url("/sandbox/deep-link/return")), "a response to the platform: "
                + back.body());

        HttpResponse<String> returned = browser.submitAutoPost(app.url(""), back.body());

        assertEquals(200, returned.statusCode(), returned.body());
        assertTrue(returned.body().contains("The instructor picked nothing."), returned.body());
        assertTrue(returned.body().contains("Nothing was added."), returned.body());
    }

    @Test
    void theSandboxRefusesAResponseWhoseDataWasAlreadyUsed() {
        HttpBrowser browser = new HttpBrowser();
        SandboxLaunch.Launched picker = pickerAsInstructor(browser);
        String autopost = picker.post("/deep-link", Map.of("choice", "cnn-basics")).body();
        browser.submitAutoPost(app.url(""), autopost);

        HttpResponse<String> replay = browser.submitAutoPost(app.url(""), autopost);
        assertEquals(400, replay.statusCode());
        assertTrue(replay.body().contains("data must echo"), replay.body());
    }

    @Test
    void anUnknownActivityIsAClearBadRequest() {
        SandboxLaunch.Launched picker = pickerAsInstructor(new HttpBrowser());
        HttpResponse<String> answer = picker.post("/deep-link", Map.of("choice", "cnn-basics/no-such-activity"));
        assertEquals(400, answer.statusCode());
        assertTrue(answer.body().contains("no-such-activity"));
    }

    @Test
    void aDeepLinkingSessionReachesNoLessonNoAnswersAndNoClassView() {
        // It has no resource link: what it saved would be filed under no placement, shared by every course.
        SandboxLaunch.Launched picker = pickerAsInstructor(new HttpBrowser());

        HttpResponse<String> lesson = picker.browser().get(picker.url("/lesson"));
        assertEquals(403, lesson.statusCode());
        assertTrue(lesson.body().contains("opened to add content"), lesson.body());
        assertEquals(403, picker.browser().get(picker.url("/progress")).statusCode());
        assertEquals(403, picker.browser().get(picker.url("/instructor")).statusCode());
        assertEquals(403, picker.post("/activities/weight-sharing-question/choice",
                Map.of("revision", "0", "option", "reused-everywhere")).statusCode());
        assertEquals(403, picker.post("/instructor/grades/1/send-again", Map.of()).statusCode());
    }

    @Test
    void aLearnersSessionCannotReachTheDeepLinkingPage() {
        SandboxLaunch.Launched learner = SandboxLaunch.as(app, "sandbox-learner-1");
        assertEquals(403, learner.browser().get(learner.url("/deep-link")).statusCode());
        assertEquals(403, learner.post("/deep-link", Map.of("choice", "cnn-basics")).statusCode());
    }

    @Test
    void aDeepLinkingLaunchForALessonTheToolDoesNotHaveIsAClearNotFound() {
        try (TestPlatform platform = new TestPlatform("https://platform.deep-linking.test")) {
            platform.registerWith(app, DeploymentPolicy.FIXED_LIST);
            HttpBrowser browser = new HttpBrowser();
            TestPlatform.LoginStep login = platform.login(app, browser);
            long now = Instant.now().getEpochSecond();
            Map<String, Object> claims = new LinkedHashMap<>();
            claims.put("iss", platform.issuer());
            claims.put("aud", TestPlatform.CLIENT_ID);
            claims.put("sub", "instructor-9");
            claims.put("iat", now);
            claims.put("exp", now + 300);
            claims.put("nonce", login.nonce());
            claims.put(LtiClaims.VERSION, LtiClaims.LTI_VERSION);
            claims.put(LtiClaims.MESSAGE_TYPE, LtiClaims.DEEP_LINKING_REQUEST);
            claims.put(LtiClaims.DEPLOYMENT_ID, TestPlatform.DEPLOYMENT_ID);
            claims.put(LtiClaims.ROLES, List.of("http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor"));
            claims.put(LtiClaims.DEEP_LINKING_SETTINGS, Map.of("deep_link_return_url", "https://platform.test/return",
                    "accept_types", List.of("ltiResourceLink"), "accept_presentation_document_targets", List.of("iframe")));
            claims.put(LtiClaims.CUSTOM, Map.of("lesson", "no-such-lesson"));
            String idToken = platform.sign(Map.of("alg", "RS256", "kid", platform.key().getKeyID()), claims);

            HttpResponse<String> launch = browser.post(app.url("/lti/launch"), Map.of("id_token", idToken, "state", login.state()));
            assertEquals(303, launch.statusCode(), launch.body());
            HttpResponse<String> picker = browser.follow(app.url("/"), launch);

            assertTrue(picker.uri().getPath().endsWith("/deep-link"), picker.uri().toString());
            assertEquals(404, picker.statusCode(), picker.body());
            assertTrue(picker.body().contains("no-such-lesson"), picker.body());
        }
    }
}
