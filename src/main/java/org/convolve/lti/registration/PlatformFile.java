package org.convolve.lti.registration;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * Registrations kept in a JSON file (see lti-config/platforms.example.json): an array of objects
 * with issuer, client_id, name, auth_url, token_url, jwks_url, deployment_ids and deployment_policy.
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

    public static List<Platform> read(Path file) {
        try {
            Entry[] entries = JSON.readValue(file.toFile(), Entry[].class);
            return List.of(entries).stream().map(PlatformFile::toPlatform).toList();
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalArgumentException("The platforms file " + file + " cannot be used: " + e.getMessage(), e);
        }
    }

    private static Platform toPlatform(Entry entry) {
        return new Platform(entry.issuer(), entry.clientId(), entry.name(), URI.create(entry.authUrl()),
                URI.create(entry.tokenUrl()), URI.create(entry.jwksUrl()), entry.deploymentIds(), entry.deploymentPolicy());
    }
}
