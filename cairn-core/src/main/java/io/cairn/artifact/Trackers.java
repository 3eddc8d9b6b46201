package io.cairn.artifact;

import java.util.Optional;
import java.util.regex.Pattern;

/** Trackers as {@code Kind:value}; kinds Cairn knows get their fixed spelling and a checked value. */
final class Trackers {

    private static final Pattern UNKNOWN_KIND = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]{0,63}");

    private Trackers() {}

    static Check parse(String input) {
        int colon = input.indexOf(':');
        if (colon < 0) {
            Optional<TrackerKind> kind = TrackerKind.recognise(input);
            return kind.isPresent()
                    ? Check.valid(ArtifactType.TRACKER, kind.get().spelling() + ":" + input)
                    : Check.invalid("a tracker is Kind:value, as in GoogleAnalyticsTrackingId:UA-12345-1");
        }
        String kindName = Text.strip(input.substring(0, colon));
        String value = Text.strip(input.substring(colon + 1));
        if (value.isEmpty()) {
            return Check.invalid("the tracker has no value");
        }
        Optional<TrackerKind> known = TrackerKind.named(kindName);
        if (known.isPresent()) {
            TrackerKind kind = known.get();
            return kind.canonicalValue(value)
                    .map(v -> Check.valid(ArtifactType.TRACKER, kind.spelling() + ":" + v))
                    .orElseGet(() -> Check.invalid("not a valid " + kind.spelling() + ": " + Text.quote(value)));
        }
        if (!UNKNOWN_KIND.matcher(kindName).matches()) {
            return Check.invalid("a tracker kind is a name such as JarmHash, not " + Text.quote(kindName));
        }
        if (Text.hasSpace(value)) {
            return Check.invalid("a tracker value has no spaces");
        }
        return Check.valid(ArtifactType.TRACKER, kindName + ":" + value);
    }

    static boolean hasKnownKind(String input) {
        int colon = input.indexOf(':');
        return colon > 0 && TrackerKind.named(input.substring(0, colon)).isPresent();
    }
}
