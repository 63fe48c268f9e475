//! `newsledger eval`: score the extractors on gold data.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, ValueEnum};
use newsledger_eval::{EvalOptions, EvalReport};

#[derive(Clone, Copy, ValueEnum)]
pub enum Scorer {
    /// Article body extraction (scrapinghub article-extraction-benchmark).
    Extraction,
    /// Named entities (a CoNLL-2003 file, e.g. eng.testb).
    Ner,
    /// Time expressions (TimeBank/AQUAINT TimeML).
    Timex,
    /// Place resolution (GeoVirus).
    Geo,
    /// Quote speakers (our labels over TimeBank texts).
    Quotes,
    /// Event modality (TimeBank events).
    Modality,
    /// Numbers found, with their values (MEANTIME number markables).
    Quantities,
    /// Event actors and targets (MEANTIME participants, Arg0 / Arg1).
    Roles,
}

#[derive(Args)]
pub struct EvalArgs {
    #[arg(value_enum)]
    scorer: Scorer,
    /// The dataset (a folder or file, as the scorer expects; see BENCHMARKS.md).
    #[arg(long)]
    dataset: PathBuf,
    /// Another system's predictions to score beside ours (repeatable for
    /// extraction; format per scorer, see BENCHMARKS.md).
    #[arg(long)]
    predictions: Vec<PathBuf>,
    /// Part of the dataset, for scorers that have several (modality: dev,
    /// test, aquaint, aquaint-clean; default test, the held-out part;
    /// quantities and roles: dev or heldout, default both).
    #[arg(long)]
    split: Option<String>,
    /// Score at most this many documents.
    #[arg(long)]
    limit: Option<usize>,
    /// Print JSON instead of a table.
    #[arg(long)]
    json: bool,
}

pub fn eval(args: &EvalArgs) -> anyhow::Result<ExitCode> {
    use newsledger_eval as ev;
    let opts = EvalOptions { limit: args.limit, predictions: args.predictions.first().cloned() };
    let no_peer = EvalOptions { predictions: None, ..opts.clone() };
    let dataset = &args.dataset;
    let report: EvalReport = match args.scorer {
        Scorer::Extraction => ev::extraction::run_with_peers(dataset, &no_peer, &args.predictions)?,
        Scorer::Ner => {
            let peers: Vec<(String, PathBuf)> = args
                .predictions
                .iter()
                .map(|p| (p.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_else(|| "peer".into()), p.clone()))
                .collect();
            ev::ner::run_with_peers(dataset, &no_peer, &peers)?
        }
        Scorer::Modality => {
            let name = args.split.as_deref().unwrap_or("test");
            let part = ev::modality::TimebankPart::parse(name).ok_or_else(|| anyhow::anyhow!("--split {name:?}: expected dev, test, aquaint or aquaint-clean"))?;
            ev::modality::run_timebank(dataset, part, &opts)?
        }
        Scorer::Timex => ev::timex::score(dataset, &opts)?,
        Scorer::Geo => ev::geo::run(dataset, &opts)?,
        Scorer::Quotes => ev::quotes::score_timebank(dataset, &opts)?,
        Scorer::Quantities => ev::quantities::score(dataset, args.split.as_deref(), &opts, None)?,
        Scorer::Roles => ev::roles::score(dataset, args.split.as_deref(), &opts, None)?,
    };
    if args.json {
        println!("{}", serde_json::to_string_pretty(&report.json)?);
    } else {
        println!("{} — {}\n{}", report.name, report.dataset, report.table);
    }
    Ok(ExitCode::SUCCESS)
}
