package org.convolve.lesson;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Gives each learner their own, stable order of an activity's items.
 *
 * <p>The order is a pure function of learner id, activity id and list, so it survives reloads,
 * relaunches and requests served by another tool instance without being stored. The seed comes
 * from SHA-256 rather than {@code String.hashCode} to spread similar ids apart, and the
 * Fisher-Yates loop uses {@link Random}, whose sequence the JDK specifies exactly, so orders never
 * change across JVMs.
 */
final class LearnerOrder {
    private LearnerOrder() {
    }

    /** @param list which of the activity's lists this is, so that two lists of one activity get different orders */
    static <T> List<T> shuffled(List<T> items, String learnerId, String activityId, String list) {
        List<T> copy = new ArrayList<>(items);
        Random random = new Random(seed(learnerId, activityId, list));
        for (int i = copy.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            T swap = copy.get(i);
            copy.set(i, copy.get(j));
            copy.set(j, swap);
        }
        return copy;
    }

    private static long seed(String learnerId, String activityId, String list) {
        byte[] digest = sha256(learnerId + '\u0000' + activityId + '\u0000' + list);
        long seed = 0;
        for (int i = 0; i < Long.BYTES; i++) {
            seed = (seed << 8) | (digest[i] & 0xff);
        }
        return seed;
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK ships SHA-256", e);
        }
    }
}
