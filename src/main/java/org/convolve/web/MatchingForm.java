package org.convolve.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.convolve.grading.MatchingAnswer;
import org.convolve.grading.Xp;
import org.convolve.lesson.MatchingActivity;
import org.convolve.lesson.MatchingLayout;
import org.convolve.lesson.MatchingPair;
import org.convolve.progress.Answer;
import org.convolve.progress.AnswerRole;
import org.convolve.progress.Part;

/**
 * Reads a matching form. A definition is sent as its place in this learner's list ("d1"...),
 * never as its pair id, so the page's source does not give the answers away.
 */
final class MatchingForm {
    private MatchingForm() {
    }

    static String field(MatchingPair term) {
        return "term-" + term.id();
    }

    static String definitionValue(int index) {
        return "d" + (index + 1);
    }

    static Submission read(Map<String, List<String>> form, MatchingActivity activity, MatchingLayout layout,
                           int revision, AnswerRole role, ActivityStates states) {
        Map<String, String> byValue = new HashMap<>();
        for (int i = 0; i < layout.definitions().size(); i++) {
            byValue.put(definitionValue(i), layout.definitions().get(i).id());
        }
        Map<String, String> typed = new LinkedHashMap<>();
        Map<String, String> errors = new LinkedHashMap<>();
        Map<String, String> pairs = new LinkedHashMap<>();
        for (MatchingPair term : layout.terms()) {
            String value = FormFields.cut(FormFields.first(form, field(term)));
            typed.put(field(term), value == null ? "" : value);
            if (value == null || value.isEmpty()) {
                continue;
            }
            String definition = byValue.get(value);
            if (definition == null) {
                errors.put(field(term), "Choose one of the listed definitions for " + term.term() + ".");
            } else {
                pairs.put(term.id(), definition);
            }
        }
        errors.putAll(sharedDefinitions(layout, typed, errors));
        if (!errors.isEmpty()) {
            return new Submission.Rejected(new FormEcho(activity.id(), Part.PAIRS, typed, errors, List.of()));
        }
        if (pairs.isEmpty()) {
            return new Submission.Rejected(new FormEcho(activity.id(), Part.PAIRS, typed, Map.of(),
                    List.of("Match at least one term with a definition, then check.")));
        }
        Xp xp = ActivityGraders.matching(activity).grade(MatchingAnswer.of(pairs)).xp();
        String state = states.write(new ActivityStates.Matching(pairs));
        return new Submission.Accepted(Answer.graded(activity.id(), Part.PAIRS, revision, role, state, state, xp));
    }

    /**
     * Each definition belongs to one term. The board moves a definition off the term it was on,
     * but the menus without scripts let one be chosen twice, which would grade a guess twice.
     */
    private static Map<String, String> sharedDefinitions(MatchingLayout layout, Map<String, String> typed,
                                                         Map<String, String> errors) {
        Map<String, List<String>> termsByValue = new LinkedHashMap<>();
        for (MatchingPair term : layout.terms()) {
            String value = typed.get(field(term));
            if (!value.isEmpty() && !errors.containsKey(field(term))) {
                termsByValue.computeIfAbsent(value, v -> new ArrayList<>()).add(term.term());
            }
        }
        Map<String, String> shared = new LinkedHashMap<>();
        for (MatchingPair term : layout.terms()) {
            List<String> sharing = termsByValue.getOrDefault(typed.get(field(term)), List.of());
            if (sharing.size() > 1) {
                // Named in full, as the page's summary shows the first message without its field.
                shared.put(field(term), "You chose one definition for " + (sharing.size() == 2 ? "both " : "all of ")
                        + String.join(" and ", sharing) + "; each definition belongs to one term.");
            }
        }
        return shared;
    }
}
