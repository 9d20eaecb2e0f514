package org.convolve.lesson.loader;

import org.convolve.lesson.ChoiceOption;
import org.convolve.lesson.MultipleChoiceActivity;

/** Rules for a multiple-choice question: one right answer, and every option explains itself. */
final class MultipleChoiceRules {
    private MultipleChoiceRules() {
    }

    static void check(String where, MultipleChoiceActivity activity, Problems problems) {
        problems.requireText(where, "question", activity.question());
        if (activity.options().size() < 2) {
            problems.add(where, "has only " + activity.options().size() + " option(s); a question needs at least 2");
        }
        long correct = activity.options().stream().filter(o -> o != null && o.correct()).count();
        if (correct != 1) {
            problems.add(where, "has " + correct + " correct options; exactly one must be marked correct: true");
        }
        for (int i = 0; i < activity.options().size(); i++) {
            ChoiceOption option = activity.options().get(i);
            String optionWhere = where + ", options[" + i + "]";
            if (option == null) {
                problems.add(optionWhere, "option is empty");
                continue;
            }
            if (option.id() != null) {
                optionWhere = where + ", option '" + option.id() + "'";
            }
            problems.requireText(optionWhere, "id", option.id());
            problems.requireText(optionWhere, "text", option.text());
            // Learners who pick a wrong option learn most from why it was tempting, so it is mandatory.
            problems.requireText(optionWhere, "explanation", option.explanation());
        }
        var options = activity.options().stream().filter(o -> o != null).toList();
        problems.requireDistinct(where, "option id", options, ChoiceOption::id);
        problems.requireDistinct(where, "option text", options, ChoiceOption::text);
    }
}
