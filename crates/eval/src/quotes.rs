//! Scorer: quotes, on our hand-labelled TimeBank/AQUAINT quote set
//! (`gold/timebank-quotes.tsv`, offsets and labels only; the texts are read
//! from the dataset).
//!
//! **Plain text of a TimeML file** (the gold offsets point into it, in code
//! points): the content between `<TEXT>` and `</TEXT>`, every tag `<...>`
//! removed, the entities `&lt; &gt; &quot; &apos; &amp;` decoded, nothing
//! else changed ([`timeml_plain_text`]).
//!
//! For every file the gold covers, the scorer runs the entity and source
//! extractors on that text and compares the system's direct and partial
//! quotes (indirect ones are not labelled) with the gold quotes:
//!
//! * **content**: precision/recall/F1 of quote spans, *exact* (same span)
//!   and *overlap* (token overlap ≥ 0.5: shared word tokens divided by the
//!   larger span's token count), matched one-to-one, best overlap first;
//! * **speaker accuracy** on overlap-matched quotes, per gold kind: the
//!   system's source for the quote is right when one of its mentions
//!   (source evidence, source coreference mentions, mentions of its entity)
//!   overlaps the gold speaker mention, or its entity's canonical name or
//!   text equals the gold canonical name; a quote without a source is wrong;
//! * **kind accuracy** (direct vs partial) on matched quotes.
//!
//! Another system's predictions (`EvalOptions::predictions`) are read as TSV:
//! `file content_start content_end kind speaker_start speaker_end` (code
//! points into the same plain text; kind `direct`/`partial`; speaker columns
//! may be `-`), and scored the same way (speaker by span overlap only).

use std::collections::{BTreeMap, HashMap};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use newsledger_extract::entities::{EntityExtractor, LexiconEntityExtractor};
use newsledger_extract::sources::SourceExtractor;
use newsledger_extract::{Doc, Extractor};
use newsledger_model::{Article, CharMap, QuoteKind};
use serde_json::json;

use crate::{prf, EvalError, EvalOptions, EvalReport};

/// The gold file shipped with the crate.
pub const GOLD_TSV: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/gold/timebank-quotes.tsv");

/// One labelled quote. Offsets are code points into [`timeml_plain_text`].
#[derive(Debug, Clone, PartialEq)]
pub struct GoldQuote {
    pub file: String,
    pub start: usize,
    pub end: usize,
    pub kind: QuoteKind,
    pub speaker: Option<(usize, usize)>,
    pub canonical: Option<String>,
    /// `dev` (used while developing the extractor) or `test` (held out).
    pub split: String,
}

/// The gold set: the files it covers (all their quote-mark quotes are
/// labelled), each with its split, and the quotes.
#[derive(Debug, Clone, Default)]
pub struct GoldSet {
    pub files: Vec<(String, String)>,
    pub quotes: Vec<GoldQuote>,
}

/// A quote the system (or a peer) found, in code points.
#[derive(Debug, Clone, PartialEq)]
pub struct PredictedQuote {
    pub start: usize,
    pub end: usize,
    pub kind: QuoteKind,
    /// Every span that refers to the quote's source.
    pub speaker_mentions: Vec<(usize, usize)>,
    /// Canonical names and texts of the source's entity, lower-cased.
    pub speaker_names: Vec<String>,
    /// The source's name as printed, for error listings.
    pub speaker_label: Option<String>,
}

/// The `<TEXT>` content of a TimeML document with tags removed and the five
/// XML entities decoded.
pub fn timeml_plain_text(xml: &str) -> Result<String, String> {
    let open = xml.find("<TEXT>").ok_or("no <TEXT>")? + "<TEXT>".len();
    let close = xml[open..].find("</TEXT>").ok_or("no </TEXT>")? + open;
    let body = &xml[open..close];
    let mut out = String::with_capacity(body.len());
    let mut rest = body;
    while let Some(at) = rest.find(['<', '&']) {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        if rest.starts_with('<') {
            match rest.find('>') {
                Some(gt) => rest = &rest[gt + 1..],
                None => {
                    rest = "";
                }
            }
            continue;
        }
        let entities = [("&lt;", '<'), ("&gt;", '>'), ("&quot;", '"'), ("&apos;", '\''), ("&amp;", '&')];
        match entities.iter().find(|(name, _)| rest.starts_with(name)) {
            Some((name, c)) => {
                out.push(*c);
                rest = &rest[name.len()..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    Ok(out)
}

fn format_err(path: &Path, line: usize, reason: impl Into<String>) -> EvalError {
    EvalError::Format { path: path.to_path_buf(), reason: format!("line {line}: {}", reason.into()) }
}

/// Reads the gold TSV.
pub fn load_gold(path: &Path) -> Result<GoldSet, EvalError> {
    let text = std::fs::read_to_string(path).map_err(|source| EvalError::Io { path: path.to_path_buf(), source })?;
    let mut gold = GoldSet::default();
    for (n, line) in text.lines().enumerate() {
        if let Some(f) = line.strip_prefix("# file\t") {
            let mut cols = f.split('\t');
            let file = cols.next().unwrap_or_default().trim().to_string();
            let split = cols.next().unwrap_or("dev").trim().to_string();
            gold.files.push((file, split));
            continue;
        }
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let c: Vec<&str> = line.split('\t').collect();
        if c.len() < 7 {
            return Err(format_err(path, n + 1, "expected 7 columns"));
        }
        let num = |s: &str| s.parse::<usize>().map_err(|_| format_err(path, n + 1, format!("not a number: {s:?}")));
        let kind = QuoteKind::parse(c[3]).ok_or_else(|| format_err(path, n + 1, format!("unknown kind {:?}", c[3])))?;
        let speaker = if c[4] == "-" { None } else { Some((num(c[4])?, num(c[5])?)) };
        let canonical = (c[6] != "-").then(|| c[6].to_string());
        let split = c.get(7).map_or("dev", |s| s.trim()).to_string();
        gold.quotes.push(GoldQuote { file: c[0].to_string(), start: num(c[1])?, end: num(c[2])?, kind, speaker, canonical, split });
    }
    Ok(gold)
}

/// Runs the entity and source extractors on `text`; direct and partial
/// quotes with their speakers' mentions, in code points.
pub fn predict(text: &str, use_ner: bool) -> Vec<PredictedQuote> {
    let article = Article { text: text.to_string(), language: "en".into(), ..Default::default() };
    let mut doc = Doc::new(&article, None);
    if use_ner {
        EntityExtractor.run(&mut doc);
    } else {
        LexiconEntityExtractor.run(&mut doc);
    }
    SourceExtractor.run(&mut doc);
    let map = CharMap::new(text);
    let cp = |s: usize, e: usize| {
        let sp = map.span(s, e);
        (sp.start, sp.end)
    };
    let mut out = Vec::new();
    for q in doc.facts.quotes.iter().filter(|q| q.kind != QuoteKind::Indirect) {
        let (start, end) = cp(q.evidence.start, q.evidence.end);
        let mut mentions = Vec::new();
        let mut names = Vec::new();
        let mut label = None;
        if let Some(sid) = &q.source {
            if let Some(src) = doc.facts.sources.iter().find(|s| &s.id == sid) {
                label = Some(src.name.clone());
                mentions.push(cp(src.evidence.start, src.evidence.end));
                if let Some(eid) = &src.entity {
                    if let Some(e) = doc.facts.entities.iter().find(|e| &e.id == eid) {
                        mentions.extend(e.mentions.iter().map(|m| cp(m.start, m.end)));
                        names.push(e.text.to_lowercase());
                        if let Some(c) = &e.canonical {
                            names.push(c.to_lowercase());
                        }
                    }
                }
            }
            mentions.extend(doc.notes.source_mentions.iter().filter(|m| &m.source == sid).map(|m| cp(m.span.start, m.span.end)));
        }
        out.push(PredictedQuote { start, end, kind: q.kind, speaker_mentions: mentions, speaker_names: names, speaker_label: label });
    }
    out
}

/// Reads a peer's predictions TSV, grouped by file.
pub fn load_predictions(path: &Path) -> Result<HashMap<String, Vec<PredictedQuote>>, EvalError> {
    let text = std::fs::read_to_string(path).map_err(|source| EvalError::Io { path: path.to_path_buf(), source })?;
    let mut out: HashMap<String, Vec<PredictedQuote>> = HashMap::new();
    for (n, line) in text.lines().enumerate() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let c: Vec<&str> = line.split('\t').collect();
        if c.len() < 4 {
            return Err(format_err(path, n + 1, "expected at least 4 columns"));
        }
        let num = |s: &str| s.parse::<usize>().map_err(|_| format_err(path, n + 1, format!("not a number: {s:?}")));
        let kind = QuoteKind::parse(c[3]).ok_or_else(|| format_err(path, n + 1, format!("unknown kind {:?}", c[3])))?;
        let speaker = match (c.get(4), c.get(5)) {
            (Some(a), Some(b)) if *a != "-" && *b != "-" => vec![(num(a)?, num(b)?)],
            _ => Vec::new(),
        };
        out.entry(c[0].to_string()).or_default().push(PredictedQuote {
            start: num(c[1])?,
            end: num(c[2])?,
            kind,
            speaker_mentions: speaker,
            speaker_names: Vec::new(),
            speaker_label: None,
        });
    }
    Ok(out)
}

/// Word-token spans of a text, in code points.
fn word_tokens(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.chars().enumerate() {
        match (c.is_alphanumeric(), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push((s, i));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push((s, text.chars().count()));
    }
    out
}

fn tokens_in(toks: &[(usize, usize)], a: usize, b: usize) -> usize {
    toks.iter().filter(|t| t.0 >= a && t.1 <= b).count()
}

/// Shared tokens over the larger span's token count.
fn token_overlap(toks: &[(usize, usize)], g: (usize, usize), p: (usize, usize)) -> f64 {
    let (a, b) = (g.0.max(p.0), g.1.min(p.1));
    if a >= b {
        return 0.0;
    }
    let shared = tokens_in(toks, a, b) as f64;
    let denom = tokens_in(toks, g.0, g.1).max(tokens_in(toks, p.0, p.1)).max(1) as f64;
    shared / denom
}

fn spans_overlap(a: (usize, usize), b: (usize, usize)) -> bool {
    a.0 < b.1 && b.0 < a.1
}

/// Whether a predicted quote names the gold speaker.
pub fn speaker_correct(g: &GoldQuote, p: &PredictedQuote) -> bool {
    let by_span = g.speaker.is_some_and(|s| p.speaker_mentions.iter().any(|m| spans_overlap(*m, s)));
    let by_name = g.canonical.as_ref().is_some_and(|c| p.speaker_names.iter().any(|n| n == &c.to_lowercase()));
    by_span || by_name
}

/// Counts for one system.
#[derive(Debug, Default, Clone)]
pub struct Tally {
    pub gold: usize,
    pub predicted: usize,
    pub exact: usize,
    pub overlap: usize,
    /// Per gold kind: (matched, speaker right, kind right).
    pub by_kind: BTreeMap<&'static str, (usize, usize, usize)>,
    /// Per gold kind: gold count.
    pub gold_by_kind: BTreeMap<&'static str, usize>,
    /// Per predicted kind: (predicted, overlap-matched).
    pub pred_by_kind: BTreeMap<&'static str, (usize, usize)>,
}

/// One scored gold quote, for error listings (no dataset text is kept).
#[derive(Debug, Clone)]
pub struct Outcome {
    pub gold: GoldQuote,
    pub predicted: Option<PredictedQuote>,
    pub overlap: f64,
    pub speaker_ok: bool,
}

/// Matches one document's predictions to its gold quotes and adds to `t`.
pub fn score_doc(text: &str, gold: &[GoldQuote], pred: &[PredictedQuote], t: &mut Tally, outcomes: &mut Vec<Outcome>) {
    let toks = word_tokens(text);
    t.gold += gold.len();
    t.predicted += pred.len();
    for p in pred {
        t.pred_by_kind.entry(p.kind.as_str()).or_default().0 += 1;
    }
    let mut pairs: Vec<(f64, usize, usize)> = Vec::new();
    for (gi, g) in gold.iter().enumerate() {
        *t.gold_by_kind.entry(g.kind.as_str()).or_default() += 1;
        for (pi, p) in pred.iter().enumerate() {
            let o = token_overlap(&toks, (g.start, g.end), (p.start, p.end));
            if o > 0.0 {
                pairs.push((o, gi, pi));
            }
        }
    }
    pairs.sort_by(|a, b| b.0.total_cmp(&a.0));
    let mut g_used = vec![None; gold.len()];
    let mut p_used = vec![false; pred.len()];
    for (o, gi, pi) in pairs {
        if g_used[gi].is_some() || p_used[pi] {
            continue;
        }
        g_used[gi] = Some((pi, o));
        p_used[pi] = true;
    }
    for (gi, g) in gold.iter().enumerate() {
        let mut outcome = Outcome { gold: g.clone(), predicted: None, overlap: 0.0, speaker_ok: false };
        if let Some((pi, o)) = g_used[gi] {
            let p = &pred[pi];
            outcome.predicted = Some(p.clone());
            outcome.overlap = o;
            if p.start == g.start && p.end == g.end {
                t.exact += 1;
            }
            if o >= 0.5 {
                t.overlap += 1;
                t.pred_by_kind.entry(p.kind.as_str()).or_default().1 += 1;
                let ok = speaker_correct(g, p);
                outcome.speaker_ok = ok;
                let e = t.by_kind.entry(g.kind.as_str()).or_default();
                e.0 += 1;
                e.1 += usize::from(ok);
                e.2 += usize::from(p.kind == g.kind);
            }
        }
        outcomes.push(outcome);
    }
}

/// What to run.
#[derive(Debug, Clone)]
pub struct QuoteEvalConfig {
    pub gold: PathBuf,
    /// The dataset folder holding `TimeBank/` and `AQUAINT/`.
    pub dataset: PathBuf,
    /// Use the NER tagger in the entity pass (else registry and lexicons only).
    pub ner: bool,
    /// Score only this split (`dev`, `test`); `None` scores both, apart.
    pub split: Option<String>,
}

/// Scores our extractor (and a peer's predictions, when given).
pub fn score(cfg: &QuoteEvalConfig, opts: &EvalOptions) -> Result<(EvalReport, Vec<Outcome>), EvalError> {
    let gold = load_gold(&cfg.gold)?;
    let peer = match &opts.predictions {
        Some(p) => Some(load_predictions(p)?),
        None => None,
    };
    let splits: Vec<String> = match &cfg.split {
        Some(s) => vec![s.clone()],
        None => {
            let mut v: Vec<String> = gold.files.iter().map(|(_, s)| s.clone()).collect();
            v.sort();
            v.dedup();
            v
        }
    };
    let mut table = String::new();
    let mut json_splits = serde_json::Map::new();
    let mut outcomes = Vec::new();
    let mut docs = 0;
    let mut gold_total = 0;
    for split in &splits {
        let mut by_file: BTreeMap<&str, Vec<GoldQuote>> = BTreeMap::new();
        for (f, s) in &gold.files {
            if s == split {
                by_file.entry(f.as_str()).or_default();
            }
        }
        for q in gold.quotes.iter().filter(|q| &q.split == split) {
            by_file.entry(q.file.as_str()).or_default().push(q.clone());
        }
        let mut ours = Tally::default();
        let mut theirs = Tally::default();
        let mut peer_outcomes = Vec::new();
        for (file, quotes) in by_file.iter().take(opts.limit.unwrap_or(usize::MAX)) {
            let path = cfg.dataset.join(file);
            let xml = std::fs::read_to_string(&path).map_err(|source| EvalError::Io { path: path.clone(), source })?;
            let text = timeml_plain_text(&xml).map_err(|reason| EvalError::Format { path: path.clone(), reason })?;
            let pred = predict(&text, cfg.ner);
            score_doc(&text, quotes, &pred, &mut ours, &mut outcomes);
            if let Some(peer) = &peer {
                let p = peer.get(*file).cloned().unwrap_or_default();
                score_doc(&text, quotes, &p, &mut theirs, &mut peer_outcomes);
            }
            docs += 1;
        }
        gold_total += ours.gold;
        let mut systems = vec![("newsledger", &ours)];
        if peer.is_some() {
            systems.push(("peer", &theirs));
        }
        let (t, j) = tables(split, &systems);
        table.push_str(&t);
        json_splits.insert(split.clone(), j);
    }
    let report = EvalReport {
        name: "quotes".into(),
        dataset: format!("{} over {} ({} documents, {} gold quotes; NER {})", cfg.gold.display(), cfg.dataset.display(), docs, gold_total, if cfg.ner { "on" } else { "off" }),
        table,
        json: json!({"splits": json_splits, "documents": docs}),
    };
    Ok((report, outcomes))
}

/// The two tables (content, speakers) and JSON for one split.
fn tables(split: &str, systems: &[(&str, &Tally)]) -> (String, serde_json::Value) {
    let mut table = String::new();
    let mut json_systems = Vec::new();
    let _ = writeln!(table, "split {split}\n");
    let _ = writeln!(table, "| system | gold | predicted | exact P / R / F1 | overlap≥0.5 P / R / F1 |");
    let _ = writeln!(table, "|---|---:|---:|---|---|");
    for (name, t) in systems {
        let (ep, er, ef) = prf(t.exact, t.predicted, t.gold);
        let (op, or, of) = prf(t.overlap, t.predicted, t.gold);
        let _ = writeln!(table, "| {name} | {} | {} | {ep:.3} / {er:.3} / {ef:.3} | {op:.3} / {or:.3} / {of:.3} |", t.gold, t.predicted);
        let mut kinds = serde_json::Map::new();
        for (k, (m, s, kk)) in &t.by_kind {
            let g = t.gold_by_kind.get(k).copied().unwrap_or(0);
            kinds.insert(
                k.to_string(),
                json!({"gold": g, "matched": m, "recall": if g == 0 { 0.0 } else { *m as f64 / g as f64 },
                       "speaker_accuracy": if *m == 0 { 0.0 } else { *s as f64 / *m as f64 },
                       "kind_accuracy": if *m == 0 { 0.0 } else { *kk as f64 / *m as f64 }}),
            );
        }
        json_systems.push(json!({"system": name, "gold": t.gold, "predicted": t.predicted,
            "exact": {"p": ep, "r": er, "f1": ef}, "overlap": {"p": op, "r": or, "f1": of}, "by_gold_kind": kinds}));
    }
    let _ = writeln!(table);
    let _ = writeln!(table, "| system | gold kind | gold | matched | speaker accuracy | kind accuracy |");
    let _ = writeln!(table, "|---|---|---:|---:|---:|---:|");
    for (name, t) in systems {
        for (k, (m, s, kk)) in &t.by_kind {
            let g = t.gold_by_kind.get(k).copied().unwrap_or(0);
            let sa = if *m == 0 { 0.0 } else { *s as f64 / *m as f64 };
            let ka = if *m == 0 { 0.0 } else { *kk as f64 / *m as f64 };
            let _ = writeln!(table, "| {name} | {k} | {g} | {m} | {sa:.3} ({s}/{m}) | {ka:.3} |");
        }
    }
    let _ = writeln!(table);
    (table, json!({"systems": json_systems}))
}

/// Scores with the default gold file and `EvalOptions` only.
pub fn score_timebank(dataset: &Path, opts: &EvalOptions) -> Result<EvalReport, EvalError> {
    let cfg = QuoteEvalConfig { gold: PathBuf::from(GOLD_TSV), dataset: dataset.to_path_buf(), ner: true, split: None };
    score(&cfg, opts).map(|(r, _)| r)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_text_strips_tags_and_decodes_entities() {
        let xml = "<TimeML><TEXT>A <EVENT eid=\"e1\">said</EVENT> &quot;x &amp; y&quot; &lt;z&gt;</TEXT></TimeML>";
        assert_eq!(timeml_plain_text(xml).unwrap(), "A said \"x & y\" <z>");
        assert!(timeml_plain_text("<TimeML></TimeML>").is_err());
    }

    #[test]
    fn shipped_gold_parses() {
        let gold = load_gold(Path::new(GOLD_TSV)).unwrap();
        assert!(gold.quotes.len() >= 150, "{}", gold.quotes.len());
        assert!(gold.quotes.iter().all(|q| q.start < q.end && gold.files.iter().any(|(f, s)| f == &q.file && s == &q.split)));
        assert!(gold.quotes.iter().any(|q| q.split == "test"));
    }

    #[test]
    fn matching_counts_exact_overlap_and_speakers() {
        let text = "\"We will win the war,\" Smith said. He called it \"a farce.\"";
        let gold = vec![
            GoldQuote { file: "f".into(), start: 1, end: 19, kind: QuoteKind::Direct, speaker: Some((22, 27)), canonical: None, split: "dev".into() },
            GoldQuote { file: "f".into(), start: 48, end: 56, kind: QuoteKind::Partial, speaker: Some((22, 27)), canonical: None, split: "dev".into() },
        ];
        let pred = vec![
            PredictedQuote { start: 1, end: 19, kind: QuoteKind::Direct, speaker_mentions: vec![(22, 27)], speaker_names: vec![], speaker_label: None },
            PredictedQuote { start: 48, end: 55, kind: QuoteKind::Direct, speaker_mentions: vec![(35, 37)], speaker_names: vec![], speaker_label: None },
        ];
        let mut t = Tally::default();
        let mut out = Vec::new();
        score_doc(text, &gold, &pred, &mut t, &mut out);
        assert_eq!((t.exact, t.overlap), (1, 2));
        assert_eq!(t.by_kind["direct"], (1, 1, 1));
        assert_eq!(t.by_kind["partial"], (1, 0, 0));
    }
}

/// PolNeAR (political news attribution relations): score attributions only
/// (its licence is unclear: nothing from it is copied). Reads
/// `data/<split>/text/<name>.txt` and the first `.ann` of each text under
/// `data/<split>/attributions/` (BRAT standoff; discontinuous spans are
/// taken from their first start to their last end).
pub mod polnear {
    use std::collections::BTreeMap;
    use std::fmt::Write as _;
    use std::path::Path;

    use newsledger_extract::entities::{EntityExtractor, LexiconEntityExtractor};
    use newsledger_extract::sources::SourceExtractor;
    use newsledger_extract::{Doc, Extractor};
    use newsledger_model::{Article, CharMap};
    use serde_json::json;

    use super::{prf, spans_overlap, token_overlap, word_tokens};
    use crate::{EvalError, EvalOptions, EvalReport};

    /// One gold attribution, code points into the text.
    #[derive(Debug, Clone)]
    pub struct GoldAttribution {
        pub content: (usize, usize),
        pub source: Option<(usize, usize)>,
        pub cue: Option<(usize, usize)>,
    }

    /// One system attribution: content, cue, and every mention of its source.
    #[derive(Debug, Clone)]
    pub struct SysAttribution {
        pub content: (usize, usize),
        pub cue: (usize, usize),
        pub source_mentions: Vec<(usize, usize)>,
    }

    fn span_of(s: &str) -> Option<(usize, usize)> {
        let mut lo = usize::MAX;
        let mut hi = 0;
        for part in s.split(';') {
            let mut it = part.split_whitespace();
            let a: usize = it.next()?.parse().ok()?;
            let b: usize = it.next()?.parse().ok()?;
            lo = lo.min(a);
            hi = hi.max(b);
        }
        (lo < hi).then_some((lo, hi))
    }

    /// Parses a BRAT `.ann` file into attributions.
    pub fn parse_ann(ann: &str) -> Vec<GoldAttribution> {
        let mut spans: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
        let mut out = Vec::new();
        for line in ann.lines() {
            let mut cols = line.split('\t');
            let (Some(id), Some(info)) = (cols.next(), cols.next()) else { continue };
            if id.starts_with('T') {
                if let Some((_, rest)) = info.split_once(' ') {
                    if let Some(sp) = span_of(rest) {
                        spans.insert(id, sp);
                    }
                }
            } else if id.starts_with('E') {
                let mut content = None;
                let mut source = None;
                let mut cue = None;
                for arg in info.split_whitespace() {
                    let Some((role, t)) = arg.split_once(':') else { continue };
                    let sp = spans.get(t).copied();
                    match role {
                        "Content" => content = sp,
                        "Source" => source = sp,
                        "Cue" => cue = sp,
                        _ => {}
                    }
                }
                if let Some(content) = content {
                    out.push(GoldAttribution { content, source, cue });
                }
            }
        }
        out
    }

    /// The system's attributions for a text.
    pub fn predict(text: &str, use_ner: bool) -> Vec<SysAttribution> {
        let article = Article { text: text.to_string(), language: "en".into(), ..Default::default() };
        let mut doc = Doc::new(&article, None);
        if use_ner {
            EntityExtractor.run(&mut doc);
        } else {
            LexiconEntityExtractor.run(&mut doc);
        }
        SourceExtractor.run(&mut doc);
        let map = CharMap::new(text);
        let cp = |s: usize, e: usize| {
            let sp = map.span(s, e);
            (sp.start, sp.end)
        };
        doc.notes
            .attributions
            .iter()
            .map(|a| {
                let mut mentions: Vec<(usize, usize)> = doc.notes.source_mentions.iter().filter(|m| m.source == a.source).map(|m| cp(m.span.start, m.span.end)).collect();
                if let Some(src) = doc.facts.sources.iter().find(|s| s.id == a.source) {
                    mentions.push(cp(src.evidence.start, src.evidence.end));
                    if let Some(e) = src.entity.as_ref().and_then(|id| doc.facts.entities.iter().find(|e| &e.id == id)) {
                        mentions.extend(e.mentions.iter().map(|m| cp(m.start, m.end)));
                    }
                }
                SysAttribution { content: cp(a.content.start, a.content.end), cue: cp(a.cue.start, a.cue.end), source_mentions: mentions }
            })
            .collect()
    }

    #[derive(Default)]
    struct Counts {
        gold: usize,
        pred: usize,
        exact: usize,
        overlap: usize,
        cue_right: usize,
        with_source: usize,
        source_right: usize,
    }

    /// Scores the `split` folder (`test` by default) of a PolNeAR checkout.
    pub fn score(dataset: &Path, split: &str, use_ner: bool, opts: &EvalOptions) -> Result<EvalReport, EvalError> {
        let dir = dataset.join("data").join(split);
        let ann_dir = dir.join("attributions");
        let read_dir = |p: &Path| std::fs::read_dir(p).map_err(|source| EvalError::Io { path: p.to_path_buf(), source });
        let mut anns: Vec<String> = read_dir(&ann_dir)?.filter_map(|e| e.ok()).map(|e| e.file_name().to_string_lossy().into_owned()).filter(|n| n.ends_with(".ann")).collect();
        anns.sort();
        // One annotation per text: the first annotator's file.
        let mut by_text: BTreeMap<String, String> = BTreeMap::new();
        for a in anns {
            let stem = a.trim_end_matches(".ann");
            let text_name = match stem.rsplit_once('_') {
                Some((t, _)) => t.to_string(),
                None => stem.to_string(),
            };
            by_text.entry(text_name).or_insert(a);
        }
        let mut all = Counts::default();
        let mut direct = Counts::default();
        let mut indirect = Counts::default();
        let mut docs = 0;
        for (name, ann) in by_text.iter().take(opts.limit.unwrap_or(usize::MAX)) {
            let tpath = dir.join("text").join(format!("{name}.txt"));
            let text = std::fs::read_to_string(&tpath).map_err(|source| EvalError::Io { path: tpath.clone(), source })?;
            let apath = ann_dir.join(ann);
            let ann_text = std::fs::read_to_string(&apath).map_err(|source| EvalError::Io { path: apath.clone(), source })?;
            let gold = parse_ann(&ann_text);
            let pred = predict(&text, use_ner);
            let toks = word_tokens(&text);
            let chars: Vec<char> = text.chars().collect();
            let is_direct = |g: &GoldAttribution| chars.get(g.content.0).is_some_and(|c| matches!(c, '"' | '“' | '\'' | '‘'));
            let mut pairs: Vec<(f64, usize, usize)> = Vec::new();
            for (gi, g) in gold.iter().enumerate() {
                for (pi, p) in pred.iter().enumerate() {
                    let o = token_overlap(&toks, g.content, p.content);
                    if o > 0.0 {
                        pairs.push((o, gi, pi));
                    }
                }
            }
            pairs.sort_by(|a, b| b.0.total_cmp(&a.0));
            let mut g_used = vec![None; gold.len()];
            let mut p_used = vec![false; pred.len()];
            for (o, gi, pi) in pairs {
                if g_used[gi].is_none() && !p_used[pi] {
                    g_used[gi] = Some((pi, o));
                    p_used[pi] = true;
                }
            }
            all.pred += pred.len();
            for (gi, g) in gold.iter().enumerate() {
                let bucket = if is_direct(g) { &mut direct } else { &mut indirect };
                for c in [&mut all, bucket] {
                    c.gold += 1;
                    let Some((pi, o)) = g_used[gi] else { continue };
                    let p = &pred[pi];
                    // Gold direct content includes the marks and ours does
                    // not, so exact matches count indirect ones only.
                    if p.content == g.content {
                        c.exact += 1;
                    }
                    if o >= 0.5 {
                        c.overlap += 1;
                        if g.cue.is_some_and(|cue| spans_overlap(cue, p.cue)) {
                            c.cue_right += 1;
                        }
                        if let Some(s) = g.source {
                            c.with_source += 1;
                            if p.source_mentions.iter().any(|m| spans_overlap(*m, s)) {
                                c.source_right += 1;
                            }
                        }
                    }
                }
            }
            docs += 1;
        }
        let mut table = String::new();
        let _ = writeln!(table, "| gold content | gold | content overlap≥0.5 R | cue right | source right |");
        let _ = writeln!(table, "|---|---:|---:|---:|---:|");
        for (name, c) in [("all", &all), ("direct (quote marks)", &direct), ("indirect", &indirect)] {
            let r = if c.gold == 0 { 0.0 } else { c.overlap as f64 / c.gold as f64 };
            let cue = if c.overlap == 0 { 0.0 } else { c.cue_right as f64 / c.overlap as f64 };
            let src = if c.with_source == 0 { 0.0 } else { c.source_right as f64 / c.with_source as f64 };
            let _ = writeln!(table, "| {name} | {} | {r:.3} | {cue:.3} | {src:.3} ({}/{}) |", c.gold, c.source_right, c.with_source);
        }
        let (ep, er, ef) = prf(all.exact, all.pred, all.gold);
        let (op, or, of) = prf(all.overlap, all.pred, all.gold);
        let triple = all.source_right;
        let (tp, tr, tf) = prf(triple, all.pred, all.gold);
        let _ = writeln!(table);
        let _ = writeln!(table, "| system attributions | exact P / R / F1 | overlap≥0.5 P / R / F1 | content+source P / R / F1 |");
        let _ = writeln!(table, "|---:|---|---|---|");
        let _ = writeln!(table, "| {} | {ep:.3} / {er:.3} / {ef:.3} | {op:.3} / {or:.3} / {of:.3} | {tp:.3} / {tr:.3} / {tf:.3} |", all.pred);
        Ok(EvalReport {
            name: "polnear-attribution".into(),
            dataset: format!("{} split {split} ({docs} documents, {} gold attributions, first annotator per text; NER {})", dataset.display(), all.gold, if use_ner { "on" } else { "off" }),
            table,
            json: json!({"documents": docs, "gold": all.gold, "predicted": all.pred,
                "exact": {"p": ep, "r": er, "f1": ef}, "overlap": {"p": op, "r": or, "f1": of},
                "content_and_source": {"p": tp, "r": tr, "f1": tf}}),
        })
    }

    #[cfg(test)]
    mod tests {
        use super::*;

        #[test]
        fn brat_attributions_parse_with_discontinuous_spans() {
            let ann = "T1\tSource 0 5\tXxxxx\nT2\tCue 6 10\tyyyy\nT3\tContent 11 15;20 25\tz\nE1\tAttribution:T2 Content:T3 Cue:T2 Source:T1\n";
            let a = parse_ann(ann);
            assert_eq!(a.len(), 1);
            assert_eq!(a[0].content, (11, 25));
            assert_eq!(a[0].source, Some((0, 5)));
        }
    }
}
