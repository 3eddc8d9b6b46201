package io.cairn.web;

import io.cairn.web.api.ApiKeyAuthenticator;
import io.cairn.web.api.RestApi;
import io.javalin.Javalin;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Cairn HTTP server. Built from its dependencies; nothing static. Only {@code /health} and the
 * API documentation are open without an API key, and they hold no data.
 */
public final class WebApp {
    private static final Logger LOG = LoggerFactory.getLogger(WebApp.class);

    private final Javalin javalin;

    public WebApp(String version, HealthCheck health, ApiKeyAuthenticator authenticator, ApiServices services) {
        RestApi api = new RestApi(version, authenticator, services.routes());
        this.javalin = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.http.maxRequestSize = 1_000_000L;
            config.staticFiles.enableWebjars();
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
        api.registerOn(javalin);
        javalin.error(HttpStatus.NOT_FOUND, ctx -> {
            if (!"application/problem+json".equals(ctx.res().getContentType())) {
                Problems.write(ctx, HttpStatus.NOT_FOUND, "No such resource");
            }
        });
        javalin.exception(HttpResponseException.class, (e, ctx) -> Problems.write(ctx, statusOf(e), e.getMessage()));
        javalin.exception(Exception.class, (e, ctx) -> {
            Problems.write(ctx, HttpStatus.INTERNAL_SERVER_ERROR, "Internal error");
            LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
        });
    }

    private static HttpStatus statusOf(HttpResponseException e) {
        HttpStatus status = HttpStatus.forStatus(e.getStatus());
        return status == HttpStatus.UNKNOWN ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }

    /** Starts listening; port 0 picks a free one. Returns the port bound. */
    public int start(String host, int port) {
        javalin.start(host, port);
        return javalin.port();
    }

    public void stop() {
        javalin.stop();
    }

    /** The underlying server, for tests that look at what is registered. */
    Javalin javalin() {
        return javalin;
    }
}
