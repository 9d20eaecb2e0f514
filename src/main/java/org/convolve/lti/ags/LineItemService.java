package org.convolve.lti.ags;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import org.convolve.lti.launch.AgsEndpoint;
import org.convolve.lti.registration.Platform;

/** Finds and creates line items in a platform's line-item container. */
public final class LineItemService {
    private static final int MAX_PAGES = 50;
    private static final ObjectMapper JSON = new ObjectMapper();
    private final PlatformServiceClient client;

    public LineItemService(PlatformServiceClient client) {
        this.client = client;
    }

    /** The first item of the container with this resource link and tag, following rel="next" pages. */
    public Optional<LineItem> find(Platform platform, Set<String> scopes, URI container, String resourceLinkId,
                                   String tag) throws ServiceUnreachable, ServiceRefusal {
        URI page = withQuery(container, "resource_link_id=" + encode(resourceLinkId) + "&tag=" + encode(tag));
        for (int n = 0; n < MAX_PAGES && page != null; n++) {
            URI current = page;
            ServiceResponse response = client.send(platform, scopes, () -> HttpRequest.newBuilder(current)
                    .header("Accept", LineItem.CONTAINER_MEDIA_TYPE).GET());
            if (!response.isSuccess()) {
                throw new ServiceRefusal("Listing line items answered HTTP " + response.status() + ": "
                        + response.shortBody(300), response);
            }
            for (JsonNode node : readArray(response)) {
                Optional<LineItem> item = LineItem.fromJson(node);
                // Not every platform applies the filters, so they are checked here again.
                if (item.isPresent() && item.get().tag().filter(tag::equals).isPresent()
                        && item.get().resourceLinkId().map(resourceLinkId::equals).orElse(true)) {
                    return item;
                }
            }
            page = response.nextPage().map(current::resolve).orElse(null);
        }
        return Optional.empty();
    }

    /**
     * Creates an item; needs the lineitem scope, which Moodle grants only with "column management".
     * Canvas ties a new item to a resource link only when that link already has an assignment (it
     * answers 404 for a link it has no record of and 412 for one without items), which a link from a
     * module or the course menu never has; there the item is created as a column of its own instead.
     */
    public LineItem create(Platform platform, Set<String> scopes, URI container, LineItem item)
            throws ServiceUnreachable, ServiceRefusal {
        if (!scopes.contains(AgsEndpoint.SCOPE_LINEITEM)) {
            throw new IllegalArgumentException("Creating a line item needs the lineitem scope");
        }
        ServiceResponse first = post(platform, scopes, container, item);
        ServiceResponse response = (first.status() == 404 || first.status() == 412) && item.resourceLinkId().isPresent()
                ? post(platform, scopes, container, item.withoutResourceLink()) : first;
        if (!response.isSuccess()) {
            throw new ServiceRefusal("Creating a line item answered HTTP " + response.status() + ": "
                    + response.shortBody(300), response);
        }
        try {
            return LineItem.fromJson(JSON.readTree(response.body())).orElseThrow(() -> new ServiceRefusal(
                    "The platform created a line item but sent back no id.", response));
        } catch (JsonProcessingException e) {
            throw new ServiceRefusal("The platform's answer to creating a line item is not JSON.", response);
        }
    }

    private ServiceResponse post(Platform platform, Set<String> scopes, URI container, LineItem item)
            throws ServiceUnreachable, ServiceRefusal {
        String body = item.toJson();
        return client.send(platform, scopes, () -> HttpRequest.newBuilder(container)
                .header("Content-Type", LineItem.MEDIA_TYPE)
                .header("Accept", LineItem.MEDIA_TYPE)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private static Iterable<JsonNode> readArray(ServiceResponse response) throws ServiceRefusal {
        try {
            JsonNode node = JSON.readTree(response.body());
            if (node == null || !node.isArray()) {
                throw new ServiceRefusal("The line-item container is not a JSON array.", response);
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new ServiceRefusal("The line-item container is not JSON.", response);
        }
    }

    static URI withQuery(URI base, String query) {
        String text = base.toString();
        return URI.create(text + (text.contains("?") ? "&" : "?") + query);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
