package org.convolve.lti.keys;

import com.nimbusds.jose.jwk.RSAKey;
import java.time.Instant;
import java.util.Optional;

/**
 * One of the tool's key pairs with its life cycle: the newest active key signs; a retiring key
 * is still published (platforms may have cached it) until its retirement time passes.
 */
public record StoredKey(RSAKey key, Instant createdAt, Optional<Instant> retireAt) {

    public String kid() {
        return key.getKeyID();
    }

    public boolean publishedAt(Instant now) {
        return retireAt.map(now::isBefore).orElse(true);
    }

    public boolean signsAt(Instant now) {
        return retireAt.isEmpty();
    }
}
