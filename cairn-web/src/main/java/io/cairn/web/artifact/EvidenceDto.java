package io.cairn.web.artifact;

import io.cairn.artifact.Artifact;
import io.cairn.reputation.Evidence;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * What a rule, an insight or a header fact rests on: its kind, one line for people, and where in
 * this API to follow it, when it is something the API serves.
 */
public record EvidenceDto(
        String kind, String text, @Nullable String link) {

    static EvidenceDto of(Evidence e) {
        return switch (e) {
            case Evidence.IndicatorRef i -> new EvidenceDto("indicator", e.describe(), null);
            case Evidence.Neighbour n -> new EvidenceDto("neighbour", e.describe(), link(n.artifact()));
            case Evidence.ProfileRef p -> new EvidenceDto("profile", e.describe(), "/api/v1/profiles/" + p.id());
            case Evidence.ArticleRef a -> new EvidenceDto("article", e.describe(), "/api/v1/articles/" + a.id());
            case Evidence.DocumentRef d -> new EvidenceDto("document", e.describe(), null);
            case Evidence.AllowListRef a -> new EvidenceDto("warning-list", e.describe(), null);
            case Evidence.ObservationRef o ->
                new EvidenceDto(
                        "observation",
                        e.describe(),
                        link(o.subject()) + "/data/" + o.dataset().id());
            case Evidence.ArtifactRef a -> new EvidenceDto("artifact", e.describe(), link(a.artifact()));
            case Evidence.Fact f -> new EvidenceDto("fact", e.describe(), null);
        };
    }

    /** The API path of an artifact, its value percent-encoded so that a URL's slashes stay one segment. */
    public static String link(Artifact artifact) {
        return "/api/v1/artifacts/" + artifact.type().id() + "/"
                + URLEncoder.encode(artifact.value(), StandardCharsets.UTF_8).replace("+", "%20");
    }
}
