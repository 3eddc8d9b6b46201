package io.cairn.web.api;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.Handler;
import io.javalin.http.UnauthorizedResponse;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Lets a request through to a route only with a valid API key of a role that covers the route's.
 * The key comes from {@code Authorization: Bearer KEY} or {@code X-API-Key}; it is never logged
 * or echoed.
 */
final class Guard {
    static final String PRINCIPAL = "cairn.principal";
    static final String CHALLENGE = "Bearer realm=\"cairn\"";

    private final ApiKeyAuthenticator authenticator;

    Guard(ApiKeyAuthenticator authenticator) {
        this.authenticator = authenticator;
    }

    Handler around(Route route) {
        return ctx -> {
            ApiPrincipal principal = principal(ctx);
            if (!principal.role().covers(route.role())) {
                throw new ForbiddenResponse("The " + principal.role().id() + " role may not do this; it needs the "
                        + route.role().id() + " role or higher");
            }
            ctx.attribute(PRINCIPAL, principal);
            route.handler().handle(ctx);
        };
    }

    private ApiPrincipal principal(Context ctx) {
        String key = presentedKey(ctx);
        if (key == null) {
            ctx.header("WWW-Authenticate", CHALLENGE);
            throw new UnauthorizedResponse(
                    "An API key is required: send it as 'Authorization: Bearer KEY' or in the X-API-Key header");
        }
        Optional<ApiPrincipal> principal = authenticator.authenticate(key);
        if (principal.isEmpty()) {
            ctx.header("WWW-Authenticate", CHALLENGE + ", error=\"invalid_token\"");
            throw new UnauthorizedResponse("The API key is not valid");
        }
        return principal.get();
    }

    private static @Nullable String presentedKey(Context ctx) {
        String authorization = ctx.header("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            String key = authorization.substring(7).strip();
            if (!key.isEmpty()) {
                return key;
            }
        }
        String header = ctx.header("X-API-Key");
        return header == null || header.isBlank() ? null : header.strip();
    }
}
