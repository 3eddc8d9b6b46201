-- Intel profiles merged across sources, ATT&CK techniques, relations by ref, and articles keyed by
-- their source's identity. Nothing wrote the V2 intel tables, so they are rebuilt empty.
-- A relation names its ends by ref and is resolved when read; the link tables V2 had for
-- profile-to-profile, profile-to-technique and indicator-to-profile are relations now.

DROP TABLE indicator_profile;
DROP TABLE profile_relation;
DROP TABLE profile_artifact;
DROP TABLE profile_technique;
DROP TABLE profile_alias;
DROP TABLE article_artifact;
DROP TABLE article;
-- incident references profile by name, so the new table takes the place of the old one.
DROP TABLE profile;

-- The merged view of a profile, recomputed from profile_source whenever a source changes it.
-- Names are not unique: profiles kept apart as ambiguous may share one.
CREATE TABLE profile (
    id               INTEGER PRIMARY KEY,
    kind             TEXT    NOT NULL CHECK (kind IN ('actor', 'tool')),
    name             TEXT    NOT NULL,
    norm_name        TEXT    NOT NULL,   -- Profile.normalise(name)
    aliases          TEXT    NOT NULL,   -- JSON array
    summary          TEXT,
    description      TEXT,
    origin           TEXT,
    target_sectors   TEXT    NOT NULL,   -- JSON array
    target_countries TEXT    NOT NULL,   -- JSON array
    first_active     INTEGER,
    external_id      TEXT,               -- ATT&CK id, e.g. G0016
    active           INTEGER NOT NULL CHECK (active IN (0, 1)),
    types            TEXT    NOT NULL,   -- JSON array
    sources          TEXT    NOT NULL,   -- JSON array of source names
    refs             TEXT    NOT NULL,   -- JSON array
    updated_at       INTEGER NOT NULL
);

CREATE INDEX profile_by_norm_name ON profile (kind, norm_name);
CREATE INDEX profile_by_external_id ON profile (external_id) WHERE external_id IS NOT NULL;
CREATE INDEX profile_by_name ON profile (name);

CREATE TABLE profile_alias (
    profile_id INTEGER NOT NULL REFERENCES profile (id),
    norm_alias TEXT    NOT NULL,  -- Profile.normalise of a name or alias
    PRIMARY KEY (profile_id, norm_alias)
) WITHOUT ROWID;

CREATE INDEX profile_alias_by_norm ON profile_alias (norm_alias);

-- What each source said about a profile, in its newest version.
CREATE TABLE profile_source (
    source_id  INTEGER NOT NULL REFERENCES source (id),
    ref        TEXT    NOT NULL,
    type       TEXT    NOT NULL,
    profile_id INTEGER NOT NULL REFERENCES profile (id),
    modified   INTEGER NOT NULL,
    active     INTEGER NOT NULL CHECK (active IN (0, 1)),
    fields     TEXT    NOT NULL,  -- JSON object of the source's fields
    PRIMARY KEY (source_id, ref)
);

CREATE INDEX profile_source_by_ref ON profile_source (ref);
CREATE INDEX profile_source_by_profile ON profile_source (profile_id);

-- Profiles kept apart because several stored profiles matched them.
CREATE TABLE profile_ambiguity (
    source_id  INTEGER NOT NULL REFERENCES source (id),
    ref        TEXT    NOT NULL,
    name       TEXT    NOT NULL,
    kept_as    INTEGER NOT NULL REFERENCES profile (id),
    candidates TEXT    NOT NULL,  -- JSON array of profile ids
    reason     TEXT    NOT NULL,
    PRIMARY KEY (source_id, ref)
);

CREATE TABLE technique (
    id          TEXT    PRIMARY KEY,  -- ATT&CK id, e.g. T1566.001
    name        TEXT    NOT NULL,
    ref         TEXT    NOT NULL,     -- STIX id of the attack-pattern
    tactics     TEXT    NOT NULL,     -- JSON array, in the source's order
    description TEXT,
    active      INTEGER NOT NULL CHECK (active IN (0, 1)),
    source_id   INTEGER NOT NULL REFERENCES source (id)
);

CREATE INDEX technique_by_ref ON technique (ref);

-- source_key/target_key are the ends as looked up: the ref itself, or for a profile named by
-- Refs.profileNamed, 'profile:<kind>:' and its normalised name.
CREATE TABLE relation (
    source_id   INTEGER NOT NULL REFERENCES source (id),
    ref         TEXT    NOT NULL,
    source_ref  TEXT    NOT NULL,
    type        TEXT    NOT NULL,
    target_ref  TEXT    NOT NULL,
    source_key  TEXT    NOT NULL,
    target_key  TEXT    NOT NULL,
    description TEXT,
    active      INTEGER NOT NULL CHECK (active IN (0, 1)),
    modified    INTEGER NOT NULL,
    PRIMARY KEY (source_id, ref)
);

CREATE INDEX relation_by_source_key ON relation (source_key);
CREATE INDEX relation_by_target_key ON relation (target_key);

CREATE TABLE article (
    id           INTEGER PRIMARY KEY,
    source_id    INTEGER NOT NULL REFERENCES source (id),
    ref          TEXT    NOT NULL,
    url          TEXT,
    title        TEXT    NOT NULL,
    summary      TEXT,
    body         TEXT,
    published_at INTEGER,
    modified     INTEGER NOT NULL,
    tlp          TEXT    NOT NULL,
    tags         TEXT    NOT NULL,  -- JSON array
    refs         TEXT    NOT NULL,  -- JSON array
    UNIQUE (source_id, ref)
);

CREATE TABLE article_artifact (
    artifact_id INTEGER NOT NULL REFERENCES artifact (id),
    article_id  INTEGER NOT NULL REFERENCES article (id),
    position    INTEGER NOT NULL,  -- order of first mention
    PRIMARY KEY (artifact_id, article_id)
) WITHOUT ROWID;

CREATE INDEX article_artifact_by_article ON article_artifact (article_id);
