package org.convolve.web;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheFactory;
import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
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
    /** The largest output of each template so far, so its next buffer need not grow (and be copied) on the way. */
    private final Map<String, Integer> largestOutput = new ConcurrentHashMap<>();
    /** What every template may use besides its model: {@code {{#asset}}name{{/asset}}} for a static file's URL. */
    private final Map<String, Object> everywhere;

    public Templates() {
        this(new StaticAssets());
    }

    Templates(StaticAssets assets) {
        this.everywhere = Map.of("asset", assets.templateFunction());
    }

    /** Compiles the given templates now, so that a broken template stops the start, not a learner's page. */
    public void precompile(List<String> names) {
        names.forEach(this::template);
    }

    public String render(String name, Object model) {
        StringWriter out = new StringWriter(8192);
        template(name).execute(out, new Object[] {everywhere, model});
        return out.toString();
    }

    /**
     * The page as UTF-8, encoded while it renders. Encoding the finished string whole
     * (String.getBytes) ran in one long loop that the JIT compiled late on a busy machine; encoding
     * each of Mustache's thousands of short writes on its own cost a quarter of the rendering, so
     * they are gathered into pieces of 2,048 characters first (larger pieces only cost memory).
     */
    public byte[] renderUtf8(String name, Object... models) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(largestOutput.getOrDefault(name, 16384) + 1024);
        Object[] scopes = new Object[models.length + 1];
        scopes[0] = everywhere;
        System.arraycopy(models, 0, scopes, 1, models.length);
        try (Writer out = new BufferedWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8), 2048)) {
            template(name).execute(out, scopes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        largestOutput.merge(name, bytes.size(), Math::max);
        return bytes.toByteArray();
    }

    private Mustache template(String name) {
        return compiled.computeIfAbsent(name, key -> factory.compile(key + ".mustache"));
    }
}
