-- newsledger store, schema 2: facts keyed by kind first.
-- Schema 1 keyed facts by (article, kind, id) and kept a second B-tree,
-- facts_kind_type, for listings of one kind: every fact was inserted twice,
-- once at a random place in the index. Keyed by (kind, article, id), one
-- tree serves both: a listing of one kind is a range scan, an article's
-- facts are seven seeks (one per kind), and inserts append at seven points.
-- Columns and views are unchanged.

DROP VIEW events;
DROP VIEW claims;
DROP VIEW quotes;

CREATE TABLE facts_by_kind (
    kind          TEXT NOT NULL,   -- entity | source | quote | claim | event | time | place
    article_rowid INTEGER NOT NULL REFERENCES articles(rowid) ON DELETE CASCADE,
    local_id      TEXT NOT NULL,   -- id inside the article (e1, s2, v3…)
    type          TEXT,            -- entity type, source kind, quote kind, claim status, event type…
    label         TEXT,            -- event modality, entity canonical name, source name…
    text          TEXT,            -- what a listing shows
    start         INTEGER,         -- evidence, code points into the article text
    end           INTEGER,
    json          TEXT NOT NULL,   -- the fact as schema v1 prints it
    PRIMARY KEY (kind, article_rowid, local_id)
) WITHOUT ROWID;
INSERT INTO facts_by_kind (kind, article_rowid, local_id, type, label, text, start, end, json)
    SELECT kind, article_rowid, local_id, type, label, text, start, end, json FROM facts;
DROP TABLE facts;
ALTER TABLE facts_by_kind RENAME TO facts;

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
