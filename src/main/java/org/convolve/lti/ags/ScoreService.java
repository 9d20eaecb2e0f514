package org.convolve.lti.ags;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.Set;
import org.convolve.lti.registration.Platform;

/** Posts scores to a line item's {@code /scores} endpoint. */
public final class ScoreService {
    private final PlatformServiceClient client;

    public ScoreService(PlatformServiceClient client) {
        this.client = client;
    }

    /** Returns the platform's answer whatever its status; the caller decides what a refusal means. */
    public ServiceResponse post(Platform platform, Set<String> scopes, URI lineItem, Score score)
            throws ServiceUnreachable, ServiceRefusal {
        URI target = scoresUrl(lineItem);
        String body = score.toJson();
        return client.send(platform, scopes, () -> HttpRequest.newBuilder(target)
                .header("Content-Type", Score.MEDIA_TYPE)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /**
     * {@code <line item>/scores}, with the line item's query string kept after it: Moodle's line
     * items look like {@code .../lineitems/7/lineitem?type_id=3}.
     */
    public static URI scoresUrl(URI lineItem) {
        String text = lineItem.toString();
        int fragment = text.indexOf('#');
        if (fragment >= 0) {
            text = text.substring(0, fragment);
        }
        int query = text.indexOf('?');
        String path = query >= 0 ? text.substring(0, query) : text;
        String rest = query >= 0 ? text.substring(query) : "";
        if (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        return URI.create(path + "/scores" + rest);
    }
}
