package org.convolve.lti.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.convolve.lti.launch.AgsEndpoint;
import org.convolve.lti.launch.NrpsEndpoint;
import org.convolve.web.ConvolveTool;
import org.junit.jupiter.api.Test;

/** The files in lti-config/ say what the running tool says, and the Canvas JSON keeps Canvas's rules. */
class SetupFilesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ToolDescription EXAMPLE = ConvolveTool.at(URI.create("https://convolve.example.edu"));

    /** From Canvas's Schemas::Lti::ToolConfiguration and its LTI scope list (canvas-lms, lib/schemas/lti). */
    private static final Set<String> CANVAS_PLACEMENTS = Set.of("account_navigation", "assignment_selection",
            "assignment_view", "course_navigation", "editor_button", "homework_submission", "link_selection",
            "migration_selection", "resource_selection", "submission_type_selection");
    private static final Set<String> CANVAS_LTI_SCOPES = Set.of(
            AgsEndpoint.SCOPE_LINEITEM, AgsEndpoint.SCOPE_LINEITEM_READONLY, AgsEndpoint.SCOPE_RESULT_READONLY,
            AgsEndpoint.SCOPE_SCORE, NrpsEndpoint.SCOPE,
            "https://canvas.instructure.com/lti/public_jwk/scope/update");

    private static JsonNode generated() {
        return JSON.valueToTree(CanvasConfiguration.of(EXAMPLE));
    }

    @Test
    void theCanvasFileInLtiConfigIsWhatTheToolGeneratesForItsExampleUrl() throws Exception {
        assertEquals(generated(), JSON.readTree(Path.of("lti-config/canvas-developer-key.json").toFile()));
    }

    @Test
    void theCanvasJsonHasEveryTopLevelFieldCanvasRequires() {
        JsonNode json = generated();
        for (String field : List.of("title", "description", "target_link_uri", "oidc_initiation_url", "public_jwk_url")) {
            assertTrue(json.path(field).isTextual() && !json.path(field).asText().isBlank(), field);
        }
        assertTrue(json.path("custom_fields").isObject());
        json.path("scopes").forEach(scope -> assertTrue(CANVAS_LTI_SCOPES.contains(scope.asText()), scope.asText()));
    }

    @Test
    void theCanvasExtensionNamesAKnownPrivacyLevelAndOnlyPlacementsCanvasKnows() {
        JsonNode extension = generated().path("extensions").get(0);
        assertEquals("canvas.instructure.com", extension.path("platform").asText());
        assertTrue(Set.of("public", "email_only", "name_only", "anonymous").contains(extension.path("privacy_level").asText()));
        JsonNode placements = extension.path("settings").path("placements");
        assertTrue(placements.isArray() && placements.size() > 0);
        for (JsonNode placement : placements) {
            assertTrue(CANVAS_PLACEMENTS.contains(placement.path("placement").asText()), placement.toString());
            assertTrue(Set.of("LtiDeepLinkingRequest", "LtiResourceLinkRequest")
                    .contains(placement.path("message_type").asText()), placement.toString());
            assertTrue(placement.path("target_link_uri").asText().startsWith("https://convolve.example.edu/"));
        }
    }

    @Test
    void theAssignmentAndLinkPickersUseDeepLinking() {
        JsonNode placements = generated().path("extensions").get(0).path("settings").path("placements");
        Set<String> pickers = new java.util.HashSet<>();
        for (JsonNode placement : placements) {
            if (Set.of("assignment_selection", "link_selection").contains(placement.path("placement").asText())) {
                assertEquals("LtiDeepLinkingRequest", placement.path("message_type").asText());
                pickers.add(placement.path("placement").asText());
            }
        }
        assertEquals(Set.of("assignment_selection", "link_selection"), pickers);
    }

    @Test
    void theMoodleFileGivesEveryValueOfTheManualForm() throws Exception {
        String file = Files.readString(Path.of("lti-config/moodle-manual-registration.md"));
        for (MoodleSettings.Field field : MoodleSettings.of(EXAMPLE)) {
            assertTrue(file.contains("| " + field.label() + " | "), "missing row " + field.label());
            if (!field.value().startsWith("(")) {
                assertTrue(file.contains("| " + field.label() + " | " + field.value()), "value of " + field.label());
            }
        }
    }

    @Test
    void thePlatformsExampleIsReadableByPlatformFile() {
        List<Platform> platforms = PlatformFile.read(Path.of("lti-config/platforms.example.json"));
        assertEquals(2, platforms.size());
        assertEquals(DeploymentPolicy.ACCEPT_NEW, platforms.get(0).deploymentPolicy());
        assertTrue(platforms.get(1).knowsDeployment("3"));
    }
}
