package org.convolve.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.convolve.lti.keys.ToolKeys;
import org.convolve.lti.registration.DeploymentPolicy;
import org.convolve.lti.registration.Platform;
import org.convolve.storage.JdbcPlatformRepository;

/**
 * A platform a test controls completely: its own RSA key, its JWKS served over real HTTP, and
 * id_tokens built from any claims (valid or deliberately broken) and signed for real.
 */
public final class TestPlatform implements AutoCloseable {
    public static final String CLIENT_ID = "cert-client-1";
    public static final String DEPLOYMENT_ID = "cert-deployment-1";

    private final String issuer;
    private final HttpServer jwksServer;
    private volatile RSAKey key = ToolKeys.generate();

    public TestPlatform(String issuer) {
        this.issuer = issuer;
        try {
            jwksServer = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        jwksServer.createContext("/jwks", exchange -> {
            byte[] body = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        jwksServer.start();
    }

    public String issuer() {
        return issuer;
    }

    public RSAKey key() {
        return key;
    }

    /** Replaces the platform's key, as a platform rotating its keys would. */
    public RSAKey rotateKey() {
        key = ToolKeys.generate();
        return key;
    }

    public URI jwksUri() {
        return URI.create("http://127.0.0.1:" + jwksServer.getAddress().getPort() + "/jwks");
    }

    public Platform registration(DeploymentPolicy policy) {
        return new Platform(issuer, CLIENT_ID, "Test platform", URI.create("https://platform.test/auth"),
                URI.create("https://platform.test/token"), jwksUri(), Set.of(DEPLOYMENT_ID), policy);
    }

    public void registerWith(TestApp app, DeploymentPolicy policy) {
        new JdbcPlatformRepository(app.app().database().jdbi(), java.time.Clock.systemUTC()).save(registration(policy));
    }

    /** Runs the login initiation as the platform's browser would and returns the state and nonce the tool chose. */
    public LoginStep login(TestApp app, HttpBrowser browser) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("iss", issuer);
        form.put("login_hint", "cert-user-7f3a");
        form.put("target_link_uri", app.url("/lti/launch").toString());
        form.put("client_id", CLIENT_ID);
        form.put("lti_deployment_id", DEPLOYMENT_ID);
        URI location = HttpBrowser.authenticationRequest(browser.post(app.url("/lti/login"), form));
        Map<String, String> query = HttpBrowser.queryOf(location);
        return new LoginStep(location, query.get("state"), query.get("nonce"), query);
    }

    public record LoginStep(URI authRequest, String state, String nonce, Map<String, String> parameters) {
    }

    /** Values for the placeholders of the certification case files, for one login. */
    public Map<String, Object> placeholderValues(LoginStep login, TestApp app) {
        long now = java.time.Instant.now().getEpochSecond();
        Map<String, Object> values = new java.util.HashMap<>();
        values.put("issuer", issuer);
        values.put("client_id", CLIENT_ID);
        values.put("deployment_id", DEPLOYMENT_ID);
        values.put("nonce", login.nonce());
        values.put("kid", key.getKeyID());
        values.put("target_link_uri", app.url("/lti/launch").toString());
        values.put("iat", now);
        values.put("exp", now + 300);
        values.put("iat_in_ten_minutes", now + 600);
        values.put("exp_in_twenty_minutes", now + 1200);
        return values;
    }

    public String sign(JWSHeader header, JWTClaimsSet claims) {
        SignedJWT jwt = new SignedJWT(header, claims);
        try {
            if (JWSAlgorithm.HS256.equals(header.getAlgorithm())) {
                jwt.sign(new MACSigner(new byte[32]));
            } else if ("forger".equals(header.getCustomParam("x-sign-with"))) {
                jwt.sign(new RSASSASigner(ToolKeys.generate()));
            } else {
                jwt.sign(new RSASSASigner(key));
            }
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    public String sign(Map<String, Object> header, Map<String, Object> claims) {
        try {
            return sign(JWSHeader.parse(header), JWTClaimsSet.parse(claims));
        } catch (ParseException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /**
     * Signs the claims as they are written, without reading them as claims first: for tokens whose
     * claims a JWT library would refuse to build (an expiry that is a word, a number beyond time).
     */
    public String signAsWritten(Map<String, Object> header, Map<String, Object> claims) {
        try {
            JWSObject jws = new JWSObject(JWSHeader.parse(header),
                    new Payload(new ObjectMapper().writeValueAsString(claims)));
            jws.sign(new RSASSASigner(key));
            return jws.serialize();
        } catch (ParseException | JOSEException | JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    @Override
    public void close() {
        jwksServer.stop(0);
    }
}
