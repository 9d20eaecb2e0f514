package org.convolve.progress;

import org.convolve.lesson.Lesson;
import org.convolve.lti.launch.LtiLaunch;
import org.jdbi.v3.core.Handle;

/**
 * Receives the learner's progress after every graded answer, inside the transaction that saved
 * it, so a score to deliver (an AGS outbox row) is stored exactly when the answer is: both or
 * neither. An exception rolls the answer back.
 *
 * <p>Called for every graded answer, an instructor's preview too: {@code launch} carries the
 * roles, and the sink decides what to do with them.
 */
@FunctionalInterface
public interface EarnedScoreSink {

    EarnedScoreSink NONE = (tx, launch, lesson, after) -> {
    };

    void record(Handle tx, LtiLaunch launch, Lesson lesson, LessonProgress after);
}
