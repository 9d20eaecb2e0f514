package org.convolve.progress;

import org.convolve.lesson.Lesson;
import org.convolve.lti.launch.LtiLaunch;

/** Saves a graded answer and hands the learner's new progress to the score sink, in one transaction. */
public final class AnswerRecorder {
    private final ProgressStore store;
    private final EarnedScoreSink scores;

    public AnswerRecorder(ProgressStore store, EarnedScoreSink scores) {
        this.store = store;
        this.scores = scores;
    }

    public LessonProgress record(LtiLaunch launch, Lesson lesson, LearnerKey key, Answer answer) {
        return store.save(key, answer, (tx, after) -> {
            if (answer.isGraded()) {
                scores.record(tx, launch, lesson, after);
            }
        });
    }

    public LessonProgress load(LearnerKey key) {
        return store.load(key);
    }
}
