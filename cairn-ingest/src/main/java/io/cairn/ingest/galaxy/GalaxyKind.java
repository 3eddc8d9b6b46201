package io.cairn.ingest.galaxy;

import io.cairn.intel.ProfileKind;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** What the clusters of a galaxy are profiles of, from the galaxy's type or else its category. */
final class GalaxyKind {
    private GalaxyKind() {}

    static Optional<ProfileKind> of(@Nullable String type, @Nullable String category) {
        if (type != null) {
            switch (type) {
                case "threat-actor", "mitre-intrusion-set", "microsoft-activity-group" -> {
                    return Optional.of(ProfileKind.ACTOR);
                }
                case "tool", "malpedia", "mitre-malware", "mitre-tool", "ransomware", "rat", "botnet" -> {
                    return Optional.of(ProfileKind.TOOL);
                }
                default -> {}
            }
        }
        if (category == null) {
            return Optional.empty();
        }
        return switch (category) {
            case "actor" -> Optional.of(ProfileKind.ACTOR);
            case "tool" -> Optional.of(ProfileKind.TOOL);
            default -> Optional.empty();
        };
    }
}
