package org.convolve.lti.ags;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.convolve.gradesync.SandboxFixture;
import org.convolve.lti.launch.AgsEndpoint;
import org.convolve.lti.registration.DeploymentPolicy;
import org.convolve.lti.registration.Platform;
import org.convolve.testing.InMemoryToolKeys;
import org.convolve.testing.MutableClock;
import org.convolve.testing.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Token requests, checked by a recording token endpoint and by the sandbox platform over real HTTP. */
class AccessTokenClientTest {
    private static TestApp app;
    private static SandboxFixture sandbox;
    private HttpServer recorder;
    private final List<Map<String, String>> forms = Collections.synchronizedList(new ArrayList<>());
    private final List<String> userAgents = Collections.synchronizedList(new ArrayList<>());
    private volatile int expiresIn = 3600;

    @BeforeAll
    static void startTool() {
        app = TestApp.onH2(Map.of("CONVOLVE_GRADESYNC_ENABLED", "false"));
        sandbox = new SandboxFixture(app);
    }

    @AfterAll
    static void stopTool() {
        app.close();
    }

    @BeforeEach
    void startRecorder() throws Exception {
        recorder = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        recorder.createContext("/token", exchange -> {
            forms.add(form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            userAgents.add(exchange.getRequestHeaders().getFirst("User-Agent"));
            byte[] body = ("{\"access_token\":\"t" + forms.size() + "\",\"token_type\":\"Bearer\",\"expires_in\":"
                    + expiresIn + "}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        recorder.start();
    }

    @AfterEach
    void stopRecorder() {
        recorder.stop(0);
    }

    private Platform recordingPlatform() {
        URI token = URI.create("http://127.0.0.1:" + recorder.getAddress().getPort() + "/token");
        return new Platform("https://lms.example", "client-7", "LMS", URI.create("https://lms.example/auth"), token,
                URI.create("https://lms.example/jwks"), Set.of("d1"), DeploymentPolicy.FIXED_LIST);
    }

    private AccessTokenClient client(Clock clock, Runnable onFetch) {
        return new AccessTokenClient(sandbox.toolKeys(), new ServiceHttp(Duration.ofSeconds(2), Duration.ofSeconds(5),
                "Convolve/test"), clock, onFetch);
    }

    @Test
    void signsAClientAssertionWithIssSubAudExpAndJtiThatTheToolsJwksVerifies() throws Exception {
        Platform platform = recordingPlatform();
        client(Clock.systemUTC(), () -> { }).token(platform, Set.of(AgsEndpoint.SCOPE_SCORE));

        Map<String, String> form = forms.get(0);
        assertEquals("client_credentials", form.get("grant_type"));
        assertEquals("urn:ietf:params:oauth:client-assertion-type:jwt-bearer", form.get("client_assertion_type"));
        assertEquals(AgsEndpoint.SCOPE_SCORE, form.get("scope"));
        SignedJWT assertion = SignedJWT.parse(form.get("client_assertion"));
        JWKSet published = JWKSet.load(app.url("/.well-known/jwks.json").toURL());
        RSAKey key = (RSAKey) published.getKeyByKeyId(assertion.getHeader().getKeyID());
        assertTrue(assertion.verify(new RSASSAVerifier(key)), "signature verifies with the published key");
        JWTClaimsSet claims = assertion.getJWTClaimsSet();
        assertEquals("client-7", claims.getIssuer());
        assertEquals("client-7", claims.getSubject());
        assertEquals(List.of(platform.tokenEndpoint().toString()), claims.getAudience());
        long lifetime = claims.getExpirationTime().getTime() - claims.getIssueTime().getTime();
        assertTrue(lifetime > 0 && lifetime <= Duration.ofMinutes(5).toMillis(), "short-lived: " + lifetime);
        assertTrue(claims.getJWTID() != null && !claims.getJWTID().isBlank());
        assertEquals("Convolve/test", userAgents.get(0));
    }

    @Test
    void givesEachAssertionItsOwnJti() throws Exception {
        AccessTokenClient client = client(Clock.systemUTC(), () -> { });
        client.token(recordingPlatform(), Set.of(AgsEndpoint.SCOPE_SCORE));
        client.token(recordingPlatform(), Set.of(AgsEndpoint.SCOPE_LINEITEM));
        assertNotEquals(SignedJWT.parse(forms.get(0).get("client_assertion")).getJWTClaimsSet().getJWTID(),
                SignedJWT.parse(forms.get(1).get("client_assertion")).getJWTClaimsSet().getJWTID());
    }

    @Test
    void cachesATokenPerPlatformAndScopesUntilShortlyBeforeItExpires() throws Exception {
        MutableClock clock = new MutableClock(Instant.now());
        AtomicInteger fetches = new AtomicInteger();
        AccessTokenClient client = client(clock, fetches::incrementAndGet);
        Platform platform = recordingPlatform();
        Set<String> scopes = Set.of(AgsEndpoint.SCOPE_SCORE, AgsEndpoint.SCOPE_LINEITEM);

        AccessToken first = client.token(platform, scopes);
        assertEquals(first, client.token(platform, Set.of(AgsEndpoint.SCOPE_LINEITEM, AgsEndpoint.SCOPE_SCORE)));
        assertEquals(1, fetches.get());
        client.token(platform, Set.of(AgsEndpoint.SCOPE_SCORE));
        assertEquals(2, fetches.get(), "other scopes, other token");

        clock.advance(Duration.ofMinutes(58));
        assertEquals(first, client.token(platform, scopes));
        clock.advance(Duration.ofSeconds(61));
        assertNotEquals(first, client.token(platform, scopes));
        assertEquals(3, fetches.get(), "refreshed within a minute of expiry");
    }

    @Test
    void getsATokenFromTheSandboxWhichChecksTheAssertionAgainstTheToolsJwks() throws Exception {
        AtomicInteger fetches = new AtomicInteger();
        AccessToken token = client(Clock.systemUTC(), fetches::incrementAndGet)
                .token(sandbox.platform(), Set.of(AgsEndpoint.SCOPE_SCORE));
        assertTrue(token.value().length() > 20);
        assertEquals(1, fetches.get());
    }

    @Test
    void theSandboxRefusesAnAssertionSignedByAnotherKey() {
        AccessTokenClient stranger = new AccessTokenClient(new org.convolve.lti.keys.ToolKeys(
                InMemoryToolKeys.withOneKey(), Clock.systemUTC()), new ServiceHttp(Duration.ofSeconds(2), Duration.ofSeconds(5), "x"),
                Clock.systemUTC(), () -> { });
        ServiceRefusal refusal = org.junit.jupiter.api.Assertions.assertThrows(ServiceRefusal.class,
                () -> stranger.token(sandbox.platform(), Set.of(AgsEndpoint.SCOPE_SCORE)));
        assertEquals(401, refusal.status());
        assertTrue(refusal.fromTokenEndpoint());
        assertTrue(refusal.getMessage().contains("invalid_client"), refusal.getMessage());
    }

    @Test
    void dropsARefusedTokenAndFetchesOnceMoreOnA401() throws Exception {
        AtomicInteger fetches = new AtomicInteger();
        ScoreService scores = new ScoreService(sandbox.serviceClient(fetches::incrementAndGet));
        Set<String> scopes = Set.copyOf(SandboxFixture.ALL_AGS);
        Score score = new Score("sandbox-learner-1", 3, 20, Score.ActivityProgress.InProgress, Instant.now().minusSeconds(60));
        assertEquals(200, scores.post(sandbox.platform(), scopes, sandbox.item(1), score).status());

        sandbox.revokeTokens();
        Score later = new Score("sandbox-learner-1", 4, 20, Score.ActivityProgress.InProgress, Instant.now());
        assertEquals(200, scores.post(sandbox.platform(), scopes, sandbox.item(1), later).status());
        assertEquals(2, fetches.get());
    }

    @Test
    void theSandboxRefusesAScoreWhoseTimestampIsNotNewer() throws Exception {
        ScoreService scores = new ScoreService(sandbox.serviceClient(() -> { }));
        Set<String> scopes = Set.copyOf(SandboxFixture.ALL_AGS);
        Instant at = Instant.now().plusSeconds(3600).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        assertEquals(200, scores.post(sandbox.platform(), scopes, sandbox.item(1),
                new Score("sandbox-learner-2", 5, 20, Score.ActivityProgress.InProgress, at)).status());
        ServiceResponse same = scores.post(sandbox.platform(), scopes, sandbox.item(1),
                new Score("sandbox-learner-2", 6, 20, Score.ActivityProgress.InProgress, at.plusMillis(500)));
        assertEquals(409, same.status());
        assertTrue(same.body().contains("earlier timestamp"));
    }

    @Test
    void theSandboxRefusesAScoreWithoutTheScoreContentType() throws Exception {
        AccessToken token = client(Clock.systemUTC(), () -> { }).token(sandbox.platform(), Set.of(AgsEndpoint.SCOPE_SCORE));
        ServiceResponse response = new ServiceHttp(Duration.ofSeconds(2), Duration.ofSeconds(5), "t").send(
                java.net.http.HttpRequest.newBuilder(ScoreService.scoresUrl(sandbox.item(1)))
                        .header("Authorization", "Bearer " + token.value())
                        .header("Content-Type", "application/json")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{}")));
        assertEquals(415, response.status());
    }

    private static Map<String, String> form(String body) {
        Map<String, String> form = new HashMap<>();
        for (String pair : body.split("&")) {
            String[] parts = pair.split("=", 2);
            form.put(URLDecoder.decode(parts[0], StandardCharsets.UTF_8),
                    parts.length > 1 ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : "");
        }
        return form;
    }
}
