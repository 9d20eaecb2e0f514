package org.convolve.lesson;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Gives each learner their own, stable order of terms and definitions.
 *
 * <p>The order is a pure function of learner id and activity id, so it survives reloads, relaunches
 * and requests served by another tool instance without being stored. The seed comes from SHA-256
 * rather than {@code String.hashCode} to spread similar ids apart, and the Fisher-Yates loop uses
 * {@link Random}, whose sequence the JDK specifies exactly, so orders never change across JVMs.
 */
public final class MatchingShuffle {
    private MatchingShuffle() {
    }

    public static MatchingLayout forLearner(String learnerId, MatchingActivity activity) {
        List<MatchingPair> terms = shuffled(activity.pairs(), seed(learnerId, activity.id(), "terms"));
        List<MatchingPair> definitions = shuffled(activity.pairs(), seed(learnerId, activity.id(), "definitions"));
        if (terms.size() > 1 && terms.equals(definitions)) {
            // Definitions lined up beside their own terms would give the answers away.
            definitions.add(definitions.remove(0));
        }
        return new MatchingLayout(terms, definitions);
    }

    private static List<MatchingPair> shuffled(List<MatchingPair> pairs, long seed) {
        List<MatchingPair> copy = new ArrayList<>(pairs);
        Random random = new Random(seed);
        for (int i = copy.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            MatchingPair swap = copy.get(i);
            copy.set(i, copy.get(j));
            copy.set(j, swap);
        }
        return copy;
    }

    private static long seed(String learnerId, String activityId, String column) {
        byte[] digest = sha256(learnerId + '\u0000' + activityId + '\u0000' + column);
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
