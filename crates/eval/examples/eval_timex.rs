//! Scores newsledger-timex on TimeBank + AQUAINT (TempEval-3 TBAQ-cleaned)
//! or on MEANTIME English (the corpus is recognised from the folder).
//!
//! ```text
//! cargo run --release -p newsledger-eval --example eval_timex -- /work/shared/datasets/timebank
//!     [--split AQUAINT|TimeBank-dev|TimeBank-test|TimeBank] [--limit N] [--json] [--errors /tmp/timex-errors.tsv] [--all] [--speed]
//! cargo run --release -p newsledger-eval --example eval_timex -- /work/shared/datasets/meantime
//!     [--split dev|heldout] [...]
//! cargo run --release -p newsledger-eval --example eval_timex -- /path/to/te3-platinum
//!     (any folder of .tml files, scored whole: the TempEval-3 platinum test set)
//! ```
//! `--predictions DIR` scores a peer's TimeML output (one `<id>.tml` per
//! gold file, same text) instead of ours, e.g. `scripts/peers/spacy_timex.py`.
//! `--errors` writes every mismatch (with dataset text: keep it out of the
//! repository); with `--all` it also lists the right matches (kind `ok`),
//! to count how often a convention is already met. `--speed` also times `find_times` over the corpus texts.

use std::path::PathBuf;
use std::time::Instant;

use newsledger_eval::timex::{score_predictions, score_with_errors, Corpus, Mismatch};
use newsledger_eval::EvalOptions;

fn main() {
    let mut args = std::env::args().skip(1);
    let mut dataset: Option<PathBuf> = None;
    let mut opts = EvalOptions::default();
    let mut json = false;
    let mut errors_path: Option<PathBuf> = None;
    let mut speed = false;
    let mut with_right_matches = false;
    let mut only: Option<String> = None;
    let mut predictions: Option<PathBuf> = None;
    while let Some(a) = args.next() {
        match a.as_str() {
            "--limit" => opts.limit = args.next().and_then(|n| n.parse().ok()),
            "--json" => json = true,
            "--errors" => errors_path = args.next().map(PathBuf::from),
            "--speed" => speed = true,
            "--all" => with_right_matches = true,
            "--split" => only = args.next(),
            "--predictions" => predictions = args.next().map(PathBuf::from),
            _ => dataset = Some(PathBuf::from(a)),
        }
    }
    let Some(dataset) = dataset else {
        eprintln!("usage: eval_timex <timebank or meantime dir, or a folder of .tml files> [--split AQUAINT|TimeBank-dev|TimeBank-test|TimeBank|dev|heldout|all] [--limit N] [--json] [--errors FILE] [--speed] [--predictions PEER_TIMEML_DIR]");
        std::process::exit(2);
    };
    let mut errors: Vec<Mismatch> = Vec::new();
    let errors_sink = errors_path.as_ref().map(|_| &mut errors);
    let scored = match &predictions {
        Some(dir) => score_predictions(&dataset, dir, &opts, only.as_deref(), errors_sink),
        None => score_with_errors(&dataset, &opts, only.as_deref(), errors_sink),
    };
    let report = match scored {
        Ok(r) => r,
        Err(e) => {
            eprintln!("error: {e}");
            std::process::exit(1);
        }
    };
    println!("{}", report.dataset);
    println!("{}", report.table);
    if json {
        println!("{}", serde_json::to_string_pretty(&report.json).unwrap_or_default());
    }
    if !with_right_matches {
        errors.retain(|e| e.kind != "ok");
    }
    if let Some(p) = errors_path {
        let mut out = String::from("doc\tdct\tkind\tgold_text\tgold_value\tsystem_text\tsystem_value\tcontext\n");
        for e in &errors {
            out.push_str(&format!(
                "{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\n",
                e.doc, e.dct, e.kind, e.gold_text, e.gold_value, e.system_text, e.system_value, e.context
            ));
        }
        if let Err(e) = std::fs::write(&p, out) {
            eprintln!("cannot write {}: {e}", p.display());
        } else {
            eprintln!("{} mismatches written to {}", errors.len(), p.display());
        }
    }
    if speed {
        time_corpus(&dataset);
    }
}

/// Times `find_times` over every document text (repeated to smooth noise),
/// reporting µs per document and per 5 KB of text.
fn time_corpus(dataset: &std::path::Path) {
    let mut docs = Vec::new();
    if let Some(corpus) = Corpus::detect(dataset) {
        if let Ok(splits) = corpus.load(None) {
            docs.extend(splits.into_iter().flat_map(|(_, d)| d));
        }
    }
    let anchors: Vec<_> = docs.iter().map(|d| d.dct.as_deref().and_then(|s| s.parse().ok())).collect();
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
    // Warm up (lexicon load, caches).
    let mut found = 0usize;
    for (d, a) in docs.iter().zip(&anchors) {
        found += newsledger_timex::find_times(&d.text, *a).len();
    }
    // Each document is timed 30 times and its fastest run kept: on a
    // shared machine the minimum is the best estimate of the cost itself.
    let runs = 30;
    let mut total_min_us = 0.0;
    let mut total_median_us = 0.0;
    for (d, a) in docs.iter().zip(&anchors) {
        let mut times = Vec::with_capacity(runs);
        for _ in 0..runs {
            let t = Instant::now();
            found += std::hint::black_box(newsledger_timex::find_times(&d.text, *a)).len();
            times.push(t.elapsed().as_secs_f64() * 1e6);
        }
        times.sort_by(|a, b| a.total_cmp(b));
        total_min_us += times[0];
        total_median_us += times[runs / 2];
    }
    let n = docs.len() as f64;
    let per_5kb = |us: f64| us * 5000.0 / bytes as f64;
    println!(
        "speed: {} docs, {:.2} KB mean; find_times {:.1} µs/doc at the per-document minimum ({:.1} at the median); {:.1} µs per 5 KB ({:.1} at the median); {} expressions per pass",
        docs.len(),
        bytes as f64 / n / 1000.0,
        total_min_us / n,
        total_median_us / n,
        per_5kb(total_min_us),
        per_5kb(total_median_us),
        found / (runs + 1)
    );
}
