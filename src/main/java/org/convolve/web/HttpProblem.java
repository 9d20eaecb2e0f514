package org.convolve.web;

/** A request the tool refuses with a 4xx status and a message for the person who sent it. */
public final class HttpProblem extends RuntimeException {
    private final int status;
    private final String title;
    private final String hint;

    public HttpProblem(int status, String title, String message, String hint) {
        super(message);
        this.status = status;
        this.title = title;
        this.hint = hint;
    }

    public static HttpProblem badRequest(String message) {
        return new HttpProblem(400, "This request cannot be used", message, null);
    }

    public static HttpProblem forbidden(String message) {
        return new HttpProblem(403, "Not allowed", message, null);
    }

    public static HttpProblem sessionNotFound() {
        return new HttpProblem(401, "Your session has ended",
                "This page belongs to a launch that is unknown or has expired.",
                "Open the activity again from your course.");
    }

    public ErrorPage page() {
        return new ErrorPage(status, title, getMessage(), hint);
    }

    public int status() {
        return status;
    }
}
