package io.cairn.store;

import io.cairn.intel.ProfileKind;
import org.jspecify.annotations.Nullable;

/**
 * Which profiles to list. Without {@code text} they come by name; with it, best match first
 * (name counts most, then aliases, summary and description), each with a highlighted snippet.
 *
 * @param text words that must all occur in name, aliases, summary or description
 * @param origin ISO 3166 code of the country it is attributed to
 * @param sector a targeted sector, ignoring case
 * @param country a targeted country (ISO 3166 code), ignoring case
 * @param technique an ATT&CK technique id the profile uses, e.g. T1566.001
 * @param source the name of a source that described it
 * @param activeOnly leave out profiles no source calls active
 * @param cursor where the previous page stopped ({@link ProfilePage#next()}), or null for the first
 */
public record ProfileQuery(
        @Nullable String text,
        @Nullable ProfileKind kind,
        @Nullable String origin,
        @Nullable String sector,
        @Nullable String country,
        @Nullable String technique,
        @Nullable String source,
        boolean activeOnly,
        int limit,
        @Nullable String cursor) {

    public ProfileQuery {
        if (text != null) {
            Paging.requireText(text);
        }
        Paging.requireLimit(limit);
    }

    /** The first page of profiles matching {@code text}, active or not. */
    public static ProfileQuery matching(String text, int limit) {
        return new ProfileQuery(text, null, null, null, null, null, null, false, limit, null);
    }

    /** The first page of every profile, by name. */
    public static ProfileQuery all(int limit) {
        return new ProfileQuery(null, null, null, null, null, null, null, false, limit, null);
    }

    public ProfileQuery ofKind(@Nullable ProfileKind profileKind) {
        return new ProfileQuery(
                text, profileKind, origin, sector, country, technique, source, activeOnly, limit, cursor);
    }

    public ProfileQuery from(@Nullable String originCountry) {
        return new ProfileQuery(
                text, kind, originCountry, sector, country, technique, source, activeOnly, limit, cursor);
    }

    public ProfileQuery targeting(@Nullable String targetSector, @Nullable String targetCountry) {
        return new ProfileQuery(
                text, kind, origin, targetSector, targetCountry, technique, source, activeOnly, limit, cursor);
    }

    public ProfileQuery using(@Nullable String attackId) {
        return new ProfileQuery(text, kind, origin, sector, country, attackId, source, activeOnly, limit, cursor);
    }

    public ProfileQuery describedBy(@Nullable String sourceName) {
        return new ProfileQuery(text, kind, origin, sector, country, technique, sourceName, activeOnly, limit, cursor);
    }

    public ProfileQuery onlyActive() {
        return new ProfileQuery(text, kind, origin, sector, country, technique, source, true, limit, cursor);
    }

    public ProfileQuery after(@Nullable String next) {
        return new ProfileQuery(text, kind, origin, sector, country, technique, source, activeOnly, limit, next);
    }
}
