package org.convolve.lti.registration;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Registrations kept in a JSON file (see lti-config/platforms.example.json): an array of objects
 * with issuer, client_id, name, auth_url, token_url, jwks_url, deployment_ids and deployment_policy.
 * A file that cannot be used is refused whole, with the entry and field that are wrong: a
 * registration that is half right fails only at a learner's launch.
 */
public final class PlatformFile {
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    private PlatformFile() {
    }

    record Entry(
            @JsonProperty(value = "issuer", required = true) String issuer,
            @JsonProperty(value = "client_id", required = true) String clientId,
            @JsonProperty("name") String name,
            @JsonProperty(value = "auth_url", required = true) String authUrl,
            @JsonProperty(value = "token_url", required = true) String tokenUrl,
            @JsonProperty(value = "jwks_url", required = true) String jwksUrl,
            @JsonProperty("deployment_ids") Set<String> deploymentIds,
            @JsonProperty("deployment_policy") DeploymentPolicy deploymentPolicy) {
    }

    /** @throws Invalid saying, in a sentence, what is wrong and where */
    public static List<Platform> read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new Invalid(file, "there is no such file.");
        }
        Entry[] entries;
        try {
            entries = JSON.readValue(file.toFile(), Entry[].class);
        } catch (JsonProcessingException e) {
            throw new Invalid(file, explain(e));
        } catch (IOException e) {
            throw new Invalid(file, "it cannot be read (" + e.getMessage() + ").");
        }
        List<Platform> platforms = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < entries.length; i++) {
            Platform platform = toPlatform(file, i + 1, entries[i]);
            if (!seen.add(platform.issuer() + "\n" + platform.clientId())) {
                throw new Invalid(file, "entry " + (i + 1) + " registers " + platform.issuer() + " / "
                        + platform.clientId() + " again; each issuer and client id may appear once.");
            }
            platforms.add(platform);
        }
        return platforms;
    }

    private static Platform toPlatform(Path file, int number, Entry entry) {
        String where = "entry " + number;
        if (entry == null) {
            throw new Invalid(file, where + " is null, not a platform.");
        }
        webUrl(file, where, "issuer", entry.issuer());
        requireText(file, where, "client_id", entry.clientId());
        Set<String> deployments = entry.deploymentIds() == null ? Set.of() : entry.deploymentIds();
        if (deployments.stream().anyMatch(id -> id == null || id.isBlank())) {
            throw new Invalid(file, where + " lists an empty deployment id.");
        }
        if (entry.deploymentPolicy() == DeploymentPolicy.FIXED_LIST && deployments.isEmpty()) {
            throw new Invalid(file, where + " accepts only listed deployments (FIXED_LIST) but lists none, so no"
                    + " launch could ever succeed.");
        }
        return new Platform(entry.issuer().strip(), entry.clientId().strip(), entry.name(),
                webUrl(file, where, "auth_url", entry.authUrl()), webUrl(file, where, "token_url", entry.tokenUrl()),
                webUrl(file, where, "jwks_url", entry.jwksUrl()), deployments, entry.deploymentPolicy());
    }

    private static void requireText(Path file, String where, String field, String value) {
        if (value == null || value.isBlank()) {
            throw new Invalid(file, where + " has an empty '" + field + "'.");
        }
    }

    /** Platforms are reached over the web; a relative or ftp URL would only fail at the first launch. */
    private static URI webUrl(Path file, String where, String field, String value) {
        requireText(file, where, field, value);
        try {
            URI url = new URI(value.strip());
            if (url.getHost() != null && ("https".equals(url.getScheme()) || "http".equals(url.getScheme()))) {
                return url;
            }
        } catch (URISyntaxException notAUrl) {
            // said below
        }
        throw new Invalid(file, where + "'s '" + field + "' must be an absolute http(s) URL, not '" + value + "'.");
    }

    /** Jackson's own messages name its classes; these name the file's entries and fields. */
    private static String explain(JsonProcessingException e) {
        String entry = entry(e);
        String field = entry + "'s '" + field(e) + "'";
        if (e instanceof UnrecognizedPropertyException unknown) {
            return entry + " has a field '" + unknown.getPropertyName() + "' that registrations do not have; they"
                    + " have " + unknown.getKnownPropertyIds() + ".";
        }
        if (e instanceof InvalidFormatException badValue && badValue.getTargetType().isEnum()) {
            return field + " has '" + badValue.getValue() + "', which is not one of "
                    + Arrays.toString(badValue.getTargetType().getEnumConstants()) + ".";
        }
        if (e instanceof MismatchedInputException mismatch) {
            String message = String.valueOf(mismatch.getOriginalMessage());
            if (message.startsWith("No content to map")) {
                return "it is empty; it must be a JSON array of platforms, such as lti-config/platforms.example.json.";
            }
            if (message.startsWith("Missing required creator property")) {
                return entry + " has no '" + message.replaceAll("^[^']*'([^']*)'.*$", "$1") + "'.";
            }
            return mismatch.getPath().isEmpty()
                    ? "it must be a JSON array of platforms, such as lti-config/platforms.example.json."
                    : field + " holds a value of the wrong kind (a list of text is expected for deployment_ids,"
                            + " text for the others).";
        }
        JsonLocation location = e.getLocation();
        return "it is not valid JSON" + (location == null ? "" : " at line " + location.getLineNr() + ", column "
                + location.getColumnNr()) + ": " + String.valueOf(e.getOriginalMessage()).lines().findFirst().orElse("")
                + ".";
    }

    /** "entry 2", from the path Jackson was reading. */
    private static String entry(JsonProcessingException e) {
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()
                && mapping.getPath().get(0).getIndex() >= 0) {
            return "entry " + (mapping.getPath().get(0).getIndex() + 1);
        }
        return "the file";
    }

    /** The name of the field Jackson was reading, if any. */
    private static String field(JsonProcessingException e) {
        if (e instanceof JsonMappingException mapping) {
            for (int i = mapping.getPath().size() - 1; i >= 0; i--) {
                if (mapping.getPath().get(i).getFieldName() != null) {
                    return mapping.getPath().get(i).getFieldName();
                }
            }
        }
        return "?";
    }

    /** The platforms file cannot be used; the message says why. */
    public static final class Invalid extends RuntimeException {
        Invalid(Path file, String why) {
            super("The platforms file " + file + " cannot be used: " + why);
        }
    }
}
