package org.convolve.grading;

/** How one answered item fared. */
public enum Verdict {
    CORRECT,
    WRONG,
    UNANSWERED
}
