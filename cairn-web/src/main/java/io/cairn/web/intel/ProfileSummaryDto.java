package io.cairn.web.intel;

import io.cairn.store.StoredProfile;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** An intel profile in a list. */
public record ProfileSummaryDto(
        long id,
        String kind,
        String name,
        List<String> aliases,
        @Nullable String summary,
        @Nullable String origin,
        @Nullable String externalId,
        boolean active) {

    public static ProfileSummaryDto of(StoredProfile p) {
        return new ProfileSummaryDto(
                p.id(),
                p.kind().id(),
                p.name(),
                List.copyOf(p.aliases()),
                p.summary(),
                p.origin(),
                p.externalId(),
                p.active());
    }
}
