package org.convolve.web;

import java.util.List;
import java.util.Map;
import org.convolve.grading.MultipleChoiceResult;
import org.convolve.lesson.MultipleChoiceActivity;
import org.convolve.progress.Answer;
import org.convolve.progress.AnswerRole;
import org.convolve.progress.Part;

/** Reads a multiple-choice form. */
final class ChoiceForm {
    static final String FIELD = "option";

    private ChoiceForm() {
    }

    static Submission read(Map<String, List<String>> form, MultipleChoiceActivity activity, int revision,
                           AnswerRole role, ActivityStates states) {
        String chosen = FormFields.cut(FormFields.first(form, FIELD));
        if (chosen == null || chosen.isEmpty()) {
            return rejected(activity, "", "Choose one answer, then check.");
        }
        MultipleChoiceResult result = ActivityGraders.choice(activity).grade(chosen);
        if (!result.isValid()) {
            return rejected(activity, chosen, "That is not one of this question's answers; choose one of the four.");
        }
        String state = states.write(new ActivityStates.Choice(chosen));
        return new Submission.Accepted(Answer.graded(activity.id(), Part.CHOICE, revision, role, state, state,
                result.xp()));
    }

    private static Submission rejected(MultipleChoiceActivity activity, String typed, String message) {
        return new Submission.Rejected(new FormEcho(activity.id(), Part.CHOICE, Map.of(FIELD, typed),
                Map.of(FIELD, message), List.of()));
    }
}
