package org.convolve.lesson;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** Terms to pair with definitions; the file keeps them paired, {@link MatchingShuffle} mixes them. */
public record MatchingActivity(
        String id,
        String title,
        String instructions,
        @JsonProperty(required = true) int xp,
        List<MatchingPair> pairs) implements Activity {

    public static final String TYPE = "matching";

    public MatchingActivity {
        pairs = Copies.list(pairs);
    }

    @Override
    public String type() {
        return TYPE;
    }
}
