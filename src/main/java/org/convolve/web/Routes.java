package org.convolve.web;

import io.javalin.config.RoutesConfig;
import java.util.Optional;
import org.convolve.sandbox.SandboxController;

/** Every endpoint of the tool, in one place. Handlers delegate at once. */
final class Routes {
    private Routes() {
    }

    static void register(RoutesConfig routes, Controllers c, Optional<SandboxController> sandbox) {
        routes.get("/", c.home()::index);
        routes.get("/health", c.home()::health);
        routes.get("/metrics", c.home()::metrics);
        routes.get("/.well-known/jwks.json", c.home()::jwks);

        // LTI 1.3: OIDC login initiation (GET for Canvas, POST for Moodle), then the id_token launch.
        routes.get("/lti/login", c.login()::initiate);
        routes.post("/lti/login", c.login()::initiate);
        routes.post("/lti/launch", c.launch()::launch);

        // Pages of a launch session; {handle} is the session, carried by the pages instead of a cookie.
        routes.get("/s/{handle}", c.pages()::landing);
        routes.get("/s/{handle}/lesson", c.pages()::lesson);
        routes.get("/s/{handle}/instructor", c.pages()::instructor);
        routes.get("/s/{handle}/progress", c.pages()::progress);

        // Answers: each form posts here, is graded and saved, then redirects back to the lesson (422 to fix input).
        routes.post("/s/{handle}/activities/{activityId}/pairs", c.activities()::pairs);
        routes.post("/s/{handle}/activities/{activityId}/choice", c.activities()::choice);
        routes.post("/s/{handle}/activities/{activityId}/feature-map", c.activities()::featureMap);
        routes.post("/s/{handle}/activities/{activityId}/reading", c.activities()::reading);
        routes.post("/s/{handle}/activities/{activityId}/filter", c.activities()::filter);

        sandbox.ifPresent(s -> {
            routes.get("/sandbox", s::home);
            routes.post("/sandbox/start", s::start);
            routes.get("/sandbox/auth", s::authorize);
            routes.post("/sandbox/auth", s::authorize);
            routes.get("/sandbox/jwks", s::jwks);
        });
    }
}
