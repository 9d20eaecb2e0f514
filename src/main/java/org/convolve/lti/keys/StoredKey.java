package org.convolve.lti.keys;

import com.nimbusds.jose.jwk.RSAKey;
import java.time.Instant;
import java.util.Optional;

/**
 * One of the tool's key pairs with its life cycle: a retiring key is still published (platforms
 * may have cached it) until its retirement time passes. Which key signs is for {@link ToolKeys}.
 */
public record StoredKey(RSAKey key, Instant createdAt, Optional<Instant> retireAt) {

    public String kid() {
        return key.getKeyID();
    }

    public boolean publishedAt(Instant now) {
        return retireAt.map(now::isBefore).orElse(true);
    }
}
