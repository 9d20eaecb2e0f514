package org.convolve.web;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.convolve.storage.JdbcLoginStateStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes login states nobody came back for: a launch deletes its own, but a closed tab or a bot
 * at the public login URL leaves one behind each time, and they would pile up for good.
 */
final class ExpiredLoginSweep implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ExpiredLoginSweep.class);

    private final JdbcLoginStateStore states;
    private final ScheduledExecutorService executor;

    private ExpiredLoginSweep(JdbcLoginStateStore states) {
        this.states = states;
        this.executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "expired-login-sweep");
            thread.setDaemon(true);
            return thread;
        });
    }

    static ExpiredLoginSweep every(Duration period, JdbcLoginStateStore states) {
        ExpiredLoginSweep sweep = new ExpiredLoginSweep(states);
        sweep.executor.scheduleWithFixedDelay(sweep::sweepSafely, period.toMillis(), period.toMillis(),
                TimeUnit.MILLISECONDS);
        return sweep;
    }

    /** @return how many expired login states were deleted */
    int sweepOnce() {
        return states.deleteExpired();
    }

    private void sweepSafely() {
        try {
            sweepOnce();
        } catch (RuntimeException e) {
            // The database may be briefly away; the rows keep until the next sweep.
            LOG.warn("Could not delete expired login states this time: {}", e.toString());
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
