package org.convolve.lti.registration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;

/**
 * The parts of a platform's OpenID configuration that registration needs, checked. Nimbus's
 * OIDCProviderMetadata would parse it too, but it insists on an https issuer, and the sandbox and
 * tests run platforms on http://localhost.
 */
record PlatformConfiguration(
        URI issuer,
        URI registrationEndpoint,
        URI authorizationEndpoint,
        URI tokenEndpoint,
        URI jwksUri,
        String productFamily) {

    private static final ObjectMapper JSON = new ObjectMapper();

    static PlatformConfiguration parse(String body, URI fetchedFrom) throws RegistrationFailed {
        JsonNode json;
        try {
            json = JSON.readTree(body);
        } catch (IOException e) {
            throw new RegistrationFailed("The platform's OpenID configuration is not JSON.");
        }
        if (json == null || !json.isObject()) {
            throw new RegistrationFailed("The platform's OpenID configuration is not a JSON object.");
        }
        return new PlatformConfiguration(
                PlatformUrls.checkIssuer(text(json, "issuer"), fetchedFrom),
                PlatformUrls.check(text(json, "registration_endpoint"), "registration_endpoint"),
                PlatformUrls.check(text(json, "authorization_endpoint"), "authorization_endpoint"),
                PlatformUrls.check(text(json, "token_endpoint"), "token_endpoint"),
                PlatformUrls.check(text(json, "jwks_uri"), "jwks_uri"),
                json.path(DynamicRegistration.PLATFORM_CONFIGURATION).path("product_family_code").asText("unknown"));
    }

    private static String text(JsonNode json, String field) {
        JsonNode value = json.get(field);
        return value != null && value.isTextual() ? value.asText() : null;
    }
}
