//! `newsledger ingest` and `newsledger analyze`.

use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::Args;
use newsledger_ingest::InputRef;
use newsledger_jobs::{analyze_one, IngestJob, NoProgress, Progress};
use newsledger_model::Analysis;

use crate::{open_store, progress::Bar, Cli, ReadArgs};

#[derive(Args)]
pub struct IngestArgs {
    /// Files, directories (read recursively) or `-` for stdin.
    #[arg(required = true)]
    paths: Vec<PathBuf>,
    #[command(flatten)]
    read: ReadArgs,
    /// Worker threads for reading and extraction; the store writes on one more. With `-j 1` a
    /// single thread reads, extracts and stores each article in turn.
    #[arg(long, short = 'j', default_value_t = default_threads())]
    threads: usize,
    /// Articles per transaction (a transaction also closes after two seconds).
    #[arg(long, default_value_t = 2000)]
    batch_size: usize,
    /// Store articles without extracting facts.
    #[arg(long)]
    no_extract: bool,
    /// Print the summary as JSON.
    #[arg(long)]
    json: bool,
}

fn default_threads() -> usize {
    std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1)
}

pub fn ingest(cli: &Cli, args: &IngestArgs) -> anyhow::Result<ExitCode> {
    let mut store = open_store(&cli.db)?;
    let job = IngestJob { options: args.read.options(), threads: args.threads, batch_size: args.batch_size.max(1), extract: !args.no_extract };
    // A bar only for a person watching: not when output is piped or captured.
    let show_bar = !cli.quiet && std::io::stdout().is_terminal() && std::io::stderr().is_terminal();
    let bar;
    let progress: &dyn Progress = if show_bar {
        bar = Bar::new();
        &bar
    } else {
        &NoProgress
    };
    let summary = job.run(&args.paths, &mut store, progress)?;
    for failure in &summary.failed {
        eprintln!("newsledger: failed: {failure}");
    }
    if args.json {
        println!("{}", serde_json::to_string_pretty(&summary)?);
    } else {
        println!(
            "read {} article{} from {} input{}: {} new, {} duplicate{}, {} near-duplicate{}, {} failed ({:.1} s, {:.0} articles/s) → {}",
            summary.read,
            plural(summary.read),
            summary.inputs,
            plural(summary.inputs),
            summary.new,
            summary.duplicates,
            plural(summary.duplicates),
            summary.near_duplicates,
            plural(summary.near_duplicates),
            summary.failed.len(),
            summary.seconds,
            summary.articles_per_second(),
            cli.db.display()
        );
        if !summary.without_extractors.is_empty() {
            let by_language: Vec<String> = summary.without_extractors.iter().map(|(l, n)| format!("{l} {n}")).collect();
            let n: u64 = summary.without_extractors.values().sum();
            println!(
                "{n} article{} stored with text only, no facts: no extractors for their language yet ({})",
                plural(n),
                by_language.join(", ")
            );
        }
    }
    Ok(if summary.failed.is_empty() { ExitCode::SUCCESS } else { ExitCode::from(1) })
}

fn plural(n: u64) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

#[derive(Args)]
pub struct AnalyzeArgs {
    /// One file, or `-` for stdin. A JSON Lines input gives one document per line.
    input: PathBuf,
    #[command(flatten)]
    read: ReadArgs,
    /// Print schema v1 JSON (pretty for one article; one line per article for several).
    #[arg(long)]
    json: bool,
}

pub fn analyze(cli: &Cli, args: &AnalyzeArgs) -> anyhow::Result<ExitCode> {
    let input = if args.input.as_os_str() == "-" { InputRef::Stdin } else { InputRef::Path(args.input.clone()) };
    let opts = args.read.options();
    let mut analyses = Vec::new();
    let mut failed = false;
    newsledger_ingest::read_input(&input, &opts, &mut |r| match r {
        Ok(article) => {
            if !cli.quiet && !newsledger_extract::Pipeline::has_resources(&article.language) {
                eprintln!(
                    "newsledger: {}: no extractors for language '{}' yet: the article is read, but no facts are extracted",
                    article.origin.as_deref().unwrap_or("input"),
                    article.language
                );
            }
            analyses.push(analyze_one(article))
        }
        Err(e) => {
            eprintln!("newsledger: failed: {e}");
            failed = true;
        }
    });
    let mut out = std::io::stdout().lock();
    if args.json {
        if analyses.len() == 1 {
            serde_json::to_writer_pretty(&mut out, &analyses[0])?;
            writeln!(out)?;
        } else {
            for a in &analyses {
                serde_json::to_writer(&mut out, a)?;
                writeln!(out)?;
            }
        }
    } else {
        for a in &analyses {
            describe(&mut out, a)?;
        }
    }
    Ok(if failed { ExitCode::from(1) } else { ExitCode::SUCCESS })
}

/// A short human-readable account of one analysis.
fn describe(out: &mut impl Write, a: &Analysis) -> std::io::Result<()> {
    let art = &a.article;
    writeln!(out, "{}  {}", art.id, art.title.as_deref().unwrap_or("(no title)"))?;
    writeln!(
        out,
        "  published {} ({}){}{}",
        art.published.as_deref().unwrap_or("unknown"),
        art.published_precision.as_str(),
        art.outlet.as_ref().map(|o| format!(" · {o}")).unwrap_or_default(),
        art.dateline.as_ref().map(|d| format!(" · dateline {}", d.text)).unwrap_or_default()
    )?;
    let f = &a.facts;
    writeln!(
        out,
        "  {} entities, {} sources, {} quotes, {} claims, {} events, {} times, {} places",
        f.entities.len(),
        f.sources.len(),
        f.quotes.len(),
        f.claims.len(),
        f.events.len(),
        f.times.len(),
        f.places.len()
    )?;
    let name = |id: &Option<String>| -> String {
        id.as_ref()
            .and_then(|id| f.sources.iter().find(|s| &s.id == id).map(|s| s.name.clone()).or_else(|| f.entities.iter().find(|e| &e.id == id).map(|e| e.text.clone())))
            .unwrap_or_else(|| "—".into())
    };
    for v in &f.events {
        writeln!(
            out,
            "  event {} {}{} [{}] actor {} target {} source {}",
            v.id,
            v.event_type,
            v.mode.as_ref().map(|m| format!("/{m}")).unwrap_or_default(),
            v.modality,
            name(&v.actor),
            name(&v.target),
            v.source.as_ref().map(|_| name(&v.source)).unwrap_or_else(|| "outlet".into())
        )?;
    }
    for c in &f.claims {
        writeln!(out, "  claim {} [{}] by {}: {}", c.id, c.status, c.source.as_ref().map(|_| name(&c.source)).unwrap_or_else(|| "outlet".into()), c.text)?;
    }
    Ok(())
}
