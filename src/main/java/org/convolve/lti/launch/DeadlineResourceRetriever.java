package org.convolve.lti.launch;

import com.nimbusds.jose.util.Resource;
import com.nimbusds.jose.util.ResourceRetriever;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Fetches a platform's key set within one deadline for the whole answer. Timeouts per connection
 * and per read (as the default retriever has) let a server that sends a byte every few seconds
 * hold the fetching request, and every launch waiting on the same key set, for as long as it likes.
 */
final class DeadlineResourceRetriever implements ResourceRetriever {
    private final HttpClient client;
    private final Duration deadline;
    private final int largestBody;

    DeadlineResourceRetriever(Duration deadline, int largestBody) {
        this.client = HttpClient.newBuilder().connectTimeout(deadline).followRedirects(HttpClient.Redirect.NORMAL).build();
        this.deadline = deadline;
        this.largestBody = largestBody;
    }

    @Override
    public Resource retrieveResource(URL url) throws IOException {
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(url.toURI()).timeout(deadline).header("Accept", "application/json").GET().build();
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new IOException("Not a usable URL: " + url, e);
        }
        CompletableFuture<HttpResponse<InputStream>> answer = client.sendAsync(request, HttpResponse.BodyHandlers.ofInputStream());
        CompletableFuture<Resource> read = answer.thenApply(this::read);
        try {
            return read.get(deadline.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            // Closing the body ends the read that is still waiting for the server's next bytes.
            answer.thenAccept(response -> closeQuietly(response.body()));
            answer.cancel(true);
            throw new IOException("No complete answer from " + url.getHost() + " within " + deadline.toSeconds() + " s");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() instanceof UncheckedIOException unchecked ? unchecked.getCause() : e.getCause();
            if (cause instanceof IOException io && io.getMessage() != null) {
                throw io;
            }
            // The JDK's client fails a refused connection without a message, which read as "null" on the launch page.
            throw new IOException(cause instanceof ConnectException
                    ? "Could not connect to " + url.getHost() + (url.getPort() > 0 ? ":" + url.getPort() : "")
                    : cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage()),
                    cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("Interrupted while fetching " + url);
        }
    }

    private Resource read(HttpResponse<InputStream> response) {
        try (InputStream body = response.body()) {
            if (response.statusCode() != 200) {
                throw new UncheckedIOException(new IOException("HTTP " + response.statusCode()));
            }
            byte[] bytes = body.readNBytes(largestBody + 1);
            if (bytes.length > largestBody) {
                throw new UncheckedIOException(new IOException("The key set is larger than " + largestBody + " bytes"));
            }
            return new Resource(new String(bytes, StandardCharsets.UTF_8),
                    response.headers().firstValue("Content-Type").orElse(null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void closeQuietly(InputStream body) {
        try {
            body.close();
        } catch (IOException ignored) {
            // the answer is given up on either way
        }
    }
}
