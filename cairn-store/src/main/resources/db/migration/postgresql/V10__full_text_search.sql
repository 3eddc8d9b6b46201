-- Full-text search over articles and intel profiles, and certificate lookups by field (DESIGN §4).
-- A stored generated tsvector per row, indexed with GIN: PostgreSQL keeps it in step on every
-- insert and update, and adding the column computes it for the rows already there. The 'simple'
-- configuration does not stem, as SQLite's unicode61 does not, so both stores match alike;
-- unaccent folds accents as unicode61's remove_diacritics does. Weights: A title or name, B
-- summary or aliases, C tags or profile summary, D body or description.

CREATE EXTENSION IF NOT EXISTS unaccent;

-- unaccent() is only STABLE because its dictionary could change; with the dictionary named it is
-- safe to treat as immutable, which generated columns and index expressions require.
CREATE FUNCTION cairn_fold(value text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT unaccent('unaccent'::regdictionary, coalesce(value, '')) $$;

CREATE FUNCTION cairn_fold(value text[]) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT unaccent('unaccent'::regdictionary, coalesce(array_to_string(value, ' '), '')) $$;

ALTER TABLE article ADD COLUMN search tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('simple', cairn_fold(title)), 'A')
        || setweight(to_tsvector('simple', cairn_fold(summary)), 'B')
        || setweight(to_tsvector('simple', cairn_fold(tags)), 'C')
        || setweight(to_tsvector('simple', cairn_fold(body)), 'D')
) STORED;

CREATE INDEX article_search ON article USING gin (search);

ALTER TABLE profile ADD COLUMN search tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('simple', cairn_fold(name)), 'A')
        || setweight(to_tsvector('simple', cairn_fold(aliases)), 'B')
        || setweight(to_tsvector('simple', cairn_fold(summary)), 'C')
        || setweight(to_tsvector('simple', cairn_fold(description)), 'D')
) STORED;

CREATE INDEX profile_search ON profile USING gin (search);

-- Certificates by the fields of their documents (CertificateDetails.json), without reading bodies.
CREATE INDEX document_certificate_serial ON document ((body::jsonb ->> 'serial'))
    WHERE kind = 'certificate';
CREATE INDEX document_certificate_subject ON document (lower(body::jsonb ->> 'subject'))
    WHERE kind = 'certificate';
CREATE INDEX document_certificate_issuer ON document (lower(body::jsonb ->> 'issuer'))
    WHERE kind = 'certificate';
CREATE INDEX document_certificate_sha1 ON document ((body::jsonb ->> 'sha1'))
    WHERE kind = 'certificate';
CREATE INDEX document_certificate_sha256 ON document ((body::jsonb ->> 'sha256'))
    WHERE kind = 'certificate';
