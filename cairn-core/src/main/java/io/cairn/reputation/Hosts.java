package io.cairn.reputation;

import io.cairn.artifact.Artifact;
import io.cairn.artifact.ArtifactType;
import io.cairn.artifact.Artifacts;
import io.cairn.artifact.ParseResult;
import java.net.URI;
import org.jspecify.annotations.Nullable;

/** The host an artifact names: a domain or an address itself, or a URL's host. */
public final class Hosts {
    private Hosts() {}

    /** The domain or address {@code artifact} names, or null for types without a host. */
    public static @Nullable Artifact of(Artifact artifact) {
        return switch (artifact.type()) {
            case DOMAIN, IP -> artifact;
            case URL -> urlHost(artifact.value());
            default -> null;
        };
    }

    private static @Nullable Artifact urlHost(String url) {
        try {
            String host = URI.create(url).getHost();
            if (host == null) {
                return null;
            }
            String bare = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
            return Artifacts.parse(bare) instanceof ParseResult.Parsed p
                            && (p.artifact().type() == ArtifactType.DOMAIN
                                    || p.artifact().type() == ArtifactType.IP)
                    ? p.artifact()
                    : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
