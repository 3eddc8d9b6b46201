-- Data tabs and neighbourhoods read one artifact's observations of a dataset most recently seen
-- first, a page at a time (keyset on last_seen and the other end's id). Each side gets an index in
-- exactly that order, so such a page is one short backward range however many rows the artifact has.
--
-- Every index on observation costs every import: a new row is written once more, and a merge that
-- moves last_seen moves the entry. So the object side's index of V1 is replaced rather than joined:
-- (object_id, dataset, last_seen, subject_id) serves every lookup by object that
-- (object_id, dataset, subject_id) did, and the table carries one index more than before, not two.
-- Pages sorted by first seen or by count get no index of their own: they read the artifact's rows
-- of the dataset through the primary key or the object index and sort them, which costs that one
-- artifact's rows and keeps imports from paying for two rarely used orders.
-- Kept equivalent to the SQLite schema.
CREATE INDEX observation_by_subject_seen ON observation (subject_id, dataset, last_seen, object_id);
CREATE INDEX observation_by_object_seen ON observation (object_id, dataset, last_seen, subject_id);
DROP INDEX observation_by_object;

-- Matching an artifact against warning lists reads every substring and regex entry. Planned without
-- statistics (a SQLite store before its first PRAGMA optimize) that read every entry of every list;
-- with them, one probe of the primary key per list. This index holds only those few entries, so the
-- read is short whatever the planner knows.
CREATE INDEX allow_entry_patterns ON allow_entry (kind) WHERE kind IN ('substring', 'regex');
