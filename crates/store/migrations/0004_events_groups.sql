-- newsledger store, schema 4: the events view shows an unnamed group in the
-- actor or target role ("police", "gunmen", "20 villagers") where no entity
-- fills it: the phrase and its category (state_forces, rebels, militia,
-- rioters, protesters, civilians, other; see docs/schema.md). Facts stored
-- before this version have none, so the columns are NULL for them.

DROP VIEW events;
CREATE VIEW events AS
SELECT a.id AS article_id, a.url, a.outlet, a.published, f.local_id AS event_id, f.type AS event_type,
       json_extract(f.json, '$.mode') AS mode, f.label AS modality,
       json_extract(f.json, '$.actor') AS actor, json_extract(f.json, '$.target') AS target,
       json_extract(f.json, '$.place.name') AS place, json_extract(f.json, '$.place.lat') AS lat,
       json_extract(f.json, '$.place.lon') AS lon, json_extract(f.json, '$.place.country') AS country,
       json_extract(f.json, '$.place.precision') AS place_precision,
       json_extract(f.json, '$.place_basis') AS place_basis,
       json_extract(f.json, '$.date.value') AS event_date, json_extract(f.json, '$.date.precision') AS date_precision,
       json_extract(f.json, '$.source') AS source, f.start, f.end, a.duplicate_of,
       json_extract(f.json, '$.actor_group.text') AS actor_group,
       json_extract(f.json, '$.actor_group.category') AS actor_category,
       json_extract(f.json, '$.target_group.text') AS target_group,
       json_extract(f.json, '$.target_group.category') AS target_category
FROM facts f JOIN articles a ON a.rowid = f.article_rowid WHERE f.kind = 'event';
