package io.cairn.web.api;

import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One REST route, declared once: the server registers it and the OpenAPI document describes it
 * from the same record, so the two cannot drift apart.
 *
 * @param tag the group the documentation lists it under
 * @param role the least role a caller needs
 * @param body the record a JSON request body holds, or null for routes that take none
 */
public record Route(
        HandlerType method,
        String path,
        String tag,
        String summary,
        ApiRole role,
        List<Param> params,
        @Nullable Class<?> body,
        Response response,
        Handler handler) {

    private static final Pattern PATH_PARAM = Pattern.compile("\\{([^}]+)}");

    public Route {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(response, "response");
        Objects.requireNonNull(handler, "handler");
        params = List.copyOf(params);
        if (!path.startsWith("/api/v1/")) {
            throw new IllegalArgumentException("API routes live under /api/v1/: " + path);
        }
        Matcher m = PATH_PARAM.matcher(path);
        while (m.find()) {
            String name = m.group(1);
            if (params.stream()
                    .noneMatch(p -> p.in() == Param.In.PATH && p.name().equals(name))) {
                throw new IllegalArgumentException("path parameter " + name + " of " + path + " is not declared");
            }
        }
    }

    /** A read that any authenticated caller may make. */
    public static Route read(
            String path, String tag, String summary, List<Param> params, Response response, Handler handler) {
        return new Route(HandlerType.GET, path, tag, summary, ApiRole.VIEWER, params, null, response, handler);
    }

    /** A route that takes a JSON body of type {@code body}. */
    public static Route withBody(
            HandlerType method,
            String path,
            String tag,
            String summary,
            ApiRole role,
            List<Param> params,
            Class<?> body,
            Response response,
            Handler handler) {
        return new Route(method, path, tag, summary, role, params, body, response, handler);
    }
}
