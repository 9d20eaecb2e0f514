package org.convolve.progress;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the answers the lesson's forms save in the attempt log (the web layer's ActivityStates
 * writes them): {"pairs":{"term pair id":"definition pair id"}} for matching and
 * {"option":"option id"} for a question. Anything else reads as no answer, so an older format
 * never breaks the instructor's view.
 */
final class SubmittedAnswers {
    private static final ObjectMapper JSON = new ObjectMapper();

    private SubmittedAnswers() {
    }

    static Map<String, String> pairs(String submittedJson) {
        Map<String, String> pairs = new LinkedHashMap<>();
        JsonNode node = read(submittedJson).path("pairs");
        node.fields().forEachRemaining(field -> {
            if (field.getValue().isTextual()) {
                pairs.put(field.getKey(), field.getValue().asText());
            }
        });
        return pairs;
    }

    static Optional<String> option(String submittedJson) {
        JsonNode option = read(submittedJson).path("option");
        return option.isTextual() ? Optional.of(option.asText()) : Optional.empty();
    }

    private static JsonNode read(String json) {
        try {
            JsonNode node = json == null ? null : JSON.readTree(json);
            return node == null ? JSON.missingNode() : node;
        } catch (JsonProcessingException e) {
            return JSON.missingNode();
        }
    }
}
