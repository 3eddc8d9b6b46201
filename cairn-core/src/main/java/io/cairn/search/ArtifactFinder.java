package io.cairn.search;

import io.cairn.artifact.Artifact;
import io.cairn.artifact.ArtifactType;
import io.cairn.observation.Dataset;
import io.cairn.observation.Observation;
import io.cairn.observation.Side;
import io.cairn.store.CertificateField;
import io.cairn.store.Store;
import io.cairn.store.StoredArtifact;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The artifacts a term finds, at most {@code wanted} of them, in a stable order so that pages follow on. */
final class ArtifactFinder {

    private static final Comparator<ArtifactMatch> BY_VALUE = Comparator.comparing(
                    (ArtifactMatch m) -> m.artifact().type())
            .thenComparing(m -> m.artifact().value());

    private final Store store;

    ArtifactFinder(Store store) {
        this.store = store;
    }

    List<ArtifactMatch> find(Term term, int wanted) {
        return switch (term.kind()) {
            case CERT_SHA1 -> certificate(term, CertificateField.SHA1, wanted);
            case CERT_SHA256 -> certificate(term, CertificateField.SHA256, wanted);
            case CERT_SERIAL -> serial(term.text(), wanted);
            case CERT_SUBJECT -> stored(store.lookups().certificates(CertificateField.SUBJECT, term.text(), wanted));
            case CERT_ISSUER -> stored(store.lookups().certificates(CertificateField.ISSUER, term.text(), wanted));
            case HOST -> host(term.requireArtifact(), wanted);
            case WHOIS_EMAIL, WHOIS_NAME, WHOIS_ORG, WHOIS_PHONE, WHOIS_ADDRESS, WHOIS_REGISTRAR, WHOIS_NAMESERVER ->
                observed(term.requireArtifact(), Dataset.WHOIS, Side.OBJECT, wanted);
            case COOKIE_NAME -> stored(store.lookups().withPrefix(ArtifactType.COOKIE, term.text() + "@", wanted));
            case COOKIE_DOMAIN -> observed(term.requireArtifact(), Dataset.COOKIE, Side.SUBJECT, wanted);
            case TAG -> stored(store.lookups().labelled(term.text(), wanted));
            case SUBSTRING -> substring(term.text(), wanted);
            case ARTICLE, PROFILE, KEYWORD -> List.of();
            default -> exact(term.requireArtifact());
        };
    }

    private List<ArtifactMatch> exact(Artifact artifact) {
        return store.artifacts().find(artifact.type(), artifact.value()).stream()
                .map(ArtifactMatch::of)
                .toList();
    }

    /** The certificate keyed by this fingerprint, and those whose documents give it as their other one. */
    private List<ArtifactMatch> certificate(Term term, CertificateField field, int wanted) {
        Map<Artifact, ArtifactMatch> found = new LinkedHashMap<>();
        exact(term.requireArtifact()).forEach(m -> found.put(m.artifact(), m));
        store.lookups()
                .certificates(field, term.text(), wanted)
                .forEach(s -> found.putIfAbsent(s.artifact(), ArtifactMatch.of(s)));
        return sorted(found);
    }

    /** Zeek keeps a serial's leading zeros, a parsed certificate drops them: try both spellings. */
    private List<ArtifactMatch> serial(String hex, int wanted) {
        Map<Artifact, ArtifactMatch> found = new LinkedHashMap<>();
        String trimmed = hex.replaceFirst("^0+(?=.)", "");
        for (String spelling : new String[] {hex, trimmed}) {
            store.lookups()
                    .certificates(CertificateField.SERIAL, spelling, wanted)
                    .forEach(s -> found.putIfAbsent(s.artifact(), ArtifactMatch.of(s)));
        }
        return sorted(found);
    }

    /** The registered domain itself, then the known names under it in hierarchical order. */
    private List<ArtifactMatch> host(Artifact registered, int wanted) {
        List<ArtifactMatch> found = new ArrayList<>(exact(registered));
        store.artifacts().subdomains(registered.value(), wanted).forEach(s -> found.add(ArtifactMatch.of(s)));
        return found;
    }

    /** The other ends of the observations of {@code artifact}, with the times of each observation. */
    private List<ArtifactMatch> observed(Artifact artifact, Dataset dataset, Side side, int wanted) {
        List<ArtifactMatch> found = new ArrayList<>();
        for (Observation o : store.observations().list(artifact, dataset, side, wanted)) {
            found.add(new ArtifactMatch(side == Side.OBJECT ? o.subject() : o.object(), o.firstSeen(), o.lastSeen()));
        }
        return found;
    }

    private List<ArtifactMatch> substring(String fragment, int wanted) {
        Map<Artifact, ArtifactMatch> found = new LinkedHashMap<>();
        for (String variant : Substrings.variants(fragment)) {
            store.artifacts()
                    .containing(variant, wanted)
                    .forEach(s -> found.putIfAbsent(s.artifact(), ArtifactMatch.of(s)));
        }
        return sorted(found);
    }

    private static List<ArtifactMatch> stored(List<StoredArtifact> found) {
        return found.stream().map(ArtifactMatch::of).toList();
    }

    private static List<ArtifactMatch> sorted(Map<Artifact, ArtifactMatch> found) {
        return found.values().stream().sorted(BY_VALUE).toList();
    }
}
