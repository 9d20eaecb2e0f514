package org.convolve;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.convolve.lesson.Lesson;
import org.convolve.lesson.loader.LessonContentException;
import org.convolve.lti.keys.StoredKey;
import org.convolve.lti.keys.ToolKeys;
import org.convolve.lti.registration.DeploymentPolicy;
import org.convolve.lti.registration.Platform;
import org.convolve.settings.InvalidSetting;
import org.convolve.storage.Database;
import org.convolve.storage.DatabaseUnavailable;
import org.convolve.storage.JdbcPlatformRepository;
import org.convolve.storage.JdbcToolKeyRepository;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The command line: with no command it serves; the commands manage registrations and keys. */
@Command(name = "convolve", mixinStandardHelpOptions = true,
        description = "Convolve, an LTI 1.3 tool that teaches convolutional neural networks.",
        subcommands = {Main.PlatformAdd.class, Main.PlatformList.class, Main.KeysRotate.class})
public final class Main implements Callable<Integer> {
    @Option(names = "--exit-with-parent",
            description = "Stop when the process that started the tool ends (the README's run command sets it)")
    boolean exitWithParent;

    public static void main(String[] args) {
        if (args.length > 0 && !args[0].startsWith("-")) {
            // A command prints one line of result; the pool's and the migrations' notes would bury it.
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        }
        int exit = new CommandLine(new Main()).setExecutionExceptionHandler((failure, commandLine, parsed) -> {
            // What the admin needs here is the way out, not a stack trace (Javalin logs its own).
            if (failure instanceof InvalidSetting badSetting) {
                commandLine.getErr().println("Convolve cannot start: " + badSetting.getMessage());
                return 2;
            }
            if (failure instanceof LessonContentException badLesson) {
                commandLine.getErr().println("Convolve cannot start: a lesson is not valid. " + badLesson.getMessage());
                commandLine.getErr().println("The lesson format is described in src/main/resources/lessons/FORMAT.md.");
                return 2;
            }
            if (failure instanceof DatabaseUnavailable unavailable) {
                boolean embedded = Config.fromEnvironment().jdbcUrl().startsWith("jdbc:h2:file:");
                commandLine.getErr().println("Convolve cannot start: " + unavailable.getMessage() + (embedded
                        ? " Only one Convolve at a time can use an H2 file: is another one running with the same"
                                + " CONVOLVE_DATA_DIR?"
                        : " Check CONVOLVE_DB_URL, CONVOLVE_DB_USER and CONVOLVE_DB_PASSWORD."));
                return 1;
            }
            Optional<String> portInUse = PortInUse.explain(failure, Config.fromEnvironment().port());
            if (portInUse.isEmpty()) {
                throw failure;
            }
            commandLine.getErr().println(portInUse.get());
            return 1;
        }).execute(args);
        if (exit != 0) {
            System.exit(exit);
        }
    }

    /** Serves until the process is stopped. */
    @Override
    public Integer call() {
        Config config = Config.fromEnvironment();
        App app = App.start(config);
        Runtime.getRuntime().addShutdownHook(new Thread(app::close, "convolve-shutdown"));
        if (exitWithParent) {
            ParentProcessWatch.onParentExit(() -> {
                System.out.println("The process that started Convolve has ended; stopping.");
                System.exit(0);
            });
        }
        long startedMillis = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        System.out.println("Convolve is running at " + config.publicUrl()
                + (config.sandboxEnabled() ? " (sandbox platform: " + config.publicUrl() + "/sandbox)" : "")
                + ", started in " + startedMillis + " ms");
        System.out.println((config.production() ? "Production" : "Development") + " settings, sandbox "
                + (config.sandboxEnabled() ? "on" : "off") + ", database: " + DatabaseName.of(config) + ".");
        System.out.println("Lessons: " + app.lessons().all().stream().map(Lesson::id).collect(Collectors.joining(", "))
                + config.lessonsDir().map(dir -> " (built in, then those in " + dir + ")").orElse(" (built in)") + ".");
        config.productionWarnings().forEach(warning -> System.out.println("Warning: " + warning));
        if (config.production() && config.registrationKey().isEmpty()) {
            System.out.println("Dynamic registration is off: set CONVOLVE_REGISTRATION_KEY to turn it on,"
                    + " or register platforms with platform-add or CONVOLVE_PLATFORMS_FILE.");
        }
        JvmAdvice.Settings.ofThisJvm().flatMap(JvmAdvice::forSettings).ifPresent(System.out::println);
        return 0;
    }

    @Command(name = "platform-add", mixinStandardHelpOptions = true,
            description = "Registers a platform (or updates the registration with the same issuer and client id).")
    static final class PlatformAdd implements Callable<Integer> {
        @Option(names = "--issuer", required = true, description = "The platform's issuer (iss), e.g. https://canvas.instructure.com")
        String issuer;
        @Option(names = "--client-id", required = true, description = "The client id the platform gave this tool")
        String clientId;
        @Option(names = "--name", description = "A name for people")
        String name;
        @Option(names = "--auth-url", required = true, description = "The platform's OIDC authentication request URL")
        URI authUrl;
        @Option(names = "--token-url", required = true, description = "The platform's OAuth 2 token URL")
        URI tokenUrl;
        @Option(names = "--jwks-url", required = true, description = "The platform's public key set URL")
        URI jwksUrl;
        @Option(names = "--deployment", description = "A deployment id (repeatable)")
        List<String> deployments = List.of();
        @Option(names = "--only-listed-deployments", description = "Refuse deployment ids not given with --deployment")
        boolean onlyListed;
        @Option(names = "--accept-new-deployments",
                description = "Accept a deployment id the tool has not seen at its first launch (the default for a new"
                        + " registration; an update keeps the registration's choice unless told)")
        boolean acceptNew;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            requireFilled("--client-id", clientId);
            if (onlyListed && acceptNew) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--only-listed-deployments and --accept-new-deployments cannot both be given.");
            }
            requireWebUrl("--issuer", issuerUrl());
            requireWebUrl("--auth-url", authUrl);
            requireWebUrl("--token-url", tokenUrl);
            requireWebUrl("--jwks-url", jwksUrl);
            Config config = Config.fromEnvironment();
            try (Database database = App.openDatabase(config)) {
                JdbcPlatformRepository platforms = new JdbcPlatformRepository(database.jdbi(), Clock.systemUTC());
                Optional<Platform> before = platforms.find(issuer, clientId);
                platforms.save(new Platform(issuer, clientId, name == null ? before.map(Platform::name).orElse(null) : name,
                        authUrl, tokenUrl, jwksUrl, new LinkedHashSet<>(deployments),
                        onlyListed ? DeploymentPolicy.FIXED_LIST : acceptNew ? DeploymentPolicy.ACCEPT_NEW
                                : before.map(Platform::deploymentPolicy).orElse(DeploymentPolicy.ACCEPT_NEW)));
                Platform saved = platforms.find(issuer, clientId).orElseThrow();
                System.out.println((before.isPresent() ? "Updated " : "Registered ") + issuer + " / " + clientId
                        + " in " + DatabaseName.of(config) + ": deployments " + new TreeSet<>(saved.deploymentIds())
                        + (saved.deploymentPolicy() == DeploymentPolicy.FIXED_LIST ? " (no others accepted)"
                        : " (others accepted on first launch)") + ".");
            }
            return 0;
        }

        private void requireFilled(String option, String value) {
            if (value.isBlank()) {
                throw new CommandLine.ParameterException(spec.commandLine(), option + " must not be empty.");
            }
        }

        private URI issuerUrl() {
            try {
                return new URI(issuer.strip());
            } catch (URISyntaxException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--issuer must be a URL: " + e.getMessage());
            }
        }

        /** Platforms are reached over the web; a relative or ftp URL would only fail at the first launch. */
        private void requireWebUrl(String option, URI url) {
            if (url.getHost() == null || !("https".equals(url.getScheme()) || "http".equals(url.getScheme()))) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        option + " must be an absolute http(s) URL, not '" + url + "'.");
            }
        }
    }

    @Command(name = "platform-list", mixinStandardHelpOptions = true, description = "Lists the registered platforms.")
    static final class PlatformList implements Callable<Integer> {
        @Override
        public Integer call() {
            Config config = Config.fromEnvironment();
            try (Database database = App.openDatabase(config)) {
                List<Platform> all = new JdbcPlatformRepository(database.jdbi(), Clock.systemUTC()).all();
                // Without the right environment the command opens another database; say which one it read.
                System.out.println(all.isEmpty() ? "No platform is registered in " + DatabaseName.of(config) + "."
                        : "Platforms registered in " + DatabaseName.of(config) + ":");
                for (Platform p : all) {
                    System.out.printf("%s | client %s | name %s | deployments %s (%s) | auth %s | token %s | jwks %s%n",
                            p.issuer(), p.clientId(), p.name() == null ? "-" : p.name(),
                            new TreeSet<>(p.deploymentIds()), p.deploymentPolicy(),
                            p.authorizationEndpoint(), p.tokenEndpoint(), p.jwksUri());
                }
            }
            return 0;
        }
    }

    @Command(name = "keys-rotate", mixinStandardHelpOptions = true,
            description = "Adds a new signing key; the old one stays in the JWKS for the grace period.")
    static final class KeysRotate implements Callable<Integer> {
        @Option(names = "--grace-hours", defaultValue = "24", description = "How long the old key stays published (default: ${DEFAULT-VALUE})")
        long graceHours;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            if (graceHours < 0) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--grace-hours must be 0 or more, not " + graceHours + ".");
            }
            Config config = Config.fromEnvironment();
            try (Database database = App.openDatabase(config)) {
                StoredKey fresh = new ToolKeys(new JdbcToolKeyRepository(database.jdbi(), "tool"), Clock.systemUTC())
                        .rotate(Duration.ofHours(graceHours));
                System.out.println("New signing key " + fresh.kid() + " in " + DatabaseName.of(config)
                        + "; it is published now and signs from " + fresh.createdAt().plus(ToolKeys.ANNOUNCEMENT)
                        .truncatedTo(ChronoUnit.SECONDS) + ", once platforms have fetched it; the previous key is"
                        + " retired in " + graceHours + " h.");
            }
            return 0;
        }
    }
}
