package io.cairn.ingest;

import io.cairn.document.Document;
import io.cairn.indicator.Indicator;
import io.cairn.intel.Article;
import io.cairn.intel.Profile;
import io.cairn.intel.Relation;
import io.cairn.intel.Technique;
import io.cairn.observation.Observation;

/** Something an accepted record asks the store to hold. */
public sealed interface Item
        permits Item.Observed,
                Item.Asserted,
                Item.Documented,
                Item.Profiled,
                Item.Defined,
                Item.Related,
                Item.Published {

    /** Telemetry: a fact seen between two times. */
    record Observed(Observation observation) implements Item {}

    /** What a source asserts: an indicator version. */
    record Asserted(Indicator indicator) implements Item {}

    /** A versioned record kept whole. */
    record Documented(Document document) implements Item {}

    /** What a source says about an actor or a tool. */
    record Profiled(Profile profile) implements Item {}

    /** An ATT&CK technique. */
    record Defined(Technique technique) implements Item {}

    /** A link between things named by ref. */
    record Related(Relation relation) implements Item {}

    /** A finished report. */
    record Published(Article article) implements Item {}

    static Item of(Observation observation) {
        return new Observed(observation);
    }

    static Item of(Indicator indicator) {
        return new Asserted(indicator);
    }

    static Item of(Document document) {
        return new Documented(document);
    }

    static Item of(Profile profile) {
        return new Profiled(profile);
    }

    static Item of(Technique technique) {
        return new Defined(technique);
    }

    static Item of(Relation relation) {
        return new Related(relation);
    }

    static Item of(Article article) {
        return new Published(article);
    }
}
