package io.cairn.ingest.export;

import io.cairn.artifact.Artifact;
import io.cairn.artifact.ArtifactType;
import io.cairn.indicator.Indicator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.Iterator;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A Zeek intel framework file: tab-separated, under {@code
 * #fields\tindicator\tindicator_type\tmeta.source\tmeta.desc\tmeta.url}. {@code meta.desc} holds the
 * labels, comma-separated; {@code -} marks an unset field, as Zeek reads it.
 */
final class ZeekIntelExporter implements Exporter {

    static final String HEADER = "#fields\tindicator\tindicator_type\tmeta.source\tmeta.desc\tmeta.url\n";
    private static final String UNSET = "-";

    @Override
    public String name() {
        return "zeek-intel";
    }

    @Override
    public String mediaType() {
        return "text/tab-separated-values";
    }

    @Override
    public String extension() {
        return "intel";
    }

    @Override
    public ExportSummary write(Iterator<Indicator> indicators, OutputStream out) throws IOException {
        var tally = new ExportSummary.Tally(name());
        Writer writer = Text.writer(out);
        writer.write(HEADER);
        while (indicators.hasNext()) {
            Indicator indicator = indicators.next();
            Artifact artifact = indicator.artifact();
            if (artifact == null) {
                tally.skipped(ExportSummary.PATTERN_ONLY);
                continue;
            }
            String type = type(artifact);
            if (type == null) {
                tally.skipped(ExportSummary.UNSUPPORTED_TYPE);
                continue;
            }
            String value = artifact.type() == ArtifactType.URL
                    ? Objects.requireNonNull(withoutHttpScheme(artifact.value()))
                    : artifact.value();
            String desc = String.join(",", indicator.labels());
            writer.write(String.join(
                    "\t", field(value), type, field(indicator.source()), desc.isEmpty() ? UNSET : field(desc), UNSET));
            writer.write('\n');
            tally.exported();
        }
        writer.flush();
        return tally.summary();
    }

    /**
     * The Zeek type of an artifact, if Zeek can see it: URLs only over HTTP (Zeek sees host and
     * path, no scheme), file hashes as Zeek computes them (MD5, SHA-1, SHA-256), certificates by SHA-1.
     */
    private static @Nullable String type(Artifact artifact) {
        return switch (artifact.type()) {
            case IP -> "Intel::ADDR";
            case CIDR -> "Intel::SUBNET";
            case DOMAIN -> "Intel::DOMAIN";
            case EMAIL -> "Intel::EMAIL";
            case MD5, SHA1, SHA256 -> "Intel::FILE_HASH";
            case CERT -> artifact.value().length() == 40 ? "Intel::CERT_HASH" : null;
            case URL -> withoutHttpScheme(artifact.value()) != null ? "Intel::URL" : null;
            case SHA512, ASN, CVE, TRACKER, COMPONENT, COOKIE, WHOIS_FIELD, KEYWORD -> null;
        };
    }

    private static @Nullable String withoutHttpScheme(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        for (String scheme : new String[] {"http://", "https://"}) {
            if (lower.startsWith(scheme)) {
                return url.substring(scheme.length());
            }
        }
        return null;
    }

    /** Tabs and line breaks would break the row; a lone dash would read as unset. */
    private static String field(String text) {
        String clean = text.replaceAll("[\\t\\r\\n]", " ");
        return clean.equals(UNSET) ? "\\x2d" : clean;
    }
}
