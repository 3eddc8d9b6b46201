package io.cairn.web.api;

import io.javalin.http.Context;
import java.util.Objects;

/** Who a valid API key belongs to, and the role it acts with. */
public record ApiPrincipal(String user, ApiRole role) {

    /** Who the request being handled acts for; routes only run once the guard has established it. */
    public static ApiPrincipal of(Context ctx) {
        ApiPrincipal principal = ctx.attribute(Guard.PRINCIPAL);
        if (principal == null) {
            throw new IllegalStateException("no principal: the route was not registered behind the guard");
        }
        return principal;
    }

    public ApiPrincipal {
        Objects.requireNonNull(role, "role");
        if (user.isBlank()) {
            throw new IllegalArgumentException("a principal needs a user name");
        }
    }
}
