package org.convolve.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.convolve.grading.MatchingAnswer;
import org.convolve.grading.MatchingResult;
import org.convolve.grading.PairOutcome;
import org.convolve.grading.Verdict;
import org.convolve.lesson.MatchingActivity;
import org.convolve.lesson.MatchingLayout;
import org.convolve.lesson.MatchingPair;
import org.convolve.progress.PartProgress;

/** The matching form: one select per term (the keyboard baseline; the script adds drag and drop). */
record MatchingView(String action, int revision, String errorId, String formError, List<Term> terms,
                    Feedback feedback) {

    record Term(String term, String name, String fieldId, List<Option> options, String error, String errorId) {
    }

    record Option(String value, String text, boolean selected) {
    }

    record Feedback(String summary, List<Line> lines) {
    }

    record Line(String term, String css, String verdict, String detail) {
    }

    static MatchingView of(String base, MatchingActivity activity, MatchingLayout layout, PartProgress progress,
                           ActivityStates states, Optional<FormEcho> echo) {
        Optional<ActivityStates.Matching> saved = states.read(progress.stateJson(), ActivityStates.Matching.class);
        List<Term> terms = new ArrayList<>();
        for (MatchingPair term : layout.terms()) {
            String fieldName = MatchingForm.field(term);
            String chosen = echo.map(e -> e.value(fieldName))
                    .orElseGet(() -> saved.map(s -> valueOf(layout, s.pairs().get(term.id()))).orElse(""));
            List<Option> options = new ArrayList<>();
            for (int i = 0; i < layout.definitions().size(); i++) {
                String value = MatchingForm.definitionValue(i);
                options.add(new Option(value, layout.definitions().get(i).definition(), value.equals(chosen)));
            }
            String fieldId = activity.id() + "-" + fieldName;
            String error = echo.map(e -> e.error(fieldName)).orElse(null);
            terms.add(new Term(term.term(), fieldName, fieldId, options, error, fieldId + "-error"));
        }
        Feedback feedback = saved.map(s -> feedback(activity, layout, s.pairs(), progress)).orElse(null);
        return new MatchingView(base + "/activities/" + activity.id() + "/pairs", progress.revision(),
                activity.id() + "-pairs-error", echo.map(FormEcho::formError).orElse(null), terms, feedback);
    }

    private static String valueOf(MatchingLayout layout, String definitionPairId) {
        for (int i = 0; i < layout.definitions().size(); i++) {
            if (layout.definitions().get(i).id().equals(definitionPairId)) {
                return MatchingForm.definitionValue(i);
            }
        }
        return "";
    }

    private static Feedback feedback(MatchingActivity activity, MatchingLayout layout, Map<String, String> pairs,
                                     PartProgress progress) {
        MatchingResult result = ActivityGraders.matching(activity).grade(MatchingAnswer.of(pairs));
        List<Line> lines = new ArrayList<>();
        for (MatchingPair term : layout.terms()) {
            PairOutcome outcome = result.pairs().stream().filter(p -> p.pairId().equals(term.id())).findFirst()
                    .orElseThrow();
            if (outcome.verdict() == Verdict.CORRECT) {
                lines.add(new Line(term.term(), "right", "Right.", null));
            } else if (outcome.verdict() == Verdict.UNANSWERED) {
                lines.add(new Line(term.term(), "unanswered", "Not matched yet.", null));
            } else {
                lines.add(new Line(term.term(), "wrong", "Not this one.", term.feedbackWhenWrong()));
            }
        }
        String summary = result.count(Verdict.CORRECT) + " of " + result.pairs().size() + " pairs right: "
                + XpText.of(result.xp().earned(), result.xp().available())
                + (progress.bestXp() > result.xp().earned() ? " (your best so far: "
                + XpText.number(progress.bestXp()) + " XP counts)" : "") + ".";
        return new Feedback(summary, lines);
    }
}
