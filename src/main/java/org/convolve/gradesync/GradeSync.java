package org.convolve.gradesync;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.convolve.lti.ags.AccessTokenClient;
import org.convolve.lti.ags.LineItemService;
import org.convolve.lti.ags.PlatformServiceClient;
import org.convolve.lti.ags.ScoreService;
import org.convolve.lti.ags.ServiceHttp;
import org.convolve.lti.keys.ToolKeys;
import org.convolve.lti.nrps.MembershipService;
import org.convolve.lti.registration.PlatformRepository;
import org.jdbi.v3.core.Jdbi;

/**
 * Grade sync wired together: the outbox the progress code writes to, the worker that empties
 * it, the status the instructor reads, and the service clients they share (one token cache).
 */
public final class GradeSync implements AutoCloseable {
    private final ScoreOutbox outbox;
    private final GradeSyncWorker worker;
    private final GradeSyncStatus status;
    private final MembershipService memberships;
    private final GradeSyncSettings settings;

    private GradeSync(ScoreOutbox outbox, GradeSyncWorker worker, GradeSyncStatus status,
                      MembershipService memberships, GradeSyncSettings settings) {
        this.outbox = outbox;
        this.worker = worker;
        this.status = status;
        this.memberships = memberships;
        this.settings = settings;
    }

    public static GradeSync create(Jdbi jdbi, PlatformRepository platforms, ToolKeys toolKeys, Clock clock,
                                   MeterRegistry registry, GradeSyncSettings settings, String userAgent) {
        GradeSyncMetrics metrics = new GradeSyncMetrics(registry, jdbi);
        ServiceHttp http = new ServiceHttp(settings.connectTimeout(), settings.requestTimeout(), userAgent);
        AccessTokenClient tokens = new AccessTokenClient(toolKeys, http, clock, metrics::tokenFetched);
        PlatformServiceClient client = new PlatformServiceClient(tokens, http);
        OutboxQueue queue = new OutboxQueue(jdbi, clock, settings.lease());
        GradeDelivery delivery = new GradeDelivery(platforms,
                new LineItemResolver(jdbi, new LineItemService(client), clock, settings.lease()), new ScoreService(client), queue, clock);
        GradeSyncWorker worker = new GradeSyncWorker(queue, delivery,
                new RetryPolicy(settings.retryBase(), settings.retryMax()), metrics, clock, settings);
        return new GradeSync(new ScoreOutbox(jdbi, clock, metrics), worker, new GradeSyncStatus(jdbi),
                new MembershipService(client), settings);
    }

    /** Starts delivering in the background, unless grade sync is switched off for this instance. */
    public GradeSync start() {
        if (settings.enabled()) {
            worker.start();
        }
        return this;
    }

    public ScoreOutbox outbox() {
        return outbox;
    }

    public GradeSyncWorker worker() {
        return worker;
    }

    public GradeSyncStatus status() {
        return status;
    }

    public MembershipService memberships() {
        return memberships;
    }

    @Override
    public void close() {
        worker.close();
    }
}
