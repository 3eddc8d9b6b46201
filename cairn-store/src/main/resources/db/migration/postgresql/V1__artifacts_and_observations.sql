-- Artifacts and the observations between them: the telemetry store (DESIGN §3, §8).
-- Kept equivalent to the SQLite schema. Types and datasets are stored as small codes because they
-- repeat in every row of the largest tables and in both observation indexes; the lookup tables
-- below give their stable names. Every large table is keyed by artifact id so that a distributed
-- PostgreSQL can shard it.

CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE artifact_type (
    code smallint PRIMARY KEY,
    name text NOT NULL UNIQUE
);

INSERT INTO artifact_type (code, name) VALUES
    (1, 'ip'), (2, 'cidr'), (3, 'domain'), (4, 'url'), (5, 'md5'), (6, 'sha1'), (7, 'sha256'),
    (8, 'sha512'), (9, 'email'), (10, 'asn'), (11, 'cve'), (12, 'cert'), (13, 'tracker'),
    (14, 'component'), (15, 'cookie'), (16, 'whois-field'), (17, 'keyword');

CREATE TABLE dataset (
    code smallint PRIMARY KEY,
    name text NOT NULL UNIQUE
);

INSERT INTO dataset (code, name) VALUES
    (1, 'resolution'), (2, 'dns-record'), (3, 'reverse-dns'), (4, 'whois'), (5, 'certificate'),
    (6, 'tracker'), (7, 'component'), (8, 'host-pair'), (9, 'cookie'), (10, 'service');

-- Values compare byte-wise (COLLATE "C"): they are canonical forms, and the reversed-name range
-- scan only works when ordering is by code point.
CREATE TABLE artifact (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    type       smallint    NOT NULL REFERENCES artifact_type (code),
    value      text COLLATE "C" NOT NULL,
    display    text        NOT NULL,
    -- Domains only: labels reversed (www.example.com -> com.example.www), so that the subdomains
    -- of a name are one index range.
    rev_name   text COLLATE "C",
    first_seen timestamptz NOT NULL,
    last_seen  timestamptz NOT NULL,
    UNIQUE (type, value),
    CHECK (first_seen <= last_seen)
);

CREATE INDEX artifact_by_rev_name ON artifact (rev_name) WHERE rev_name IS NOT NULL;

-- Substring search over domains (3) and URLs (4).
CREATE INDEX artifact_trigram ON artifact USING gin (value gin_trgm_ops) WHERE type IN (3, 4);

-- One row per distinct fact, merged on load; the second index serves pivots from the object side.
CREATE TABLE observation (
    subject_id bigint      NOT NULL REFERENCES artifact (id),
    dataset    smallint    NOT NULL REFERENCES dataset (code),
    object_id  bigint      NOT NULL REFERENCES artifact (id),
    first_seen timestamptz NOT NULL,
    last_seen  timestamptz NOT NULL,
    count      bigint      NOT NULL CHECK (count >= 1),
    sources    text[]      NOT NULL,  -- source names, sorted
    attributes jsonb       NOT NULL,  -- object of strings
    PRIMARY KEY (subject_id, dataset, object_id),
    CHECK (first_seen <= last_seen)
);

CREATE INDEX observation_by_object ON observation (object_id, dataset, subject_id);
