package org.convolve.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OptionShuffleTest {
    private static final MultipleChoiceActivity QUESTION = new MultipleChoiceActivity("weight-sharing-question",
            "Why", "Choose one.", "Why does weight sharing cut parameters?", 2, List.of(
                    new ChoiceOption("right", "The right one", true, "Yes."),
                    new ChoiceOption("second", "Another", false, "No."),
                    new ChoiceOption("third", "A third", false, "No."),
                    new ChoiceOption("fourth", "A fourth", false, "No.")));

    @Test
    void aLearnerSeesTheSameOrderEveryTime() {
        assertEquals(OptionShuffle.forLearner("learner-17", QUESTION), OptionShuffle.forLearner("learner-17", QUESTION));
    }

    @Test
    void theRightAnswerIsNotFirstForEveryone() {
        Map<Integer, Integer> learnersByPlace = new HashMap<>();
        for (int i = 0; i < 200; i++) {
            int place = OptionShuffle.forLearner("learner-" + i, QUESTION).indexOf(QUESTION.correctOption());
            learnersByPlace.merge(place, 1, Integer::sum);
        }

        // Each of the four places should hold the right answer for about 50 of 200 learners.
        for (int place = 0; place < 4; place++) {
            int learners = learnersByPlace.getOrDefault(place, 0);
            assertTrue(learners > 25, "the right answer at place " + place + " for " + learners + " learners");
        }
    }

    @Test
    void everyOptionIsShownOnce() {
        List<ChoiceOption> shown = OptionShuffle.forLearner("learner-3", QUESTION);

        assertEquals(QUESTION.options().size(), shown.size());
        assertTrue(shown.containsAll(QUESTION.options()));
    }
}
