package org.convolve.storage;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.convolve.lti.login.LoginStateStore;
import org.convolve.lti.login.PendingLogin;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

public final class JdbcLoginStateStore implements LoginStateStore {
    private static final RowMapper<PendingLogin> PENDING_LOGIN = (rs, ctx) -> new PendingLogin(
            rs.getString("state"), rs.getString("nonce"), rs.getString("issuer"), rs.getString("client_id"),
            rs.getString("target_link_uri"), rs.getString("browser_binding"),
            Instant.ofEpochMilli(rs.getLong("expires_at")));

    private static final String TAKE_ON_POSTGRES = "DELETE FROM login_state WHERE state = :state RETURNING *";
    private static final String TAKE_ON_H2 = "SELECT * FROM OLD TABLE (DELETE FROM login_state WHERE state = :state)";

    private final Jdbi jdbi;
    private final Clock clock;
    private final String take;

    public JdbcLoginStateStore(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.take = "PostgreSQL".equals(productName(jdbi)) ? TAKE_ON_POSTGRES : TAKE_ON_H2;
    }

    private static String productName(Jdbi jdbi) {
        try {
            return jdbi.withHandle(handle -> handle.getConnection().getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            throw new IllegalStateException("The database does not say what it is", e);
        }
    }

    @Override
    public void save(PendingLogin login) {
        jdbi.useHandle(handle -> handle.createUpdate("INSERT INTO login_state (state, nonce, issuer, client_id,"
                        + " target_link_uri, browser_binding, expires_at)"
                        + " VALUES (:state, :nonce, :issuer, :client, :target, :binding, :expires)")
                .bind("state", login.state()).bind("nonce", login.nonce())
                .bind("issuer", login.issuer()).bind("client", login.clientId())
                .bind("target", login.targetLinkUri()).bind("binding", login.browserBindingHash())
                .bind("expires", login.expiresAt().toEpochMilli())
                .execute());
    }

    /**
     * Only the instance whose DELETE removes the row gets the login, so a state works once across
     * instances. The row comes back from the DELETE itself (the two databases spell that
     * differently): one statement, and no transaction, at every launch.
     */
    @Override
    public Optional<PendingLogin> consume(String state) {
        if (state == null || state.length() > 64) {
            return Optional.empty();
        }
        return jdbi.withHandle(handle -> handle.createQuery(take).bind("state", state).map(PENDING_LOGIN).findOne())
                .filter(login -> !login.expiredAt(clock.instant()));
    }

    @Override
    public Optional<PendingLogin> peek(String state) {
        if (state == null || state.length() > 64) {
            return Optional.empty();
        }
        return jdbi.withHandle(handle -> handle.createQuery("SELECT * FROM login_state WHERE state = :state")
                .bind("state", state)
                .map(PENDING_LOGIN)
                .findOne()
                .filter(login -> !login.expiredAt(clock.instant())));
    }

    public int deleteExpired() {
        return jdbi.withHandle(handle -> handle.createUpdate("DELETE FROM login_state WHERE expires_at < :now")
                .bind("now", clock.millis()).execute());
    }
}
