-- Users, projects, sightings, alerts, incidents and detonations (DESIGN §3, §5, §6, §9).

CREATE TABLE app_user (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    username      text        NOT NULL UNIQUE,
    display_name  text,
    password_hash text        NOT NULL,  -- memory-hard hash with its parameters, never the password
    role          text        NOT NULL CHECK (role IN ('admin', 'analyst', 'viewer')),
    disabled      boolean     NOT NULL DEFAULT false,
    created_at    timestamptz NOT NULL,
    last_login_at timestamptz
);

CREATE TABLE api_key (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id      bigint      NOT NULL REFERENCES app_user (id),
    name         text        NOT NULL,
    prefix       text        NOT NULL,         -- first characters, shown so people can tell keys apart
    key_hash     text        NOT NULL UNIQUE,  -- the key itself is never stored
    created_at   timestamptz NOT NULL,
    expires_at   timestamptz,
    last_used_at timestamptz,
    revoked      boolean     NOT NULL DEFAULT false
);

CREATE INDEX api_key_by_user ON api_key (user_id);

CREATE TABLE project (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name        text        NOT NULL,
    description text,
    owner_id    bigint      NOT NULL REFERENCES app_user (id),
    archived    boolean     NOT NULL DEFAULT false,
    created_at  timestamptz NOT NULL,
    updated_at  timestamptz NOT NULL
);

CREATE TABLE project_member (
    project_id bigint NOT NULL REFERENCES project (id),
    user_id    bigint NOT NULL REFERENCES app_user (id),
    role       text   NOT NULL CHECK (role IN ('owner', 'editor', 'viewer')),
    PRIMARY KEY (project_id, user_id)
);

CREATE INDEX project_member_by_user ON project_member (user_id);

CREATE TABLE project_artifact (
    artifact_id bigint      NOT NULL REFERENCES artifact (id),
    project_id  bigint      NOT NULL REFERENCES project (id),
    tags        text[]      NOT NULL DEFAULT '{}',
    note        text,
    added_by    bigint      NOT NULL REFERENCES app_user (id),
    added_at    timestamptz NOT NULL,
    PRIMARY KEY (artifact_id, project_id)
);

CREATE INDEX project_artifact_by_project ON project_artifact (project_id);

CREATE TABLE project_history (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    project_id  bigint      NOT NULL REFERENCES project (id),
    at          timestamptz NOT NULL,
    actor_id    bigint REFERENCES app_user (id),
    action      text        NOT NULL,  -- created, artifact-added, tagged, noted, member-added ...
    artifact_id bigint REFERENCES artifact (id),
    detail      text
);

CREATE INDEX project_history_by_project ON project_history (project_id, at);

-- The history is evidence of who did what: rows are only ever added.
CREATE FUNCTION project_history_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'project_history is append-only';
END;
$$;

CREATE TRIGGER project_history_no_change BEFORE UPDATE OR DELETE ON project_history
    FOR EACH ROW EXECUTE FUNCTION project_history_append_only();

CREATE TRIGGER project_history_no_truncate BEFORE TRUNCATE ON project_history
    FOR EACH STATEMENT EXECUTE FUNCTION project_history_append_only();

-- What the team's own logs saw, one row per artifact, day and log source.
CREATE TABLE sighting (
    artifact_id bigint      NOT NULL REFERENCES artifact (id),
    day         date        NOT NULL,  -- UTC
    log_source  text        NOT NULL,
    count       bigint      NOT NULL CHECK (count >= 1),
    first_time  timestamptz NOT NULL,
    last_time   timestamptz NOT NULL,
    sample      text,                  -- one raw event, for context
    PRIMARY KEY (artifact_id, day, log_source),
    CHECK (first_time <= last_time)
);

CREATE INDEX sighting_by_day ON sighting (day);

CREATE TABLE incident (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    indicator_id bigint      NOT NULL REFERENCES indicator (id),
    profile_id   bigint REFERENCES profile (id),
    title        text        NOT NULL,
    severity     text        NOT NULL CHECK (severity IN ('high', 'medium', 'low')),
    status       text        NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'acknowledged', 'closed')),
    window_start timestamptz NOT NULL,  -- alerts of one indicator within a day group into one incident
    window_end   timestamptz NOT NULL,
    alert_count  integer     NOT NULL DEFAULT 0,
    opened_at    timestamptz NOT NULL,
    closed_at    timestamptz,
    UNIQUE (indicator_id, window_start)
);

CREATE TABLE alert (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    indicator_id bigint      NOT NULL REFERENCES indicator (id),
    artifact_id  bigint REFERENCES artifact (id),
    incident_id  bigint REFERENCES incident (id),
    detected_at  timestamptz NOT NULL,
    event_time   timestamptz NOT NULL,
    log_source   text        NOT NULL,
    field        text        NOT NULL,  -- which field matched: SourceIP, RequestURL, query name ...
    severity     text        NOT NULL CHECK (severity IN ('high', 'medium', 'low')),
    action       text        NOT NULL DEFAULT 'unknown' CHECK (action IN ('allowed', 'blocked', 'unknown')),
    event        text        NOT NULL
);

CREATE INDEX alert_by_artifact ON alert (artifact_id, detected_at);
CREATE INDEX alert_by_incident ON alert (incident_id);

CREATE TABLE detonation (
    id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    artifact_id        bigint      NOT NULL REFERENCES artifact (id),
    kind               text        NOT NULL CHECK (kind IN ('file', 'url')),
    status             text        NOT NULL CHECK (status IN ('queued', 'running', 'done', 'failed')),
    verdict            text CHECK (verdict IN ('malicious', 'suspicious', 'clean', 'unknown')),
    score              integer CHECK (score BETWEEN 0 AND 100),
    report_document_id bigint REFERENCES document (id),
    error              text,
    requested_by       bigint REFERENCES app_user (id),
    requested_at       timestamptz NOT NULL,
    started_at         timestamptz,
    finished_at        timestamptz
);

CREATE INDEX detonation_by_artifact ON detonation (artifact_id, requested_at);
