package org.convolve.lesson;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Optional;

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

    public Optional<MatchingPair> pair(String pairId) {
        return pairs.stream().filter(p -> p.id().equals(pairId)).findFirst();
    }
}
