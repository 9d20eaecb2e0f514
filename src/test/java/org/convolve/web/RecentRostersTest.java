package org.convolve.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.ConnectException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.convolve.gradesync.SandboxFixture;
import org.convolve.lti.ags.ServiceUnreachable;
import org.convolve.lti.launch.NrpsEndpoint;
import org.convolve.lti.nrps.Member;
import org.convolve.lti.nrps.MembershipService;
import org.convolve.testing.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Rosters read from the sandbox platform's real NRPS endpoint, counted on the way. */
class RecentRostersTest {
    private static TestApp app;
    private static SandboxFixture sandbox;
    private static MembershipService service;

    private final AtomicInteger reads = new AtomicInteger();
    private final AtomicLong nanos = new AtomicLong();
    private RecentRosters rosters;

    @BeforeAll
    static void start() {
        app = TestApp.onH2(Map.of("CONVOLVE_GRADESYNC_ENABLED", "false"));
        sandbox = new SandboxFixture(app);
        service = new MembershipService(sandbox.serviceClient(() -> { }));
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @BeforeEach
    void countReads() {
        rosters = new RecentRosters((platform, endpoint) -> {
            reads.incrementAndGet();
            return service.members(platform, endpoint);
        }, Duration.ofMinutes(1), nanos::get);
    }

    private NrpsEndpoint course(String query) {
        return new NrpsEndpoint(URI.create(app.url("/sandbox/nrps/memberships") + query));
    }

    private static List<String> ids(List<Member> members) {
        return members.stream().map(Member::userId).toList();
    }

    @Test
    void anInstructorsSecondViewWithinTheMinuteAsksThePlatformNothing() throws Exception {
        List<Member> first = rosters.members(sandbox.platform(), course("?limit=1"));
        nanos.addAndGet(Duration.ofSeconds(59).toNanos());
        List<Member> second = rosters.members(sandbox.platform(), course("?limit=1"));

        assertEquals(1, reads.get());
        assertEquals(List.of("sandbox-learner-1", "sandbox-learner-2", "sandbox-instructor"), ids(second));
        assertEquals(ids(first), ids(second));
    }

    @Test
    void afterAMinuteTheRosterIsReadAgain() throws Exception {
        rosters.members(sandbox.platform(), course(""));
        nanos.addAndGet(Duration.ofSeconds(61).toNanos());
        rosters.members(sandbox.platform(), course(""));

        assertEquals(2, reads.get());
    }

    @Test
    void eachCourseHasItsOwnRoster() throws Exception {
        rosters.members(sandbox.platform(), course("?course=a"));
        rosters.members(sandbox.platform(), course("?course=b"));

        assertEquals(2, reads.get());
    }

    @Test
    void aRosterThatCouldNotBeReadIsNotKept() throws Exception {
        AtomicInteger attempts = new AtomicInteger();
        RecentRosters flaky = new RecentRosters((platform, endpoint) -> {
            if (attempts.incrementAndGet() == 1) {
                throw new ServiceUnreachable("the platform did not answer", new ConnectException("refused"));
            }
            return service.members(platform, endpoint);
        }, Duration.ofMinutes(1), nanos::get);

        assertThrows(ServiceUnreachable.class, () -> flaky.members(sandbox.platform(), course("")));
        assertEquals(3, flaky.members(sandbox.platform(), course("")).size());
        assertEquals(2, attempts.get());
    }
}
