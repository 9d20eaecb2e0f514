package org.convolve.lti.registration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Turns a platform's error answer into a sentence: RFC 7591 {@code error}/{@code error_description},
 * Canvas's 422 {@code {"errors": [...]}} (strings, objects with a message, or a field-to-messages
 * map), or, failing those, the status and the start of the body.
 */
final class PlatformErrorMessage {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_TEXT = 300;

    private PlatformErrorMessage() {
    }

    static String of(int status, String body) {
        JsonNode json = parse(body);
        if (json != null && json.isObject()) {
            if (json.hasNonNull("error")) {
                String description = json.path("error_description").asText("");
                return json.get("error").asText() + (description.isBlank() ? "" : ": " + description);
            }
            if (json.has("errors")) {
                List<String> messages = errors(json.get("errors"));
                if (!messages.isEmpty()) {
                    return String.join("; ", messages);
                }
            }
        }
        String text = body == null ? "" : body.replaceAll("<[^>]*>", " ").replaceAll("\\s+", " ").trim();
        if (text.length() > MAX_TEXT) {
            text = text.substring(0, MAX_TEXT) + "…";
        }
        return "HTTP " + status + (text.isEmpty() ? "" : ": " + text);
    }

    private static List<String> errors(JsonNode errors) {
        List<String> messages = new ArrayList<>();
        if (errors.isTextual()) {
            messages.add(errors.asText());
        } else if (errors.isArray()) {
            for (JsonNode error : errors) {
                messages.add(error.isObject() ? describe(error) : error.asText());
            }
        } else if (errors.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = errors.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                for (String message : errors(field.getValue())) {
                    messages.add(field.getKey() + ": " + message);
                }
            }
        }
        return messages;
    }

    private static String describe(JsonNode error) {
        String message = error.path("message").asText(error.path("error_description").asText(error.toString()));
        String field = error.path("field").asText(error.path("attribute").asText(""));
        return field.isBlank() ? message : field + ": " + message;
    }

    private static JsonNode parse(String body) {
        try {
            return body == null || body.isBlank() ? null : JSON.readTree(body);
        } catch (Exception e) {
            return null;
        }
    }
}
