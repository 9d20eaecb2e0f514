package org.convolve.gradesync;

/**
 * A score this worker holds the lease on.
 *
 * @param firstForTarget no score for its learner and line item had reached the platform when it was
 *                       claimed (a "yes" can go stale, so {@link GradeDelivery} asks again before sending)
 */
record ClaimedScore(OutboxEntry entry, boolean firstForTarget) {
}
