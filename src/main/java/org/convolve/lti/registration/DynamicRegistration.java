package org.convolve.lti.registration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.oauth2.sdk.GrantType;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.auth.ClientAuthenticationMethod;
import com.nimbusds.openid.connect.sdk.rp.ApplicationType;
import com.nimbusds.openid.connect.sdk.rp.OIDCClientMetadata;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.minidev.json.JSONObject;
import org.convolve.lti.LtiClaims;

/**
 * LTI Dynamic Registration, tool side (https://www.imsglobal.org/spec/lti-dr/v1p0): read the
 * platform's OpenID configuration, post the tool's registration, store what comes back.
 * Works with Moodle (deployment id in the answer, admin activation afterwards) and Canvas
 * (bearer token on the configuration fetch, 422 error bodies).
 */
public final class DynamicRegistration {
    public static final String TOOL_CONFIGURATION = "https://purl.imsglobal.org/spec/lti-tool-configuration";
    public static final String PLATFORM_CONFIGURATION = "https://purl.imsglobal.org/spec/lti-platform-configuration";
    private static final String CANVAS_PRIVACY_LEVEL = "https://canvas.instructure.com/lti/privacy_level";
    private static final int MAX_ANSWER_BYTES = 256 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ToolDescription tool;
    private final PlatformRepository platforms;
    private final HttpClient http;
    private final String userAgent;

    public DynamicRegistration(ToolDescription tool, PlatformRepository platforms, String userAgent) {
        this.tool = tool;
        this.platforms = platforms;
        this.userAgent = userAgent;
        this.http = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /**
     * @param openidConfiguration the {@code openid_configuration} URL the platform opened us with
     * @param registrationToken   the {@code registration_token}, sent as a bearer token on both calls
     */
    public RegistrationOutcome register(String openidConfiguration, Optional<String> registrationToken)
            throws RegistrationFailed {
        URI configurationUrl = PlatformUrls.check(openidConfiguration, "openid_configuration URL");
        PlatformConfiguration platformConfiguration = fetchConfiguration(configurationUrl, registrationToken);
        String productFamily = platformConfiguration.productFamily();

        JsonNode answer = postRegistration(platformConfiguration.registrationEndpoint(), registrationToken);
        String clientId = answer.path("client_id").asText("");
        if (clientId.isBlank()) {
            throw new RegistrationFailed("The platform accepted the registration but sent no client_id, so launches"
                    + " from it could not be recognised.");
        }
        Optional<String> deploymentId = Optional.of(answer.path(TOOL_CONFIGURATION).path("deployment_id"))
                .filter(node -> node.isTextual() || node.isNumber())
                .map(JsonNode::asText)
                .filter(id -> !id.isBlank());

        Platform platform = new Platform(platformConfiguration.issuer().toString(), clientId,
                displayName(productFamily, configurationUrl), platformConfiguration.authorizationEndpoint(),
                platformConfiguration.tokenEndpoint(), platformConfiguration.jwksUri(),
                deploymentId.map(Set::of).orElse(Set.of()), DeploymentPolicy.ACCEPT_NEW);
        platforms.save(platform);
        return new RegistrationOutcome(platform, deploymentId, productFamily);
    }

    /** The registration this tool posts; public so the admin pages and tests can show exactly what is asked for. */
    public JSONObject registrationRequest() {
        OIDCClientMetadata client = new OIDCClientMetadata();
        client.setApplicationType(ApplicationType.WEB);
        client.setGrantTypes(Set.of(GrantType.IMPLICIT, GrantType.CLIENT_CREDENTIALS));
        client.setResponseTypes(Set.of(ResponseType.IDTOKEN));
        client.setRedirectionURIs(Set.of(tool.launchUrl()));
        // Set as a plain field: Nimbus's setter refuses http, which the sandbox and tests use on localhost.
        client.setCustomField("initiate_login_uri", tool.loginUrl().toString());
        client.setName(tool.name());
        client.setJWKSetURI(tool.jwksUrl());
        client.setTokenEndpointAuthMethod(ClientAuthenticationMethod.PRIVATE_KEY_JWT);
        client.setScope(new Scope(ToolDescription.SCOPES.toArray(String[]::new)));

        JSONObject configuration = new JSONObject();
        configuration.put("domain", tool.domain());
        configuration.put("target_link_uri", tool.launchUrl().toString());
        configuration.put("description", tool.description());
        configuration.put("claims", tool.claims());
        // Each message names its placements, as canvas.json does: Canvas gives a message without any
        // the module picker (link_selection) and keeps the first message per placement, which would
        // turn "add to a module" into a plain launch with no lesson, activity or gradebook column.
        configuration.put("messages", List.of(
                Map.of("type", LtiClaims.DEEP_LINKING_REQUEST,
                        "target_link_uri", tool.deepLinkingUrl().toString(),
                        "label", tool.name() + ": choose a " + tool.wording().offers(),
                        "placements", List.of("assignment_selection", "link_selection")),
                Map.of("type", LtiClaims.RESOURCE_LINK_REQUEST,
                        "target_link_uri", tool.launchUrl().toString(),
                        "label", tool.name(),
                        "placements", List.of("course_navigation"))));
        // Canvas reads the privacy level from here; other platforms ignore it.
        configuration.put(CANVAS_PRIVACY_LEVEL, tool.canvasPrivacyLevel());
        client.setCustomField(TOOL_CONFIGURATION, configuration);
        return client.toJSONObject();
    }

    private PlatformConfiguration fetchConfiguration(URI url, Optional<String> token) throws RegistrationFailed {
        HttpRequest.Builder request = request(url, token).GET();
        Answer answer = send(request.build(), "fetching the platform's OpenID configuration");
        if (answer.status() != 200) {
            throw new RegistrationFailed("The platform did not hand out its OpenID configuration ("
                    + PlatformErrorMessage.of(answer.status(), answer.body()) + ")."
                    + (answer.status() == 401 || answer.status() == 403
                    ? " The registration token may have expired or been used already: start the registration again." : ""));
        }
        return PlatformConfiguration.parse(answer.body(), url);
    }

    private JsonNode postRegistration(URI endpoint, Optional<String> token) throws RegistrationFailed {
        HttpRequest request = request(endpoint, token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(registrationRequest().toJSONString(), StandardCharsets.UTF_8))
                .build();
        Answer answer = send(request, "posting the registration");
        if (answer.status() != 200 && answer.status() != 201) {
            throw new RegistrationFailed("The platform refused the registration: "
                    + PlatformErrorMessage.of(answer.status(), answer.body()));
        }
        try {
            JsonNode json = JSON.readTree(answer.body());
            if (json == null || !json.isObject()) {
                throw new RegistrationFailed("The platform's answer to the registration is not a JSON object.");
            }
            return json;
        } catch (IOException e) {
            throw new RegistrationFailed("The platform's answer to the registration is not JSON.");
        }
    }

    private HttpRequest.Builder request(URI url, Optional<String> token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(url)
                .timeout(Duration.ofSeconds(15))
                .header("Accept", "application/json")
                .header("User-Agent", userAgent);
        token.filter(t -> !t.isBlank()).ifPresent(t -> builder.header("Authorization", "Bearer " + t));
        return builder;
    }

    private record Answer(int status, String body) {
    }

    private Answer send(HttpRequest request, String step) throws RegistrationFailed {
        try {
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                byte[] bytes = body.readNBytes(MAX_ANSWER_BYTES + 1);
                if (bytes.length > MAX_ANSWER_BYTES) {
                    throw new RegistrationFailed("The platform's answer when " + step + " is larger than "
                            + MAX_ANSWER_BYTES / 1024 + " KB; that is not a registration answer.");
                }
                return new Answer(response.statusCode(), new String(bytes, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new RegistrationFailed(tool.name() + " could not reach the platform when " + step + " ("
                    + request.uri().getHost() + ": " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ", " + e.getMessage()) + ").", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RegistrationFailed("The registration was interrupted while " + step + ".", e);
        }
    }

    private static String displayName(String productFamily, URI configurationUrl) {
        String family = switch (productFamily.toLowerCase(java.util.Locale.ROOT)) {
            case "moodle" -> "Moodle";
            case "canvas" -> "Canvas";
            case "unknown" -> "LTI platform";
            default -> productFamily;
        };
        return family + " at " + configurationUrl.getHost();
    }
}
