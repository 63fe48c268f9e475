//! `newsledger eval`: score the extractors on gold data.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, ValueEnum};
use newsledger_eval::{EvalOptions, EvalReport};

#[derive(Clone, Copy, ValueEnum)]
pub enum Scorer {
    /// Article body extraction (scrapinghub article-extraction-benchmark).
    Extraction,
    /// Named entities (CoNLL-2003 eng.testb).
    Ner,
    /// Time expressions (TimeBank/AQUAINT TimeML).
    Timex,
    /// Place resolution (GeoVirus).
    Geo,
    /// Quote speakers (our labels over TimeBank texts).
    Quotes,
    /// Event modality (TimeBank events).
    Modality,
}

#[derive(Args)]
pub struct EvalArgs {
    #[arg(value_enum)]
    scorer: Scorer,
    /// The dataset (a folder or file, as the scorer expects; see BENCHMARKS.md).
    #[arg(long)]
    dataset: PathBuf,
    /// Another system's predictions to score beside ours.
    #[arg(long)]
    predictions: Option<PathBuf>,
    /// Score at most this many documents.
    #[arg(long)]
    limit: Option<usize>,
    /// Print JSON instead of a table.
    #[arg(long)]
    json: bool,
}

pub fn eval(args: &EvalArgs) -> anyhow::Result<ExitCode> {
    let opts = EvalOptions { limit: args.limit, predictions: args.predictions.clone() };
    let report: EvalReport = run(args.scorer, &args.dataset, &opts)?;
    if args.json {
        println!("{}", serde_json::to_string_pretty(&report.json)?);
    } else {
        println!("{} — {}\n{}", report.name, report.dataset, report.table);
    }
    Ok(ExitCode::SUCCESS)
}

fn run(scorer: Scorer, dataset: &std::path::Path, opts: &EvalOptions) -> anyhow::Result<EvalReport> {
    use newsledger_eval as ev;
    Ok(match scorer {
        Scorer::Extraction => ev::extraction::run(dataset, opts)?,
        Scorer::Timex => ev::timex::score(dataset, opts)?,
        Scorer::Geo => ev::geo::run(dataset, opts)?,
        Scorer::Quotes => ev::quotes::score_timebank(dataset, opts)?,
        Scorer::Ner | Scorer::Modality => {
            anyhow::bail!("the {} scorer is not wired yet", scorer.to_possible_value().map(|v| v.get_name().to_string()).unwrap_or_default())
        }
    })
}
