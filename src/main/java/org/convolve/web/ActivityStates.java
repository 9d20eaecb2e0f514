package org.convolve.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.convolve.conv.Grid;

/**
 * What each part's form saves and the page restores, as JSON. Images and filters are kept as the
 * whole numbers that were graded; feature-map cells as typed, so a half-done map comes back as
 * the learner left it.
 */
final class ActivityStates {

    /** Term pair id to definition pair id. */
    record Matching(Map<String, String> pairs) {
    }

    record Choice(String option) {
    }

    /** {@code checked} is false while the cells have not been graded against this image. */
    record FeatureMap(int[][] image, List<List<String>> cells, boolean checked) {
        Grid imageGrid() {
            return Grid.of(image);
        }
    }

    /** Picks are "r-c" (from zero) or "none"; the image is the one the reading was graded on. */
    record Reading(int[][] image, String positive, String negative, String positiveMeaning, String negativeMeaning) {
    }

    record Filter(int[][] filter) {
    }

    private final ObjectMapper json;

    ActivityStates(ObjectMapper json) {
        this.json = json;
    }

    String write(Object state) {
        try {
            return json.writeValueAsString(state);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an answer could not be written as JSON", e);
        }
    }

    /** Empty when nothing was saved, or when what was saved no longer reads (an older format). */
    <T> Optional<T> read(String stateJson, Class<T> type) {
        if (stateJson == null) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(json.readValue(stateJson, type));
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }
}
