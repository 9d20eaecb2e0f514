package org.convolve.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.convolve.testing.HttpBrowser;
import org.convolve.testing.SandboxLaunch;
import org.convolve.testing.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** How pages and their scripts and styles travel: compressed, and the static files cached by version. */
class PageDeliveryTest {
    private static final Pattern STATIC_LINK = Pattern.compile("(?:src|href)=\"(/static/[^\"]+)\"");
    private static TestApp tool;

    @BeforeAll
    static void start() {
        tool = TestApp.onH2();
    }

    @AfterAll
    static void stop() {
        tool.close();
    }

    private static List<String> staticLinks(String html) {
        return STATIC_LINK.matcher(html).results().map(m -> m.group(1)).toList();
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = PageDeliveryTest.class.getResourceAsStream("/static/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static HttpResponse<String> getWithoutCompression(URI uri) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theLessonPageLinksItsScriptAndStylesByVersionAndBrowsersMayKeepThemForAYear() throws IOException {
        HttpBrowser browser = new HttpBrowser();
        String lesson = SandboxLaunch.as(tool, browser, "sandbox-learner-1").lesson().body();

        List<String> links = staticLinks(lesson);
        assertEquals(3, links.size(), "the stylesheet, the icon and lesson.js: " + links);
        for (String link : links) {
            Matcher versioned = Pattern.compile("/static/([a-z-]+\\.(?:js|css|svg))\\?v=[0-9a-f]{12}").matcher(link);
            assertTrue(versioned.matches(), link);
            HttpResponse<String> file = browser.get(tool.url(link));
            assertEquals(200, file.statusCode(), link);
            assertEquals("public, max-age=31536000, immutable", file.headers().firstValue("Cache-Control").orElseThrow());
            assertEquals(resource(versioned.group(1)), file.body(), "the file the version was taken from");
        }
    }

    @Test
    void aLearnerComingBackLoadsNoScriptOrStyleAgain() {
        HttpBrowser browser = new HttpBrowser();
        SandboxLaunch.Launched first = SandboxLaunch.as(tool, browser, "load-learner-9101");
        assertEquals(List.of(200, 200), browser.loadScriptsAndStyles(first.url("/lesson"), first.lesson().body()));

        SandboxLaunch.Launched again = SandboxLaunch.as(tool, browser, "load-learner-9101");

        assertEquals(List.of(), browser.loadScriptsAndStyles(again.url("/lesson"), again.lesson().body()),
                "the browser's cache holds both files for good");
    }

    @Test
    void everyPageWithScriptsLinksThemByVersion() {
        HttpBrowser browser = new HttpBrowser();
        for (String path : List.of("/lti/register?openid_configuration=https://x.example/c&registration_token=t",
                "/sandbox")) {
            String html = browser.get(tool.url(path)).body();
            assertFalse(staticLinks(html).isEmpty(), path);
            staticLinks(html).forEach(link -> assertTrue(link.matches("/static/[a-z-]+\\.(js|css|svg)\\?v=[0-9a-f]{12}"),
                    path + " links " + link));
        }
    }

    @Test
    void aStaticFileAskedForWithoutItsCurrentVersionMustBeRevalidated() {
        HttpBrowser browser = new HttpBrowser();
        for (String link : List.of("/static/lesson.js", "/static/lesson.js?v=000000000000")) {
            HttpResponse<String> file = browser.get(tool.url(link));
            assertEquals(200, file.statusCode(), link);
            assertEquals("no-cache", file.headers().firstValue("Cache-Control").orElseThrow(), link);
            assertTrue(file.headers().firstValue("ETag").isPresent(), "so the browser can revalidate " + link);
        }
        HttpResponse<String> missing = browser.get(tool.url("/static/missing.js?v=000000000000"));
        assertEquals(404, missing.statusCode());
        assertFalse(missing.headers().firstValue("Cache-Control").orElse("").contains("immutable"));
    }

    @Test
    void aRevalidatedFileThatHasNotChangedComesBackAsNotModifiedWithoutItsBytes() throws Exception {
        HttpResponse<String> first = getWithoutCompression(tool.url("/static/lesson.js"));
        String etag = first.headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> again = HttpClient.newHttpClient().send(HttpRequest.newBuilder(tool.url("/static/lesson.js"))
                .header("If-None-Match", "\"0123456789ab\", W/" + etag).build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> changed = HttpClient.newHttpClient().send(HttpRequest.newBuilder(tool.url("/static/lesson.js"))
                .header("If-None-Match", "\"0123456789ab\"").build(), HttpResponse.BodyHandlers.ofString());

        assertEquals(304, again.statusCode());
        assertEquals("", again.body());
        assertEquals(etag, again.headers().firstValue("ETag").orElseThrow());
        assertEquals(200, changed.statusCode(), "another version's tag gets the file");
        assertEquals(resource("lesson.js"), changed.body());
    }

    @Test
    void scriptsAndStylesAreSentWithTheirTypesAndNothingElseUnderStaticIsServed() throws Exception {
        assertEquals("text/javascript; charset=utf-8",
                getWithoutCompression(tool.url("/static/lesson.js")).headers().firstValue("Content-Type").orElseThrow());
        assertEquals("text/css; charset=utf-8",
                getWithoutCompression(tool.url("/static/convolve.css")).headers().firstValue("Content-Type").orElseThrow());
        HttpResponse<String> head = HttpClient.newHttpClient().send(HttpRequest.newBuilder(tool.url("/static/lesson.js"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, head.statusCode());
        assertEquals("text/javascript; charset=utf-8", head.headers().firstValue("Content-Type").orElseThrow());
        for (String path : List.of("/static/", "/static/..%2Fdb%2Fmigration%2FV1__schema.sql", "/static/lesson",
                "/static/org/convolve/web/StaticAssets.class", "/static/../templates/lesson.mustache")) {
            HttpResponse<String> response = getWithoutCompression(tool.url(path));
            assertEquals(404, response.statusCode(), path);
            assertFalse(response.body().contains("function"), path);
        }
    }

    @Test
    void scriptsAndStylesAreSentGzippedToBrowsersThatAcceptItEachVariantWithItsOwnTag() throws Exception {
        for (String name : List.of("lesson.js", "convolve.css", "autopost.js")) {
            URI file = tool.url("/static/" + name);
            HttpResponse<byte[]> gzipped = HttpClient.newHttpClient().send(HttpRequest.newBuilder(file)
                    .header("Accept-Encoding", "gzip, deflate, br, zstd").build(), HttpResponse.BodyHandlers.ofByteArray());
            HttpResponse<String> plain = getWithoutCompression(file);

            assertEquals("gzip", gzipped.headers().firstValue("Content-Encoding").orElseThrow(), name);
            try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped.body()))) {
                assertEquals(resource(name), new String(in.readAllBytes(), StandardCharsets.UTF_8), name);
            }
            assertTrue(plain.headers().firstValue("Content-Encoding").isEmpty(), name);
            assertEquals(resource(name), plain.body(), name);
            for (HttpResponse<?> response : List.of(gzipped, plain)) {
                assertEquals("Accept-Encoding", response.headers().firstValue("Vary").orElseThrow(), name);
            }
            String gzipTag = gzipped.headers().firstValue("ETag").orElseThrow();
            assertNotEquals(plain.headers().firstValue("ETag").orElseThrow(), gzipTag, "two representations, two tags");

            HttpResponse<byte[]> revalidated = HttpClient.newHttpClient().send(HttpRequest.newBuilder(file)
                    .header("Accept-Encoding", "gzip").header("If-None-Match", gzipTag).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(304, revalidated.statusCode(), name);
        }
        HttpResponse<String> refused = HttpClient.newHttpClient().send(HttpRequest.newBuilder(tool.url("/static/lesson.js"))
                .header("Accept-Encoding", "gzip;q=0, br").build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(refused.headers().firstValue("Content-Encoding").isEmpty(), "gzip;q=0 means not gzip");
        assertEquals(resource("lesson.js"), refused.body());
    }

    @Test
    void pagesAreCompressedForBrowsersThatAcceptItAndPlainForOthers() throws Exception {
        SandboxLaunch.Launched session = SandboxLaunch.as(tool, "sandbox-learner-2");

        HttpResponse<String> compressed = session.lesson();
        HttpResponse<String> plain = getWithoutCompression(session.url("/lesson"));

        assertEquals(200, compressed.statusCode());
        assertEquals("gzip", compressed.headers().firstValue("Content-Encoding").orElseThrow());
        assertEquals(200, plain.statusCode());
        assertTrue(plain.headers().firstValue("Content-Encoding").isEmpty());
        long compressedBytes = compressed.headers().firstValueAsLong("Content-Length").orElse(-1);
        assertTrue(compressedBytes > 0 && compressedBytes * 3 < plain.body().length(),
                compressedBytes + " bytes sent for a page of " + plain.body().length());
        assertEquals(plain.body().replaceAll("value=\"[A-Za-z0-9_-]{43}\"", ""),
                compressed.body().replaceAll("value=\"[A-Za-z0-9_-]{43}\"", ""), "the same page once decoded");
    }
}
