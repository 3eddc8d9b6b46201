package io.cairn.web.api;

import java.util.Objects;

/** Who a valid API key belongs to, and the role it acts with. */
public record ApiPrincipal(String user, ApiRole role) {
    public ApiPrincipal {
        Objects.requireNonNull(role, "role");
        if (user.isBlank()) {
            throw new IllegalArgumentException("a principal needs a user name");
        }
    }
}
