-- Saved graphs: an expansion or a hand-built graph kept in a project under a name (DESIGN §4).
-- Nodes, edges and layout hints are JSON: a graph is read and written whole, never queried inside.

CREATE TABLE saved_graph (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    project_id bigint      NOT NULL REFERENCES project (id),
    name       text        NOT NULL,
    nodes      jsonb       NOT NULL,
    edges      jsonb       NOT NULL,
    notes      text,
    layout     jsonb       NOT NULL DEFAULT '{}',
    created_by bigint      NOT NULL REFERENCES app_user (id),
    created_at timestamptz NOT NULL,
    updated_by bigint      NOT NULL REFERENCES app_user (id),
    updated_at timestamptz NOT NULL,
    UNIQUE (project_id, name)
);
