package org.convolve.progress;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.convolve.lesson.Activity;
import org.convolve.lesson.ChoiceOption;
import org.convolve.lesson.MatchingPair;
import org.convolve.lesson.MultipleChoiceActivity;

/**
 * A placement's class statistics: each learner's XP, each activity's average, the matching pairs
 * learners placed wrong, and which options learners chose first in each question.
 */
public record ClassReport(List<LearnerXp> learners, List<ActivityAverage> averages, List<MissedPair> missedPairs,
                          List<QuestionChoices> questions) {

    public ClassReport {
        learners = List.copyOf(learners);
        averages = List.copyOf(averages);
        missedPairs = List.copyOf(missedPairs);
        questions = List.copyOf(questions);
    }

    /**
     * One learner who answered at least once as a learner.
     *
     * @param xpByActivity XP per activity id, only for activities the learner tried (any part)
     * @param activitiesAnswered activities with every part answered at least once
     */
    public record LearnerXp(String subject, Optional<String> name, Map<String, Double> xpByActivity, double total,
                            long activitiesAnswered) {

        public LearnerXp {
            xpByActivity = Map.copyOf(xpByActivity);
        }

        public Optional<Double> xp(String activityId) {
            return Optional.ofNullable(xpByActivity.get(activityId));
        }
    }

    /** The mean XP of the learners who tried the activity; empty when nobody did. */
    public record ActivityAverage(Activity activity, OptionalDouble average, int learnersTried) {
    }

    /** A pair some learners placed on a wrong definition in at least one of their answers. */
    public record MissedPair(String activityId, MatchingPair pair, int learnersWrong, int learnersAnswered) {

        public double shareWrong() {
            return learnersAnswered == 0 ? 0 : (double) learnersWrong / learnersAnswered;
        }
    }

    /** How many learners chose each option on their first answer to the question. */
    public record QuestionChoices(MultipleChoiceActivity question, List<OptionCount> options, int learnersAnswered) {

        public QuestionChoices {
            options = List.copyOf(options);
        }

        /** Wrong options that at least one learner chose first, most chosen first. */
        public List<OptionCount> missedOptions() {
            return options.stream().filter(o -> !o.option().correct() && o.learners() > 0)
                    .sorted((a, b) -> Integer.compare(b.learners(), a.learners()))
                    .toList();
        }

        public OptionCount correct() {
            return options.stream().filter(o -> o.option().correct()).findFirst().orElseThrow();
        }
    }

    public record OptionCount(ChoiceOption option, int learners) {
    }

    /** The mean total XP over every learner in the report; empty when there is nobody. */
    public OptionalDouble averageTotal() {
        return learners.stream().mapToDouble(LearnerXp::total).average();
    }
}
