//! Scores the quantity extractor on MEANTIME's number markables.
//!
//! ```text
//! cargo run --release -p newsledger-eval --example eval_quantities -- /work/shared/datasets/meantime
//!     [--split dev|heldout] [--limit N] [--json] [--errors FILE]
//!     [--dump-texts DIR] [--predictions PEER.jsonl]
//! ```
//! `--errors` writes the development half's misses, spurious numbers and
//! wrong values as TSV (they hold dataset text: keep the file out of the
//! repository). `--dump-texts DIR` writes the rebuilt article texts for a
//! peer (`scripts/peers/spacy_numbers.py`), whose spans `--predictions`
//! scores beside ours.

use std::path::PathBuf;

use newsledger_eval::quantities::{dump_texts, score};
use newsledger_eval::EvalOptions;

fn main() {
    let mut args = std::env::args().skip(1);
    let mut dataset: Option<PathBuf> = None;
    let mut opts = EvalOptions::default();
    let mut json = false;
    let mut split: Option<String> = None;
    let mut errors: Option<PathBuf> = None;
    let mut dump: Option<PathBuf> = None;
    while let Some(a) = args.next() {
        match a.as_str() {
            "--limit" => opts.limit = args.next().and_then(|n| n.parse().ok()),
            "--json" => json = true,
            "--split" => split = args.next(),
            "--errors" => errors = args.next().map(PathBuf::from),
            "--dump-texts" => dump = args.next().map(PathBuf::from),
            "--predictions" => opts.predictions = args.next().map(PathBuf::from),
            "-h" | "--help" => {
                println!("usage: eval_quantities <MEANTIME folder> [--split dev|heldout] [--limit N] [--json] [--errors FILE] [--dump-texts DIR] [--predictions PEER.jsonl]");
                return;
            }
            _ => dataset = Some(PathBuf::from(a)),
        }
    }
    let Some(dataset) = dataset else {
        eprintln!("usage: eval_quantities <MEANTIME folder> [--split dev|heldout] [--json] [--errors FILE] [--dump-texts DIR] [--predictions PEER.jsonl]");
        std::process::exit(2);
    };
    if let Some(dir) = dump {
        match dump_texts(&dataset, &dir) {
            Ok(n) => eprintln!("eval_quantities: wrote {n} texts to {}", dir.display()),
            Err(e) => {
                eprintln!("eval_quantities: {e}");
                std::process::exit(1);
            }
        }
    }
    let mut lines = Vec::new();
    let result = score(&dataset, split.as_deref(), &opts, errors.is_some().then_some(&mut lines));
    match result {
        Ok(report) if json => println!("{}", serde_json::to_string_pretty(&report.json).unwrap_or_default()),
        Ok(report) => println!("{} — {}\n{}", report.name, report.dataset, report.table),
        Err(e) => {
            eprintln!("eval_quantities: {e}");
            std::process::exit(1);
        }
    }
    if let Some(path) = errors {
        let body = format!("doc\tkind\tgold_type\tgold_text\tgold_value\tours\tcontext\n{}\n", lines.join("\n"));
        if let Err(e) = std::fs::write(&path, body) {
            eprintln!("eval_quantities: writing {}: {e}", path.display());
            std::process::exit(1);
        }
    }
}
