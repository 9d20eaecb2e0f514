package org.convolve.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.convolve.lti.registration.DeploymentPolicy;
import org.convolve.lti.registration.Platform;
import org.convolve.lti.registration.ToolDescription;
import org.convolve.storage.JdbcPlatformRepository;
import org.convolve.testing.HttpBrowser;
import org.convolve.testing.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The admin pastes the registration URL; the platform opens it; Convolve registers itself over real HTTP. */
class DynamicRegistrationTest {
    private static TestApp tool;

    @BeforeAll
    static void start() {
        tool = TestApp.onH2(Map.of("CONVOLVE_SANDBOX", "false"));
    }

    @AfterAll
    static void stop() {
        tool.close();
    }

    private static HttpResponse<String> openRegistration(String configurationUrl, String token) throws Exception {
        String query = "openid_configuration=" + URLEncoder.encode(configurationUrl, StandardCharsets.UTF_8)
                + (token == null ? "" : "&registration_token=" + URLEncoder.encode(token, StandardCharsets.UTF_8));
        return get("/lti/register?" + query);
    }

    private static HttpResponse<String> get(String path) {
        return new HttpBrowser().get(tool.url(path));
    }

    /** The tool's own address for a path, as the tool writes it into what it sends. */
    private static String url(String path) {
        return tool.url(path).toString();
    }

    private static Optional<Platform> stored(String issuer, String clientId) {
        return new JdbcPlatformRepository(tool.app().database().jdbi(), Clock.systemUTC()).find(issuer, clientId);
    }

    @Test
    void registersWithMoodleAndRecordsTheDeploymentItReturns() throws Exception {
        try (FakeRegistrationPlatform moodle = new FakeRegistrationPlatform(FakeRegistrationPlatform.Flavour.MOODLE)) {
            HttpResponse<String> page = openRegistration(moodle.configurationUrl(), FakeRegistrationPlatform.TOKEN);

            assertEquals(200, page.statusCode(), page.body());
            assertTrue(page.body().contains("moodle-client-7"));
            assertTrue(page.body().contains("id=\"activation-needed\""), "Moodle's tools wait for activation: say so");
            assertTrue(page.body().contains("/static/registration-close.js"));
            Platform platform = stored(moodle.base(), "moodle-client-7").orElseThrow();
            assertEquals(URI.create(moodle.base() + "/auth"), platform.authorizationEndpoint());
            assertEquals(URI.create(moodle.base() + "/token"), platform.tokenEndpoint());
            assertEquals(URI.create(moodle.base() + "/certs"), platform.jwksUri());
            assertTrue(platform.knowsDeployment("7"));
            assertEquals(DeploymentPolicy.ACCEPT_NEW, platform.deploymentPolicy());
            assertEquals(List.of("Bearer " + FakeRegistrationPlatform.TOKEN, "Bearer " + FakeRegistrationPlatform.TOKEN),
                    moodle.authorizationHeaders, "the token goes with the configuration fetch and the registration");
            assertTrue(moodle.userAgents.get(0).startsWith("Convolve/"));
        }
    }

    @Test
    void postsARegistrationThatAsksForLaunchesDeepLinkingGradesRostersAndNamesAndEmails() throws Exception {
        try (FakeRegistrationPlatform moodle = new FakeRegistrationPlatform(FakeRegistrationPlatform.Flavour.MOODLE)) {
            openRegistration(moodle.configurationUrl(), FakeRegistrationPlatform.TOKEN);
            JsonNode sent = moodle.lastRegistration;

            assertEquals("web", sent.path("application_type").asText());
            assertEquals(url("/lti/login"), sent.path("initiate_login_uri").asText());
            assertEquals(List.of(url("/lti/launch")), texts(sent.path("redirect_uris")));
            assertEquals(url("/.well-known/jwks.json"), sent.path("jwks_uri").asText());
            assertEquals("private_key_jwt", sent.path("token_endpoint_auth_method").asText());
            assertTrue(texts(sent.path("grant_types")).containsAll(List.of("implicit", "client_credentials")));
            assertEquals(List.of("id_token"), texts(sent.path("response_types")));
            assertEquals(List.of(ToolDescription.SCOPES.toArray()).stream().sorted().toList(),
                    List.of(sent.path("scope").asText().split(" ")).stream().sorted().toList());
            JsonNode configuration = sent.path("https://purl.imsglobal.org/spec/lti-tool-configuration");
            assertEquals("localhost:" + tool.port(), configuration.path("domain").asText());
            assertEquals(url("/lti/launch"), configuration.path("target_link_uri").asText());
            // The name greets learners and lists them for instructors; no page shows an email, so none is asked for.
            assertTrue(texts(configuration.path("claims")).contains("name"));
            assertFalse(texts(configuration.path("claims")).contains("email"));
            assertEquals("name_only", configuration.path("https://canvas.instructure.com/lti/privacy_level").asText());
            List<String> messages = new ArrayList<>();
            configuration.path("messages").forEach(message -> messages.add(message.path("type").asText() + " "
                    + texts(message.path("placements"))));
            // Canvas gives a message without placements the module picker, and keeps the first per placement.
            assertEquals(List.of("LtiDeepLinkingRequest [assignment_selection, link_selection]",
                    "LtiResourceLinkRequest [course_navigation]"), messages);
        }
    }

    @Test
    void registersWithCanvasWhichSendsNoDeploymentAndAcceptsDeploymentsAsTheyCome() throws Exception {
        try (FakeRegistrationPlatform canvas = new FakeRegistrationPlatform(FakeRegistrationPlatform.Flavour.CANVAS)) {
            HttpResponse<String> page = openRegistration(canvas.configurationUrl(), FakeRegistrationPlatform.TOKEN);

            assertEquals(200, page.statusCode(), page.body());
            assertFalse(page.body().contains("id=\"activation-needed\""));
            // A Canvas developer key reaches no course until the app is installed by its client id.
            assertTrue(page.body().contains("<em>By Client ID</em>"), page.body());
            Platform platform = stored(canvas.base(), "10000000000042").orElseThrow();
            assertTrue(platform.deploymentIds().isEmpty());
            assertEquals(DeploymentPolicy.ACCEPT_NEW, platform.deploymentPolicy());
        }
    }

    @Test
    void showsTheAdminTheErrorsOfACanvas422InWords() throws Exception {
        try (FakeRegistrationPlatform canvas = new FakeRegistrationPlatform(FakeRegistrationPlatform.Flavour.CANVAS)) {
            canvas.refusal = "Invalid scopes requested";
            HttpResponse<String> page = openRegistration(canvas.configurationUrl(), FakeRegistrationPlatform.TOKEN);

            assertEquals(400, page.statusCode());
            assertTrue(page.body().contains("The platform refused the registration: scope: Invalid scopes requested"),
                    page.body());
            assertTrue(stored(canvas.base(), "10000000000042").isEmpty());
        }
    }

    @Test
    void showsTheAdminAnRfc7591ErrorWithItsDescription() throws Exception {
        try (FakeRegistrationPlatform moodle = new FakeRegistrationPlatform(FakeRegistrationPlatform.Flavour.MOODLE)) {
            moodle.refusal = "client_name is too long";
            HttpResponse<String> page = openRegistration(moodle.configurationUrl(), FakeRegistrationPlatform.TOKEN);

            assertEquals(400, page.statusCode());
            assertTrue(page.body().contains("invalid_client_metadata: client_name is too long"), page.body());
        }
    }

    @Test
    void explainsThatAUsedOrMissingRegistrationTokenMeansStartingAgain() throws Exception {
        try (FakeRegistrationPlatform moodle = new FakeRegistrationPlatform(FakeRegistrationPlatform.Flavour.MOODLE)) {
            HttpResponse<String> page = openRegistration(moodle.configurationUrl(), null);

            assertEquals(400, page.statusCode());
            assertTrue(page.body().contains("registration token may have expired or been used already"), page.body());
        }
    }

    @Test
    void refusesAConfigurationWhoseIssuerIsOnAnotherHost() throws Exception {
        try (FakeRegistrationPlatform moodle = new FakeRegistrationPlatform(FakeRegistrationPlatform.Flavour.MOODLE)) {
            moodle.issuerOverride = "https://lms.example.edu";
            HttpResponse<String> page = openRegistration(moodle.configurationUrl(), FakeRegistrationPlatform.TOKEN);

            assertEquals(400, page.statusCode());
            assertTrue(page.body().contains("which is not on the host it was fetched from"), page.body());
            assertEquals(null, moodle.lastRegistration, "nothing may be posted to a platform that failed the check");
        }
    }

    @Test
    void refusesAPlainHttpConfigurationUrlOutsideLocalhost() throws Exception {
        HttpResponse<String> page = openRegistration("http://lms.example.edu/openid-configuration", "t");

        assertEquals(400, page.statusCode());
        assertTrue(page.body().contains("must use https"), page.body());
    }

    @Test
    void refusesAConfigurationUrlWithAFragment() throws Exception {
        HttpResponse<String> page = openRegistration("https://lms.example.edu/openid-configuration#x", "t");

        assertEquals(400, page.statusCode());
        assertTrue(page.body().contains("must not have a #fragment"), page.body());
    }

    @Test
    void explainsItselfWhenOpenedWithoutAConfiguration() throws Exception {
        HttpResponse<String> page = get("/lti/register");

        assertEquals(400, page.statusCode());
        assertTrue(page.body().contains("Paste this address into your platform"), page.body());
    }

    @Test
    void theRegistrationPageMayBeFramedByThePlatformThatIsNotRegisteredYet() throws Exception {
        HttpResponse<String> page = get("/lti/register");

        assertTrue(page.headers().firstValue("Content-Security-Policy").orElseThrow().endsWith("frame-ancestors *"));
    }

    @Test
    void servesTheCanvasDeveloperKeyJsonAndTheMoodleSettingsForItsOwnAddress() throws Exception {
        HttpResponse<String> canvas = get("/lti/config/canvas.json");
        HttpResponse<String> moodle = get("/lti/config/moodle");

        JsonNode json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(canvas.body());
        assertEquals(url("/lti/login"), json.path("oidc_initiation_url").asText());
        assertEquals(url("/.well-known/jwks.json"), json.path("public_jwk_url").asText());
        assertTrue(moodle.body().contains(url("/lti/register")));
        assertTrue(moodle.body().contains(url("/lti/launch")));
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add(node.asText()));
        return values;
    }
}
