package org.convolve.lti;

/** How long the values a platform sends may be, where the specs or common practice set a bound. */
public final class LtiLimits {
    /**
     * LTI 1.3 caps the deployment id, the context id and the resource link id at 255 ASCII
     * characters, and OpenID Connect caps {@code sub} the same way.
     */
    public static final int MAX_ID_LENGTH = 255;
    /**
     * The specs set no bound on the addresses of a platform's services; 2,048 characters is the
     * longest URL that browsers, proxies and servers commonly all carry, and far beyond any LMS's.
     */
    public static final int MAX_URL_LENGTH = 2048;

    private LtiLimits() {
    }

    public static boolean fits(String value, int max) {
        return value.length() <= max;
    }

    /** Says, for a value that does not fit, how long it is and how long it may be. */
    public static String tooLong(String what, String value, int max) {
        return what + " is " + value.length() + " characters long; at most " + max + " are accepted.";
    }
}
