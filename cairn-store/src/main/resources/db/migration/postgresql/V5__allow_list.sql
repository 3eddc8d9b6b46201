-- Warning lists of known-benign artifacts; re-importing a list replaces all its entries.
CREATE TABLE allow_list (
    name        text NOT NULL PRIMARY KEY CHECK (length(name) > 0),
    description text,
    version     text,
    kind        text NOT NULL CHECK (kind IN ('cidr', 'string', 'hostname', 'substring', 'regex'))
);

-- range_low and range_high bound a cidr entry as '4:' or '6:' and fixed-width hex, so that byte-wise
-- text comparison (hence COLLATE "C") finds the blocks containing an address.
CREATE TABLE allow_entry (
    list_name     text NOT NULL REFERENCES allow_list (name) ON DELETE CASCADE,
    kind          text NOT NULL CHECK (kind IN ('cidr', 'exact', 'suffix', 'substring', 'regex')),
    value         text NOT NULL CHECK (length(value) > 0),
    artifact_type text,
    display       text NOT NULL,
    range_low     text COLLATE "C",
    range_high    text COLLATE "C",
    PRIMARY KEY (list_name, kind, value),
    CHECK ((kind = 'cidr') = (range_low IS NOT NULL AND range_high IS NOT NULL))
);

CREATE INDEX allow_entry_value ON allow_entry (value, kind);
CREATE INDEX allow_entry_range ON allow_entry (range_low, range_high) WHERE kind = 'cidr';
