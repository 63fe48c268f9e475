//! Scores quote extraction on the hand-labelled TimeBank/AQUAINT quote set,
//! and optionally times the entity and source extractors.
//!
//! ```text
//! cargo run --release -p newsledger-eval --example eval_quotes -- /work/shared/datasets/timebank
//!     [--gold crates/eval/gold/timebank-quotes.tsv] [--split dev|test] [--no-ner] [--limit N]
//!     [--predictions peer.tsv] [--json] [--errors /tmp/quote-errors.tsv] [--speed]
//! ```
//! `--polnear DIR` also scores attributions on PolNeAR (`--split`, default
//! `test`; the TimeBank path may then be left out).
//! `--errors` lists every gold quote the system missed or gave the wrong
//! speaker, with the dataset text: keep it out of the repository. `--speed`
//! times EntityExtractor + SourceExtractor over the scored documents (release
//! builds only mean anything).

use std::path::PathBuf;
use std::time::Instant;

use newsledger_eval::quotes::{load_gold, score, timeml_plain_text, QuoteEvalConfig, GOLD_TSV};
use newsledger_eval::EvalOptions;
use newsledger_extract::entities::{EntityExtractor, LexiconEntityExtractor};
use newsledger_extract::sources::SourceExtractor;
use newsledger_extract::{Doc, Extractor};
use newsledger_model::Article;

fn main() {
    let mut args = std::env::args().skip(1);
    let mut dataset: Option<PathBuf> = None;
    let mut gold = PathBuf::from(GOLD_TSV);
    let mut opts = EvalOptions::default();
    let mut ner = true;
    let mut json = false;
    let mut errors: Option<PathBuf> = None;
    let mut speed = false;
    let mut split: Option<String> = None;
    let mut polnear: Option<PathBuf> = None;
    while let Some(a) = args.next() {
        match a.as_str() {
            "--gold" => gold = args.next().map(PathBuf::from).unwrap_or(gold),
            "--limit" => opts.limit = args.next().and_then(|n| n.parse().ok()),
            "--predictions" => opts.predictions = args.next().map(PathBuf::from),
            "--no-ner" => ner = false,
            "--json" => json = true,
            "--errors" => errors = args.next().map(PathBuf::from),
            "--speed" => speed = true,
            "--split" => split = args.next(),
            "--polnear" => polnear = args.next().map(PathBuf::from),
            _ => dataset = Some(PathBuf::from(a)),
        }
    }
    if let Some(p) = &polnear {
        match newsledger_eval::quotes::polnear::score(p, split.as_deref().unwrap_or("test"), ner, &opts) {
            Ok(r) => {
                println!("{}\n{}", r.dataset, r.table);
                if json {
                    println!("{}", serde_json::to_string_pretty(&r.json).unwrap_or_default());
                }
            }
            Err(e) => eprintln!("error: {e}"),
        }
        if dataset.is_none() {
            return;
        }
    }
    let Some(dataset) = dataset else {
        eprintln!("usage: eval_quotes <timebank dir> [--gold FILE] [--split dev|test] [--no-ner] [--limit N] [--predictions FILE] [--json] [--errors FILE] [--speed]");
        std::process::exit(2);
    };
    let cfg = QuoteEvalConfig { gold: gold.clone(), dataset: dataset.clone(), ner, split };
    let (report, outcomes) = match score(&cfg, &opts) {
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
    if let Some(path) = errors {
        let mut out = String::from("file\tkind\tproblem\toverlap\tgold_content\tpredicted_content\tgold_speaker\tpredicted_speaker\n");
        let mut texts: std::collections::HashMap<String, String> = std::collections::HashMap::new();
        for o in outcomes.iter().filter(|o| o.overlap < 0.5 || !o.speaker_ok) {
            let text = texts.entry(o.gold.file.clone()).or_insert_with(|| {
                std::fs::read_to_string(dataset.join(&o.gold.file)).ok().and_then(|x| timeml_plain_text(&x).ok()).unwrap_or_default()
            });
            let cut = |a: usize, b: usize| -> String { text.chars().skip(a).take(b.saturating_sub(a)).collect::<String>().replace(['\n', '\t'], " ") };
            let problem = if o.overlap < 0.5 { "content" } else { "speaker" };
            let (pc, ps) = match &o.predicted {
                Some(p) => (cut(p.start, p.end), p.speaker_label.clone().unwrap_or_else(|| "-".into())),
                None => ("-".into(), "-".into()),
            };
            let gs = o.gold.speaker.map(|(a, b)| cut(a, b)).unwrap_or_else(|| "-".into());
            out.push_str(&format!("{}\t{}\t{}\t{:.2}\t{}\t{}\t{}\t{}\n", o.gold.file, o.gold.kind, problem, o.overlap, cut(o.gold.start, o.gold.end), pc, gs, ps));
        }
        if let Err(e) = std::fs::write(&path, out) {
            eprintln!("cannot write {}: {e}", path.display());
        }
    }
    if speed {
        let Ok(g) = load_gold(&gold) else { return };
        let texts: Vec<String> = g
            .files
            .iter()
            .filter_map(|(f, _)| std::fs::read_to_string(dataset.join(f)).ok())
            .filter_map(|x| timeml_plain_text(&x).ok())
            .collect();
        let bytes: usize = texts.iter().map(String::len).sum();
        let rounds = 30;
        let articles: Vec<Article> = texts.iter().map(|t| Article { text: t.clone(), language: "en".into(), ..Default::default() }).collect();
        let n = articles.len().max(1) as f64;
        // The machine may be shared: each phase reports its fastest round
        // (µs per document), which interference can only slow down.
        let fastest = |f: &mut dyn FnMut()| -> f64 {
            let mut best = f64::MAX;
            for _ in 0..rounds {
                let t0 = Instant::now();
                f();
                best = best.min(t0.elapsed().as_secs_f64());
            }
            best / n * 1e6
        };
        // Segmentation is the lead's crate: timed apart.
        let seg = fastest(&mut || {
            for a in &articles {
                std::hint::black_box(Doc::new(a, None));
            }
        });
        let mut docs: Vec<Doc> = articles.iter().map(|a| Doc::new(a, None)).collect();
        let ent = fastest(&mut || {
            for d in docs.iter_mut() {
                d.facts = Default::default();
                LexiconEntityExtractor.run(d);
            }
        });
        let entities: Vec<_> = docs.iter().map(|d| d.facts.entities.clone()).collect();
        let src = fastest(&mut || {
            for (d, e) in docs.iter_mut().zip(&entities) {
                d.facts = Default::default();
                d.facts.entities = e.clone();
                d.notes = Default::default();
                SourceExtractor.run(d);
            }
        });
        println!(
            "speed: {} docs ({} KiB, {} bytes/doc), fastest of {} rounds; segmentation {:.1} µs/doc; entities (registry+lexicons) {:.1} µs/doc; sources+quotes {:.1} µs/doc",
            articles.len(),
            bytes / 1024,
            bytes / articles.len().max(1),
            rounds,
            seg,
            ent,
            src
        );
        if ner {
            let with_ner = fastest(&mut || {
                for d in docs.iter_mut() {
                    d.facts = Default::default();
                    d.notes = Default::default();
                    EntityExtractor.run(d);
                }
            });
            println!("speed: entities with NER tagging {:.1} µs/doc", with_ner);
        }
    }
}
