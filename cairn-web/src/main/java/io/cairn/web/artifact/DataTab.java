package io.cairn.web.artifact;

import io.cairn.artifact.ArtifactType;
import io.cairn.observation.Dataset;
import io.cairn.observation.Side;
import io.cairn.store.ArtifactStore;
import io.cairn.store.ObservationPage;
import io.cairn.store.ObservationQuery;
import io.cairn.store.ObservationSort;
import io.cairn.store.ObservationStore;
import io.cairn.store.StoredArtifact;
import io.cairn.web.api.Page;
import io.cairn.web.api.Param;
import io.cairn.web.api.Query;
import io.cairn.web.api.Response;
import io.cairn.web.api.Route;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code GET /artifacts/{type}/{value}/data/{dataset}}: one data tab, as JSON pages or as a CSV
 * download of every matching row (up to {@link #CSV_MAX_ROWS}).
 */
final class DataTab {
    static final int CSV_MAX_ROWS = 100_000;
    private static final List<String> DATASETS =
            Arrays.stream(Dataset.values()).map(Dataset::id).toList();
    private static final List<String> SORTS = Query.names(ObservationSort.class);
    private static final List<String> SIDES = Query.names(Side.class);

    private final ArtifactStore artifacts;
    private final ObservationStore observations;

    DataTab(ArtifactStore artifacts, ObservationStore observations) {
        this.artifacts = artifacts;
        this.observations = observations;
    }

    Route route() {
        return Route.read(
                ArtifactPath.PREFIX + "/data/{dataset}",
                "artifacts",
                "One data tab: the observations of a dataset with the artifact on one side",
                List.of(
                        ArtifactPath.TYPE,
                        ArtifactPath.VALUE,
                        Param.pathChoice("dataset", "Dataset", DATASETS),
                        Param.queryChoice(
                                "side",
                                "Which end the artifact is on; by default the end its type usually takes",
                                SIDES,
                                null),
                        Param.queryChoice("sort", "Order, always descending", SORTS, "last_seen"),
                        Param.queryTime("since", "Only observations last seen at or after"),
                        Param.queryTime("until", "Only observations first seen at or before"),
                        Param.query("source", "Only observations one of whose sources has this name"),
                        Query.limitParam(ObservationQuery.MAX_LIMIT),
                        Query.cursorParam(),
                        Param.queryChoice(
                                "format",
                                "csv downloads every matching row (at most " + CSV_MAX_ROWS
                                        + ") with a header row; so does Accept: text/csv",
                                List.of("json", "csv"),
                                "json")),
                Response.pageOrCsv(ObservationDto.class),
                this::handle);
    }

    private void handle(Context ctx) throws Exception {
        StoredArtifact known = ArtifactPath.known(ctx, artifacts);
        String datasetId = ctx.pathParam("dataset");
        Dataset dataset = Dataset.fromId(datasetId)
                .orElseThrow(() -> new BadRequestResponse(
                        "dataset must be one of " + String.join(", ", DATASETS) + ", not '" + datasetId + "'"));
        Query q = Query.of(ctx);
        Side side = q.choice("side", SIDES, DataTab::side).orElseGet(() -> usualSide(dataset, known));
        ObservationSort sort = q.choice("sort", SORTS, DataTab::sort).orElse(ObservationSort.LAST_SEEN);
        Instant since = q.time("since");
        Instant until = q.time("until");
        if (since != null && until != null && since.isAfter(until)) {
            throw new BadRequestResponse("since " + since + " is after until " + until);
        }
        boolean csv = wantsCsv(ctx, q);
        int limit = csv && q.text("limit") == null
                ? CSV_MAX_ROWS
                : q.limit(csv ? CSV_MAX_ROWS : ObservationQuery.MAX_LIMIT);
        var first = new ObservationQuery(
                known.artifact(),
                dataset,
                side,
                sort,
                since,
                until,
                q.text("source"),
                Math.min(limit, ObservationQuery.MAX_LIMIT),
                q.cursor());
        if (csv) {
            DataTabCsv.write(ctx, observations, first, limit);
            return;
        }
        ObservationPage page = page(first);
        ctx.json(new Page<>(page.rows().stream().map(ObservationDto::of).toList(), page.next()));
    }

    ObservationPage page(ObservationQuery query) {
        return pageOf(observations, query);
    }

    static ObservationPage pageOf(ObservationStore observations, ObservationQuery query) {
        try {
            return observations.page(query);
        } catch (IllegalArgumentException foreignCursor) {
            throw new BadRequestResponse(
                    "cursor is not one this API returned for this query; pass the 'next' value of the previous page");
        }
    }

    private static boolean wantsCsv(Context ctx, Query q) {
        String format = q.text("format");
        if (format != null) {
            return switch (format.toLowerCase(Locale.ROOT)) {
                case "csv" -> true;
                case "json" -> false;
                default -> throw new BadRequestResponse("format must be one of json, csv, not '" + format + "'");
            };
        }
        String accept = ctx.header("Accept");
        return accept != null && accept.toLowerCase(Locale.ROOT).contains("text/csv");
    }

    private static java.util.Optional<Side> side(String name) {
        return Arrays.stream(Side.values())
                .filter(s -> s.name().equalsIgnoreCase(name))
                .findFirst();
    }

    private static java.util.Optional<ObservationSort> sort(String name) {
        return Arrays.stream(ObservationSort.values())
                .filter(s -> s.name().equalsIgnoreCase(name))
                .findFirst();
    }

    /** Domains are usually subjects; an address is the object of a resolution but the subject of a service. */
    private static Side usualSide(Dataset dataset, StoredArtifact known) {
        return subjects(dataset).contains(known.artifact().type()) ? Side.SUBJECT : Side.OBJECT;
    }

    private static Set<ArtifactType> subjects(Dataset dataset) {
        return switch (dataset) {
            case REVERSE_DNS, SERVICE -> EnumSet.of(ArtifactType.IP);
            case CERTIFICATE -> EnumSet.of(ArtifactType.DOMAIN, ArtifactType.IP);
            case TRACKER, COMPONENT -> EnumSet.of(ArtifactType.DOMAIN, ArtifactType.IP, ArtifactType.URL);
            case RESOLUTION, DNS_RECORD, WHOIS, HOST_PAIR, COOKIE -> EnumSet.of(ArtifactType.DOMAIN);
        };
    }
}
