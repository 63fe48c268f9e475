//! Scores event actors and targets on MEANTIME's participants.
//!
//! ```text
//! cargo run --release -p newsledger-eval --example eval_roles -- /work/shared/datasets/meantime
//!     [--split dev|heldout] [--limit N] [--json] [--errors FILE]
//! ```
//! `--errors` writes the development half's wrong and missed roles as TSV
//! (they hold dataset text: keep the file out of the repository).

use std::path::PathBuf;

use newsledger_eval::roles::score;
use newsledger_eval::EvalOptions;

const USAGE: &str = "usage: eval_roles <MEANTIME folder> [--split dev|heldout] [--limit N] [--json] [--errors FILE]";

fn main() {
    let mut args = std::env::args().skip(1);
    let mut dataset: Option<PathBuf> = None;
    let mut opts = EvalOptions::default();
    let mut json = false;
    let mut split: Option<String> = None;
    let mut errors: Option<PathBuf> = None;
    while let Some(a) = args.next() {
        match a.as_str() {
            "--limit" => opts.limit = args.next().and_then(|n| n.parse().ok()),
            "--json" => json = true,
            "--split" => split = args.next(),
            "--errors" => errors = args.next().map(PathBuf::from),
            "-h" | "--help" => {
                println!("{USAGE}");
                return;
            }
            _ => dataset = Some(PathBuf::from(a)),
        }
    }
    let Some(dataset) = dataset else {
        eprintln!("{USAGE}");
        std::process::exit(2);
    };
    let mut lines = Vec::new();
    match score(&dataset, split.as_deref(), &opts, errors.is_some().then_some(&mut lines)) {
        Ok(report) if json => println!("{}", serde_json::to_string_pretty(&report.json).unwrap_or_default()),
        Ok(report) => println!("{} — {}\n{}", report.name, report.dataset, report.table),
        Err(e) => {
            eprintln!("eval_roles: {e}");
            std::process::exit(1);
        }
    }
    if let Some(path) = errors {
        let body = format!("doc\trole\ttrigger\tours\tgold\tsentence\n{}\n", lines.join("\n"));
        if let Err(e) = std::fs::write(&path, body) {
            eprintln!("eval_roles: writing {}: {e}", path.display());
            std::process::exit(1);
        }
    }
}
