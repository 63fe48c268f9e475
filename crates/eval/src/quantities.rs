//! Quantity scorer: numbers found in the text, against MEANTIME's `VALUE`
//! markables (MONEY, PERCENT, QUANTITY).
//!
//! Runs [`newsledger_extract::claims::extract_quantities`] (every number the
//! claim extractor sees, before any claim is made of it) over each MEANTIME
//! article, rebuilt from its tokens as the TIMEX scorer rebuilds it
//! ([`crate::timex::parse_meantime`]), and scores:
//!
//! * **spans**, relaxed (overlap, one-to-one, in text order) and strict (same
//!   extent), per gold type and overall. MEANTIME marks numbers only in the
//!   headline, the dateline and the first sentences; system output outside
//!   that region, and on the dateline, is not counted. MEANTIME nests
//!   markables ("$381 million, or $0.67" whole and each amount again); only
//!   the innermost, the amounts themselves, are scored.
//! * **value accuracy** over relaxed matches whose gold text the scorer can
//!   read as one number by itself ([`gold_number`]: digits with separators,
//!   number words, "million"/"billion" multipliers; "about half" or
//!   "substantially less" are not numbers and are left out of this count).
//!   Our value must equal it (relative difference under 1e-9).
//!
//! MEANTIME does not mark what a number counts, its predicate or bounds, so
//! those parts of a quantity are not scored here.
//!
//! Splits follow the TIMEX scorer's MEANTIME halves: airbus + gm, apple +
//! stock. A peer's spans over the same rebuilt texts (`--dump-texts` writes
//! them) are scored by [`score_predictions`] beside ours.

use std::collections::HashMap;
use std::path::Path;

use serde_json::json;

use crate::timex::{Corpus, GoldValue, TimemlDoc};
use crate::{prf, ratio, EvalError, EvalOptions, EvalReport};

/// MEANTIME's three kinds of number.
pub const VALUE_TYPES: [&str; 3] = ["MONEY", "PERCENT", "QUANTITY"];

/// A system number: byte span into the document text and its value.
#[derive(Debug, Clone, PartialEq)]
pub struct SystemNumber {
    pub start: usize,
    pub end: usize,
    pub value: Option<f64>,
}

/// Counts behind the metrics; they add up across documents.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct NumberCounts {
    pub docs: usize,
    /// Gold markables per type, and overall under "ALL".
    pub gold: HashMap<String, usize>,
    pub relaxed: HashMap<String, usize>,
    pub strict: HashMap<String, usize>,
    /// Relaxed matches whose gold text reads as one number, and those where
    /// our value equals it.
    pub value_scorable: usize,
    pub value_right: usize,
    /// System numbers inside the annotated region.
    pub system: usize,
}

impl NumberCounts {
    pub fn add(&mut self, o: &NumberCounts) {
        self.docs += o.docs;
        for (mine, theirs) in [(&mut self.gold, &o.gold), (&mut self.relaxed, &o.relaxed), (&mut self.strict, &o.strict)] {
            for (k, v) in theirs {
                *mine.entry(k.clone()).or_default() += v;
            }
        }
        self.value_scorable += o.value_scorable;
        self.value_right += o.value_right;
        self.system += o.system;
    }

    fn get(map: &HashMap<String, usize>, key: &str) -> usize {
        map.get(key).copied().unwrap_or(0)
    }

    /// (precision, recall, F1) of relaxed matching over all types.
    pub fn relaxed_prf(&self) -> (f64, f64, f64) {
        prf(Self::get(&self.relaxed, "ALL"), self.system, Self::get(&self.gold, "ALL"))
    }

    pub fn strict_prf(&self) -> (f64, f64, f64) {
        prf(Self::get(&self.strict, "ALL"), self.system, Self::get(&self.gold, "ALL"))
    }

    /// Recall of one gold type (relaxed).
    pub fn recall_of(&self, value_type: &str) -> f64 {
        ratio(Self::get(&self.relaxed, value_type), Self::get(&self.gold, value_type))
    }

    pub fn value_accuracy(&self) -> f64 {
        ratio(self.value_right, self.value_scorable)
    }
}

/// Our numbers for one text.
pub fn system_numbers(text: &str) -> Vec<SystemNumber> {
    let seg = newsledger_text::segment(text);
    newsledger_extract::claims::extract_quantities(text, &seg)
        .into_iter()
        .map(|q| SystemNumber { start: q.evidence.start, end: q.evidence.end, value: q.value })
        .collect()
}

fn ignored(doc: &TimemlDoc, start: usize, end: usize) -> bool {
    doc.ignore.iter().any(|&(a, b)| start < b && a < end)
}

/// Scores one document's numbers against its `VALUE` markables.
pub fn score_doc(doc: &TimemlDoc, system: &[SystemNumber], mut errors: Option<&mut Vec<String>>) -> NumberCounts {
    let mut c = NumberCounts { docs: 1, ..Default::default() };
    // MEANTIME nests markables: "$381 million, or $0.67" is marked whole
    // and each amount again. The amounts are the numbers; a markable
    // holding another is left out.
    let holds_another = |g: &GoldValue| doc.values.iter().any(|o| o != g && g.start <= o.start && o.end <= g.end);
    let gold: Vec<&GoldValue> = doc.values.iter().filter(|g| !ignored(doc, g.start, g.end) && !holds_another(g)).collect();
    let sys: Vec<&SystemNumber> = system.iter().filter(|s| !ignored(doc, s.start, s.end)).collect();
    c.system = sys.len();
    let mut used = vec![false; sys.len()];
    for g in &gold {
        *c.gold.entry(g.value_type.clone()).or_default() += 1;
        *c.gold.entry("ALL".into()).or_default() += 1;
        let hit = sys.iter().enumerate().find(|(k, s)| !used[*k] && s.start < g.end && g.start < s.end).map(|(k, _)| k);
        let gold_text = &doc.text[g.start..g.end];
        let Some(k) = hit else {
            if let Some(e) = errors.as_deref_mut() {
                e.push(format!("{}\tmissed\t{}\t{}\t\t\t{}", doc.id, g.value_type, gold_text, context(&doc.text, g.start, g.end)));
            }
            continue;
        };
        used[k] = true;
        let s = sys[k];
        for key in [g.value_type.as_str(), "ALL"] {
            *c.relaxed.entry(key.into()).or_default() += 1;
            if s.start == g.start && s.end == g.end {
                *c.strict.entry(key.into()).or_default() += 1;
            }
        }
        if let Some(want) = gold_number(gold_text) {
            c.value_scorable += 1;
            let right = s.value.is_some_and(|v| (v - want).abs() <= 1e-9 * want.abs().max(1.0));
            if right {
                c.value_right += 1;
            } else if let Some(e) = errors.as_deref_mut() {
                e.push(format!("{}\tvalue\t{}\t{}\t{}\t{:?}\t{}", doc.id, g.value_type, gold_text, want, s.value, context(&doc.text, g.start, g.end)));
            }
        }
    }
    if let Some(e) = errors {
        for (k, s) in sys.iter().enumerate() {
            if !used[k] {
                e.push(format!("{}\tspurious\t\t\t{}\t{:?}\t{}", doc.id, &doc.text[s.start..s.end], s.value, context(&doc.text, s.start, s.end)));
            }
        }
    }
    c
}

/// The text around `start..end` on one line, the span in brackets.
fn context(text: &str, start: usize, end: usize) -> String {
    let mut a = start.saturating_sub(70);
    while !text.is_char_boundary(a) {
        a -= 1;
    }
    let mut b = (end + 70).min(text.len());
    while !text.is_char_boundary(b) {
        b += 1;
    }
    format!("{}[{}]{}", &text[a..start], &text[start..end], &text[end..b]).replace(['\n', '\t'], " ")
}

/// The number a gold span states by itself, read by the scorer's own small
/// reader (independent of the extractor): "2,400", "$13 billion", "5.2%",
/// "over 2,400", "118.40 points", "two", "twenty-five", "a thousand". `None`
/// when the span holds no number or more than one ("about half", "10 to
/// 12"), so that value accuracy counts only unambiguous gold.
pub fn gold_number(text: &str) -> Option<f64> {
    const WORDS: [(&str, f64); 28] = [
        ("zero", 0.0),
        ("one", 1.0),
        ("two", 2.0),
        ("three", 3.0),
        ("four", 4.0),
        ("five", 5.0),
        ("six", 6.0),
        ("seven", 7.0),
        ("eight", 8.0),
        ("nine", 9.0),
        ("ten", 10.0),
        ("eleven", 11.0),
        ("twelve", 12.0),
        ("thirteen", 13.0),
        ("fourteen", 14.0),
        ("fifteen", 15.0),
        ("sixteen", 16.0),
        ("seventeen", 17.0),
        ("eighteen", 18.0),
        ("nineteen", 19.0),
        ("twenty", 20.0),
        ("thirty", 30.0),
        ("forty", 40.0),
        ("fifty", 50.0),
        ("sixty", 60.0),
        ("seventy", 70.0),
        ("eighty", 80.0),
        ("ninety", 90.0),
    ];
    const SCALES: [(&str, f64); 5] = [("hundred", 1e2), ("thousand", 1e3), ("million", 1e6), ("billion", 1e9), ("trillion", 1e12)];
    let lower = text.to_lowercase();
    let mut base: Option<f64> = None;
    let mut numbers = 0;
    let mut scale = 1.0;
    for raw in lower.split(|c: char| c.is_whitespace() || c == '-') {
        let w = raw.trim_matches(|c: char| !c.is_alphanumeric() && c != '.' && c != ',');
        let w = w.trim_end_matches(['.', ',']);
        if w.is_empty() {
            continue;
        }
        // Digits, possibly glued to a currency sign, a unit or a magnitude
        // ("$13", "5.2%", "2GB", "13bn").
        let digits: String = w.chars().skip_while(|c| !c.is_ascii_digit()).take_while(|c| c.is_ascii_digit() || *c == ',' || *c == '.').collect();
        if !digits.is_empty() {
            let clean = digits.replace(',', "");
            let v: f64 = clean.trim_end_matches('.').parse().ok()?;
            numbers += 1;
            base = Some(v);
            let tail = w.rsplit(|c: char| c.is_ascii_digit()).next().unwrap_or("");
            scale *= match tail {
                "bn" | "b" => 1e9,
                "m" | "mn" => 1e6,
                "k" => 1e3,
                _ => 1.0,
            };
            continue;
        }
        if let Some(&(_, v)) = WORDS.iter().find(|(name, _)| *name == w) {
            // "twenty five": add the units to the tens.
            base = Some(match base {
                Some(b) if numbers > 0 && b >= 20.0 && b % 10.0 == 0.0 && v < 10.0 => b + v,
                _ => {
                    numbers += 1;
                    v
                }
            });
            continue;
        }
        if let Some(&(_, s)) = SCALES.iter().find(|(name, _)| *name == w || w.strip_suffix('s') == Some(name)) {
            if base.is_none() {
                // "a thousand", "a million"
                base = Some(1.0);
                numbers += 1;
            }
            scale *= s;
        }
    }
    if numbers != 1 {
        return None;
    }
    base.map(|b| b * scale)
}

/// Labels of the two MEANTIME halves for this scorer: nothing was developed
/// on either when the scorer was written; airbus + gm is where quantity rules
/// may be developed from here on, apple + stock stays held out.
const SPLIT_LABELS: [(&str, &str); 2] =
    [("dev", "MEANTIME airbus+gm (development from the twentieth session)"), ("heldout", "MEANTIME apple+stock (held out)")];

fn label(key: &str, fallback: &str) -> String {
    SPLIT_LABELS.iter().find(|(k, _)| *k == key).map_or(fallback.to_string(), |(_, l)| l.to_string())
}

/// Loads the MEANTIME halves of `dataset` as `(key, label, documents)`.
fn load(dataset: &Path, only: Option<&str>) -> Result<Vec<(String, String, Vec<TimemlDoc>)>, EvalError> {
    let corpus = match Corpus::detect(dataset) {
        Some(c @ Corpus::Meantime(_)) => c,
        _ => {
            return Err(EvalError::Format {
                path: dataset.to_path_buf(),
                reason: "not a MEANTIME folder (expected corpus_airbus/, corpus_apple/, … under it or its intra-doc_annotation/)".into(),
            })
        }
    };
    let halves = corpus.load(only)?;
    Ok(halves
        .into_iter()
        .map(|(timex_label, docs)| {
            let key = if timex_label.contains("airbus") { "dev" } else { "heldout" };
            (key.to_string(), label(key, &timex_label), docs)
        })
        .collect())
}

/// Writes each document's rebuilt text to `dir/<id>.txt`, for peers.
pub fn dump_texts(dataset: &Path, dir: &Path) -> Result<usize, EvalError> {
    std::fs::create_dir_all(dir).map_err(|source| EvalError::Io { path: dir.to_path_buf(), source })?;
    let mut n = 0;
    for (_, _, docs) in load(dataset, None)? {
        for d in docs {
            let path = dir.join(format!("{}.txt", d.id));
            std::fs::write(&path, &d.text).map_err(|source| EvalError::Io { path, source })?;
            n += 1;
        }
    }
    Ok(n)
}

/// A peer's numbers: JSON Lines, one object per document,
/// `{"id": "<doc id>", "spans": [[start, end], …]}` with byte offsets into
/// the text `--dump-texts` wrote. Peers give no values.
fn load_predictions(path: &Path) -> Result<HashMap<String, Vec<SystemNumber>>, EvalError> {
    let text = std::fs::read_to_string(path).map_err(|source| EvalError::Io { path: path.to_path_buf(), source })?;
    let mut out = HashMap::new();
    for (n, line) in text.lines().enumerate().filter(|(_, l)| !l.trim().is_empty()) {
        let bad = |reason: String| EvalError::Format { path: path.to_path_buf(), reason: format!("line {}: {reason}", n + 1) };
        let v: serde_json::Value = serde_json::from_str(line).map_err(|e| bad(e.to_string()))?;
        let id = v["id"].as_str().ok_or_else(|| bad("no \"id\"".into()))?.to_string();
        let spans = v["spans"].as_array().ok_or_else(|| bad("no \"spans\" array".into()))?;
        let mut nums = Vec::new();
        for s in spans {
            let (Some(a), Some(b)) = (s[0].as_u64(), s[1].as_u64()) else {
                return Err(bad("a span is not [start, end]".into()));
            };
            nums.push(SystemNumber { start: a as usize, end: b as usize, value: None });
        }
        out.insert(id, nums);
    }
    Ok(out)
}

/// Scores ours (and a peer's, with `opts.predictions`) on the halves of
/// `dataset` (`only`: "dev" or "heldout"); `errors` collects our mismatch
/// lines (tab-separated: doc, kind, gold type, gold text, gold value, ours).
pub fn score(dataset: &Path, only: Option<&str>, opts: &EvalOptions, mut errors: Option<&mut Vec<String>>) -> Result<EvalReport, EvalError> {
    let halves = load(dataset, only)?;
    let peer = opts.predictions.as_deref().map(load_predictions).transpose()?;
    let mut rows = Vec::new();
    let mut json_rows = Vec::new();
    let mut total_docs = 0;
    for (key, label, docs) in &halves {
        let docs: Vec<&TimemlDoc> = docs.iter().take(opts.limit.unwrap_or(usize::MAX)).collect();
        total_docs += docs.len();
        let mut ours = NumberCounts::default();
        let mut theirs = NumberCounts::default();
        for d in &docs {
            let sys = system_numbers(&d.text);
            let errs = if *key == "dev" { errors.as_deref_mut() } else { None };
            ours.add(&score_doc(d, &sys, errs));
            if let Some(p) = &peer {
                let nums = p.get(&d.id).map(Vec::as_slice).unwrap_or(&[]);
                theirs.add(&score_doc(d, nums, None));
            }
        }
        rows.push((label.clone(), "newsledger".to_string(), ours.clone()));
        json_rows.push(row_json(label, "newsledger", &ours));
        if peer.is_some() {
            let name = opts.predictions.as_deref().and_then(|p| p.file_stem()).map_or("peer".into(), |s| s.to_string_lossy().into_owned());
            json_rows.push(row_json(label, &name, &theirs));
            rows.push((label.clone(), name, theirs));
        }
    }
    let mut table = String::from(
        "| split | system | gold | system | relaxed P | relaxed R | relaxed F1 | strict F1 | R MONEY | R PERCENT | R QUANTITY | value acc (scorable) |\n|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n",
    );
    for (label, system, c) in &rows {
        let (p, r, f) = c.relaxed_prf();
        let (_, _, sf) = c.strict_prf();
        let value = if system == "newsledger" { format!("{:.3} ({})", c.value_accuracy(), c.value_scorable) } else { "—".into() };
        table.push_str(&format!(
            "| {label} | {system} | {} | {} | {p:.3} | {r:.3} | {f:.3} | {sf:.3} | {:.3} | {:.3} | {:.3} | {value} |\n",
            NumberCounts::get(&c.gold, "ALL"),
            c.system,
            c.recall_of("MONEY"),
            c.recall_of("PERCENT"),
            c.recall_of("QUANTITY"),
        ));
    }
    Ok(EvalReport {
        name: "quantities".into(),
        dataset: format!("{} (MEANTIME VALUE markables), {total_docs} documents", dataset.display()),
        table,
        json: json!({ "rows": json_rows }),
    })
}

fn row_json(label: &str, system: &str, c: &NumberCounts) -> serde_json::Value {
    let (p, r, f) = c.relaxed_prf();
    let (_, _, sf) = c.strict_prf();
    json!({
        "split": label, "system": system, "docs": c.docs,
        "gold": NumberCounts::get(&c.gold, "ALL"), "system_numbers": c.system,
        "relaxed_precision": p, "relaxed_recall": r, "relaxed_f1": f, "strict_f1": sf,
        "recall_by_type": VALUE_TYPES.iter().map(|t| (t.to_string(), c.recall_of(t))).collect::<HashMap<_, _>>(),
        "value_accuracy": c.value_accuracy(), "value_scorable": c.value_scorable,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_scorers_reader_takes_one_number_or_none() {
        assert_eq!(gold_number("2,400"), Some(2400.0));
        assert_eq!(gold_number("over 2,400"), Some(2400.0));
        assert_eq!(gold_number("$13 billion"), Some(13e9));
        assert_eq!(gold_number("5.2%"), Some(5.2));
        assert_eq!(gold_number("118.40 points"), Some(118.4));
        assert_eq!(gold_number("twenty-five"), Some(25.0));
        assert_eq!(gold_number("a thousand"), Some(1000.0));
        assert_eq!(gold_number("US$1.5bn"), Some(1.5e9));
        assert_eq!(gold_number("about half"), None);
        assert_eq!(gold_number("10 to 12"), None);
        assert_eq!(gold_number("substantially less"), None);
    }

    fn doc(text: &str, values: &[(&str, &str)], ignore: Vec<(usize, usize)>) -> TimemlDoc {
        let values = values
            .iter()
            .map(|(t, ty)| {
                let start = text.find(t).expect("value text in the test document");
                GoldValue { start, end: start + t.len(), value_type: ty.to_string() }
            })
            .collect();
        TimemlDoc { id: "d".into(), dct: None, text: text.into(), timexes: Vec::new(), ignore, values, tokens: Vec::new() }
    }

    #[test]
    fn relaxed_and_strict_spans_and_values_are_counted_one_to_one() {
        let d = doc("Sales rose 5% to $3 billion as 40 stores closed.", &[("5%", "PERCENT"), ("$3 billion", "MONEY"), ("40", "QUANTITY")], vec![]);
        let sys = [
            SystemNumber { start: 11, end: 13, value: Some(5.0) }, // "5%": strict, right value
            SystemNumber { start: 18, end: 27, value: Some(3.0) }, // "3 billion": relaxed, wrong value
            SystemNumber { start: 18, end: 19, value: Some(3.0) }, // overlaps the same gold: spurious
        ];
        let c = score_doc(&d, &sys, None);
        assert_eq!(NumberCounts::get(&c.gold, "ALL"), 3);
        assert_eq!(NumberCounts::get(&c.relaxed, "ALL"), 2);
        assert_eq!(NumberCounts::get(&c.strict, "ALL"), 1);
        assert_eq!((c.value_scorable, c.value_right), (2, 1));
        assert_eq!(c.recall_of("QUANTITY"), 0.0);
        let (p, r, _) = c.relaxed_prf();
        assert!((p - 2.0 / 3.0).abs() < 1e-9 && (r - 2.0 / 3.0).abs() < 1e-9);
    }

    #[test]
    fn a_markable_holding_others_is_left_out() {
        let d = doc("It lost $5 billion, or $2 a share.", &[("$5 billion, or $2", "MONEY"), ("$5 billion", "MONEY"), ("$2", "MONEY")], vec![]);
        let sys = [SystemNumber { start: 9, end: 18, value: Some(5e9) }, SystemNumber { start: 24, end: 25, value: Some(2.0) }];
        let c = score_doc(&d, &sys, None);
        assert_eq!((NumberCounts::get(&c.gold, "ALL"), NumberCounts::get(&c.relaxed, "ALL"), c.value_right), (2, 2, 2));
    }

    #[test]
    fn output_outside_the_annotated_region_is_not_counted() {
        let text = "Headline 3 cars.\n\nLater text with 9 boats.";
        let from = text.find("Later").unwrap_or(0);
        let d = doc(text, &[("3", "QUANTITY")], vec![(from, text.len())]);
        let nine = text.find('9').unwrap_or(0);
        let sys = [SystemNumber { start: 9, end: 10, value: Some(3.0) }, SystemNumber { start: nine, end: nine + 1, value: Some(9.0) }];
        let c = score_doc(&d, &sys, None);
        assert_eq!(c.system, 1);
        assert_eq!(c.relaxed_prf().0, 1.0);
    }
}
