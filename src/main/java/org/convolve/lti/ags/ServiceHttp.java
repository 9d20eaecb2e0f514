package org.convolve.lti.ags;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;

/**
 * The one HTTP client for calls to platforms: connect and answer timeouts, and a User-Agent on
 * every request (Canvas asks integrations to identify themselves).
 */
public final class ServiceHttp {
    /** How the message of a call that got no answer in time begins; kept with a delivery, read by its views. */
    public static final String NO_ANSWER = "No answer from ";
    private final HttpClient client;
    private final Duration timeout;
    private final String userAgent;

    public ServiceHttp(Duration connectTimeout, Duration timeout, String userAgent) {
        this.client = HttpClient.newBuilder()
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.timeout = timeout;
        this.userAgent = userAgent;
    }

    public ServiceResponse send(HttpRequest.Builder request) throws ServiceUnreachable {
        HttpRequest built = request.timeout(timeout).header("User-Agent", userAgent).build();
        try {
            HttpResponse<String> response = client.send(built, HttpResponse.BodyHandlers.ofString());
            return new ServiceResponse(response.statusCode(), response.body(), response.headers());
        } catch (HttpTimeoutException e) {
            throw new ServiceUnreachable(NO_ANSWER + built.uri().getHost() + " within "
                    + timeout.toSeconds() + " s", e);
        } catch (IOException e) {
            throw new ServiceUnreachable("Could not reach " + built.uri().getHost() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServiceUnreachable("Interrupted while calling " + built.uri().getHost(), e);
        }
    }
}
