//! Scores the HTML extractor on the article-extraction benchmark.
//!
//! ```text
//! cargo run --release -p newsledger-eval --example eval_extraction -- \
//!     /work/shared/datasets/article-extraction \
//!     [--predictions FILE.json]... [--limit N] [--dump OURS.json] \
//!     [--per-page] [--speed ROUNDS] [--subset even|odd]
//! ```
//!
//! `--predictions` may be repeated (peer outputs, plain or `{"output": ..}`).
//! `--dump` writes our predictions in the ground-truth shape.
//! `--per-page` prints our per-page precision/recall, worst first.
//! `--speed` times ROUNDS passes of `extract_page` over the in-memory pages on
//! this one thread and prints the best and median pages/s.
//! `--subset even|odd` scores only the even- or odd-indexed pages (ground-truth
//! key order), for a leave-half-out check of tuned thresholds.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use newsledger_eval::extraction::{
    format_table, load_bodies, load_dataset, predict, score_bodies, SystemScore,
};
use newsledger_ingest::html::extract_page;

struct Args {
    dataset: PathBuf,
    predictions: Vec<PathBuf>,
    limit: Option<usize>,
    dump: Option<PathBuf>,
    per_page: bool,
    speed_rounds: usize,
    subset: Option<usize>,
}

fn parse_args() -> Result<Args, String> {
    let mut it = std::env::args().skip(1);
    let mut dataset = None;
    let mut args = Args {
        dataset: PathBuf::new(),
        predictions: Vec::new(),
        limit: None,
        dump: None,
        per_page: false,
        speed_rounds: 0,
        subset: None,
    };
    while let Some(a) = it.next() {
        match a.as_str() {
            "--predictions" => args
                .predictions
                .push(it.next().ok_or("--predictions needs a file")?.into()),
            "--limit" => {
                args.limit = Some(
                    it.next()
                        .ok_or("--limit needs N")?
                        .parse()
                        .map_err(|_| "bad --limit")?,
                )
            }
            "--dump" => args.dump = Some(it.next().ok_or("--dump needs a file")?.into()),
            "--per-page" => args.per_page = true,
            "--speed" => {
                args.speed_rounds = it
                    .next()
                    .ok_or("--speed needs ROUNDS")?
                    .parse()
                    .map_err(|_| "bad --speed")?
            }
            "--subset" => {
                args.subset = match it.next().as_deref() {
                    Some("even") => Some(0),
                    Some("odd") => Some(1),
                    _ => return Err("--subset takes even or odd".into()),
                }
            }
            _ if dataset.is_none() && !a.starts_with("--") => dataset = Some(PathBuf::from(a)),
            _ => return Err(format!("unexpected argument {a}")),
        }
    }
    args.dataset = dataset.ok_or("usage: eval_extraction DATASET [options]")?;
    Ok(args)
}

fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(a) => a,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::from(2);
        }
    };
    let mut data = match load_dataset(&args.dataset, args.limit) {
        Ok(d) => d,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::FAILURE;
        }
    };
    if let Some(parity) = args.subset {
        let keep: Vec<String> = data
            .truth
            .keys()
            .enumerate()
            .filter(|(i, _)| i % 2 == parity)
            .map(|(_, k)| k.clone())
            .collect();
        data.truth.retain(|k, _| keep.contains(k));
        data.pages.retain(|(k, _)| keep.contains(k));
    }
    let (ours, seconds) = predict(&data);
    let mut scores: Vec<SystemScore> = vec![score_bodies("newsledger", &data.truth, &ours)];
    for path in &args.predictions {
        match load_bodies(path) {
            Ok(p) => {
                let name = path
                    .file_stem()
                    .map(|s| s.to_string_lossy().into_owned())
                    .unwrap_or_default();
                scores.push(score_bodies(&name, &data.truth, &p));
            }
            Err(e) => {
                eprintln!("{e}");
                return ExitCode::FAILURE;
            }
        }
    }
    println!(
        "dataset: {} ({} pages)",
        args.dataset.display(),
        data.pages.len()
    );
    print!("{}", format_table(&scores));
    println!(
        "first pass: {:.3} s ({:.0} pages/s)",
        seconds,
        data.pages.len() as f64 / seconds.max(1e-9)
    );

    if args.per_page {
        let mut rows: Vec<_> = scores[0].per_page.iter().collect();
        let f = |c: &newsledger_eval::extraction::PageCounts| {
            let p = if c.tp + c.fp > 0.0 {
                c.tp / (c.tp + c.fp)
            } else {
                0.0
            };
            let r = if c.tp + c.fn_ > 0.0 {
                c.tp / (c.tp + c.fn_)
            } else {
                0.0
            };
            (p, r)
        };
        rows.sort_by(|a, b| {
            let (pa, ra) = f(&a.1);
            let (pb, rb) = f(&b.1);
            (pa + ra)
                .partial_cmp(&(pb + rb))
                .unwrap_or(std::cmp::Ordering::Equal)
        });
        for (id, c) in rows {
            let (p, r) = f(c);
            println!("{p:.3} {r:.3} {id}");
        }
    }

    if let Some(path) = &args.dump {
        let out: BTreeMap<&String, serde_json::Value> = ours
            .iter()
            .map(|(k, v)| (k, serde_json::json!({ "articleBody": v })))
            .collect();
        match serde_json::to_string_pretty(&out) {
            Ok(text) => {
                if let Err(e) = std::fs::write(path, text) {
                    eprintln!("cannot write {}: {e}", path.display());
                    return ExitCode::FAILURE;
                }
            }
            Err(e) => {
                eprintln!("{e}");
                return ExitCode::FAILURE;
            }
        }
    }

    if args.speed_rounds > 0 {
        let bytes: usize = data.pages.iter().map(|(_, h)| h.len()).sum();
        let mut rates = Vec::new();
        let mut sink = 0usize;
        for _ in 0..args.speed_rounds {
            let start = Instant::now();
            for (_, html) in &data.pages {
                let page = extract_page(html);
                sink = sink.wrapping_add(page.blocks.len());
            }
            rates.push(data.pages.len() as f64 / start.elapsed().as_secs_f64().max(1e-9));
        }
        rates.sort_by(|a, b| a.partial_cmp(b).unwrap_or(std::cmp::Ordering::Equal));
        let best = rates.last().copied().unwrap_or(0.0);
        let median = rates[rates.len() / 2];
        println!(
            "speed: {} pages ({:.1} MB), {} rounds, one thread: best {:.0} pages/s, median {:.0} pages/s ({:.0} MB/s median) [sink {}]",
            data.pages.len(),
            bytes as f64 / 1e6,
            args.speed_rounds,
            best,
            median,
            median * bytes as f64 / data.pages.len() as f64 / 1e6,
            sink
        );
    }
    ExitCode::SUCCESS
}
