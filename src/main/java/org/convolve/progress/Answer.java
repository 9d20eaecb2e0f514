package org.convolve.progress;

import java.util.Objects;
import java.util.Optional;
import org.convolve.grading.Xp;

/**
 * One submission of a part's form, already graded. {@code xp} is empty for a submission that is
 * saved but not graded (a fresh random image): it changes what is restored, not the score.
 *
 * @param expectedRevision the revision the form was rendered with; a different stored revision
 *                         means the form is a replay or out of date
 * @param submittedJson    what was sent, for the attempt log
 * @param stateJson        what the page restores for this part on the next visit
 */
public record Answer(
        String activityId,
        Part part,
        int expectedRevision,
        AnswerRole role,
        String submittedJson,
        String stateJson,
        Optional<Xp> xp) {

    public Answer {
        Objects.requireNonNull(activityId, "activityId");
        Objects.requireNonNull(part, "part");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(stateJson, "stateJson");
        Objects.requireNonNull(xp, "xp");
    }

    public static Answer graded(String activityId, Part part, int expectedRevision, AnswerRole role,
                                String submittedJson, String stateJson, Xp xp) {
        return new Answer(activityId, part, expectedRevision, role, submittedJson, stateJson, Optional.of(xp));
    }

    public static Answer ungraded(String activityId, Part part, int expectedRevision, AnswerRole role,
                                  String stateJson) {
        return new Answer(activityId, part, expectedRevision, role, stateJson, stateJson, Optional.empty());
    }

    public boolean isGraded() {
        return xp.isPresent();
    }
}
