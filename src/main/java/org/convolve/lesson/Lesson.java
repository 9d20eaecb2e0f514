package org.convolve.lesson;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Optional;

/**
 * One lesson as its content file describes it. The loader only hands out lessons that passed
 * validation, so the web layer may rely on every activity section resolving to an activity.
 */
public record Lesson(
        String id,
        String title,
        String subject,
        @JsonProperty(required = true) int minutes,
        @JsonProperty(required = true) int xp,
        List<Section> sections,
        List<Activity> activities) {

    public Lesson {
        sections = Copies.list(sections);
        activities = Copies.list(activities);
    }

    /** Activities in the order a learner meets them on the page, not the order of the file. */
    public List<Activity> activitiesInPageOrder() {
        return sections.stream()
                .filter(ActivitySection.class::isInstance)
                .map(section -> ((ActivitySection) section).activity())
                .map(this::activity)
                .flatMap(Optional::stream)
                .toList();
    }

    public Optional<Activity> activity(String activityId) {
        return activities.stream().filter(a -> a.id().equals(activityId)).findFirst();
    }

    public Optional<Section> section(String sectionId) {
        return sections.stream().filter(s -> s.id().equals(sectionId)).findFirst();
    }

    /**
     * What a link an instructor made to one activity shows: that activity alone, under its own
     * title and out of its own XP, so that its page, its XP bar and its gradebook column agree.
     * How long one activity takes is not in the content file, so its minutes are 0.
     */
    public Optional<Lesson> onlyActivity(String activityId) {
        return activity(activityId).map(activity -> new Lesson(id, activity.title(), subject, 0,
                activity.xpAvailable(), List.of(new ActivitySection(activity.id())), List.of(activity)));
    }

    /** The sum of what the activities can award; validation makes it equal {@link #xp()}. */
    public int totalXp() {
        return activities.stream().mapToInt(Activity::xpAvailable).sum();
    }
}
