package io.cairn.web.intel;

import io.cairn.store.LinkedIndicator;
import io.cairn.web.artifact.ArtifactDto;
import org.jspecify.annotations.Nullable;

/** An indicator a source links to a profile. */
public record LinkedIndicatorDto(
        String source,
        String stixId,
        @Nullable ArtifactDto artifact,
        @Nullable String pattern,
        int confidence,
        String firstSeen,
        String lastSeen) {

    static LinkedIndicatorDto of(LinkedIndicator i) {
        return new LinkedIndicatorDto(
                i.source(),
                i.stixId(),
                i.artifact() == null ? null : ArtifactDto.of(i.artifact()),
                i.pattern(),
                i.confidence(),
                i.firstSeen().toString(),
                i.lastSeen().toString());
    }
}
