use newsledger_model::*;

use super::*;

fn analysis(id: &str, published: &str, outlet: &str) -> Analysis {
    let article = Article {
        id: id.into(),
        outlet: Some(outlet.into()),
        published: Some(published.into()),
        published_precision: DatePrecision::Day,
        language: "en".into(),
        text: "The ministry said 12 people were killed in an airstrike.".into(),
        ..Default::default()
    };
    let mut facts = Facts::default();
    facts.sources.push(Source { id: "s1".into(), name: "the ministry".into(), kind: SourceKind::Government, evidence: Span::new(0, 12), ..Default::default() });
    facts.events.push(Event {
        id: "v1".into(),
        event_type: EventType::Assault,
        modality: Modality::Occurred,
        source: Some("s1".into()),
        trigger: "airstrike".into(),
        evidence: Span::new(0, 57),
        ..Default::default()
    });
    facts.claims.push(Claim {
        id: "c1".into(),
        text: "12 people were killed".into(),
        quantities: vec![Quantity { value: Some(12.0), unit: Some("person".into()), what: Some("people".into()), ..Default::default() }],
        source: Some("s1".into()),
        status: ClaimStatus::Attributed,
        evidence: Span::new(18, 39),
        ..Default::default()
    });
    for i in 1..=11 {
        facts.entities.push(Entity { id: format!("e{i}"), text: format!("Entity {i}"), entity_type: EntityType::Org, mentions: vec![Span::new(i, i + 1)], ..Default::default() });
    }
    Analysis::new(article, facts)
}

fn fp(seed: u32) -> Fingerprint {
    Fingerprint { signature: (0..8).map(|i| i * seed).collect(), bands: vec![seed as u64, 1000 + seed as u64] }
}

#[test]
fn insert_list_and_export_round_trip() {
    let mut store = Store::open_in_memory().unwrap();
    let a = analysis("a1", "2025-11-03", "Example Wire");
    let mut batch = store.batch().unwrap();
    assert_eq!(batch.insert(&a, Some(&fp(1)), None).unwrap(), Inserted::New);
    batch.commit().unwrap();

    let events = store.facts(FactKind::Event, &Filter::default()).unwrap();
    assert_eq!(events.len(), 1);
    assert_eq!(events[0].fact["modality"], "occurred");
    assert_eq!(events[0].article_id, "a1");

    let mut exported = Vec::new();
    store.for_each_analysis(&Filter::default(), |an| {
        exported.push(an);
        Ok(())
    }).unwrap();
    assert_eq!(exported, vec![a], "export gives back exactly what was stored, ids in numeric order");
}

#[test]
fn identical_article_is_a_no_op_and_near_duplicates_link() {
    let mut store = Store::open_in_memory().unwrap();
    let mut batch = store.batch().unwrap();
    batch.insert(&analysis("a1", "2025-11-03", "Wire"), Some(&fp(1)), None).unwrap();
    assert_eq!(batch.insert(&analysis("a1", "2025-11-03", "Wire"), Some(&fp(1)), None).unwrap(), Inserted::AlreadyStored);
    let cands = batch.near_duplicate_candidates(&[1, 5]).unwrap();
    assert_eq!(cands, vec![("a1".to_string(), fp(1).signature)]);
    let r = batch.insert(&analysis("a2", "2025-11-04", "Syndicator"), Some(&fp(1)), Some(("a1", 0.95))).unwrap();
    assert_eq!(r, Inserted::NearDuplicate { of: "a1".into(), similarity: 0.95 });
    // The duplicate is not offered as an original to later copies.
    assert_eq!(batch.near_duplicate_candidates(&[1]).unwrap().len(), 1);
    batch.commit().unwrap();

    let stats = store.stats().unwrap();
    assert_eq!((stats.articles, stats.near_duplicates, stats.events), (2, 1, 1), "duplicate's facts are not counted");
    assert_eq!(store.facts(FactKind::Event, &Filter::default()).unwrap().len(), 1);
    let all = Filter { include_duplicates: true, ..Default::default() };
    assert_eq!(store.facts(FactKind::Event, &all).unwrap().len(), 2);
    let arts = store.articles(&Filter::default()).unwrap();
    assert_eq!(arts[0].duplicate_of.as_deref(), Some("a1"));
}

#[test]
fn filters_narrow_listings() {
    let mut store = Store::open_in_memory().unwrap();
    let mut batch = store.batch().unwrap();
    batch.insert(&analysis("a1", "2025-10-30", "Wire"), None, None).unwrap();
    batch.insert(&analysis("a2", "2025-11-03", "Other"), None, None).unwrap();
    batch.commit().unwrap();
    let f = |since: Option<&str>, until: Option<&str>, outlet: Option<&str>| Filter {
        since: since.map(Into::into),
        until: until.map(Into::into),
        outlet: outlet.map(Into::into),
        ..Default::default()
    };
    assert_eq!(store.articles(&f(Some("2025-11"), None, None)).unwrap().len(), 1);
    assert_eq!(store.articles(&f(None, Some("2025-10"), None)).unwrap().len(), 1);
    assert_eq!(store.articles(&f(None, Some("2025-11-03"), None)).unwrap().len(), 2);
    assert_eq!(store.articles(&f(None, None, Some("wire"))).unwrap()[0].id, "a1");
    let typed = Filter { fact_type: Some("assault".into()), ..Default::default() };
    assert_eq!(store.facts(FactKind::Event, &typed).unwrap().len(), 2);
    let typed = Filter { fact_type: Some("PROTEST".into()), ..Default::default() };
    assert!(store.facts(FactKind::Event, &typed).unwrap().is_empty());
    let contains = Filter { contains: Some("KILLED".into()), ..Default::default() };
    assert_eq!(store.facts(FactKind::Claim, &contains).unwrap().len(), 2);
    let limited = Filter { limit: Some(3), ..Default::default() };
    assert_eq!(store.facts(FactKind::Entity, &limited).unwrap().len(), 3);
}

#[test]
fn events_filter_by_modality_and_country() {
    let mut store = Store::open_in_memory().unwrap();
    let mut batch = store.batch().unwrap();
    let mut planned = analysis("a2", "2025-11-03", "Other");
    let place = |cc: &str| Place { name: "X".into(), country: Some(cc.into()), precision: PlacePrecision::Country, ..Default::default() };
    planned.facts.events[0].modality = Modality::Planned;
    planned.facts.events[0].place = Some(place("MX"));
    planned.facts.places.push(PlaceMention { id: "p1".into(), text: "Mexico".into(), place: place("MX"), evidence: Span::new(0, 6) });
    batch.insert(&analysis("a1", "2025-10-30", "Wire"), None, None).unwrap();
    batch.insert(&planned, None, None).unwrap();
    batch.commit().unwrap();
    let by = |modalities: &[&str], country: Option<&str>| Filter {
        modalities: modalities.iter().map(|m| m.to_string()).collect(),
        country: country.map(Into::into),
        ..Default::default()
    };
    let ids = |rows: Vec<FactRow>| rows.into_iter().map(|r| r.article_id).collect::<Vec<_>>();
    assert_eq!(ids(store.facts(FactKind::Event, &by(&["occurred"], None)).unwrap()), ["a1"]);
    assert_eq!(ids(store.facts(FactKind::Event, &by(&["Planned"], None)).unwrap()), ["a2"]);
    assert_eq!(store.facts(FactKind::Event, &by(&["occurred", "planned"], None)).unwrap().len(), 2);
    assert!(store.facts(FactKind::Event, &by(&["denied"], None)).unwrap().is_empty());
    // Country: the event's place, and a place's own country.
    assert_eq!(ids(store.facts(FactKind::Event, &by(&[], Some("mx"))).unwrap()), ["a2"]);
    assert!(store.facts(FactKind::Event, &by(&["occurred"], Some("MX"))).unwrap().is_empty());
    assert_eq!(store.facts(FactKind::Place, &by(&[], Some("MX"))).unwrap().len(), 1);
    assert!(store.facts(FactKind::Place, &by(&[], Some("US"))).unwrap().is_empty());
}

/// A new store at `path` holding article "a1", committed.
fn store_with_a1(path: &std::path::Path) -> Store {
    let mut store = Store::open(path).unwrap();
    let mut batch = store.batch().unwrap();
    batch.insert(&analysis("a1", "2025-11-03", "Wire"), None, None).unwrap();
    batch.commit().unwrap();
    store
}

#[test]
fn uncommitted_batch_leaves_nothing_behind() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("t.db");
    {
        let mut store = store_with_a1(&path);
        let mut batch = store.batch().unwrap();
        batch.insert(&analysis("a2", "2025-11-03", "Wire"), None, None).unwrap();
        drop(batch); // a failure before commit
    }
    let store = Store::open(&path).unwrap();
    let ids: Vec<String> = store.articles(&Filter::default()).unwrap().into_iter().map(|a| a.id).collect();
    assert_eq!(ids, ["a1"]);
    assert_eq!(store.stats().unwrap().entities, 11);
}

#[test]
fn foreign_and_newer_databases_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let junk = dir.path().join("junk.db");
    let junk_bytes = b"this is not a database at all, just some text that is long enough to fill a header page";
    std::fs::write(&junk, junk_bytes).unwrap();
    let err = Store::open(&junk).err().unwrap();
    assert!(err.to_string().contains("not a newsledger database"), "{err}");
    assert_eq!(std::fs::read(&junk).unwrap(), junk_bytes, "the file is left as it was");

    let newer = dir.path().join("newer.db");
    {
        let c = rusqlite::Connection::open(&newer).unwrap();
        c.pragma_update(None, "user_version", 99).unwrap();
    }
    let err = Store::open(&newer).err().unwrap();
    assert!(err.to_string().contains("upgrade newsledger"), "{err}");

    let other = dir.path().join("other.db");
    {
        let c = rusqlite::Connection::open(&other).unwrap();
        c.execute_batch("CREATE TABLE people (name TEXT)").unwrap();
    }
    assert!(matches!(Store::open(&other), Err(StoreError::NotOurs { .. })));
}

#[test]
fn reopening_keeps_the_schema_version() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("t.db");
    drop(Store::open(&path).unwrap());
    let store = Store::open(&path).unwrap();
    let v: i64 = store.conn().query_row("PRAGMA user_version", [], |r| r.get(0)).unwrap();
    assert_eq!(v, crate::SCHEMA_VERSION);
}

#[test]
fn sql_views_expose_events() {
    let mut store = Store::open_in_memory().unwrap();
    let mut batch = store.batch().unwrap();
    batch.insert(&analysis("a1", "2025-11-03", "Wire"), None, None).unwrap();
    batch.commit().unwrap();
    let (ty, modality): (String, String) = store.conn().query_row("SELECT event_type, modality FROM events", [], |r| Ok((r.get(0)?, r.get(1)?))).unwrap();
    assert_eq!((ty.as_str(), modality.as_str()), ("ASSAULT", "occurred"));
}

#[test]
fn events_view_says_where_the_place_came_from() {
    let mut store = Store::open_in_memory().unwrap();
    let mut a = analysis("a1", "2025-11-03", "Wire");
    a.facts.events[0].place = Some(Place { name: "Kabul".into(), precision: PlacePrecision::City, ..Default::default() });
    a.facts.events[0].place_basis = Some(PlaceBasis::Dateline);
    let mut batch = store.batch().unwrap();
    batch.insert(&a, None, None).unwrap();
    batch.commit().unwrap();
    let (place, basis): (String, String) = store.conn().query_row("SELECT place, place_basis FROM events", [], |r| Ok((r.get(0)?, r.get(1)?))).unwrap();
    assert_eq!((place.as_str(), basis.as_str()), ("Kabul", "dateline"));
}

#[test]
fn events_view_shows_group_actors_and_targets() {
    let mut store = Store::open_in_memory().unwrap();
    let mut a = analysis("a1", "2025-11-03", "Wire");
    a.facts.events[0].actor_group = Some(GroupRole { text: "gunmen".into(), evidence: Span::new(0, 6), category: GroupCategory::Militia, country: None });
    a.facts.events[0].target_group = Some(GroupRole { text: "12 people".into(), evidence: Span::new(18, 27), category: GroupCategory::Civilians, country: None });
    let mut batch = store.batch().unwrap();
    batch.insert(&a, None, None).unwrap();
    batch.commit().unwrap();
    let row: (String, String, String, String) = store
        .conn()
        .query_row("SELECT actor_group, actor_category, target_group, target_category FROM events", [], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
        .unwrap();
    assert_eq!(row, ("gunmen".into(), "militia".into(), "12 people".into(), "civilians".into()));
}

/// A database as schema `version` wrote it: its first `version` migrations
/// only, with `a` inserted through the same statement the store used then.
fn write_at_schema(path: &std::path::Path, version: usize, a: &Analysis) {
    let c = rusqlite::Connection::open(path).unwrap();
    c.execute_batch(&crate::MIGRATIONS[..version].join("\n")).unwrap();
    c.pragma_update(None, "user_version", version as i64).unwrap();
    let mut store = Store { conn: c, path: format!("v{version}").into() };
    let mut batch = store.batch().unwrap();
    batch.insert(a, Some(&fp(1)), None).unwrap();
    batch.commit().unwrap();
}

#[test]
fn a_schema_3_database_gets_empty_group_columns() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("v3.db");
    write_at_schema(&path, 3, &analysis("a1", "2025-11-03", "Wire"));
    let store = Store::open(&path).unwrap();
    let v: i64 = store.conn().query_row("PRAGMA user_version", [], |r| r.get(0)).unwrap();
    assert_eq!(v, crate::SCHEMA_VERSION);
    let (ty, group, category): (String, Option<String>, Option<String>) =
        store.conn().query_row("SELECT event_type, actor_group, target_category FROM events", [], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?))).unwrap();
    assert_eq!((ty.as_str(), group, category), ("ASSAULT", None, None));
}

#[test]
fn a_schema_1_database_is_migrated_with_its_facts() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("v1.db");
    let a = analysis("a1", "2025-11-03", "Wire");
    write_at_schema(&path, 1, &a);
    let store = Store::open(&path).unwrap();
    let v: i64 = store.conn().query_row("PRAGMA user_version", [], |r| r.get(0)).unwrap();
    assert_eq!(v, crate::SCHEMA_VERSION);
    let mut exported = Vec::new();
    store.for_each_analysis(&Filter::default(), |an| {
        exported.push(an);
        Ok(())
    }).unwrap();
    assert_eq!(exported, vec![a], "every fact survives the migration");
    let modality: String = store.conn().query_row("SELECT modality FROM events", [], |r| r.get(0)).unwrap();
    assert_eq!(modality, "occurred", "the views are back");
}

#[test]
fn fact_look_ups_use_the_primary_key() {
    let store = Store::open_in_memory().unwrap();
    let plan = |sql: &str| -> String {
        let mut stmt = store.conn().prepare(&format!("EXPLAIN QUERY PLAN {sql}")).unwrap();
        let rows = stmt.query_map([], |r| r.get::<_, String>(3)).unwrap();
        rows.map(|r| r.unwrap()).collect::<Vec<_>>().join("; ")
    };
    let by_article = plan("SELECT kind, json FROM facts WHERE kind IN ('claim', 'entity', 'event', 'place', 'quote', 'source', 'time') AND article_rowid = 1");
    assert!(by_article.contains("SEARCH") && by_article.contains("PRIMARY KEY") && by_article.contains("article_rowid=?"), "{by_article}");
    let by_kind = plan("SELECT json FROM facts WHERE kind = 'event'");
    assert!(by_kind.contains("SEARCH") && by_kind.contains("PRIMARY KEY"), "{by_kind}");
}

#[test]
fn many_facts_are_stored_across_multi_row_inserts() {
    // 75 entities + 3 other facts: INSERTs of 16, 16, 16, 16, 8, 4 and 2 rows.
    let mut a = analysis("a1", "2025-11-03", "Wire");
    for i in 12..=75 {
        a.facts.entities.push(Entity { id: format!("e{i}"), text: format!("Entity \"{i}\"\n\u{1}é"), entity_type: EntityType::Person, mentions: vec![Span::new(i, i + 2)], ..Default::default() });
    }
    let mut store = Store::open_in_memory().unwrap();
    let mut batch = store.batch().unwrap();
    batch.insert(&a, Some(&fp(1)), None).unwrap();
    batch.commit().unwrap();
    let mut exported = Vec::new();
    store.for_each_analysis(&Filter::default(), |an| {
        exported.push(an);
        Ok(())
    }).unwrap();
    assert_eq!(exported, vec![a]);
    let rows: i64 = store.conn().query_row("SELECT count(*) FROM facts", [], |r| r.get(0)).unwrap();
    assert_eq!(rows, 78);
}

/// The ids of the stored articles, sorted.
fn stored_ids(store: &Store) -> Vec<String> {
    let mut ids: Vec<String> = store.articles(&Filter::default()).unwrap().into_iter().map(|a| a.id).collect();
    ids.sort();
    ids
}

/// An analysis the store refuses: two facts with the same key, so the
/// primary key refuses the second.
fn refused_analysis(id: &str) -> Analysis {
    let mut bad = analysis(id, "2025-11-03", "Wire");
    let twin = bad.facts.entities[3].clone();
    bad.facts.entities.push(twin);
    bad
}

#[test]
fn a_failed_fact_insert_keeps_the_batch_out_and_earlier_batches_in() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("t.db");
    {
        let mut store = store_with_a1(&path);
        let bad = refused_analysis("a2");
        let mut batch = store.batch().unwrap();
        batch.insert(&analysis("a3", "2025-11-03", "Wire"), None, None).unwrap();
        let err = batch.insert(&bad, None, None).unwrap_err();
        assert!(err.to_string().contains("UNIQUE"), "{err}");
        // The whole batch is gone, a3 included: nothing more goes in, and
        // commit says so instead of storing part of it.
        let again = batch.insert(&analysis("a4", "2025-11-03", "Wire"), None, None).unwrap_err();
        assert!(matches!(again, StoreError::BatchRolledBack { .. }), "{again}");
        assert!(matches!(batch.commit(), Err(StoreError::BatchRolledBack { .. })));
        // The store takes new batches afterwards.
        let mut batch = store.batch().unwrap();
        batch.insert(&analysis("a5", "2025-11-03", "Wire"), None, None).unwrap();
        batch.commit().unwrap();
    }
    let store = Store::open(&path).unwrap();
    assert_eq!(stored_ids(&store), ["a1", "a5"]);
    assert_eq!(store.stats().unwrap().entities, 22);
}

#[test]
fn a_checkpoint_keeps_what_came_before_it_when_the_rest_fails() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("t.db");
    {
        let mut store = store_with_a1(&path);
        let bad = refused_analysis("a2");
        let mut batch = store.batch().unwrap();
        batch.insert(&analysis("a3", "2025-11-03", "Wire"), None, None).unwrap();
        batch.checkpoint().unwrap();
        batch.insert(&analysis("a4", "2025-11-03", "Wire"), None, None).unwrap();
        assert!(batch.insert(&bad, None, None).is_err());
        // After the failure the batch is rolled back to the checkpoint: no
        // further checkpoint or commit stores part of it.
        assert!(matches!(batch.checkpoint(), Err(StoreError::BatchRolledBack { .. })));
        assert!(matches!(batch.commit(), Err(StoreError::BatchRolledBack { .. })));
    }
    let store = Store::open(&path).unwrap();
    assert_eq!(stored_ids(&store), ["a1", "a3"]);
}

#[test]
fn foreign_keys_are_enforced_again_after_a_batch() {
    let mut store = Store::open_in_memory().unwrap();
    let fk = |s: &Store| -> i64 { s.conn().query_row("PRAGMA foreign_keys", [], |r| r.get(0)).unwrap() };
    assert_eq!(fk(&store), 1);
    let mut batch = store.batch().unwrap();
    batch.insert(&analysis("a1", "2025-11-03", "Wire"), Some(&fp(1)), None).unwrap();
    batch.commit().unwrap();
    assert_eq!(fk(&store), 1, "after commit");
    drop(store.batch().unwrap());
    assert_eq!(fk(&store), 1, "after rollback");
    // Enforced: a fact for a missing article is refused, and deleting an
    // article takes its facts, fingerprint and bands with it.
    let orphan = store.conn().execute("INSERT INTO facts (article_rowid, kind, local_id, json) VALUES (999, 'entity', 'e1', '{}')", []);
    assert!(orphan.is_err());
    store.conn().execute("DELETE FROM articles WHERE id = 'a1'", []).unwrap();
    for table in ["facts", "fingerprints", "lsh_bands"] {
        let n: i64 = store.conn().query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0)).unwrap();
        assert_eq!(n, 0, "{table}");
    }
}

#[test]
fn new_databases_use_8k_pages_and_old_ones_keep_theirs() {
    let dir = tempfile::tempdir().unwrap();
    let page_size = |s: &Store| -> i64 { s.conn().query_row("PRAGMA page_size", [], |r| r.get(0)).unwrap() };
    let store = Store::open(&dir.path().join("new.db")).unwrap();
    assert_eq!(page_size(&store), 8192);
    let old = dir.path().join("old.db");
    {
        let c = rusqlite::Connection::open(&old).unwrap();
        c.execute_batch("PRAGMA page_size = 4096").unwrap();
        c.execute_batch(crate::MIGRATIONS[0]).unwrap();
        c.pragma_update(None, "user_version", 1).unwrap();
    }
    let mut store = Store::open(&old).unwrap();
    assert_eq!(page_size(&store), 4096);
    let mut batch = store.batch().unwrap();
    batch.insert(&analysis("a1", "2025-11-03", "Wire"), Some(&fp(1)), None).unwrap();
    batch.commit().unwrap();
    assert_eq!(store.stats().unwrap().entities, 11);
}


#[test]
fn bands_are_stored_once_each_whatever_their_number() {
    let mut store = Store::open_in_memory().unwrap();
    // 0, 1, 16 (one statement), 17 and 40 bands (several), repeats included.
    let counts = [0usize, 1, 16, 17, 40];
    let mut batch = store.batch().unwrap();
    for (k, &n) in counts.iter().enumerate() {
        let bands: Vec<u64> = (0..n).map(|i| (i % 13) as u64 + 100 * k as u64).chain([7, 7]).collect();
        let fingerprint = Fingerprint { signature: vec![1, 2, 3], bands };
        batch.insert(&analysis(&format!("b{k}"), "2025-11-03", "Wire"), Some(&fingerprint), None).unwrap();
    }
    batch.commit().unwrap();
    for (k, &n) in counts.iter().enumerate() {
        let mut expected: Vec<i64> = (0..n).map(|i| (i % 13) as i64 + 100 * k as i64).chain([7]).collect();
        expected.sort_unstable();
        expected.dedup();
        let mut stmt = store.conn().prepare("SELECT band FROM lsh_bands b JOIN articles a ON a.rowid = b.article_rowid WHERE a.id = ?1 ORDER BY band").unwrap();
        let got: Vec<i64> = stmt.query_map([format!("b{k}")], |r| r.get(0)).unwrap().map(|r| r.unwrap()).collect();
        assert_eq!(got, expected, "{n} bands");
    }
    // Band 7 is shared by all five articles.
    assert_eq!(store.conn().query_row("SELECT count(*) FROM lsh_bands WHERE band = 7", [], |r| r.get::<_, i64>(0)).unwrap(), 5);
}
