-- Full-text search over articles and intel profiles, and certificate lookups by field (DESIGN §4).
-- External content: the text stays in article and profile; the FTS5 tables hold only the index.
-- unicode61 with remove_diacritics 2 folds case and accents, so "Sofacy" finds "Sófacy". Articles
-- and profiles arrive in thousands, not millions, so per-row triggers keep the index in step
-- without slowing their loads; the merge of a profile rewrites its row and the trigger follows.

CREATE VIRTUAL TABLE article_text USING fts5 (
    title, summary, body, tags,
    content = 'article', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER article_text_insert AFTER INSERT ON article
BEGIN
    INSERT INTO article_text (rowid, title, summary, body, tags)
    VALUES (new.id, new.title, new.summary, new.body, new.tags);
END;

CREATE TRIGGER article_text_delete AFTER DELETE ON article
BEGIN
    INSERT INTO article_text (article_text, rowid, title, summary, body, tags)
    VALUES ('delete', old.id, old.title, old.summary, old.body, old.tags);
END;

CREATE TRIGGER article_text_update AFTER UPDATE OF title, summary, body, tags ON article
BEGIN
    INSERT INTO article_text (article_text, rowid, title, summary, body, tags)
    VALUES ('delete', old.id, old.title, old.summary, old.body, old.tags);
    INSERT INTO article_text (rowid, title, summary, body, tags)
    VALUES (new.id, new.title, new.summary, new.body, new.tags);
END;

INSERT INTO article_text (article_text) VALUES ('rebuild');

CREATE VIRTUAL TABLE profile_text USING fts5 (
    name, aliases, summary, description,
    content = 'profile', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER profile_text_insert AFTER INSERT ON profile
BEGIN
    INSERT INTO profile_text (rowid, name, aliases, summary, description)
    VALUES (new.id, new.name, new.aliases, new.summary, new.description);
END;

CREATE TRIGGER profile_text_delete AFTER DELETE ON profile
BEGIN
    INSERT INTO profile_text (profile_text, rowid, name, aliases, summary, description)
    VALUES ('delete', old.id, old.name, old.aliases, old.summary, old.description);
END;

CREATE TRIGGER profile_text_update AFTER UPDATE OF name, aliases, summary, description ON profile
BEGIN
    INSERT INTO profile_text (profile_text, rowid, name, aliases, summary, description)
    VALUES ('delete', old.id, old.name, old.aliases, old.summary, old.description);
    INSERT INTO profile_text (rowid, name, aliases, summary, description)
    VALUES (new.id, new.name, new.aliases, new.summary, new.description);
END;

INSERT INTO profile_text (profile_text) VALUES ('rebuild');

-- Certificates by the fields of their documents (CertificateDetails.json), without reading bodies.
CREATE INDEX document_certificate_serial ON document (json_extract(body, '$.serial'))
    WHERE kind = 'certificate';
CREATE INDEX document_certificate_subject ON document (lower(json_extract(body, '$.subject')))
    WHERE kind = 'certificate';
CREATE INDEX document_certificate_issuer ON document (lower(json_extract(body, '$.issuer')))
    WHERE kind = 'certificate';
CREATE INDEX document_certificate_sha1 ON document (json_extract(body, '$.sha1'))
    WHERE kind = 'certificate';
CREATE INDEX document_certificate_sha256 ON document (json_extract(body, '$.sha256'))
    WHERE kind = 'certificate';
