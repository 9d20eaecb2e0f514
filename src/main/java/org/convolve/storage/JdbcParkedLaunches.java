package org.convolve.storage;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.convolve.web.ParkedLaunches;
import org.jdbi.v3.core.Jdbi;

public final class JdbcParkedLaunches implements ParkedLaunches {
    private final Jdbi jdbi;
    private final Duration lifetime;
    private final Clock clock;

    public JdbcParkedLaunches(Jdbi jdbi, Duration lifetime, Clock clock) {
        this.jdbi = jdbi;
        this.lifetime = lifetime;
        this.clock = clock;
    }

    @Override
    public void park(String state, String idToken) {
        jdbi.useTransaction(handle -> {
            handle.createUpdate("DELETE FROM parked_launch WHERE state = :state OR expires_at < :now")
                    .bind("state", state).bind("now", clock.millis()).execute();
            handle.createUpdate("INSERT INTO parked_launch (state, id_token, expires_at) VALUES (:state, :token, :expires)")
                    .bind("state", state).bind("token", idToken)
                    .bind("expires", clock.instant().plus(lifetime).toEpochMilli()).execute();
        });
    }

    /** Only the request whose DELETE removes the row gets the id_token, so a parked launch is used once. */
    @Override
    public Optional<String> take(String state) {
        return jdbi.inTransaction(handle -> {
            Optional<String> token = handle.createQuery(
                            "SELECT id_token FROM parked_launch WHERE state = :state AND expires_at >= :now")
                    .bind("state", state).bind("now", clock.millis()).mapTo(String.class).findOne();
            int deleted = handle.createUpdate("DELETE FROM parked_launch WHERE state = :state").bind("state", state).execute();
            return deleted == 1 ? token : Optional.empty();
        });
    }
}
