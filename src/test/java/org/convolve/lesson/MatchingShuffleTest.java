package org.convolve.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class MatchingShuffleTest {
    private static final MatchingActivity ACTIVITY = new MatchingActivity("match-terms", "Match", "Match them.", 5,
            List.of(pair("filter"), pair("feature-map"), pair("weight-sharing"), pair("max-pooling"), pair("relu")));

    /** What learner-17 saw when these tests were written; changing it would reshuffle live pages. */
    private static final List<String> PINNED_TERMS =
            List.of("weight-sharing", "filter", "relu", "max-pooling", "feature-map");
    private static final List<String> PINNED_DEFINITIONS =
            List.of("relu", "feature-map", "weight-sharing", "max-pooling", "filter");

    @Test
    void the_same_learner_always_gets_the_same_order() {
        assertEquals(MatchingShuffle.forLearner("learner-17", ACTIVITY), MatchingShuffle.forLearner("learner-17", ACTIVITY));
    }

    @Test
    void the_order_is_pinned_so_an_upgrade_does_not_reshuffle_a_learner_mid_activity() {
        MatchingLayout layout = MatchingShuffle.forLearner("learner-17", ACTIVITY);
        assertEquals(PINNED_TERMS, ids(layout.terms()));
        assertEquals(PINNED_DEFINITIONS, ids(layout.definitions()));
    }

    @Test
    void different_learners_usually_get_different_orders() {
        Set<List<String>> orders = new HashSet<>();
        int differFromNeighbour = 0;
        List<String> previous = null;
        for (int i = 0; i < 200; i++) {
            List<String> order = ids(MatchingShuffle.forLearner("learner-" + i, ACTIVITY).definitions());
            orders.add(order);
            if (previous != null && !order.equals(previous)) {
                differFromNeighbour++;
            }
            previous = order;
        }
        // 120 possible orders of five; 200 learners should reach most of them, and neighbours rarely collide.
        assertTrue(orders.size() > 80, "distinct orders: " + orders.size());
        assertTrue(differFromNeighbour > 180, "neighbours with a different order: " + differFromNeighbour);
    }

    @Test
    void the_same_learner_gets_a_different_order_in_another_activity() {
        MatchingActivity other = new MatchingActivity("other-terms", "Match", "Match them.", 5, ACTIVITY.pairs());
        long differing = IntStream.range(0, 50)
                .filter(i -> !MatchingShuffle.forLearner("learner-" + i, ACTIVITY)
                        .equals(MatchingShuffle.forLearner("learner-" + i, other)))
                .count();
        assertTrue(differing > 45, "differing: " + differing);
    }

    @Test
    void every_pair_appears_exactly_once_in_each_column() {
        MatchingLayout layout = MatchingShuffle.forLearner("learner-3", ACTIVITY);
        assertEquals(Set.copyOf(ACTIVITY.pairs()), Set.copyOf(layout.terms()));
        assertEquals(Set.copyOf(ACTIVITY.pairs()), Set.copyOf(layout.definitions()));
        assertEquals(5, layout.terms().size());
        assertEquals(5, layout.definitions().size());
    }

    @Test
    void definitions_never_sit_beside_their_own_terms_all_at_once() {
        for (int i = 0; i < 2000; i++) {
            MatchingLayout layout = MatchingShuffle.forLearner("learner-" + i, ACTIVITY);
            assertNotEquals(layout.terms(), layout.definitions(), "learner-" + i);
        }
    }

    private static List<String> ids(List<MatchingPair> pairs) {
        return pairs.stream().map(MatchingPair::id).toList();
    }

    private static MatchingPair pair(String id) {
        return new MatchingPair(id, "term " + id, "definition " + id, "feedback " + id);
    }
}
