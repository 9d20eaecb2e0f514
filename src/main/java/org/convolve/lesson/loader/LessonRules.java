package org.convolve.lesson.loader;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.convolve.lesson.Activity;
import org.convolve.lesson.ActivitySection;
import org.convolve.lesson.CalloutSection;
import org.convolve.lesson.ConvolutionGridActivity;
import org.convolve.lesson.Lesson;
import org.convolve.lesson.MatchingActivity;
import org.convolve.lesson.MultipleChoiceActivity;
import org.convolve.lesson.ReadingSection;
import org.convolve.lesson.Section;

/** The lesson-wide rules: header fields, ids, page placement of activities, and the XP total. */
final class LessonRules {
    /** Ids end up in URLs, HTML anchors and gradebook line items, so they stay plain. */
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private LessonRules() {
    }

    static List<String> problemsIn(Lesson lesson) {
        Problems problems = new Problems();
        checkHeader(lesson, problems);
        checkSections(lesson, problems);
        for (int i = 0; i < lesson.activities().size(); i++) {
            checkActivity(lesson.activities().get(i), i, problems);
        }
        checkIdsAreUnique(lesson, problems);
        checkEveryActivityPlacedOnce(lesson, problems);
        checkXpTotal(lesson, problems);
        return problems.all();
    }

    private static void checkHeader(Lesson lesson, Problems problems) {
        checkId("lesson", lesson.id(), problems);
        problems.requireText("lesson", "title", lesson.title());
        problems.requireText("lesson", "subject", lesson.subject());
        if (lesson.minutes() <= 0) {
            problems.add("lesson", "minutes must be more than 0, found " + lesson.minutes());
        }
        problems.requireNotNegative("lesson", "xp", lesson.xp());
        if (lesson.sections().isEmpty()) {
            problems.add("lesson", "sections are missing");
        }
    }

    private static void checkSections(Lesson lesson, Problems problems) {
        for (int i = 0; i < lesson.sections().size(); i++) {
            Section section = lesson.sections().get(i);
            String where = "sections[" + i + "]";
            if (section == null) {
                problems.add(where, "section is empty");
            } else if (section instanceof ReadingSection reading) {
                checkText(where, reading.id(), reading.title(), reading.paragraphs(), problems);
            } else if (section instanceof CalloutSection callout) {
                checkText(where, callout.id(), callout.title(), callout.paragraphs(), problems);
            } else if (section instanceof ActivitySection placed) {
                if (placed.activity() == null || placed.activity().isBlank()) {
                    problems.add(where, "activity is missing (which activity id goes here?)");
                } else if (lesson.activity(placed.activity()).isEmpty()) {
                    problems.add(where, "refers to activity '" + placed.activity()
                            + "', but no activity has that id");
                }
            }
        }
    }

    private static void checkText(String where, String id, String title, List<String> paragraphs,
            Problems problems) {
        String named = id == null ? where : where + " '" + id + "'";
        checkId(named, id, problems);
        problems.requireText(named, "title", title);
        problems.requireTexts(named, "paragraphs", paragraphs);
    }

    private static void checkActivity(Activity activity, int index, Problems problems) {
        if (activity == null) {
            problems.add("activities[" + index + "]", "activity is empty");
            return;
        }
        String where = activity.id() == null
                ? "activities[" + index + "]"
                : "activity '" + activity.id() + "'";
        checkId(where, activity.id(), problems);
        problems.requireText(where, "title", activity.title());
        problems.requireText(where, "instructions", activity.instructions());
        problems.requireNotNegative(where, "xp", activity.xp());
        if (activity instanceof MatchingActivity matching) {
            MatchingRules.check(where, matching, problems);
        } else if (activity instanceof MultipleChoiceActivity choice) {
            MultipleChoiceRules.check(where, choice, problems);
        } else if (activity instanceof ConvolutionGridActivity grid) {
            ConvolutionGridRules.check(where, grid, problems);
        }
    }

    private static void checkId(String where, String id, Problems problems) {
        if (id == null || id.isBlank()) {
            problems.add(where, "id is missing");
        } else if (!ID.matcher(id).matches()) {
            problems.add(where, "id '" + id + "' must use only lower-case letters, digits and single hyphens");
        }
    }

    /** Sections and activities share one namespace because both become anchors on the same page. */
    private static void checkIdsAreUnique(Lesson lesson, Problems problems) {
        Set<String> seen = new HashSet<>();
        lesson.sections().stream()
                .filter(s -> s != null && !(s instanceof ActivitySection))
                .map(Section::id)
                .forEach(id -> reportIfSeen(id, seen, problems));
        lesson.activities().stream()
                .filter(a -> a != null)
                .map(Activity::id)
                .forEach(id -> reportIfSeen(id, seen, problems));
    }

    private static void reportIfSeen(String id, Set<String> seen, Problems problems) {
        if (id != null && !id.isBlank() && !seen.add(id)) {
            problems.add("lesson", "duplicate id '" + id + "' (section and activity ids must all differ)");
        }
    }

    private static void checkEveryActivityPlacedOnce(Lesson lesson, Problems problems) {
        Map<String, Integer> placements = new HashMap<>();
        for (Section section : lesson.sections()) {
            if (section instanceof ActivitySection placed && placed.activity() != null) {
                placements.merge(placed.activity(), 1, Integer::sum);
            }
        }
        for (Activity activity : lesson.activities()) {
            if (activity == null || activity.id() == null) {
                continue;
            }
            int count = placements.getOrDefault(activity.id(), 0);
            if (count == 0) {
                problems.add("activity '" + activity.id() + "'",
                        "is not placed in any section (add a section with kind: activity)");
            } else if (count > 1) {
                problems.add("activity '" + activity.id() + "'", "is placed in " + count
                        + " sections; an activity appears once on the page");
            }
        }
    }

    private static void checkXpTotal(Lesson lesson, Problems problems) {
        int sum = lesson.activities().stream().filter(a -> a != null).mapToInt(Activity::xp).sum();
        if (sum != lesson.xp()) {
            problems.add("lesson", "xp is " + lesson.xp() + " but the activities' xp adds up to " + sum);
        }
    }
}
