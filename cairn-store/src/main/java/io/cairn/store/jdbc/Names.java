package io.cairn.store.jdbc;

import io.cairn.artifact.Artifact;
import io.cairn.artifact.ArtifactType;
import org.jspecify.annotations.Nullable;

/** Reversed domain names, the key of the subdomain index. */
final class Names {

    private Names() {}

    /** {@code www.example.com} becomes {@code com.example.www}; other types have none. */
    static @Nullable String reversed(Artifact artifact) {
        return artifact.type() == ArtifactType.DOMAIN ? reversed(artifact.value()) : null;
    }

    static String reversed(String domain) {
        String[] labels = domain.split("\\.", -1);
        StringBuilder out = new StringBuilder(domain.length());
        for (int i = labels.length - 1; i >= 0; i--) {
            out.append(labels[i]);
            if (i > 0) {
                out.append('.');
            }
        }
        return out.toString();
    }

    /** The lowest reversed name strictly below {@code domain}: {@code com.example.} */
    static String subdomainLow(String domain) {
        return reversed(domain) + ".";
    }

    /** The first reversed name past every subdomain of {@code domain}: {@code com.example/}, '/' being '.' + 1. */
    static String subdomainHigh(String domain) {
        return reversed(domain) + "/";
    }
}
