package org.convolve.lti.launch;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Set;
import org.convolve.lti.LtiClaims;
import org.convolve.lti.LtiLimits;
import org.convolve.lti.launch.LaunchRejected.Reason;
import org.convolve.lti.login.PendingLogin;
import org.convolve.lti.registration.Platform;
import org.convolve.lti.registration.PlatformRepository;

/**
 * Step two of an LTI launch: decide whether an id_token may be trusted, following the
 * 1EdTech Security Framework (5.1.3) and LTI 1.3 core. Each check refuses with its own reason.
 */
public final class LaunchValidator {
    private static final Set<JWSAlgorithm> ALLOWED_ALGORITHMS = Set.of(JWSAlgorithm.RS256);
    private static final Set<String> MESSAGE_TYPES = Set.of(
            LtiClaims.RESOURCE_LINK_REQUEST, LtiClaims.DEEP_LINKING_REQUEST);

    private final PlatformRepository platforms;
    private final PlatformKeySources keys;
    private final RsaVerifiers verifiers = new RsaVerifiers();
    private final Duration leeway;
    private final Clock clock;

    public LaunchValidator(PlatformRepository platforms, PlatformKeySources keys, Duration leeway, Clock clock) {
        this.platforms = platforms;
        this.keys = keys;
        this.leeway = leeway;
        this.clock = clock;
    }

    /** @param login the pending login that the launch's state pointed to, already consumed */
    public LtiLaunch validate(String idToken, PendingLogin login) throws LaunchRejected {
        SignedJWT jwt = parse(idToken);
        checkHeader(jwt);
        JWTClaimsSet claims = claimsOf(jwt);
        Platform platform = platformFor(claims, login);
        verifySignature(jwt, platform);
        checkTimes(claims);
        checkNonce(claims, login);
        checkLtiClaims(claims);
        checkDeployment(claims, platform);
        return new LaunchClaimsReader(claims, platform.key()).read();
    }

    private static SignedJWT parse(String idToken) throws LaunchRejected {
        if (idToken == null || idToken.isBlank()) {
            throw new LaunchRejected(Reason.NOT_A_JWT, "The launch carries no id_token.");
        }
        try {
            return SignedJWT.parse(idToken);
        } catch (ParseException e) {
            throw new LaunchRejected(Reason.NOT_A_JWT,
                    "The id_token is not a signed JWT (" + e.getMessage() + ").");
        }
    }

    private static void checkHeader(SignedJWT jwt) throws LaunchRejected {
        JWSAlgorithm alg = jwt.getHeader().getAlgorithm();
        if (!ALLOWED_ALGORITHMS.contains(alg)) {
            throw new LaunchRejected(Reason.ALGORITHM_NOT_ALLOWED,
                    "The id_token is signed with " + alg + "; only RS256 is accepted.");
        }
        String kid = jwt.getHeader().getKeyID();
        if (kid == null || kid.isBlank()) {
            throw new LaunchRejected(Reason.MISSING_KID,
                    "The id_token header has no 'kid', so the platform key that signed it cannot be chosen.");
        }
    }

    private static JWTClaimsSet claimsOf(SignedJWT jwt) throws LaunchRejected {
        try {
            return jwt.getJWTClaimsSet();
        } catch (ParseException e) {
            throw new LaunchRejected(Reason.MALFORMED_CLAIM, "The id_token's claims could not be read: "
                    + e.getMessage() + ".");
        }
    }

    private Platform platformFor(JWTClaimsSet claims, PendingLogin login) throws LaunchRejected {
        String issuer = claims.getIssuer();
        if (issuer == null || !issuer.equals(login.issuer())) {
            throw new LaunchRejected(Reason.UNKNOWN_PLATFORM, "The id_token's issuer '" + issuer
                    + "' is not the platform that started this login ('" + login.issuer() + "').");
        }
        List<String> audience = claims.getAudience();
        if (!audience.contains(login.clientId())) {
            throw new LaunchRejected(Reason.WRONG_AUDIENCE, "The id_token is addressed to " + audience
                    + ", not to this tool's client id '" + login.clientId() + "'.");
        }
        // OpenID Connect: azp must be there when there are several audiences, and must be us whenever it is there.
        Object azp = claims.getClaim("azp");
        if ((audience.size() > 1 || azp != null) && !login.clientId().equals(azp)) {
            throw new LaunchRejected(Reason.WRONG_AUDIENCE, (audience.size() > 1 ? "The id_token has several audiences, so its"
                    + " 'azp'" : "The id_token's 'azp' (authorized party)") + " must be this tool's client id '"
                    + login.clientId() + "' (it is '" + azp + "').");
        }
        return platforms.find(login.issuer(), login.clientId()).orElseThrow(() -> new LaunchRejected(
                Reason.UNKNOWN_PLATFORM, "The platform " + login.issuer() + " is no longer registered."));
    }

    private void verifySignature(SignedJWT jwt, Platform platform) throws LaunchRejected {
        String kid = jwt.getHeader().getKeyID();
        JWK key;
        try {
            key = keys.find(platform.jwksUri(), kid).orElseThrow(() -> new LaunchRejected(Reason.UNKNOWN_KID,
                    "The platform's key set (" + platform.jwksUri() + ") has no key with kid '" + kid + "'."));
        } catch (KeySourceException e) {
            throw new LaunchRejected(Reason.JWKS_UNAVAILABLE,
                    "The platform's key set could not be read from " + platform.jwksUri() + ": " + e.getMessage());
        }
        if (!(key instanceof RSAKey rsaKey)) {
            throw new LaunchRejected(Reason.ALGORITHM_NOT_ALLOWED, "The key with kid '" + kid + "' is not an RSA key.");
        }
        try {
            if (!jwt.verify(verifiers.of(rsaKey))) {
                throw new LaunchRejected(Reason.BAD_SIGNATURE,
                        "The id_token's signature does not match the platform's key '" + kid + "'.");
            }
        } catch (JOSEException e) {
            throw new LaunchRejected(Reason.BAD_SIGNATURE, "The id_token's signature could not be checked: " + e.getMessage());
        }
    }

    private void checkTimes(JWTClaimsSet claims) throws LaunchRejected {
        Instant now = clock.instant();
        Date exp = claims.getExpirationTime();
        if (exp == null) {
            throw new LaunchRejected(Reason.MISSING_CLAIM, "The id_token has no 'exp' (expiry) claim.");
        }
        if (exp.getTime() <= 0) {
            // A number too large for a time reaches here as -1 s; calling it expired in 1969 would mislead.
            throw new LaunchRejected(Reason.MALFORMED_CLAIM,
                    "The id_token's 'exp' claim is not a time: it must be seconds since 1970, in the future.");
        }
        if (exp.toInstant().plus(leeway).isBefore(now)) {
            throw new LaunchRejected(Reason.EXPIRED, "The id_token expired at " + exp.toInstant()
                    + " (it is now " + now + ").");
        }
        Date iat = claims.getIssueTime();
        if (iat == null) {
            throw new LaunchRejected(Reason.MISSING_CLAIM, "The id_token has no 'iat' (issued at) claim.");
        }
        if (iat.toInstant().minus(leeway).isAfter(now)) {
            throw new LaunchRejected(Reason.ISSUED_IN_FUTURE, "The id_token says it was issued at " + iat.toInstant()
                    + ", later than now (" + now + ") by more than the allowed clock skew of " + leeway.toSeconds() + " s.");
        }
        Date nbf = claims.getNotBeforeTime();
        if (nbf != null && nbf.toInstant().minus(leeway).isAfter(now)) {
            throw new LaunchRejected(Reason.ISSUED_IN_FUTURE, "The id_token is not valid before " + nbf.toInstant()
                    + ", later than now (" + now + ") by more than the allowed clock skew of " + leeway.toSeconds() + " s.");
        }
    }

    private static void checkNonce(JWTClaimsSet claims, PendingLogin login) throws LaunchRejected {
        Object nonce = claims.getClaim("nonce");
        if (!login.nonce().equals(nonce)) {
            throw new LaunchRejected(Reason.NONCE_MISMATCH, nonce == null
                    ? "The id_token has no nonce."
                    : "The id_token's nonce is not the one this tool issued for this login (a replayed launch?).");
        }
    }

    private static void checkLtiClaims(JWTClaimsSet claims) throws LaunchRejected {
        Object version = claims.getClaim(LtiClaims.VERSION);
        if (version == null) {
            throw new LaunchRejected(Reason.WRONG_VERSION, "The id_token has no LTI version claim; it must be 1.3.0.");
        }
        if (!LtiClaims.LTI_VERSION.equals(version)) {
            throw new LaunchRejected(Reason.WRONG_VERSION, "The LTI version is '" + version + "'; it must be 1.3.0.");
        }
        Object messageType = claims.getClaim(LtiClaims.MESSAGE_TYPE);
        if (messageType == null) {
            throw new LaunchRejected(Reason.MISSING_CLAIM, "The id_token has no message_type claim.");
        }
        if (!MESSAGE_TYPES.contains(messageType)) {
            throw new LaunchRejected(Reason.UNSUPPORTED_MESSAGE_TYPE,
                    "The message type '" + messageType + "' is not one this tool accepts.");
        }
        if (!(claims.getClaim(LtiClaims.ROLES) instanceof List<?>)) {
            throw new LaunchRejected(Reason.MISSING_CLAIM,
                    "The id_token has no roles claim (an empty list is allowed, a missing claim is not).");
        }
        String subject = claims.getSubject();
        if (subject == null) {
            // LTI 1.3 lets a platform launch anonymously (a public course, nobody signed in) by leaving sub out.
            throw new LaunchRejected(Reason.ANONYMOUS_USER,
                    "The platform launched the tool with no user: nobody is signed in ('sub' is absent).");
        }
        if (subject.isBlank()) {
            throw new LaunchRejected(Reason.MISSING_CLAIM, "The id_token has no user ('sub' is empty).");
        }
        if (!LtiLimits.fits(subject, LtiLimits.MAX_ID_LENGTH)) {
            throw new LaunchRejected(Reason.MALFORMED_CLAIM,
                    LtiLimits.tooLong("The user id ('sub')", subject, LtiLimits.MAX_ID_LENGTH));
        }
        if (LtiClaims.RESOURCE_LINK_REQUEST.equals(messageType)) {
            Object link = claims.getClaim(LtiClaims.RESOURCE_LINK);
            if (!(link instanceof java.util.Map<?, ?> map) || !(map.get("id") instanceof String id) || id.isBlank()) {
                throw new LaunchRejected(Reason.MISSING_CLAIM,
                        "A resource link launch must carry a resource_link claim with an id.");
            }
        }
        if (LtiClaims.DEEP_LINKING_REQUEST.equals(messageType)) {
            Object settings = claims.getClaim(LtiClaims.DEEP_LINKING_SETTINGS);
            if (!(settings instanceof java.util.Map<?, ?> map) || !(map.get("deep_link_return_url") instanceof String)) {
                throw new LaunchRejected(Reason.MISSING_CLAIM,
                        "A deep-linking request must carry deep_linking_settings with a deep_link_return_url.");
            }
        }
    }

    private void checkDeployment(JWTClaimsSet claims, Platform platform) throws LaunchRejected {
        Object deployment = claims.getClaim(LtiClaims.DEPLOYMENT_ID);
        if (!(deployment instanceof String id) || id.isBlank()) {
            throw new LaunchRejected(Reason.MISSING_CLAIM, "The id_token has no deployment_id claim.");
        }
        if (!LtiLimits.fits(id, LtiLimits.MAX_ID_LENGTH)) {
            throw new LaunchRejected(Reason.MALFORMED_CLAIM,
                    LtiLimits.tooLong("The deployment_id", id, LtiLimits.MAX_ID_LENGTH));
        }
        if (!platform.acceptsDeployment(id)) {
            throw new LaunchRejected(Reason.UNKNOWN_DEPLOYMENT,
                    "Deployment '" + id + "' is not registered for " + platform.key() + ".");
        }
        if (!platform.knowsDeployment(id)) {
            platforms.addDeployment(platform.key(), id);
        }
    }
}
