package io.cairn.web.artifact;

import io.cairn.artifact.Artifact;
import io.cairn.artifact.ArtifactType;
import io.cairn.artifact.Artifacts;
import io.cairn.artifact.ParseResult;
import io.cairn.store.ArtifactStore;
import io.cairn.store.StoredArtifact;
import io.cairn.web.api.Param;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.Arrays;
import java.util.List;

/**
 * The {@code /artifacts/{type}/{value}} prefix: the value is parsed as the type (refanged and
 * canonicalised, so {@code evil[.]com} works), and must be an artifact the store knows.
 */
public final class ArtifactPath {
    public static final String PREFIX = "/api/v1/artifacts/{type}/{value}";

    static final List<String> TYPES =
            Arrays.stream(ArtifactType.values()).map(ArtifactType::id).toList();

    public static final Param TYPE = Param.pathChoice("type", "Artifact type", TYPES);
    public static final Param VALUE =
            Param.path("value", "The artifact, percent-encoded (a URL's slashes as %2F); defanged forms are accepted");

    private ArtifactPath() {}

    /** The artifact the path names; a 400 with the reason when it is not one. */
    public static Artifact artifact(Context ctx) {
        String typeId = ctx.pathParam("type");
        ArtifactType type = ArtifactType.fromId(typeId)
                .orElseThrow(() -> new BadRequestResponse(
                        "type must be one of " + String.join(", ", TYPES) + ", not '" + typeId + "'"));
        String value = ctx.pathParam("value");
        return switch (Artifacts.parse(type, value)) {
            case ParseResult.Parsed parsed -> parsed.artifact();
            case ParseResult.NotAnArtifact rejected ->
                throw new BadRequestResponse("value is not a " + type.id() + ": " + rejected.reason());
        };
    }

    /** The stored artifact the path names; a 404 when the store has never seen it. */
    public static StoredArtifact known(Context ctx, ArtifactStore artifacts) {
        Artifact artifact = artifact(ctx);
        return artifacts
                .find(artifact.type(), artifact.value())
                .orElseThrow(() -> new NotFoundResponse("Cairn knows nothing of " + artifact));
    }
}
