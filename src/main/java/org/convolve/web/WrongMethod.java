package org.convolve.web;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A known address asked with a method it does not take: say which ones it does, in words and in {@code Allow}. */
final class WrongMethod {
    private WrongMethod() {
    }

    static ErrorPage page(Context ctx, HttpResponseException notAllowed) {
        List<String> methods = allowed(notAllowed);
        ctx.header("Allow", String.join(", ", methods));
        String method = ctx.method().name();
        return new ErrorPage(405, "This address does not take " + article(method) + " " + method + " request",
                "It answers " + String.join(" and ", methods) + " only.",
                methods.contains("GET") ? "Open " + ctx.path() + " in the browser instead." : null);
    }

    /** "an OPTIONS request", "a PUT request": the method is read as a word. */
    private static String article(String method) {
        return "AEIOU".indexOf(method.charAt(0)) >= 0 ? "an" : "a";
    }

    /** Javalin lists the methods under a key that depends on whether the client asked for HTML. */
    private static List<String> allowed(HttpResponseException notAllowed) {
        String listed = notAllowed.getDetails().values().stream().findFirst().orElse("");
        List<String> methods = new ArrayList<>(Arrays.stream(listed.split(","))
                .map(String::trim).filter(method -> !method.isEmpty()).toList());
        // Javalin answers HEAD wherever there is a GET, without listing it.
        if (methods.contains("GET") && !methods.contains("HEAD")) {
            methods.add(methods.indexOf("GET") + 1, "HEAD");
        }
        return methods;
    }
}
