package org.convolve.progress;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import org.convolve.lesson.Activity;
import org.convolve.lesson.ChoiceOption;
import org.convolve.lesson.Lesson;
import org.convolve.lesson.MatchingActivity;
import org.convolve.lesson.MatchingPair;
import org.convolve.lesson.MultipleChoiceActivity;

/**
 * Turns a placement's learner answers into a {@link ClassReport}. Pure: the rows come from
 * storage already limited to answers given in a learner's role.
 */
public final class ClassStatistics {

    /** A learner's best XP and number of graded answers on one part of an activity. */
    public record PartBest(String subject, String activityId, Part part, double bestXp, int attempts) {
    }

    /** One graded answer as it was sent, in the order answers were given. */
    public record GivenAnswer(String subject, String activityId, Part part, String submittedJson) {
    }

    private ClassStatistics() {
    }

    public static ClassReport of(Lesson lesson, Placement placement, List<PartBest> bests, Map<String, String> names,
                                 List<GivenAnswer> answers) {
        List<ClassReport.LearnerXp> learners = learners(lesson, placement, bests, names);
        return new ClassReport(learners, averages(lesson, learners), missedPairs(lesson, answers),
                questions(lesson, answers));
    }

    private static List<ClassReport.LearnerXp> learners(Lesson lesson, Placement placement, List<PartBest> bests,
                                                        Map<String, String> names) {
        Map<String, List<PartProgress>> bySubject = new TreeMap<>();
        for (PartBest best : bests) {
            bySubject.computeIfAbsent(best.subject(), s -> new ArrayList<>()).add(new PartProgress(best.activityId(),
                    best.part(), best.bestXp(), best.bestXp(), best.attempts(), best.attempts(), null));
        }
        List<ClassReport.LearnerXp> learners = new ArrayList<>();
        bySubject.forEach((subject, parts) -> {
            LessonProgress progress = new LessonProgress(placement.learner(subject), parts);
            Map<String, Double> xp = new LinkedHashMap<>();
            for (Activity activity : lesson.activitiesInPageOrder()) {
                boolean tried = ActivityParts.of(activity).stream()
                        .anyMatch(part -> progress.partOf(activity, part).answered());
                if (tried) {
                    xp.put(activity.id(), progress.activityXp(activity));
                }
            }
            learners.add(new ClassReport.LearnerXp(subject, Optional.ofNullable(names.get(subject)), xp,
                    progress.xpEarned(lesson), progress.activitiesAnswered(lesson)));
        });
        learners.sort(NameOrder.byName(l -> l.name().orElse(l.subject()), ClassReport.LearnerXp::subject));
        return learners;
    }

    private static List<ClassReport.ActivityAverage> averages(Lesson lesson, List<ClassReport.LearnerXp> learners) {
        List<ClassReport.ActivityAverage> averages = new ArrayList<>();
        for (Activity activity : lesson.activitiesInPageOrder()) {
            OptionalDouble average = learners.stream().flatMap(l -> l.xp(activity.id()).stream())
                    .mapToDouble(Double::doubleValue).average();
            int tried = (int) learners.stream().filter(l -> l.xp(activity.id()).isPresent()).count();
            averages.add(new ClassReport.ActivityAverage(activity, average, tried));
        }
        return averages;
    }

    /** A learner counts once per pair, however many of their answers placed it wrong. */
    private static List<ClassReport.MissedPair> missedPairs(Lesson lesson, List<GivenAnswer> answers) {
        List<ClassReport.MissedPair> missed = new ArrayList<>();
        for (Activity activity : lesson.activitiesInPageOrder()) {
            if (!(activity instanceof MatchingActivity matching)) {
                continue;
            }
            Set<String> answered = new HashSet<>();
            Map<String, Set<String>> wrongBy = new HashMap<>();
            for (GivenAnswer answer : answers) {
                if (answer.part() != Part.PAIRS || !answer.activityId().equals(matching.id())) {
                    continue;
                }
                answered.add(answer.subject());
                SubmittedAnswers.pairs(answer.submittedJson()).forEach((term, definition) -> {
                    if (!term.equals(definition)) {
                        wrongBy.computeIfAbsent(term, t -> new HashSet<>()).add(answer.subject());
                    }
                });
            }
            for (MatchingPair pair : matching.pairs()) {
                int wrong = wrongBy.getOrDefault(pair.id(), Set.of()).size();
                if (wrong > 0) {
                    missed.add(new ClassReport.MissedPair(matching.id(), pair, wrong, answered.size()));
                }
            }
        }
        missed.sort(Comparator.comparingDouble(ClassReport.MissedPair::shareWrong).reversed()
                .thenComparing(Comparator.comparingInt(ClassReport.MissedPair::learnersWrong).reversed()));
        return missed;
    }

    /**
     * Only each learner's first answer counts: it shows what they believed before the feedback,
     * where later answers would mostly show them trying the remaining options.
     */
    private static List<ClassReport.QuestionChoices> questions(Lesson lesson, List<GivenAnswer> answers) {
        List<ClassReport.QuestionChoices> questions = new ArrayList<>();
        for (Activity activity : lesson.activitiesInPageOrder()) {
            if (!(activity instanceof MultipleChoiceActivity question)) {
                continue;
            }
            Map<String, String> firstChoice = new LinkedHashMap<>();
            for (GivenAnswer answer : answers) {
                if (answer.part() == Part.CHOICE && answer.activityId().equals(question.id())) {
                    SubmittedAnswers.option(answer.submittedJson())
                            .ifPresent(option -> firstChoice.putIfAbsent(answer.subject(), option));
                }
            }
            List<ClassReport.OptionCount> counts = new ArrayList<>();
            for (ChoiceOption option : question.options()) {
                int chose = (int) firstChoice.values().stream().filter(option.id()::equals).count();
                counts.add(new ClassReport.OptionCount(option, chose));
            }
            questions.add(new ClassReport.QuestionChoices(question, counts, firstChoice.size()));
        }
        return questions;
    }
}
