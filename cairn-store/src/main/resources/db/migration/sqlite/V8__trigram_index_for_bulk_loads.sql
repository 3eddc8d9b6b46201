-- The trigram index of domains and URLs, rebuilt cheaper to write (bulk loads spend a large share
-- of their time in it). columnsize = 0 drops the per-row token counts FTS5 keeps for ranking:
-- substring search never ranks, and every new artifact saved a write to that table. automerge = 16
-- merges index segments in larger, rarer steps; queries read a few more segments.
DROP TABLE artifact_trigram;

CREATE VIRTUAL TABLE artifact_trigram USING fts5 (
    value, content = 'artifact', content_rowid = 'id', tokenize = 'trigram', detail = none,
    columnsize = 0
);

INSERT INTO artifact_trigram (artifact_trigram, rank) VALUES ('automerge', 16);

-- The delete and update triggers of V1 name the table and keep working against the new one.
INSERT INTO artifact_trigram (rowid, value) SELECT id, value FROM artifact WHERE type IN (3, 4);
