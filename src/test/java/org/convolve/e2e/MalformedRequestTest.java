package org.convolve.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.convolve.testing.LogCapture;
import org.convolve.testing.SandboxLaunch;
import org.convolve.testing.TestApp;
import org.convolve.web.CsrfGuard;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Requests no browser would send, answered with a 4xx that says what was wrong, as a learner's
 * answers are: a body in a character set no one knows, a broken multipart body, a method an
 * address does not take, HEAD at a page that GET refuses, and parameters made to forge log lines.
 */
class MalformedRequestTest {
    private static final String ANSWER = "/activities/weight-sharing-question/choice";
    private static TestApp app;

    @BeforeAll
    static void start() {
        app = TestApp.onH2();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            // A client per request: after refusing a body it did not read, the server may close the connection,
            // which a shared client would then try to reuse.
            return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static HttpResponse<String> post(URI uri, String contentType, String body) {
        return send(HttpRequest.newBuilder(uri).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    @Test
    void anAnswerInAnUnknownCharacterSetIsRefusedAndTheSavedAnswerStays() {
        SandboxLaunch.Launched learner = SandboxLaunch.as(app, "sandbox-learner-1");
        assertEquals(303, learner.post(ANSWER, Map.of("revision", "0", "option", "reused-everywhere")).statusCode());

        HttpResponse<String> refused = post(learner.url(ANSWER), "application/x-www-form-urlencoded; charset=bogus-xyz",
                "csrf=" + URLEncoder.encode(learner.csrf(), StandardCharsets.UTF_8) + "&revision=1&option=reused-everywhere");

        assertEquals(415, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("bogus-xyz") && refused.body().contains("UTF-8"), refused.body());
        String lesson = learner.browser().get(learner.url("/lesson")).body();
        assertTrue(lesson.contains("name=\"revision\" value=\"1\""), "the answer saved before is still there");
    }

    /** A script that sends its answer as JSON gets through the token check (it may send the token as a header). */
    @Test
    void anAnswerSentAsJsonIsToldToSendAFormAndTheSavedAnswerStays() {
        SandboxLaunch.Launched learner = SandboxLaunch.as(app, "load-learner-3");
        assertEquals(303, learner.post(ANSWER, Map.of("revision", "0", "option", "reused-everywhere")).statusCode());

        HttpResponse<String> refused = send(HttpRequest.newBuilder(learner.url(ANSWER))
                .header("Content-Type", "application/json").header(CsrfGuard.HEADER, learner.csrf())
                .POST(HttpRequest.BodyPublishers.ofString("{\"revision\": 1, \"option\": \"reused-everywhere\"}")));

        assertEquals(415, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("application/json") && refused.body().contains("sent as a form"), refused.body());
        String lesson = learner.browser().get(learner.url("/lesson")).body();
        assertTrue(lesson.contains("name=\"revision\" value=\"1\""), "the answer saved before is still there");
    }

    @Test
    void aFormWhoseRevisionCannotBeDecodedIsNotCalledMissing() {
        SandboxLaunch.Launched learner = SandboxLaunch.as(app, "load-learner-4");

        HttpResponse<String> refused = send(HttpRequest.newBuilder(learner.url(ANSWER))
                .header("Content-Type", "application/x-www-form-urlencoded").header(CsrfGuard.HEADER, learner.csrf())
                .POST(HttpRequest.BodyPublishers.ofString("revision=%zz&option=reused-everywhere")));

        assertEquals(400, refused.statusCode(), refused.body());
        assertFalse(refused.body().contains("arrived without its revision field"), refused.body());
        assertTrue(refused.body().contains("could not be read"), refused.body());
    }

    @Test
    void aLoginWithAMalformedCharacterSetNameIsRefused() {
        HttpResponse<String> refused = post(app.url("/lti/login"), "application/x-www-form-urlencoded; charset=\"b@d name\"",
                "iss=x&login_hint=y");

        assertEquals(415, refused.statusCode(), refused.body());
    }

    @Test
    void anAddressWithNoPageGetsAPageSayingSoInWords() {
        HttpResponse<String> missing = send(HttpRequest.newBuilder(app.url("/nothing-here")).header("Accept", "text/html"));

        assertEquals(404, missing.statusCode());
        assertTrue(missing.body().contains("<h1 id=\"problem-title\">Page not found</h1>"), missing.body());
        assertTrue(missing.body().contains("There is no page at /nothing-here."), missing.body());
        assertFalse(missing.body().contains("Endpoint GET"), missing.body());
    }

    @Test
    void aPageSaysInItsHeaderThatItIsUtf8() {
        HttpResponse<String> missing = send(HttpRequest.newBuilder(app.url("/nothing-here")));

        assertEquals("text/html;charset=utf-8", missing.headers().firstValue("Content-Type").orElse(""));
    }

    /**
     * Jetty refuses these before the tool sees them. Its own page repeated the address, session
     * handle included, and logged it when that page grew too large.
     */
    @Test
    void aRequestTheWebServerCannotReadGetsTheToolsPageWithoutItsAddress() {
        String handle = "H".repeat(43);
        String tooLongForTheHeaders = "GET /s/" + handle + "/lesson?" + "q".repeat(8100) + " HTTP/1.1\r\n";
        String tooLongAnAddress = "GET /s/" + handle + "/lesson?" + "q".repeat(9000) + " HTTP/1.1\r\n";
        String aNulInAHeader = "GET /s/" + handle + "/lesson HTTP/1.1\r\nAccept-Encoding: gz\u0000ip\r\n";
        Map<String, String> answers = new java.util.LinkedHashMap<>();
        String log = LogCapture.during(() -> {
            answers.put("431", rawRequest(tooLongForTheHeaders));
            answers.put("414", rawRequest(tooLongAnAddress));
            answers.put("400", rawRequest(aNulInAHeader));
        });

        answers.forEach((status, answer) -> {
            assertTrue(answer.startsWith("HTTP/1.1 " + status), answer);
            assertTrue(answer.contains("Content-Type: text/html; charset=utf-8"), answer);
            assertTrue(answer.contains("X-Content-Type-Options: nosniff") && answer.contains("frame-ancestors"),
                    "the same security headers as every other page:\n" + answer);
            assertTrue(answer.contains("<h1 id=\"problem-title\">This"), answer);
            assertFalse(answer.contains(handle), answer);
        });
        assertTrue(answers.get("431").contains("headers are too long"), answers.get("431"));
        assertTrue(answers.get("414").contains("This address is too long"), answers.get("414"));
        assertTrue(answers.get("400").contains("cannot be read"), answers.get("400"));
        assertFalse(log.contains(handle), log);
    }

    /** What a client that writes its own request line and headers gets back, headers and body. */
    private static String rawRequest(String requestLineAndHeaders) {
        try (java.net.Socket socket = new java.net.Socket("localhost", app.port())) {
            socket.getOutputStream().write((requestLineAndHeaders + "Host: localhost\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aLoginWhoseTargetLinkIsTooLongToKeepIsRefusedBySaying() {
        HttpResponse<String> refused = post(app.url("/lti/login"), "application/x-www-form-urlencoded",
                "iss=" + URLEncoder.encode(app.url("/sandbox").toString(), StandardCharsets.UTF_8)
                        + "&client_id=convolve-sandbox&login_hint=sandbox-learner-1&target_link_uri="
                        + URLEncoder.encode(app.url("/lti/launch?" + "x".repeat(3000)).toString(), StandardCharsets.UTF_8));

        assertEquals(400, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("target_link_uri is 30"), refused.body());
        assertTrue(refused.body().contains("at most 2048 are accepted"), refused.body());
    }

    @Test
    void aBrokenMultipartBodyIsRefusedAsUnreadable() {
        HttpResponse<String> noBoundary = post(app.url("/lti/login"), "multipart/form-data", "junk");
        HttpResponse<String> cutShort = post(app.url("/lti/launch"), "multipart/form-data; boundary=XX", "--XX\r\ngarbage");

        assertEquals(400, noBoundary.statusCode(), noBoundary.body());
        assertEquals(400, cutShort.statusCode(), cutShort.body());
        assertTrue(cutShort.body().contains("could not be read"), cutShort.body());
    }

    @Test
    void aMethodAnAddressDoesNotTakeGets405WithTheMethodsItTakes() {
        HttpResponse<String> put = send(HttpRequest.newBuilder(app.url("/lti/launch"))
                .PUT(HttpRequest.BodyPublishers.ofString("")));
        HttpResponse<String> postToAPage = post(app.url("/.well-known/jwks.json"), "text/plain", "");

        assertEquals(405, put.statusCode(), put.body());
        assertEquals("POST", put.headers().firstValue("Allow").orElse(""));
        assertEquals(405, postToAPage.statusCode(), postToAPage.body());
        assertEquals("GET, HEAD", postToAPage.headers().firstValue("Allow").orElse(""));
        HttpResponse<String> options = send(HttpRequest.newBuilder(app.url("/lti/launch"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
        assertTrue(options.body().contains("does not take an OPTIONS request"), options.body());
        assertTrue(put.body().contains("does not take a PUT request"), put.body());
        assertEquals(404, send(HttpRequest.newBuilder(app.url("/no/such/page"))).statusCode());
    }

    @Test
    void headAtASessionPageAnswersAsGetWould() {
        SandboxLaunch.Launched learner = SandboxLaunch.as(app, "sandbox-learner-2");

        HttpRequest.Builder unknownSession = HttpRequest.newBuilder(app.url("/s/" + "A".repeat(43) + "/lesson"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody());
        HttpRequest.Builder learnerAtInstructorPage = HttpRequest.newBuilder(learner.url("/instructor"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody());
        HttpRequest.Builder learnerAtLesson = HttpRequest.newBuilder(learner.url("/lesson"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody());

        assertEquals(401, send(unknownSession).statusCode());
        assertEquals(403, send(learnerAtInstructorPage).statusCode());
        HttpResponse<String> lesson = send(learnerAtLesson);
        assertEquals(200, lesson.statusCode());
        assertEquals("", lesson.body());
    }

    @Test
    void aLineBreakInALoginParameterCannotStartALogLineOfItsOwn() {
        String forged = "http://x\n[qtp1-1] ERROR org.convolve.web.WebServer - FORGED LINE";
        String log = LogCapture.during(() -> {
            post(app.url("/lti/login"), "application/x-www-form-urlencoded",
                    "iss=" + URLEncoder.encode(forged, StandardCharsets.UTF_8) + "&login_hint=a&target_link_uri=b"
                            + "&client_id=" + URLEncoder.encode("c\u0000" + "d".repeat(5000), StandardCharsets.UTF_8));
            post(app.url("/lti/launch"), "application/x-www-form-urlencoded",
                    "error=" + URLEncoder.encode("x\r\nFORGED TOO", StandardCharsets.UTF_8));
        });
        assertTrue(log.contains("login refused iss=http://x\\n[qtp1-1] ERROR"), log);
        assertTrue(log.contains("platform answered x\\r\\nFORGED TOO"), log);
        assertFalse(log.lines().anyMatch(line -> line.startsWith("[qtp1-1] ERROR") || line.startsWith("FORGED")), log);
        assertFalse(log.contains("\u0000"), "a NUL byte makes the log a binary file");
        assertTrue(log.contains("more characters)") && !log.contains("d".repeat(300)), "a long value is cut");
    }
}
