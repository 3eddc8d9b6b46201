-- Saved graphs: an expansion or a hand-built graph kept in a project under a name (DESIGN §4).
-- Nodes, edges and layout hints are JSON: a graph is read and written whole, never queried inside.

CREATE TABLE saved_graph (
    id         INTEGER PRIMARY KEY,
    project_id INTEGER NOT NULL REFERENCES project (id),
    name       TEXT    NOT NULL,
    nodes      TEXT    NOT NULL,  -- JSON array of nodes
    edges      TEXT    NOT NULL,  -- JSON array of edges
    notes      TEXT,
    layout     TEXT    NOT NULL DEFAULT '{}',  -- JSON object of layout hints
    created_by INTEGER NOT NULL REFERENCES app_user (id),
    created_at INTEGER NOT NULL,
    updated_by INTEGER NOT NULL REFERENCES app_user (id),
    updated_at INTEGER NOT NULL,
    UNIQUE (project_id, name)
);
