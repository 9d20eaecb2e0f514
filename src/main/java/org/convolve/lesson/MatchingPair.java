package org.convolve.lesson;

/** A term, the definition it belongs to, and what to tell a learner who matched it wrongly. */
public record MatchingPair(String id, String term, String definition, String feedbackWhenWrong) {
}
