package io.cairn.ingest.warninglist;

import io.cairn.artifact.ArtifactType;
import io.cairn.artifact.Artifacts;
import io.cairn.artifact.ParseResult;
import io.cairn.store.AllowEntry;
import io.cairn.store.WarningList;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Turns one entry of a MISP warning list into an allow-list entry, or says why it cannot. */
final class WarningEntries {

    /** MISP writes regexes PCRE-style between slashes, with flags after the closing one. */
    private static final Pattern DELIMITED = Pattern.compile("^/(.*)/([a-zA-Z]*)$", Pattern.DOTALL);

    private WarningEntries() {}

    /** An entry, or why the text is not one. */
    sealed interface Entry {}

    record Accepted(AllowEntry entry) implements Entry {}

    record Refused(String reason) implements Entry {}

    static Entry of(WarningList.Kind kind, String text) {
        String trimmed = text.strip();
        if (trimmed.isEmpty()) {
            return new Refused("empty entry");
        }
        return switch (kind) {
            case CIDR -> cidr(trimmed);
            case HOSTNAME -> hostname(trimmed);
            case STRING -> string(trimmed);
            case SUBSTRING ->
                new Accepted(AllowEntry.of(AllowEntry.Kind.SUBSTRING, trimmed.toLowerCase(Locale.ROOT), trimmed));
            case REGEX -> regex(trimmed);
        };
    }

    private static Entry cidr(String text) {
        ArtifactType type = text.contains("/") ? ArtifactType.CIDR : ArtifactType.IP;
        return switch (Artifacts.parse(type, text)) {
            case ParseResult.Parsed parsed ->
                new Accepted(
                        AllowEntry.of(AllowEntry.Kind.CIDR, parsed.artifact().value(), text));
            case ParseResult.NotAnArtifact not -> new Refused("not an address or CIDR block: " + not.reason());
        };
    }

    /** {@code .example.com} and {@code example.com} both hold the name and every name below it. */
    private static Entry hostname(String text) {
        String name = text.startsWith(".") ? text.substring(1) : text;
        return switch (Artifacts.parse(ArtifactType.DOMAIN, name)) {
            case ParseResult.Parsed parsed ->
                new Accepted(
                        AllowEntry.of(AllowEntry.Kind.SUFFIX, parsed.artifact().value(), text));
            case ParseResult.NotAnArtifact not -> new Refused("not a hostname: " + not.reason());
        };
    }

    /** A string that is an artifact matches that artifact; any other string matches values equal to it. */
    private static Entry string(String text) {
        return switch (Artifacts.parse(text)) {
            case ParseResult.Parsed parsed ->
                new Accepted(new AllowEntry(
                        AllowEntry.Kind.EXACT,
                        parsed.artifact().type(),
                        parsed.artifact().value(),
                        text));
            case ParseResult.NotAnArtifact not -> new Accepted(AllowEntry.of(AllowEntry.Kind.EXACT, text, text));
        };
    }

    private static Entry regex(String text) {
        String regex = text;
        Matcher delimited = DELIMITED.matcher(text);
        if (delimited.matches()) {
            regex = (delimited.group(2).contains("i") ? "(?i)" : "") + delimited.group(1);
        }
        if (regex.isEmpty()) {
            return new Refused("empty regex");
        }
        try {
            Pattern.compile(regex);
            return new Accepted(AllowEntry.of(AllowEntry.Kind.REGEX, regex, text));
        } catch (PatternSyntaxException e) {
            return new Refused("not a regex: " + e.getDescription());
        }
    }
}
