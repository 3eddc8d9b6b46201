package io.cairn.store;

import io.cairn.intel.ProfileKind;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One profile in a list.
 *
 * @param rank how well it matched the text, higher is better; 0 when the query had no text
 * @param snippet words around the matches, marked with {@link Highlight}; null without text
 */
public record ProfileHit(
        long id,
        ProfileKind kind,
        String name,
        List<String> aliases,
        @Nullable String externalId,
        boolean active,
        double rank,
        @Nullable String snippet) {

    public ProfileHit {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        aliases = List.copyOf(aliases);
    }
}
