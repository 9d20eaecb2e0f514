package org.convolve.progress;

import org.convolve.lti.launch.LtiLaunch;
import org.jdbi.v3.core.Handle;

/**
 * Receives the learner's lesson score after every saved answer, inside the transaction that saved
 * it, so a score to deliver (for example an AGS outbox row) is stored exactly when the answer is.
 *
 * <p>Called for every graded answer, also an instructor's preview: {@code launch} carries the
 * roles, and the sink decides what to do with them. {@code xpEarned} is the sum over activities of
 * each activity's best XP; {@code lessonCompleted} is true once every graded part of every
 * activity has been answered at least once. An exception rolls the answer back.
 */
@FunctionalInterface
public interface EarnedScoreSink {

    EarnedScoreSink NONE = (tx, launch, lessonId, xpEarned, xpAvailable, lessonCompleted) -> {
    };

    void record(Handle tx, LtiLaunch launch, String lessonId, double xpEarned, double xpAvailable,
                boolean lessonCompleted);
}
