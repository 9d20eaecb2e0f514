package org.convolve.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;

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
        byte[] buffer = new byte[8192];
        long read = 0;
        try {
            InputStream body = request.getInputStream();
            for (int n = body.read(buffer); n >= 0 && read < MOST_BYTES; n = body.read(buffer)) {
                read += n;
            }
        } catch (IOException | IllegalStateException gone) {
            // The client stopped sending or the body was read another way: nothing left to drop.
        }
    }
}
