package org.convolve.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Handler;
import java.util.Optional;
import org.convolve.sandbox.SandboxController;

/** Every endpoint of the tool, in one place. Handlers delegate at once. */
final class Routes {
    private Routes() {
    }

    static void register(RoutesConfig routes, Controllers c, Optional<SandboxController> sandbox,
                         SessionResolver sessions) {
        // Every form a launch session posts carries its CSRF token (see CsrfGuard); checked before any handler.
        routes.before("/s/{handle}/*", sessions::checkPost);

        routes.get("/", c.home()::index);
        routes.get("/health", c.home()::health);
        routes.get("/metrics", c.home()::metrics);
        routes.get("/.well-known/jwks.json", c.home()::jwks);

        // LTI 1.3: OIDC login initiation (GET for Canvas, POST for Moodle), then the id_token launch.
        routes.get("/lti/login", c.login()::initiate);
        routes.post("/lti/login", c.login()::initiate);
        routes.post("/lti/login/cookie-check", c.login()::cookieCheck);
        routes.post("/lti/launch", c.launch()::launch);

        // Setting Convolve up in a platform: dynamic registration, Canvas developer-key JSON, Moodle's manual form.
        routes.get("/lti/register", c.registration()::register);
        routes.get("/lti/register/{key}", c.registration()::register);
        routes.get("/lti/config/canvas.json", c.registration()::canvasJson);
        routes.get("/lti/config/moodle", c.registration()::moodleSettings);

        // Pages of a launch session; {handle} is the session, carried by the pages instead of a cookie.
        sessionPage(routes, "/s/{handle}", c.pages()::landing);
        sessionPage(routes, "/s/{handle}/lesson", c.pages()::lesson);
        sessionPage(routes, "/s/{handle}/progress", c.pages()::progress);
        sessionPage(routes, "/s/{handle}/instructor", c.pages()::instructor);
        routes.post("/s/{handle}/instructor/grades/{id}/send-again", c.gradeSync()::sendAgain);
        sessionPage(routes, "/s/{handle}/deep-link", c.deepLinks()::page);
        routes.post("/s/{handle}/deep-link", c.deepLinks()::respond);

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
            routes.get("/sandbox/course", s::course);
            routes.get("/sandbox/frame-start", s::frameStart);
            routes.get("/sandbox/storage-frame", s::storageFrame);
            // LTI Advantage services of the sandbox; line items carry ?type_id=1 as Moodle's do.
            routes.post("/sandbox/token", s.services()::token);
            routes.get("/sandbox/ags/lineitems", s.services()::lineItems);
            routes.post("/sandbox/ags/lineitems", s.services()::createLineItem);
            routes.get("/sandbox/ags/lineitems/{item}/lineitem", s.services()::lineItem);
            routes.post("/sandbox/ags/lineitems/{item}/lineitem/scores", s.services()::score);
            routes.get("/sandbox/ags/lineitems/{item}/lineitem/results", s.services()::results);
            routes.get("/sandbox/nrps/memberships", s.services()::memberships);
            routes.post("/sandbox/deep-link/return", s.services()::deepLinkReturn);
            routes.get("/sandbox/gradebook", s.services()::gradebookPage);
            routes.get("/sandbox/gradebook/summary", s.services()::gradebookSummary);
            routes.post("/sandbox/faults", s.services()::faults);
        });
    }

    /**
     * GET, and HEAD through the same handler: for a HEAD without a route of its own Javalin answers
     * 200 without running the page, so an unknown session or a learner at an instructor page would
     * be told "200" where GET says 401 or 403.
     */
    private static void sessionPage(RoutesConfig routes, String path, Handler handler) {
        routes.get(path, handler);
        routes.head(path, handler);
    }
}
