package org.convolve.web;

/**
 * The model of the page shown for every refusal: what went wrong, what the person can do, and,
 * inside a session that still works, a link back to where they were.
 */
public record ErrorPage(int status, String title, String message, String hint, WayBack wayBack) {

    public ErrorPage(int status, String title, String message, String hint) {
        this(status, title, message, hint, null);
    }

    ErrorPage withWayBack(WayBack way) {
        return new ErrorPage(status, title, message, hint, way);
    }

    /** A link inside the person's session: in an LMS frame there is no address bar to go back with. */
    public record WayBack(String url, String label) {
    }
}
