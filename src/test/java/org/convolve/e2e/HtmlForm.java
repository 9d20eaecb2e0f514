package org.convolve.e2e;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the hidden fields and data attributes of our own server-rendered pages, for HTTP-level tests. */
final class HtmlForm {
    private static final Pattern INPUT = Pattern.compile("<input type=\"hidden\" name=\"([^\"]*)\" value=\"([^\"]*)\">");
    private static final Pattern ACTION = Pattern.compile("<form[^>]* action=\"([^\"]*)\"");

    private HtmlForm() {
    }

    static Map<String, String> hiddenFields(String html) {
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher matcher = INPUT.matcher(html);
        while (matcher.find()) {
            fields.put(unescape(matcher.group(1)), unescape(matcher.group(2)));
        }
        return fields;
    }

    static String action(String html) {
        Matcher matcher = ACTION.matcher(html);
        if (!matcher.find()) {
            throw new AssertionError("no form in " + html);
        }
        return unescape(matcher.group(1));
    }

    static String dataAttribute(String html, String name) {
        Matcher matcher = Pattern.compile("data-" + name + "=\"([^\"]*)\"").matcher(html);
        if (!matcher.find()) {
            throw new AssertionError("no data-" + name + " in " + html);
        }
        return unescape(matcher.group(1));
    }

    static String unescape(String text) {
        Matcher matcher = Pattern.compile("&#(x?)([0-9a-fA-F]+);").matcher(text
                .replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">"));
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            int code = Integer.parseInt(matcher.group(2), matcher.group(1).isEmpty() ? 10 : 16);
            matcher.appendReplacement(out, Matcher.quoteReplacement(String.valueOf((char) code)));
        }
        matcher.appendTail(out);
        return out.toString().replace("&amp;", "&");
    }
}
