package org.convolve.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import org.convolve.lti.launch.LaunchRejected;
import org.convolve.lti.launch.LaunchValidator;
import org.convolve.lti.launch.LtiLaunch;
import org.convolve.lti.login.BrowserBinding;
import org.convolve.lti.login.LoginStateStore;
import org.convolve.lti.login.PendingLogin;

/** The platform posts the id_token here; a valid launch becomes a session and a redirect to its page. */
final class LaunchController {
    private final LoginStateStore states;
    private final LaunchValidator validator;
    private final LaunchSessionStore sessions;
    private final BrowserCookie cookie;
    private final LaunchLog log;

    LaunchController(LoginStateStore states, LaunchValidator validator, LaunchSessionStore sessions,
                     BrowserCookie cookie, LaunchLog log) {
        this.states = states;
        this.validator = validator;
        this.sessions = sessions;
        this.cookie = cookie;
        this.log = log;
    }

    void launch(Context ctx) {
        String error = ctx.formParam("error");
        if (error != null) {
            String description = ctx.formParam("error_description");
            log.launchRejected("platform answered " + error);
            throw new HttpProblem(400, "The platform did not complete the launch",
                    "It answered '" + error + "'" + (description == null ? "." : ": " + description),
                    "Try opening the activity again from your course.");
        }
        String idToken = ctx.formParam("id_token");
        String state = ctx.formParam("state");
        if (idToken == null || idToken.isBlank() || state == null || state.isBlank()) {
            log.launchRejected("id_token or state missing");
            throw HttpProblem.badRequest("A launch must post both an id_token and a state.");
        }
        PendingLogin login = states.consume(state).orElseThrow(() -> {
            log.launchRejected("unknown, expired or reused state");
            return new HttpProblem(400, "This launch cannot be used",
                    "Its state is unknown, has expired, or was already used (a launch works once).",
                    "Open the activity again from your course.");
        });
        if (!BrowserBinding.matches(cookie.read(ctx).orElse(null), login.browserBindingHash())) {
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
            throw new HttpProblem(401,
                    "This launch was refused", e.getMessage(),
                    "The platform sent a launch Convolve cannot trust. Ask your administrator to check the registration.");
        }
        log.launchAccepted(launch);
        LaunchSession session = sessions.create(launch);
        ctx.redirect(PageController.firstPageOf(session), HttpStatus.SEE_OTHER);
    }
}
