-- Artifacts and the observations between them: the telemetry store (DESIGN §3, §8).
-- Times are epoch milliseconds (UTC). Types and datasets are stored as small codes because they
-- repeat in every row of the largest tables and in both observation indexes; the lookup tables
-- below give their stable names.

CREATE TABLE artifact_type (
    code INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE
);

INSERT INTO artifact_type (code, name) VALUES
    (1, 'ip'), (2, 'cidr'), (3, 'domain'), (4, 'url'), (5, 'md5'), (6, 'sha1'), (7, 'sha256'),
    (8, 'sha512'), (9, 'email'), (10, 'asn'), (11, 'cve'), (12, 'cert'), (13, 'tracker'),
    (14, 'component'), (15, 'cookie'), (16, 'whois-field'), (17, 'keyword');

CREATE TABLE dataset (
    code INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE
);

INSERT INTO dataset (code, name) VALUES
    (1, 'resolution'), (2, 'dns-record'), (3, 'reverse-dns'), (4, 'whois'), (5, 'certificate'),
    (6, 'tracker'), (7, 'component'), (8, 'host-pair'), (9, 'cookie'), (10, 'service');

CREATE TABLE artifact (
    id         INTEGER PRIMARY KEY,
    type       INTEGER NOT NULL REFERENCES artifact_type (code),
    value      TEXT    NOT NULL,
    display    TEXT    NOT NULL,
    -- Domains only: labels reversed (www.example.com -> com.example.www), so that the subdomains
    -- of a name are one index range.
    rev_name   TEXT,
    first_seen INTEGER NOT NULL,
    last_seen  INTEGER NOT NULL,
    UNIQUE (type, value),
    CHECK (first_seen <= last_seen)
);

CREATE INDEX artifact_by_rev_name ON artifact (rev_name) WHERE rev_name IS NOT NULL;

-- Substring search over domains (3) and URLs (4). External content: the text lives in artifact.
-- detail = none keeps no token positions: the index is a third smaller and cheaper to merge, and
-- LIKE queries still use it (SQLite then checks each candidate against the text).
-- New rows are indexed set-wise by the store's artifact writer, once per batch: a per-row insert
-- trigger made bulk loads about five times slower. Deletes and value changes are rare and kept in
-- step by the triggers below.
CREATE VIRTUAL TABLE artifact_trigram USING fts5 (
    value, content = 'artifact', content_rowid = 'id', tokenize = 'trigram', detail = none
);

CREATE TRIGGER artifact_trigram_delete AFTER DELETE ON artifact WHEN old.type IN (3, 4)
BEGIN
    INSERT INTO artifact_trigram (artifact_trigram, rowid, value) VALUES ('delete', old.id, old.value);
END;

CREATE TRIGGER artifact_trigram_update AFTER UPDATE OF value ON artifact WHEN old.type IN (3, 4)
BEGIN
    INSERT INTO artifact_trigram (artifact_trigram, rowid, value) VALUES ('delete', old.id, old.value);
    INSERT INTO artifact_trigram (rowid, value) VALUES (new.id, new.value);
END;

-- One row per distinct fact, merged on load. WITHOUT ROWID clusters the rows of one subject
-- together; the second index serves pivots from the object side.
CREATE TABLE observation (
    subject_id INTEGER NOT NULL REFERENCES artifact (id),
    dataset    INTEGER NOT NULL REFERENCES dataset (code),
    object_id  INTEGER NOT NULL REFERENCES artifact (id),
    first_seen INTEGER NOT NULL,
    last_seen  INTEGER NOT NULL,
    count      INTEGER NOT NULL CHECK (count >= 1),
    sources    TEXT    NOT NULL,  -- JSON array of source names, sorted
    attributes TEXT    NOT NULL,  -- JSON object of strings
    PRIMARY KEY (subject_id, dataset, object_id),
    CHECK (first_seen <= last_seen)
) WITHOUT ROWID;

CREATE INDEX observation_by_object ON observation (object_id, dataset, subject_id);
