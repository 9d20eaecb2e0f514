package org.convolve.lti.launch;

import com.nimbusds.jwt.JWTClaimsSet;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.convolve.lti.LtiClaims;
import org.convolve.lti.LtiLimits;
import org.convolve.lti.launch.LaunchRejected.Reason;
import org.convolve.lti.registration.PlatformKey;

/** Turns the claims of an id_token that passed validation into a typed {@link LtiLaunch}. */
final class LaunchClaimsReader {
    private final JWTClaimsSet claims;
    private final PlatformKey platform;

    LaunchClaimsReader(JWTClaimsSet claims, PlatformKey platform) {
        this.claims = claims;
        this.platform = platform;
    }

    LtiLaunch read() throws LaunchRejected {
        return new LtiLaunch(
                platform,
                (String) claims.getClaim(LtiClaims.DEPLOYMENT_ID),
                (String) claims.getClaim(LtiClaims.MESSAGE_TYPE),
                claims.getSubject(),
                text(claims.getClaim("name")).or(() -> joinedName()),
                text(claims.getClaim("email")),
                new Roles(strings(claims.getClaim(LtiClaims.ROLES))),
                context(),
                resourceLink(),
                text(claims.getClaim(LtiClaims.TARGET_LINK_URI)),
                ags(),
                nrps(),
                deepLinking(),
                custom());
    }

    private Optional<String> joinedName() {
        String given = text(claims.getClaim("given_name")).orElse("");
        String family = text(claims.getClaim("family_name")).orElse("");
        String joined = (given + " " + family).trim();
        return joined.isEmpty() ? Optional.empty() : Optional.of(joined);
    }

    private Optional<LtiLaunch.LaunchContext> context() throws LaunchRejected {
        Map<String, Object> context = object(LtiClaims.CONTEXT);
        if (context == null) {
            return Optional.empty();
        }
        String id = id(context.get("id"), "The context claim's id");
        return Optional.of(new LtiLaunch.LaunchContext(id, text(context.get("title")).or(() -> text(context.get("label")))));
    }

    private Optional<LtiLaunch.ResourceLink> resourceLink() throws LaunchRejected {
        Map<String, Object> link = object(LtiClaims.RESOURCE_LINK);
        if (link == null) {
            return Optional.empty();
        }
        String id = id(link.get("id"), "The resource_link claim's id");
        return Optional.of(new LtiLaunch.ResourceLink(id, text(link.get("title"))));
    }

    private Optional<AgsEndpoint> ags() throws LaunchRejected {
        Map<String, Object> ags = object(LtiClaims.AGS_ENDPOINT);
        if (ags == null) {
            return Optional.empty();
        }
        return Optional.of(new AgsEndpoint(strings(ags.get("scope")),
                uri(ags.get("lineitems"), "The grade service's lineitems address"),
                uri(ags.get("lineitem"), "The grade service's lineitem address")));
    }

    private Optional<NrpsEndpoint> nrps() throws LaunchRejected {
        Map<String, Object> nrps = object(LtiClaims.NRPS);
        if (nrps == null) {
            return Optional.empty();
        }
        return uri(nrps.get("context_memberships_url"), "The roster service's context_memberships_url").map(NrpsEndpoint::new);
    }

    private Optional<DeepLinkingSettings> deepLinking() throws LaunchRejected {
        Map<String, Object> settings = object(LtiClaims.DEEP_LINKING_SETTINGS);
        if (settings == null) {
            return Optional.empty();
        }
        URI returnUrl = uri(settings.get("deep_link_return_url"), "The deep_link_return_url")
                .orElseThrow(() -> malformed("deep_linking_settings has no deep_link_return_url."));
        return Optional.of(new DeepLinkingSettings(
                returnUrl,
                strings(settings.get("accept_types")),
                strings(settings.get("accept_presentation_document_targets")),
                flag(settings.get("accept_multiple"), true),
                flag(settings.get("accept_lineitem"), true),
                text(settings.get("data")),
                text(settings.get("title"))));
    }

    private Map<String, String> custom() throws LaunchRejected {
        Map<String, Object> custom = object(LtiClaims.CUSTOM);
        Map<String, String> values = new LinkedHashMap<>();
        if (custom != null) {
            custom.forEach((key, value) -> values.put(key, String.valueOf(value)));
        }
        return Map.copyOf(values);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> object(String claim) throws LaunchRejected {
        Object value = claims.getClaim(claim);
        if (value == null) {
            return null;
        }
        if (!(value instanceof Map<?, ?>)) {
            throw malformed("The claim " + claim + " must be a JSON object.");
        }
        return (Map<String, Object>) value;
    }

    private static List<String> strings(Object value) {
        List<String> result = new ArrayList<>();
        if (value instanceof List<?> list) {
            for (Object item : list) {
                if (item instanceof String s) {
                    result.add(s);
                }
            }
        }
        return result;
    }

    private static Optional<String> text(Object value) {
        return value instanceof String s && !s.isBlank() ? Optional.of(s) : Optional.empty();
    }

    private static String id(Object value, String what) throws LaunchRejected {
        String id = text(value).orElseThrow(() -> malformed(what + " is missing."));
        if (!LtiLimits.fits(id, LtiLimits.MAX_ID_LENGTH)) {
            throw malformed(LtiLimits.tooLong(what, id, LtiLimits.MAX_ID_LENGTH));
        }
        return id;
    }

    private static boolean flag(Object value, boolean fallback) {
        return value instanceof Boolean b ? b : fallback;
    }

    private static Optional<URI> uri(Object value, String what) throws LaunchRejected {
        Optional<String> text = text(value);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        if (!LtiLimits.fits(text.get(), LtiLimits.MAX_URL_LENGTH)) {
            throw malformed(LtiLimits.tooLong(what, text.get(), LtiLimits.MAX_URL_LENGTH));
        }
        try {
            return Optional.of(new URI(text.get()));
        } catch (URISyntaxException e) {
            throw malformed(what + " ('" + text.get() + "') is not a URL.");
        }
    }

    private static LaunchRejected malformed(String message) {
        return new LaunchRejected(Reason.MALFORMED_CLAIM, message);
    }
}
