package org.convolve.gradesync;

/**
 * A score this worker holds the lease on.
 *
 * @param firstForTarget no score for its learner and line item reached the platform before it
 */
record ClaimedScore(OutboxEntry entry, boolean firstForTarget) {
}
