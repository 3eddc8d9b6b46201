package io.cairn.ingest.stix;

import io.cairn.artifact.Artifact;
import io.cairn.artifact.ExtractedArtifact;
import io.cairn.artifact.IocExtractor;
import io.cairn.indicator.Tlp;
import io.cairn.ingest.ImportContext;
import io.cairn.ingest.Item;
import io.cairn.intel.Article;
import io.cairn.stix.ExternalReference;
import io.cairn.stix.StixObject;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** STIX reports as articles: what they say, the artifacts their text names and the objects they cover. */
final class StixReports {
    private final ImportContext context;

    StixReports(ImportContext context) {
        this.context = context;
    }

    StixIntel.Outcome article(StixObject object, Tlp tlp) {
        Optional<String> name = object.name().filter(n -> !n.isBlank());
        if (name.isEmpty()) {
            return new StixIntel.Bad("name", "a report needs a name");
        }
        String description = object.description().orElse(null);
        Set<Artifact> artifacts = new LinkedHashSet<>();
        if (description != null) {
            IocExtractor.distinct(description).stream()
                    .map(ExtractedArtifact::artifact)
                    .forEach(artifacts::add);
        }
        String url = object.externalReferences().stream()
                .map(ExternalReference::url)
                .filter(Objects::nonNull)
                .findFirst()
                .orElse(null);
        return new StixIntel.Good(List.of(Item.of(new Article(
                context.source(),
                object.id(),
                url,
                name.get(),
                null,
                description,
                object.timestamp("published").orElse(null),
                object.modified().or(object::created).orElse(context.importedAt()),
                tlp,
                new LinkedHashSet<>(object.labels()),
                artifacts,
                new LinkedHashSet<>(object.objectRefs())))));
    }
}
