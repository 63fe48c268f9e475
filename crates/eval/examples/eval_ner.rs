//! Scores the NER model on a CoNLL-2003 file, with peers' predictions beside it.
//!
//! ```text
//! cargo run --release -p newsledger-eval --example eval_ner -- \
//!     --conll /work/shared/datasets/conll2003/eng.testb \
//!     [--predictions [NAME=]FILE]... [--limit DOCS] [--write-ours FILE] \
//!     [--speed SECONDS] [--sentence-mode] [--json]
//! ```
//!
//! `--predictions` may be repeated: one token per line, the predicted tag in
//! the last column, blank lines between sentences, same order as the gold file.
//! `--write-ours` writes our predictions as `TOKEN GOLD PRED` (conlleval input).
//! `--sentence-mode` makes `--write-ours` and `--speed` tag sentence by
//! sentence instead of document by document (the table shows both).
//! `--speed` tags the whole file over and over for about SECONDS on this one
//! thread and prints words/s (best and median pass); run it under
//! `taskset -c 0` for a one-core figure.

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use newsledger_eval::ner::{inputs, load, predict, run_with_peers, tag_unit, write_predictions, Mode};
use newsledger_eval::EvalOptions;
use newsledger_ner::{Mention, Model};

fn main() -> ExitCode {
    match real_main() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

fn real_main() -> Result<(), Box<dyn std::error::Error>> {
    let mut it = std::env::args().skip(1);
    let mut conll_path = None;
    let mut peers: Vec<(String, PathBuf)> = Vec::new();
    let mut opts = EvalOptions::default();
    let (mut write_ours, mut speed, mut json, mut mode) = (None, None, false, Mode::Document);
    while let Some(a) = it.next() {
        let mut val = || it.next().ok_or_else(|| format!("{a} needs a value"));
        match a.as_str() {
            "--conll" => conll_path = Some(PathBuf::from(val()?)),
            "--predictions" => {
                let v = val()?;
                let (name, path) = match v.split_once('=') {
                    Some((n, p)) => (n.to_string(), PathBuf::from(p)),
                    None => {
                        let p = PathBuf::from(&v);
                        (p.file_stem().map_or(v.clone(), |s| s.to_string_lossy().into_owned()), p)
                    }
                };
                peers.push((name, path));
            }
            "--limit" => opts.limit = Some(val()?.parse()?),
            "--write-ours" => write_ours = Some(PathBuf::from(val()?)),
            "--speed" => speed = Some(val()?.parse::<f64>()?),
            "--json" => json = true,
            "--sentence-mode" => mode = Mode::Sentence,
            _ => return Err(format!("unknown argument {a}").into()),
        }
    }
    let conll_path = conll_path.ok_or("--conll FILE is required")?;
    let loading = Instant::now();
    let model = Model::english();
    eprintln!("model loaded in {:.3}s", loading.elapsed().as_secs_f64());
    let report = run_with_peers(&conll_path, &opts, &peers)?;
    println!("NER on {}", report.dataset);
    println!("{}", report.table);
    if json {
        println!("{}", serde_json::to_string_pretty(&report.json)?);
    }
    if let Some(path) = write_ours {
        let data = load(&conll_path, opts.limit)?;
        let (tags, _) = predict(model, &data, mode);
        write_predictions(&path, &data, &tags)?;
        eprintln!("wrote {}", path.display());
    }
    if let Some(seconds) = speed {
        let data = load(&conll_path, opts.limit)?;
        let inputs = inputs(&data, mode);
        let words: usize = data.tokens();
        let mut tagger = model.tagger();
        let mut out: Vec<Vec<Mention>> = Vec::new();
        let mut passes = Vec::new();
        let started = Instant::now();
        let mut found = 0usize;
        while passes.len() < 3 || started.elapsed().as_secs_f64() < seconds {
            let t = Instant::now();
            for (text, tokens, ranges) in &inputs.units {
                tag_unit(&mut tagger, mode, text, tokens, ranges, &mut out);
                found += out.iter().map(Vec::len).sum::<usize>();
            }
            passes.push(words as f64 / t.elapsed().as_secs_f64());
        }
        passes.sort_by(f64::total_cmp);
        println!(
            "speed ({mode:?} mode): {} words x {} passes; best {:.0} words/s, median {:.0} words/s (one thread; {} mentions)",
            words,
            passes.len(),
            passes[passes.len() - 1],
            passes[passes.len() / 2],
            found / passes.len()
        );
    }
    Ok(())
}
