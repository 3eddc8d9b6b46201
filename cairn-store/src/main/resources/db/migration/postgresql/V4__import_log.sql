-- Inputs each source has imported, by content digest, so that a repeated import changes nothing.
CREATE TABLE import_log (
    source_id      bigint      NOT NULL REFERENCES source (id),
    content_sha256 text        NOT NULL CHECK (length(content_sha256) = 64),
    input          text        NOT NULL,
    records        bigint      NOT NULL CHECK (records >= 0),
    imported_at    timestamptz NOT NULL,
    PRIMARY KEY (source_id, content_sha256)
);
