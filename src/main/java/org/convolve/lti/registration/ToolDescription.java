package org.convolve.lti.registration;

import java.net.URI;
import java.util.List;
import org.convolve.lti.launch.AgsEndpoint;
import org.convolve.lti.launch.NrpsEndpoint;

/**
 * What the tool tells a platform about itself: one source for dynamic registration, the Canvas
 * developer-key JSON and the Moodle settings page, so the three never disagree.
 */
public record ToolDescription(
        String name,
        String description,
        URI baseUrl,
        URI loginUrl,
        URI launchUrl,
        URI jwksUrl) {

    /** AGS with column management (Moodle maps the lineitem scope to it) and NRPS. */
    public static final List<String> SCOPES = List.of(
            AgsEndpoint.SCOPE_LINEITEM, AgsEndpoint.SCOPE_LINEITEM_READONLY, AgsEndpoint.SCOPE_RESULT_READONLY,
            AgsEndpoint.SCOPE_SCORE, NrpsEndpoint.SCOPE);

    /** Claims about the person that the lesson uses: a name to greet, an email for the instructor's roster. */
    public static final List<String> CLAIMS = List.of("iss", "sub", "name", "given_name", "family_name", "email");

    /** The tool's description for a deployment at {@code baseUrl}, with the tool's standard paths. */
    public static ToolDescription at(URI baseUrl) {
        String base = baseUrl.toString().replaceAll("/+$", "");
        return new ToolDescription(
                "Convolve",
                "An interactive lesson on convolutional neural networks, graded by the tool, with XP sent to the gradebook.",
                URI.create(base),
                URI.create(base + "/lti/login"),
                URI.create(base + "/lti/launch"),
                URI.create(base + "/.well-known/jwks.json"));
    }

    /** The host, with the port when it is not the scheme's default (platforms match launch URLs against it). */
    public String domain() {
        return baseUrl.getPort() == -1 ? baseUrl.getHost() : baseUrl.getHost() + ":" + baseUrl.getPort();
    }

    /** Deep-linking requests arrive at the same launch URL; the tool sends them on by message type. */
    public URI deepLinkingUrl() {
        return launchUrl;
    }
}
