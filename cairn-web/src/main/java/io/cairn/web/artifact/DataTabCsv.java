package io.cairn.web.artifact;

import io.cairn.observation.Dataset;
import io.cairn.observation.Observation;
import io.cairn.store.ObservationPage;
import io.cairn.store.ObservationQuery;
import io.cairn.store.ObservationStore;
import io.javalin.http.Context;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A data tab as CSV, streamed page by page. Cells that a spreadsheet would run as a formula (they
 * start with {@code = + - @}, tab or carriage return) get a leading apostrophe: the data is
 * attacker-controlled.
 */
final class DataTabCsv {
    private static final List<String> COLUMNS = List.of(
            "subject_type",
            "subject",
            "dataset",
            "object_type",
            "object",
            "first_seen",
            "last_seen",
            "count",
            "sources");

    private DataTabCsv() {}

    static void write(Context ctx, ObservationStore observations, ObservationQuery first, int maxRows)
            throws IOException {
        boolean resolution = first.dataset() == Dataset.RESOLUTION;
        List<String> header = new ArrayList<>(COLUMNS);
        if (resolution) {
            header.addAll(ObservationDto.RESOLUTION_ATTRIBUTES);
        }
        header.add("attributes");
        ObservationPage page = DataTab.pageOf(observations, first);
        String file = first.artifact().type().id() + "-" + first.dataset().id() + ".csv";
        ctx.contentType("text/csv; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"" + file + "\"");
        var out = new BufferedWriter(new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8));
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
            csv.printRecord(header);
            int written = 0;
            while (true) {
                for (Observation o : page.rows()) {
                    if (written == maxRows) {
                        return;
                    }
                    csv.printRecord(row(o, resolution));
                    written++;
                }
                if (page.next() == null || written >= maxRows) {
                    return;
                }
                page = DataTab.pageOf(observations, next(first, page.next()));
            }
        }
    }

    private static ObservationQuery next(ObservationQuery q, String cursor) {
        return new ObservationQuery(
                q.artifact(), q.dataset(), q.side(), q.sort(), q.since(), q.until(), q.source(), q.limit(), cursor);
    }

    private static List<String> row(Observation o, boolean resolution) {
        List<String> cells = new ArrayList<>(List.of(
                o.subject().type().id(),
                o.subject().value(),
                o.dataset().id(),
                o.object().type().id(),
                o.object().value(),
                o.firstSeen().toString(),
                o.lastSeen().toString(),
                Long.toString(o.count()),
                String.join(";", o.sources())));
        Map<String, String> attributes = o.attributes();
        if (resolution) {
            for (String key : ObservationDto.RESOLUTION_ATTRIBUTES) {
                cells.add(attributes.getOrDefault(key, ""));
            }
        }
        cells.add(attributes.entrySet().stream()
                .filter(e -> !resolution || !ObservationDto.RESOLUTION_ATTRIBUTES.contains(e.getKey()))
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(";")));
        return cells.stream().map(DataTabCsv::defused).toList();
    }

    private static String defused(String cell) {
        if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
            return "'" + cell;
        }
        return cell;
    }
}
