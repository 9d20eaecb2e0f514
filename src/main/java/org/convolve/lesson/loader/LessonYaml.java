package org.convolve.lesson.loader;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.convolve.lesson.Lesson;

/**
 * Reads a lesson.yaml into a {@link Lesson}, strictly: unknown fields, repeated keys, floats where
 * whole numbers belong and quoted numbers all fail, because in hand-written content they are typos.
 * {@link YamlErrorMessages} turns Jackson's failures into words a content author uses.
 */
final class LessonYaml {
    private static final ObjectMapper MAPPER = YAMLMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.KEBAB_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private LessonYaml() {
    }

    /** What a file holds, and the unknown fields found on the way (typos, each with its line). */
    record Read(Lesson lesson, List<String> unknownFields) {
    }

    static Read read(InputStream in, String source) {
        String text;
        try {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new LessonContentException(source, "cannot be read: " + e.getMessage(), e);
        }
        if (text.isBlank()) {
            throw new LessonContentException(source, "the file is empty");
        }
        UnknownFields unknown = new UnknownFields(text);
        try {
            return new Read(MAPPER.readerFor(Lesson.class).withHandler(unknown).readValue(text), unknown.problems());
        } catch (JacksonException e) {
            List<String> problems = new ArrayList<>(unknown.problems());
            problems.add(YamlErrorMessages.explain(e, text));
            throw new LessonContentException(source, problems, e);
        }
    }
}
