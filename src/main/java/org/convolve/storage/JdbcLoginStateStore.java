package org.convolve.storage;

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

    private final Jdbi jdbi;
    private final Clock clock;

    public JdbcLoginStateStore(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
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
     * instances. No transaction is needed around the two statements: a login row never changes
     * once written, and the DELETE's count alone decides who consumed it (on PostgreSQL this saves
     * the COMMIT's round trip at every launch).
     */
    @Override
    public Optional<PendingLogin> consume(String state) {
        if (state == null || state.length() > 64) {
            return Optional.empty();
        }
        return jdbi.withHandle(handle -> {
            Optional<PendingLogin> login = handle.createQuery("SELECT * FROM login_state WHERE state = :state")
                    .bind("state", state)
                    .map(PENDING_LOGIN)
                    .findOne();
            if (login.isEmpty()) {
                return login;
            }
            int deleted = handle.createUpdate("DELETE FROM login_state WHERE state = :state").bind("state", state).execute();
            return deleted == 1 && !login.get().expiredAt(clock.instant()) ? login : Optional.empty();
        });
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
