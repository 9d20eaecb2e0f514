package org.convolve.lesson.loader;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.convolve.lesson.Activity;
import org.convolve.lesson.Section;

/** Rewrites Jackson's failures in the terms of the YAML file: paths, field names and plain shapes. */
final class YamlErrorMessages {
    private static final Map<Class<?>, String> TYPE_WORDS = Map.of(
            Section.class, "section kind",
            Activity.class, "activity type");

    private static final Pattern WRONG_SHAPE =
            Pattern.compile("Cannot (?:deserialize value of type|construct instance of) `([^`<]+)[^`]*`"
                    + ".*?from (\\w+) value");

    private static final Pattern MISSING_REQUIRED = Pattern.compile("Missing required creator property '([^']+)'");

    private static final Pattern QUOTED_NUMBER =
            Pattern.compile("Cannot coerce String value \\(\"([^\"]*)\"\\) to `(int|long|java.lang.Integer)`");

    private static final Pattern FRACTION =
            Pattern.compile("Cannot coerce Floating-point value \\(([^)]*)\\) to `(int|long|java.lang.Integer)`");

    private static final Pattern KEY = Pattern.compile("^[ \\t-]*([A-Za-z][A-Za-z0-9-]*)\\s*:", Pattern.MULTILINE);

    private static final Pattern YAML_MARK = Pattern.compile("line (\\d+), column (\\d+)");

    private YamlErrorMessages() {
    }

    static String explain(JacksonException e, String text) {
        String at = where(e);
        if (e instanceof UnrecognizedPropertyException unknown) {
            at = at.isEmpty() ? at : at.substring(0, at.length() - 2) + lineOfKey(unknown.getPropertyName(), text) + ": ";
            return at + "unknown field '" + unknown.getPropertyName() + "' (known fields: "
                    + unknown.getKnownPropertyIds().stream().map(Object::toString)
                            .collect(Collectors.toCollection(TreeSet::new))
                    + ")";
        }
        if (e instanceof InvalidTypeIdException badType) {
            return at + explainTypeId(badType);
        }
        Matcher missing = MISSING_REQUIRED.matcher(e.getOriginalMessage());
        if (missing.find()) {
            // Jackson's path already ends at the missing field, so "xp is missing" reads naturally.
            return (at.isEmpty() ? missing.group(1) + " is missing" : at.substring(0, at.length() - 2) + " is missing")
                    + misspelt(missing.group(1), text);
        }
        Matcher quoted = QUOTED_NUMBER.matcher(e.getOriginalMessage());
        if (quoted.find()) {
            return withLine(at, e, text) + "expected a whole number but found the text \"" + quoted.group(1)
                    + "\"; write numbers without quotes";
        }
        Matcher fraction = FRACTION.matcher(e.getOriginalMessage());
        if (fraction.find()) {
            return withLine(at, e, text) + "expected a whole number but found " + fraction.group(1);
        }
        Optional<String> syntax = syntaxError(e).map(YamlErrorMessages::yamlSyntax);
        if (syntax.isPresent()) {
            return syntax.get();
        }
        Matcher wrongShape = WRONG_SHAPE.matcher(e.getOriginalMessage());
        if (wrongShape.find()) {
            return withLine(at, e, text) + "expected " + plainType(wrongShape.group(1)) + " but found "
                    + wrongShape.group(2).toLowerCase(Locale.ROOT);
        }
        return at + withoutJacksonAdvice(firstLine(e.getOriginalMessage()));
    }

    /** The parser's failure behind a mapping one, when the file is not well-formed YAML. */
    private static Optional<String> syntaxError(Throwable e) {
        for (Throwable at = e; at != null; at = at.getCause()) {
            if (at instanceof StreamReadException && YAML_MARK.matcher(String.valueOf(at.getMessage())).find()) {
                return Optional.of(at.getMessage());
            }
        }
        return Optional.empty();
    }

    /**
     * A required field is usually missing because its key is misspelt, which Jackson cannot say
     * (it gives up before reading the unknown keys): a key one or two letters away is named.
     */
    private static String misspelt(String field, String text) {
        Matcher key = KEY.matcher(text);
        List<String> near = new ArrayList<>();
        int line = 0;
        int lineStart = 0;
        while (key.find()) {
            line += (int) text.substring(lineStart, key.start()).chars().filter(c -> c == '\n').count();
            lineStart = key.start();
            String name = key.group(1);
            if (!name.equals(field) && UnknownFields.closest(name, List.of(field)).isPresent()) {
                near.add("'" + name + "' on line " + (line + 1));
            }
        }
        return near.isEmpty() ? "" : " (is " + String.join(" or ", near) + " a misspelling of it?)";
    }

    /**
     * The YAML parser's own complaint (a tab, an unclosed quote, a bad indent) with the line and
     * column it names; its first line alone ("while scanning for the next token") says nothing.
     */
    private static String yamlSyntax(String message) {
        Matcher mark = YAML_MARK.matcher(message == null ? "" : message);
        if (!mark.find()) {
            return null;
        }
        String where = "line " + mark.group(1) + ", column " + mark.group(2) + ": ";
        if (message.contains("(TAB)")) {
            return where + "a tab character; YAML indents with spaces only";
        }
        return where + message.lines().map(String::strip).filter(line -> !line.isEmpty())
                .takeWhile(line -> !line.startsWith("in 'reader'") && !YAML_MARK.matcher(line).find())
                .collect(Collectors.joining("; "));
    }

    /**
     * Adds the line of the path's last field when that key appears once in the file. Not for a
     * missing field: the same key elsewhere in the file would point at the wrong place.
     */
    private static String withLine(String at, JacksonException e, String text) {
        if (at.isEmpty() || !(e instanceof JsonMappingException mapping) || mapping.getPath().isEmpty()) {
            return at;
        }
        String field = null;
        for (JsonMappingException.Reference ref : mapping.getPath()) {
            if (ref.getFieldName() != null) {
                field = ref.getFieldName();
            }
        }
        String line = field == null ? "" : lineOfKey(field, text);
        return line.isEmpty() ? at : at.substring(0, at.length() - 2) + line + ": ";
    }

    private static String explainTypeId(InvalidTypeIdException e) {
        Class<?> base = e.getBaseType().getRawClass();
        String word = TYPE_WORDS.getOrDefault(base, "type");
        String property = base.getAnnotation(JsonTypeInfo.class).property();
        String known = Arrays.stream(base.getAnnotation(JsonSubTypes.class).value())
                .map(JsonSubTypes.Type::name)
                .collect(Collectors.joining(", "));
        if (e.getTypeId() == null) {
            return "'" + property + "' is missing; it must be one of: " + known;
        }
        return "unknown " + word + " '" + e.getTypeId() + "'; it must be one of: " + known;
    }

    /**
     * The path (such as {@code sections[2].title}) when Jackson knows it; the line number only for
     * syntax errors, because after a {@code kind:} or {@code type:} Jackson buffers the object and
     * reports the line where it ends rather than where the mistake is.
     */
    private static String where(JacksonException e) {
        StringBuilder at = new StringBuilder();
        if (e instanceof JsonMappingException mapping) {
            for (JsonMappingException.Reference ref : mapping.getPath()) {
                if (ref.getFieldName() != null) {
                    at.append(at.length() == 0 ? "" : ".").append(ref.getFieldName());
                } else if (ref.getIndex() >= 0) {
                    at.append('[').append(ref.getIndex()).append(']');
                }
            }
        }
        JsonLocation location = e.getLocation();
        if (at.length() == 0 && location != null && location.getLineNr() > 0) {
            at.append("line ").append(location.getLineNr());
        }
        return at.length() == 0 ? "" : at + ": ";
    }

    /** A misspelt key is nearly always unique in the file, so searching the text finds its line. */
    static String lineOfKey(String key, String text) {
        Pattern keyAtLineStart = Pattern.compile("^[\\s-]*" + Pattern.quote(key) + "\\s*:");
        String[] lines = text.split("\\R", -1);
        int found = -1;
        for (int i = 0; i < lines.length; i++) {
            if (keyAtLineStart.matcher(lines[i]).find()) {
                if (found >= 0) {
                    return "";
                }
                found = i;
            }
        }
        return found < 0 ? "" : " (line " + (found + 1) + ")";
    }

    /** Jackson suggests enabling coercion; for a content author that advice is noise. */
    private static String withoutJacksonAdvice(String message) {
        int advice = message.indexOf(" (but ");
        return advice < 0 || !message.contains("oercion") ? message : message.substring(0, advice);
    }

    /** Content authors think in YAML shapes, not Java types. */
    private static String plainType(String javaType) {
        if (javaType.startsWith("java.util.")) {
            return "a list";
        }
        return switch (javaType) {
            case "java.lang.String" -> "text";
            case "int", "java.lang.Integer" -> "a whole number";
            case "boolean", "java.lang.Boolean" -> "true or false";
            default -> "a block of fields (" + javaType.substring(javaType.lastIndexOf('.') + 1) + ")";
        };
    }

    private static String firstLine(String message) {
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}
