package io.cairn.web.intel;

import io.cairn.indicator.Indicator;
import io.cairn.web.api.Times;
import io.cairn.web.artifact.ArtifactDto;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What one source asserts about an artifact or pattern, in its current version. */
public record IndicatorDto(
        String source,
        String stixId,
        @Nullable ArtifactDto artifact,
        @Nullable String pattern,
        int confidence,
        String tlp,
        String validFrom,
        @Nullable String validUntil,
        boolean revoked,
        List<String> labels,
        List<String> killChainPhases,
        String firstSeen,
        String lastSeen,
        String modified) {

    public static IndicatorDto of(Indicator i) {
        return new IndicatorDto(
                i.source(),
                i.stixId(),
                i.artifact() == null ? null : ArtifactDto.of(i.artifact()),
                i.pattern(),
                i.confidence(),
                i.tlp().id(),
                i.validFrom().toString(),
                Times.iso(i.validUntil()),
                i.revoked(),
                List.copyOf(i.labels()),
                i.killChainPhases().stream()
                        .map(p -> p.killChainName() + ":" + p.phaseName())
                        .toList(),
                i.firstSeen().toString(),
                i.lastSeen().toString(),
                i.modified().toString());
    }
}
