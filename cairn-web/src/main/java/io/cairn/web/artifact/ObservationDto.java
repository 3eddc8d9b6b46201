package io.cairn.web.artifact;

import io.cairn.observation.Dataset;
import io.cairn.observation.Observation;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One row of a data tab. Resolution rows lift the resolved address's ASN, netblock and country
 * (as they were then) out of the attributes.
 */
public record ObservationDto(
        ArtifactDto subject,
        String dataset,
        ArtifactDto object,
        String firstSeen,
        String lastSeen,
        long count,
        List<String> sources,
        Map<String, String> attributes,
        @Nullable String asn,
        @Nullable String netblock,
        @Nullable String country) {

    static final List<String> RESOLUTION_ATTRIBUTES = List.of("asn", "netblock", "country");

    static ObservationDto of(Observation o) {
        boolean resolution = o.dataset() == Dataset.RESOLUTION;
        Map<String, String> a = o.attributes();
        return new ObservationDto(
                ArtifactDto.of(o.subject()),
                o.dataset().id(),
                ArtifactDto.of(o.object()),
                o.firstSeen().toString(),
                o.lastSeen().toString(),
                o.count(),
                List.copyOf(o.sources()),
                a,
                resolution ? a.get("asn") : null,
                resolution ? a.get("netblock") : null,
                resolution ? a.get("country") : null);
    }
}
