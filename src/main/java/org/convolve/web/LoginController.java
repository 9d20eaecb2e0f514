package org.convolve.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.convolve.lti.login.AuthenticationRedirect;
import org.convolve.lti.login.LoginRejected;
import org.convolve.lti.login.LoginRequest;
import org.convolve.lti.login.OidcLogin;

/** OIDC third-party login initiation, by GET (Canvas) or POST (Moodle). */
final class LoginController {
    private final OidcLogin login;
    private final BrowserCookie cookie;
    private final LaunchLog log;

    LoginController(OidcLogin login, BrowserCookie cookie, LaunchLog log) {
        this.login = login;
        this.cookie = cookie;
        this.log = log;
    }

    void initiate(Context ctx) {
        LoginRequest request = LoginRequest.from(name -> {
            String value = ctx.formParam(name);
            return value != null ? value : ctx.queryParam(name);
        });
        try {
            String binding = cookie.bind(ctx);
            AuthenticationRedirect redirect = login.start(request, binding);
            log.loginStarted(request);
            ctx.redirect(redirect.uri().toString(), HttpStatus.FOUND);
        } catch (LoginRejected e) {
            log.loginRejected(request, e.getMessage());
            throw new HttpProblem(400, "This launch could not start", e.getMessage(),
                    "Ask the administrator who set Convolve up in your course to check its registration.");
        }
    }
}
