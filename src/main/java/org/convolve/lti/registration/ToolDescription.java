package org.convolve.lti.registration;

import java.net.URI;
import java.util.ArrayList;
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
        URI jwksUrl,
        Wording wording) {

    /**
     * What the tool says of itself where a platform shows its settings and pickers; the library
     * knows the protocol, the product knows what it offers.
     *
     * @param offers        what an instructor picks by deep linking, e.g. "quiz or chapter"
     * @param customFields  a note on the custom parameters a link may carry, or null if it needs none
     * @param nameUse       what the tool does with the person's name, or null
     * @param emailUse      what the tool does with the person's email, or null
     */
    public record Wording(String offers, String customFields, String nameUse, String emailUse) {
    }

    /** AGS with column management (Moodle maps the lineitem scope to it) and NRPS. */
    public static final List<String> SCOPES = List.of(
            AgsEndpoint.SCOPE_LINEITEM, AgsEndpoint.SCOPE_LINEITEM_READONLY, AgsEndpoint.SCOPE_RESULT_READONLY,
            AgsEndpoint.SCOPE_SCORE, NrpsEndpoint.SCOPE);

    private static final List<String> WHO = List.of("iss", "sub");
    private static final List<String> NAME = List.of("name", "given_name", "family_name");

    /** Claims about the person that the tool asks for: who they are, and their name and email only if it uses them. */
    public List<String> claims() {
        List<String> claims = new ArrayList<>(WHO);
        if (wording.nameUse() != null) {
            claims.addAll(NAME);
        }
        if (wording.emailUse() != null) {
            claims.add("email");
        }
        return List.copyOf(claims);
    }

    /** Canvas's privacy level for the same choice: Canvas sends only what the level allows. */
    public String canvasPrivacyLevel() {
        boolean name = wording.nameUse() != null;
        boolean email = wording.emailUse() != null;
        return name && email ? "public" : name ? "name_only" : email ? "email_only" : "anonymous";
    }

    /** A tool deployed at {@code baseUrl}, with this library's standard paths. */
    public static ToolDescription at(URI baseUrl, String name, String description, Wording wording) {
        String base = baseUrl.toString().replaceAll("/+$", "");
        return new ToolDescription(
                name,
                description,
                URI.create(base),
                URI.create(base + "/lti/login"),
                URI.create(base + "/lti/launch"),
                URI.create(base + "/.well-known/jwks.json"),
                wording);
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
