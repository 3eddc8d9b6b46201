package io.cairn.store;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** One page of profiles and the opaque cursor of the next page (null on the last page). */
public record ProfilePage(List<ProfileHit> hits, @Nullable String next) {

    public ProfilePage {
        hits = List.copyOf(hits);
    }
}
