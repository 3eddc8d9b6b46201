-- Users, projects, sightings, alerts, incidents and detonations (DESIGN §3, §5, §6, §9).

CREATE TABLE app_user (
    id            INTEGER PRIMARY KEY,
    username      TEXT    NOT NULL UNIQUE,
    display_name  TEXT,
    password_hash TEXT    NOT NULL,  -- memory-hard hash with its parameters, never the password
    role          TEXT    NOT NULL CHECK (role IN ('admin', 'analyst', 'viewer')),
    disabled      INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
    created_at    INTEGER NOT NULL,
    last_login_at INTEGER
);

CREATE TABLE api_key (
    id           INTEGER PRIMARY KEY,
    user_id      INTEGER NOT NULL REFERENCES app_user (id),
    name         TEXT    NOT NULL,
    prefix       TEXT    NOT NULL,         -- first characters, shown so people can tell keys apart
    key_hash     TEXT    NOT NULL UNIQUE,  -- the key itself is never stored
    created_at   INTEGER NOT NULL,
    expires_at   INTEGER,
    last_used_at INTEGER,
    revoked      INTEGER NOT NULL DEFAULT 0 CHECK (revoked IN (0, 1))
);

CREATE INDEX api_key_by_user ON api_key (user_id);

CREATE TABLE project (
    id          INTEGER PRIMARY KEY,
    name        TEXT    NOT NULL,
    description TEXT,
    owner_id    INTEGER NOT NULL REFERENCES app_user (id),
    archived    INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL
);

CREATE TABLE project_member (
    project_id INTEGER NOT NULL REFERENCES project (id),
    user_id    INTEGER NOT NULL REFERENCES app_user (id),
    role       TEXT    NOT NULL CHECK (role IN ('owner', 'editor', 'viewer')),
    PRIMARY KEY (project_id, user_id)
) WITHOUT ROWID;

CREATE INDEX project_member_by_user ON project_member (user_id);

CREATE TABLE project_artifact (
    artifact_id INTEGER NOT NULL REFERENCES artifact (id),
    project_id  INTEGER NOT NULL REFERENCES project (id),
    tags        TEXT    NOT NULL DEFAULT '[]',  -- JSON array
    note        TEXT,
    added_by    INTEGER NOT NULL REFERENCES app_user (id),
    added_at    INTEGER NOT NULL,
    PRIMARY KEY (artifact_id, project_id)
) WITHOUT ROWID;

CREATE INDEX project_artifact_by_project ON project_artifact (project_id);

CREATE TABLE project_history (
    id          INTEGER PRIMARY KEY,
    project_id  INTEGER NOT NULL REFERENCES project (id),
    at          INTEGER NOT NULL,
    actor_id    INTEGER REFERENCES app_user (id),
    action      TEXT    NOT NULL,  -- created, artifact-added, tagged, noted, member-added ...
    artifact_id INTEGER REFERENCES artifact (id),
    detail      TEXT
);

CREATE INDEX project_history_by_project ON project_history (project_id, at);

-- The history is evidence of who did what: rows are only ever added.
CREATE TRIGGER project_history_no_update BEFORE UPDATE ON project_history
BEGIN
    SELECT RAISE(ABORT, 'project_history is append-only');
END;

CREATE TRIGGER project_history_no_delete BEFORE DELETE ON project_history
BEGIN
    SELECT RAISE(ABORT, 'project_history is append-only');
END;

-- What the team's own logs saw, one row per artifact, day and log source.
CREATE TABLE sighting (
    artifact_id INTEGER NOT NULL REFERENCES artifact (id),
    day         TEXT    NOT NULL,  -- ISO date, UTC
    log_source  TEXT    NOT NULL,
    count       INTEGER NOT NULL CHECK (count >= 1),
    first_time  INTEGER NOT NULL,
    last_time   INTEGER NOT NULL,
    sample      TEXT,              -- one raw event, for context
    PRIMARY KEY (artifact_id, day, log_source),
    CHECK (first_time <= last_time)
) WITHOUT ROWID;

CREATE INDEX sighting_by_day ON sighting (day);

CREATE TABLE incident (
    id           INTEGER PRIMARY KEY,
    indicator_id INTEGER NOT NULL REFERENCES indicator (id),
    profile_id   INTEGER REFERENCES profile (id),
    title        TEXT    NOT NULL,
    severity     TEXT    NOT NULL CHECK (severity IN ('high', 'medium', 'low')),
    status       TEXT    NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'acknowledged', 'closed')),
    window_start INTEGER NOT NULL,  -- alerts of one indicator within a day group into one incident
    window_end   INTEGER NOT NULL,
    alert_count  INTEGER NOT NULL DEFAULT 0,
    opened_at    INTEGER NOT NULL,
    closed_at    INTEGER,
    UNIQUE (indicator_id, window_start)
);

CREATE TABLE alert (
    id           INTEGER PRIMARY KEY,
    indicator_id INTEGER NOT NULL REFERENCES indicator (id),
    artifact_id  INTEGER REFERENCES artifact (id),
    incident_id  INTEGER REFERENCES incident (id),
    detected_at  INTEGER NOT NULL,
    event_time   INTEGER NOT NULL,
    log_source   TEXT    NOT NULL,
    field        TEXT    NOT NULL,  -- which field matched: SourceIP, RequestURL, query name ...
    severity     TEXT    NOT NULL CHECK (severity IN ('high', 'medium', 'low')),
    action       TEXT    NOT NULL DEFAULT 'unknown' CHECK (action IN ('allowed', 'blocked', 'unknown')),
    event        TEXT    NOT NULL
);

CREATE INDEX alert_by_artifact ON alert (artifact_id, detected_at);
CREATE INDEX alert_by_incident ON alert (incident_id);

CREATE TABLE detonation (
    id                 INTEGER PRIMARY KEY,
    artifact_id        INTEGER NOT NULL REFERENCES artifact (id),
    kind               TEXT    NOT NULL CHECK (kind IN ('file', 'url')),
    status             TEXT    NOT NULL CHECK (status IN ('queued', 'running', 'done', 'failed')),
    verdict            TEXT CHECK (verdict IN ('malicious', 'suspicious', 'clean', 'unknown')),
    score              INTEGER CHECK (score BETWEEN 0 AND 100),
    report_document_id INTEGER REFERENCES document (id),
    error              TEXT,
    requested_by       INTEGER REFERENCES app_user (id),
    requested_at       INTEGER NOT NULL,
    started_at         INTEGER,
    finished_at        INTEGER
);

CREATE INDEX detonation_by_artifact ON detonation (artifact_id, requested_at);
