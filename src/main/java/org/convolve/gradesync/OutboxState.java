package org.convolve.gradesync;

/** Where a score stands on its way to the gradebook. */
public enum OutboxState {
    /** Waiting for its first or next attempt, or being delivered right now. */
    PENDING,
    DELIVERED,
    /** The platform answered that it will not take this score; its answer is kept. */
    REFUSED,
    /** A newer score for the same learner and line item replaced it before it was delivered. */
    SUPERSEDED
}
