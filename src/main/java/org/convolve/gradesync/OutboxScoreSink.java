package org.convolve.gradesync;

import java.time.Clock;
import java.util.Optional;
import org.convolve.lesson.Activity;
import org.convolve.lesson.Lesson;
import org.convolve.lti.launch.LtiLaunch;
import org.convolve.progress.EarnedScoreSink;
import org.convolve.progress.LessonProgress;
import org.jdbi.v3.core.Handle;

/**
 * Turns a saved answer into the score the gradebook should show: the whole lesson's best XP out of
 * its total, or, for a link an instructor made to one activity (custom parameter {@code activity}),
 * that activity's best XP out of its own. Scores are "latest wins", so every answer sends the
 * learner's total so far, never a difference.
 */
public final class OutboxScoreSink implements EarnedScoreSink {
    private final ScoreOutbox outbox;
    private final Clock clock;

    public OutboxScoreSink(ScoreOutbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    @Override
    public void record(Handle tx, LtiLaunch launch, Lesson lesson, LessonProgress after) {
        outbox.enqueue(tx, launch, scoreFor(launch, lesson, after));
    }

    EarnedScore scoreFor(LtiLaunch launch, Lesson lesson, LessonProgress after) {
        Optional<Activity> linked = Optional.ofNullable(launch.custom().get("activity")).flatMap(lesson::activity);
        if (linked.isPresent()) {
            Activity activity = linked.get();
            return EarnedScore.forActivity(lesson.id(), activity.id(), activity.title(), after.activityXp(activity),
                    activity.xpAvailable(), after.activityAnswered(activity), clock.instant());
        }
        return EarnedScore.forLesson(lesson.id(), lesson.title(), after.xpEarned(lesson), lesson.totalXp(),
                after.completed(lesson), clock.instant());
    }
}
