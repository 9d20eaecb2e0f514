package org.convolve.storage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.convolve.lti.launch.Roles;

/**
 * Shortens what a platform sends for display (a name, an email, a course title) to the width of
 * its column. The specs bound ids, not these, and a launch should not fail because a name is long;
 * the launch itself is stored whole beside them.
 */
public final class ColumnText {
    public static final int NAME_WIDTH = 255;
    public static final int EMAIL_WIDTH = 320;
    public static final int TITLE_WIDTH = 1024;
    public static final int ROLES_WIDTH = 4096;

    private ColumnText() {
    }

    /** The value, cut to at most {@code width} characters without splitting a character in two. */
    public static String fit(String value, int width) {
        if (value == null || value.length() <= width) {
            return value;
        }
        int end = Character.isLowSurrogate(value.charAt(width)) ? width - 1 : width;
        return value.substring(0, end);
    }

    /**
     * The roles joined by spaces, as many whole roles as fit. Roles the tool knows go first, so that
     * a long list of others cannot push out the role that tells a learner from an instructor.
     */
    public static String roles(Roles roles) {
        String all = String.join(" ", roles.values());
        if (all.length() <= ROLES_WIDTH) {
            return all;
        }
        List<String> ordered = new ArrayList<>(roles.values());
        ordered.sort(Comparator.comparing(role -> new Roles(List.of(role)).shortNames().isEmpty()));
        StringBuilder joined = new StringBuilder();
        for (String role : ordered) {
            int length = joined.length() + (joined.length() > 0 ? 1 : 0) + role.length();
            if (length > ROLES_WIDTH) {
                continue;
            }
            if (joined.length() > 0) {
                joined.append(' ');
            }
            joined.append(role);
        }
        return joined.toString();
    }
}
