package io.cairn.intel;

import io.cairn.artifact.Artifact;
import io.cairn.indicator.Tlp;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * A finished report, in the version dated {@code modified}.
 *
 * @param ref the source's identity for it (a STIX report id, a MISP event UUID)
 * @param artifacts the artifacts it mentions, in the order first mentioned
 * @param refs what else it names by ref (profiles, indicators), for relations of type {@code mentions}
 */
public record Article(
        String source,
        String ref,
        @Nullable String url,
        String title,
        @Nullable String summary,
        @Nullable String body,
        @Nullable Instant publishedAt,
        Instant modified,
        Tlp tlp,
        Set<String> tags,
        Set<Artifact> artifacts,
        Set<String> refs) {

    public Article {
        Objects.requireNonNull(modified, "modified");
        Objects.requireNonNull(tlp, "tlp");
        if (source.isBlank() || ref.isBlank()) {
            throw new IllegalArgumentException("an article needs a source and a ref");
        }
        if (title.isBlank()) {
            throw new IllegalArgumentException("article " + ref + " has no title");
        }
        tags = Collections.unmodifiableSortedSet(new TreeSet<>(tags));
        artifacts = Collections.unmodifiableSet(new LinkedHashSet<>(artifacts));
        refs = Collections.unmodifiableSortedSet(new TreeSet<>(refs));
    }
}
