package io.cairn.web;

import io.javalin.Javalin;
import io.javalin.http.HttpStatus;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The Cairn HTTP server. Built from its dependencies; nothing static. Only {@code /health} is open
 * without authentication, and it says no more than whether Cairn can serve.
 */
public final class WebApp {
    private final Javalin javalin;

    public WebApp(String version, HealthCheck health) {
        this.javalin = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.http.maxRequestSize = 1_000_000L;
        });
        javalin.get("/health", ctx -> {
            HealthCheck.Status status = health.check();
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("status", status.healthy() ? "ok" : "unavailable");
            body.put("version", version);
            body.put("store", status.detail());
            ctx.status(status.healthy() ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE)
                    .json(body);
        });
        javalin.error(HttpStatus.NOT_FOUND, ctx -> Problems.write(ctx, HttpStatus.NOT_FOUND, "No such resource"));
        javalin.exception(Exception.class, (e, ctx) -> {
            Problems.write(ctx, HttpStatus.INTERNAL_SERVER_ERROR, "Internal error");
            org.slf4j.LoggerFactory.getLogger(WebApp.class).error("request {} failed", ctx.path(), e);
        });
    }

    /** Starts listening; port 0 picks a free one. Returns the port bound. */
    public int start(String host, int port) {
        javalin.start(host, port);
        return javalin.port();
    }

    public void stop() {
        javalin.stop();
    }
}
