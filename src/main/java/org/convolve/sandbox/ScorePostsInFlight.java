package org.convolve.sandbox;

import java.util.HashMap;
import java.util.Map;

/**
 * Counts the score posts the sandbox is answering at once: the most seen overall (Canvas's rate
 * limit punishes a tool that sends many in parallel), and how often two for one learner and line
 * item overlapped (their order would then be left to chance).
 */
public final class ScorePostsInFlight {
    private final Map<String, Integer> byTarget = new HashMap<>();
    private int now;
    private int most;
    private int sameTargetOverlaps;

    /** A post being answered; closing it marks it answered. */
    interface Post extends AutoCloseable {
        @Override
        void close();
    }

    synchronized Post begin(long itemId, String userId) {
        String target = itemId + "/" + userId;
        now++;
        most = Math.max(most, now);
        if (byTarget.merge(target, 1, Integer::sum) > 1) {
            sameTargetOverlaps++;
        }
        return () -> end(target);
    }

    private synchronized void end(String target) {
        now--;
        byTarget.computeIfPresent(target, (key, count) -> count == 1 ? null : count - 1);
    }

    public synchronized int most() {
        return most;
    }

    public synchronized int sameTargetOverlaps() {
        return sameTargetOverlaps;
    }
}
