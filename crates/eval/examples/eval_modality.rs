//! Scores the event modality classifier on gold factuality corpora.
//!
//! ```text
//! cargo run --release -p newsledger-eval --example eval_modality -- \
//!     [--timebank /work/shared/datasets/timebank --parts dev,test,aquaint,aquaint-clean] \
//!     [--uds /work/shared/datasets/uds-factuality/uds2_factuality_ewt.tsv --splits dev,test] \
//!     [--meantime /work/shared/datasets/meantime [--meantime-split dev|heldout]] \
//!     [--errors N] [--limit DOCS] [--json OUT.json] \
//!     [--speed FILE.txt]... [--rounds N]
//! ```
//!
//! `--speed` times the claim and event extractors alone (segmentation and
//! the other extractors excluded) over the given article files and the
//! MEANTIME texts when `--meantime` is given, on this one thread, and prints
//! the best and median µs per article over `--rounds` passes.
//!
//! `--errors N` prints N misclassified mentions per corpus (gold → ours, with
//! the sentence), for development; develop on TimeBank `dev`, UDS `dev` and
//! MEANTIME `dev` (from 2026-11-26 on; before, all of MEANTIME was held out),
//! report the held-out parts (TimeBank `test`, AQUAINT, UDS `test`, MEANTIME
//! `heldout`).

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use newsledger_eval::modality::{evaluate, load_meantime, load_timebank, load_uds, score_corpus, FactClass, GoldCorpus, TimebankPart};

#[derive(Default)]
struct Args {
    timebank: Option<PathBuf>,
    parts: Vec<String>,
    uds: Option<PathBuf>,
    splits: Vec<String>,
    meantime: Option<PathBuf>,
    /// One topic half of MEANTIME (`dev` = airbus + gm, `heldout` = apple + stock); all four without.
    meantime_split: Option<String>,
    errors: usize,
    limit: Option<usize>,
    json: Option<PathBuf>,
    speed: Vec<PathBuf>,
    rounds: usize,
}

fn parse_args() -> Result<Args, String> {
    let mut a = Args { parts: vec!["dev".into(), "test".into(), "aquaint".into()], splits: vec!["dev".into(), "test".into()], ..Default::default() };
    let mut it = std::env::args().skip(1);
    while let Some(flag) = it.next() {
        let mut value = || it.next().ok_or_else(|| format!("{flag} needs a value"));
        match flag.as_str() {
            "--timebank" => a.timebank = Some(value()?.into()),
            "--parts" => a.parts = value()?.split(',').map(str::to_string).collect(),
            "--uds" => a.uds = Some(value()?.into()),
            "--splits" => a.splits = value()?.split(',').map(str::to_string).collect(),
            "--meantime" => a.meantime = Some(value()?.into()),
            "--meantime-split" => a.meantime_split = Some(value()?),
            "--errors" => a.errors = value()?.parse().map_err(|e| format!("--errors: {e}"))?,
            "--limit" => a.limit = Some(value()?.parse().map_err(|e| format!("--limit: {e}"))?),
            "--json" => a.json = Some(value()?.into()),
            "--speed" => a.speed.push(value()?.into()),
            "--rounds" => a.rounds = value()?.parse().map_err(|e| format!("--rounds: {e}"))?,
            other => return Err(format!("unknown argument {other}")),
        }
    }
    if a.rounds == 0 {
        a.rounds = 20;
    }
    if a.timebank.is_none() && a.uds.is_none() && a.meantime.is_none() && a.speed.is_empty() {
        return Err("give at least one of --timebank, --uds, --meantime".into());
    }
    Ok(a)
}

/// Prints up to `n` mentions where we and the gold disagree, the costly
/// direction (gold not happened, ours occurred) first.
fn print_errors(corpus: &GoldCorpus, n: usize) {
    if n == 0 {
        return;
    }
    let (_, _, preds) = score_corpus(corpus);
    let mut errs: Vec<_> = preds
        .iter()
        .filter(|s| {
            let m = &corpus.mentions[s.mention];
            let ours = FactClass::of(s.pred);
            match m.class {
                Some(g) => g != ours,
                None => m.happened != (ours == FactClass::Occurred),
            }
        })
        .collect();
    errs.sort_by_key(|s| FactClass::of(s.pred) != FactClass::Occurred);
    println!("-- {} disagreements (showing {})", errs.len(), n.min(errs.len()));
    for s in errs.into_iter().take(n) {
        let m = &corpus.mentions[s.mention];
        let text = &corpus.texts[m.doc];
        let seg = newsledger_text::segment(text);
        let sent = seg.sentence_at(m.span.start).map(|i| &seg.sentences[i]);
        let (from, to) = sent.map(|s| (s.start, s.end)).unwrap_or((m.span.start, m.span.end));
        let gold = m.class.map(|c| c.as_str()).unwrap_or(if m.happened { "happened" } else { "not-happened" });
        println!(
            "gold {gold:<12} ours {:<11} [{}] {}[[{}]]{}",
            s.pred.as_str(),
            &text[m.span.start..m.span.end],
            &text[from..m.span.start].replace('\n', " "),
            &text[m.span.start..m.span.end],
            &text[m.span.end..to.max(m.span.end)].replace('\n', " ")
        );
    }
}

/// Times the claim and event extractors over `texts` on this thread. Each
/// article is timed on its own, `rounds` times; returns the mean over the
/// articles of their fastest run and of their median run, in µs (the
/// fastest run is the one least disturbed by other processes on a shared
/// machine).
fn time_extractors(texts: &[String], rounds: usize) -> (f64, f64) {
    use newsledger_extract::{claims::ClaimExtractor, events::EventExtractor, Doc, Extractor};
    use newsledger_model::Article;
    let articles: Vec<Article> = texts.iter().map(|t| Article { id: "x".into(), language: "en".into(), text: t.clone(), ..Default::default() }).collect();
    let mut docs: Vec<Doc<'_>> = articles.iter().map(|a| Doc::new(a, None)).collect();
    let mut runs: Vec<Vec<f64>> = vec![Vec::with_capacity(rounds); docs.len()];
    for _ in 0..rounds.max(1) {
        for (d, r) in docs.iter_mut().zip(runs.iter_mut()) {
            d.facts.claims.clear();
            d.facts.events.clear();
            let t0 = Instant::now();
            ClaimExtractor.run(d);
            EventExtractor.run(d);
            r.push(t0.elapsed().as_secs_f64() * 1e6);
        }
    }
    let n = runs.len().max(1) as f64;
    let mut best = 0.0;
    let mut median = 0.0;
    for r in &mut runs {
        r.sort_by(|a, b| a.total_cmp(b));
        best += r[0];
        median += r[r.len() / 2];
    }
    (best / n, median / n)
}

fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(a) => a,
        Err(e) => {
            eprintln!("eval_modality: {e}");
            return ExitCode::from(2);
        }
    };
    let mut corpora: Vec<GoldCorpus> = Vec::new();
    let mut load = |r: Result<GoldCorpus, newsledger_eval::EvalError>| match r {
        Ok(c) => {
            corpora.push(c);
            true
        }
        Err(e) => {
            eprintln!("eval_modality: {e}");
            false
        }
    };
    if let Some(tb) = &args.timebank {
        for p in &args.parts {
            let Some(part) = TimebankPart::parse(p) else {
                eprintln!("eval_modality: unknown TimeBank part {p} (dev, test, aquaint, aquaint-clean)");
                return ExitCode::from(2);
            };
            if !load(load_timebank(tb, part, args.limit)) {
                return ExitCode::FAILURE;
            }
        }
    }
    if let Some(uds) = &args.uds {
        for s in &args.splits {
            if !load(load_uds(uds, s, args.limit)) {
                return ExitCode::FAILURE;
            }
        }
    }
    if let Some(mt) = &args.meantime {
        if !load(load_meantime(mt, args.limit, args.meantime_split.as_deref())) {
            return ExitCode::FAILURE;
        }
    }
    let mut json = Vec::new();
    for c in &corpora {
        let t0 = Instant::now();
        let report = evaluate(c);
        let secs = t0.elapsed().as_secs_f64();
        println!("{}", report.table);
        println!("({} mentions classified in {:.3}s, {:.2} µs/mention incl. segmentation)\n", c.mentions.len(), secs, secs * 1e6 / c.mentions.len().max(1) as f64);
        print_errors(c, args.errors);
        json.push(report.json);
    }
    if !args.speed.is_empty() {
        let mut texts = Vec::new();
        for p in &args.speed {
            match std::fs::read_to_string(p) {
                Ok(t) => texts.push(t),
                Err(e) => {
                    eprintln!("eval_modality: cannot read {}: {e}", p.display());
                    return ExitCode::FAILURE;
                }
            }
        }
        let (best, median) = time_extractors(&texts, args.rounds);
        let bytes: usize = texts.iter().map(String::len).sum::<usize>() / texts.len().max(1);
        println!("speed: claims+events over {} given article(s) (mean {bytes} bytes): fastest {best:.1} µs/article, median {median:.1} µs/article ({} rounds)", texts.len(), args.rounds);
        if let Some(mt) = corpora.iter().find(|c| c.name.contains("intra-doc")) {
            let (best, median) = time_extractors(&mt.texts, args.rounds);
            let bytes: usize = mt.texts.iter().map(String::len).sum::<usize>() / mt.texts.len().max(1);
            println!("speed: claims+events over {} MEANTIME texts (mean {bytes} bytes): fastest {best:.1} µs/article, median {median:.1} µs/article", mt.texts.len());
        }
    }
    if let Some(path) = &args.json {
        let body = serde_json::to_string_pretty(&json).unwrap_or_default();
        if let Err(e) = std::fs::write(path, body) {
            eprintln!("eval_modality: cannot write {}: {e}", path.display());
            return ExitCode::FAILURE;
        }
    }
    ExitCode::SUCCESS
}
