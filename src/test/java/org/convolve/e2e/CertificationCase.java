package org.convolve.e2e;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One certification case from src/test/resources/certification: a header and claims with
 * placeholders ({{issuer}}, {{nonce}}, ...) or a raw token, and what the tool must answer.
 */
record CertificationCase(String file, String name, String guide, Map<String, Object> header,
                         Map<String, Object> claims, String rawToken, int expectedStatus,
                         String expectedMessage, String expectedPage) {

    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<CertificationCase> all() {
        return Stream.concat(folder("invalid"), folder("valid"));
    }

    @Override
    public String toString() {
        return guide + " " + name + " (" + file + ")";
    }

    boolean valid() {
        return expectedPage != null;
    }

    /** Fills the placeholders with this run's values; "{{iat}}" and friends become numbers. */
    Map<String, Object> resolvedClaims(Map<String, Object> values) {
        return resolve(claims, values);
    }

    Map<String, Object> resolvedHeader(Map<String, Object> values) {
        return resolve(header, values);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> resolve(Map<String, Object> template, Map<String, Object> values) {
        Map<String, Object> out = new LinkedHashMap<>();
        template.forEach((key, value) -> {
            if (value instanceof String s && s.startsWith("{{") && s.endsWith("}}")) {
                out.put(key, values.get(s.substring(2, s.length() - 2)));
            } else if (value instanceof Map<?, ?> map) {
                out.put(key, resolve((Map<String, Object>) map, values));
            } else if (value instanceof List<?> list) {
                out.put(key, list.stream().map(item -> item instanceof String s && s.startsWith("{{")
                        ? values.get(s.substring(2, s.length() - 2)) : item).toList());
            } else {
                out.put(key, value);
            }
        });
        return out;
    }

    private static Stream<CertificationCase> folder(String name) {
        try {
            Path dir = Path.of(CertificationCase.class.getResource("/certification/" + name).toURI());
            try (Stream<Path> files = Files.list(dir)) {
                return files.sorted().map(CertificationCase::read).toList().stream();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static CertificationCase read(Path file) {
        try {
            Map<String, Object> data = JSON.readValue(file.toFile(), new TypeReference<>() { });
            Map<String, Object> expect = (Map<String, Object>) data.get("expect");
            return new CertificationCase(file.getParent().getFileName() + "/" + file.getFileName(),
                    (String) data.get("case"), (String) data.get("guide"),
                    (Map<String, Object>) data.get("header"), (Map<String, Object>) data.get("claims"),
                    (String) data.get("raw_token"), (Integer) expect.get("status"),
                    (String) expect.get("message"), (String) expect.get("lands_on"));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }
}
