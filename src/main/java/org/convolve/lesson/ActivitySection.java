package org.convolve.lesson;

/** Places an activity on the page; the activity itself lives in the lesson's activity list. */
public record ActivitySection(String activity) implements Section {

    /** An activity appears once on the page, so its id doubles as the section's anchor. */
    @Override
    public String id() {
        return activity;
    }
}
