//! Scorer: ner (CoNLL-2003 named entities).
//!
//! Reads a CoNLL-2003 file (`TOKEN POS CHUNK TAG` per line, blank line
//! between sentences, `-DOCSTART-` between documents, IOB1 tags), tags it
//! with [`newsledger_ner::Model::english`] on the file's own tokens (row
//! `newsledger`: each document at once, as an article is tagged; row
//! `newsledger-sentence`: each sentence alone), and scores exact-match
//! entities with conlleval's semantics:
//!
//! - a chunk starts at `B-X`, or at `I-X` when the previous tag is `O` or of
//!   another type (so IOB1 and IOB2 both read correctly); it ends before the
//!   next tag that does not continue it;
//! - a predicted chunk counts only if its start, end and type all match a
//!   gold chunk; precision, recall and F1 are computed per type and overall
//!   (micro-averaged over all chunks), in percent as conlleval prints them.
//!
//! Another system's predictions can be scored beside ours: a file with one
//! token per line whose LAST whitespace-separated column is the predicted
//! tag, blank lines between sentences (`-DOCSTART-` lines are skipped), in the
//! same sentence and token order as the gold file. Tokens are checked against
//! the gold file, so a misaligned file is an error, not a wrong score.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::time::Instant;

use newsledger_ner::{conll, Mention, Model, Tagger};

use crate::{EvalError, EvalOptions, EvalReport};

/// The four CoNLL types, in report order.
pub const TYPES: [&str; 4] = ["LOC", "MISC", "ORG", "PER"];

/// One chunk: token range `[start, end)` in its sentence and its type.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Chunk {
    pub start: usize,
    pub end: usize,
    pub kind: String,
}

/// Splits a tag into its prefix (`B`, `I`, `O`, …) and type.
fn split_tag(tag: &str) -> (&str, &str) {
    match tag.split_once('-') {
        Some((p, t)) => (p, t),
        None => (tag, ""),
    }
}

/// Chunks of one sentence's tags, with conlleval's start/end rules.
pub fn chunks<S: AsRef<str>>(tags: &[S]) -> Vec<Chunk> {
    let mut out = Vec::new();
    let mut open: Option<(usize, &str)> = None;
    for (i, tag) in tags.iter().enumerate() {
        let (prefix, kind) = split_tag(tag.as_ref());
        let outside = prefix == "O" || kind.is_empty();
        let continues = !outside && prefix != "B" && open.is_some_and(|(_, k)| k == kind);
        if !continues {
            if let Some((start, k)) = open.take() {
                out.push(Chunk { start, end: i, kind: k.to_string() });
            }
            if !outside {
                open = Some((i, kind));
            }
        }
    }
    if let Some((start, k)) = open {
        out.push(Chunk { start, end: tags.len(), kind: k.to_string() });
    }
    out
}

/// True positives, predicted and gold chunk counts.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    pub correct: usize,
    pub predicted: usize,
    pub gold: usize,
}

impl Counts {
    pub fn precision(&self) -> f64 {
        if self.predicted == 0 {
            0.0
        } else {
            100.0 * self.correct as f64 / self.predicted as f64
        }
    }
    pub fn recall(&self) -> f64 {
        if self.gold == 0 {
            0.0
        } else {
            100.0 * self.correct as f64 / self.gold as f64
        }
    }
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

/// Per-type and overall counts of one system.
#[derive(Debug, Clone, Default)]
pub struct Scores {
    pub by_type: BTreeMap<String, Counts>,
    pub overall: Counts,
}

/// Scores predicted tag sequences against gold ones, sentence by sentence.
pub fn score<G: AsRef<str>, P: AsRef<str>>(gold: &[Vec<G>], predicted: &[Vec<P>]) -> Scores {
    let mut s = Scores::default();
    for t in TYPES {
        s.by_type.insert(t.to_string(), Counts::default());
    }
    for (g, p) in gold.iter().zip(predicted) {
        let gc = chunks(g);
        let pc = chunks(p);
        for c in &gc {
            s.by_type.entry(c.kind.clone()).or_default().gold += 1;
            s.overall.gold += 1;
        }
        for c in &pc {
            s.by_type.entry(c.kind.clone()).or_default().predicted += 1;
            s.overall.predicted += 1;
            if gc.contains(c) {
                s.by_type.entry(c.kind.clone()).or_default().correct += 1;
                s.overall.correct += 1;
            }
        }
    }
    s
}

/// Mentions → IOB1 tags (`B-` only where a mention directly follows one of
/// the same type), as in the CoNLL-2003 files.
pub fn mentions_to_iob1(mentions: &[Mention], n: usize) -> Vec<String> {
    let mut tags = vec!["O".to_string(); n];
    let mut last_end_of: BTreeMap<&str, usize> = BTreeMap::new();
    let mut sorted: Vec<&Mention> = mentions.iter().collect();
    sorted.sort_by_key(|m| m.tokens.start);
    for m in sorted {
        let kind = m.label.as_str();
        let end = m.tokens.end.min(n);
        for (i, tag) in tags.iter_mut().enumerate().take(end).skip(m.tokens.start) {
            let b = i == m.tokens.start && m.tokens.start > 0 && last_end_of.get(kind) == Some(&m.tokens.start);
            *tag = format!("{}-{}", if b { "B" } else { "I" }, kind);
        }
        last_end_of.insert(kind, end);
    }
    tags
}

/// A CoNLL file in memory.
pub struct Dataset {
    pub path: PathBuf,
    pub sentences: Vec<conll::Sentence>,
}

impl Dataset {
    pub fn tokens(&self) -> usize {
        self.sentences.iter().map(|s| s.words.len()).sum()
    }
}

/// Reads a CoNLL file; `limit` keeps the first N documents.
pub fn load(path: &Path, limit: Option<usize>) -> Result<Dataset, EvalError> {
    let text = std::fs::read_to_string(path).map_err(|source| EvalError::Io { path: path.to_path_buf(), source })?;
    let mut sentences =
        conll::parse(&text).map_err(|e| EvalError::Format { path: path.to_path_buf(), reason: e.to_string() })?;
    if let Some(n) = limit {
        sentences.retain(|s| s.doc < n);
    }
    Ok(Dataset { path: path.to_path_buf(), sentences })
}

/// How the model is run over the file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Each `-DOCSTART-` document at once ([`Model::tag_document`]).
    Document,
    /// Each sentence alone ([`Model::tag_sentence`]).
    Sentence,
}

/// Prepared model input: one text + tokens per unit (document or sentence),
/// with sentence token ranges.
pub struct Inputs {
    pub units: Vec<(String, Vec<newsledger_text::Token>, Vec<std::ops::Range<usize>>)>,
}

/// Builds the model's input from the file's own tokens.
pub fn inputs(data: &Dataset, mode: Mode) -> Inputs {
    let mut units = Vec::new();
    let mut i = 0;
    while i < data.sentences.len() {
        let mut j = i + 1;
        if mode == Mode::Document {
            while j < data.sentences.len() && data.sentences[j].doc == data.sentences[i].doc {
                j += 1;
            }
        }
        let words: Vec<&str> = data.sentences[i..j].iter().flat_map(|s| s.words.iter().map(String::as_str)).collect();
        let (text, tokens) = conll::words_to_tokens(&words);
        let mut ranges = Vec::with_capacity(j - i);
        let mut at = 0;
        for s in &data.sentences[i..j] {
            ranges.push(at..at + s.words.len());
            at += s.words.len();
        }
        units.push((text, tokens, ranges));
        i = j;
    }
    Inputs { units }
}

/// Tags one unit of [`inputs`]: a document with [`Tagger::tag_document_into`],
/// a sentence with [`Tagger::tag_into`] (what `tag_sentence` does).
pub fn tag_unit(
    tagger: &mut Tagger<'_>,
    mode: Mode,
    text: &str,
    tokens: &[newsledger_text::Token],
    ranges: &[std::ops::Range<usize>],
    out: &mut Vec<Vec<Mention>>,
) {
    match mode {
        Mode::Document => tagger.tag_document_into(text, tokens, ranges, out),
        Mode::Sentence => {
            out.resize_with(1, Vec::new);
            out[0].clear();
            tagger.tag_into(text, tokens, &mut out[0]);
        }
    }
}

/// Tags every sentence with `model`; returns IOB1 tags per sentence and the
/// seconds spent tagging (text building and tag formatting excluded).
pub fn predict(model: &Model, data: &Dataset, mode: Mode) -> (Vec<Vec<String>>, f64) {
    let inputs = inputs(data, mode);
    let mut tagger = model.tagger();
    let mut mentions: Vec<Vec<Mention>> = Vec::with_capacity(data.sentences.len());
    let mut out: Vec<Vec<Mention>> = Vec::new();
    let started = Instant::now();
    for (text, tokens, ranges) in &inputs.units {
        tag_unit(&mut tagger, mode, text, tokens, ranges, &mut out);
        mentions.append(&mut out);
    }
    let seconds = started.elapsed().as_secs_f64();
    let tags = mentions.iter().zip(&data.sentences).map(|(m, s)| mentions_to_iob1(m, s.words.len())).collect();
    (tags, seconds)
}

/// Reads another system's predictions (see the module doc) and checks them
/// against the gold tokens.
pub fn load_predictions(path: &Path, data: &Dataset) -> Result<Vec<Vec<String>>, EvalError> {
    let text = std::fs::read_to_string(path).map_err(|source| EvalError::Io { path: path.to_path_buf(), source })?;
    let bad = |reason: String| EvalError::Format { path: path.to_path_buf(), reason };
    let mut out: Vec<Vec<String>> = Vec::new();
    let mut cur: Vec<String> = Vec::new();
    let flush = |cur: &mut Vec<String>, out: &mut Vec<Vec<String>>| -> Result<(), EvalError> {
        if cur.is_empty() {
            return Ok(());
        }
        let i = out.len();
        let Some(gold) = data.sentences.get(i) else {
            return Err(bad(format!("more sentences than the gold file ({})", data.sentences.len())));
        };
        if gold.words.len() != cur.len() {
            return Err(bad(format!("sentence {}: {} tokens, gold has {}", i + 1, cur.len(), gold.words.len())));
        }
        out.push(std::mem::take(cur));
        Ok(())
    };
    let mut words_of_current: Vec<String> = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let line = line.trim_end();
        if line.is_empty() {
            check_words(&words_of_current, data.sentences.get(out.len()), out.len(), &bad)?;
            words_of_current.clear();
            flush(&mut cur, &mut out)?;
            continue;
        }
        let cols: Vec<&str> = line.split_whitespace().collect();
        if cols[0] == "-DOCSTART-" {
            continue;
        }
        if cols.len() < 2 {
            return Err(bad(format!("line {}: expected TOKEN ... TAG", n + 1)));
        }
        words_of_current.push(cols[0].to_string());
        cur.push(cols[cols.len() - 1].to_string());
    }
    check_words(&words_of_current, data.sentences.get(out.len()), out.len(), &bad)?;
    flush(&mut cur, &mut out)?;
    if out.len() != data.sentences.len() {
        return Err(bad(format!("{} sentences, gold has {}", out.len(), data.sentences.len())));
    }
    Ok(out)
}

fn check_words(
    words: &[String],
    gold: Option<&conll::Sentence>,
    index: usize,
    bad: &impl Fn(String) -> EvalError,
) -> Result<(), EvalError> {
    let Some(gold) = gold else { return Ok(()) };
    if words.is_empty() {
        return Ok(());
    }
    if let Some((k, (w, g))) = words.iter().zip(&gold.words).enumerate().find(|(_, (w, g))| w != g) {
        return Err(bad(format!("sentence {}, token {}: {w:?} but gold has {g:?}", index + 1, k + 1)));
    }
    Ok(())
}

/// Writes predictions as `TOKEN GOLD PRED` lines (conlleval's input).
pub fn write_predictions(path: &Path, data: &Dataset, predicted: &[Vec<String>]) -> Result<(), EvalError> {
    let mut s = String::new();
    for (sent, pred) in data.sentences.iter().zip(predicted) {
        for ((w, g), p) in sent.words.iter().zip(&sent.tags).zip(pred) {
            let _ = writeln!(s, "{w} {g} {p}");
        }
        s.push('\n');
    }
    std::fs::write(path, s).map_err(|source| EvalError::Io { path: path.to_path_buf(), source })
}

/// One scored system.
pub struct SystemScore {
    pub name: String,
    pub scores: Scores,
    /// Tagging speed when measured in this run.
    pub words_per_second: Option<f64>,
}

/// The plain-text table: one block per system, per type and overall.
pub fn format_table(systems: &[SystemScore]) -> String {
    let mut t = String::new();
    let _ = writeln!(t, "{:<24} {:<8} {:>9} {:>9} {:>9} {:>7} {:>7} {:>7}", "system", "type", "precision", "recall", "F1", "correct", "pred", "gold");
    for s in systems {
        let rows = s.scores.by_type.iter().map(|(k, c)| (k.as_str(), c)).chain(std::iter::once(("overall", &s.scores.overall)));
        for (kind, c) in rows {
            let _ = writeln!(
                t,
                "{:<24} {:<8} {:>9.2} {:>9.2} {:>9.2} {:>7} {:>7} {:>7}",
                s.name,
                kind,
                c.precision(),
                c.recall(),
                c.f1(),
                c.correct,
                c.predicted,
                c.gold
            );
        }
        if let Some(wps) = s.words_per_second {
            let _ = writeln!(t, "{:<24} speed    {:.0} words/s (one thread, tagging only)", s.name, wps);
        }
    }
    t
}

fn json_of(s: &SystemScore) -> serde_json::Value {
    let counts = |c: &Counts| {
        serde_json::json!({
            "precision": c.precision(), "recall": c.recall(), "f1": c.f1(),
            "correct": c.correct, "predicted": c.predicted, "gold": c.gold,
        })
    };
    let by_type: serde_json::Map<String, serde_json::Value> = s.scores.by_type.iter().map(|(k, c)| (k.clone(), counts(c))).collect();
    serde_json::json!({
        "system": s.name,
        "overall": counts(&s.scores.overall),
        "by_type": by_type,
        "words_per_second": s.words_per_second,
    })
}

/// Scores our model and any number of peers' prediction files (`name`, path).
pub fn run_with_peers(conll_path: &Path, opts: &EvalOptions, peers: &[(String, PathBuf)]) -> Result<EvalReport, EvalError> {
    let data = load(conll_path, opts.limit)?;
    let gold: Vec<Vec<String>> = data.sentences.iter().map(|s| s.tags.clone()).collect();
    let words = data.tokens();
    let mut systems = Vec::new();
    for (name, mode) in [("newsledger", Mode::Document), ("newsledger-sentence", Mode::Sentence)] {
        let (ours, seconds) = predict(Model::english(), &data, mode);
        systems.push(SystemScore {
            name: name.to_string(),
            scores: score(&gold, &ours),
            words_per_second: (seconds > 0.0).then(|| words as f64 / seconds),
        });
    }
    let mut all_peers: Vec<(String, PathBuf)> = Vec::new();
    if let Some(p) = &opts.predictions {
        all_peers.push((p.file_stem().map_or("predictions".into(), |s| s.to_string_lossy().into_owned()), p.clone()));
    }
    all_peers.extend(peers.iter().cloned());
    for (name, path) in &all_peers {
        let pred = load_predictions(path, &data)?;
        systems.push(SystemScore { name: name.clone(), scores: score(&gold, &pred), words_per_second: None });
    }
    let gold_chunks: usize = gold.iter().map(|g| chunks(g).len()).sum();
    let dataset = format!(
        "{} ({} sentences, {} tokens, {} gold entities)",
        conll_path.display(),
        data.sentences.len(),
        words,
        gold_chunks
    );
    let table = format_table(&systems);
    let json = serde_json::json!({
        "dataset": dataset,
        "systems": systems.iter().map(json_of).collect::<Vec<_>>(),
    });
    Ok(EvalReport { name: "ner".to_string(), dataset, table, json })
}

/// Scores our model (and `opts.predictions`, if given) on a CoNLL file.
pub fn run(conll_path: &Path, opts: &EvalOptions) -> Result<EvalReport, EvalError> {
    run_with_peers(conll_path, opts, &[])
}

#[cfg(test)]
mod tests {
    use super::*;
    use newsledger_ner::Label;

    fn v(tags: &str) -> Vec<String> {
        tags.split_whitespace().map(String::from).collect()
    }

    #[test]
    fn iob1_and_iob2_chunks_read_alike() {
        let iob1 = chunks(&v("I-PER I-PER O I-LOC B-LOC I-ORG"));
        let iob2 = chunks(&v("B-PER I-PER O B-LOC B-LOC B-ORG"));
        assert_eq!(iob1, iob2);
        assert_eq!(iob1.len(), 4);
        assert_eq!(iob1[0], Chunk { start: 0, end: 2, kind: "PER".into() });
        // A type change inside a run starts a new chunk.
        assert_eq!(chunks(&v("I-PER I-ORG")).len(), 2);
    }

    #[test]
    fn exact_match_scores_partial_spans_as_errors() {
        let gold = vec![v("I-PER I-PER O I-LOC"), v("I-ORG O")];
        let pred = vec![v("I-PER O O I-LOC"), v("I-ORG O")];
        let s = score(&gold, &pred);
        assert_eq!(s.overall, Counts { correct: 2, predicted: 3, gold: 3 });
        assert_eq!(s.by_type["PER"], Counts { correct: 0, predicted: 1, gold: 1 });
        assert!((s.overall.f1() - 66.666).abs() < 0.01);
    }

    #[test]
    fn iob1_output_marks_adjacent_same_type_mentions() {
        let m = vec![
            Mention { tokens: 0..1, label: Label::Loc },
            Mention { tokens: 1..3, label: Label::Loc },
            Mention { tokens: 3..4, label: Label::Per },
        ];
        let tags = mentions_to_iob1(&m, 5);
        assert_eq!(tags, v("I-LOC B-LOC I-LOC I-PER O"));
        assert_eq!(chunks(&tags).len(), 3);
    }

    #[test]
    fn predictions_must_align_with_gold_tokens() {
        let dir = std::env::temp_dir().join(format!("nl-ner-eval-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let gold_path = dir.join("gold.conll");
        std::fs::write(&gold_path, "-DOCSTART- -X- O O\n\nAda NNP I-NP I-PER\nwrote VBD I-VP O\n\nin IN I-PP O\nParis NNP I-NP I-LOC\n").unwrap();
        let data = load(&gold_path, None).unwrap();
        let good = dir.join("good.txt");
        std::fs::write(&good, "Ada I-PER\nwrote O\n\nin O\nParis I-ORG\n").unwrap();
        let pred = load_predictions(&good, &data).unwrap();
        let s = score(&data.sentences.iter().map(|s| s.tags.clone()).collect::<Vec<_>>(), &pred);
        assert_eq!(s.overall, Counts { correct: 1, predicted: 2, gold: 2 });
        let shifted = dir.join("bad.txt");
        std::fs::write(&shifted, "Ada I-PER\n\nwrote O\nin O\nParis I-LOC\n").unwrap();
        assert!(load_predictions(&shifted, &data).is_err());
        let renamed = dir.join("bad2.txt");
        std::fs::write(&renamed, "Bob I-PER\nwrote O\n\nin O\nParis I-LOC\n").unwrap();
        assert!(load_predictions(&renamed, &data).is_err());
        let _ = std::fs::remove_dir_all(&dir);
    }
}
