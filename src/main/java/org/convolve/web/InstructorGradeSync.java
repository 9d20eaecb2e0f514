package org.convolve.web;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.convolve.gradesync.CourseKey;
import org.convolve.gradesync.GradeSyncStatus;
import org.convolve.gradesync.OutboxEntry;
import org.convolve.gradesync.OutboxState;
import org.convolve.lti.launch.LtiLaunch;

/**
 * The grade-sync part of the instructor's view: for each learner and gradebook column, whether
 * the score was delivered, is waiting (and when it is tried next), or was refused (and why).
 */
final class InstructorGradeSync {
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    private final GradeSyncStatus status;
    private final Clock clock;

    InstructorGradeSync(GradeSyncStatus status, Clock clock) {
        this.status = status;
        this.clock = clock;
    }

    /** The rows and when they were read (the page does not update itself), at one instant. */
    record Table(List<Map<String, Object>> rows, String asOf) {
    }

    Table read(LaunchSession session) {
        Instant now = clock.instant();
        return new Table(rows(session, now), CLOCK.format(now));
    }

    /** One map per row, ready for the template; empty for a launch without a course. */
    private List<Map<String, Object>> rows(LaunchSession session, Instant now) {
        List<Map<String, Object>> rows = new ArrayList<>();
        CourseKey.of(session.launch()).ifPresent(course -> {
            Map<String, OutboxEntry> delivered = status.lastDeliveredFor(course);
            for (OutboxEntry entry : status.latestFor(course)) {
                Map<String, Object> row = row(session, entry, now);
                if (entry.state() != OutboxState.DELIVERED) {
                    String detail = String.valueOf(row.get("detail"));
                    row.put("detail", (detail.isEmpty() ? "" : detail + " ")
                            + Optional.ofNullable(delivered.get(entry.targetKey()))
                            .map(held -> "The gradebook holds " + XpText.number(held.scoreGiven()) + " / "
                                    + XpText.number(held.scoreMaximum())
                                    + held.deliveredAt().map(at -> ", sent on " + TIME.format(at)).orElse("") + ".")
                            .orElse("The gradebook holds no score from Convolve yet."));
                }
                rows.add(row);
            }
        });
        return rows;
    }

    private static Map<String, Object> row(LaunchSession session, OutboxEntry entry, Instant now) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", entry.id());
        row.put("learner", entry.learnerName().orElse(entry.subject()));
        row.put("subject", entry.subject());
        // The view covers the course, and two links of one lesson make two columns of one name. A view
        // opened from no link (course navigation) has no link of its own to set the others apart from.
        Optional<String> viewLink = session.launch().resourceLink().map(LtiLaunch.ResourceLink::id);
        boolean otherLink = viewLink.isPresent() && !entry.resourceLinkId().equals(viewLink);
        row.put("column", otherLink ? entry.label() + " (another link in this course)" : entry.label());
        row.put("score", XpText.number(entry.scoreGiven()) + " / " + XpText.number(entry.scoreMaximum()));
        row.put("sendAgainAction", "/s/" + session.handle() + "/instructor/grades/" + entry.id() + "/send-again");
        Optional<String> lastTry = GradeSyncWords.lastTry(entry.lastStatus(), entry.lastMessage());
        switch (entry.state()) {
            case DELIVERED -> {
                row.put("state", "delivered");
                row.put("stateText", "Delivered");
                row.put("detail", entry.deliveredAt().map(at -> "on " + TIME.format(at)).orElse(""));
            }
            case REFUSED -> {
                row.put("state", "refused");
                row.put("refused", true);
                row.put("stateText", "Refused by the platform");
                // The score's own time tells one refusal from the next after "Send again", whose copy is newer.
                row.put("detail", "Score of " + TIME.format(entry.scoreTimestamp()) + ". "
                        + lastTry.map(why -> capitalised(why) + ".").orElse("No reason given.")
                        + GradeSyncWords.adviceForRefused(entry.lastStatus()));
            }
            default -> {
                row.put("state", "pending");
                if (entry.inDeliveryAt(now)) {
                    row.put("stateText", "Being sent now");
                    // A platform that hangs keeps a score here for a while; the last failure says why.
                    row.put("detail", lastTry.map(why -> "The last try did not get through: " + why + ".").orElse(""));
                } else {
                    row.put("stateText", "Waiting");
                    String verb = entry.attempts() == 0 ? "Convolve sends it " : "Convolve tries again ";
                    String next = entry.nextAttemptAt().isAfter(now)
                            ? verb + GradeSyncWords.in(entry.nextAttemptAt(), now) + " ("
                                    + CLOCK.format(entry.nextAttemptAt()) + ")"
                            : verb + "within seconds";
                    row.put("detail", next + lastTry.map(why -> "; the last try did not get through: " + why).orElse("")
                            + ".");
                }
            }
        }
        return row;
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
