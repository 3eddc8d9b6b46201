package io.cairn.store;

import io.cairn.artifact.Artifact;
import io.cairn.indicator.Indicator;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

/** Indicators, versioned per {@code (source, stixId)} by their {@code modified} time. */
public interface IndicatorStore {

    /**
     * Stores indicators. A version already held is a no-op; a newer {@code modified} becomes the
     * current version; every distinct version is kept in the history. Batches commit whole.
     */
    BulkSummary bulkLoad(Iterator<Indicator> indicators, BulkListener listener);

    /** The current version of every indicator naming {@code artifact}, from all sources. */
    List<Indicator> forArtifact(Artifact artifact);

    /** Every stored version of one indicator, oldest first; empty when unknown. */
    List<Indicator> versions(String source, String stixId);

    /**
     * The current versions the query selects, ordered by source name then STIX id (by code point),
     * read lazily from the database: never all in memory. Close the stream to release its
     * connection; read failures surface as {@link StoreException} while iterating.
     */
    Stream<Indicator> select(IndicatorQuery query);
}
