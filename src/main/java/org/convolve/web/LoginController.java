package org.convolve.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.convolve.lti.login.AuthenticationRedirect;
import org.convolve.lti.login.BrowserBinding;
import org.convolve.lti.login.LoginRejected;
import org.convolve.lti.login.LoginRequest;
import org.convolve.lti.login.OidcLogin;

/**
 * OIDC third-party login initiation, by GET (Canvas) or POST (Moodle).
 *
 * <p>The launch must later prove it comes from this browser. A browser that already sent our
 * cookie is redirected at once. Otherwise a small page decides in the browser: keep the binding in
 * the platform's postMessage storage when the platform offers it ({@code lti_storage_target}), else
 * rely on the partitioned cookie when it sticks, else offer to open Convolve in a new window.
 */
final class LoginController {
    /** Login parameters the new-window fallback posts again (without the storage target: a window has no platform frame). */
    private static final List<String> RELAYED = List.of(
            "iss", "login_hint", "target_link_uri", "client_id", "lti_message_hint", "lti_deployment_id", "deployment_id");

    private final OidcLogin login;
    private final BrowserCookie cookie;
    private final LaunchLog log;
    private final Templates templates;

    LoginController(OidcLogin login, BrowserCookie cookie, LaunchLog log, Templates templates) {
        this.login = login;
        this.cookie = cookie;
        this.log = log;
        this.templates = templates;
    }

    void initiate(Context ctx) {
        LoginRequest request = LoginRequest.from(name -> param(ctx, name));
        try {
            boolean cookieAlreadyWorks = cookie.read(ctx).isPresent();
            String binding = cookie.bind(ctx);
            AuthenticationRedirect redirect = login.start(request, binding);
            log.loginStarted(request);
            if (request.storageTarget().isEmpty() && cookieAlreadyWorks) {
                ctx.redirect(redirect.uri().toString(), HttpStatus.FOUND);
                return;
            }
            ctx.html(templates.render("login", page(ctx, request, redirect, binding)));
        } catch (LoginRejected e) {
            log.loginRejected(request, e.getMessage());
            throw new HttpProblem(400, "This launch could not start", e.getMessage(),
                    "Ask the administrator who set Convolve up in your course to check its registration.");
        }
    }

    /** Asked by the login page: did the cookie it was just given come back? */
    void cookieCheck(Context ctx) {
        String binding = ctx.formParam("binding");
        boolean works = binding != null && cookie.read(ctx).filter(binding::equals).isPresent();
        ctx.json(Map.of("cookie", works));
    }

    private static Map<String, Object> page(Context ctx, LoginRequest request, AuthenticationRedirect redirect,
                                            String binding) {
        Map<String, Object> model = new HashMap<>();
        model.put("authUrl", redirect.uri().toString());
        model.put("binding", binding);
        model.put("storageKey", BrowserBinding.storageKey(redirect.login().state()));
        model.put("storageTarget", request.storageTarget().orElse(""));
        // The exact origin of the platform's authentication URL; storage answers from anywhere else are
        // ignored, and a registration without an absolute URL cannot use platform storage at all.
        model.put("storageOrigin", WebOrigin.of(redirect.uri()).orElse(""));
        List<Map<String, String>> fields = new ArrayList<>();
        for (String name : RELAYED) {
            Optional.ofNullable(param(ctx, name)).filter(value -> !value.isBlank())
                    .ifPresent(value -> fields.add(Map.of("name", name, "value", value)));
        }
        model.put("relayedFields", fields);
        return model;
    }

    private static String param(Context ctx, String name) {
        String value = ctx.formParam(name);
        return value != null ? value : ctx.queryParam(name);
    }
}
