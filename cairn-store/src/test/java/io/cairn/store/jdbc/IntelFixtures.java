package io.cairn.store.jdbc;

import io.cairn.artifact.Artifact;
import io.cairn.artifact.ArtifactType;
import io.cairn.document.Document;
import io.cairn.indicator.Tlp;
import io.cairn.intel.Article;
import io.cairn.intel.Profile;
import io.cairn.intel.ProfileKind;
import io.cairn.intel.Relation;
import io.cairn.intel.Technique;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/** Profiles, techniques, relations, documents and articles as the intel contracts use them. */
final class IntelFixtures {

    static final Instant JAN = Instant.parse("2026-01-01T00:00:00Z");
    static final Instant FEB = Instant.parse("2026-02-01T00:00:00Z");
    static final Instant MAR = Instant.parse("2026-03-01T00:00:00Z");

    private IntelFixtures() {}

    static ProfileBuilder actor(String source, String ref, String name) {
        return new ProfileBuilder(ProfileKind.ACTOR, "intrusion-set", source, ref, name);
    }

    static ProfileBuilder tool(String source, String ref, String name) {
        return new ProfileBuilder(ProfileKind.TOOL, "malware", source, ref, name);
    }

    static Technique technique(String id, String name, String ref) {
        return new Technique(id, name, ref, List.of("initial-access", "execution"), "how " + name, true, "mitre");
    }

    static Relation relation(String ref, String from, String type, String to, Instant modified) {
        return new Relation(ref, from, type, to, "mitre", null, true, modified);
    }

    static Artifact domain(String name) {
        return new Artifact(ArtifactType.DOMAIN, name, name);
    }

    static Document whois(String domain, String body, Instant fetchedAt) {
        return new Document("whois", domain, domain(domain), "application/rdap+json", body, null, fetchedAt, "rdap");
    }

    static Article article(String ref, Instant modified, String title, Set<Artifact> artifacts, Set<String> refs) {
        return new Article(
                "blog",
                ref,
                "https://blog.example/" + ref,
                title,
                "summary of " + title,
                "body of " + title,
                modified,
                modified,
                Tlp.CLEAR,
                Set.of("apt"),
                artifacts,
                refs);
    }

    static final class ProfileBuilder {
        private final ProfileKind kind;
        private String type;
        private final String source;
        private final String ref;
        private final String name;
        private final Set<String> aliases = new TreeSet<>();
        private @Nullable String externalId;
        private @Nullable String description;
        private boolean active = true;
        private Instant modified = JAN;

        ProfileBuilder(ProfileKind kind, String type, String source, String ref, String name) {
            this.kind = kind;
            this.type = type;
            this.source = source;
            this.ref = ref;
            this.name = name;
        }

        ProfileBuilder type(String sourceType) {
            type = sourceType;
            return this;
        }

        ProfileBuilder aliases(String... names) {
            aliases.addAll(List.of(names));
            return this;
        }

        ProfileBuilder externalId(String id) {
            externalId = id;
            return this;
        }

        ProfileBuilder description(String text) {
            description = text;
            return this;
        }

        ProfileBuilder inactive() {
            active = false;
            return this;
        }

        ProfileBuilder modified(Instant at) {
            modified = at;
            return this;
        }

        Profile build() {
            return new Profile(
                    kind,
                    name,
                    type,
                    source,
                    ref,
                    externalId,
                    aliases,
                    null,
                    description,
                    null,
                    Set.of("government"),
                    Set.of("UA"),
                    null,
                    active,
                    modified,
                    Tlp.CLEAR);
        }
    }
}
