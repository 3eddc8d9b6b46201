package io.cairn.web.api;

import java.util.Optional;

/**
 * Tells who an API key belongs to. Implementations compare against stored hashes and never log the
 * key; an unknown, revoked or expired key is simply empty.
 */
@FunctionalInterface
public interface ApiKeyAuthenticator {

    Optional<ApiPrincipal> authenticate(String key);
}
