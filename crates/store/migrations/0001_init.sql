-- newsledger store, schema 1.
-- One row per article; one row per fact with its full JSON (schema v1) plus
-- the columns queries filter on. Views give each fact kind a table of its own.

CREATE TABLE articles (
    rowid               INTEGER PRIMARY KEY,
    id                  TEXT NOT NULL UNIQUE,     -- content hash id (a + 16 hex)
    url                 TEXT,
    outlet              TEXT,
    title               TEXT,
    published           TEXT,                     -- YYYY-MM-DD[Thh:mm] | YYYY-MM | YYYY | NULL
    published_precision TEXT NOT NULL,
    language            TEXT NOT NULL,
    duplicate_of        TEXT,                     -- id of the original when this is a near-duplicate
    similarity          REAL,                     -- estimated Jaccard similarity to that original
    origin              TEXT,                     -- where it was read from
    ingested_at         TEXT NOT NULL,            -- UTC, RFC 3339
    article_json        TEXT NOT NULL             -- the whole Article, body text included
);
CREATE INDEX articles_published ON articles(published);
CREATE INDEX articles_outlet ON articles(outlet COLLATE NOCASE);
CREATE INDEX articles_duplicate_of ON articles(duplicate_of) WHERE duplicate_of IS NOT NULL;

CREATE TABLE facts (
    article_rowid INTEGER NOT NULL REFERENCES articles(rowid) ON DELETE CASCADE,
    kind          TEXT NOT NULL,   -- entity | source | quote | claim | event | time | place
    local_id      TEXT NOT NULL,   -- id inside the article (e1, s2, v3…)
    type          TEXT,            -- entity type, source kind, quote kind, claim status, event type…
    label         TEXT,            -- event modality, entity canonical name, source name…
    text          TEXT,            -- what a listing shows
    start         INTEGER,         -- evidence, code points into the article text
    end           INTEGER,
    json          TEXT NOT NULL,   -- the fact as schema v1 prints it
    PRIMARY KEY (article_rowid, kind, local_id)
) WITHOUT ROWID;
CREATE INDEX facts_kind_type ON facts(kind, type COLLATE NOCASE);

-- Near-duplicate detection: MinHash signature and its LSH band keys.
CREATE TABLE fingerprints (
    article_rowid INTEGER PRIMARY KEY REFERENCES articles(rowid) ON DELETE CASCADE,
    signature     BLOB NOT NULL
);
-- One B-tree keyed by (band, article): a band lookup is a range scan, and an
-- insert touches one tree instead of a table and an index.
CREATE TABLE lsh_bands (
    band          INTEGER NOT NULL,
    article_rowid INTEGER NOT NULL REFERENCES articles(rowid) ON DELETE CASCADE,
    PRIMARY KEY (band, article_rowid)
) WITHOUT ROWID;

-- Table-like views for people who query the database with SQL.
CREATE VIEW events AS
SELECT a.id AS article_id, a.url, a.outlet, a.published, f.local_id AS event_id, f.type AS event_type,
       json_extract(f.json, '$.mode') AS mode, f.label AS modality,
       json_extract(f.json, '$.actor') AS actor, json_extract(f.json, '$.target') AS target,
       json_extract(f.json, '$.place.name') AS place, json_extract(f.json, '$.place.lat') AS lat,
       json_extract(f.json, '$.place.lon') AS lon, json_extract(f.json, '$.place.country') AS country,
       json_extract(f.json, '$.place.precision') AS place_precision,
       json_extract(f.json, '$.date.value') AS event_date, json_extract(f.json, '$.date.precision') AS date_precision,
       json_extract(f.json, '$.source') AS source, f.start, f.end, a.duplicate_of
FROM facts f JOIN articles a ON a.rowid = f.article_rowid WHERE f.kind = 'event';

CREATE VIEW claims AS
SELECT a.id AS article_id, a.url, a.outlet, a.published, f.local_id AS claim_id, f.type AS status, f.text,
       json_extract(f.json, '$.source') AS source, json_extract(f.json, '$.quantities') AS quantities,
       f.start, f.end, a.duplicate_of
FROM facts f JOIN articles a ON a.rowid = f.article_rowid WHERE f.kind = 'claim';

CREATE VIEW quotes AS
SELECT a.id AS article_id, a.url, a.outlet, a.published, f.local_id AS quote_id, f.type AS kind, f.text,
       json_extract(f.json, '$.source') AS source, json_extract(f.json, '$.verb') AS verb,
       f.start, f.end, a.duplicate_of
FROM facts f JOIN articles a ON a.rowid = f.article_rowid WHERE f.kind = 'quote';
