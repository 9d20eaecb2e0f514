package org.convolve.grading;

/** One check of a learner's filter, with the numbers behind it in words. */
public record CriterionOutcome(FilterCriterion criterion, boolean passed, Xp xp, String explanation) {
}
