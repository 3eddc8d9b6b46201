package io.cairn.ingest.stix;

import io.cairn.indicator.Tlp;
import io.cairn.ingest.ImportContext;
import io.cairn.ingest.Item;
import io.cairn.ingest.Position;
import io.cairn.ingest.Read;
import io.cairn.stix.StixObject;
import io.cairn.stix.marking.TlpResolver;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the STIX objects of one input into records: every object is kept whole as a document, and
 * the objects Cairn understands also yield indicators, profiles, techniques, relations or articles.
 * Holds the TLP markings the input has defined so far, so it serves one import only.
 */
final class StixObjects {
    private final String input;
    private final ImportContext context;
    private final TlpResolver tlps = new TlpResolver();
    private final StixIndicators indicators;
    private final StixIntel intel;
    private final StixDocuments documents;

    StixObjects(String input, ImportContext context) {
        this.input = input;
        this.context = context;
        this.indicators = new StixIndicators(input, context);
        this.intel = new StixIntel(context);
        this.documents = new StixDocuments(context);
    }

    /** The record for one object read at {@code path}, e.g. {@code $.objects[3]}. */
    Read read(String path, StixObject object) {
        tlps.learn(object);
        Tlp tlp = tlps.tlpOf(object).orElse(context.tlp());
        Position position = Position.path(input, 0, path);
        Read typed = switch (object.type()) {
            case "indicator" -> indicators.read(path, object, tlp);
            default ->
                switch (intel.items(object, tlp)) {
                    case StixIntel.Bad bad ->
                        Read.rejected(
                                Position.path(input, 0, path + "." + bad.property()),
                                object.id() + ": " + bad.reason());
                    case StixIntel.Good good -> Read.accepted(position, good.items());
                };
        };
        if (!(typed instanceof Read.Accepted accepted)) {
            return typed;
        }
        List<Item> items = new ArrayList<>(accepted.items().size() + 1);
        items.add(Item.of(documents.of(object)));
        items.addAll(accepted.items());
        return Read.accepted(position, items);
    }
}
