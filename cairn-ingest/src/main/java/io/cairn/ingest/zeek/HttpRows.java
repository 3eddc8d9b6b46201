package io.cairn.ingest.zeek;

import io.cairn.artifact.Artifact;
import io.cairn.artifact.ArtifactType;
import io.cairn.ingest.Item;
import io.cairn.observation.Dataset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** http.log rows: the referring host → the requested host, and the cookies sent to it. */
final class HttpRows implements RowMapper {
    private static final Map<String, String> CAUSE = Map.of("cause", "unknown");

    @Override
    public List<Item> items(ZeekRow row, Seen seen) throws BadRow {
        String hostText = row.text("host");
        Artifact host = hostText == null ? null : host("host", hostText);
        if (host == null) {
            return List.of();
        }
        List<Item> items = new ArrayList<>(1);
        String referrer = row.text("referrer");
        if (referrer != null) {
            Artifact from = host("referrer", hostOf(referrer));
            if (from != null && !from.equals(host)) {
                items.add(seen.item(from, Dataset.HOST_PAIR, host, CAUSE));
            }
        }
        for (String name : row.list("cookie_vars")) {
            Artifact cookie = Values.artifact(ArtifactType.COOKIE, "cookie_vars", name + "@" + host.value());
            items.add(seen.item(host, Dataset.COOKIE, cookie, Map.of()));
        }
        return items;
    }

    /** The domain a Host header or URL host names; null for an address, which pairs no domains. */
    private static @Nullable Artifact host(String field, String value) throws BadRow {
        if (Values.ipOrNull(value) != null) {
            return null;
        }
        return Values.artifact(ArtifactType.DOMAIN, field, value);
    }

    /** The host of an absolute URL, as the URL parser canonicalised it. */
    private static String hostOf(String referrer) throws BadRow {
        String url = Values.artifact(ArtifactType.URL, "referrer", referrer).value();
        int scheme = url.indexOf("://");
        if (scheme < 0) {
            throw new BadRow("referrer", "referrer '" + referrer + "' has no host");
        }
        int start = scheme + 3;
        int end = start;
        while (end < url.length() && "/?#".indexOf(url.charAt(end)) < 0) {
            end++;
        }
        int userInfo = url.lastIndexOf('@', end - 1);
        return url.substring(userInfo < start ? start : userInfo + 1, end);
    }
}
