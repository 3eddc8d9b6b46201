-- Inputs each source has imported, by content digest, so that a repeated import changes nothing.
CREATE TABLE import_log (
    source_id      INTEGER NOT NULL REFERENCES source (id),
    content_sha256 TEXT    NOT NULL CHECK (length(content_sha256) = 64),
    input          TEXT    NOT NULL,
    records        INTEGER NOT NULL CHECK (records >= 0),
    imported_at    INTEGER NOT NULL,
    PRIMARY KEY (source_id, content_sha256)
) WITHOUT ROWID;
