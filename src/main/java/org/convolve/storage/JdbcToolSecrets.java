package org.convolve.storage;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * Random keys shared by every tool instance through the database. The first instance to ask
 * creates the key; one that loses that race reads the winner's.
 */
public final class JdbcToolSecrets {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Jdbi jdbi;
    private final Clock clock;

    public JdbcToolSecrets(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /** The 256-bit key with this name, created on first use. */
    public byte[] secret(String name) {
        return read(name).orElseGet(() -> {
            byte[] fresh = new byte[32];
            RANDOM.nextBytes(fresh);
            try {
                jdbi.useHandle(handle -> handle.createUpdate(
                                "INSERT INTO tool_secret (name, secret, created_at) VALUES (:name, :secret, :now)")
                        .bind("name", name)
                        .bind("secret", Base64.getUrlEncoder().withoutPadding().encodeToString(fresh))
                        .bind("now", clock.millis())
                        .execute());
            } catch (UnableToExecuteStatementException e) {
                if (!UniqueViolation.causedBy(e)) {
                    throw e;
                }
            }
            return read(name).orElseThrow(() -> new IllegalStateException("The secret " + name + " could not be stored"));
        });
    }

    private java.util.Optional<byte[]> read(String name) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT secret FROM tool_secret WHERE name = :name")
                .bind("name", name).mapTo(String.class).findOne()
                .map(value -> Base64.getUrlDecoder().decode(value)));
    }
}
