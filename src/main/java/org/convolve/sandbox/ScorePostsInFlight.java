package org.convolve.sandbox;

/**
 * Counts the score posts the sandbox is answering at once, and the most seen: Canvas's rate limit
 * punishes a tool that sends many in parallel.
 */
public final class ScorePostsInFlight {
    private int now;
    private int most;

    /** A post being answered; closing it marks it answered. */
    interface Post extends AutoCloseable {
        @Override
        void close();
    }

    synchronized Post begin() {
        now++;
        most = Math.max(most, now);
        return this::end;
    }

    private synchronized void end() {
        now--;
    }

    public synchronized int most() {
        return most;
    }
}
