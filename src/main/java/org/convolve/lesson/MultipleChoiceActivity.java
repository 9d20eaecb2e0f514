package org.convolve.lesson;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Optional;

/** A question with exactly one correct option (validation guarantees it). */
public record MultipleChoiceActivity(
        String id,
        String title,
        String instructions,
        String question,
        @JsonProperty(required = true) int xp,
        List<ChoiceOption> options) implements Activity {

    public static final String TYPE = "multiple-choice";

    public MultipleChoiceActivity {
        options = Copies.list(options);
    }

    @Override
    public String type() {
        return TYPE;
    }

    public Optional<ChoiceOption> option(String optionId) {
        return options.stream().filter(o -> o.id().equals(optionId)).findFirst();
    }

    public ChoiceOption correctOption() {
        return options.stream().filter(ChoiceOption::correct).findFirst().orElseThrow();
    }
}
