package org.convolve.web;

import io.javalin.http.Context;
import org.convolve.lti.launch.LaunchRejected;
import org.convolve.lti.launch.LaunchValidator;
import org.convolve.lti.launch.LtiLaunch;
import org.convolve.lti.login.BrowserBinding;
import org.convolve.lti.login.LoginStateStore;
import org.convolve.lti.login.PendingLogin;
import org.convolve.lti.registration.Platform;
import org.convolve.lti.registration.PlatformRepository;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The platform posts the id_token here; a valid launch becomes a session, answered with its first page. */
final class LaunchController {
    private final LoginStateStore states;
    private final LaunchValidator validator;
    private final LaunchSessionStore sessions;
    private final BrowserCookie cookie;
    private final LaunchLog log;
    private final PlatformRepository platforms;
    private final Templates templates;
    private final ParkedLaunches parked;
    private final PageController pages;

    LaunchController(LoginStateStore states, LaunchValidator validator, LaunchSessionStore sessions,
                     BrowserCookie cookie, LaunchLog log, PlatformRepository platforms, Templates templates,
                     ParkedLaunches parked, PageController pages) {
        this.parked = parked;
        this.pages = pages;
        this.platforms = platforms;
        this.templates = templates;
        this.states = states;
        this.validator = validator;
        this.sessions = sessions;
        this.cookie = cookie;
        this.log = log;
    }

    void launch(Context ctx) {
        if (needsBindingFromPlatformStorage(ctx)) {
            return;
        }
        String error = ctx.formParam("error");
        if (error != null) {
            String description = ctx.formParam("error_description");
            log.launchRejected("platform answered " + error);
            throw new HttpProblem(400, "The platform did not complete the launch",
                    "It answered '" + error + "'" + (description == null ? "." : ": " + description),
                    "Try opening the activity again from your course.");
        }
        String state = ctx.formParam("state");
        boolean fromStorage = ctx.formParam("storage_checked") != null && state != null && !state.isBlank();
        // A waiting id_token is taken by the first post that comes back for it, whatever its fate.
        String idToken = fromStorage ? parked.take(state).orElseThrow(() -> usedUp("waiting id_token already taken"))
                : ctx.formParam("id_token");
        if (idToken == null || idToken.isBlank() || state == null || state.isBlank()) {
            log.launchRejected("id_token or state missing");
            throw HttpProblem.badRequest("A launch must post both an id_token and a state.");
        }
        PendingLogin login = states.consume(state).orElseThrow(() -> usedUp("unknown, expired or reused state"));
        if (!BrowserBinding.matches(postedBinding(ctx), login.browserBindingHash())
                && !BrowserBinding.matches(cookie.read(ctx).orElse(null), login.browserBindingHash())) {
            log.launchRejected("state not bound to this browser");
            throw new HttpProblem(401, "This launch did not start in this browser",
                    "The launch's state belongs to another browser session, or your browser blocked the cookie"
                            + " that ties the launch to it.",
                    "Open the activity again from your course; if this keeps happening, open it in a new window.");
        }
        LtiLaunch launch;
        try {
            launch = validator.validate(idToken, login);
        } catch (LaunchRejected e) {
            log.launchRejected(e.reason(), e.getMessage());
            if (e.reason() == LaunchRejected.Reason.ANONYMOUS_USER) {
                throw new HttpProblem(401, "Sign in to use Convolve", e.getMessage(),
                        "Convolve keeps each learner's answers and grade, so it needs to know who you are."
                                + " Sign in to your course and open the activity again.");
            }
            throw new HttpProblem(401,
                    "This launch was refused", e.getMessage(),
                    "The platform sent a launch Convolve cannot trust. Ask your administrator to check the registration.");
        }
        log.launchAccepted(launch);
        pages.afterLaunch(ctx, sessions.create(launch));
    }

    private HttpProblem usedUp(String why) {
        log.launchRejected(why);
        return new HttpProblem(400, "This launch cannot be used",
                "Its state is unknown, has expired, or was already used (a launch works once).",
                "Open the activity again from your course.");
    }

    /**
     * A launch from a platform with postMessage storage (it carries {@code lti_storage_target})
     * first goes to a page that reads the browser binding back from that storage and posts it with
     * the state. The id_token waits on the server meanwhile; the state is only looked at here, and
     * the second post uses both up.
     */
    private boolean needsBindingFromPlatformStorage(Context ctx) {
        String storageTarget = ctx.formParam("lti_storage_target");
        if (storageTarget == null || storageTarget.isBlank() || ctx.formParam("storage_checked") != null
                || ctx.formParam("id_token") == null) {
            return false;
        }
        String state = ctx.formParam("state");
        Optional<PendingLogin> pending = states.peek(state);
        Optional<Platform> platform = pending.flatMap(login -> platforms.find(login.issuer(), login.clientId()));
        if (platform.isEmpty()) {
            return false;
        }
        parked.park(state, ctx.formParam("id_token"));
        Map<String, Object> model = new HashMap<>();
        model.put("state", state);
        model.put("storageTarget", storageTarget);
        // Read as on the login page: an empty origin means no platform storage for this registration.
        model.put("storageOrigin", WebOrigin.of(platform.get().authorizationEndpoint()).orElse(""));
        model.put("storageKey", BrowserBinding.storageKey(state));
        ctx.html(templates.render("launch-relay", model));
        return true;
    }

    /** The binding read from the platform's storage counts only on a launch that says it used that storage. */
    private static String postedBinding(Context ctx) {
        String storageTarget = ctx.formParam("lti_storage_target");
        String binding = ctx.formParam("browser_binding");
        return storageTarget == null || storageTarget.isBlank() || binding == null || binding.isBlank() ? null : binding;
    }
}
