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

    static Lesson read(InputStream in, String source) {
        String text;
        try {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new LessonContentException(source, "cannot be read: " + e.getMessage(), e);
        }
        if (text.isBlank()) {
            throw new LessonContentException(source, "the file is empty");
        }
        try {
            return MAPPER.readValue(text, Lesson.class);
        } catch (JacksonException e) {
            throw new LessonContentException(source, YamlErrorMessages.explain(e, text), e);
        }
    }
}
