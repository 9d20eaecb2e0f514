package org.convolve.lti.login;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.convolve.lti.registration.DeploymentPolicy;
import org.convolve.lti.registration.Platform;
import org.convolve.lti.registration.PlatformKey;
import org.convolve.lti.registration.PlatformRepository;
import org.convolve.testing.HttpBrowser;
import org.junit.jupiter.api.Test;

class OidcLoginTest {
    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    private static final URI REDIRECT = URI.create("https://tool.example/lti/launch");

    private final List<Platform> registered = new ArrayList<>();
    private final Map<String, PendingLogin> saved = new HashMap<>();
    private final OidcLogin login = new OidcLogin(new InMemoryPlatforms(), new InMemoryStates(), REDIRECT,
            Duration.ofMinutes(10), Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void sendsTheBrowserToThePlatformWithAFormPostIdTokenRequest() throws LoginRejected {
        registered.add(platform("https://canvas.instructure.com", "10001", DeploymentPolicy.ACCEPT_NEW));

        AuthenticationRedirect redirect = login.start(request("https://canvas.instructure.com", "10001", null), "browser-1");

        Map<String, String> query = HttpBrowser.queryOf(redirect.uri());
        assertEquals("sso.canvaslms.com", redirect.uri().getHost());
        assertEquals("id_token", query.get("response_type"));
        assertEquals("openid", query.get("scope"));
        assertEquals("form_post", query.get("response_mode"));
        assertEquals("none", query.get("prompt"));
        assertEquals("10001", query.get("client_id"));
        assertEquals(REDIRECT.toString(), query.get("redirect_uri"));
        assertEquals("user-17", query.get("login_hint"));
        assertEquals("hint-abc", query.get("lti_message_hint"));
        assertEquals(redirect.login().state(), query.get("state"));
        assertEquals(redirect.login().nonce(), query.get("nonce"));
    }

    @Test
    void remembersTheStateWithAHashOfTheBrowserBindingAndAnExpiry() throws LoginRejected {
        registered.add(platform("https://moodle.example", "abc", DeploymentPolicy.ACCEPT_NEW));

        PendingLogin pending = login.start(request("https://moodle.example", "abc", null), "browser-secret").login();

        assertEquals(pending, saved.get(pending.state()));
        assertNotEquals("browser-secret", pending.browserBindingHash());
        assertTrue(BrowserBinding.matches("browser-secret", pending.browserBindingHash()));
        assertEquals(NOW.plus(Duration.ofMinutes(10)), pending.expiresAt());
    }

    @Test
    void givesEveryLoginItsOwnStateAndNonce() throws LoginRejected {
        registered.add(platform("https://moodle.example", "abc", DeploymentPolicy.ACCEPT_NEW));

        PendingLogin first = login.start(request("https://moodle.example", "abc", null), "b").login();
        PendingLogin second = login.start(request("https://moodle.example", "abc", null), "b").login();

        assertNotEquals(first.state(), second.state());
        assertNotEquals(first.nonce(), second.nonce());
    }

    @Test
    void choosesTheOnlyRegistrationOfAnIssuerWhenTheLoginHasNoClientId() throws LoginRejected {
        registered.add(platform("https://moodle.example", "abc", DeploymentPolicy.ACCEPT_NEW));

        PendingLogin pending = login.start(request("https://moodle.example", null, null), "b").login();

        assertEquals("abc", pending.clientId());
    }

    @Test
    void refusesALoginWithoutClientIdWhenTheIssuerHasSeveralRegistrations() {
        registered.add(platform("https://canvas.instructure.com", "1", DeploymentPolicy.ACCEPT_NEW));
        registered.add(platform("https://canvas.instructure.com", "2", DeploymentPolicy.ACCEPT_NEW));

        LoginRejected e = assertThrows(LoginRejected.class,
                () -> login.start(request("https://canvas.instructure.com", null, null), "b"));
        assertTrue(e.getMessage().contains("client_id is missing"), e.getMessage());
    }

    @Test
    void refusesAnUnknownIssuerAndClient() {
        LoginRejected e = assertThrows(LoginRejected.class,
                () -> login.start(request("https://nobody.example", "x", null), "b"));
        assertTrue(e.getMessage().contains("No platform is registered"), e.getMessage());
    }

    @Test
    void refusesADeploymentOutsideAFixedList() {
        registered.add(platform("https://moodle.example", "abc", DeploymentPolicy.FIXED_LIST));

        LoginRejected e = assertThrows(LoginRejected.class,
                () -> login.start(request("https://moodle.example", "abc", "deployment-9"), "b"));
        assertTrue(e.getMessage().contains("deployment-9"), e.getMessage());
    }

    @Test
    void acceptsANewDeploymentWhenThePlatformMayAddThem() throws LoginRejected {
        registered.add(platform("https://canvas.instructure.com", "1", DeploymentPolicy.ACCEPT_NEW));

        login.start(request("https://canvas.instructure.com", "1", "course-42-install"), "b");
    }

    @Test
    void refusesALoginMissingLoginHintOrTargetLinkUri() {
        registered.add(platform("https://moodle.example", "abc", DeploymentPolicy.ACCEPT_NEW));
        LoginRequest noHint = new LoginRequest("https://moodle.example", null, "https://tool.example/lti/launch",
                Optional.of("abc"), Optional.empty(), Optional.empty(), Optional.empty());
        LoginRequest noTarget = new LoginRequest("https://moodle.example", "u", " ",
                Optional.of("abc"), Optional.empty(), Optional.empty(), Optional.empty());

        assertTrue(assertThrows(LoginRejected.class, () -> login.start(noHint, "b")).getMessage().contains("login_hint"));
        assertTrue(assertThrows(LoginRejected.class, () -> login.start(noTarget, "b")).getMessage().contains("target_link_uri"));
    }

    @Test
    void readsCanvasDeploymentIdAndTheSpecsLtiDeploymentId() {
        Map<String, String> canvas = Map.of("iss", "i", "login_hint", "h", "target_link_uri", "t", "deployment_id", "d1");
        Map<String, String> moodle = Map.of("iss", "i", "login_hint", "h", "target_link_uri", "t", "lti_deployment_id", "d2");

        assertEquals(Optional.of("d1"), LoginRequest.from(canvas::get).deploymentId());
        assertEquals(Optional.of("d2"), LoginRequest.from(moodle::get).deploymentId());
    }

    private static LoginRequest request(String issuer, String clientId, String deployment) {
        return new LoginRequest(issuer, "user-17", "https://tool.example/lti/launch", Optional.ofNullable(clientId),
                Optional.of("hint-abc"), Optional.ofNullable(deployment), Optional.empty());
    }

    private static Platform platform(String issuer, String clientId, DeploymentPolicy policy) {
        return new Platform(issuer, clientId, null, URI.create("https://sso.canvaslms.com/api/lti/authorize_redirect"),
                URI.create("https://p.example/token"), URI.create("https://p.example/jwks"), Set.of("deployment-1"), policy);
    }

    private final class InMemoryPlatforms implements PlatformRepository {
        @Override
        public Optional<Platform> find(String issuer, String clientId) {
            return registered.stream().filter(p -> p.issuer().equals(issuer) && p.clientId().equals(clientId)).findFirst();
        }

        @Override
        public List<Platform> findByIssuer(String issuer) {
            return registered.stream().filter(p -> p.issuer().equals(issuer)).toList();
        }

        @Override
        public List<Platform> all() {
            return registered;
        }

        @Override
        public void save(Platform platform) {
            registered.add(platform);
        }

        @Override
        public boolean addDeployment(PlatformKey platform, String deploymentId) {
            return true;
        }
    }

    private final class InMemoryStates implements LoginStateStore {
        @Override
        public void save(PendingLogin pending) {
            saved.put(pending.state(), pending);
        }

        @Override
        public Optional<PendingLogin> consume(String state) {
            return Optional.ofNullable(saved.remove(state));
        }

        @Override
        public Optional<PendingLogin> peek(String state) {
            return Optional.ofNullable(saved.get(state));
        }
    }
}
