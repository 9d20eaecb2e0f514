package org.convolve.progress;

/** A form was posted with a revision that is no longer current: a replay, or a second tab. */
public final class StaleFormException extends RuntimeException {
    private final String activityId;
    private final Part part;

    public StaleFormException(String activityId, Part part, int sent, int current) {
        super("the " + part.slug() + " form of '" + activityId + "' was shown at revision " + sent
                + " but the stored revision is " + current);
        this.activityId = activityId;
        this.part = part;
    }

    public String activityId() {
        return activityId;
    }

    public Part part() {
        return part;
    }
}
