package org.convolve.lti.nrps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.convolve.gradesync.SandboxFixture;
import org.convolve.lti.launch.NrpsEndpoint;
import org.convolve.testing.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class MembershipServiceTest {
    private static TestApp app;
    private static SandboxFixture sandbox;

    @BeforeAll
    static void start() {
        app = TestApp.onH2(Map.of("CONVOLVE_GRADESYNC_ENABLED", "false"));
        sandbox = new SandboxFixture(app);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void followsRelNextPagesUntilEveryMemberIsRead() throws Exception {
        AtomicInteger fetches = new AtomicInteger();
        MembershipService service = new MembershipService(sandbox.serviceClient(fetches::incrementAndGet));

        List<Member> members = service.members(sandbox.platform(),
                new NrpsEndpoint(URI.create(app.url("/sandbox/nrps/memberships") + "?limit=1")));

        assertEquals(List.of("sandbox-learner-1", "sandbox-learner-2", "sandbox-instructor"),
                members.stream().map(Member::userId).toList());
        assertEquals(1, fetches.get(), "one token for all pages");
    }

    @Test
    void understandsShortRoleNamesAsMoodleSendsThem() throws Exception {
        List<Member> members = new MembershipService(sandbox.serviceClient(() -> { })).members(sandbox.platform(),
                new NrpsEndpoint(app.url("/sandbox/nrps/memberships")));

        assertTrue(members.get(0).roles().isLearner());
        assertTrue(members.get(2).roles().isInstructor());
        assertEquals("Alex Rivera", members.get(0).displayName());
    }
}
