package org.convolve.storage;

import com.nimbusds.jose.jwk.RSAKey;
import java.text.ParseException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.convolve.lti.keys.StoredKey;
import org.convolve.lti.keys.ToolKeyRepository;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementException;

/**
 * Key pairs kept in the database so that every tool instance signs with the same key and a
 * restart never invents a new one. {@code purpose} separates the tool's keys from the sandbox platform's.
 */
public final class JdbcToolKeyRepository implements ToolKeyRepository {
    private final Jdbi jdbi;
    private final String purpose;

    public JdbcToolKeyRepository(Jdbi jdbi, String purpose) {
        this.jdbi = jdbi;
        this.purpose = purpose;
    }

    @Override
    public List<StoredKey> all() {
        return jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT jwk, created_at, retire_at FROM rsa_key WHERE purpose = :purpose ORDER BY created_at")
                .bind("purpose", purpose)
                .map((rs, ctx) -> {
                    long retire = rs.getLong("retire_at");
                    Optional<Instant> retireAt = rs.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(retire));
                    return new StoredKey(parse(rs.getString("jwk")), Instant.ofEpochMilli(rs.getLong("created_at")), retireAt);
                })
                .list());
    }

    @Override
    public void add(StoredKey key) {
        jdbi.useHandle(handle -> insert(handle, key));
    }

    private void insert(Handle handle, StoredKey key) {
        handle.createUpdate(
                        "INSERT INTO rsa_key (kid, purpose, jwk, created_at, retire_at) VALUES (:kid, :purpose, :jwk, :created, :retire)")
                .bind("kid", key.kid()).bind("purpose", purpose).bind("jwk", key.key().toJSONString())
                .bind("created", key.createdAt().toEpochMilli())
                .bind("retire", key.retireAt().map(Instant::toEpochMilli).orElse(null))
                .execute();
    }

    /** The row in rsa_key_first, one per purpose, is what only one instance can insert. */
    @Override
    public boolean addFirst(StoredKey key) {
        try {
            jdbi.useTransaction(handle -> {
                handle.createUpdate("INSERT INTO rsa_key_first (purpose) VALUES (:purpose)")
                        .bind("purpose", purpose).execute();
                insert(handle, key);
            });
            return true;
        } catch (StatementException e) {
            if (UniqueViolation.causedBy(e)) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public void update(StoredKey key) {
        jdbi.useHandle(handle -> handle.createUpdate("UPDATE rsa_key SET retire_at = :retire WHERE kid = :kid")
                .bind("kid", key.kid()).bind("retire", key.retireAt().map(Instant::toEpochMilli).orElse(null))
                .execute());
    }

    private static RSAKey parse(String json) {
        try {
            return RSAKey.parse(json);
        } catch (ParseException e) {
            throw new IllegalStateException("A stored key is not a valid RSA JWK", e);
        }
    }
}
