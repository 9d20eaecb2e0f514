package org.convolve.web;

import java.util.List;
import java.util.Optional;
import org.convolve.lesson.ChoiceOption;
import org.convolve.lesson.MultipleChoiceActivity;
import org.convolve.progress.PartProgress;

/**
 * A question with radio buttons. After an answer the page explains the chosen option; once the
 * right one was chosen, it explains every option.
 */
record ChoiceView(String action, int revision, String question, String legendId, List<Option> options,
                  String error, String errorId, Feedback feedback) {

    record Option(String id, String fieldId, String text, boolean checked) {
    }

    record Feedback(boolean correct, String css, String verdict, String chosen, String explanation,
                    List<Explained> others) {
    }

    record Explained(String text, String verdict, String explanation) {
    }

    /** @param order the options in the order this learner sees them */
    static ChoiceView of(String base, MultipleChoiceActivity activity, List<ChoiceOption> order, PartProgress progress,
                         ActivityStates states, Optional<FormEcho> echo) {
        Optional<ActivityStates.Choice> saved = states.read(progress.stateJson(), ActivityStates.Choice.class);
        String chosen = echo.map(e -> e.value(ChoiceForm.FIELD))
                .orElseGet(() -> saved.map(ActivityStates.Choice::option).orElse(""));
        List<Option> options = order.stream()
                .map(o -> new Option(o.id(), activity.id() + "-option-" + o.id(), o.text(), o.id().equals(chosen)))
                .toList();
        Feedback feedback = saved.flatMap(s -> activity.option(s.option()))
                .map(option -> feedback(activity, order, option, progress)).orElse(null);
        return new ChoiceView(base + "/activities/" + activity.id() + "/choice", progress.revision(),
                activity.question(), activity.id() + "-question", options,
                echo.map(e -> e.error(ChoiceForm.FIELD)).orElse(null), activity.id() + "-option-error", feedback);
    }

    private static Feedback feedback(MultipleChoiceActivity activity, List<ChoiceOption> order, ChoiceOption chosen,
                                     PartProgress progress) {
        List<Explained> others = !chosen.correct() ? List.of() : order.stream()
                .filter(o -> !o.id().equals(chosen.id()))
                .map(o -> new Explained(o.text(), "Not the best answer", o.explanation()))
                .toList();
        String verdict = chosen.correct()
                ? "Right: " + XpText.of(activity.xp(), activity.xp()) + "."
                : "Not quite: 0 of " + activity.xp() + " XP." + (progress.bestXp() > 0
                        ? " Your earlier right answer still counts." : " Read why, then try again.");
        return new Feedback(chosen.correct(), chosen.correct() ? "right" : "wrong", verdict, chosen.text(),
                chosen.explanation(), others);
    }
}
