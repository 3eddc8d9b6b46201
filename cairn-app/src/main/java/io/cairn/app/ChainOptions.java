package io.cairn.app;

import io.cairn.artifact.Artifact;
import io.cairn.artifact.ArtifactType;
import io.cairn.artifact.Artifacts;
import io.cairn.artifact.ParseResult;
import io.cairn.observation.Dataset;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;

/** What the graph commands read from the command line: artifacts, datasets and dates. */
final class ChainOptions {

    private ChainOptions() {}

    /**
     * An artifact as typed, detected like {@code cairn search} does, or with an explicit type prefix
     * for the types text cannot tell apart: {@code component:Server/nginx/1.14.2}, {@code cert:…}.
     */
    static Artifact artifact(CommandSpec spec, String label, String text) {
        int colon = text.indexOf(':');
        Optional<ArtifactType> typed = colon > 0 ? ArtifactType.fromId(text.substring(0, colon)) : Optional.empty();
        ParseResult parsed = typed.isPresent() && !text.startsWith(typed.get().id() + "://")
                ? Artifacts.parse(typed.get(), text.substring(colon + 1))
                : Artifacts.parse(text);
        if (parsed instanceof ParseResult.NotAnArtifact no) {
            throw new ParameterException(
                    spec.commandLine(), label + " '" + text + "' is not an artifact: " + no.reason());
        }
        return ((ParseResult.Parsed) parsed).artifact();
    }

    /** A dataset by its name: resolution, tracker, whois … */
    static final class DatasetConverter implements ITypeConverter<Dataset> {
        private static final String KNOWN =
                Arrays.stream(Dataset.values()).map(Dataset::id).collect(Collectors.joining(", "));

        @Override
        public Dataset convert(String value) {
            return Dataset.fromId(value.strip())
                    .orElseThrow(() -> new TypeConversionException("unknown dataset '" + value + "'; one of " + KNOWN));
        }
    }

    /** A day ({@code 2025-01-01}, midnight UTC) or an instant ({@code 2025-01-01T12:00:00Z}). */
    static final class SinceConverter implements ITypeConverter<Instant> {
        @Override
        public Instant convert(String value) {
            try {
                return value.contains("T")
                        ? Instant.parse(value)
                        : LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant();
            } catch (DateTimeParseException e) {
                throw new TypeConversionException(
                        "'" + value + "' is not a date (2025-01-01) or a UTC time (2025-01-01T12:00:00Z)");
            }
        }
    }
}
