package org.convolve.web;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The page for a request the web server refuses before the tool sees it: a malformed request
 * line or header, an address or headers too long to read. Jetty's own page repeats the address,
 * which inside a session holds the session's handle, and when that made its page too large it
 * logged the address; this page says what was wrong in the tool's words and never repeats it.
 */
final class UnreadableRequestPage extends ErrorHandler {
    private final Function<ErrorPage, String> render;
    private final SecurityHeaders headers;

    UnreadableRequestPage(Function<ErrorPage, String> render, SecurityHeaders headers) {
        this.render = render;
        this.headers = headers;
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) {
        byte[] page = render.apply(pageFor(code)).getBytes(StandardCharsets.UTF_8);
        // The address may be what could not be read; the headers of any page not under /lti/register fit.
        headers.write("/", (name, value) -> response.getHeaders().put(name, value));
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, LessonPage.CONTENT_TYPE);
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, page.length);
        response.write(true, ByteBuffer.wrap(page), callback);
    }

    private static ErrorPage pageFor(int code) {
        String hint = "Open Convolve again from your course.";
        return switch (code) {
            case 414 -> new ErrorPage(code, "This address is too long",
                    "The address asked for is longer than the tool reads.", hint);
            case 431 -> new ErrorPage(code, "This request's headers are too long",
                    "The address or the cookies sent with it are longer than the tool reads.",
                    "If this keeps happening, clear this site's cookies, then open Convolve again from your course.");
            case 400 -> new ErrorPage(code, "This request cannot be read",
                    "The request is not well-formed HTTP: a header it needs is missing, or its address or one of its"
                            + " headers holds characters that are not allowed there.", hint);
            case 505 -> new ErrorPage(code, "This request cannot be read",
                    "It asks for a version of HTTP the tool does not speak; browsers use HTTP/1.1.", hint);
            default -> code >= 500
                    ? new ErrorPage(code, "Something went wrong on our side",
                            "The tool could not finish this request. Nothing you already did was lost.",
                            "Try again in a moment.")
                    : new ErrorPage(code, "This request cannot be used", "The web server refused it.", hint);
        };
    }
}
