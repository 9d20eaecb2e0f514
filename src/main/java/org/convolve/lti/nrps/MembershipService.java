package org.convolve.lti.nrps;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.convolve.lti.ags.PlatformServiceClient;
import org.convolve.lti.ags.ServiceRefusal;
import org.convolve.lti.ags.ServiceResponse;
import org.convolve.lti.ags.ServiceUnreachable;
import org.convolve.lti.launch.NrpsEndpoint;
import org.convolve.lti.launch.Roles;
import org.convolve.lti.registration.Platform;

/** Reads a course's members through Names and Role Provisioning Services, page by page. */
public final class MembershipService {
    public static final String MEDIA_TYPE = "application/vnd.ims.lti-nrps.v2.membershipcontainer+json";
    private static final int MAX_PAGES = 100;
    private static final ObjectMapper JSON = new ObjectMapper();
    private final PlatformServiceClient client;

    public MembershipService(PlatformServiceClient client) {
        this.client = client;
    }

    public List<Member> members(Platform platform, NrpsEndpoint endpoint) throws ServiceUnreachable, ServiceRefusal {
        List<Member> members = new ArrayList<>();
        URI page = endpoint.contextMembershipsUrl();
        for (int n = 0; n < MAX_PAGES && page != null; n++) {
            URI current = page;
            ServiceResponse response = client.send(platform, Set.of(NrpsEndpoint.SCOPE),
                    () -> HttpRequest.newBuilder(current).header("Accept", MEDIA_TYPE).GET());
            if (!response.isSuccess()) {
                throw new ServiceRefusal("The membership service answered HTTP " + response.status() + ": "
                        + response.shortBody(300), response);
            }
            read(response).forEach(members::add);
            page = response.nextPage().map(current::resolve).orElse(null);
        }
        return members;
    }

    private static List<Member> read(ServiceResponse response) throws ServiceRefusal {
        JsonNode root;
        try {
            root = JSON.readTree(response.body());
        } catch (JsonProcessingException e) {
            throw new ServiceRefusal("The membership container is not JSON.", response);
        }
        JsonNode list = root == null ? null : root.get("members");
        if (list == null || !list.isArray()) {
            throw new ServiceRefusal("The membership container has no members list.", response);
        }
        List<Member> members = new ArrayList<>();
        for (JsonNode node : list) {
            String userId = node.path("user_id").asText("");
            if (userId.isEmpty()) {
                continue;
            }
            List<String> roles = new ArrayList<>();
            node.path("roles").forEach(role -> roles.add(role.asText()));
            members.add(new Member(userId, name(node), text(node, "email"), new Roles(roles),
                    node.path("status").asText("Active")));
        }
        return members;
    }

    private static Optional<String> name(JsonNode node) {
        Optional<String> name = text(node, "name");
        if (name.isPresent()) {
            return name;
        }
        String joined = (node.path("given_name").asText("") + " " + node.path("family_name").asText("")).trim();
        return joined.isEmpty() ? Optional.empty() : Optional.of(joined);
    }

    private static Optional<String> text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() || value.asText().isBlank() ? Optional.empty() : Optional.of(value.asText());
    }
}
