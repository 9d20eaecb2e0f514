package org.convolve.gradesync;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.convolve.lti.ags.AccessTokenClient;
import org.convolve.lti.ags.PlatformServiceClient;
import org.convolve.lti.ags.ServiceHttp;
import org.convolve.lti.keys.ToolKeys;
import org.convolve.lti.launch.AgsEndpoint;
import org.convolve.lti.launch.LtiLaunch;
import org.convolve.lti.launch.NrpsEndpoint;
import org.convolve.lti.launch.Roles;
import org.convolve.lti.registration.Platform;
import org.convolve.lti.registration.PlatformKey;
import org.convolve.sandbox.SandboxPlatform;
import org.convolve.storage.JdbcPlatformRepository;
import org.convolve.storage.JdbcToolKeyRepository;
import org.convolve.testing.HttpBrowser;
import org.convolve.testing.TestApp;

/**
 * The running tool with its sandbox platform, seen from a test: launches as the sandbox would
 * send them, the tool's own keys and registrations, and the sandbox's switches.
 */
public final class SandboxFixture {
    public static final String LEARNER = "http://purl.imsglobal.org/vocab/lis/v2/membership#Learner";
    public static final List<String> ALL_AGS = List.of(AgsEndpoint.SCOPE_LINEITEM,
            AgsEndpoint.SCOPE_LINEITEM_READONLY, AgsEndpoint.SCOPE_RESULT_READONLY, AgsEndpoint.SCOPE_SCORE);

    private final TestApp app;

    public SandboxFixture(TestApp app) {
        this.app = app;
    }

    public String issuer() {
        return app.url("/sandbox").toString();
    }

    public URI container() {
        return app.url("/sandbox/ags/lineitems");
    }

    public URI item(long id) {
        return app.url("/sandbox/ags/lineitems/" + id + "/lineitem?type_id=1");
    }

    public Platform platform() {
        return platforms().find(issuer(), SandboxPlatform.CLIENT_ID).orElseThrow();
    }

    public JdbcPlatformRepository platforms() {
        return new JdbcPlatformRepository(app.app().database().jdbi(), Clock.systemUTC());
    }

    /** The tool's keys as another process reads them, once the tool has published its first key. */
    public ToolKeys toolKeys() {
        HttpResponse<String> published = new HttpBrowser().get(app.url("/.well-known/jwks.json"));
        if (published.statusCode() != 200) {
            throw new IllegalStateException("The tool did not publish its keys: HTTP " + published.statusCode());
        }
        return new ToolKeys(new JdbcToolKeyRepository(app.app().database().jdbi(), "tool"), Clock.systemUTC());
    }

    public PlatformServiceClient serviceClient(Runnable onFetch) {
        ServiceHttp http = new ServiceHttp(java.time.Duration.ofSeconds(2), java.time.Duration.ofSeconds(5), "ConvolveTest");
        return new PlatformServiceClient(new AccessTokenClient(toolKeys(), http, Clock.systemUTC(), onFetch), http);
    }

    /** A learner's launch of a sandbox link, as the tool would hold it after validation. */
    public LtiLaunch launch(String subject, List<String> roles, Optional<URI> lineItem, List<String> scopes,
                            String linkId) {
        return new LtiLaunch(new PlatformKey(issuer(), SandboxPlatform.CLIENT_ID), SandboxPlatform.DEPLOYMENT_ID,
                "LtiResourceLinkRequest", subject, Optional.of("Learner " + subject), Optional.empty(),
                new Roles(roles), Optional.of(new LtiLaunch.LaunchContext(SandboxPlatform.COURSE_ID, Optional.empty())),
                Optional.of(new LtiLaunch.ResourceLink(linkId, Optional.empty())), Optional.empty(),
                Optional.of(new AgsEndpoint(scopes, Optional.of(container()), lineItem)),
                Optional.of(new NrpsEndpoint(app.url("/sandbox/nrps/memberships"))), Optional.empty(), Map.of());
    }

    public LtiLaunch learnerOnSandboxLink(String subject) {
        return launch(subject, List.of(LEARNER), Optional.of(item(1)), ALL_AGS, SandboxPlatform.RESOURCE_LINK_ID);
    }

    /** Makes the sandbox's AGS endpoints fail: kind is none, 500, 503, 429, 403 or hang. */
    public void fault(String kind, int count, int retryAfterSeconds, long hangMillis) {
        HttpResponse<String> response = new HttpBrowser().post(app.url("/sandbox/faults"), Map.of(
                "kind", kind, "count", String.valueOf(count), "retryAfter", String.valueOf(retryAfterSeconds),
                "hangMillis", String.valueOf(hangMillis)));
        if (response.statusCode() != 303) {
            throw new AssertionError("Setting a sandbox fault answered " + response.statusCode() + ": " + response.body());
        }
    }

    public void revokeTokens() {
        new HttpBrowser().post(app.url("/sandbox/faults"), Map.of("action", "revoke-tokens"));
    }
}
