package org.convolve.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.convolve.Config;
import org.convolve.lesson.LessonCatalog;
import org.convolve.lti.keys.ToolKeys;
import org.convolve.progress.AnswerRecorder;
import org.convolve.progress.EarnedScoreSink;
import org.convolve.lti.launch.LaunchValidator;
import org.convolve.lti.launch.PlatformKeySources;
import org.convolve.lti.login.OidcLogin;
import org.convolve.lti.registration.PlatformRepository;
import org.convolve.sandbox.SandboxController;
import org.convolve.sandbox.SandboxPlatform;
import org.convolve.storage.Database;
import org.convolve.storage.JdbcClassRoster;
import org.convolve.storage.JdbcLaunchSessionStore;
import org.convolve.storage.JdbcLoginStateStore;
import org.convolve.storage.JdbcProgressStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The Javalin server: builds the controllers, applies headers and error pages, listens. */
public final class WebServer {
    private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);
    private static final List<String> TEMPLATES = List.of(
            "home", "lesson", "instructor", "error", "autopost", "sandbox-home");
    private static final int CONTENT_TOO_LARGE = 413;

    private final Javalin javalin;

    private WebServer(Javalin javalin) {
        this.javalin = javalin;
    }

    public static WebServer start(Config config, Clock clock, Database database, PlatformRepository platforms,
                                  ToolKeys toolKeys, LessonCatalog lessons, SandboxPlatform sandbox,
                                  ObjectMapper json, PrometheusMeterRegistry metrics) {
        return start(config, clock, database, platforms, toolKeys, lessons, sandbox, json, metrics,
                EarnedScoreSink.NONE);
    }

    /** {@code scores} receives each learner's lesson score inside the transaction that saved the answer. */
    public static WebServer start(Config config, Clock clock, Database database, PlatformRepository platforms,
                                  ToolKeys toolKeys, LessonCatalog lessons, SandboxPlatform sandbox,
                                  ObjectMapper json, PrometheusMeterRegistry metrics, EarnedScoreSink scores) {
        Templates templates = new Templates();
        templates.precompile(TEMPLATES);

        JdbcLoginStateStore states = new JdbcLoginStateStore(database.jdbi(), clock);
        LaunchSessionStore sessions = new JdbcLaunchSessionStore(database.jdbi(), json, config.sessionLifetime(), clock);
        BrowserCookie cookie = new BrowserCookie(config.publicUrl());
        LaunchLog log = new LaunchLog(metrics);
        OidcLogin login = new OidcLogin(platforms, states, config.url("/lti/launch"), Duration.ofMinutes(10), clock);
        LaunchValidator validator = new LaunchValidator(platforms,
                new PlatformKeySources(Duration.ofMinutes(15), Duration.ofSeconds(10)), config.clockLeeway(), clock);

        SessionResolver resolver = new SessionResolver(sessions);
        SessionLessons sessionLessons = new SessionLessons(lessons);
        ActivityStates answerStates = new ActivityStates(json);
        LessonPage lessonPage = new LessonPage(templates, answerStates);
        AnswerRecorder recorder = new AnswerRecorder(new JdbcProgressStore(database.jdbi(), clock), scores);
        Controllers controllers = new Controllers(
                new HomeController(templates, toolKeys, database::isHealthy, metrics, Map.of(
                        "publicUrl", config.publicUrl().toString(),
                        "sandbox", sandbox != null)),
                new LoginController(login, cookie, log),
                new LaunchController(states, validator, sessions, cookie, log),
                new PageController(resolver, templates, sessionLessons, new JdbcClassRoster(database.jdbi()), recorder,
                        lessonPage),
                new ActivityController(resolver, sessionLessons, recorder, lessonPage, answerStates, new SecureRandom()));
        Optional<SandboxController> sandboxController = Optional.ofNullable(sandbox).map(platform ->
                new SandboxController(platform, config.url("/lti/login"), config.url("/lti/launch"), clock,
                        templates::render));
        SecurityHeaders headers = new SecurityHeaders("*");

        Javalin javalin = Javalin.create(cfg -> {
            cfg.http.maxRequestSize = config.maxRequestBytes();
            cfg.jsonMapper(new JavalinJackson(json, false));
            cfg.staticFiles.add(files -> {
                files.hostedPath = "/static";
                files.directory = "/static";
                files.location = Location.CLASSPATH;
            });
            cfg.jetty.host = config.host();
            cfg.jetty.port = config.port();
            cfg.startup.showJavalinBanner = false;
            cfg.routes.before(headers::apply);
            Routes.register(cfg.routes, controllers, sandboxController);
            cfg.routes.exception(HttpProblem.class, (e, ctx) -> ctx.status(e.status())
                    .html(templates.render("error", e.page())));
            cfg.routes.exception(HttpResponseException.class, (e, ctx) -> ctx.status(e.getStatus())
                    .html(templates.render("error", e.getStatus() == CONTENT_TOO_LARGE
                            ? new ErrorPage(CONTENT_TOO_LARGE, "This form is too large",
                                    "The tool accepts at most " + config.maxRequestBytes() / 1024 + " KiB in one request,"
                                            + " far more than any answer in the lesson needs. Nothing was saved.",
                                    "Go back to the lesson, reload it, and answer again.")
                            : new ErrorPage(e.getStatus(), "This request cannot be used", e.getMessage(), null))));
            cfg.routes.exception(Exception.class, (e, ctx) -> {
                LOG.error("Unexpected failure on {} {}", ctx.method(), ctx.path(), e);
                ctx.status(500).html(templates.render("error", new ErrorPage(500, "Something went wrong on our side",
                        "The tool could not finish this request. Nothing you already did was lost.",
                        "Try again in a moment.")));
            });
            cfg.routes.error(404, ctx -> {
                if (ctx.result() == null || ctx.result().isEmpty()) {
                    ctx.html(templates.render("error", new ErrorPage(404, "Page not found",
                            "There is no page at " + ctx.path() + ".", null)));
                }
            });
        });
        javalin.start();
        return new WebServer(javalin);
    }

    public int port() {
        return javalin.port();
    }

    public void stop() {
        javalin.stop();
    }
}
