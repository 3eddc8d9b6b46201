-- The trigram index of domains and URLs takes new entries into its pending list and merges them
-- into the index when the list is full; a larger list (16 MiB, default 4 MiB) means fewer, larger
-- merges during bulk loads. Searches also scan the pending list, so it is kept moderate.
ALTER INDEX artifact_trigram SET (gin_pending_list_limit = 16384);
