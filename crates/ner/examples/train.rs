//! Trains the bundled English model (on eng.train and eng.testa, with the
//! settings chosen on eng.testa; see crates/ner/MODEL_CARD.md):
//!
//! ```sh
//! cargo run --release -p newsledger-ner --example train -- \
//!     --train /work/shared/datasets/conll2003/eng.train \
//!     --train /work/shared/datasets/conll2003/eng.testa \
//!     --out crates/ner/data/en/ner.model
//! ```
//!
//! To try a change, train on eng.train alone and score eng.testa with `--dev`
//! (the bundled model has seen eng.testa, so its dev score means nothing).
//! `--train` may be given several times: the files are concatenated.
//! Options: `--epochs N`, `--bits B` (tables of 2^B rows), `--prune X`, `--seed S`,
//! `--folds K` (jackknife folds for the document stage), `--runs R` (perceptron runs averaged
//! per stage), `--first-stage-weight W` (share of the first stage's scores in the second), `--sentence-only` (no document stage).

use std::process::ExitCode;
use std::time::Instant;

use newsledger_ner::{conll, train, Lexicon, TrainConfig};

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

fn run() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let (mut train_paths, mut dev_path, mut out) = (Vec::new(), None, None);
    let mut config = TrainConfig::default();
    while let Some(a) = args.next() {
        let mut val = || args.next().ok_or_else(|| format!("{a} needs a value"));
        match a.as_str() {
            "--train" => train_paths.push(val()?),
            "--dev" => dev_path = Some(val()?),
            "--out" => out = Some(val()?),
            "--epochs" => config.epochs = val()?.parse()?,
            "--bits" => config.hash_bits = val()?.parse()?,
            "--prune" => config.prune_below = val()?.parse()?,
            "--seed" => config.seed = val()?.parse()?,
            "--folds" => config.folds = val()?.parse()?,
            "--runs" => config.runs = val()?.parse()?,
            "--first-stage-weight" => config.first_stage_weight = val()?.parse()?,
            "--sentence-only" => config.document_stage = false,
            _ => return Err(format!("unknown argument {a}").into()),
        }
    }
    if train_paths.is_empty() {
        return Err("--train FILE is required".into());
    }
    let read = |p: &str| -> Result<Vec<conll::Sentence>, Box<dyn std::error::Error>> {
        let text = std::fs::read_to_string(p).map_err(|e| format!("{p}: {e}"))?;
        Ok(conll::parse(&text)?)
    };
    // Several files are concatenated; their documents keep apart.
    let mut train_data: Vec<conll::Sentence> = Vec::new();
    for path in &train_paths {
        let first_doc = train_data.last().map_or(0, |s| s.doc + 1);
        train_data.extend(read(path)?.into_iter().map(|mut s| {
            s.doc += first_doc;
            s
        }));
    }
    let dev_data = dev_path.as_deref().map(read).transpose()?;
    let started = Instant::now();
    let lexicon = Lexicon::english();
    let (words, phrases) = lexicon.sizes();
    eprintln!(
        "train: {} sentences; lexicon: {words} words, {phrases} gazetteer phrases ({:.1}s); {config:?}",
        train_data.len(),
        started.elapsed().as_secs_f64()
    );
    let model = train(&train_data, dev_data.as_deref(), &config, lexicon, |r| {
        eprintln!(
            "{:<12} epoch {:>2}: {:>6} / {} token errors, dev F1 {}, {:.1}s",
            r.stage,
            r.epoch,
            r.token_errors,
            r.tokens,
            r.dev_f1.map_or("-".to_string(), |f| format!("{:.4}", f)),
            r.seconds
        );
    })?;
    let (table_bytes, nonzero) = model.table_stats();
    eprintln!("trained in {:.1}s; table {table_bytes} bytes, {nonzero} non-zero rows", started.elapsed().as_secs_f64());
    if let Some(out) = out {
        let mut bytes = Vec::new();
        model.save(&mut bytes)?;
        std::fs::write(&out, &bytes).map_err(|e| format!("{out}: {e}"))?;
        eprintln!("wrote {out} ({} bytes)", bytes.len());
    }
    Ok(())
}
