package org.convolve.lti.ags;

import java.net.http.HttpRequest;
import java.util.Set;
import java.util.function.Supplier;
import org.convolve.lti.registration.Platform;

/**
 * Calls a platform's LTI Advantage service with a bearer token. A 401 means the platform no
 * longer accepts the cached token: it is dropped and the call is made once more with a new one.
 */
public final class PlatformServiceClient {
    private final AccessTokenClient tokens;
    private final ServiceHttp http;

    public PlatformServiceClient(AccessTokenClient tokens, ServiceHttp http) {
        this.tokens = tokens;
        this.http = http;
    }

    /** Any answer comes back, error statuses included; only the 401 retry happens here. */
    public ServiceResponse send(Platform platform, Set<String> scopes, Supplier<HttpRequest.Builder> request)
            throws ServiceUnreachable, ServiceRefusal {
        ServiceResponse response = sendOnce(platform, scopes, request);
        if (response.status() == 401) {
            tokens.forget(platform, scopes);
            response = sendOnce(platform, scopes, request);
        }
        return response;
    }

    private ServiceResponse sendOnce(Platform platform, Set<String> scopes, Supplier<HttpRequest.Builder> request)
            throws ServiceUnreachable, ServiceRefusal {
        AccessToken token = tokens.token(platform, scopes);
        return http.send(request.get().header("Authorization", "Bearer " + token.value()));
    }
}
