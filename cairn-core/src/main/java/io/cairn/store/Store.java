package io.cairn.store;

/**
 * Everything Cairn keeps: artifacts, the observations between them, the indicators sources assert
 * about them, documents, intel profiles and articles. One instance per process; its parts are safe to use from several threads.
 */
public interface Store extends AutoCloseable {

    ArtifactStore artifacts();

    ObservationStore observations();

    IndicatorStore indicators();

    /** Versioned records: WHOIS/RDAP, certificates, STIX and MISP objects kept whole. */
    DocumentStore documents();

    /** Intel profiles, ATT&CK techniques and the relations between them. */
    ProfileStore profiles();

    ArticleStore articles();

    /** Projects, their artifacts, history and saved graphs. */
    ProjectStore projects();

    ImportLedger imports();

    /** Configured feeds, their schedules, watermarks and last runs. */
    SourceRegistry sources();

    /** Warning lists of known-benign artifacts that reputation holds down. */
    AllowList allowList();

    /** Row counts and breakdowns; exact, so it reads every table and may take seconds on big stores. */
    StoreStats stats();

    /** Releases the store; I/O problems while doing so are reported as {@link StoreException}. */
    @Override
    void close();
}
