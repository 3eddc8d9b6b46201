-- Warning lists of known-benign artifacts; re-importing a list replaces all its entries.
CREATE TABLE allow_list (
    name        TEXT NOT NULL PRIMARY KEY CHECK (length(name) > 0),
    description TEXT,
    version     TEXT,
    kind        TEXT NOT NULL CHECK (kind IN ('cidr', 'string', 'hostname', 'substring', 'regex'))
) WITHOUT ROWID;

-- range_low and range_high bound a cidr entry as '4:' or '6:' and fixed-width hex, so that byte-wise
-- text comparison finds the blocks containing an address.
CREATE TABLE allow_entry (
    list_name     TEXT NOT NULL REFERENCES allow_list (name) ON DELETE CASCADE,
    kind          TEXT NOT NULL CHECK (kind IN ('cidr', 'exact', 'suffix', 'substring', 'regex')),
    value         TEXT NOT NULL CHECK (length(value) > 0),
    artifact_type TEXT,
    display       TEXT NOT NULL,
    range_low     TEXT,
    range_high    TEXT,
    PRIMARY KEY (list_name, kind, value),
    CHECK ((kind = 'cidr') = (range_low IS NOT NULL AND range_high IS NOT NULL))
) WITHOUT ROWID;

CREATE INDEX allow_entry_value ON allow_entry (value, kind);
CREATE INDEX allow_entry_range ON allow_entry (range_low, range_high) WHERE kind = 'cidr';
