package org.convolve.lti.login;

import java.util.Optional;

/**
 * The third-party login initiation a platform sends (by GET or POST).
 * Canvas names the deployment {@code deployment_id}; the spec and Moodle say {@code lti_deployment_id}.
 */
public record LoginRequest(
        String issuer,
        String loginHint,
        String targetLinkUri,
        Optional<String> clientId,
        Optional<String> ltiMessageHint,
        Optional<String> deploymentId,
        Optional<String> storageTarget) {

    public interface Parameters {
        String get(String name);
    }

    public static LoginRequest from(Parameters params) {
        return new LoginRequest(
                params.get("iss"),
                params.get("login_hint"),
                params.get("target_link_uri"),
                optional(params.get("client_id")),
                optional(params.get("lti_message_hint")),
                optional(params.get("lti_deployment_id")).or(() -> optional(params.get("deployment_id"))),
                optional(params.get("lti_storage_target")));
    }

    private static Optional<String> optional(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }
}
