package org.convolve.web;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.convolve.lti.launch.LaunchRejected;
import org.convolve.lti.launch.LtiLaunch;
import org.convolve.lti.login.LoginRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One line per launch step, with the check that decided it. Certification asks for this as
 * proof, and admins need it to debug a registration. Never logs an id_token or a secret; what the
 * browser or the platform sent is logged through {@link UntrustedText}.
 */
final class LaunchLog {
    private static final Logger LOG = LoggerFactory.getLogger("org.convolve.launch");
    private final MeterRegistry metrics;
    /** Every launch counts one of each; registered at start, so they show at 0 before the first launch. */
    private final Counter loginsAccepted;
    private final Counter launchesAccepted;

    LaunchLog(MeterRegistry metrics) {
        this.metrics = metrics;
        this.loginsAccepted = logins("accepted");
        this.launchesAccepted = launches("accepted", "none");
    }

    private Counter logins(String outcome) {
        return Counter.builder("convolve_logins").description("OIDC login initiations, by outcome")
                .tag("outcome", outcome).register(metrics);
    }

    private Counter launches(String outcome, String reason) {
        return Counter.builder("convolve_launches").description("id_token launches, by outcome and the check that refused")
                .tag("outcome", outcome).tag("reason", reason).register(metrics);
    }

    void loginStarted(LoginRequest request) {
        loginsAccepted.increment();
        LOG.info("login accepted iss={} client_id={} deployment={}", UntrustedText.shown(request.issuer()),
                UntrustedText.shown(request.clientId().orElse("-")), UntrustedText.shown(request.deploymentId().orElse("-")));
    }

    void loginRejected(LoginRequest request, String why) {
        logins("refused").increment();
        LOG.warn("login refused iss={} client_id={}: {}", UntrustedText.shown(request.issuer()),
                UntrustedText.shown(request.clientId().orElse("-")), UntrustedText.shown(why));
    }

    void launchAccepted(LtiLaunch launch) {
        launchesAccepted.increment();
        LOG.info("launch accepted iss={} client_id={} deployment={} type={} roles={}", launch.platform().issuer(),
                launch.platform().clientId(), launch.deploymentId(), launch.messageType(), launch.roles().shortNames());
    }

    void launchRejected(LaunchRejected.Reason reason, String why) {
        launches("refused", reason.name()).increment();
        LOG.warn("launch refused reason={}: {}", reason, UntrustedText.shown(why));
    }

    void launchRejected(String why) {
        launches("refused", "STATE").increment();
        LOG.warn("launch refused: {}", UntrustedText.shown(why));
    }
}
