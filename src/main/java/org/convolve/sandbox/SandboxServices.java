package org.convolve.sandbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.convolve.conv.Numbers;
import org.convolve.lti.launch.AgsEndpoint;
import org.convolve.lti.launch.NrpsEndpoint;
import org.convolve.web.HttpProblem;

/**
 * The sandbox platform's LTI Advantage services (token, AGS line items, scores and results,
 * NRPS), its gradebook page, the switchable faults, and the deep-linking return endpoint.
 * Line-item URLs carry a query string, as Moodle's do, so a tool must put /scores before it.
 */
public final class SandboxServices {
    private static final String ANSWER_LATE_MILLIS = "sandbox.answerLateMillis";
    static final String SCORE_TYPE = "application/vnd.ims.lis.v1.score+json";
    static final String LINE_ITEM_TYPE = "application/vnd.ims.lis.v2.lineitem+json";
    static final String CONTAINER_TYPE = "application/vnd.ims.lis.v2.lineitemcontainer+json";
    static final String RESULTS_TYPE = "application/vnd.ims.lis.v2.resultcontainer+json";
    static final String MEMBERSHIPS_TYPE = "application/vnd.ims.lti-nrps.v2.membershipcontainer+json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final SandboxPlatform platform;
    private final SandboxTokens tokens;
    private final SandboxGradebook gradebook;
    private final SandboxLinks links;
    private final SandboxFaults faults;
    private final SandboxDeepLinks deepLinks;
    private final BiFunction<String, Object, String> render;

    SandboxServices(SandboxPlatform platform, SandboxTokens tokens, SandboxGradebook gradebook, SandboxLinks links,
                    SandboxFaults faults, SandboxDeepLinks deepLinks, BiFunction<String, Object, String> render) {
        this.platform = platform;
        this.tokens = tokens;
        this.gradebook = gradebook;
        this.links = links;
        this.faults = faults;
        this.deepLinks = deepLinks;
        this.render = render;
    }

    public SandboxGradebook gradebook() {
        return gradebook;
    }

    public void token(Context ctx) {
        SandboxTokens.Answer answer = tokens.issue(ctx.formParamMap());
        ctx.status(answer.status()).json(answer.body());
    }

    public void lineItems(Context ctx) {
        if (!readAllowed(ctx) || failed(ctx)) {
            return;
        }
        List<SandboxGradebook.Item> found = gradebook.find(Optional.ofNullable(ctx.queryParam("resource_link_id")),
                Optional.ofNullable(ctx.queryParam("tag")), Optional.ofNullable(ctx.queryParam("resource_id")));
        int limit = positive(ctx.queryParam("limit"), 100);
        int page = positive(ctx.queryParam("page"), 1);
        int from = Math.min(found.size(), (page - 1) * limit);
        int to = Math.min(found.size(), from + limit);
        if (to < found.size()) {
            ctx.header("Link", "<" + platform.url("/ags/lineitems") + "?" + query(ctx, Map.of(
                    "page", String.valueOf(page + 1), "limit", String.valueOf(limit))) + ">; rel=\"next\"");
        }
        List<Map<String, Object>> body = found.subList(from, to).stream().map(this::itemJson).toList();
        ctx.contentType(CONTAINER_TYPE).result(write(body));
    }

    public void createLineItem(Context ctx) {
        if (!allowed(ctx, AgsEndpoint.SCOPE_LINEITEM) || failed(ctx)) {
            return;
        }
        if (!mediaType(ctx).equals(LINE_ITEM_TYPE)) {
            problem(ctx, 415, "A line item must be sent as " + LINE_ITEM_TYPE + ".");
            return;
        }
        JsonNode body = readJson(ctx);
        if (body == null) {
            return;
        }
        String label = body.path("label").asText("");
        if (label.isBlank() || !body.path("scoreMaximum").isNumber() || body.get("scoreMaximum").asDouble() <= 0) {
            problem(ctx, 400, "A line item needs a label and a scoreMaximum above 0.");
            return;
        }
        SandboxGradebook.Item item = gradebook.create(label, body.get("scoreMaximum").asDouble(),
                text(body, "resourceLinkId"), text(body, "tag"), text(body, "resourceId"));
        ctx.status(201).contentType(LINE_ITEM_TYPE).result(write(itemJson(item)));
    }

    public void lineItem(Context ctx) {
        if (!readAllowed(ctx) || !moodleStyle(ctx)) {
            return;
        }
        Optional<SandboxGradebook.Item> item = item(ctx);
        if (item.isEmpty()) {
            problem(ctx, 404, "No such line item.");
            return;
        }
        ctx.contentType(LINE_ITEM_TYPE).result(write(itemJson(item.get())));
    }

    public void score(Context ctx) {
        if (!allowed(ctx, AgsEndpoint.SCOPE_SCORE)) {
            return;
        }
        // Counted from the start, so a slow answer (the "slow" fault) counts as in flight.
        try (ScorePostsInFlight.Post ignored = gradebook.inFlight().begin()) {
            answerScore(ctx);
        }
    }

    private void answerScore(Context ctx) {
        if (failed(ctx)) {
            gradebook.failedOnPurpose(item(ctx).map(SandboxGradebook.Item::id).orElse(-1L), userIdIn(ctx.body()),
                    ctx.statusCode(), "Failed on purpose: " + ctx.result());
            return;
        }
        if (!moodleStyle(ctx)) {
            return;
        }
        if (!mediaType(ctx).equals(SCORE_TYPE)) {
            problem(ctx, 415, "A score must be sent as " + SCORE_TYPE + ".");
            return;
        }
        JsonNode body = readJson(ctx);
        if (body == null) {
            return;
        }
        long itemId = item(ctx).map(SandboxGradebook.Item::id).orElse(-1L);
        SandboxGradebook.Answer answer = gradebook.score(itemId, body, SandboxUser::isLearner);
        Long late = ctx.attribute(ANSWER_LATE_MILLIS);
        if (late != null) {
            // The score is kept; the answer comes after the tool has stopped listening.
            pause(late);
        }
        if (answer.status() == 200) {
            // Moodle answers 200 with an empty body.
            ctx.status(200).result("");
        } else {
            problem(ctx, answer.status(), answer.message());
        }
    }

    public void results(Context ctx) {
        if (!allowed(ctx, AgsEndpoint.SCOPE_RESULT_READONLY) || !moodleStyle(ctx)) {
            return;
        }
        Optional<SandboxGradebook.Item> item = item(ctx);
        if (item.isEmpty()) {
            problem(ctx, 404, "No such line item.");
            return;
        }
        String userId = ctx.queryParam("user_id");
        List<Map<String, Object>> body = new ArrayList<>();
        for (SandboxGradebook.Result result : gradebook.results(item.get().id())) {
            if (userId != null && !userId.equals(result.userId())) {
                continue;
            }
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("id", itemUrl(item.get().id()) + "&user=" + result.userId());
            json.put("scoreOf", itemUrl(item.get().id()));
            json.put("userId", result.userId());
            json.put("resultScore", result.scoreGiven());
            json.put("resultMaximum", result.scoreMaximum());
            json.put("timestamp", java.time.Instant.ofEpochSecond(result.timestampSeconds()).toString());
            body.add(json);
        }
        ctx.contentType(RESULTS_TYPE).result(write(body));
    }

    public void memberships(Context ctx) {
        if (!allowed(ctx, NrpsEndpoint.SCOPE)) {
            return;
        }
        String accept = ctx.header("Accept");
        if (accept == null || !accept.contains(MEMBERSHIPS_TYPE)) {
            problem(ctx, 406, "Ask for " + MEMBERSHIPS_TYPE + " in the Accept header.");
            return;
        }
        int limit = positive(ctx.queryParam("limit"), 100);
        int page = positive(ctx.queryParam("page"), 1);
        List<SandboxUser> all = SandboxUser.ALL;
        int from = Math.min(all.size(), (page - 1) * limit);
        int to = Math.min(all.size(), from + limit);
        if (to < all.size()) {
            ctx.header("Link", "<" + platform.url("/nrps/memberships") + "?" + query(ctx, Map.of(
                    "page", String.valueOf(page + 1), "limit", String.valueOf(limit))) + ">; rel=\"next\"");
        }
        List<Map<String, Object>> members = new ArrayList<>();
        for (SandboxUser user : all.subList(from, to)) {
            Map<String, Object> member = new LinkedHashMap<>();
            member.put("status", "Active");
            member.put("user_id", user.id());
            member.put("name", user.name());
            member.put("given_name", user.givenName());
            member.put("family_name", user.familyName());
            member.put("email", user.email());
            // Short role names, as Moodle's NRPS sends them.
            member.put("roles", List.of(user.instructor() ? "Instructor" : "Learner"));
            members.add(member);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", platform.url("/nrps/memberships").toString());
        body.put("context", Map.of("id", SandboxPlatform.COURSE_ID, "label", "DL101",
                "title", SandboxPlatform.COURSE_TITLE));
        body.put("members", members);
        ctx.contentType(MEMBERSHIPS_TYPE).result(write(body));
    }

    /** Switches faults on or off: kind (none, 500, 503, 429, 403, hang, slow), count, fraction, retryAfter, hangMillis. */
    public void faults(Context ctx) {
        if ("revoke-tokens".equals(ctx.formParam("action"))) {
            tokens.revokeAll();
        } else {
            try {
                faults.set(ctx.formParam("kind"), integer(ctx.formParam("count"), 0),
                        decimal(ctx.formParam("fraction"), 1.0), integer(ctx.formParam("retryAfter"), 0),
                        integer(ctx.formParam("hangMillis"), 0));
            } catch (IllegalArgumentException e) {
                throw HttpProblem.badRequest(e.getMessage());
            }
        }
        ctx.redirect("/sandbox/gradebook", HttpStatus.SEE_OTHER);
    }

    /** What the gradebook received, as JSON: scores per status answered and results held. */
    public void gradebookSummary(Context ctx) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("answersByStatus", gradebook.answersByStatus());
        summary.put("results", gradebook.items().stream().mapToLong(item -> gradebook.results(item.id()).size()).sum());
        summary.put("mostScorePostsAtOnce", gradebook.inFlight().most());
        ctx.contentType("application/json").result(write(summary));
    }

    public void gradebookPage(Context ctx) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (SandboxGradebook.Item item : gradebook.items()) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (SandboxUser user : SandboxUser.ALL) {
                if (user.instructor()) {
                    continue;
                }
                Optional<SandboxGradebook.Result> result = gradebook.result(item.id(), user.id());
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("name", user.name());
                row.put("grade", result.map(r -> r.scoreGiven() == null ? "blank" : Numbers.format(r.scoreGiven()))
                        .orElse("–"));
                row.put("progress", result.map(r -> r.activityProgress() + ", " + r.gradingProgress()).orElse(""));
                row.put("timestamp", result.map(r -> java.time.Instant.ofEpochSecond(r.timestampSeconds()).toString())
                        .orElse(""));
                rows.add(row);
            }
            items.add(Map.of("label", item.label(), "max", Numbers.format(item.scoreMaximum()), "rows", rows,
                    "id", item.id()));
        }
        List<Map<String, Object>> received = gradebook.received().stream().limit(50).map(r -> Map.<String, Object>of(
                "at", r.at().toString(), "item", r.itemId(), "user", r.userId(), "status", r.status(),
                "message", r.message())).toList();
        ctx.html(render.apply("sandbox-gradebook", Map.of("items", items, "received", received,
                "faults", faults.describe(), "courseTitle", SandboxPlatform.COURSE_TITLE,
                "mostAtOnce", gradebook.inFlight().most())));
    }

    /** Where the tool's auto-posting form lands after an instructor picks content. */
    public void deepLinkReturn(Context ctx) {
        SandboxDeepLinks.Verified verified;
        try {
            verified = deepLinks.verify(ctx.formParam("JWT"));
        } catch (SandboxDeepLinks.Rejected e) {
            throw HttpProblem.badRequest(e.getMessage());
        }
        List<Map<String, Object>> added = new ArrayList<>();
        for (Map<String, Object> item : verified.items()) {
            String title = String.valueOf(item.getOrDefault("title", "Convolve"));
            Map<String, String> custom = new LinkedHashMap<>();
            if (item.get("custom") instanceof Map<?, ?> map) {
                map.forEach((key, value) -> custom.put(String.valueOf(key), String.valueOf(value)));
            }
            String linkId = links.newId();
            Optional<SandboxGradebook.Item> column = Optional.empty();
            if (item.get("lineItem") instanceof Map<?, ?> lineItem && lineItem.get("scoreMaximum") instanceof Number max) {
                column = Optional.of(gradebook.create(String.valueOf(lineItem.get("label") == null ? title : lineItem.get("label")),
                        max.doubleValue(), Optional.of(linkId),
                        Optional.ofNullable(lineItem.get("tag")).map(String::valueOf),
                        Optional.ofNullable(lineItem.get("resourceId")).map(String::valueOf)));
            }
            SandboxLink link = links.add(linkId, title, custom, column.map(SandboxGradebook.Item::id));
            Map<String, Object> model = new LinkedHashMap<>();
            model.put("title", title);
            model.put("linkId", link.id());
            model.put("custom", custom.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList());
            model.put("scoreMaximum", column.map(c -> Numbers.format(c.scoreMaximum())).orElse(null));
            added.add(model);
        }
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("added", added);
        page.put("nothing", added.isEmpty());
        page.put("message", verified.message());
        ctx.html(render.apply("sandbox-deep-link-return", page));
    }

    String containerUrl() {
        return platform.url("/ags/lineitems").toString();
    }

    String itemUrl(long id) {
        return platform.url("/ags/lineitems/" + id + "/lineitem?type_id=1").toString();
    }

    String membershipsUrl() {
        return platform.url("/nrps/memberships").toString();
    }

    private Map<String, Object> itemJson(SandboxGradebook.Item item) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", itemUrl(item.id()));
        json.put("label", item.label());
        json.put("scoreMaximum", item.scoreMaximum());
        item.resourceLinkId().ifPresent(value -> json.put("resourceLinkId", value));
        item.tag().ifPresent(value -> json.put("tag", value));
        item.resourceId().ifPresent(value -> json.put("resourceId", value));
        return json;
    }

    private Optional<SandboxGradebook.Item> item(Context ctx) {
        try {
            return gradebook.item(Long.parseLong(ctx.pathParam("item")));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Moodle routes its AGS calls by type_id; a URL that lost its query string does not reach the item. */
    private boolean moodleStyle(Context ctx) {
        if (!"1".equals(ctx.queryParam("type_id"))) {
            problem(ctx, 400, "type_id is missing from the URL; put /scores before the line item's query string.");
            return false;
        }
        return true;
    }

    private boolean readAllowed(Context ctx) {
        String authorization = ctx.header("Authorization");
        if (tokens.refuse(authorization, AgsEndpoint.SCOPE_LINEITEM_READONLY).isEmpty()) {
            return true;
        }
        return allowed(ctx, AgsEndpoint.SCOPE_LINEITEM);
    }

    private boolean allowed(Context ctx, String scope) {
        Optional<SandboxTokens.Answer> refusal = tokens.refuse(ctx.header("Authorization"), scope);
        refusal.ifPresent(answer -> ctx.status(answer.status()).json(answer.body()));
        return refusal.isEmpty();
    }

    private boolean failed(Context ctx) {
        Optional<SandboxFaults.Fault> fault = faults.next();
        if (fault.isEmpty()) {
            return false;
        }
        SandboxFaults.Fault f = fault.get();
        if (f.retryAfterSeconds() > 0) {
            ctx.header("Retry-After", String.valueOf(f.retryAfterSeconds()));
        }
        switch (f.kind()) {
            case ERROR_500 -> ctx.status(500).result("Internal error (sandbox fault)");
            case ERROR_503 -> ctx.status(503).result("Service unavailable (sandbox fault)");
            case TOO_MANY_REQUESTS -> ctx.status(429).result("Too many requests (sandbox fault)");
            case RATE_LIMIT_403 -> ctx.status(403).result("403 Forbidden (Rate Limit Exceeded)");
            case REFUSE_422 -> ctx.status(422).result("The sandbox refused this on purpose (sandbox fault)");
            case HANG -> {
                pause(f.hangMillis());
                ctx.status(504).result("The sandbox hung on purpose");
            }
            case SLOW -> {
                pause(f.hangMillis());
                return false;
            }
            case LOST_ANSWER -> {
                ctx.attribute(ANSWER_LATE_MILLIS, f.hangMillis());
                return false;
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String userIdIn(String body) {
        try {
            return JSON.readTree(body).path("userId").asText("?");
        } catch (JsonProcessingException | RuntimeException e) {
            return "?";
        }
    }

    private JsonNode readJson(Context ctx) {
        try {
            JsonNode node = JSON.readTree(ctx.body());
            if (node == null || !node.isObject()) {
                problem(ctx, 400, "The body must be a JSON object.");
                return null;
            }
            return node;
        } catch (JsonProcessingException e) {
            problem(ctx, 400, "The body is not JSON.");
            return null;
        }
    }

    private static String mediaType(Context ctx) {
        String type = ctx.header("Content-Type");
        return type == null ? "" : type.split(";", 2)[0].trim().toLowerCase();
    }

    private static void problem(Context ctx, int status, String message) {
        ctx.status(status).json(Map.of("error", message));
    }

    private static String query(Context ctx, Map<String, String> overrides) {
        Map<String, String> params = new LinkedHashMap<>();
        ctx.queryParamMap().forEach((key, values) -> params.put(key, values.isEmpty() ? "" : values.get(0)));
        params.putAll(overrides);
        return params.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static Optional<String> text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? Optional.empty() : Optional.of(value.asText());
    }

    private static int positive(String value, int fallback) {
        int parsed = integer(value, fallback);
        return parsed > 0 ? parsed : fallback;
    }

    private static int integer(String value, int fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw HttpProblem.badRequest(value.trim().matches("[+-]?[0-9]+")
                    ? "'" + value + "' is too large; the sandbox takes whole numbers up to " + Integer.MAX_VALUE + "."
                    : "'" + value + "' is not a whole number.");
        }
    }

    private static double decimal(String value, double fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Double.parseDouble(value.trim());
        } catch (NumberFormatException e) {
            throw HttpProblem.badRequest("'" + value + "' is not a number.");
        }
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
