package org.convolve.lti.launch;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.RSAKey;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One signature verifier per platform key. Making a verifier decodes the key's modulus and builds
 * a Java public key (7% of the cost of checking a signature in a profile); a platform signs every
 * launch with the same key, so that is done once per key, not once per launch.
 */
final class RsaVerifiers {
    /** Far more keys than platforms use at once; past it, keys rotated away are forgotten with the rest. */
    private static final int MOST_KEYS = 256;

    private final Map<RSAKey, RSASSAVerifier> byKey = new ConcurrentHashMap<>();

    RSASSAVerifier of(RSAKey key) throws JOSEException {
        RSASSAVerifier known = byKey.get(key);
        if (known != null) {
            return known;
        }
        if (byKey.size() >= MOST_KEYS) {
            byKey.clear();
        }
        RSASSAVerifier made = new RSASSAVerifier(key);
        byKey.put(key, made);
        return made;
    }
}
