package org.convolve.sandbox;

import io.javalin.http.Context;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.convolve.web.HttpProblem;

/**
 * The sandbox platform's pages and OIDC endpoints. Like Moodle, it starts a launch with an
 * auto-submitted POST to the tool's login URL, and answers the tool's authentication request
 * with an auto-submitted POST of the id_token to the tool's redirect URI.
 */
public final class SandboxController {
    static final String STORAGE_FRAME = "post_message_forwarding";
    private static final String STORAGE_HINT = "|storage";
    private static final String DEEP_LINKING_HINT = "deep-linking";

    private final SandboxPlatform platform;
    private final SandboxIdTokens idTokens;
    private final URI toolLoginUrl;
    private final URI toolLaunchUrl;
    private final BiFunction<String, Object, String> render;
    private final SandboxLinks links;
    private final SandboxDeepLinks deepLinks;
    private final SandboxServices services;

    public SandboxController(SandboxPlatform platform, URI toolLoginUrl, URI toolLaunchUrl, Clock clock,
                             BiFunction<String, Object, String> render) {
        this.platform = platform;
        this.idTokens = new SandboxIdTokens(platform, clock);
        this.toolLoginUrl = toolLoginUrl;
        this.toolLaunchUrl = toolLaunchUrl;
        this.render = render;
        // The sandbox checks the tool's signatures with the tool's published keys, fetched over HTTP.
        URI toolJwks = toolLoginUrl.resolve("/.well-known/jwks.json");
        SandboxGradebook gradebook = new SandboxGradebook(clock);
        this.links = new SandboxLinks(gradebook);
        this.deepLinks = new SandboxDeepLinks(platform.issuer(), toolJwks, clock);
        this.services = new SandboxServices(platform, new SandboxTokens(platform.url("/token").toString(), toolJwks,
                clock), gradebook, links, new SandboxFaults(), deepLinks, render);
    }

    /** The AGS, NRPS, token, faults and deep-linking-return endpoints. */
    public SandboxServices services() {
        return services;
    }

    public void home(Context ctx) {
        List<Map<String, Object>> linkModels = links.all().stream().map(link -> Map.<String, Object>of(
                "id", link.id(), "title", link.title())).toList();
        ctx.html(render.apply("sandbox-home", Map.of(
                "users", SandboxUser.ALL,
                "links", linkModels,
                "courseTitle", SandboxPlatform.COURSE_TITLE)));
    }

    /** Step 1 of a launch: the platform sends the browser to the tool's login initiation URL. */
    public void start(Context ctx) {
        SandboxUser user = SandboxUser.find(ctx.formParam("user"))
                .orElseThrow(() -> HttpProblem.badRequest("Choose one of the sandbox's users."));
        ctx.html(autoPost(toolLoginUrl.toString(), loginFields(user, messageHint(ctx, user)),
                "Opening Convolve as " + user.name()));
    }

    /**
     * A course page that shows the tool in an iframe, as Canvas and Moodle do. With storage on it
     * also holds a hidden frame named post_message_forwarding that keeps values for the tool
     * (LTI postMessage storage, Canvas's way); with storage off the tool must manage with cookies.
     */
    public void course(Context ctx) {
        SandboxUser user = SandboxUser.find(ctx.queryParam("user"))
                .orElseThrow(() -> HttpProblem.badRequest("Choose one of the sandbox's users."));
        boolean storage = "on".equals(ctx.queryParam("storage"));
        SandboxLink link = chosenLink(ctx.queryParam("link"));
        ctx.html(render.apply("sandbox-course", Map.of(
                "courseTitle", SandboxPlatform.COURSE_TITLE,
                "userName", user.name(),
                "linkTitle", link.title(),
                "storage", storage,
                "toolFrameUrl", platform.url("/frame-start?user=" + user.id() + "&storage=" + (storage ? "on" : "off")
                        + "&link=" + URLEncoder.encode(link.id(), StandardCharsets.UTF_8)).toString(),
                "storageFrameUrl", platform.url("/storage-frame").toString())));
    }

    /** Step 1 inside the course page's iframe; with storage on, the login names the storage frame. */
    public void frameStart(Context ctx) {
        SandboxUser user = SandboxUser.find(ctx.queryParam("user"))
                .orElseThrow(() -> HttpProblem.badRequest("Choose one of the sandbox's users."));
        boolean storage = "on".equals(ctx.queryParam("storage"));
        // The hint comes back in the authentication request; it is how the sandbox remembers the storage choice.
        Map<String, String> fields = loginFields(user, chosenLink(ctx.queryParam("link")).id() + (storage ? STORAGE_HINT : ""));
        if (storage) {
            fields.put("lti_storage_target", STORAGE_FRAME);
        }
        ctx.html(autoPost(toolLoginUrl.toString(), fields, "Opening Convolve as " + user.name()));
    }

    /** The login initiation the platform sends for a user, with the hint that names what to launch. */
    private Map<String, String> loginFields(SandboxUser user, String messageHint) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("iss", platform.issuer());
        fields.put("login_hint", user.id());
        fields.put("target_link_uri", toolLaunchUrl.toString());
        fields.put("client_id", SandboxPlatform.CLIENT_ID);
        fields.put("lti_deployment_id", SandboxPlatform.DEPLOYMENT_ID);
        fields.put("lti_message_hint", messageHint);
        return fields;
    }

    /** The platform's side of postMessage storage; the script answers lti.capabilities, lti.put_data and lti.get_data. */
    public void storageFrame(Context ctx) {
        ctx.html(render.apply("sandbox-storage-frame", Map.of()));
    }

    /** Step 2: the platform's OIDC authorization endpoint, which answers with a signed id_token. */
    public void authorize(Context ctx) {
        String redirectUri = param(ctx, "redirect_uri");
        if (!toolLaunchUrl.toString().equals(redirectUri)) {
            throw HttpProblem.badRequest("redirect_uri '" + redirectUri + "' is not registered for this tool.");
        }
        require(ctx, "scope", "openid");
        require(ctx, "response_type", "id_token");
        require(ctx, "response_mode", "form_post");
        require(ctx, "prompt", "none");
        require(ctx, "client_id", SandboxPlatform.CLIENT_ID);
        String nonce = param(ctx, "nonce");
        String state = param(ctx, "state");
        if (nonce == null || state == null) {
            throw HttpProblem.badRequest("The authentication request needs a state and a nonce.");
        }
        SandboxUser user = SandboxUser.find(param(ctx, "login_hint"))
                .orElseThrow(() -> HttpProblem.badRequest("login_hint does not name a sandbox user."));
        String hint = param(ctx, "lti_message_hint");
        boolean storage = hint != null && hint.endsWith(STORAGE_HINT);
        String message = storage ? hint.substring(0, hint.length() - STORAGE_HINT.length()) : hint;
        String idToken;
        if (DEEP_LINKING_HINT.equals(message)) {
            if (!user.instructor()) {
                throw HttpProblem.forbidden("Only instructors may add content to the sandbox course.");
            }
            idToken = idTokens.deepLinkingRequest(user, nonce, toolLaunchUrl.toString(), deepLinks.openRequest());
        } else {
            SandboxLink link = links.find(message == null ? SandboxPlatform.RESOURCE_LINK_ID : message)
                    .orElseThrow(() -> HttpProblem.badRequest("lti_message_hint does not name a sandbox link."));
            idToken = idTokens.resourceLinkLaunch(user, nonce, toolLaunchUrl.toString(), link, services);
        }
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("id_token", idToken);
        fields.put("state", state);
        if (storage) {
            // As in Canvas, the launch names the storage frame again.
            fields.put("lti_storage_target", STORAGE_FRAME);
        }
        ctx.html(autoPost(redirectUri, fields, "Signing you in"));
    }

    /** Deep linking when asked for it, else a launch of the chosen link (the first link by default). */
    private String messageHint(Context ctx, SandboxUser user) {
        if ("deep-linking".equals(ctx.formParam("message"))) {
            if (!user.instructor()) {
                throw HttpProblem.badRequest("Only an instructor can add content with deep linking.");
            }
            return DEEP_LINKING_HINT;
        }
        return chosenLink(ctx.formParam("link")).id();
    }

    /** The course link a launch asks for; the sandbox's first link when it names none. */
    private SandboxLink chosenLink(String id) {
        return links.find(id == null || id.isBlank() ? SandboxPlatform.RESOURCE_LINK_ID : id)
                .orElseThrow(() -> HttpProblem.badRequest("Choose one of the sandbox course's links."));
    }

    public void jwks(Context ctx) {
        ctx.contentType("application/json").result(platform.keys().publicKeySet().toString());
    }

    private String autoPost(String action, Map<String, String> fields, String title) {
        List<Map<String, String>> list = fields.entrySet().stream()
                .map(entry -> Map.of("name", entry.getKey(), "value", entry.getValue())).toList();
        return render.apply("autopost", Map.of("action", action, "fields", list, "title", title));
    }

    private static String param(Context ctx, String name) {
        String value = ctx.formParam(name);
        return value != null ? value : ctx.queryParam(name);
    }

    private static void require(Context ctx, String name, String expected) {
        String value = param(ctx, name);
        if (!expected.equals(value)) {
            throw HttpProblem.badRequest("The authentication request must have " + name + "=" + expected
                    + " (it has '" + value + "').");
        }
    }
}
