package org.convolve.lti.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.convolve.lti.LtiClaims;
import org.convolve.lti.keys.ToolKeys;
import org.convolve.lti.login.PendingLogin;
import org.convolve.lti.registration.DeploymentPolicy;
import org.convolve.lti.registration.Platform;
import org.convolve.storage.Database;
import org.convolve.storage.JdbcPlatformRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A platform that rotates its keys between two launches must not break the second one. */
class PlatformKeyRotationTest {
    private static final String CLIENT = "tool-client";

    private HttpServer platformServer;
    private final AtomicReference<JWKSet> publishedKeys = new AtomicReference<>();
    private final AtomicInteger jwksFetches = new AtomicInteger();
    private Database database;
    private LaunchValidator validator;
    private String issuer;

    @BeforeEach
    void start() throws Exception {
        platformServer = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        platformServer.createContext("/jwks", exchange -> {
            jwksFetches.incrementAndGet();
            byte[] body = publishedKeys.get().toString().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        platformServer.start();
        issuer = "http://127.0.0.1:" + platformServer.getAddress().getPort();
        database = Database.open("jdbc:h2:mem:pk-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "", 2);
        JdbcPlatformRepository platforms = new JdbcPlatformRepository(database.jdbi(), Clock.systemUTC());
        platforms.save(new Platform(issuer, CLIENT, "Rotating platform", URI.create(issuer + "/auth"),
                URI.create(issuer + "/token"), URI.create(issuer + "/jwks"), Set.of("d1"), DeploymentPolicy.FIXED_LIST));
        // The cache is long, as in production; only the refresh rate limit is shortened to keep the test quick.
        validator = new LaunchValidator(platforms, new PlatformKeySources(Duration.ofMinutes(15), Duration.ofMillis(200)),
                Duration.ofSeconds(60), Clock.systemUTC());
    }

    @AfterEach
    void stop() {
        platformServer.stop(0);
        database.close();
    }

    private String idToken(RSAKey key, String nonce) throws Exception {
        Instant now = Instant.now();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                new JWTClaimsSet.Builder()
                        .issuer(issuer).audience(CLIENT).subject("user-1")
                        .issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(60)))
                        .claim("nonce", nonce)
                        .claim(LtiClaims.VERSION, LtiClaims.LTI_VERSION)
                        .claim(LtiClaims.MESSAGE_TYPE, LtiClaims.RESOURCE_LINK_REQUEST)
                        .claim(LtiClaims.DEPLOYMENT_ID, "d1")
                        .claim(LtiClaims.ROLES, List.of())
                        .claim(LtiClaims.RESOURCE_LINK, Map.of("id", "link-1"))
                        .build());
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    private PendingLogin login(String nonce) {
        return new PendingLogin("state-" + nonce, nonce, issuer, CLIENT, issuer + "/target", "hash",
                Instant.now().plusSeconds(600));
    }

    @Test
    void acceptsALaunchSignedWithAKeyThePlatformPublishedAfterTheToolCachedItsKeySet() throws Exception {
        RSAKey first = ToolKeys.generate();
        RSAKey second = ToolKeys.generate();
        publishedKeys.set(new JWKSet(first.toPublicJWK()));
        assertEquals("user-1", validator.validate(idToken(first, "n1"), login("n1")).subject());

        // The platform rotates: the first key is gone, a new one signs.
        publishedKeys.set(new JWKSet(second.toPublicJWK()));
        Thread.sleep(300);

        assertEquals("user-1", validator.validate(idToken(second, "n2"), login("n2")).subject());
        assertEquals(2, jwksFetches.get(), "one fetch to fill the cache, one refresh for the unknown kid");
    }

    @Test
    void stillRefusesAKidThePlatformDoesNotPublishEvenAfterRefreshing() throws Exception {
        RSAKey published = ToolKeys.generate();
        RSAKey unknown = ToolKeys.generate();
        publishedKeys.set(new JWKSet(published.toPublicJWK()));

        LaunchRejected rejected = assertThrows(LaunchRejected.class,
                () -> validator.validate(idToken(unknown, "n3"), login("n3")));
        assertEquals(LaunchRejected.Reason.UNKNOWN_KID, rejected.reason());
    }
}
