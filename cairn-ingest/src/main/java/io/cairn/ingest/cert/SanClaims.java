package io.cairn.ingest.cert;

import io.cairn.artifact.Artifact;
import io.cairn.artifact.ArtifactType;
import io.cairn.artifact.Artifacts;
import io.cairn.ingest.ImportContext;
import io.cairn.ingest.Item;
import io.cairn.observation.Dataset;
import io.cairn.observation.Observation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A certificate file's items: its document and the names its SANs claim (see the package description). */
final class SanClaims {
    private SanClaims() {}

    static List<Item> items(CertificateDetails details, ImportContext context) {
        String sha1 = details.sha1();
        if (sha1 == null) {
            throw new IllegalArgumentException("a parsed certificate has a SHA-1 fingerprint");
        }
        Artifact cert = Artifact.of(ArtifactType.CERT, sha1);
        List<Item> items = new ArrayList<>();
        items.add(Item.of(details.document(cert, sha1, context.importedAt(), context.source())));
        // One observation per claimed name, however often the certificate lists it.
        Map<Artifact, Map<String, String>> claims = new LinkedHashMap<>();
        for (String name : details.sanDns()) {
            boolean wildcard = name.startsWith("*.");
            var domain = Artifacts.parse(ArtifactType.DOMAIN, wildcard ? name.substring(2) : name);
            // A name listed exactly and under a wildcard is claimed exactly.
            domain.toOptional().ifPresent(d -> claims.merge(d, attributes(wildcard), SanClaims::exactFirst));
        }
        for (String ip : details.sanIp()) {
            Artifacts.parse(ArtifactType.IP, ip).toOptional().ifPresent(a -> claims.putIfAbsent(a, attributes(false)));
        }
        claims.forEach((subject, attributes) -> items.add(Item.of(new Observation(
                subject,
                Dataset.CERTIFICATE,
                cert,
                context.importedAt(),
                context.importedAt(),
                1,
                Set.of(context.source()),
                attributes))));
        return items;
    }

    private static Map<String, String> exactFirst(Map<String, String> held, Map<String, String> next) {
        return held.containsKey("wildcard") ? next : held;
    }

    private static Map<String, String> attributes(boolean wildcard) {
        return wildcard ? Map.of("link", "san", "wildcard", "true") : Map.of("link", "san");
    }
}
