package org.convolve.web;

import org.convolve.progress.Answer;

/** What a posted form turned into: an answer to save, or the form sent back with messages. */
sealed interface Submission {

    record Accepted(Answer answer) implements Submission {
    }

    record Rejected(FormEcho echo) implements Submission {
    }
}
