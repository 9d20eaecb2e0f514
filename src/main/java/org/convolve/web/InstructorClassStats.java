package org.convolve.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.convolve.lesson.Activity;
import org.convolve.lesson.Lesson;
import org.convolve.lesson.MatchingActivity;
import org.convolve.progress.ClassProgress;
import org.convolve.progress.ClassReport;
import org.convolve.progress.Placement;

/**
 * The class-statistics part of the instructor's view: XP by learner and activity with the class
 * average, the matching pairs placed wrong most often, and the wrong options chosen most often.
 */
final class InstructorClassStats {
    private final ClassProgress progress;

    InstructorClassStats(ClassProgress progress) {
        this.progress = progress;
    }

    Map<String, Object> model(LaunchSession session, Lesson lesson) {
        ClassReport report = progress.report(Placement.of(session.launch(), lesson.id()), lesson);
        List<Activity> activities = lesson.activitiesInPageOrder();
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("activities", activities.stream().map(a -> Map.of(
                "id", a.id(), "title", a.title(), "xp", a.xpAvailable())).toList());
        model.put("lessonXp", lesson.totalXp());
        model.put("learners", report.learners().stream().map(l -> learner(l, activities)).toList());
        model.put("averages", report.averages().stream().map(a -> Map.of(
                "id", a.activity().id(), "text", average(a.average()), "tried", a.learnersTried(),
                "anyTried", a.average().isPresent())).toList());
        model.put("averageTotal", average(report.averageTotal()));
        model.put("missedPairs", report.missedPairs().stream().map(InstructorClassStats::missedPair).toList());
        model.put("questions", report.questions().stream().map(InstructorClassStats::question).toList());
        // A link to one activity has no pairs or questions to report on when that activity is neither.
        boolean matching = activities.stream().anyMatch(MatchingActivity.class::isInstance);
        model.put("hasMatching", matching);
        model.put("hasMostMissed", matching || !report.questions().isEmpty());
        return model;
    }

    private static Map<String, Object> learner(ClassReport.LearnerXp learner, List<Activity> activities) {
        List<Map<String, Object>> cells = new ArrayList<>();
        for (Activity activity : activities) {
            Map<String, Object> cell = new LinkedHashMap<>();
            cell.put("id", activity.id());
            cell.put("tried", learner.xp(activity.id()).isPresent());
            learner.xp(activity.id()).ifPresent(xp -> cell.put("xp", XpText.number(xp)));
            cells.add(cell);
        }
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("subject", learner.subject());
        row.put("name", learner.name().orElse(learner.subject()));
        row.put("cells", cells);
        row.put("total", XpText.number(learner.total()));
        row.put("answered", learner.activitiesAnswered());
        row.put("activityCount", activities.size());
        return row;
    }

    private static Map<String, Object> missedPair(ClassReport.MissedPair missed) {
        return Map.of(
                "id", missed.pair().id(),
                "term", missed.pair().term(),
                "definition", missed.pair().definition(),
                "wrong", missed.learnersWrong(),
                "answered", missed.learnersAnswered(),
                "percent", Math.round(missed.shareWrong() * 100));
    }

    private static Map<String, Object> question(ClassReport.QuestionChoices question) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("id", question.question().id());
        model.put("title", question.question().title());
        model.put("text", question.question().question());
        model.put("answered", question.learnersAnswered());
        model.put("anyAnswered", question.learnersAnswered() > 0);
        model.put("correctText", question.correct().option().text());
        model.put("correctCount", question.correct().learners());
        model.put("missed", question.missedOptions().stream().map(o -> Map.of(
                "id", o.option().id(), "text", o.option().text(), "count", o.learners())).toList());
        return model;
    }

    /** Averages to two decimals at most: 2.5, 3.33, 4. */
    private static String average(OptionalDouble value) {
        if (value.isEmpty()) {
            return "";
        }
        return BigDecimal.valueOf(value.getAsDouble()).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros()
                .toPlainString();
    }
}
