package org.convolve.lti.keys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.jwk.JWK;
import java.time.Clock;
import java.util.List;
import org.convolve.testing.InMemoryToolKeys;
import org.junit.jupiter.api.Test;

/** The first key pair is made on a thread of its own at start; whatever signs waits for it. */
class FirstKeyInBackgroundTest {

    @Test
    void signingWaitsForTheFirstKeyAndThenPublishesExactlyIt() {
        InMemoryToolKeys repository = new InMemoryToolKeys();
        ToolKeys keys = new ToolKeys(repository, Clock.systemUTC());

        keys.ensureSigningKeyInBackground();
        String signing = keys.signingKey().getKeyID();

        assertEquals(1, repository.keys().size());
        assertEquals(List.of(signing), keys.publicKeySet().getKeys().stream().map(JWK::getKeyID).toList());
        assertTrue(keys.signingKey().isPrivate());
    }

    @Test
    void aKeptKeyIsNotReplacedAtTheNextStart() {
        InMemoryToolKeys repository = new InMemoryToolKeys();
        ToolKeys firstStart = new ToolKeys(repository, Clock.systemUTC());
        firstStart.ensureSigningKeyInBackground();
        String kept = firstStart.signingKey().getKeyID();

        ToolKeys secondStart = new ToolKeys(repository, Clock.systemUTC());
        secondStart.ensureSigningKeyInBackground();

        assertEquals(kept, secondStart.signingKey().getKeyID());
        assertEquals(1, repository.keys().size());
    }

    @Test
    void aFirstKeyAnotherInstanceMadeAfterThisOneLookedIsFoundAtOnce() {
        InMemoryToolKeys repository = new InMemoryToolKeys();
        ToolKeys keys = new ToolKeys(repository, Clock.systemUTC());
        assertTrue(keys.publicKeySet().getKeys().isEmpty(), "nothing yet, and that is remembered for a while");

        ToolKeys otherInstance = new ToolKeys(repository, Clock.systemUTC());
        otherInstance.ensureSigningKey();

        assertEquals(otherInstance.signingKey().getKeyID(), keys.signingKey().getKeyID());
    }

    @Test
    void aFailedGenerationSaysSoWhenSomethingNeedsTheKey() {
        ToolKeyRepository broken = new InMemoryToolKeys() {
            @Override
            public boolean addFirst(StoredKey key) {
                throw new IllegalStateException("disk full");
            }
        };
        ToolKeys keys = new ToolKeys(broken, Clock.systemUTC());

        keys.ensureSigningKeyInBackground();

        IllegalStateException refused = assertThrows(IllegalStateException.class, keys::signingKey);
        assertEquals("The tool's first signing key could not be created.", refused.getMessage());
        assertEquals("disk full", refused.getCause().getMessage());
    }
}
