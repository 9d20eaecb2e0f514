package org.convolve.progress;

/**
 * Where a learner stands on one part of an activity.
 *
 * @param bestXp         the most XP any graded answer of this part earned; retries never lower it
 * @param gradedAttempts how many answers were graded
 * @param revision       how many submissions were saved; each form carries the revision it was
 *                       shown with, so a re-posted old form no longer matches
 * @param stateJson      the latest submission, which the page restores
 */
public record PartProgress(
        String activityId,
        Part part,
        double bestXp,
        double xpAvailable,
        int gradedAttempts,
        int revision,
        String stateJson) {

    /** A part nobody has answered yet. */
    public static PartProgress untouched(String activityId, Part part, double xpAvailable) {
        return new PartProgress(activityId, part, 0, xpAvailable, 0, 0, null);
    }

    public boolean answered() {
        return gradedAttempts > 0;
    }

    /** This part after {@code answer} is saved: the best XP is kept, the state is the latest. */
    public PartProgress after(Answer answer) {
        if (answer.expectedRevision() != revision) {
            throw new StaleFormException(activityId, part, answer.expectedRevision(), revision);
        }
        double best = answer.xp().map(xp -> Math.max(bestXp, xp.earned())).orElse(bestXp);
        double available = answer.xp().map(xp -> xp.available()).orElse(xpAvailable);
        return new PartProgress(activityId, part, best, available,
                gradedAttempts + (answer.isGraded() ? 1 : 0), revision + 1, answer.stateJson());
    }
}
