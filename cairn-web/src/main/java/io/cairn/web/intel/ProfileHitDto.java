package io.cairn.web.intel;

import io.cairn.store.ProfileHit;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A profile in a list or search result; {@code snippet} is marked as in {@link ArticleHitDto}. */
public record ProfileHitDto(
        long id,
        String kind,
        String name,
        List<String> aliases,
        @Nullable String externalId,
        boolean active,
        double rank,
        @Nullable String snippet) {

    public static ProfileHitDto of(ProfileHit h) {
        return new ProfileHitDto(
                h.id(), h.kind().id(), h.name(), h.aliases(), h.externalId(), h.active(), h.rank(), h.snippet());
    }
}
