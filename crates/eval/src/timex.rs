//! Scorer: timex, on TimeBank + AQUAINT (TempEval-3 TBAQ-cleaned, TimeML).
//!
//! Reads every `*.tml` file of the `AQUAINT/` and `TimeBank/` folders under
//! the dataset path, runs [`newsledger_timex::find_times`] over the `<TEXT>`
//! element (tags stripped, entities decoded) with the document's `<DCT>`
//! date as the anchor, and scores against the `<TIMEX3>` elements inside
//! `<TEXT>`.
//!
//! * The DCT's own TIMEX3 sits outside `<TEXT>` (in `<DCT>`) and is not
//!   scored, as in TempEval-3, which scores expressions in the text only.
//! * "since <event>" phrases ([`TimexKind::EventAnchored`]) are not TIMEX3
//!   expressions and are left out of the system's output before scoring.
//!
//! Metrics (TempEval-3): span precision/recall/F1, strict (same extent) and
//! relaxed (overlapping extents, matched one-to-one); value and type
//! accuracy over relaxed matches; value-F1 and type-F1, where a relaxed
//! match with the right attribute counts as correct (P = correct / system,
//! R = correct / gold).

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use newsledger_timex::{find_times, Anchor, TimeType, Timex, TimexKind};
use serde_json::json;

use crate::{EvalError, EvalOptions, EvalReport};

/// One gold TIMEX3 inside `<TEXT>`: byte span into [`TimemlDoc::text`].
#[derive(Debug, Clone, PartialEq)]
pub struct GoldTimex {
    pub start: usize,
    pub end: usize,
    pub time_type: String,
    pub value: String,
}

/// A TimeML document reduced to what the scorer needs.
#[derive(Debug, Clone)]
pub struct TimemlDoc {
    pub id: String,
    /// The DCT value as annotated ("1998-01-08", "1998-11-20T19:30").
    pub dct: Option<String>,
    /// The `<TEXT>` content with tags removed and entities decoded.
    pub text: String,
    pub timexes: Vec<GoldTimex>,
}

/// Parses one TimeML file's content.
pub fn parse_timeml(id: &str, xml: &str) -> Result<TimemlDoc, String> {
    let dct = xml.find("<DCT>").and_then(|at| {
        let rest = &xml[at..];
        let close = rest.find("</DCT>")?;
        attribute(&rest[..close], "value")
    });
    let open = xml.find("<TEXT>").ok_or("no <TEXT>")? + "<TEXT>".len();
    let close = xml[open..].find("</TEXT>").ok_or("no </TEXT>")? + open;
    let body = &xml[open..close];
    let mut text = String::with_capacity(body.len());
    let mut timexes = Vec::new();
    let mut open_timex: Option<(usize, String, String)> = None;
    let mut rest = body;
    while !rest.is_empty() {
        match rest.find(['<', '&']) {
            None => {
                text.push_str(rest);
                break;
            }
            Some(at) => {
                text.push_str(&rest[..at]);
                rest = &rest[at..];
                if rest.starts_with('&') {
                    let semi = rest.find(';').filter(|&s| s <= 10);
                    match semi.and_then(|s| decode_entity(&rest[1..s]).map(|c| (s, c))) {
                        Some((s, c)) => {
                            text.push(c);
                            rest = &rest[s + 1..];
                        }
                        None => {
                            text.push('&');
                            rest = &rest[1..];
                        }
                    }
                    continue;
                }
                let end = rest.find('>').ok_or("unclosed tag")?;
                let tag = &rest[1..end];
                if let Some(attrs) = tag.strip_prefix("TIMEX3") {
                    if attrs.trim_end().ends_with('/') {
                        // An empty (non-consuming) TIMEX3 has no extent to find.
                    } else {
                        let t = attribute(attrs, "type").unwrap_or_default();
                        let v = attribute(attrs, "value").unwrap_or_default();
                        open_timex = Some((text.len(), t, v));
                    }
                } else if tag == "/TIMEX3" {
                    let (start, time_type, value) = open_timex.take().ok_or("</TIMEX3> without <TIMEX3>")?;
                    timexes.push(GoldTimex { start, end: text.len(), time_type, value });
                }
                rest = &rest[end + 1..];
            }
        }
    }
    Ok(TimemlDoc { id: id.to_string(), dct, text, timexes })
}

fn attribute(tag: &str, name: &str) -> Option<String> {
    let key = format!("{name}=\"");
    let at = tag.find(&key)? + key.len();
    let len = tag[at..].find('"')?;
    Some(tag[at..at + len].to_string())
}

fn decode_entity(name: &str) -> Option<char> {
    match name {
        "amp" => Some('&'),
        "lt" => Some('<'),
        "gt" => Some('>'),
        "quot" => Some('"'),
        "apos" => Some('\''),
        _ => {
            let num = name.strip_prefix('#')?;
            let code = match num.strip_prefix('x') {
                Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                None => num.parse().ok()?,
            };
            char::from_u32(code)
        }
    }
}

/// Reads every `*.tml` file in `dir`, sorted by name.
pub fn load_dir(dir: &Path) -> Result<Vec<TimemlDoc>, EvalError> {
    let io = |source| EvalError::Io { path: dir.to_path_buf(), source };
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(io)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "tml"))
        .collect();
    paths.sort();
    let mut docs = Vec::with_capacity(paths.len());
    for p in paths {
        let xml = std::fs::read_to_string(&p).map_err(|source| EvalError::Io { path: p.clone(), source })?;
        let id = p.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
        let doc = parse_timeml(&id, &xml).map_err(|reason| EvalError::Format { path: p.clone(), reason })?;
        docs.push(doc);
    }
    Ok(docs)
}

/// Counts behind the metrics; they add up across documents and splits.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    pub docs: usize,
    pub gold: usize,
    pub system: usize,
    pub strict: usize,
    pub relaxed: usize,
    pub value_correct: usize,
    pub type_correct: usize,
}

impl Counts {
    pub fn add(&mut self, o: &Counts) {
        self.docs += o.docs;
        self.gold += o.gold;
        self.system += o.system;
        self.strict += o.strict;
        self.relaxed += o.relaxed;
        self.value_correct += o.value_correct;
        self.type_correct += o.type_correct;
    }

    /// (precision, recall, F1) of `correct` against the system and gold counts.
    pub fn prf(&self, correct: usize) -> (f64, f64, f64) {
        let p = ratio(correct, self.system);
        let r = ratio(correct, self.gold);
        let f = if p + r > 0.0 { 2.0 * p * r / (p + r) } else { 0.0 };
        (p, r, f)
    }

    pub fn value_accuracy(&self) -> f64 {
        ratio(self.value_correct, self.relaxed)
    }

    pub fn type_accuracy(&self) -> f64 {
        ratio(self.type_correct, self.relaxed)
    }

    fn to_json(self) -> serde_json::Value {
        let (sp, sr, sf) = self.prf(self.strict);
        let (rp, rr, rf) = self.prf(self.relaxed);
        let (vp, vr, vf) = self.prf(self.value_correct);
        let (_, _, tf) = self.prf(self.type_correct);
        json!({
            "docs": self.docs, "gold": self.gold, "system": self.system,
            "strict": {"p": sp, "r": sr, "f1": sf},
            "relaxed": {"p": rp, "r": rr, "f1": rf},
            "value_accuracy": self.value_accuracy(), "type_accuracy": self.type_accuracy(),
            "value": {"p": vp, "r": vr, "f1": vf}, "type_f1": tf,
        })
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 0.0 } else { a as f64 / b as f64 }
}

/// What went wrong on one expression (for error analysis; holds dataset
/// text, so write it outside the repository).
#[derive(Debug, Clone)]
pub struct Mismatch {
    pub doc: String,
    pub dct: String,
    /// "missed", "spurious", "value", "extent".
    pub kind: &'static str,
    pub gold_text: String,
    pub gold_value: String,
    pub system_text: String,
    pub system_value: String,
    /// A little text around the expression.
    pub context: String,
}

fn type_name(t: TimeType) -> &'static str {
    match t {
        TimeType::Date => "DATE",
        TimeType::Time => "TIME",
        TimeType::Duration => "DURATION",
        TimeType::Set => "SET",
    }
}

fn context_of(text: &str, start: usize, end: usize) -> String {
    let mut a = start.saturating_sub(60);
    while !text.is_char_boundary(a) {
        a -= 1;
    }
    let mut b = (end + 60).min(text.len());
    while !text.is_char_boundary(b) {
        b += 1;
    }
    format!("{}[{}]{}", &text[a..start], &text[start..end], &text[end..b]).replace(['\n', '\t'], " ")
}

/// Scores one document; appends its mismatches to `errors` when given.
pub fn score_doc(doc: &TimemlDoc, errors: Option<&mut Vec<Mismatch>>) -> Counts {
    let anchor: Option<Anchor> = doc.dct.as_deref().and_then(|d| d.parse().ok());
    let system: Vec<Timex> = find_times(&doc.text, anchor).into_iter().filter(|t| t.kind == TimexKind::TimeMl).collect();
    let mut c = Counts { docs: 1, gold: doc.timexes.len(), system: system.len(), ..Counts::default() };
    let mut used = vec![false; system.len()];
    let mut local_errors = Vec::new();
    let dct = doc.dct.clone().unwrap_or_default();
    let mk = |kind, g: Option<&GoldTimex>, s: Option<&Timex>| {
        let (a, b) = match (g, s) {
            (Some(g), _) => (g.start, g.end),
            (None, Some(s)) => (s.start, s.end),
            _ => (0, 0),
        };
        Mismatch {
            doc: doc.id.clone(),
            dct: dct.clone(),
            kind,
            gold_text: g.map(|g| doc.text[g.start..g.end].to_string()).unwrap_or_default(),
            gold_value: g.map(|g| format!("{} {}", g.time_type, g.value)).unwrap_or_default(),
            system_text: s.map(|s| s.text(&doc.text).to_string()).unwrap_or_default(),
            system_value: s.map(|s| format!("{} {}", type_name(s.time_type), s.value.as_deref().unwrap_or("-"))).unwrap_or_default(),
            context: context_of(&doc.text, a, b),
        }
    };
    for g in &doc.timexes {
        // Prefer the exact extent, then the largest overlap.
        let mut best: Option<(usize, usize)> = None;
        for (k, s) in system.iter().enumerate() {
            if used[k] || s.end <= g.start || s.start >= g.end {
                continue;
            }
            let overlap = s.end.min(g.end) - s.start.max(g.start);
            let score = if s.start == g.start && s.end == g.end { usize::MAX } else { overlap };
            if best.is_none_or(|(_, b)| score > b) {
                best = Some((k, score));
            }
        }
        let Some((k, _)) = best else {
            local_errors.push(mk("missed", Some(g), None));
            continue;
        };
        used[k] = true;
        let s = &system[k];
        c.relaxed += 1;
        if s.start == g.start && s.end == g.end {
            c.strict += 1;
        }
        let value_ok = s.value.as_deref() == Some(g.value.as_str());
        if value_ok {
            c.value_correct += 1;
        } else {
            local_errors.push(mk("value", Some(g), Some(s)));
        }
        if type_name(s.time_type) == g.time_type {
            c.type_correct += 1;
        }
        if value_ok && !(s.start == g.start && s.end == g.end) {
            local_errors.push(mk("extent", Some(g), Some(s)));
        }
    }
    for (k, s) in system.iter().enumerate() {
        if !used[k] {
            local_errors.push(mk("spurious", None, Some(s)));
        }
    }
    if let Some(e) = errors {
        e.extend(local_errors);
    }
    c
}

/// The two parts of the corpus, in the order they are reported.
pub const SPLITS: [(&str, &str); 2] = [("AQUAINT", "AQUAINT (development)"), ("TimeBank", "TimeBank (held out)")];

/// Scores each split found under `dataset` (see the module docs).
pub fn score(dataset: &Path, opts: &EvalOptions) -> Result<EvalReport, EvalError> {
    score_with_errors(dataset, opts, None, None)
}

/// [`score`], restricted to one split folder ("AQUAINT" or "TimeBank")
/// when `only` is given, also collecting every mismatch when `errors` is.
pub fn score_with_errors(
    dataset: &Path,
    opts: &EvalOptions,
    only: Option<&str>,
    mut errors: Option<&mut Vec<Mismatch>>,
) -> Result<EvalReport, EvalError> {
    let mut rows: Vec<(String, Counts)> = Vec::new();
    let mut total = Counts::default();
    for (folder, label) in SPLITS {
        if only.is_some_and(|o| !o.eq_ignore_ascii_case(folder)) {
            continue;
        }
        let dir = dataset.join(folder);
        if !dir.is_dir() {
            continue;
        }
        let mut docs = load_dir(&dir)?;
        if let Some(n) = opts.limit {
            docs.truncate(n);
        }
        let mut c = Counts::default();
        for d in &docs {
            c.add(&score_doc(d, errors.as_deref_mut()));
        }
        total.add(&c);
        rows.push((label.to_string(), c));
    }
    if rows.is_empty() {
        return Err(EvalError::Format { path: dataset.to_path_buf(), reason: "no AQUAINT/ or TimeBank/ folder of .tml files".into() });
    }
    rows.push(("Total".to_string(), total));
    let mut table = String::new();
    let _ = writeln!(
        table,
        "| split | docs | gold | system | strict P | strict R | strict F1 | relaxed P | relaxed R | relaxed F1 | value acc | type acc | value P | value R | value F1 |"
    );
    let _ = writeln!(table, "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    for (label, c) in &rows {
        let (sp, sr, sf) = c.prf(c.strict);
        let (rp, rr, rf) = c.prf(c.relaxed);
        let (vp, vr, vf) = c.prf(c.value_correct);
        let _ = writeln!(
            table,
            "| {label} | {} | {} | {} | {sp:.3} | {sr:.3} | {sf:.3} | {rp:.3} | {rr:.3} | {rf:.3} | {:.3} | {:.3} | {vp:.3} | {vr:.3} | {vf:.3} |",
            c.docs,
            c.gold,
            c.system,
            c.value_accuracy(),
            c.type_accuracy()
        );
    }
    let json = json!({
        "splits": rows.iter().map(|(l, c)| json!({"split": l, "scores": c.to_json()})).collect::<Vec<_>>(),
    });
    Ok(EvalReport {
        name: "timex".into(),
        dataset: format!("{} (TimeBank + AQUAINT, TempEval-3 TBAQ-cleaned), {} documents", dataset.display(), total.docs),
        table,
        json,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    // A made-up document in the TimeML layout (not from the corpus).
    const DOC: &str = r#"<?xml version="1.0" ?>
<TimeML>
<DOCID>TEST1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2025-11-05" functionInDocument="CREATION_TIME">2025-11-05</TIMEX3></DCT>
<TEXT>
The council <EVENT eid="e1">met</EVENT> on <TIMEX3 tid="t1" type="DATE" value="2025-11-03">Monday</TIMEX3> &amp; agreed to meet again in <TIMEX3 tid="t2" type="DURATION" value="P2W">two weeks</TIMEX3>. Its mandate ends <TIMEX3 tid="t3" type="DATE" value="2026">next year</TIMEX3>.
</TEXT>
</TimeML>"#;

    #[test]
    fn parses_timeml_and_scores() {
        let d = parse_timeml("TEST1", DOC).unwrap();
        assert_eq!(d.dct.as_deref(), Some("2025-11-05"));
        assert_eq!(d.timexes.len(), 3);
        assert_eq!(&d.text[d.timexes[0].start..d.timexes[0].end], "Monday");
        assert!(d.text.contains(" & agreed"));
        let c = score_doc(&d, None);
        assert_eq!(c.gold, 3);
        assert_eq!(c.relaxed, 3);
        assert_eq!(c.strict, 3);
        assert_eq!(c.value_correct, 3);
    }
}
