package org.convolve.lti.keys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.jwk.JWK;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** The first key pair is made on a thread of its own at start; whatever signs waits for it. */
class FirstKeyInBackgroundTest {

    /** Keeps keys in memory and counts what it was asked to add. */
    private static class MemoryKeys implements ToolKeyRepository {
        final List<StoredKey> keys = new CopyOnWriteArrayList<>();

        @Override
        public List<StoredKey> all() {
            return List.copyOf(keys);
        }

        @Override
        public void add(StoredKey key) {
            keys.add(key);
        }

        @Override
        public void update(StoredKey key) {
            keys.replaceAll(k -> k.kid().equals(key.kid()) ? key : k);
        }
    }

    @Test
    void signingWaitsForTheFirstKeyAndThenPublishesExactlyIt() {
        MemoryKeys repository = new MemoryKeys();
        ToolKeys keys = new ToolKeys(repository, Clock.systemUTC());

        keys.ensureSigningKeyInBackground();
        String signing = keys.signingKey().getKeyID();

        assertEquals(1, repository.keys.size());
        assertEquals(List.of(signing), keys.publicKeySet().getKeys().stream().map(JWK::getKeyID).toList());
        assertTrue(keys.signingKey().isPrivate());
    }

    @Test
    void aKeptKeyIsNotReplacedAtTheNextStart() {
        MemoryKeys repository = new MemoryKeys();
        ToolKeys firstStart = new ToolKeys(repository, Clock.systemUTC());
        firstStart.ensureSigningKeyInBackground();
        String kept = firstStart.signingKey().getKeyID();

        ToolKeys secondStart = new ToolKeys(repository, Clock.systemUTC());
        secondStart.ensureSigningKeyInBackground();

        assertEquals(kept, secondStart.signingKey().getKeyID());
        assertEquals(1, repository.keys.size());
    }

    @Test
    void aFirstKeyAnotherInstanceMadeAfterThisOneLookedIsFoundAtOnce() {
        MemoryKeys repository = new MemoryKeys();
        ToolKeys keys = new ToolKeys(repository, Clock.systemUTC());
        assertTrue(keys.publicKeySet().getKeys().isEmpty(), "nothing yet, and that is remembered for a while");

        ToolKeys otherInstance = new ToolKeys(repository, Clock.systemUTC());
        otherInstance.ensureSigningKey();

        assertEquals(otherInstance.signingKey().getKeyID(), keys.signingKey().getKeyID());
    }

    @Test
    void aFailedGenerationSaysSoWhenSomethingNeedsTheKey() {
        ToolKeyRepository broken = new MemoryKeys() {
            @Override
            public void add(StoredKey key) {
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
