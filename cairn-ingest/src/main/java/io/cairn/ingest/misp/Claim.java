package io.cairn.ingest.misp;

import io.cairn.artifact.Artifact;
import io.cairn.indicator.Indicator;
import io.cairn.indicator.Tlp;
import io.cairn.ingest.ImportContext;
import io.cairn.stix.StixIds;
import io.cairn.stix.pattern.Pattern;
import io.cairn.stix.pattern.StixPatterns;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** What every indicator made from one attribute shares: times, confidence, marking and labels. */
record Claim(Times times, int confidence, Tlp tlp, boolean revoked, Set<String> labels) {
    private static final java.util.regex.Pattern UUID = java.util.regex.Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    Claim {
        labels = Set.copyOf(labels);
    }

    Instant firstSeen() {
        return times.firstSeen();
    }

    Instant lastSeen() {
        return times.lastSeen();
    }

    Claim withLabel(String label) {
        Set<String> more = new LinkedHashSet<>(labels);
        more.add(label);
        return new Claim(times, confidence, tlp, revoked, more);
    }

    Indicator indicator(String source, String stixId, Artifact artifact) {
        return new Indicator(
                artifact,
                StixPatterns.forArtifact(artifact).map(Pattern::text).orElse(null),
                source,
                stixId,
                times.modified(),
                confidence,
                tlp,
                times.firstSeen(),
                null,
                revoked,
                labels,
                List.of(),
                times.firstSeen(),
                times.lastSeen());
    }

    static boolean isUuid(String text) {
        return UUID.matcher(text).matches();
    }

    /**
     * The id of an indicator that cannot take the attribute's UUID as it is (a {@code domain|ip}
     * pair yields two; some attributes have no UUID): the same on every import of the attribute.
     */
    static String derivedId(ImportContext context, String attributeKey, @Nullable Artifact artifact) {
        Map<String, String> identity = new HashMap<>();
        identity.put("source", context.source());
        identity.put("misp_attribute", attributeKey);
        if (artifact != null) {
            identity.put("artifact", artifact.toString());
        }
        return StixIds.deterministic("indicator", StixIds.CAIRN_NAMESPACE, identity);
    }
}
