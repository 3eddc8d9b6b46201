-- Sources, documents, indicators, articles and intel profiles (DESIGN §3).

CREATE TABLE source (
    id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name               text        NOT NULL UNIQUE,
    kind               text        NOT NULL,  -- taxii, misp, csv, pdns, analyst, import ...
    url                text,
    reliability        text CHECK (reliability IN ('A', 'B', 'C', 'D', 'E', 'F')),  -- Admiralty code
    default_confidence integer CHECK (default_confidence BETWEEN 0 AND 100),
    tlp                text        NOT NULL DEFAULT 'clear',
    schedule           text,                  -- ISO-8601 duration between runs; NULL: manual
    enabled            boolean     NOT NULL DEFAULT true,
    watermark          text,                  -- last added_after, or last file position
    created_at         timestamptz NOT NULL,
    last_run_at        timestamptz,
    last_success_at    timestamptz,
    objects_read       bigint      NOT NULL DEFAULT 0,
    objects_stored     bigint      NOT NULL DEFAULT 0,
    errors             bigint      NOT NULL DEFAULT 0,
    last_error         text,
    last_error_at      timestamptz
);

-- Versioned records: WHOIS/RDAP, certificate details, detonation reports, profile and article
-- bodies. A fetch whose content hash matches a version of the same key only moves its
-- last_fetched_at; different content becomes the next version, so history is kept.
CREATE TABLE document (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind             text        NOT NULL,
    key              text        NOT NULL,
    version          integer     NOT NULL CHECK (version >= 1),
    artifact_id      bigint REFERENCES artifact (id),
    content_hash     text        NOT NULL,  -- hex SHA-256 of body
    media_type       text        NOT NULL,
    body             text        NOT NULL,
    valid_from       timestamptz,           -- when the content says it became true, if it says
    first_fetched_at timestamptz NOT NULL,
    last_fetched_at  timestamptz NOT NULL,
    source_id        bigint REFERENCES source (id),
    UNIQUE (kind, key, version),
    UNIQUE (kind, key, content_hash)
);

CREATE INDEX document_by_artifact ON document (artifact_id, kind) WHERE artifact_id IS NOT NULL;

-- Current version of each indicator a source asserts; every version is in indicator_version.
CREATE TABLE indicator (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    source_id   bigint      NOT NULL REFERENCES source (id),
    stix_id     text        NOT NULL,
    modified    timestamptz NOT NULL,
    artifact_id bigint REFERENCES artifact (id),
    pattern     text,
    confidence  integer     NOT NULL CHECK (confidence BETWEEN 0 AND 100),
    tlp         text        NOT NULL,
    valid_from  timestamptz NOT NULL,
    valid_until timestamptz,
    revoked     boolean     NOT NULL,
    labels      text[]      NOT NULL,
    kill_chain  jsonb       NOT NULL,  -- array of {kill_chain_name, phase_name}
    first_seen  timestamptz NOT NULL,
    last_seen   timestamptz NOT NULL,
    UNIQUE (source_id, stix_id),
    CHECK (artifact_id IS NOT NULL OR pattern IS NOT NULL)
);

CREATE INDEX indicator_by_artifact ON indicator (artifact_id) WHERE artifact_id IS NOT NULL;

CREATE TABLE indicator_version (
    indicator_id bigint      NOT NULL REFERENCES indicator (id),
    modified     timestamptz NOT NULL,
    artifact_id  bigint REFERENCES artifact (id),
    pattern      text,
    confidence   integer     NOT NULL CHECK (confidence BETWEEN 0 AND 100),
    tlp          text        NOT NULL,
    valid_from   timestamptz NOT NULL,
    valid_until  timestamptz,
    revoked      boolean     NOT NULL,
    labels       text[]      NOT NULL,
    kill_chain   jsonb       NOT NULL,
    first_seen   timestamptz NOT NULL,
    last_seen    timestamptz NOT NULL,
    PRIMARY KEY (indicator_id, modified)
);

CREATE TABLE article (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    source_id    bigint REFERENCES source (id),
    url          text UNIQUE,
    title        text        NOT NULL,
    summary      text,
    body         text,
    published_at timestamptz,
    tlp          text        NOT NULL DEFAULT 'clear',
    tags         text[]      NOT NULL DEFAULT '{}',
    created_at   timestamptz NOT NULL
);

CREATE TABLE article_artifact (
    artifact_id bigint NOT NULL REFERENCES artifact (id),
    article_id  bigint NOT NULL REFERENCES article (id),
    PRIMARY KEY (artifact_id, article_id)
);

CREATE INDEX article_artifact_by_article ON article_artifact (article_id);

CREATE TABLE profile (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind             text        NOT NULL CHECK (kind IN ('actor', 'tool')),
    name             text        NOT NULL,
    summary          text,
    description      text,
    origin           text,                        -- ISO 3166 country code
    target_sectors   text[]      NOT NULL DEFAULT '{}',
    target_countries text[]      NOT NULL DEFAULT '{}',
    first_active     timestamptz,
    external_id      text,                        -- e.g. ATT&CK G0016
    stix_id          text,
    source_id        bigint REFERENCES source (id),
    created_at       timestamptz NOT NULL,
    updated_at       timestamptz NOT NULL,
    UNIQUE (kind, name)
);

CREATE TABLE profile_alias (
    profile_id bigint NOT NULL REFERENCES profile (id),
    alias      text   NOT NULL,
    PRIMARY KEY (profile_id, alias)
);

CREATE INDEX profile_alias_by_alias ON profile_alias (lower(alias));

CREATE TABLE profile_technique (
    profile_id   bigint NOT NULL REFERENCES profile (id),
    technique_id text   NOT NULL,  -- ATT&CK id, e.g. T1566.001
    note         text,
    PRIMARY KEY (profile_id, technique_id)
);

CREATE TABLE profile_artifact (
    artifact_id bigint      NOT NULL REFERENCES artifact (id),
    profile_id  bigint      NOT NULL REFERENCES profile (id),
    first_seen  timestamptz NOT NULL,
    last_seen   timestamptz NOT NULL,
    source_id   bigint REFERENCES source (id),
    PRIMARY KEY (artifact_id, profile_id),
    CHECK (first_seen <= last_seen)
);

CREATE INDEX profile_artifact_by_profile ON profile_artifact (profile_id);

CREATE TABLE profile_relation (
    profile_id bigint NOT NULL REFERENCES profile (id),
    related_id bigint NOT NULL REFERENCES profile (id),
    relation   text   NOT NULL,  -- uses, attributed-to, variant-of, related-to
    PRIMARY KEY (profile_id, related_id, relation)
);

CREATE TABLE indicator_profile (
    indicator_id bigint NOT NULL REFERENCES indicator (id),
    profile_id   bigint NOT NULL REFERENCES profile (id),
    PRIMARY KEY (indicator_id, profile_id)
);

CREATE INDEX indicator_profile_by_profile ON indicator_profile (profile_id);
