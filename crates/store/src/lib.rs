//! Facts to disk: the embedded SQLite store.
//!
//! - Versioned migrations (`migrations/NNNN_*.sql`, tracked in
//!   `PRAGMA user_version`); a database from a newer newsledger is refused,
//!   never rewritten.
//! - One transaction per batch ([`Store::batch`]): a batch lands whole or not
//!   at all, so a crash or a bad input never leaves half an article behind.
//! - Articles are identified by a content hash: storing an identical article
//!   again is a no-op. Near-duplicates are stored, linked to their original
//!   (`duplicate_of`) and left out of fact listings unless asked for.
//!
//! Invariant: the store knows nothing of how facts are extracted; it takes
//! schema v1 values and gives them back.

mod query;

use std::path::{Path, PathBuf};

use newsledger_model::{Analysis, Fingerprint};
use rusqlite::{params, Connection, OptionalExtension};
use thiserror::Error;

pub use query::{ArticleRow, FactKind, FactRow, Filter, Stats};

/// Errors from the store. Each says which database and what to do.
#[derive(Debug, Error)]
pub enum StoreError {
    #[error("database {path}: {source}")]
    Sqlite { path: String, source: rusqlite::Error },
    #[error("database {path} has schema version {found}, newer than this newsledger understands ({supported}); upgrade newsledger")]
    TooNew { path: String, found: i64, supported: i64 },
    #[error("database {path} is not a newsledger database (or is corrupt): {reason}")]
    NotOurs { path: String, reason: String },
    #[error("cannot encode a fact as JSON: {0}")]
    Json(#[from] serde_json::Error),
    #[error("database {path}: this batch was rolled back after an earlier error; nothing of it was stored, start a new batch")]
    BatchRolledBack { path: String },
}

type Result<T> = std::result::Result<T, StoreError>;

/// Migrations in order; index + 1 is the schema version.
const MIGRATIONS: &[&str] = &[
    include_str!("../migrations/0001_init.sql"),
    include_str!("../migrations/0002_facts_by_kind.sql"),
    include_str!("../migrations/0003_events_place_basis.sql"),
    include_str!("../migrations/0004_events_groups.sql"),
];

/// The schema version this build writes.
pub const SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;

/// An open store.
pub struct Store {
    conn: Connection,
    path: String,
}

/// What happened to one article handed to [`Batch::insert`].
#[derive(Debug, Clone, PartialEq)]
pub enum Inserted {
    /// A new article, stored with its facts.
    New,
    /// A near-duplicate of an article already stored: stored and linked.
    NearDuplicate { of: String, similarity: f32 },
    /// The identical article was already stored: nothing changed.
    AlreadyStored,
}

impl Store {
    /// Opens (creating if needed) the database at `path` and brings its
    /// schema up to date.
    pub fn open(path: &Path) -> Result<Store> {
        let name = path.display().to_string();
        let conn = Connection::open(path).map_err(|source| StoreError::Sqlite { path: name.clone(), source })?;
        Store::setup(conn, name)
    }

    /// An in-memory store (tests, `analyze`).
    pub fn open_in_memory() -> Result<Store> {
        let conn = Connection::open_in_memory().map_err(|source| StoreError::Sqlite { path: ":memory:".into(), source })?;
        Store::setup(conn, ":memory:".into())
    }

    fn setup(conn: Connection, path: String) -> Result<Store> {
        let mut store = Store { conn, path };
        let wrap = |path: &str| {
            let path = path.to_string();
            move |source| StoreError::Sqlite { path: path.clone(), source }
        };
        // A file that is not SQLite fails here, on the first read.
        let version: i64 = match store.conn.query_row("PRAGMA user_version", [], |r| r.get(0)) {
            Ok(v) => v,
            Err(e) => return Err(StoreError::NotOurs { path: store.path.clone(), reason: e.to_string() }),
        };
        if version > SCHEMA_VERSION {
            return Err(StoreError::TooNew { path: store.path.clone(), found: version, supported: SCHEMA_VERSION });
        }
        if version == 0 {
            let tables: i64 = store.conn.query_row("SELECT count(*) FROM sqlite_master", [], |r| r.get(0)).map_err(wrap(&store.path))?;
            if tables > 0 {
                return Err(StoreError::NotOurs { path: store.path.clone(), reason: "it has tables but no newsledger schema version".into() });
            }
        }
        if version == 0 {
            // A new database: 8 KiB pages (SQLite's default is 4 KiB) split
            // less often while facts are appended, and hold a typical fact
            // row without overflow; about 4 % fewer instructions per stored
            // article. Only possible before the first table exists; older
            // databases keep their page size.
            store.conn.execute_batch("PRAGMA page_size = 8192").map_err(wrap(&store.path))?;
        }
        store
            .conn
            .execute_batch("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000; PRAGMA wal_autocheckpoint = 16384; PRAGMA cache_size = -32768;")
            .map_err(wrap(&store.path))?;
        let tx = store.conn.transaction().map_err(wrap(&store.path))?;
        for (i, sql) in MIGRATIONS.iter().enumerate().skip(version as usize) {
            tx.execute_batch(sql).map_err(wrap(&store.path))?;
            tx.pragma_update(None, "user_version", (i + 1) as i64).map_err(wrap(&store.path))?;
        }
        tx.commit().map_err(wrap(&store.path))?;
        Ok(store)
    }

    pub fn path(&self) -> &str {
        &self.path
    }

    fn err(&self) -> impl Fn(rusqlite::Error) -> StoreError + '_ {
        move |source| StoreError::Sqlite { path: self.path.clone(), source }
    }

    /// Starts a batch: everything inserted through it lands at
    /// [`Batch::commit`], or not at all.
    ///
    /// Foreign-key enforcement is off while a batch is open and back on when
    /// it ends: a batch writes only through [`Batch::insert`], which stores an
    /// article before the facts, fingerprint and bands that point to it (by
    /// the rowid it just got), so the per-row parent look-up could never fail
    /// and cost about 6 % of a store. SQLite ignores the pragma inside a
    /// transaction, hence before BEGIN.
    pub fn batch(&mut self) -> Result<Batch<'_>> {
        let path = self.path.clone();
        self.conn.execute_batch("PRAGMA foreign_keys = OFF; BEGIN DEFERRED").map_err(|source| {
            let _ = self.conn.execute_batch("PRAGMA foreign_keys = ON");
            StoreError::Sqlite { path: path.clone(), source }
        })?;
        Ok(Batch { tx: &mut self.conn, path, json: Vec::with_capacity(1 << 16), open: true })
    }

    /// Whether an article with this id is stored.
    pub fn contains(&self, article_id: &str) -> Result<bool> {
        contains(&self.conn, article_id).map_err(self.err())
    }

    pub(crate) fn conn(&self) -> &Connection {
        &self.conn
    }
}

fn contains(conn: &Connection, article_id: &str) -> rusqlite::Result<bool> {
    conn.prepare_cached("SELECT 1 FROM articles WHERE id = ?1")?.query_row([article_id], |_| Ok(())).optional().map(|o| o.is_some())
}

/// A write transaction: committed by [`Batch::commit`], rolled back when
/// dropped uncommitted (an error, a panic).
pub struct Batch<'s> {
    /// The store's connection, inside BEGIN … COMMIT.
    tx: &'s mut Connection,
    path: String,
    /// Every fact's JSON for the article being inserted, reused across articles.
    json: Vec<u8>,
    /// Whether the transaction is still to be committed or rolled back.
    open: bool,
}

impl Batch<'_> {
    fn err(&self) -> impl Fn(rusqlite::Error) -> StoreError + '_ {
        move |source| StoreError::Sqlite { path: self.path.clone(), source }
    }

    pub fn contains(&self, article_id: &str) -> Result<bool> {
        contains(self.tx, article_id).map_err(self.err())
    }

    /// Stored articles sharing at least one LSH band with `bands`, with
    /// their MinHash signatures (originals only: a duplicate links to the
    /// original, never to another duplicate).
    pub fn near_duplicate_candidates(&self, bands: &[u64]) -> Result<Vec<(String, Vec<u32>)>> {
        let mut rowids: Vec<i64> = Vec::new();
        {
            // One statement for all bands: a single VDBE run, one seek per band.
            let placeholders = vec!["?"; bands.len()].join(",");
            let sql = format!("SELECT article_rowid FROM lsh_bands WHERE band IN ({placeholders})");
            let mut stmt = self.tx.prepare_cached(&sql).map_err(self.err())?;
            let rows = stmt.query_map(rusqlite::params_from_iter(bands.iter().map(|b| *b as i64)), |r| r.get::<_, i64>(0)).map_err(self.err())?;
            for r in rows {
                rowids.push(r.map_err(self.err())?);
            }
        }
        rowids.sort_unstable();
        rowids.dedup();
        let mut out = Vec::with_capacity(rowids.len());
        let mut stmt = self
            .tx
            .prepare_cached("SELECT a.id, f.signature FROM articles a JOIN fingerprints f ON f.article_rowid = a.rowid WHERE a.rowid = ?1 AND a.duplicate_of IS NULL")
            .map_err(self.err())?;
        for rowid in rowids {
            let row = stmt
                .query_row([rowid], |r| Ok((r.get::<_, String>(0)?, r.get::<_, Vec<u8>>(1)?)))
                .optional()
                .map_err(self.err())?;
            if let Some((id, blob)) = row {
                let sig = blob.chunks_exact(4).map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]])).collect();
                out.push((id, sig));
            }
        }
        Ok(out)
    }

    /// Stores one analysed article with its facts. `duplicate_of` links a
    /// near-duplicate to its original (id, similarity).
    ///
    /// An error rolls the whole batch back (an article is never stored in
    /// part, and neither is a batch); later calls on this batch, `commit`
    /// included, return [`StoreError::BatchRolledBack`].
    pub fn insert(&mut self, analysis: &Analysis, fingerprint: Option<&Fingerprint>, duplicate_of: Option<(&str, f32)>) -> Result<Inserted> {
        if !self.open {
            return Err(StoreError::BatchRolledBack { path: self.path.clone() });
        }
        let inserted = self.insert_article(analysis, fingerprint, duplicate_of);
        if inserted.is_err() {
            // A failed fact INSERT has already rolled the transaction back
            // (OR ROLLBACK); any other failure is rolled back here.
            if !self.tx.is_autocommit() {
                let _ = self.tx.execute_batch("ROLLBACK");
            }
            self.open = false;
        }
        inserted
    }

    fn insert_article(&mut self, analysis: &Analysis, fingerprint: Option<&Fingerprint>, duplicate_of: Option<(&str, f32)>) -> Result<Inserted> {
        let a = &analysis.article;
        if self.contains(&a.id)? {
            return Ok(Inserted::AlreadyStored);
        }
        let now = jiff::Timestamp::now().to_string();
        let article_json = serde_json::to_string(a)?;
        self.tx
            .prepare_cached(
                "INSERT INTO articles (id, url, outlet, title, published, published_precision, language, duplicate_of, similarity, origin, ingested_at, article_json)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
            )
            .map_err(self.err())?
            .execute(params![
                a.id,
                a.url,
                a.outlet,
                a.title,
                a.published,
                a.published_precision.as_str(),
                a.language,
                duplicate_of.map(|d| d.0),
                duplicate_of.map(|d| d.1 as f64),
                a.origin,
                now,
                article_json
            ])
            .map_err(self.err())?;
        let rowid = self.tx.last_insert_rowid();
        self.insert_facts(rowid, analysis)?;
        if let Some(fp) = fingerprint {
            let blob: Vec<u8> = fp.signature.iter().flat_map(|v| v.to_le_bytes()).collect();
            self.tx
                .prepare_cached("INSERT INTO fingerprints (article_rowid, signature) VALUES (?1, ?2)")
                .map_err(self.err())?
                .execute(params![rowid, blob])
                .map_err(self.err())?;
            // Duplicates are not indexed: later copies link to the original.
            if duplicate_of.is_none() {
                self.insert_bands(rowid, &fp.bands)?;
            }
        }
        Ok(match duplicate_of {
            Some((of, similarity)) => Inserted::NearDuplicate { of: of.to_string(), similarity },
            None => Inserted::New,
        })
    }

    fn insert_facts(&mut self, rowid: i64, analysis: &Analysis) -> Result<()> {
        let f = &analysis.facts;
        // Every fact's JSON goes into one buffer kept by the batch; rows
        // point into it by range.
        let mut json = std::mem::take(&mut self.json);
        json.clear();
        let count = f.entities.len() + f.sources.len() + f.quotes.len() + f.claims.len() + f.events.len() + f.times.len() + f.places.len();
        let mut rows: Vec<PendingFact<'_>> = Vec::with_capacity(count);
        // Writes the fact's JSON into the shared buffer and queues its row.
        fn push<'a>(json: &mut Vec<u8>, rows: &mut Vec<PendingFact<'a>>, columns: FactColumns<'a>, fact: &dyn erased::Fact) -> Result<()> {
            let start = json.len();
            fact.write_json(json)?;
            rows.push(PendingFact { columns, json: start..json.len() });
            Ok(())
        }
        let (j, r) = (&mut json, &mut rows);
        let evidence = |e: &newsledger_model::Span| Some((e.start, e.end));
        for x in &f.entities {
            let span = x.mentions.first().map(|m| (m.start, m.end));
            let c = FactColumns { kind: FactKind::Entity, local_id: &x.id, ty: x.entity_type.as_str(), label: x.canonical.as_deref(), text: &x.text, span };
            push(j, r, c, x)?;
        }
        for x in &f.sources {
            let c = FactColumns { kind: FactKind::Source, local_id: &x.id, ty: x.kind.as_str(), label: None, text: &x.name, span: evidence(&x.evidence) };
            push(j, r, c, x)?;
        }
        for x in &f.quotes {
            let c = FactColumns { kind: FactKind::Quote, local_id: &x.id, ty: x.kind.as_str(), label: x.source.as_deref(), text: &x.text, span: evidence(&x.evidence) };
            push(j, r, c, x)?;
        }
        for x in &f.claims {
            let c = FactColumns { kind: FactKind::Claim, local_id: &x.id, ty: x.status.as_str(), label: x.source.as_deref(), text: &x.text, span: evidence(&x.evidence) };
            push(j, r, c, x)?;
        }
        for x in &f.events {
            let c = FactColumns { kind: FactKind::Event, local_id: &x.id, ty: x.event_type.as_str(), label: Some(x.modality.as_str()), text: &x.trigger, span: evidence(&x.evidence) };
            push(j, r, c, x)?;
        }
        for x in &f.times {
            let c = FactColumns { kind: FactKind::Time, local_id: &x.id, ty: x.time_type.as_str(), label: x.value.as_deref(), text: &x.text, span: evidence(&x.evidence) };
            push(j, r, c, x)?;
        }
        for x in &f.places {
            let c = FactColumns { kind: FactKind::Place, local_id: &x.id, ty: x.place.precision.as_str(), label: x.place.country.as_deref(), text: &x.text, span: evidence(&x.evidence) };
            push(j, r, c, x)?;
        }
        // serde_json writes UTF-8; one check for all facts costs less than a copy.
        let result = match std::str::from_utf8(&json) {
            Ok(text) => self.insert_rows(rowid, &rows, text),
            Err(e) => Err(StoreError::Json(serde::ser::Error::custom(e))),
        };
        drop(rows);
        self.json = json;
        result
    }

    /// Inserts fact rows several to a statement: a statement's fixed cost
    /// (cursor set-up, halt and reset) is paid once per chunk instead of once
    /// per fact. OR ROLLBACK: a row that fails rolls back the whole batch at
    /// once, so SQLite needs no statement journal to undo the statement's
    /// earlier rows (it kept one, in a temporary file past 64 KiB, which
    /// nearly doubled the system time of a store); [`Batch::insert`] turns
    /// any error into a rolled-back batch anyway.
    fn insert_rows(&self, rowid: i64, rows: &[PendingFact<'_>], json: &str) -> Result<()> {
        let err = |source| StoreError::Sqlite { path: self.path.clone(), source };
        let mut rest = rows;
        while !rest.is_empty() {
            let (sql, n) = insert_facts_sql(rest.len());
            let (chunk, tail) = rest.split_at(n);
            let mut stmt = self.tx.prepare_cached(sql).map_err(err)?;
            // ?1 is the article, shared by every row; each row binds the rest.
            stmt.raw_bind_parameter(1, rowid).map_err(err)?;
            for (i, pending) in chunk.iter().enumerate() {
                let p = 1 + i * PER_ROW;
                let r = &pending.columns;
                stmt.raw_bind_parameter(p + 1, r.kind.as_str()).map_err(err)?;
                stmt.raw_bind_parameter(p + 2, r.local_id).map_err(err)?;
                stmt.raw_bind_parameter(p + 3, r.ty).map_err(err)?;
                stmt.raw_bind_parameter(p + 4, r.label).map_err(err)?;
                stmt.raw_bind_parameter(p + 5, r.text).map_err(err)?;
                stmt.raw_bind_parameter(p + 6, r.span.map(|s| s.0 as i64)).map_err(err)?;
                stmt.raw_bind_parameter(p + 7, r.span.map(|s| s.1 as i64)).map_err(err)?;
                stmt.raw_bind_parameter(p + 8, &json[pending.json.clone()]).map_err(err)?;
            }
            stmt.raw_execute().map_err(err)?;
            rest = tail;
        }
        Ok(())
    }

    /// Inserts an article's LSH bands, all of them in one statement when
    /// there are at most [`BANDS_PER_INSERT`] (a fingerprint has 16): one
    /// statement run instead of one per band. OR IGNORE per row, as before.
    fn insert_bands(&self, rowid: i64, bands: &[u64]) -> Result<()> {
        let err = |source| StoreError::Sqlite { path: self.path.clone(), source };
        for chunk in bands.chunks(BANDS_PER_INSERT) {
            let mut stmt = self.tx.prepare_cached(insert_bands_sql(chunk.len())).map_err(err)?;
            // ?1 is the article, shared by every row.
            stmt.raw_bind_parameter(1, rowid).map_err(err)?;
            for (i, band) in chunk.iter().enumerate() {
                stmt.raw_bind_parameter(i + 2, *band as i64).map_err(err)?;
            }
            stmt.raw_execute().map_err(err)?;
        }
        Ok(())
    }

    /// Makes what the batch wrote so far durable and goes on in a new
    /// transaction: a long run commits every few thousand articles without
    /// giving up its batch (and the borrow of the store it holds).
    pub fn checkpoint(&mut self) -> Result<()> {
        if !self.open {
            return Err(StoreError::BatchRolledBack { path: self.path.clone() });
        }
        // On failure of COMMIT the transaction stays open and `drop` rolls it
        // back; foreign-key enforcement stays off across the two.
        self.tx.execute_batch("COMMIT").map_err(|source| StoreError::Sqlite { path: self.path.clone(), source })?;
        if let Err(source) = self.tx.execute_batch("BEGIN DEFERRED") {
            self.open = false;
            return Err(StoreError::Sqlite { path: self.path.clone(), source });
        }
        Ok(())
    }

    /// Makes the batch durable.
    pub fn commit(mut self) -> Result<()> {
        if !self.open {
            return Err(StoreError::BatchRolledBack { path: self.path.clone() });
        }
        // On failure the transaction stays open and `drop` rolls it back.
        self.tx.execute_batch("COMMIT").map_err(|source| StoreError::Sqlite { path: self.path.clone(), source })?;
        self.open = false;
        Ok(())
    }
}

impl Drop for Batch<'_> {
    fn drop(&mut self) {
        if self.open {
            // Errors cannot be returned from drop; a failed ROLLBACK leaves
            // SQLite to roll back when the connection closes.
            let _ = self.tx.execute_batch("ROLLBACK");
        }
        let _ = self.tx.execute_batch("PRAGMA foreign_keys = ON");
    }
}

/// The columns of one fact row, besides its article and its JSON.
struct FactColumns<'a> {
    kind: FactKind,
    local_id: &'a str,
    ty: &'a str,
    label: Option<&'a str>,
    text: &'a str,
    span: Option<(usize, usize)>,
}

/// One fact row waiting for its INSERT; `json` is a range of the batch's
/// JSON buffer.
struct PendingFact<'a> {
    columns: FactColumns<'a>,
    json: std::ops::Range<usize>,
}

/// Parameters bound per fact row (all columns but the article's rowid).
const PER_ROW: usize = 8;

/// Rows per multi-row INSERT, largest first. Powers of two keep the number
/// of distinct statements (and so of cached prepared statements) at five.
/// At most 16 rows: measured fewer instructions per article than 32 or 8
/// (store_bench on the 181 pages: 201 M with 16, 210 M with 32, 205 M with 8).
const ROWS_PER_INSERT: [usize; 5] = [16, 8, 4, 2, 1];

/// The INSERT for the largest chunk that fits `remaining` rows, and its size.
fn insert_facts_sql(remaining: usize) -> (&'static str, usize) {
    static SQL: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    let sql = SQL.get_or_init(|| {
        ROWS_PER_INSERT
            .iter()
            .map(|&n| {
                let rows: Vec<String> = (0..n)
                    .map(|i| {
                        let params: Vec<String> = (0..PER_ROW).map(|k| format!("?{}", 2 + i * PER_ROW + k)).collect();
                        format!("(?1, {})", params.join(", "))
                    })
                    .collect();
                format!("INSERT OR ROLLBACK INTO facts (article_rowid, kind, local_id, type, label, text, start, end, json) VALUES {}", rows.join(", "))
            })
            .collect()
    });
    let i = ROWS_PER_INSERT.iter().position(|&n| n <= remaining).unwrap_or(ROWS_PER_INSERT.len() - 1);
    (&sql[i], ROWS_PER_INSERT[i])
}

/// Most LSH bands inserted by one statement (a fingerprint has 16).
const BANDS_PER_INSERT: usize = 16;

/// The INSERT of `n` bands (1 ≤ n ≤ [`BANDS_PER_INSERT`]) of one article.
fn insert_bands_sql(n: usize) -> &'static str {
    static SQL: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    let sql = SQL.get_or_init(|| {
        (1..=BANDS_PER_INSERT)
            .map(|n| {
                let rows: Vec<String> = (0..n).map(|i| format!("(?{}, ?1)", i + 2)).collect();
                format!("INSERT OR IGNORE INTO lsh_bands (band, article_rowid) VALUES {}", rows.join(", "))
            })
            .collect()
    });
    &sql[n.clamp(1, BANDS_PER_INSERT) - 1]
}

/// A fact of any kind, serialisable into a reused buffer.
mod erased {
    pub trait Fact {
        fn write_json(&self, out: &mut Vec<u8>) -> serde_json::Result<()>;
    }
    impl<T: serde::Serialize> Fact for T {
        fn write_json(&self, out: &mut Vec<u8>) -> serde_json::Result<()> {
            serde_json::to_writer(out, self)
        }
    }
}

/// Where the database lives when nothing says otherwise: `./newsledger.db`.
pub fn default_path() -> PathBuf {
    PathBuf::from("newsledger.db")
}

#[cfg(test)]
mod tests;
