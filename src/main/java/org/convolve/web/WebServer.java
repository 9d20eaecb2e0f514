package org.convolve.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Ticker;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.json.JavalinJackson;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.convolve.Config;
import org.convolve.gradesync.GradeSync;
import org.convolve.lesson.LessonCatalog;
import org.convolve.lti.deeplink.DeepLinkingResponse;
import org.convolve.lti.keys.ToolKeys;
import org.convolve.progress.AnswerRecorder;
import org.convolve.gradesync.OutboxScoreSink;
import org.convolve.lti.launch.LaunchValidator;
import org.convolve.lti.launch.PlatformKeySources;
import org.convolve.lti.login.OidcLogin;
import org.convolve.lti.registration.DynamicRegistration;
import org.convolve.lti.registration.PlatformRepository;
import org.convolve.lti.registration.ToolDescription;
import org.convolve.sandbox.SandboxController;
import org.convolve.sandbox.SandboxPlatform;
import org.convolve.sandbox.SandboxServices;
import org.convolve.storage.Database;
import org.convolve.storage.JdbcClassProgress;
import org.convolve.storage.JdbcClassRoster;
import org.convolve.storage.JdbcLaunchSessionStore;
import org.convolve.storage.JdbcLoginStateStore;
import org.convolve.storage.JdbcParkedLaunches;
import org.convolve.storage.JdbcToolSecrets;
import org.convolve.storage.JdbcProgressStore;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The Javalin server: builds the controllers, applies headers and error pages, listens. */
public final class WebServer {
    private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);
    private static final List<String> TEMPLATES = List.of(
            "home", "lesson", "lesson-text", "lesson-update", "instructor", "error", "autopost", "sandbox-home",
            "registration", "moodle-settings", "login", "launch-relay", "sandbox-course", "sandbox-storage-frame",
            "deep-link", "sandbox-gradebook", "sandbox-deep-link-return");

    private final Javalin javalin;
    private final GradeSync gradeSync;
    private final Optional<SandboxController> sandbox;
    private final ExpiredRowSweep sweep;

    private WebServer(Javalin javalin, GradeSync gradeSync, Optional<SandboxController> sandbox,
                      ExpiredRowSweep sweep) {
        this.javalin = javalin;
        this.gradeSync = gradeSync;
        this.sandbox = sandbox;
        this.sweep = sweep;
    }

    public static WebServer start(Config config, Clock clock, Database database, PlatformRepository platforms,
                                  ToolKeys toolKeys, LessonCatalog lessons, SandboxPlatform sandbox,
                                  ObjectMapper json, PrometheusMeterRegistry metrics) {
        StaticAssets assets = new StaticAssets();
        Templates templates = new Templates(assets);
        templates.precompile(TEMPLATES);

        JdbcLoginStateStore states = new JdbcLoginStateStore(database.jdbi(), clock);
        JdbcLaunchSessionStore storedSessions = new JdbcLaunchSessionStore(database.jdbi(), json,
                config.sessionLifetime(), clock);
        LaunchSessionStore sessions = new CachingLaunchSessionStore(storedSessions,
                CachingLaunchSessionStore.sizeFor(Runtime.getRuntime().maxMemory()), Duration.ofMinutes(30), clock);
        BrowserCookie cookie = new BrowserCookie(config.publicUrl());
        LaunchLog log = new LaunchLog(metrics);
        OidcLogin login = new OidcLogin(platforms, states, config.url("/lti/launch"), Duration.ofMinutes(10), clock);
        LaunchValidator validator = new LaunchValidator(platforms,
                new PlatformKeySources(Duration.ofMinutes(15), Duration.ofSeconds(10)), config.clockLeeway(), clock);

        CsrfGuard csrf = new CsrfGuard(new JdbcToolSecrets(database.jdbi(), clock).secret("csrf"));
        FrameAncestors frameAncestors = new FrameAncestors(platforms, config.extraFrameAncestors(), clock);
        ToolDescription tool = ConvolveTool.at(config.publicUrl());
        // Canvas refuses service calls without a User-Agent; one names the tool on every call we make.
        String userAgent = "Convolve/" + version() + " (LTI 1.3 tool; " + config.publicUrl() + ")";
        RegistrationController registration = new RegistrationController(
                new DynamicRegistration(tool, platforms, userAgent), tool, templates, frameAncestors::refresh,
                new RegistrationAccess(config.registrationKey(), config.production()));

        GradeSync gradeSync = GradeSync.create(database.jdbi(), platforms, toolKeys, clock, metrics,
                config.gradeSync(), userAgent);
        SessionResolver sessionResolver = new SessionResolver(sessions, csrf);
        SessionLessons sessionLessons = new SessionLessons(lessons);
        ActivityStates answerStates = new ActivityStates(json);
        LessonPage lessonPage = new LessonPage(templates, answerStates);
        AnswerRecorder recorder = new AnswerRecorder(new JdbcProgressStore(database.jdbi(), clock),
                new OutboxScoreSink(gradeSync.outbox(), clock));
        PageController pages = new PageController(sessionResolver, templates, sessionLessons,
                new JdbcClassRoster(database.jdbi()), recorder, lessonPage, new InstructorGradeSync(gradeSync.status(), clock),
                new CourseMembers(new RecentRosters(gradeSync.memberships()::members, RecentRosters.KEEP_FOR,
                        Ticker.systemTicker()), platforms),
                new InstructorClassStats(new JdbcClassProgress(database.jdbi())));
        Controllers controllers = new Controllers(
                new HomeController(templates, toolKeys, database::isHealthy, metrics, Map.of(
                        "publicUrl", config.publicUrl().toString(),
                        "sandbox", sandbox != null)),
                new LoginController(login, cookie, log, templates),
                new LaunchController(states, validator, sessions, cookie, log, platforms, templates,
                        new JdbcParkedLaunches(database.jdbi(), Duration.ofMinutes(10), clock), pages),
                pages,
                registration,
                new DeepLinkController(sessionResolver, templates, sessionLessons, new DeepLinkingResponse(toolKeys, clock),
                        config.url("/lti/launch")),
                new GradeSyncController(sessionResolver, gradeSync.outbox()),
                new ActivityController(sessionResolver, sessionLessons, recorder, lessonPage, answerStates,
                        new SecureRandom()));
        Optional<SandboxController> sandboxController = Optional.ofNullable(sandbox).map(platform ->
                new SandboxController(platform, URI.create(config.sandboxToolUrl() + "/lti/login"),
                        URI.create(config.sandboxToolUrl() + "/lti/launch"), clock,
                        templates::render));
        SecurityHeaders headers = new SecurityHeaders(frameAncestors::value, "https".equals(config.publicUrl().getScheme()),
                // Config has refused a public URL without one.
                WebOrigin.of(config.publicUrl()).orElseThrow());

        SessionWayBack wayBack = new SessionWayBack(sessions);
        Javalin javalin = Javalin.create(cfg -> {
            cfg.http.maxRequestSize = config.maxRequestBytes();
            cfg.http.prefer405over404 = true;
            cfg.http.compressionStrategy = PageCompression.strategy();
            cfg.jsonMapper(new JavalinJackson(json, false));
            cfg.jetty.host = config.host();
            cfg.jetty.port = config.port();
            // Requests wait for one of a few database connections anyway; on two cores, hundreds of
            // request threads only add memory and switching.
            cfg.jetty.threadPool = new QueuedThreadPool(config.httpThreads(), Math.min(8, config.httpThreads()));
            cfg.startup.showJavalinBanner = false;
            cfg.jetty.modifyServer(server -> server.setErrorHandler(
                    new UnreadableRequestPage(page -> templates.render("error", page), headers)));
            cfg.routes.before(headers::apply);
            cfg.routes.after(HtmlCharset::declare);
            cfg.routes.get(StaticAssets.PATH + "/{name}", assets::serve);
            cfg.routes.head(StaticAssets.PATH + "/{name}", assets::serve);
            Routes.register(cfg.routes, controllers, sandboxController, sessionResolver);
            cfg.routes.exception(HttpProblem.class, (e, ctx) -> ctx.status(e.status())
                    .html(templates.render("error", wayBack.addTo(e.page(), ctx))));
            ErrorPage tooLarge = new ErrorPage(413, "This form is too large",
                    "Convolve accepts at most " + config.maxRequestBytes() / 1024 + " KiB in one request, far more than any"
                            + " answer in the lesson needs. Nothing was saved.",
                    "Go back to the lesson, reload it, and answer again.");
            ErrorPage launchTooLarge = new ErrorPage(413, "This launch is too large",
                    "The platform sent more than the " + config.maxRequestBytes() / 1024 + " KiB Convolve accepts in one"
                            + " request.",
                    "Open the activity again from your course. If this keeps happening, tell your administrator.");
            cfg.routes.exception(HttpResponseException.class, (e, ctx) -> {
                if (e.getStatus() == 413) {
                    OversizedBody.drain(ctx.req());
                }
                ErrorPage page = e.getStatus() == 413 ? (ctx.path().startsWith("/lti/") ? launchTooLarge : tooLarge)
                        : e.getStatus() == 405 ? WrongMethod.page(ctx, e)
                        : e.getStatus() == 404 ? pageNotFound(ctx)
                        : new ErrorPage(e.getStatus(), "This request cannot be used", e.getMessage(), null);
                ctx.status(e.getStatus()).html(templates.render("error", wayBack.addTo(page, ctx)));
            });
            cfg.routes.exception(Exception.class, (e, ctx) -> {
                Optional<ErrorPage> unreadable = UnreadableBody.pageFor(e);
                if (unreadable.isPresent()) {
                    ctx.status(unreadable.get().status())
                            .html(templates.render("error", wayBack.addTo(unreadable.get(), ctx)));
                    return;
                }
                // A session's handle is its credential, so it stays out of the log.
                LOG.error("Unexpected failure on {} {}", ctx.method(),
                        UntrustedText.shown(ctx.path().replaceFirst("^/s/[^/]+", "/s/{handle}")), e);
                ctx.status(500).html(templates.render("error", wayBack.addTo(new ErrorPage(500,
                        "Something went wrong on our side",
                        "The tool could not finish this request. Nothing you already did was lost.",
                        "Try again in a moment."), ctx)));
            });
            cfg.routes.error(404, ctx -> {
                if (ctx.result() == null || ctx.result().isEmpty()) {
                    ctx.html(templates.render("error", wayBack.addTo(pageNotFound(ctx), ctx)));
                }
            });
        });
        javalin.start();
        return new WebServer(javalin, gradeSync.start(), sandboxController,
                ExpiredRowSweep.every(Duration.ofMinutes(10), List.of(
                        new ExpiredRowSweep.Task("expired login states", states::deleteExpired),
                        new ExpiredRowSweep.Task("superseded launch sessions", storedSessions::deleteSuperseded))));
    }

    /** Said in words: Javalin's own "Endpoint GET /x not found" is meant for programmers. */
    private static ErrorPage pageNotFound(Context ctx) {
        return new ErrorPage(404, "Page not found", "There is no page at " + UntrustedText.shown(ctx.path()) + ".",
                "Check the address, or open Convolve again from your course.");
    }

    private static String version() {
        String version = WebServer.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }

    public int port() {
        return javalin.port();
    }

    /** The score outbox and its worker, for tests and tools; answers reach it through {@link OutboxScoreSink}. */
    public GradeSync gradeSync() {
        return gradeSync;
    }

    /** The sandbox platform's services (gradebook, faults), when the sandbox is on. */
    public Optional<SandboxServices> sandboxServices() {
        return sandbox.map(SandboxController::services);
    }

    public void stop() {
        sweep.close();
        gradeSync.close();
        javalin.stop();
    }
}
