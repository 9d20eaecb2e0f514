package org.convolve.progress;

/** Who gave an answer; instructors' preview answers are stored but kept out of class statistics. */
public enum AnswerRole {
    LEARNER,
    INSTRUCTOR;

    public String slug() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
