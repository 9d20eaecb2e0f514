package org.convolve.lti.ags;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.convolve.gradesync.SandboxFixture;
import org.convolve.testing.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Creating a column, against a container that answers as Canvas does for a link without an
 * assignment, over real HTTP with tokens from the sandbox platform.
 */
class LineItemServiceTest {
    private static TestApp app;
    private static SandboxFixture sandbox;
    private HttpServer container;
    private final List<String> bodies = Collections.synchronizedList(new ArrayList<>());
    private volatile int answerToALinkedItem = 412;

    @BeforeAll
    static void startTool() {
        app = TestApp.onH2(Map.of("CONVOLVE_GRADESYNC_ENABLED", "false"));
        sandbox = new SandboxFixture(app);
    }

    @AfterAll
    static void stopTool() {
        app.close();
    }

    @BeforeEach
    void startContainer() throws Exception {
        container = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        container.createContext("/lineitems", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            bodies.add(body);
            boolean linked = body.contains("\"resourceLinkId\"");
            int status = linked ? answerToALinkedItem : 200;
            byte[] answer = (linked ? "{\"errors\":[{\"message\":\"precondition failed\"}]}"
                    : "{\"id\":\"" + url("/lineitems/7") + "\",\"label\":\"Convolutional Networks for Vision\","
                            + "\"scoreMaximum\":20,\"tag\":\"cnn-basics\"}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", LineItem.MEDIA_TYPE);
            exchange.sendResponseHeaders(status, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        container.start();
    }

    @AfterEach
    void stopContainer() {
        container.stop(0);
    }

    private URI url(String path) {
        return URI.create("http://127.0.0.1:" + container.getAddress().getPort() + path);
    }

    private LineItem create() throws Exception {
        LineItem column = new LineItem(Optional.empty(), "Convolutional Networks for Vision", 20,
                Optional.of("module-link-1"), Optional.of("cnn-basics"), Optional.of("cnn-basics"));
        return new LineItemService(sandbox.serviceClient(() -> { })).create(sandbox.platform(),
                Set.copyOf(SandboxFixture.ALL_AGS), url("/lineitems"), column);
    }

    @Test
    void aColumnThePlatformWillNotTieToTheLinkIsCreatedOnItsOwn() throws Exception {
        LineItem created = create();

        assertEquals(Optional.of(url("/lineitems/7")), created.id());
        assertEquals(2, bodies.size(), bodies.toString());
        assertTrue(bodies.get(0).contains("\"resourceLinkId\":\"module-link-1\""), bodies.get(0));
        assertFalse(bodies.get(1).contains("resourceLinkId"), bodies.get(1));
        assertTrue(bodies.get(1).contains("\"tag\":\"cnn-basics\""), "the second try keeps the rest: " + bodies.get(1));
    }

    @Test
    void aLinkThePlatformDoesNotKnowIsTreatedTheSame() throws Exception {
        answerToALinkedItem = 404;

        assertEquals(Optional.of(url("/lineitems/7")), create().id());
        assertEquals(2, bodies.size(), bodies.toString());
    }

    @Test
    void anyOtherRefusalIsNotTriedAgain() {
        answerToALinkedItem = 400;

        ServiceRefusal refusal = assertThrows(ServiceRefusal.class, this::create);

        assertTrue(refusal.getMessage().contains("HTTP 400"), refusal.getMessage());
        assertEquals(1, bodies.size(), bodies.toString());
    }
}
