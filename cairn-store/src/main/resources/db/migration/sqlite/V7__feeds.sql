-- Feed settings beyond V2's: the import format of URL feeds, the TAXII collection, and where
-- credentials come from (names of environment variables, never the secrets themselves).
ALTER TABLE source ADD COLUMN format TEXT;
ALTER TABLE source ADD COLUMN collection TEXT;
ALTER TABLE source ADD COLUMN auth_user TEXT;
ALTER TABLE source ADD COLUMN auth_password_env TEXT;
ALTER TABLE source ADD COLUMN auth_api_key_env TEXT;
ALTER TABLE source ADD COLUMN auth_api_key_header TEXT;
