package org.convolve.lti.ags;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.Optional;

/** A gradebook column as AGS describes it. {@code id} is empty until the platform has created it. */
public record LineItem(Optional<URI> id, String label, double scoreMaximum, Optional<String> resourceLinkId,
                       Optional<String> tag, Optional<String> resourceId) {
    public static final String MEDIA_TYPE = "application/vnd.ims.lis.v2.lineitem+json";
    public static final String CONTAINER_MEDIA_TYPE = "application/vnd.ims.lis.v2.lineitemcontainer+json";
    private static final ObjectMapper JSON = new ObjectMapper();

    public String toJson() {
        ObjectNode node = JSON.createObjectNode();
        id.ifPresent(value -> node.put("id", value.toString()));
        node.put("label", label);
        node.put("scoreMaximum", scoreMaximum);
        resourceLinkId.ifPresent(value -> node.put("resourceLinkId", value));
        tag.ifPresent(value -> node.put("tag", value));
        resourceId.ifPresent(value -> node.put("resourceId", value));
        return node.toString();
    }

    /** The same column standing on its own, for a platform that will not tie it to the link. */
    public LineItem withoutResourceLink() {
        return new LineItem(id, label, scoreMaximum, Optional.empty(), tag, resourceId);
    }

    /** Reads one line item; an item without an id is of no use to the tool and yields empty. */
    public static Optional<LineItem> fromJson(JsonNode node) {
        if (node == null || !node.hasNonNull("id")) {
            return Optional.empty();
        }
        try {
            return Optional.of(new LineItem(
                    Optional.of(URI.create(node.get("id").asText())),
                    node.path("label").asText(""),
                    node.path("scoreMaximum").asDouble(0),
                    text(node, "resourceLinkId"),
                    text(node, "tag"),
                    text(node, "resourceId")));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? Optional.empty() : Optional.of(value.asText());
    }
}
