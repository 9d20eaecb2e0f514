package org.convolve.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/**
 * What is left of a body refused as too large is read and dropped before the 413 page goes out.
 * A connection closed with unread data is reset by the kernel, and a browser (or any client) still
 * sending the body then reports a broken connection instead of showing the page. Past
 * {@link #MOST_BYTES} the sender is no learner's form, and the connection is closed on it.
 */
final class OversizedBody {
    static final long MOST_BYTES = 4L * 1024 * 1024;

    private OversizedBody() {
    }

    static void drain(HttpServletRequest request) {
        try {
            // InputStream.skip reads and drops until the count or the end of the body.
            request.getInputStream().skip(MOST_BYTES);
        } catch (IOException | IllegalStateException gone) {
            // The client stopped sending or the body was read another way: nothing left to drop.
        }
    }
}
