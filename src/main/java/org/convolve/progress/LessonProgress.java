package org.convolve.progress;

import java.util.List;
import java.util.Optional;
import org.convolve.lesson.Activity;
import org.convolve.lesson.Lesson;

/** Everything one learner has done in one placed lesson. */
public record LessonProgress(LearnerKey key, List<PartProgress> parts) {

    public LessonProgress {
        parts = List.copyOf(parts);
    }

    public static LessonProgress empty(LearnerKey key) {
        return new LessonProgress(key, List.of());
    }

    public Optional<PartProgress> part(String activityId, Part part) {
        return parts.stream().filter(p -> p.activityId().equals(activityId) && p.part() == part).findFirst();
    }

    /** The stored part, or an untouched one worth what the lesson says. */
    public PartProgress partOf(Activity activity, Part part) {
        return part(activity.id(), part)
                .orElseGet(() -> PartProgress.untouched(activity.id(), part, ActivityParts.xpAvailable(activity, part)));
    }

    /** An activity counts the best result of each of its parts. */
    public double activityXp(Activity activity) {
        return ActivityParts.of(activity).stream()
                .mapToDouble(part -> Math.min(partOf(activity, part).bestXp(), ActivityParts.xpAvailable(activity, part)))
                .sum();
    }

    /** The lesson's XP: the sum over activities of each activity's best. */
    public double xpEarned(Lesson lesson) {
        return lesson.activities().stream().mapToDouble(this::activityXp).sum();
    }

    public boolean activityAnswered(Activity activity) {
        return ActivityParts.of(activity).stream().allMatch(part -> partOf(activity, part).answered());
    }

    /**
     * Completed means every graded part of every activity has been answered at least once, right
     * or wrong: the learner went through the whole lesson. The score says how well.
     */
    public boolean completed(Lesson lesson) {
        return lesson.activities().stream().allMatch(this::activityAnswered);
    }

    public long activitiesAnswered(Lesson lesson) {
        return lesson.activities().stream().filter(this::activityAnswered).count();
    }
}
