//! Reading back: listings with filters, statistics, export.

use newsledger_model::{Analysis, Article, Claim, Entity, Event, Facts, PlaceMention, Quote, Source, TimeExpr};
use rusqlite::types::Value;

use crate::{Result, Store, StoreError};

/// The kinds of fact the store keeps.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FactKind {
    Entity,
    Source,
    Quote,
    Claim,
    Event,
    Time,
    Place,
}

impl FactKind {
    pub const ALL: [FactKind; 7] = [FactKind::Entity, FactKind::Source, FactKind::Quote, FactKind::Claim, FactKind::Event, FactKind::Time, FactKind::Place];

    pub fn as_str(&self) -> &'static str {
        match self {
            FactKind::Entity => "entity",
            FactKind::Source => "source",
            FactKind::Quote => "quote",
            FactKind::Claim => "claim",
            FactKind::Event => "event",
            FactKind::Time => "time",
            FactKind::Place => "place",
        }
    }
}

/// What to list. Every field narrows the result; `None` means no filter.
#[derive(Debug, Clone, Default)]
pub struct Filter {
    /// Articles published on or after this date (`YYYY[-MM[-DD]]`).
    pub since: Option<String>,
    /// Articles published on or before this date (inclusive, at the given precision).
    pub until: Option<String>,
    /// Fact type: entity type, source kind, quote kind, claim status, event type.
    pub fact_type: Option<String>,
    /// Outlet name (case-insensitive, exact).
    pub outlet: Option<String>,
    /// Substring of the fact's text (articles: title or body), case-insensitive.
    pub contains: Option<String>,
    /// Events only: keep those with one of these modalities ("occurred",
    /// "planned"…); empty means no filter.
    pub modalities: Vec<String>,
    /// Events: the country of the event's place; places: the place's
    /// country (ISO 3166-1 alpha-2, case-insensitive).
    pub country: Option<String>,
    pub limit: Option<usize>,
    /// Include facts of near-duplicate articles (left out by default: they
    /// are not new reporting).
    pub include_duplicates: bool,
}

/// One stored article, for listings.
#[derive(Debug, Clone, serde::Serialize)]
pub struct ArticleRow {
    pub id: String,
    pub url: Option<String>,
    pub outlet: Option<String>,
    pub title: Option<String>,
    pub published: Option<String>,
    pub published_precision: String,
    pub language: String,
    pub duplicate_of: Option<String>,
    pub similarity: Option<f64>,
    pub origin: Option<String>,
    pub ingested_at: String,
}

/// One stored fact with the article it came from.
#[derive(Debug, Clone, serde::Serialize)]
pub struct FactRow {
    pub article_id: String,
    pub published: Option<String>,
    pub outlet: Option<String>,
    pub url: Option<String>,
    /// The fact as schema v1 prints it.
    pub fact: serde_json::Value,
}

/// Counts for a summary.
#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct Stats {
    pub articles: u64,
    pub near_duplicates: u64,
    pub entities: u64,
    pub sources: u64,
    pub quotes: u64,
    pub claims: u64,
    pub events: u64,
}

/// Builds the shared WHERE clause over `articles a` (and `facts f`).
fn where_clause(filter: &Filter, fact: bool, sql: &mut String, args: &mut Vec<Value>) {
    sql.push_str(" WHERE 1 = 1");
    if let Some(since) = &filter.since {
        sql.push_str(" AND a.published >= ?");
        args.push(Value::Text(since.clone()));
    }
    if let Some(until) = &filter.until {
        // Inclusive at the precision given: "2025-11" keeps all of November.
        sql.push_str(" AND substr(a.published, 1, ?) <= ?");
        args.push(Value::Integer(until.len() as i64));
        args.push(Value::Text(until.clone()));
    }
    if let Some(outlet) = &filter.outlet {
        sql.push_str(" AND a.outlet = ? COLLATE NOCASE");
        args.push(Value::Text(outlet.clone()));
    }
    if !filter.include_duplicates && fact {
        sql.push_str(" AND a.duplicate_of IS NULL");
    }
    if fact {
        if let Some(t) = &filter.fact_type {
            sql.push_str(" AND f.type = ? COLLATE NOCASE");
            args.push(Value::Text(t.clone()));
        }
        if let Some(c) = &filter.contains {
            sql.push_str(" AND instr(lower(f.text), lower(?)) > 0");
            args.push(Value::Text(c.clone()));
        }
        if !filter.modalities.is_empty() {
            // An event's modality is its stored label.
            sql.push_str(" AND f.kind = 'event' AND lower(f.label) IN (");
            for (i, m) in filter.modalities.iter().enumerate() {
                sql.push_str(if i == 0 { "lower(?)" } else { ", lower(?)" });
                args.push(Value::Text(m.clone()));
            }
            sql.push(')');
        }
        if let Some(cc) = &filter.country {
            // A place's label is its country; an event carries its place.
            sql.push_str(
                " AND ((f.kind = 'place' AND f.label = ? COLLATE NOCASE) OR (f.kind = 'event' AND json_extract(f.json, '$.place.country') = ? COLLATE NOCASE))",
            );
            args.push(Value::Text(cc.clone()));
            args.push(Value::Text(cc.clone()));
        }
    } else if let Some(c) = &filter.contains {
        sql.push_str(" AND (instr(lower(coalesce(a.title, '')), lower(?)) > 0 OR instr(lower(a.article_json), lower(?)) > 0)");
        args.push(Value::Text(c.clone()));
        args.push(Value::Text(c.clone()));
    }
}

fn limit_clause(filter: &Filter, sql: &mut String) {
    if let Some(n) = filter.limit {
        sql.push_str(&format!(" LIMIT {n}"));
    }
}

impl Store {
    /// Stored articles, newest first.
    pub fn articles(&self, filter: &Filter) -> Result<Vec<ArticleRow>> {
        let mut sql = String::from(
            "SELECT a.id, a.url, a.outlet, a.title, a.published, a.published_precision, a.language, a.duplicate_of, a.similarity, a.origin, a.ingested_at FROM articles a",
        );
        let mut args = Vec::new();
        where_clause(filter, false, &mut sql, &mut args);
        if let Some(t) = &filter.fact_type {
            // For articles, --type filters on the language.
            sql.push_str(" AND a.language = ? COLLATE NOCASE");
            args.push(Value::Text(t.clone()));
        }
        sql.push_str(" ORDER BY a.published IS NULL, a.published DESC, a.rowid DESC");
        limit_clause(filter, &mut sql);
        let mut stmt = self.conn().prepare(&sql).map_err(self.err())?;
        let rows = stmt
            .query_map(rusqlite::params_from_iter(args), |r| {
                Ok(ArticleRow {
                    id: r.get(0)?,
                    url: r.get(1)?,
                    outlet: r.get(2)?,
                    title: r.get(3)?,
                    published: r.get(4)?,
                    published_precision: r.get(5)?,
                    language: r.get(6)?,
                    duplicate_of: r.get(7)?,
                    similarity: r.get(8)?,
                    origin: r.get(9)?,
                    ingested_at: r.get(10)?,
                })
            })
            .map_err(self.err())?;
        rows.collect::<rusqlite::Result<Vec<_>>>().map_err(self.err())
    }

    /// Stored facts of one kind, newest article first, in document order.
    pub fn facts(&self, kind: FactKind, filter: &Filter) -> Result<Vec<FactRow>> {
        let mut sql = String::from("SELECT a.id, a.published, a.outlet, a.url, f.json FROM facts f JOIN articles a ON a.rowid = f.article_rowid");
        let mut args = Vec::new();
        where_clause(filter, true, &mut sql, &mut args);
        sql.push_str(" AND f.kind = ?");
        args.push(Value::Text(kind.as_str().to_string()));
        sql.push_str(" ORDER BY a.published IS NULL, a.published DESC, a.rowid DESC, f.start");
        limit_clause(filter, &mut sql);
        let mut stmt = self.conn().prepare(&sql).map_err(self.err())?;
        let rows = stmt
            .query_map(rusqlite::params_from_iter(args), |r| Ok((r.get::<_, String>(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get::<_, String>(4)?)))
            .map_err(self.err())?;
        let mut out = Vec::new();
        for row in rows {
            let (article_id, published, outlet, url, json) = row.map_err(self.err())?;
            out.push(FactRow { article_id, published, outlet, url, fact: serde_json::from_str(&json)? });
        }
        Ok(out)
    }

    /// Calls `each` with every stored article as a full schema v1 document,
    /// in ingest order, reading one article at a time (memory stays flat).
    pub fn for_each_analysis(&self, filter: &Filter, mut each: impl FnMut(Analysis) -> Result<()>) -> Result<()> {
        let mut sql = String::from("SELECT a.rowid, a.article_json FROM articles a");
        let mut args = Vec::new();
        where_clause(filter, false, &mut sql, &mut args);
        if !filter.include_duplicates {
            sql.push_str(" AND a.duplicate_of IS NULL");
        }
        sql.push_str(" ORDER BY a.rowid");
        limit_clause(filter, &mut sql);
        let mut stmt = self.conn().prepare(&sql).map_err(self.err())?;
        let mut facts_stmt = self.conn().prepare(
            // Facts are keyed by (kind, article): naming every kind makes this
            // one seek per kind instead of a scan.
            "SELECT kind, json FROM facts WHERE kind IN ('claim', 'entity', 'event', 'place', 'quote', 'source', 'time') AND article_rowid = ?1 ORDER BY kind, start, local_id",
        ).map_err(self.err())?;
        let mut rows = stmt.query(rusqlite::params_from_iter(args)).map_err(self.err())?;
        while let Some(row) = rows.next().map_err(self.err())? {
            let rowid: i64 = row.get(0).map_err(self.err())?;
            let json: String = row.get(1).map_err(self.err())?;
            let article: Article = serde_json::from_str(&json)?;
            let mut facts = Facts::default();
            let mut frows = facts_stmt.query([rowid]).map_err(self.err())?;
            while let Some(fr) = frows.next().map_err(self.err())? {
                let kind: String = fr.get(0).map_err(self.err())?;
                let json: String = fr.get(1).map_err(self.err())?;
                match kind.as_str() {
                    "entity" => facts.entities.push(serde_json::from_str::<Entity>(&json)?),
                    "source" => facts.sources.push(serde_json::from_str::<Source>(&json)?),
                    "quote" => facts.quotes.push(serde_json::from_str::<Quote>(&json)?),
                    "claim" => facts.claims.push(serde_json::from_str::<Claim>(&json)?),
                    "event" => facts.events.push(serde_json::from_str::<Event>(&json)?),
                    "time" => facts.times.push(serde_json::from_str::<TimeExpr>(&json)?),
                    "place" => facts.places.push(serde_json::from_str::<PlaceMention>(&json)?),
                    other => return Err(StoreError::NotOurs { path: self.path.clone(), reason: format!("unknown fact kind {other:?}") }),
                }
            }
            // Ids sort as text ("e10" < "e2"); restore numeric order.
            sort_by_id(&mut facts);
            each(Analysis::new(article, facts))?;
        }
        Ok(())
    }

    /// Counts of what is stored.
    pub fn stats(&self) -> Result<Stats> {
        let count = |sql: &str| -> Result<u64> { self.conn().query_row(sql, [], |r| r.get::<_, i64>(0)).map(|n| n as u64).map_err(self.err()) };
        let fact = |kind: &str| count(&format!("SELECT count(*) FROM facts f JOIN articles a ON a.rowid = f.article_rowid WHERE f.kind = '{kind}' AND a.duplicate_of IS NULL"));
        Ok(Stats {
            articles: count("SELECT count(*) FROM articles")?,
            near_duplicates: count("SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL")?,
            entities: fact("entity")?,
            sources: fact("source")?,
            quotes: fact("quote")?,
            claims: fact("claim")?,
            events: fact("event")?,
        })
    }
}

fn id_number(id: &str) -> u64 {
    id.trim_start_matches(|c: char| c.is_ascii_alphabetic()).parse().unwrap_or(u64::MAX)
}

fn sort_by_id(f: &mut Facts) {
    f.entities.sort_by_key(|x| id_number(&x.id));
    f.sources.sort_by_key(|x| id_number(&x.id));
    f.quotes.sort_by_key(|x| id_number(&x.id));
    f.claims.sort_by_key(|x| id_number(&x.id));
    f.events.sort_by_key(|x| id_number(&x.id));
    f.times.sort_by_key(|x| id_number(&x.id));
    f.places.sort_by_key(|x| id_number(&x.id));
}

impl Store {
    /// One stored article, in full.
    pub fn article(&self, id: &str) -> Result<Option<Article>> {
        use rusqlite::OptionalExtension;
        let json: Option<String> = self
            .conn()
            .prepare_cached("SELECT article_json FROM articles WHERE id = ?1")
            .and_then(|mut s| s.query_row([id], |r| r.get(0)).optional())
            .map_err(self.err())?;
        Ok(match json {
            Some(j) => Some(serde_json::from_str(&j)?),
            None => None,
        })
    }

    /// An article's claims that are about one of its events, by the event's
    /// local id (`v1` → its claims, in claim order): what `events` listings
    /// show beside each event, so a reader sees who claims it and how sure
    /// the text is.
    pub fn claims_by_event(&self, article_id: &str) -> Result<std::collections::HashMap<String, Vec<Claim>>> {
        let mut stmt = self
            .conn()
            .prepare_cached(
                "SELECT f.json FROM facts f JOIN articles a ON a.rowid = f.article_rowid
                 WHERE a.id = ?1 AND f.kind = 'claim' AND json_extract(f.json, '$.event') IS NOT NULL",
            )
            .map_err(self.err())?;
        let rows = stmt.query_map([article_id], |r| r.get::<_, String>(0)).map_err(self.err())?;
        let mut out: std::collections::HashMap<String, Vec<Claim>> = std::collections::HashMap::new();
        for row in rows {
            let claim: Claim = serde_json::from_str(&row.map_err(self.err())?)?;
            if let Some(event) = claim.event.clone() {
                out.entry(event).or_default().push(claim);
            }
        }
        for claims in out.values_mut() {
            claims.sort_by_key(|c| id_number(&c.id));
        }
        Ok(out)
    }

    /// Display names of an article's entities and sources by local id
    /// (`e1` → "Claudia Sheinbaum"), for listings that show ids as names:
    /// an entity's canonical name when it has one, a source's name as printed.
    pub fn names(&self, article_id: &str) -> Result<std::collections::HashMap<String, String>> {
        let mut stmt = self
            .conn()
            .prepare_cached(
                "SELECT f.local_id, CASE f.kind WHEN 'entity' THEN coalesce(f.label, f.text) ELSE f.text END
                 FROM facts f JOIN articles a ON a.rowid = f.article_rowid WHERE a.id = ?1 AND f.kind IN ('entity', 'source')",
            )
            .map_err(self.err())?;
        let rows = stmt.query_map([article_id], |r| Ok((r.get::<_, String>(0)?, r.get::<_, Option<String>>(1)?))).map_err(self.err())?;
        let mut out = std::collections::HashMap::new();
        for row in rows {
            let (id, name) = row.map_err(self.err())?;
            out.insert(id, name.unwrap_or_default());
        }
        Ok(out)
    }
}
