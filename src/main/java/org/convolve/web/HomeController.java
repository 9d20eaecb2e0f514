package org.convolve.web;

import io.javalin.http.Context;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.convolve.lti.keys.ToolKeys;

/** The tool's own page, its JWKS, health and metrics. */
final class HomeController {
    private final Templates templates;
    private final ToolKeys keys;
    private final BooleanSupplier databaseHealthy;
    private final PrometheusMeterRegistry metrics;
    private final Map<String, Object> setup;

    HomeController(Templates templates, ToolKeys keys, BooleanSupplier databaseHealthy,
                   PrometheusMeterRegistry metrics, Map<String, Object> setup) {
        this.templates = templates;
        this.keys = keys;
        this.databaseHealthy = databaseHealthy;
        this.metrics = metrics;
        this.setup = setup;
    }

    void index(Context ctx) {
        ctx.html(templates.render("home", setup));
    }

    void jwks(Context ctx) {
        ctx.header("Cache-Control", "max-age=300");
        ctx.contentType("application/json").result(keys.publicKeySet().toString());
    }

    void health(Context ctx) {
        boolean up = databaseHealthy.getAsBoolean();
        ctx.status(up ? 200 : 503).json(Map.of("status", up ? "UP" : "DOWN", "database", up ? "UP" : "DOWN"));
    }

    void metrics(Context ctx) {
        ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(metrics.scrape());
    }
}
