package org.convolve.web;

import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Optional;
import org.eclipse.jetty.http.BadMessageException;

/**
 * A request whose body cannot be read at all: a character set no one knows, or a multipart body
 * that breaks off. Javalin only finds out when a handler first asks for a form field, and throws
 * what the JDK or Jetty threw; this turns those into the sender's error they are.
 */
final class UnreadableBody {
    private UnreadableBody() {
    }

    static Optional<ErrorPage> pageFor(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof UnsupportedCharsetException || cause instanceof IllegalCharsetNameException) {
                return Optional.of(new ErrorPage(415, "This form used an unknown character set",
                        "The request said its text was written in '" + UntrustedText.shown(charsetName(cause))
                                + "', which Convolve cannot read. Browsers send forms as UTF-8. Nothing was saved.",
                        "Go back to the lesson, reload it, and answer again."));
            }
            if (cause instanceof BadMessageException bad && bad.getCode() >= 400 && bad.getCode() < 500) {
                return Optional.of(new ErrorPage(bad.getCode(), "This form could not be read",
                        "Its body is not a well-formed form (" + UntrustedText.shown(bad.getReason()) + "). Nothing was saved.",
                        "Go back to the lesson, reload it, and answer again."));
            }
        }
        return Optional.empty();
    }

    private static String charsetName(Throwable cause) {
        return cause instanceof UnsupportedCharsetException unsupported ? unsupported.getCharsetName()
                : ((IllegalCharsetNameException) cause).getCharsetName();
    }
}
