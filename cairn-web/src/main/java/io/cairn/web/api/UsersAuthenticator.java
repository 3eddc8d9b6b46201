package io.cairn.web.api;

import io.cairn.user.Principal;
import io.cairn.user.Users;
import java.util.Optional;

/** API keys checked against the users and keys Cairn keeps. */
public final class UsersAuthenticator implements ApiKeyAuthenticator {
    private final Users users;

    public UsersAuthenticator(Users users) {
        this.users = users;
    }

    @Override
    public Optional<ApiPrincipal> authenticate(String key) {
        return users.authenticate(key).map(UsersAuthenticator::principal);
    }

    private static ApiPrincipal principal(Principal p) {
        ApiRole role = switch (p.role()) {
            case ADMIN -> ApiRole.ADMIN;
            case ANALYST -> ApiRole.ANALYST;
            case VIEWER -> ApiRole.VIEWER;
        };
        return new ApiPrincipal(p.userName(), role);
    }
}
