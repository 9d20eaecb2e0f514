package org.convolve.web;

import io.javalin.http.ContentType;
import io.javalin.http.Context;

/**
 * Says in the header that every HTML page is UTF-8, as its bytes are. Javalin's {@code html()}
 * sends a bare {@code text/html}: browsers then go by the page's meta tag, but HTTP clients and
 * tools fall back to Latin-1 and garble the tool's middle dots and quotes.
 */
final class HtmlCharset {
    private HtmlCharset() {
    }

    static void declare(Context ctx) {
        if (ContentType.HTML.equals(ctx.res().getContentType())) {
            ctx.contentType(LessonPage.CONTENT_TYPE);
        }
    }
}
