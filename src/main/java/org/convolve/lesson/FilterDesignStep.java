package org.convolve.lesson;

/** The step where the learner designs a filter of their own for the server to probe. */
public record FilterDesignStep(String prompt, String hint) {
}
