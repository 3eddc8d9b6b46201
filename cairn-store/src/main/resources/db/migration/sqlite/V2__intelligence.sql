-- Sources, documents, indicators, articles and intel profiles (DESIGN §3).

CREATE TABLE source (
    id                 INTEGER PRIMARY KEY,
    name               TEXT    NOT NULL UNIQUE,
    kind               TEXT    NOT NULL,  -- taxii, misp, csv, pdns, analyst, import ...
    url                TEXT,
    reliability        TEXT CHECK (reliability IN ('A', 'B', 'C', 'D', 'E', 'F')),  -- Admiralty code
    default_confidence INTEGER CHECK (default_confidence BETWEEN 0 AND 100),
    tlp                TEXT    NOT NULL DEFAULT 'clear',
    schedule           TEXT,              -- ISO-8601 duration between runs; NULL: manual
    enabled            INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1)),
    watermark          TEXT,              -- last added_after, or last file position
    created_at         INTEGER NOT NULL,
    last_run_at        INTEGER,
    last_success_at    INTEGER,
    objects_read       INTEGER NOT NULL DEFAULT 0,
    objects_stored     INTEGER NOT NULL DEFAULT 0,
    errors             INTEGER NOT NULL DEFAULT 0,
    last_error         TEXT,
    last_error_at      INTEGER
);

-- Versioned records: WHOIS/RDAP, certificate details, detonation reports, profile and article
-- bodies. A fetch whose content hash matches a version of the same key only moves its
-- last_fetched_at; different content becomes the next version, so history is kept.
CREATE TABLE document (
    id               INTEGER PRIMARY KEY,
    kind             TEXT    NOT NULL,
    key              TEXT    NOT NULL,
    version          INTEGER NOT NULL CHECK (version >= 1),
    artifact_id      INTEGER REFERENCES artifact (id),
    content_hash     TEXT    NOT NULL,   -- hex SHA-256 of body
    media_type       TEXT    NOT NULL,
    body             TEXT    NOT NULL,
    valid_from       INTEGER,            -- when the content says it became true, if it says
    first_fetched_at INTEGER NOT NULL,
    last_fetched_at  INTEGER NOT NULL,
    source_id        INTEGER REFERENCES source (id),
    UNIQUE (kind, key, version),
    UNIQUE (kind, key, content_hash)
);

CREATE INDEX document_by_artifact ON document (artifact_id, kind) WHERE artifact_id IS NOT NULL;

-- Current version of each indicator a source asserts; every version is in indicator_version.
CREATE TABLE indicator (
    id          INTEGER PRIMARY KEY,
    source_id   INTEGER NOT NULL REFERENCES source (id),
    stix_id     TEXT    NOT NULL,
    modified    INTEGER NOT NULL,
    artifact_id INTEGER REFERENCES artifact (id),
    pattern     TEXT,
    confidence  INTEGER NOT NULL CHECK (confidence BETWEEN 0 AND 100),
    tlp         TEXT    NOT NULL,
    valid_from  INTEGER NOT NULL,
    valid_until INTEGER,
    revoked     INTEGER NOT NULL CHECK (revoked IN (0, 1)),
    labels      TEXT    NOT NULL,  -- JSON array
    kill_chain  TEXT    NOT NULL,  -- JSON array of {kill_chain_name, phase_name}
    first_seen  INTEGER NOT NULL,
    last_seen   INTEGER NOT NULL,
    UNIQUE (source_id, stix_id),
    CHECK (artifact_id IS NOT NULL OR pattern IS NOT NULL)
);

CREATE INDEX indicator_by_artifact ON indicator (artifact_id) WHERE artifact_id IS NOT NULL;

CREATE TABLE indicator_version (
    indicator_id INTEGER NOT NULL REFERENCES indicator (id),
    modified     INTEGER NOT NULL,
    artifact_id  INTEGER REFERENCES artifact (id),
    pattern      TEXT,
    confidence   INTEGER NOT NULL CHECK (confidence BETWEEN 0 AND 100),
    tlp          TEXT    NOT NULL,
    valid_from   INTEGER NOT NULL,
    valid_until  INTEGER,
    revoked      INTEGER NOT NULL CHECK (revoked IN (0, 1)),
    labels       TEXT    NOT NULL,
    kill_chain   TEXT    NOT NULL,
    first_seen   INTEGER NOT NULL,
    last_seen    INTEGER NOT NULL,
    PRIMARY KEY (indicator_id, modified)
) WITHOUT ROWID;

CREATE TABLE article (
    id           INTEGER PRIMARY KEY,
    source_id    INTEGER REFERENCES source (id),
    url          TEXT UNIQUE,
    title        TEXT    NOT NULL,
    summary      TEXT,
    body         TEXT,
    published_at INTEGER,
    tlp          TEXT    NOT NULL DEFAULT 'clear',
    tags         TEXT    NOT NULL DEFAULT '[]',  -- JSON array
    created_at   INTEGER NOT NULL
);

CREATE TABLE article_artifact (
    artifact_id INTEGER NOT NULL REFERENCES artifact (id),
    article_id  INTEGER NOT NULL REFERENCES article (id),
    PRIMARY KEY (artifact_id, article_id)
) WITHOUT ROWID;

CREATE INDEX article_artifact_by_article ON article_artifact (article_id);

CREATE TABLE profile (
    id               INTEGER PRIMARY KEY,
    kind             TEXT NOT NULL CHECK (kind IN ('actor', 'tool')),
    name             TEXT NOT NULL,
    summary          TEXT,
    description      TEXT,
    origin           TEXT,                         -- ISO 3166 country code
    target_sectors   TEXT NOT NULL DEFAULT '[]',   -- JSON array
    target_countries TEXT NOT NULL DEFAULT '[]',   -- JSON array of ISO 3166 codes
    first_active     INTEGER,
    external_id      TEXT,                         -- e.g. ATT&CK G0016
    stix_id          TEXT,
    source_id        INTEGER REFERENCES source (id),
    created_at       INTEGER NOT NULL,
    updated_at       INTEGER NOT NULL,
    UNIQUE (kind, name)
);

CREATE TABLE profile_alias (
    profile_id INTEGER NOT NULL REFERENCES profile (id),
    alias      TEXT    NOT NULL,
    PRIMARY KEY (profile_id, alias)
) WITHOUT ROWID;

CREATE INDEX profile_alias_by_alias ON profile_alias (alias COLLATE NOCASE);

CREATE TABLE profile_technique (
    profile_id   INTEGER NOT NULL REFERENCES profile (id),
    technique_id TEXT    NOT NULL,  -- ATT&CK id, e.g. T1566.001
    note         TEXT,
    PRIMARY KEY (profile_id, technique_id)
) WITHOUT ROWID;

CREATE TABLE profile_artifact (
    artifact_id INTEGER NOT NULL REFERENCES artifact (id),
    profile_id  INTEGER NOT NULL REFERENCES profile (id),
    first_seen  INTEGER NOT NULL,
    last_seen   INTEGER NOT NULL,
    source_id   INTEGER REFERENCES source (id),
    PRIMARY KEY (artifact_id, profile_id),
    CHECK (first_seen <= last_seen)
) WITHOUT ROWID;

CREATE INDEX profile_artifact_by_profile ON profile_artifact (profile_id);

CREATE TABLE profile_relation (
    profile_id INTEGER NOT NULL REFERENCES profile (id),
    related_id INTEGER NOT NULL REFERENCES profile (id),
    relation   TEXT    NOT NULL,  -- uses, attributed-to, variant-of, related-to
    PRIMARY KEY (profile_id, related_id, relation)
) WITHOUT ROWID;

CREATE TABLE indicator_profile (
    indicator_id INTEGER NOT NULL REFERENCES indicator (id),
    profile_id   INTEGER NOT NULL REFERENCES profile (id),
    PRIMARY KEY (indicator_id, profile_id)
) WITHOUT ROWID;

CREATE INDEX indicator_profile_by_profile ON indicator_profile (profile_id);
