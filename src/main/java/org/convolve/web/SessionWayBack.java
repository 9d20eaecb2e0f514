package org.convolve.web;

import io.javalin.http.Context;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.convolve.lti.LtiClaims;

/** Gives an error page met inside a live session a link to that session's first page. */
final class SessionWayBack {
    private static final Pattern SESSION_PATH = Pattern.compile("^/s/([A-Za-z0-9_-]{43})(/.*)?$");

    private final LaunchSessionStore sessions;

    SessionWayBack(LaunchSessionStore sessions) {
        this.sessions = sessions;
    }

    /**
     * Leaves the page as it is when the session has ended (401), when the failure is the server's
     * own (a database that just failed would only make the person wait for it a second time), and
     * when the first page is the one that failed.
     */
    ErrorPage addTo(ErrorPage page, Context ctx) {
        Matcher session = SESSION_PATH.matcher(ctx.path());
        if (page.status() == 401 || page.status() >= 500 || !session.matches()) {
            return page;
        }
        return find(session.group(1))
                .map(found -> new ErrorPage.WayBack(PageController.firstPageOf(found), label(found)))
                .filter(way -> !way.url().equals(ctx.path()))
                .map(page::withWayBack)
                .orElse(page);
    }

    /** The page already says what went wrong; a database that fails here must not hide it. */
    private Optional<LaunchSession> find(String handle) {
        try {
            return sessions.find(handle);
        } catch (RuntimeException unavailable) {
            return Optional.empty();
        }
    }

    private static String label(LaunchSession session) {
        if (LtiClaims.DEEP_LINKING_REQUEST.equals(session.launch().messageType())) {
            return "Back to choosing what to add";
        }
        return session.isInstructor() ? "Back to the class view" : "Back to the lesson";
    }
}
