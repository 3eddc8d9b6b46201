package io.cairn.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.LinkedHashMap;
import java.util.Map;

/** RFC 9457 problem details, the one error shape of the HTTP API. */
final class Problems {
    private Problems() {}

    static void write(Context ctx, HttpStatus status, String detail) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", status.getMessage());
        body.put("status", status.getCode());
        body.put("detail", detail);
        body.put("instance", ctx.path());
        ctx.status(status)
                .contentType("application/problem+json")
                .result(ctx.jsonMapper().toJsonString(body, Map.class));
    }
}
