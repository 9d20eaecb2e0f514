package org.convolve.progress;

import org.jdbi.v3.core.Handle;

/** Where learners' answers and progress are kept. */
public interface ProgressStore {

    LessonProgress load(LearnerKey key);

    /**
     * Saves {@code answer} (an attempt row when it is graded, and the part's new best and state)
     * and calls {@code inTransaction} with the progress after it, all in one transaction: if the
     * callback fails, nothing is saved.
     *
     * @throws StaleFormException when the answer's form revision is not the stored one
     */
    LessonProgress save(LearnerKey key, Answer answer, AfterSave inTransaction);

    @FunctionalInterface
    interface AfterSave {
        void accept(Handle tx, LessonProgress progressAfter);
    }
}
