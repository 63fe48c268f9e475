//! Trains the bundled English model:
//!
//! ```sh
//! cargo run --release -p newsledger-ner --example train -- \
//!     --train /work/shared/datasets/conll2003/eng.train \
//!     --dev /work/shared/datasets/conll2003/eng.testa \
//!     --out crates/ner/data/en/ner.model
//! ```
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
    let (mut train_path, mut dev_path, mut out) = (None, None, None);
    let mut config = TrainConfig::default();
    while let Some(a) = args.next() {
        let mut val = || args.next().ok_or_else(|| format!("{a} needs a value"));
        match a.as_str() {
            "--train" => train_path = Some(val()?),
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
    let train_path = train_path.ok_or("--train FILE is required")?;
    let read = |p: &str| -> Result<Vec<conll::Sentence>, Box<dyn std::error::Error>> {
        let text = std::fs::read_to_string(p).map_err(|e| format!("{p}: {e}"))?;
        Ok(conll::parse(&text)?)
    };
    let train_data = read(&train_path)?;
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
