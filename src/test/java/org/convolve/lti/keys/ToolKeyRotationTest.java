package org.convolve.lti.keys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.convolve.storage.Database;
import org.convolve.storage.JdbcToolKeyRepository;
import org.convolve.testing.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Rotation as it happens in production: the keys-rotate command (one ToolKeys) changes the
 * database while a running instance (another ToolKeys) keeps serving the JWKS and signing.
 */
class ToolKeyRotationTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
    private Database database;
    private ToolKeys runningInstance;
    private ToolKeys rotateCommand;

    @BeforeEach
    void start() {
        database = Database.open("jdbc:h2:mem:keys-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "", 2);
        runningInstance = new ToolKeys(new JdbcToolKeyRepository(database.jdbi(), "tool"), clock);
        runningInstance.ensureSigningKey();
        clock.advance(Duration.ofDays(30)); // the tool has been running a while when someone rotates
        rotateCommand = new ToolKeys(new JdbcToolKeyRepository(database.jdbi(), "tool"), clock);
    }

    @AfterEach
    void stop() {
        database.close();
    }

    private List<String> publishedKids() {
        return runningInstance.publicKeySet().getKeys().stream().map(JWK::getKeyID).toList();
    }

    @Test
    void aRunningInstancePublishesANewKeyWithinAMinuteAndSignsWithItOncePlatformsCanHaveFetchedIt() {
        String oldKid = runningInstance.signingKey().getKeyID();
        String newKid = rotateCommand.rotate(Duration.ofHours(24)).kid();
        assertNotEquals(oldKid, newKid);

        clock.advance(Duration.ofMinutes(1));
        assertEquals(List.of(oldKid, newKid), publishedKids());
        assertEquals(oldKid, runningInstance.signingKey().getKeyID(),
                "a platform that fetched the key set a minute ago does not know the new key");

        clock.advance(ToolKeys.ANNOUNCEMENT);
        assertEquals(newKid, runningInstance.signingKey().getKeyID());
        assertEquals(newKid, rotateCommand.signingKey().getKeyID());
    }

    @Test
    void aKeyRetiredAtOnceHandsSigningToTheNewKeyAtOnce() {
        String newKid = rotateCommand.rotate(Duration.ZERO).kid();

        clock.advance(Duration.ofMinutes(1));

        assertEquals(List.of(newKid), publishedKids());
        assertEquals(newKid, runningInstance.signingKey().getKeyID(), "only a published key may sign");
    }

    @Test
    void theOldKeyLeavesTheKeySetWhenTheGracePeriodEnds() {
        String oldKid = runningInstance.signingKey().getKeyID();
        String newKid = rotateCommand.rotate(Duration.ofHours(2)).kid();

        clock.advance(Duration.ofMinutes(119));
        assertEquals(List.of(oldKid, newKid), publishedKids());

        clock.advance(Duration.ofMinutes(2));
        assertEquals(List.of(newKid), publishedKids());
    }

    @Test
    void aSignatureMadeAfterRotationCarriesTheNewKidAndVerifiesWithThePublishedKey() throws Exception {
        rotateCommand.rotate(Duration.ofHours(24));
        clock.advance(ToolKeys.ANNOUNCEMENT.plusMinutes(1));

        RSAKey signing = runningInstance.signingKey();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(signing.getKeyID()).build(),
                new JWTClaimsSet.Builder().issuer("convolve").build());
        jwt.sign(new RSASSASigner(signing));

        RSAKey published = (RSAKey) runningInstance.publicKeySet().getKeyByKeyId(jwt.getHeader().getKeyID());
        assertEquals(rotateCommand.signingKey().getKeyID(), jwt.getHeader().getKeyID());
        assertEquals(true, jwt.verify(new RSASSAVerifier(published)));
        assertEquals(false, published.isPrivate(), "the JWKS must never carry a private key");
    }
}
