package org.convolve.testing;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the hidden fields, forms and data attributes of our own server-rendered pages, for HTTP-level tests. */
public final class Html {
    private static final Pattern HIDDEN_FIELD = Pattern.compile("<input type=\"hidden\" name=\"([^\"]*)\" value=\"([^\"]*)\"");
    private static final Pattern AUTOPOST_ACTION = Pattern.compile("<form id=\"autopost\" method=\"post\" action=\"([^\"]*)\"");
    private static final Pattern ENTITY = Pattern.compile("&(?:#([0-9]+)|#[xX]([0-9a-fA-F]+)|(amp|lt|gt|quot|apos));");

    private Html() {
    }

    public static Map<String, String> hiddenFields(String html) {
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher matcher = HIDDEN_FIELD.matcher(html);
        while (matcher.find()) {
            fields.put(unescape(matcher.group(1)), unescape(matcher.group(2)));
        }
        return fields;
    }

    /** The action of the page's auto-posting form (the platform's and the tool's hand-offs). */
    public static String autoPostAction(String html) {
        return first(AUTOPOST_ACTION, html, "No auto-posting form in:\n");
    }

    public static String dataAttribute(String html, String name) {
        return first(Pattern.compile("data-" + Pattern.quote(name) + "=\"([^\"]*)\""), html, "no data-" + name + " in ");
    }

    /** The CSRF token a page of ours carries: a form's hidden field, or the page's data-csrf attribute. */
    public static String csrfOf(String html) {
        String field = hiddenFields(html).get("csrf");
        return field != null ? field : first(Pattern.compile("data-csrf=\"([^\"]*)\""), html, "No CSRF token in:\n");
    }

    /** Decodes the character references Mustache (or any HTML writer) puts in text and attribute values, in one pass. */
    public static String unescape(String text) {
        return ENTITY.matcher(text).replaceAll(entity -> Matcher.quoteReplacement(decode(entity)));
    }

    /** How Mustache writes a text's special characters into a page, to find a message in HTML. */
    public static String escaped(String text) {
        return text.replace("&", "&amp;").replace("'", "&#39;").replace("\"", "&quot;")
                .replace("<", "&lt;").replace(">", "&gt;").replace("=", "&#61;");
    }

    private static String decode(MatchResult entity) {
        if (entity.group(1) != null) {
            return Character.toString(Integer.parseInt(entity.group(1)));
        }
        if (entity.group(2) != null) {
            return Character.toString(Integer.parseInt(entity.group(2), 16));
        }
        return switch (entity.group(3)) {
            case "amp" -> "&";
            case "lt" -> "<";
            case "gt" -> ">";
            case "quot" -> "\"";
            default -> "'";
        };
    }

    private static String first(Pattern pattern, String html, String otherwise) {
        Matcher matcher = pattern.matcher(html);
        if (!matcher.find()) {
            throw new AssertionError(otherwise + html);
        }
        return unescape(matcher.group(1));
    }
}
