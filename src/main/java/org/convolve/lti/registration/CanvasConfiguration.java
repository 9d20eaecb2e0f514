package org.convolve.lti.registration;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.convolve.lti.LtiClaims;

/**
 * The JSON an admin pastes into a Canvas developer key ("LTI Key", method "Paste JSON" or
 * "Enter URL"), following Canvas's lti_dev_key_config.md and its tool-configuration schema.
 * Content is added by deep linking from the assignment and link pickers; course navigation
 * opens the tool's default content as a plain resource link.
 */
public final class CanvasConfiguration {
    static final String PLATFORM = "canvas.instructure.com";

    private CanvasConfiguration() {
    }

    public static Map<String, Object> of(ToolDescription tool) {
        String launch = tool.launchUrl().toString();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("title", tool.name());
        json.put("description", tool.description());
        json.put("oidc_initiation_url", tool.loginUrl().toString());
        json.put("target_link_uri", launch);
        json.put("public_jwk_url", tool.jwksUrl().toString());
        json.put("scopes", ToolDescription.SCOPES);
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("text", tool.name());
        settings.put("placements", List.of(
                placement("assignment_selection", LtiClaims.DEEP_LINKING_REQUEST, tool.deepLinkingUrl().toString(),
                        tool.name() + " " + tool.wording().offers()),
                placement("link_selection", LtiClaims.DEEP_LINKING_REQUEST, tool.deepLinkingUrl().toString(),
                        tool.name() + " " + tool.wording().offers()),
                placement("course_navigation", LtiClaims.RESOURCE_LINK_REQUEST, launch, tool.name())));
        Map<String, Object> canvas = new LinkedHashMap<>();
        canvas.put("platform", PLATFORM);
        canvas.put("domain", tool.domain());
        canvas.put("privacy_level", tool.canvasPrivacyLevel());
        canvas.put("settings", settings);
        json.put("extensions", List.of(canvas));
        json.put("custom_fields", Map.of());
        return json;
    }

    private static Map<String, Object> placement(String placement, String messageType, String target, String text) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("placement", placement);
        map.put("message_type", messageType);
        map.put("target_link_uri", target);
        map.put("text", text);
        return map;
    }
}
