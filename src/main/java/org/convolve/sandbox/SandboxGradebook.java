package org.convolve.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.convolve.lti.ags.Score;

/**
 * The sandbox course's gradebook, in memory. It applies the score rules of Moodle (timestamp
 * not newer than the stored one: 409; anything but FullyGraded blanks the grade) and Canvas
 * (a score for a non-student: 422), so the tool is tested against the strictest of both.
 */
public final class SandboxGradebook {
    private static final Pattern ISO_8601 =
            Pattern.compile("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$");
    private static final Set<String> ACTIVITY = Set.of("Initialized", "Started", "InProgress", "Submitted", "Completed");
    private static final Set<String> GRADING = Set.of("FullyGraded", "Pending", "PendingManual", "Failed", "NotReady");

    public record Item(long id, String label, double scoreMaximum, Optional<String> resourceLinkId,
                       Optional<String> tag, Optional<String> resourceId) {
    }

    /**
     * The stored result of one learner on one item; scoreGiven is null when a score blanked it.
     * {@code submissions} counts the scores Canvas would take as new submissions (attempts): all
     * but those whose submission extension says {@code new_submission: false}.
     */
    public record Result(String userId, Double scoreGiven, double scoreMaximum, long timestampSeconds,
                         String activityProgress, String gradingProgress, Instant receivedAt, int timesReceived,
                         int submissions) {
    }

    /** One score POST as the gradebook saw it, for the sandbox's gradebook page. */
    public record Received(Instant at, long itemId, String userId, int status, String message) {
    }

    public record Answer(int status, String message) {
    }

    private final Clock clock;
    private final Map<Long, Item> items = new LinkedHashMap<>();
    private final Map<Long, Map<String, Result>> results = new LinkedHashMap<>();
    private final Deque<Received> received = new ArrayDeque<>();
    private final ScorePostsInFlight inFlight = new ScorePostsInFlight();
    private long nextId = 1;

    SandboxGradebook(Clock clock) {
        this.clock = clock;
    }

    synchronized Item create(String label, double scoreMaximum, Optional<String> resourceLinkId, Optional<String> tag,
                             Optional<String> resourceId) {
        Item item = new Item(nextId++, label, scoreMaximum, resourceLinkId, tag, resourceId);
        items.put(item.id(), item);
        results.put(item.id(), new LinkedHashMap<>());
        return item;
    }

    synchronized Optional<Item> item(long id) {
        return Optional.ofNullable(items.get(id));
    }

    synchronized List<Item> items() {
        return List.copyOf(items.values());
    }

    public synchronized Optional<Result> result(long itemId, String userId) {
        return Optional.ofNullable(results.getOrDefault(itemId, Map.of()).get(userId));
    }

    synchronized List<Result> results(long itemId) {
        return List.copyOf(results.getOrDefault(itemId, Map.of()).values());
    }

    private final Map<Integer, Long> answersByStatus = new HashMap<>();

    public ScorePostsInFlight inFlight() {
        return inFlight;
    }

    public synchronized List<Received> received() {
        return List.copyOf(received);
    }

    /** How many score posts got each status since the start, e.g. {200: 950, 409: 2}. */
    public synchronized Map<Integer, Long> answersByStatus() {
        return new TreeMap<>(answersByStatus);
    }

    /** Applies one score body to an item, answering as Moodle or Canvas would. */
    synchronized Answer score(long itemId, JsonNode body, Predicate<String> gradableUsers) {
        Answer answer = judge(itemId, body, gradableUsers);
        answersByStatus.merge(answer.status(), 1L, Long::sum);
        String userId = body != null && body.hasNonNull("userId") ? body.get("userId").asText() : "?";
        remember(new Received(clock.instant(), itemId, userId, answer.status(), answer.message()));
        return answer;
    }

    /** A score post the sandbox failed on purpose: shown and counted with the rest, so a fault can be watched. */
    synchronized void failedOnPurpose(long itemId, String userId, int status, String message) {
        answersByStatus.merge(status, 1L, Long::sum);
        remember(new Received(clock.instant(), itemId, userId, status, message));
    }

    private void remember(Received post) {
        received.addFirst(post);
        while (received.size() > 500) {
            received.removeLast();
        }
    }

    private Answer judge(long itemId, JsonNode body, Predicate<String> gradableUsers) {
        Item item = items.get(itemId);
        if (item == null) {
            return new Answer(404, "No line item " + itemId + ".");
        }
        if (body == null || !body.isObject()) {
            return new Answer(400, "The score must be a JSON object.");
        }
        for (String field : List.of("userId", "timestamp", "activityProgress", "gradingProgress")) {
            if (!body.hasNonNull(field) || !body.get(field).isTextual()) {
                return new Answer(400, "Incorrect score received: " + field + " is missing.");
            }
        }
        String timestamp = body.get("timestamp").asText();
        if (!ISO_8601.matcher(timestamp).matches()) {
            return new Answer(400, "Incorrect score received: timestamp '" + timestamp + "' is not ISO 8601.");
        }
        long seconds;
        try {
            seconds = OffsetDateTime.parse(timestamp).toEpochSecond();
        } catch (DateTimeParseException e) {
            return new Answer(400, "Incorrect score received: timestamp '" + timestamp + "' is not a date.");
        }
        String activity = body.get("activityProgress").asText();
        String grading = body.get("gradingProgress").asText();
        if (!ACTIVITY.contains(activity) || !GRADING.contains(grading)) {
            return new Answer(400, "Incorrect score received: unknown activityProgress or gradingProgress.");
        }
        Double given = null;
        double maximum = 1;
        if (body.has("scoreGiven") && !body.get("scoreGiven").isNull()) {
            if (!body.get("scoreGiven").isNumber() || body.get("scoreGiven").asDouble() < 0) {
                return new Answer(400, "Incorrect score received: scoreGiven must be a number of 0 or more.");
            }
            if (!body.has("scoreMaximum") || !body.get("scoreMaximum").isNumber()
                    || body.get("scoreMaximum").asDouble() <= 0) {
                return new Answer(400, "Incorrect score received: scoreMaximum must come with scoreGiven and be above 0.");
            }
            given = body.get("scoreGiven").asDouble();
            maximum = body.get("scoreMaximum").asDouble();
        }
        String userId = body.get("userId").asText();
        if (!gradableUsers.test(userId)) {
            return new Answer(422, "User " + userId + " is not a student in this course.");
        }
        Map<String, Result> itemResults = results.get(itemId);
        Result previous = itemResults.get(userId);
        if (previous != null && previous.timestampSeconds() >= seconds) {
            return new Answer(409, "Refusing score with an earlier timestamp for item " + itemId
                    + " and user " + userId + ".");
        }
        // As Moodle does: only a FullyGraded score keeps its scoreGiven; anything else blanks the grade.
        Double kept = "FullyGraded".equals(grading) && given != null ? given * item.scoreMaximum() / maximum : null;
        boolean newSubmission = body.path(Score.CANVAS_SUBMISSION).path("new_submission").asBoolean(true);
        itemResults.put(userId, new Result(userId, kept, item.scoreMaximum(), seconds, activity, grading,
                clock.instant(), previous == null ? 1 : previous.timesReceived() + 1,
                (previous == null ? 0 : previous.submissions()) + (newSubmission ? 1 : 0)));
        return new Answer(200, "Stored " + (kept == null ? "no grade" : kept + " / " + item.scoreMaximum())
                + " for " + userId + ".");
    }

    /** Items in container order, filtered as the AGS container GET filters them. */
    synchronized List<Item> find(Optional<String> resourceLinkId, Optional<String> tag, Optional<String> resourceId) {
        List<Item> found = new ArrayList<>();
        for (Item item : items.values()) {
            if (resourceLinkId.isPresent() && !resourceLinkId.equals(item.resourceLinkId())) {
                continue;
            }
            if (tag.isPresent() && !tag.equals(item.tag())) {
                continue;
            }
            if (resourceId.isPresent() && !resourceId.equals(item.resourceId())) {
                continue;
            }
            found.add(item);
        }
        return found;
    }
}
