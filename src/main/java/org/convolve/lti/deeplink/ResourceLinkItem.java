package org.convolve.lti.deeplink;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** An {@code ltiResourceLink} content item: a link the platform will launch, with an optional gradebook column. */
public record ResourceLinkItem(String title, Optional<String> text, Optional<URI> url, Map<String, String> custom,
                               Optional<LineItemRequest> lineItem) {
    public static final String TYPE = "ltiResourceLink";

    /** The column the platform should create for the link; scoreMaximum is what the link can award. */
    public record LineItemRequest(String label, double scoreMaximum, Optional<String> resourceId, Optional<String> tag) {
    }

    public ResourceLinkItem {
        custom = Map.copyOf(custom);
    }

    Map<String, Object> toClaim(boolean withLineItem) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("type", TYPE);
        item.put("title", title);
        text.ifPresent(value -> item.put("text", value));
        url.ifPresent(value -> item.put("url", value.toString()));
        if (!custom.isEmpty()) {
            item.put("custom", new LinkedHashMap<>(custom));
        }
        if (withLineItem) {
            lineItem.ifPresent(request -> {
                Map<String, Object> column = new LinkedHashMap<>();
                column.put("label", request.label());
                column.put("scoreMaximum", request.scoreMaximum());
                request.resourceId().ifPresent(value -> column.put("resourceId", value));
                request.tag().ifPresent(value -> column.put("tag", value));
                item.put("lineItem", column);
            });
        }
        return item;
    }
}
