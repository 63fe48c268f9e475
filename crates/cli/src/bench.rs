//! `newsledger bench`: speed and memory on a generated corpus (results go
//! to BENCHMARKS.md; nothing here asserts a time).

use std::io::BufWriter;
use std::process::ExitCode;
use std::time::Instant;

use anyhow::Context;
use clap::{Args, Subcommand};
use newsledger_jobs::{corpus, IngestJob, NoProgress};
use newsledger_store::Store;

#[derive(Args)]
pub struct BenchArgs {
    #[command(subcommand)]
    what: BenchWhat,
}

#[derive(Subcommand)]
enum BenchWhat {
    /// Generate a corpus of HTML articles (JSON Lines) and ingest it into a fresh database.
    Ingest(IngestBench),
    /// Ingest real pages (a folder, e.g. the 181 pages of the article-extraction
    /// benchmark) into a fresh database several times; report the median.
    Pages(PagesBench),
    /// Time each stage (reading and HTML extraction, segmentation, every
    /// extractor, fingerprint, store) on real pages, one thread.
    Stages(StagesBench),
}

#[derive(Args)]
struct StagesBench {
    /// Folder (or file) of pages.
    #[arg(long)]
    dataset: std::path::PathBuf,
    /// Passes over the pages (the first warms up lazily loaded models and is not counted).
    #[arg(long, default_value_t = 3)]
    rounds: usize,
    /// Print JSON.
    #[arg(long)]
    json: bool,
}

fn bench_stages(b: &StagesBench) -> anyhow::Result<ExitCode> {
    use newsledger_extract::{Pipelines, StageTimings};
    use newsledger_ingest::{expand_inputs, read_bytes, IngestOptions};
    use std::time::Duration;

    let mut raw = Vec::new();
    for input in expand_inputs(std::slice::from_ref(&b.dataset)).into_iter().flatten() {
        if let newsledger_ingest::InputRef::Path(p) = &input {
            raw.push((input.origin(), std::fs::read(p).with_context(|| format!("cannot read {}", p.display()))?));
        }
    }
    let opts = IngestOptions::default();
    // As the ingest job does: an article in a language without resources is
    // stored with no facts, so the extractors do not run on it.
    let pipelines = Pipelines::new();
    let mut timings = StageTimings::default();
    let (mut read_time, mut fp_time, mut store_time) = (Duration::ZERO, Duration::ZERO, Duration::ZERO);
    let mut articles_counted = 0u64;
    let mut words = 0u64;
    let dir = tempfile::tempdir()?;
    for round in 0..b.rounds.max(2) {
        let counted = round > 0;
        let mut round_timings = StageTimings::default();
        let mut analyses = Vec::new();
        let t = Instant::now();
        let mut articles = Vec::new();
        for (origin, bytes) in &raw {
            read_bytes(origin, bytes, &opts, &mut |r| {
                if let Ok(a) = r {
                    articles.push(a);
                }
            });
        }
        let read = t.elapsed();
        let mut fp = Duration::ZERO;
        for a in articles {
            let facts = pipelines.for_language(&a.language).analyze_timed(&a, &mut round_timings);
            let t = Instant::now();
            let fingerprint = newsledger_aggregate::dedup::fingerprint(&a.text);
            fp += t.elapsed();
            if counted {
                words += a.text.split_whitespace().count() as u64;
            }
            analyses.push((newsledger_model::Analysis::new(a, facts), fingerprint));
        }
        let db_path = dir.path().join(format!("stages-{round}.db"));
        let mut store = Store::open(&db_path)?;
        let t = Instant::now();
        let mut batch = store.batch()?;
        for (a, f) in &analyses {
            batch.insert(a, f.as_ref(), None)?;
        }
        batch.commit()?;
        let st = t.elapsed();
        if counted {
            read_time += read;
            fp_time += fp;
            store_time += st;
            articles_counted += analyses.len() as u64;
            for (name, d) in round_timings.stages {
                timings.add(name, d);
            }
        }
    }
    let n = articles_counted.max(1) as f64;
    let mut rows: Vec<(String, f64)> = vec![("read + HTML extraction".into(), read_time.as_secs_f64())];
    rows.extend(timings.stages.iter().map(|(name, d)| (name.to_string(), d.as_secs_f64())));
    rows.push(("fingerprint".into(), fp_time.as_secs_f64()));
    rows.push(("store (one transaction)".into(), store_time.as_secs_f64()));
    let total: f64 = rows.iter().map(|r| r.1).sum();
    if b.json {
        let stages: Vec<serde_json::Value> = rows.iter().map(|(name, s)| serde_json::json!({"stage": name, "us_per_article": s / n * 1e6, "share": s / total})).collect();
        println!(
            "{}",
            serde_json::to_string_pretty(&serde_json::json!({
                "dataset": b.dataset.display().to_string(), "articles": articles_counted, "words_per_article": words as f64 / n,
                "us_per_article": total / n * 1e6, "articles_per_second": n / total, "stages": stages
            }))?
        );
    } else {
        println!("{} articles ({} passes after a warm-up), {:.0} words per article, one thread", articles_counted, b.rounds.max(2) - 1, words as f64 / n);
        println!("{:<28} {:>12} {:>7}", "stage", "µs/article", "share");
        for (name, secs) in &rows {
            println!("{:<28} {:>12.1} {:>6.1}%", name, secs / n * 1e6, secs / total * 100.0);
        }
        println!("{:<28} {:>12.1}   → {:.0} articles/s", "total", total / n * 1e6, n / total);
    }
    Ok(ExitCode::SUCCESS)
}

#[derive(Args)]
struct PagesBench {
    /// Folder (or file) of pages: HTML, .html.gz, text or JSON Lines.
    #[arg(long)]
    dataset: std::path::PathBuf,
    /// Runs, each into a fresh database; the median is reported.
    #[arg(long, default_value_t = 5)]
    rounds: usize,
    /// Worker threads.
    #[arg(long, short = 'j', default_value_t = 1)]
    threads: usize,
    /// Store articles without extracting facts.
    #[arg(long)]
    no_extract: bool,
    /// Inflate gzipped pages into a temporary folder before the runs, so
    /// that they time the pipeline from HTML; without it, inflating each
    /// `.gz` page is timed too.
    #[arg(long)]
    gunzip_first: bool,
    /// Print JSON.
    #[arg(long)]
    json: bool,
}

/// Copies the files of `dataset` (a file or a folder, not its subfolders)
/// into `into`, inflating those named `*.gz` (the name loses `.gz`).
fn gunzip_into(dataset: &std::path::Path, into: &std::path::Path) -> anyhow::Result<()> {
    let files: Vec<std::path::PathBuf> = if dataset.is_dir() {
        let mut v = Vec::new();
        for entry in std::fs::read_dir(dataset).with_context(|| format!("cannot list {}", dataset.display()))? {
            let path = entry?.path();
            if path.is_file() {
                v.push(path);
            }
        }
        v
    } else {
        vec![dataset.to_path_buf()]
    };
    for path in files {
        let name = path.file_name().context("a file without a name")?.to_string_lossy().into_owned();
        let read = || std::fs::File::open(&path).with_context(|| format!("cannot read {}", path.display()));
        match name.strip_suffix(".gz") {
            Some(plain) => {
                let mut out = std::fs::File::create(into.join(plain))?;
                std::io::copy(&mut flate2::read::MultiGzDecoder::new(read()?), &mut out).with_context(|| format!("cannot inflate {}", path.display()))?;
            }
            None => {
                std::io::copy(&mut read()?, &mut std::fs::File::create(into.join(&name))?)?;
            }
        }
    }
    Ok(())
}

fn bench_pages(b: &PagesBench) -> anyhow::Result<ExitCode> {
    let dir = tempfile::tempdir()?;
    let inflated = tempfile::tempdir()?;
    let input = if b.gunzip_first {
        gunzip_into(&b.dataset, inflated.path())?;
        inflated.path().to_path_buf()
    } else {
        b.dataset.clone()
    };
    let mut runs = Vec::new();
    let mut cpu_runs = Vec::new();
    let mut last = None;
    for round in 0..b.rounds.max(1) {
        let db_path = dir.path().join(format!("pages-{round}.db"));
        let mut store = Store::open(&db_path)?;
        let job = IngestJob { threads: b.threads, extract: !b.no_extract, ..Default::default() };
        let cpu_before = cpu_seconds();
        let summary = job.run(std::slice::from_ref(&input), &mut store, &NoProgress)?;
        let cpu = cpu_seconds().zip(cpu_before).map(|(after, before)| after - before);
        drop(store);
        let _ = std::fs::remove_file(&db_path);
        runs.push(summary.seconds);
        cpu_runs.push(cpu.unwrap_or(f64::NAN));
        last = Some(summary);
    }
    let summary = last.context("no run")?;
    runs.sort_by(f64::total_cmp);
    cpu_runs.sort_by(f64::total_cmp);
    let median = runs[runs.len() / 2];
    let cpu_median = cpu_runs[cpu_runs.len() / 2];
    let facts = serde_json::json!({
        "dataset": b.dataset.display().to_string(),
        "gunzipped_first": b.gunzip_first,
        "articles": summary.read,
        "failed": summary.failed.len(),
        "rounds": runs.len(),
        "median_seconds": median,
        "articles_per_second": summary.read as f64 / median.max(1e-9),
        "median_cpu_seconds": cpu_median,
        "articles_per_cpu_second": summary.read as f64 / cpu_median.max(1e-9),
        "threads": b.threads,
        "extract": !b.no_extract,
        "peak_rss_bytes": peak_rss(),
    });
    if b.json {
        println!("{}", serde_json::to_string_pretty(&facts)?);
    } else {
        println!(
            "{} pages from {} ({} failed), {} thread{}, {}: median of {} runs {:.3} s, {:.0} articles/s ({:.0} per CPU-second); peak RSS {:.0} MB",
            summary.read,
            b.dataset.display(),
            summary.failed.len(),
            b.threads,
            if b.threads == 1 { "" } else { "s" },
            match (b.no_extract, b.gunzip_first) {
                (true, _) => "ingest + store (no fact extraction)",
                (false, true) => "HTML to stored facts (inflated before timing)",
                (false, false) => "files as given to stored facts",
            },
            runs.len(),
            median,
            summary.read as f64 / median.max(1e-9),
            summary.read as f64 / cpu_median.max(1e-9),
            peak_rss().unwrap_or(0) as f64 / 1e6
        );
    }
    Ok(ExitCode::SUCCESS)
}

#[derive(Args)]
struct IngestBench {
    /// Articles to generate.
    #[arg(long, default_value_t = 100_000)]
    articles: u64,
    /// Paragraphs per article (each ~400 bytes of text).
    #[arg(long, default_value_t = 8)]
    paragraphs: usize,
    /// Kilobytes of page furniture (scripts, menus, footer) around each article.
    #[arg(long, default_value_t = 40)]
    page_kb: usize,
    /// Worker threads (1 = one core for extraction; the writer is another thread).
    #[arg(long, short = 'j', default_value_t = 1)]
    threads: usize,
    /// Store articles without extracting facts (the backbone alone).
    #[arg(long)]
    no_extract: bool,
    /// Work in this folder instead of a temporary one (kept afterwards).
    #[arg(long)]
    dir: Option<std::path::PathBuf>,
    /// Print JSON.
    #[arg(long)]
    json: bool,
}

/// CPU time (user + system) this process has used, in seconds (Linux), if
/// known. On a shared machine, work per CPU-second is steadier than work per
/// wall-clock second: another process on the same core takes wall time but
/// not our CPU time.
fn cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // Fields after the parenthesised command name; utime and stime are the
    // 14th and 15th fields of the whole line.
    let rest = &stat[stat.rfind(')')? + 2..];
    let fields: Vec<&str> = rest.split_whitespace().collect();
    let utime: f64 = fields.get(11)?.parse().ok()?;
    let stime: f64 = fields.get(12)?.parse().ok()?;
    // SAFETY: sysconf has no preconditions.
    let ticks = unsafe { libc::sysconf(libc::_SC_CLK_TCK) };
    (ticks > 0).then(|| (utime + stime) / ticks as f64)
}

/// Peak resident memory of this process in bytes (Linux), if known.
fn peak_rss() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb * 1024)
}

pub fn bench(args: &BenchArgs) -> anyhow::Result<ExitCode> {
    let b = match &args.what {
        BenchWhat::Ingest(b) => b,
        BenchWhat::Pages(p) => return bench_pages(p),
        BenchWhat::Stages(s) => return bench_stages(s),
    };
    let tmp;
    let dir = match &b.dir {
        Some(d) => {
            std::fs::create_dir_all(d).with_context(|| format!("cannot create {}", d.display()))?;
            d.clone()
        }
        None => {
            tmp = tempfile::tempdir()?;
            tmp.path().to_path_buf()
        }
    };
    let corpus_path = dir.join("corpus.jsonl");
    let t = Instant::now();
    let bytes = {
        let mut out = BufWriter::new(std::fs::File::create(&corpus_path).with_context(|| format!("cannot write {}", corpus_path.display()))?);
        corpus::write_corpus(&mut out, b.articles, b.paragraphs, b.page_kb)?
    };
    let generate_s = t.elapsed().as_secs_f64();
    let rss_before = peak_rss();

    let db_path = dir.join("bench.db");
    let _ = std::fs::remove_file(&db_path);
    let mut store = Store::open(&db_path)?;
    let job = IngestJob { threads: b.threads, extract: !b.no_extract, ..Default::default() };
    let cpu_before = cpu_seconds();
    let summary = job.run(std::slice::from_ref(&corpus_path), &mut store, &NoProgress)?;
    let cpu = cpu_seconds().zip(cpu_before).map(|(after, before)| after - before);
    drop(store);
    let db_bytes = std::fs::metadata(&db_path).map(|m| m.len()).unwrap_or(0);
    let peak = peak_rss();
    let report = serde_json::json!({
        "articles": summary.read,
        "stored": summary.new + summary.near_duplicates,
        "failed": summary.failed.len(),
        "near_duplicates": summary.near_duplicates,
        "corpus_bytes": bytes,
        "generate_seconds": generate_s,
        "ingest_seconds": summary.seconds,
        "articles_per_second": summary.articles_per_second(),
        "cpu_seconds": cpu,
        "articles_per_cpu_second": cpu.map(|c| summary.read as f64 / c.max(1e-9)),
        "mb_per_second": bytes as f64 / 1e6 / summary.seconds.max(1e-9),
        "threads": b.threads,
        "extract": !b.no_extract,
        "peak_rss_bytes": peak,
        "peak_rss_before_ingest_bytes": rss_before,
        "db_bytes": db_bytes,
    });
    if b.json {
        println!("{}", serde_json::to_string_pretty(&report)?);
    } else {
        println!(
            "{} articles ({:.0} MB of HTML in JSON Lines), {} thread{}, {}: {:.1} s, {:.0} articles/s ({:.0} per CPU-second), {:.1} MB/s; peak RSS {:.0} MB; database {:.0} MB",
            summary.read,
            bytes as f64 / 1e6,
            b.threads,
            if b.threads == 1 { "" } else { "s" },
            if b.no_extract { "ingest + store (no fact extraction)" } else { "full pipeline" },
            summary.seconds,
            summary.articles_per_second(),
            cpu.map(|c| summary.read as f64 / c.max(1e-9)).unwrap_or(f64::NAN),
            bytes as f64 / 1e6 / summary.seconds.max(1e-9),
            peak.unwrap_or(0) as f64 / 1e6,
            db_bytes as f64 / 1e6
        );
    }
    Ok(ExitCode::SUCCESS)
}
