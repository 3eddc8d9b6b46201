package io.cairn.reputation;

import io.cairn.artifact.Artifact;
import io.cairn.observation.Dataset;
import io.cairn.observation.Observation;
import io.cairn.observation.Side;
import io.cairn.store.StoredDocument;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The certificates the host presented, as their {@code certificate} documents describe them. */
final class Certificates {
    static final int LIMIT = 10;

    /** One certificate's details that matter to reputation. */
    record Seen(
            Artifact cert,
            Evidence.DocumentRef document,
            @Nullable Boolean selfSigned,
            @Nullable Instant notBefore) {}

    private Certificates() {}

    static List<Seen> of(Subject s) {
        Artifact host = s.host();
        if (host == null) {
            return List.of();
        }
        List<Seen> seen = new ArrayList<>();
        for (Observation o : s.store.observations().list(host, Dataset.CERTIFICATE, Side.SUBJECT, LIMIT)) {
            for (StoredDocument d : s.store.documents().forArtifact(o.object())) {
                if (!d.document().kind().equals("certificate")) {
                    continue;
                }
                Map<String, @Nullable Object> body =
                        JsonText.object(d.document().body()).orElse(Map.of());
                Boolean selfSigned = body.get("self_signed") instanceof Boolean b ? b : null;
                Instant notBefore = time(body.get("not_before"));
                String fact = "self-signed " + (selfSigned == null ? "unknown" : selfSigned) + ", issued "
                        + (notBefore == null ? "unknown" : notBefore);
                seen.add(new Seen(
                        o.object(),
                        new Evidence.DocumentRef("certificate", d.document().key(), d.version(), fact),
                        selfSigned,
                        notBefore));
            }
        }
        return seen;
    }

    private static @Nullable Instant time(@Nullable Object value) {
        if (!(value instanceof String text)) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
