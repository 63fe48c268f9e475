//! Speed of the NER on real news text: tags the article bodies of a
//! `ground-truth.json` (an object of `{ "<id>": { "articleBody": "..." } }`,
//! e.g. /work/shared/datasets/article-extraction/ground-truth.json) with
//! `Model::tag_document`, after segmenting them with `newsledger_text`.
//!
//! ```sh
//! cargo build --release -p newsledger-ner --example bench_news
//! # words/s: repeat the whole set for about 10 s, report the best and median pass
//! taskset -c 0 target/release/examples/bench_news --articles GROUND_TRUTH.json --seconds 10
//! # instructions: one pass under callgrind (start-up and segmentation are
//! # outside `tag_pass`, so `callgrind_annotate` separates them)
//! valgrind --tool=callgrind --callgrind-out-file=/tmp/ner.cg \
//!     target/release/examples/bench_news --articles GROUND_TRUTH.json --passes 1
//! # start-up alone (loads the model, tags nothing)
//! valgrind --tool=callgrind target/release/examples/bench_news --startup-only
//! ```
//! `--write FILE` writes every mention (article id, sentence, token range,
//! label, surface text): diff two builds' files to check they tag alike.

use std::io::Write;
use std::ops::Range;
use std::process::ExitCode;
use std::time::Instant;

use newsledger_ner::{Mention, Model};
use newsledger_text::Token;

struct Article {
    id: String,
    text: String,
    tokens: Vec<Token>,
    sentences: Vec<Range<usize>>,
    /// Whitespace-separated words (what "words per article" counts).
    words: usize,
}

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
    let (mut articles_path, mut write, mut seconds, mut passes, mut startup_only) = (None, None, None, 1usize, false);
    while let Some(a) = args.next() {
        let mut val = || args.next().ok_or_else(|| format!("{a} needs a value"));
        match a.as_str() {
            "--articles" => articles_path = Some(val()?),
            "--write" => write = Some(val()?),
            "--seconds" => seconds = Some(val()?.parse::<f64>()?),
            "--passes" => passes = val()?.parse()?,
            "--startup-only" => startup_only = true,
            _ => return Err(format!("unknown argument {a}").into()),
        }
    }
    let started = Instant::now();
    let model = Model::english();
    let load_ms = started.elapsed().as_secs_f64() * 1e3;
    if startup_only {
        eprintln!("model loaded in {load_ms:.2} ms (wall)");
        return Ok(());
    }
    let path = articles_path.ok_or("--articles FILE is required")?;
    let articles = read_articles(&path)?;
    let tokens: usize = articles.iter().map(|a| a.tokens.len()).sum();
    let words: usize = articles.iter().map(|a| a.words).sum();
    eprintln!(
        "{} articles, {words} words, {tokens} tokens; model loaded in {load_ms:.2} ms (wall)",
        articles.len()
    );

    let mut tagger = model.tagger();
    let mut out = Vec::new();
    if let Some(w) = write {
        let mut f = std::io::BufWriter::new(std::fs::File::create(&w)?);
        for a in &articles {
            tagger.tag_document_into(&a.text, &a.tokens, &a.sentences, &mut out);
            for (si, (r, ms)) in a.sentences.iter().zip(&out).enumerate() {
                for m in ms {
                    write_mention(&mut f, a, si, &a.tokens[r.clone()], m)?;
                }
            }
        }
        f.flush()?;
    }
    let mut times = Vec::new();
    let clock = Instant::now();
    let mentions = loop {
        let t = Instant::now();
        let mentions = tag_pass(&mut tagger, &articles, &mut out);
        times.push(t.elapsed().as_secs_f64());
        let done = match seconds {
            Some(s) => clock.elapsed().as_secs_f64() >= s,
            None => times.len() >= passes,
        };
        if done {
            break mentions;
        }
    };
    times.sort_by(f64::total_cmp);
    let best = times[0];
    let median = times[times.len() / 2];
    println!(
        "{} passes; {mentions} mentions per pass; words/s best {:.0}, median {:.0}; tokens/s best {:.0}, median {:.0}; articles/s best {:.0}",
        times.len(),
        words as f64 / best,
        words as f64 / median,
        tokens as f64 / best,
        tokens as f64 / median,
        articles.len() as f64 / best,
    );
    Ok(())
}

/// One pass over all articles; returns the number of mentions found.
#[inline(never)]
fn tag_pass(tagger: &mut newsledger_ner::Tagger<'_>, articles: &[Article], out: &mut Vec<Vec<Mention>>) -> usize {
    let mut n = 0;
    for a in articles {
        tagger.tag_document_into(&a.text, &a.tokens, &a.sentences, out);
        n += out.iter().map(Vec::len).sum::<usize>();
    }
    n
}

fn write_mention(f: &mut impl Write, a: &Article, si: usize, toks: &[Token], m: &Mention) -> std::io::Result<()> {
    let span = toks[m.tokens.start].start as usize..toks[m.tokens.end - 1].end as usize;
    writeln!(f, "{}\t{si}\t{}..{}\t{}\t{}", a.id, m.tokens.start, m.tokens.end, m.label.as_str(), &a.text[span])
}

fn read_articles(path: &str) -> Result<Vec<Article>, Box<dyn std::error::Error>> {
    let raw = std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))?;
    let json: serde_json::Value = serde_json::from_str(&raw)?;
    let obj = json.as_object().ok_or("expected a JSON object of articles")?;
    let mut ids: Vec<&String> = obj.keys().collect();
    ids.sort();
    let mut out = Vec::new();
    for id in ids {
        let Some(body) = obj[id].get("articleBody").and_then(|b| b.as_str()) else { continue };
        let seg = newsledger_text::segment(body);
        out.push(Article {
            id: id.clone(),
            text: body.to_string(),
            sentences: seg.sentences.iter().map(|s| s.tokens.clone()).collect(),
            tokens: seg.tokens,
            words: body.split_whitespace().count(),
        });
    }
    Ok(out)
}
