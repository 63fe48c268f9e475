//! The ingest job: read many inputs, analyse in parallel, store in batches.

use std::io::Read;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use newsledger_aggregate::dedup;
use newsledger_extract::{Pipeline, Pipelines};
use newsledger_ingest::{expand_inputs, read_input, IngestError, IngestOptions, InputRef};
use newsledger_model::{Analysis, Article, Fingerprint};
use newsledger_store::{Batch, Inserted, Store, StoreError};
use rayon::prelude::*;

/// Where an ingest job reports progress (a terminal bar, or nothing).
pub trait Progress: Sync {
    /// Total bytes of the inputs, when known.
    fn start(&self, total_bytes: Option<u64>);
    /// `bytes` more input consumed; `articles` stored so far.
    fn advance(&self, bytes: u64, articles: u64);
    fn finish(&self);
}

/// Progress that shows nothing (stdout is not a terminal, or `--quiet`).
pub struct NoProgress;

impl Progress for NoProgress {
    fn start(&self, _: Option<u64>) {}
    fn advance(&self, _: u64, _: u64) {}
    fn finish(&self) {}
}

/// What an ingest run did.
#[derive(Debug, Default, serde::Serialize)]
pub struct IngestSummary {
    /// Inputs (files, stdin) read.
    pub inputs: u64,
    /// Articles read from them.
    pub read: u64,
    /// New articles stored.
    pub new: u64,
    /// Articles identical to one already stored (nothing changed).
    pub duplicates: u64,
    /// Near-duplicates (syndicated copies) stored and linked to their original.
    pub near_duplicates: u64,
    /// Articles newly stored without facts because the extract stage has
    /// no resources for their language, counted by language.
    pub without_extractors: std::collections::BTreeMap<String, u64>,
    /// Inputs or records that failed, each with its reason.
    pub failed: Vec<String>,
    pub seconds: f64,
}

impl IngestSummary {
    pub fn articles_per_second(&self) -> f64 {
        if self.seconds > 0.0 {
            self.read as f64 / self.seconds
        } else {
            0.0
        }
    }
}

/// Configuration of one ingest run.
pub struct IngestJob {
    pub options: IngestOptions,
    /// Worker threads for reading and extraction (the store writes on the
    /// calling thread). With one, the calling thread does all three, one
    /// article after another.
    pub threads: usize,
    /// Articles per transaction.
    pub batch_size: usize,
    /// Skip fact extraction (store articles only).
    pub extract: bool,
}

impl Default for IngestJob {
    fn default() -> Self {
        IngestJob { options: IngestOptions::default(), threads: 1, batch_size: 2000, extract: true }
    }
}

/// An analysed article on its way to the store.
struct Analysed {
    analysis: Analysis,
    fingerprint: Option<Fingerprint>,
    /// Set when extraction was asked for but the article's language has no
    /// extractors: the language.
    unextracted_language: Option<String>,
}

enum Message {
    Article(Box<Analysed>),
    Failed(String),
    InputDone,
}

/// Counts bytes as they are read, for the progress bar.
struct Counting<'a, R> {
    inner: R,
    counter: &'a AtomicU64,
}

impl<R: Read> Read for Counting<'_, R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.counter.fetch_add(n as u64, Ordering::Relaxed);
        Ok(n)
    }
}

fn analyse(pipelines: &Pipelines, article: Article, extract: bool) -> Analysed {
    let facts = if extract { pipelines.for_language(&article.language).analyze(&article) } else { Default::default() };
    let unextracted_language = (extract && !Pipeline::has_resources(&article.language)).then(|| article.language.clone());
    let fingerprint = dedup::fingerprint(&article.text);
    Analysed { analysis: Analysis::new(article, facts), fingerprint, unextracted_language }
}

/// Runs the whole pipeline on one article (no store): `newsledger analyze`.
pub fn analyze_one(article: Article) -> Analysis {
    let pipeline = Pipeline::for_language(&article.language);
    let facts = pipeline.analyze(&article);
    Analysis::new(article, facts)
}

impl IngestJob {
    /// Reads `paths`, analyses every article, and stores the results in
    /// `store`. Bad inputs are reported in the summary and do not stop the
    /// run; a store failure does (the current batch is rolled back, earlier
    /// batches stay).
    pub fn run(&self, paths: &[std::path::PathBuf], store: &mut Store, progress: &dyn Progress) -> Result<IngestSummary, StoreError> {
        let started = Instant::now();
        let mut summary = IngestSummary::default();
        let mut inputs = Vec::new();
        for r in expand_inputs(paths) {
            match r {
                Ok(i) => inputs.push(i),
                Err(e) => summary.failed.push(e.to_string()),
            }
        }
        summary.inputs = inputs.len() as u64 + summary.failed.len() as u64;
        let total: Option<u64> = inputs
            .iter()
            .map(|i| match i {
                InputRef::Path(p) => std::fs::metadata(p).ok().map(|m| m.len()),
                InputRef::Stdin => None,
            })
            .sum();
        progress.start(total);

        let bytes_read = AtomicU64::new(0);
        let pipelines = Pipelines::new();
        let result = if self.threads <= 1 {
            self.run_inline(&inputs, store, &pipelines, &mut summary, progress, &bytes_read)
        } else {
            self.run_parallel(&inputs, store, &pipelines, &mut summary, progress, &bytes_read)
        };
        progress.finish();
        result?;
        summary.seconds = started.elapsed().as_secs_f64();
        Ok(summary)
    }

    /// One thread reads, analyses and stores each article in turn: with one
    /// worker a writer thread adds nothing but a thread and a channel's
    /// backlog of analysed articles (peak RSS 67 → 63 MB on the 181 pages).
    /// It was hoped to be faster too (the writer stores facts that have left
    /// the cache); measured, it is not, within this machine's noise
    /// (docs/bench/extract-speed.md, "Thirtieth session").
    fn run_inline(
        &self,
        inputs: &[InputRef],
        store: &mut Store,
        pipelines: &Pipelines,
        summary: &mut IngestSummary,
        progress: &dyn Progress,
        bytes_read: &AtomicU64,
    ) -> Result<(), StoreError> {
        let mut writer = Writer::new(store, self.batch_size, progress, bytes_read)?;
        let mut failure = None;
        for input in inputs {
            read_counted(input, &self.options, bytes_read, &mut |r| {
                if failure.is_some() {
                    return;
                }
                let msg = message_of(pipelines, r, self.extract);
                if let Err(e) = writer.take(msg, summary) {
                    failure = Some(e);
                }
            });
            if let Some(e) = failure {
                return Err(e);
            }
        }
        writer.finish()
    }

    /// Worker threads read and analyse; the calling thread stores what they
    /// send, in batches.
    fn run_parallel(
        &self,
        inputs: &[InputRef],
        store: &mut Store,
        pipelines: &Pipelines,
        summary: &mut IngestSummary,
        progress: &dyn Progress,
        bytes_read: &AtomicU64,
    ) -> Result<(), StoreError> {
        let (tx, rx) = crossbeam_channel::bounded::<Message>(256);
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(self.threads.max(1))
            .build()
            .map_err(|e| StoreError::NotOurs { path: store.path().to_string(), reason: format!("cannot start worker threads: {e}") })?;
        let (opts, extract) = (&self.options, self.extract);
        let mut result = Ok(());
        std::thread::scope(|scope| {
            scope.spawn(move || {
                pool.install(|| {
                    inputs.par_iter().for_each_with(tx, |tx, input| {
                        read_counted(input, opts, bytes_read, &mut |r| {
                            // The writer stopped (store failure): nothing left to do.
                            let _ = tx.send(message_of(pipelines, r, extract));
                        });
                        let _ = tx.send(Message::InputDone);
                    });
                });
            });
            result = write_all(rx, store, self.batch_size, summary, progress, bytes_read);
        });
        result
    }
}

/// One read result made ready for the store: the article analysed, or why
/// it failed.
fn message_of(pipelines: &Pipelines, r: Result<Article, IngestError>, extract: bool) -> Message {
    match r {
        Ok(article) => {
            // A bug in an extractor must not take the whole run down: report
            // the article and go on.
            let origin = article.origin.clone().unwrap_or_default();
            match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| analyse(pipelines, article, extract))) {
                Ok(a) => Message::Article(Box::new(a)),
                Err(panic) => Message::Failed(format!("{origin}: internal error while extracting facts ({}); please report it", panic_text(&panic))),
            }
        }
        Err(e) => Message::Failed(e.to_string()),
    }
}

fn panic_text(panic: &Box<dyn std::any::Any + Send>) -> String {
    panic.downcast_ref::<&str>().map(|s| s.to_string()).or_else(|| panic.downcast_ref::<String>().cloned()).unwrap_or_else(|| "unknown panic".into())
}

fn read_counted(input: &InputRef, opts: &IngestOptions, counter: &AtomicU64, emit: &mut dyn FnMut(Result<Article, IngestError>)) {
    match input {
        InputRef::Path(p) => match std::fs::File::open(p) {
            Ok(f) => {
                let size_hint = f.metadata().ok().map(|m| m.len());
                newsledger_ingest::read_reader_sized(Box::new(Counting { inner: f, counter }), size_hint, &input.origin(), opts, emit)
            }
            Err(e) => emit(Err(IngestError::new(input.origin(), e))),
        },
        InputRef::Stdin => read_input(input, opts, emit),
    }
}

/// The writer's side of a parallel run: stores what the workers send until
/// they are all done.
fn write_all(
    rx: crossbeam_channel::Receiver<Message>,
    store: &mut Store,
    batch_size: usize,
    summary: &mut IngestSummary,
    progress: &dyn Progress,
    bytes_read: &AtomicU64,
) -> Result<(), StoreError> {
    let mut writer = Writer::new(store, batch_size, progress, bytes_read)?;
    loop {
        match rx.recv_timeout(Duration::from_millis(200)) {
            Ok(msg) => writer.take(msg, summary)?,
            Err(crossbeam_channel::RecvTimeoutError::Timeout) => writer.commit_if_due()?,
            Err(crossbeam_channel::RecvTimeoutError::Disconnected) => break,
        }
    }
    writer.finish()
}

/// Dedups and stores analysed articles, one transaction per `batch_size`
/// articles or two seconds, whichever comes first (so that a slow trickle
/// of input still lands promptly).
struct Writer<'s, 'p> {
    batch: Batch<'s>,
    batch_size: usize,
    in_batch: usize,
    batch_started: Instant,
    stored: u64,
    last_bytes: u64,
    progress: &'p dyn Progress,
    bytes_read: &'p AtomicU64,
}

impl<'s, 'p> Writer<'s, 'p> {
    fn new(store: &'s mut Store, batch_size: usize, progress: &'p dyn Progress, bytes_read: &'p AtomicU64) -> Result<Self, StoreError> {
        Ok(Writer { batch: store.batch()?, batch_size: batch_size.max(1), in_batch: 0, batch_started: Instant::now(), stored: 0, last_bytes: 0, progress, bytes_read })
    }

    fn take(&mut self, msg: Message, summary: &mut IngestSummary) -> Result<(), StoreError> {
        match msg {
            Message::Failed(e) => summary.failed.push(e),
            Message::InputDone => {}
            Message::Article(a) => {
                summary.read += 1;
                self.in_batch += 1;
                let Analysed { analysis, fingerprint, unextracted_language } = *a;
                // An identical article is caught by `insert` (content hash)
                // before the candidates are looked at.
                let duplicate_of = match &fingerprint {
                    Some(fp) => {
                        let candidates = self.batch.near_duplicate_candidates(&fp.bands)?;
                        dedup::best_near_duplicate(fp, &candidates).map(|(id, s)| (id.to_string(), s))
                    }
                    None => None,
                };
                let inserted = self.batch.insert(&analysis, fingerprint.as_ref(), duplicate_of.as_ref().map(|(id, s)| (id.as_str(), *s)))?;
                match inserted {
                    Inserted::New => summary.new += 1,
                    Inserted::NearDuplicate { .. } => summary.near_duplicates += 1,
                    Inserted::AlreadyStored => summary.duplicates += 1,
                }
                if let (Some(language), false) = (unextracted_language, matches!(inserted, Inserted::AlreadyStored)) {
                    *summary.without_extractors.entry(language).or_default() += 1;
                }
                self.stored += 1;
            }
        }
        self.commit_if_due()
    }

    /// Commits when the batch is full or two seconds old.
    fn commit_if_due(&mut self) -> Result<(), StoreError> {
        if self.in_batch < self.batch_size && self.batch_started.elapsed() < Duration::from_secs(2) {
            return Ok(());
        }
        self.batch.checkpoint()?;
        self.in_batch = 0;
        self.batch_started = Instant::now();
        self.report();
        Ok(())
    }

    fn report(&mut self) {
        let now = self.bytes_read.load(Ordering::Relaxed);
        self.progress.advance(now - self.last_bytes, self.stored);
        self.last_bytes = now;
    }

    fn finish(self) -> Result<(), StoreError> {
        let Writer { batch, stored, last_bytes, progress, bytes_read, .. } = self;
        batch.commit()?;
        progress.advance(bytes_read.load(Ordering::Relaxed) - last_bytes, stored);
        Ok(())
    }
}
