package org.convolve.web;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheFactory;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Renders the Mustache templates of the {@code templates/} folder (packaged on the classpath).
 * Templates are compiled once and reused; Mustache escapes HTML in every {{value}}.
 */
public final class Templates {
    private final MustacheFactory factory = new DefaultMustacheFactory("templates");
    private final Map<String, Mustache> compiled = new ConcurrentHashMap<>();

    /** Compiles the given templates now, so that a broken template stops the start, not a learner's page. */
    public void precompile(List<String> names) {
        names.forEach(this::template);
    }

    public String render(String name, Object model) {
        StringWriter out = new StringWriter(8192);
        template(name).execute(out, model);
        return out.toString();
    }

    private Mustache template(String name) {
        return compiled.computeIfAbsent(name, key -> factory.compile(key + ".mustache"));
    }
}
