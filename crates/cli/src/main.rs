//! `newsledger`: news coverage in, a sourced record of reported events out.
//!
//! Exit codes: 0 success; 1 some inputs failed (each is named with its
//! reason on stderr) or the command could not run; 2 usage error.

mod bench;
mod eval;
mod export;
mod ingest;
mod list;
mod progress;
mod table;

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use clap::{Args, Parser, Subcommand};
use newsledger_ingest::{Format, IngestOptions, PartialDate};
use newsledger_store::Store;

#[derive(Parser)]
#[command(name = "newsledger", version, about = "Turns news coverage into a sourced record of what was reported to have happened, who says so, and how sure anyone can be.")]
struct Cli {
    /// SQLite database to use.
    #[arg(long, global = true, env = "NEWSLEDGER_DB", default_value = "newsledger.db")]
    db: PathBuf,
    /// No progress bar.
    #[arg(long, short, global = true)]
    quiet: bool,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Read articles (text, HTML, JSON Lines, .gz, directories, `-` for stdin), extract facts, store them.
    Ingest(ingest::IngestArgs),
    /// Run the whole pipeline on one input and print the result (schema v1); stores nothing.
    Analyze(ingest::AnalyzeArgs),
    /// List stored articles.
    Articles(list::ListArgs),
    /// List named entities (people, organisations, places…).
    Entities(list::ListArgs),
    /// List sources: who the articles attribute information to.
    Sources(list::ListArgs),
    /// List quotes with their speakers.
    Quotes(list::ListArgs),
    /// List claims (numbers and assertions) with claimant and status.
    Claims(list::ListArgs),
    /// List events with modality (occurred, planned, conditional…), place and date.
    Events(list::ListArgs),
    /// List time expressions and their resolved values.
    Times(list::ListArgs),
    /// List resolved place mentions.
    Places(list::ListArgs),
    /// Write everything stored, with evidence spans, as JSON Lines or CSV.
    Export(export::ExportArgs),
    /// Counts of what is stored.
    Stats(JsonFlag),
    /// Score the extractors on a gold dataset (see BENCHMARKS.md).
    Eval(eval::EvalArgs),
    /// Measure speed and memory on a generated corpus (see BENCHMARKS.md).
    Bench(bench::BenchArgs),
}

#[derive(Args)]
struct JsonFlag {
    /// Print JSON instead of a table.
    #[arg(long)]
    json: bool,
}

/// Options shared by the commands that read inputs.
#[derive(Args, Clone)]
struct ReadArgs {
    /// Input format instead of detecting it from content: text, html, jsonl.
    #[arg(long, value_parser = parse_format)]
    format: Option<Format>,
    /// Publication date (YYYY[-MM[-DD]]) for inputs that print none or no
    /// year ("Nov. 3"): supplies the year, never overrides a full date.
    #[arg(long, value_parser = parse_date)]
    published: Option<PartialDate>,
    /// Outlet name to record for every article.
    #[arg(long)]
    outlet: Option<String>,
    /// Largest single article (file or JSON Lines record) in bytes.
    #[arg(long, default_value_t = newsledger_ingest::DEFAULT_MAX_BYTES)]
    max_bytes: u64,
}

impl ReadArgs {
    fn options(&self) -> IngestOptions {
        IngestOptions { format: self.format, published: self.published, outlet: self.outlet.clone(), max_bytes: self.max_bytes }
    }
}

fn parse_format(s: &str) -> Result<Format, String> {
    match Format::parse(s) {
        Some(f @ (Format::Text | Format::Html | Format::Jsonl)) => Ok(f),
        Some(f) => Err(format!("{} input is not supported yet", f.name())),
        None => Err("expected text, html or jsonl".into()),
    }
}

fn parse_date(s: &str) -> Result<PartialDate, String> {
    let bad = || format!("{s:?} is not a date: use YYYY, YYYY-MM or YYYY-MM-DD");
    let d = PartialDate::parse(s).ok_or_else(bad)?;
    if d.year.is_none() {
        return Err(bad());
    }
    Ok(d)
}

fn open_store(path: &std::path::Path) -> anyhow::Result<Store> {
    Store::open(path).with_context(|| format!("cannot open the database {} (choose another with --db or NEWSLEDGER_DB)", path.display()))
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match &cli.command {
        Command::Ingest(a) => ingest::ingest(&cli, a),
        Command::Analyze(a) => ingest::analyze(&cli, a),
        Command::Articles(a) => list::articles(&cli, a),
        Command::Entities(a) => list::facts(&cli, newsledger_store::FactKind::Entity, a),
        Command::Sources(a) => list::facts(&cli, newsledger_store::FactKind::Source, a),
        Command::Quotes(a) => list::facts(&cli, newsledger_store::FactKind::Quote, a),
        Command::Claims(a) => list::facts(&cli, newsledger_store::FactKind::Claim, a),
        Command::Events(a) => list::facts(&cli, newsledger_store::FactKind::Event, a),
        Command::Times(a) => list::facts(&cli, newsledger_store::FactKind::Time, a),
        Command::Places(a) => list::facts(&cli, newsledger_store::FactKind::Place, a),
        Command::Export(a) => export::export(&cli, a),
        Command::Stats(a) => list::stats(&cli, a.json),
        Command::Eval(a) => eval::eval(a),
        Command::Bench(a) => bench::bench(a),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("newsledger: {e:#}");
            ExitCode::from(1)
        }
    }
}
