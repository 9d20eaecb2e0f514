package org.convolve.web;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes rows nobody will read again, on a timer: login states nobody came back for (a closed tab,
 * a bot at the public login URL) and launch sessions that have expired and been followed by a newer
 * one of the same person in the same course. Left alone, both grow with every launch for good.
 */
final class ExpiredRowSweep implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ExpiredRowSweep.class);

    /** One kind of row to delete; {@code delete} returns how many it deleted. */
    record Task(String rows, IntSupplier delete) {
    }

    private final List<Task> tasks;
    private final ScheduledExecutorService executor;

    private ExpiredRowSweep(List<Task> tasks) {
        this.tasks = List.copyOf(tasks);
        this.executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "expired-row-sweep");
            thread.setDaemon(true);
            return thread;
        });
    }

    static ExpiredRowSweep every(Duration period, List<Task> tasks) {
        ExpiredRowSweep sweep = new ExpiredRowSweep(tasks);
        sweep.executor.scheduleWithFixedDelay(sweep::sweepSafely, period.toMillis(), period.toMillis(),
                TimeUnit.MILLISECONDS);
        return sweep;
    }

    /** @return how many rows were deleted, all tasks together */
    int sweepOnce() {
        return tasks.stream().mapToInt(task -> task.delete().getAsInt()).sum();
    }

    private void sweepSafely() {
        for (Task task : tasks) {
            try {
                task.delete().getAsInt();
            } catch (RuntimeException e) {
                // The database may be briefly away; the rows keep until the next sweep.
                LOG.warn("Could not delete {} this time: {}", task.rows(), e.toString());
            }
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
