package org.convolve.lesson;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/** Something the learner does and the server grades. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = MatchingActivity.class, name = MatchingActivity.TYPE),
        @JsonSubTypes.Type(value = MultipleChoiceActivity.class, name = MultipleChoiceActivity.TYPE),
        @JsonSubTypes.Type(value = ConvolutionGridActivity.class, name = ConvolutionGridActivity.TYPE)
})
public sealed interface Activity permits MatchingActivity, MultipleChoiceActivity, ConvolutionGridActivity {

    String id();

    /** The name used for {@code type:} in content files, e.g. for choosing a template. */
    String type();

    String title();

    String instructions();

    int xp();

    /** The most XP a learner can earn here; the gradebook's scoreMaximum for this activity. */
    default int xpAvailable() {
        return xp();
    }
}
