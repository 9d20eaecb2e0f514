package org.convolve.web;

import io.javalin.http.Context;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.convolve.lti.registration.CanvasConfiguration;
import org.convolve.lti.registration.DynamicRegistration;
import org.convolve.lti.registration.MoodleSettings;
import org.convolve.lti.registration.RegistrationFailed;
import org.convolve.lti.registration.RegistrationOutcome;
import org.convolve.lti.registration.ToolDescription;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Setting Convolve up in a platform: LTI Dynamic Registration (the URL an admin pastes into
 * Moodle or Canvas), the Canvas developer-key JSON, and the values for Moodle's manual form.
 */
final class RegistrationController {
    private static final Logger LOG = LoggerFactory.getLogger("org.convolve.registration");

    private final DynamicRegistration registration;
    private final ToolDescription tool;
    private final Templates templates;
    private final Runnable platformsChanged;
    private final RegistrationAccess access;

    RegistrationController(DynamicRegistration registration, ToolDescription tool, Templates templates,
                           Runnable platformsChanged, RegistrationAccess access) {
        this.access = access;
        this.registration = registration;
        this.tool = tool;
        this.templates = templates;
        this.platformsChanged = platformsChanged;
    }

    /** The platform opens this with openid_configuration and registration_token (never logged: it is a credential). */
    void register(Context ctx) {
        access.checkTurnedOn();
        String configuration = ctx.queryParam("openid_configuration");
        if (configuration == null || configuration.isBlank()) {
            throw new HttpProblem(400, "This is Convolve's registration address",
                    "Paste this address into your platform's LTI Dynamic Registration field (Moodle: \"Tool URL\" under"
                            + " Manage tools; Canvas: Developer Keys > + LTI Registration). The platform then opens it"
                            + " with the openid_configuration parameter, which is missing here.",
                    "To register by hand instead, see " + tool.baseUrl() + "/lti/config/moodle or "
                            + tool.baseUrl() + "/lti/config/canvas.json.");
        }
        access.check(ctx);
        Optional<String> token = Optional.ofNullable(ctx.queryParam("registration_token")).filter(t -> !t.isBlank());
        try {
            RegistrationOutcome outcome = registration.register(configuration, token);
            platformsChanged.run();
            LOG.info("registration completed iss={} client_id={} deployment={} platform={}",
                    UntrustedText.shown(outcome.platform().issuer()), UntrustedText.shown(outcome.platform().clientId()),
                    UntrustedText.shown(outcome.deploymentId().orElse("-")), UntrustedText.shown(outcome.productFamily()));
            ctx.html(templates.render("registration", completed(outcome)));
        } catch (RegistrationFailed e) {
            LOG.warn("registration failed for {}: {}", UntrustedText.shown(hostOf(configuration)),
                    UntrustedText.shown(e.getMessage()));
            ctx.status(400).html(templates.render("registration", Map.of(
                    "failed", Map.of("message", e.getMessage()))));
        }
    }

    void canvasJson(Context ctx) {
        ctx.json(CanvasConfiguration.of(tool));
    }

    void moodleSettings(Context ctx) {
        ctx.html(templates.render("moodle-settings", Map.of(
                "fields", MoodleSettings.of(tool),
                "registrationUrl", access.addressShown(tool.baseUrl().toString()))));
    }

    private static Map<String, Object> completed(RegistrationOutcome outcome) {
        Map<String, Object> done = new HashMap<>();
        done.put("platformName", outcome.platform().name());
        done.put("issuer", outcome.platform().issuer());
        done.put("clientId", outcome.platform().clientId());
        done.put("deploymentId", outcome.deploymentId().orElse(null));
        done.put("moodle", outcome.isMoodle());
        done.put("canvas", outcome.isCanvas());
        done.put("other", !outcome.isMoodle() && !outcome.isCanvas());
        return Map.of("done", done);
    }

    private static String hostOf(String url) {
        try {
            return java.net.URI.create(url).getHost();
        } catch (IllegalArgumentException e) {
            return "(not a URL)";
        }
    }
}
