package org.convolve.lesson.loader;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Notes every unknown field of one file and reads on, so that an author who made three typos
 * hears of all three at once instead of one per start.
 */
final class UnknownFields extends DeserializationProblemHandler {
    private final String text;
    private final List<String> problems = new ArrayList<>();

    UnknownFields(String text) {
        this.text = text;
    }

    @Override
    public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p, JsonDeserializer<?> deserializer,
                                         Object beanOrClass, String propertyName) throws IOException {
        Collection<Object> known = deserializer.getKnownPropertyNames();
        String path = pathOf(p.getParsingContext());
        StringBuilder problem = new StringBuilder(path.isEmpty() ? propertyName : path)
                .append(YamlErrorMessages.lineOfKey(propertyName, text))
                .append(": unknown field '").append(propertyName).append('\'');
        closest(propertyName, known).ifPresent(name -> problem.append("; did you mean '").append(name).append("'?"));
        problem.append(" (known fields: ")
                .append(known.stream().map(Object::toString).collect(Collectors.toCollection(TreeSet<String>::new))
                        .toString())
                .append(')');
        problems.add(problem.toString());
        p.skipChildren();
        return true;
    }

    List<String> problems() {
        return List.copyOf(problems);
    }

    /** "sections[0].titel": the field's own name last, as the other messages write paths. */
    private static String pathOf(JsonStreamContext context) {
        List<String> parts = new ArrayList<>();
        for (JsonStreamContext at = context; at != null && !at.inRoot(); at = at.getParent()) {
            if (at.inObject() && at.getCurrentName() != null) {
                parts.add(0, "." + at.getCurrentName());
            } else if (at.inArray()) {
                parts.add(0, "[" + Math.max(0, at.getCurrentIndex()) + "]");
            }
        }
        String path = String.join("", parts);
        return path.startsWith(".") ? path.substring(1) : path;
    }

    /** A known name within two edits of the typo, the nearest first. */
    static Optional<String> closest(String typo, Collection<Object> known) {
        String best = null;
        int bestDistance = 3;
        for (Object name : known) {
            int distance = editDistance(typo, name.toString());
            if (distance < bestDistance) {
                best = name.toString();
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }

    private static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
