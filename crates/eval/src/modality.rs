//! Scorer: event modality (did it happen?).
//!
//! Runs [`newsledger_extract::events::ModalityClassifier`] on every gold
//! event mention of a corpus (given the mention's span and its sentence) and
//! compares its reading with the gold factuality, mapped onto four classes:
//!
//! | class      | ours                              |
//! |------------|-----------------------------------|
//! | `occurred` | occurred, ongoing                 |
//! | `negated`  | negated, denied                   |
//! | `possible` | possible                          |
//! | `future`   | planned, conditional, threatened  |
//!
//! and onto the binary *happened / not happened* (occurred vs the rest),
//! which is what matters most: the worst error is reporting a planned,
//! conditional or hypothetical event as having happened, measured here as
//! `false_occurred` = the share of gold not-happened events we call occurred.
//!
//! Gold mappings (documented in docs/bench/modality.md):
//!
//! * **TimeBank / AQUAINT (TimeML)**, per event instance, first rule that
//!   applies: `polarity=NEG` → negated; subordinated by an SLINK
//!   `NEG_EVIDENTIAL` or `COUNTER_FACTIVE` → negated; SLINK `MODAL` or
//!   `CONDITIONAL` → future; `modality` would/'d/will/shall → future;
//!   could/may/might/can/possible/potential/unlikely/likelihood → possible;
//!   must/should/have to → possible (deontic: not asserted as happened);
//!   `tense=FUTURE` → future; otherwise occurred (SLINK `EVIDENTIAL` — reported
//!   speech — and `FACTIVE` leave the event as it is).
//! * **UDS factuality (It Happened v2)**: `happened_binary` yes/no; only the
//!   binary score exists.
//! * **MEANTIME**: `polarity=NEG` → negated; `time=FUTURE` → future;
//!   `special_cases=COND_*` → future; `certainty=POSSIBLE|PROBABLE` →
//!   possible; `CERTAIN`+`POS`+`NON_FUTURE` → occurred. Mentions marked
//!   generic (`GEN`) or with underspecified polarity or certainty are left
//!   out.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use newsledger_extract::events::ModalityClassifier;
use newsledger_model::{Modality, Span};

use crate::{ratio, EvalError, EvalOptions, EvalReport};

/// The four classes scored.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FactClass {
    Occurred,
    Negated,
    Possible,
    Future,
}

impl FactClass {
    pub const ALL: [FactClass; 4] = [FactClass::Occurred, FactClass::Negated, FactClass::Possible, FactClass::Future];

    pub fn as_str(&self) -> &'static str {
        match self {
            FactClass::Occurred => "occurred",
            FactClass::Negated => "negated",
            FactClass::Possible => "possible",
            FactClass::Future => "future",
        }
    }

    pub fn of(m: Modality) -> FactClass {
        match m {
            Modality::Occurred | Modality::Ongoing => FactClass::Occurred,
            Modality::Negated | Modality::Denied => FactClass::Negated,
            Modality::Possible => FactClass::Possible,
            Modality::Planned | Modality::Conditional | Modality::Threatened => FactClass::Future,
        }
    }

    fn index(&self) -> usize {
        *self as usize
    }
}

/// One gold event mention: the text it is in, its byte span, its gold class
/// (`None` when only the binary label is known) and binary label.
#[derive(Debug, Clone)]
pub struct GoldMention {
    pub doc: usize,
    pub span: Span,
    pub class: Option<FactClass>,
    pub happened: bool,
}

/// A corpus ready to score: texts and gold mentions.
#[derive(Debug, Default)]
pub struct GoldCorpus {
    pub name: String,
    pub texts: Vec<String>,
    pub mentions: Vec<GoldMention>,
}

/// Counts of one scoring run.
#[derive(Debug, Clone, Default)]
pub struct ModalityScore {
    /// `confusion[gold][pred]` over the four classes (mentions with a gold class).
    pub confusion: [[usize; 4]; 4],
    /// Binary counts: (gold happened, pred happened).
    pub tp_happened: usize,
    pub fp_happened: usize,
    pub fn_happened: usize,
    pub tn_happened: usize,
    pub mentions: usize,
}

impl ModalityScore {
    fn add(&mut self, gold_class: Option<FactClass>, gold_happened: bool, pred: FactClass) {
        self.mentions += 1;
        if let Some(g) = gold_class {
            self.confusion[g.index()][pred.index()] += 1;
        }
        let ph = pred == FactClass::Occurred;
        match (gold_happened, ph) {
            (true, true) => self.tp_happened += 1,
            (false, true) => self.fp_happened += 1,
            (true, false) => self.fn_happened += 1,
            (false, false) => self.tn_happened += 1,
        }
    }

    pub fn binary_accuracy(&self) -> f64 {
        ratio(self.tp_happened + self.tn_happened, self.mentions)
    }

    /// P/R/F1 of "happened" (`positive = true`) or of "not happened".
    pub fn binary_prf(&self, positive: bool) -> (f64, f64, f64) {
        let (tp, fp, fn_) = if positive {
            (self.tp_happened, self.fp_happened, self.fn_happened)
        } else {
            (self.tn_happened, self.fn_happened, self.fp_happened)
        };
        prf(tp, fp, fn_)
    }

    /// Share of gold not-happened mentions we call occurred (the worst error).
    pub fn false_occurred(&self) -> f64 {
        ratio(self.fp_happened, self.fp_happened + self.tn_happened)
    }

    pub fn class_total(&self) -> usize {
        self.confusion.iter().flatten().sum()
    }

    pub fn class_accuracy(&self) -> f64 {
        ratio((0..4).map(|i| self.confusion[i][i]).sum(), self.class_total())
    }

    pub fn class_prf(&self, c: FactClass) -> (f64, f64, f64) {
        let i = c.index();
        let tp = self.confusion[i][i];
        let fp: usize = (0..4).filter(|&g| g != i).map(|g| self.confusion[g][i]).sum();
        let fn_: usize = (0..4).filter(|&p| p != i).map(|p| self.confusion[i][p]).sum();
        prf(tp, fp, fn_)
    }

    pub fn class_support(&self, c: FactClass) -> usize {
        self.confusion[c.index()].iter().sum()
    }

    pub fn macro_f1(&self) -> f64 {
        let present: Vec<_> = FactClass::ALL.iter().filter(|c| self.class_support(**c) > 0).collect();
        if present.is_empty() {
            return 0.0;
        }
        present.iter().map(|c| self.class_prf(**c).2).sum::<f64>() / present.len() as f64
    }
}

fn prf(tp: usize, fp: usize, fn_: usize) -> (f64, f64, f64) {
    crate::prf(tp, tp + fp, tp + fn_)
}

/// A scored mention, for error listings.
#[derive(Debug, Clone)]
pub struct Scored {
    pub mention: usize,
    pub pred: Modality,
}

/// Runs our classifier over the corpus; returns the score, our prediction
/// for every mention, and a baseline that calls everything occurred.
pub fn score_corpus(corpus: &GoldCorpus) -> (ModalityScore, ModalityScore, Vec<Scored>) {
    let classifier = ModalityClassifier::english();
    let mut ours = ModalityScore::default();
    let mut baseline = ModalityScore::default();
    let mut preds = Vec::with_capacity(corpus.mentions.len());
    let mut by_doc: HashMap<usize, Vec<usize>> = HashMap::new();
    for (i, m) in corpus.mentions.iter().enumerate() {
        by_doc.entry(m.doc).or_default().push(i);
    }
    let mut docs: Vec<_> = by_doc.into_iter().collect();
    docs.sort();
    for (d, idxs) in docs {
        let text = &corpus.texts[d];
        let seg = newsledger_text::segment(text);
        for i in idxs {
            let m = &corpus.mentions[i];
            let j = classifier.classify(text, &seg, m.span);
            ours.add(m.class, m.happened, FactClass::of(j.modality));
            baseline.add(m.class, m.happened, FactClass::Occurred);
            preds.push(Scored { mention: i, pred: j.modality });
        }
    }
    preds.sort_by_key(|s| s.mention);
    (ours, baseline, preds)
}

/// Which part of TimeBank-dense data to read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TimebankPart {
    /// TimeBank documents at even positions (sorted by file name): used to develop.
    Dev,
    /// TimeBank documents at odd positions: held out.
    Test,
    /// All AQUAINT documents: held out.
    Aquaint,
    /// AQUAINT without the documents whose NEG-polarity instances outnumber
    /// the POS ones (25 of 73: there "polarity" is visibly wrong, e.g. NEG on
    /// "Castro repelled their invasion"): held out.
    AquaintClean,
}

impl TimebankPart {
    pub fn parse(s: &str) -> Option<TimebankPart> {
        match s {
            "dev" => Some(TimebankPart::Dev),
            "test" => Some(TimebankPart::Test),
            "aquaint" => Some(TimebankPart::Aquaint),
            "aquaint-clean" => Some(TimebankPart::AquaintClean),
            _ => None,
        }
    }
}

fn read(path: &Path) -> Result<String, EvalError> {
    std::fs::read_to_string(path).map_err(|source| EvalError::Io { path: path.to_path_buf(), source })
}

fn list_dir(dir: &Path, ext: &str) -> Result<Vec<PathBuf>, EvalError> {
    let rd = std::fs::read_dir(dir).map_err(|source| EvalError::Io { path: dir.to_path_buf(), source })?;
    let mut files: Vec<PathBuf> = rd.filter_map(|e| e.ok().map(|e| e.path())).filter(|p| p.extension().is_some_and(|x| x == ext)).collect();
    files.sort();
    Ok(files)
}

/// Attributes of an XML start tag (`name="value"` pairs).
fn attrs(tag: &str) -> HashMap<&str, &str> {
    let mut out = HashMap::new();
    let mut rest = tag;
    while let Some(eq) = rest.find("=\"") {
        let name = rest[..eq].rsplit(|c: char| c.is_whitespace()).next().unwrap_or("").trim();
        let after = &rest[eq + 2..];
        let Some(close) = after.find('"') else { break };
        out.insert(name, &after[..close]);
        rest = &after[close + 1..];
    }
    out
}

fn decode_entity(s: &str) -> Option<(char, usize)> {
    for (name, c) in [("&amp;", '&'), ("&lt;", '<'), ("&gt;", '>'), ("&quot;", '"'), ("&apos;", '\'')] {
        if s.starts_with(name) {
            return Some((c, name.len()));
        }
    }
    None
}

/// Plain text of a TimeML `<TEXT>` body and the byte span of every EVENT (by eid).
fn timeml_text(body: &str) -> (String, HashMap<String, Span>) {
    let mut out = String::with_capacity(body.len());
    let mut spans = HashMap::new();
    let mut open: Option<(String, usize)> = None;
    let mut i = 0;
    while i < body.len() {
        let rest = &body[i..];
        if rest.starts_with('<') {
            let Some(close) = rest.find('>') else { break };
            let tag = &rest[1..close];
            if let Some(t) = tag.strip_prefix("EVENT ") {
                if let Some(eid) = attrs(t).get("eid") {
                    open = Some((eid.to_string(), out.len()));
                }
            } else if tag == "/EVENT" {
                if let Some((eid, start)) = open.take() {
                    spans.insert(eid, Span::new(start, out.len()));
                }
            }
            i += close + 1;
        } else if rest.starts_with('&') {
            match decode_entity(rest) {
                Some((c, len)) => {
                    out.push(c);
                    i += len;
                }
                None => {
                    out.push('&');
                    i += 1;
                }
            }
        } else {
            let c = rest.chars().next().unwrap_or(' ');
            out.push(c);
            i += c.len_utf8();
        }
    }
    (out, spans)
}

/// The gold class of one TimeML event instance.
pub fn timeml_gold(polarity: &str, modality: &str, tense: &str, slink: Option<&str>) -> FactClass {
    if polarity.eq_ignore_ascii_case("NEG") {
        return FactClass::Negated;
    }
    match slink {
        Some("NEG_EVIDENTIAL" | "COUNTER_FACTIVE") => return FactClass::Negated,
        Some("MODAL" | "CONDITIONAL") => return FactClass::Future,
        _ => {}
    }
    let m = modality.trim().to_ascii_lowercase();
    match m.as_str() {
        "would" | "'d" | "will" | "shall" | "would have to" => return FactClass::Future,
        "could" | "may" | "might" | "can" | "possible" | "potential" | "unlikely" | "likelihood" => return FactClass::Possible,
        "must" | "should" | "have to" | "have_to" | "should have to" => return FactClass::Possible,
        _ => {}
    }
    if tense == "FUTURE" {
        return FactClass::Future;
    }
    FactClass::Occurred
}

/// Reads TimeBank or AQUAINT `.tml` files (one part) into a gold corpus.
pub fn load_timebank(root: &Path, part: TimebankPart, limit: Option<usize>) -> Result<GoldCorpus, EvalError> {
    let (dir, keep): (PathBuf, Box<dyn Fn(usize) -> bool>) = match part {
        TimebankPart::Dev => (root.join("TimeBank"), Box::new(|i| i % 2 == 0)),
        TimebankPart::Test => (root.join("TimeBank"), Box::new(|i| i % 2 == 1)),
        TimebankPart::Aquaint | TimebankPart::AquaintClean => (root.join("AQUAINT"), Box::new(|_| true)),
    };
    let files = list_dir(&dir, "tml")?;
    let mut corpus = GoldCorpus { name: format!("{} ({:?})", dir.display(), part), ..Default::default() };
    for (fi, path) in files.iter().enumerate() {
        if !keep(fi) {
            continue;
        }
        if limit.is_some_and(|l| corpus.texts.len() >= l) {
            break;
        }
        let xml = read(path)?;
        let (Some(s), Some(e)) = (xml.find("<TEXT>"), xml.find("</TEXT>")) else {
            return Err(EvalError::Format { path: path.clone(), reason: "no <TEXT> element".into() });
        };
        let (text, spans) = timeml_text(&xml[s + 6..e]);
        let tail = &xml[e..];
        if part == TimebankPart::AquaintClean && tail.matches("polarity=\"NEG\"").count() > tail.matches("polarity=\"POS\"").count() {
            continue;
        }
        let mut slinks: HashMap<String, String> = HashMap::new();
        for chunk in tail.split("<SLINK ").skip(1) {
            let a = attrs(chunk.split('>').next().unwrap_or(""));
            if let (Some(sub), Some(rel)) = (a.get("subordinatedEventInstance"), a.get("relType")) {
                slinks.entry(sub.to_string()).or_insert_with(|| rel.to_string());
            }
        }
        let doc = corpus.texts.len();
        let mut seen = std::collections::HashSet::new();
        for chunk in tail.split("<MAKEINSTANCE ").skip(1) {
            let a = attrs(chunk.split('>').next().unwrap_or(""));
            let (Some(eid), Some(eiid)) = (a.get("eventID"), a.get("eiid")) else { continue };
            let Some(span) = spans.get(*eid) else { continue };
            if !seen.insert(eid.to_string()) {
                continue; // one score per mention
            }
            let class = timeml_gold(
                a.get("polarity").copied().unwrap_or("POS"),
                a.get("modality").copied().unwrap_or(""),
                a.get("tense").copied().unwrap_or("NONE"),
                slinks.get(*eiid).map(String::as_str),
            );
            corpus.mentions.push(GoldMention { doc, span: *span, class: Some(class), happened: class == FactClass::Occurred });
        }
        corpus.texts.push(text);
    }
    Ok(corpus)
}

/// Reads the UDS factuality TSV (one split: train, dev or test).
pub fn load_uds(tsv: &Path, split: &str, limit: Option<usize>) -> Result<GoldCorpus, EvalError> {
    let data = read(tsv)?;
    let mut corpus = GoldCorpus { name: format!("{} ({split})", tsv.display()), ..Default::default() };
    let mut doc_of: HashMap<String, usize> = HashMap::new();
    for (ln, line) in data.lines().enumerate().skip(1) {
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() < 11 {
            return Err(EvalError::Format { path: tsv.to_path_buf(), reason: format!("line {}: {} columns", ln + 1, cols.len()) });
        }
        if cols[0] != split {
            continue;
        }
        let (sid, head, happened, sentence) = (cols[1], cols[3], cols[9], cols[10]);
        let Ok(head) = head.parse::<usize>() else { continue };
        let doc = match doc_of.get(sid) {
            Some(&d) => d,
            None => {
                if limit.is_some_and(|l| corpus.texts.len() >= l) {
                    continue;
                }
                corpus.texts.push(sentence.to_string());
                doc_of.insert(sid.to_string(), corpus.texts.len() - 1);
                corpus.texts.len() - 1
            }
        };
        // Byte span of the 1-based token `head` of the space-joined sentence.
        let mut offset = 0;
        let mut span = None;
        for (k, tok) in sentence.split(' ').enumerate() {
            if k + 1 == head {
                span = Some(Span::new(offset, offset + tok.len()));
                break;
            }
            offset += tok.len() + 1;
        }
        let Some(span) = span else { continue };
        corpus.mentions.push(GoldMention { doc, span, class: None, happened: happened == "yes" });
    }
    Ok(corpus)
}

/// Reads MEANTIME CAT XML files (intra-doc annotation) into a gold corpus:
/// every English topic corpus, or with `split` one half of them by topic,
/// the halves the time-expression scorer uses ([`crate::timex::MEANTIME_SPLITS`]:
/// `dev` = airbus + gm, `heldout` = apple + stock).
pub fn load_meantime(root: &Path, limit: Option<usize>, split: Option<&str>) -> Result<GoldCorpus, EvalError> {
    let topics = match split {
        None => None,
        Some(name) => Some(
            crate::timex::MEANTIME_SPLITS
                .iter()
                .find(|s| s.0 == name)
                .map(|s| (s.1, s.2))
                .ok_or_else(|| EvalError::Format { path: root.to_path_buf(), reason: format!("no MEANTIME split {name:?} (dev, heldout)") })?,
        ),
    };
    let base = root.join("meantime_newsreader_english_oct15").join("intra-doc_annotation");
    let base = if base.is_dir() { base } else { root.to_path_buf() };
    let rd = std::fs::read_dir(&base).map_err(|source| EvalError::Io { path: base.clone(), source })?;
    let mut dirs: Vec<PathBuf> = rd.filter_map(|e| e.ok().map(|e| e.path())).filter(|p| p.is_dir()).collect();
    if let Some((names, _)) = topics {
        dirs.retain(|d| d.file_name().is_some_and(|f| names.iter().any(|n| f == *n)));
    }
    dirs.sort();
    let mut files = Vec::new();
    for d in dirs {
        files.extend(list_dir(&d, "xml")?);
    }
    let label = topics.map_or("all", |t| t.1);
    let mut corpus = GoldCorpus { name: format!("{} ({label})", base.display()), ..Default::default() };
    for path in files {
        if limit.is_some_and(|l| corpus.texts.len() >= l) {
            break;
        }
        let xml = read(&path)?;
        // Tokens: sentence-separated by newlines, words by spaces.
        let mut text = String::new();
        let mut tok_span: HashMap<String, Span> = HashMap::new();
        let mut last_sentence = None;
        for chunk in xml.split("<token ").skip(1) {
            let Some(gt) = chunk.find('>') else { continue };
            let a = attrs(&chunk[..gt]);
            let Some(end) = chunk[gt + 1..].find("</token>") else { continue };
            let raw = &chunk[gt + 1..gt + 1 + end];
            let word: String = {
                let mut w = String::new();
                let mut i = 0;
                while i < raw.len() {
                    match decode_entity(&raw[i..]) {
                        Some((c, len)) => {
                            w.push(c);
                            i += len;
                        }
                        None => {
                            let c = raw[i..].chars().next().unwrap_or(' ');
                            w.push(c);
                            i += c.len_utf8();
                        }
                    }
                }
                w
            };
            let sentence = a.get("sentence").copied();
            if !text.is_empty() {
                text.push(if sentence != last_sentence { '\n' } else { ' ' });
            }
            last_sentence = sentence;
            let start = text.len();
            text.push_str(&word);
            if let Some(id) = a.get("t_id") {
                tok_span.insert(id.to_string(), Span::new(start, text.len()));
            }
        }
        let doc = corpus.texts.len();
        for chunk in xml.split("<EVENT_MENTION ").skip(1) {
            let Some(gt) = chunk.find('>') else { continue };
            let a = attrs(&chunk[..gt]);
            let body = chunk.split("</EVENT_MENTION>").next().unwrap_or("");
            let anchors: Vec<Span> = body.split("<token_anchor ").skip(1).filter_map(|t| attrs(t).get("t_id").and_then(|id| tok_span.get(*id)).copied()).collect();
            let (Some(first), Some(last)) = (anchors.first(), anchors.last()) else { continue };
            let get = |k: &str| a.get(k).copied().unwrap_or("");
            let Some(class) = meantime_gold(get("polarity"), get("certainty"), get("time"), get("special_cases")) else { continue };
            corpus.mentions.push(GoldMention { doc, span: Span::new(first.start, last.end), class: Some(class), happened: class == FactClass::Occurred });
        }
        corpus.texts.push(text);
    }
    Ok(corpus)
}

/// The gold class of a MEANTIME event mention; `None` for generic or
/// underspecified mentions.
pub fn meantime_gold(polarity: &str, certainty: &str, time: &str, special: &str) -> Option<FactClass> {
    if special == "GEN" || polarity == "UNDERSPECIFIED" || certainty == "UNDERSPECIFIED" || polarity.is_empty() {
        return None;
    }
    if polarity == "NEG" {
        return Some(FactClass::Negated);
    }
    if time == "FUTURE" || special.starts_with("COND") {
        return Some(FactClass::Future);
    }
    if certainty == "POSSIBLE" || certainty == "PROBABLE" {
        return Some(FactClass::Possible);
    }
    Some(FactClass::Occurred)
}

/// The report table for one corpus.
pub fn format_report(corpus: &GoldCorpus, ours: &ModalityScore, baseline: &ModalityScore) -> String {
    let mut t = String::new();
    t.push_str(&format!("{}: {} mentions in {} texts\n", corpus.name, ours.mentions, corpus.texts.len()));
    t.push_str("system            happened-acc  happened P/R/F1      not-happened P/R/F1  false-occurred");
    let fine = ours.class_total() > 0;
    if fine {
        t.push_str("  4-class acc  macro-F1");
    }
    t.push('\n');
    for (name, s) in [("newsledger", ours), ("all-occurred", baseline)] {
        let (p1, r1, f1) = s.binary_prf(true);
        let (p0, r0, f0) = s.binary_prf(false);
        t.push_str(&format!(
            "{name:<16}  {:>12.3}  {p1:.3}/{r1:.3}/{f1:.3}  {p0:.3}/{r0:.3}/{f0:.3}     {:>14.3}",
            s.binary_accuracy(),
            s.false_occurred()
        ));
        if fine {
            t.push_str(&format!("  {:>11.3}  {:>8.3}", s.class_accuracy(), s.macro_f1()));
        }
        t.push('\n');
    }
    if fine {
        t.push_str("class      support  P      R      F1     (newsledger)\n");
        for c in FactClass::ALL {
            let (p, r, f) = ours.class_prf(c);
            t.push_str(&format!("{:<9}  {:>7}  {p:.3}  {r:.3}  {f:.3}\n", c.as_str(), ours.class_support(c)));
        }
        t.push_str("confusion (rows gold, columns ours: occurred negated possible future)\n");
        for c in FactClass::ALL {
            let row = ours.confusion[c.index()];
            t.push_str(&format!("{:<9}  {:>6} {:>6} {:>6} {:>6}\n", c.as_str(), row[0], row[1], row[2], row[3]));
        }
    }
    t
}

fn report_json(corpus: &GoldCorpus, s: &ModalityScore, baseline: &ModalityScore) -> serde_json::Value {
    let (p1, r1, f1) = s.binary_prf(true);
    let (p0, r0, f0) = s.binary_prf(false);
    let classes: serde_json::Map<String, serde_json::Value> = FactClass::ALL
        .iter()
        .map(|c| {
            let (p, r, f) = s.class_prf(*c);
            (c.as_str().to_string(), serde_json::json!({"support": s.class_support(*c), "p": p, "r": r, "f1": f}))
        })
        .collect();
    serde_json::json!({
        "dataset": corpus.name,
        "mentions": s.mentions,
        "texts": corpus.texts.len(),
        "happened_accuracy": s.binary_accuracy(),
        "happened": {"p": p1, "r": r1, "f1": f1},
        "not_happened": {"p": p0, "r": r0, "f1": f0},
        "false_occurred": s.false_occurred(),
        "class_accuracy": s.class_accuracy(),
        "macro_f1": s.macro_f1(),
        "classes": classes,
        "baseline_all_occurred_accuracy": baseline.binary_accuracy(),
    })
}

/// Scores one corpus and builds the report.
pub fn evaluate(corpus: &GoldCorpus) -> EvalReport {
    let (ours, baseline, _) = score_corpus(corpus);
    EvalReport { name: "modality".into(), dataset: corpus.name.clone(), table: format_report(corpus, &ours, &baseline), json: report_json(corpus, &ours, &baseline) }
}

/// Scores TimeBank (one part), the standard entry point.
pub fn run_timebank(root: &Path, part: TimebankPart, opts: &EvalOptions) -> Result<EvalReport, EvalError> {
    Ok(evaluate(&load_timebank(root, part, opts.limit)?))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timeml_body_to_text_and_spans() {
        let (text, spans) = timeml_text("Troops <EVENT eid=\"e1\" class=\"OCCURRENCE\">fired</EVENT> at &quot;rebels&quot;.");
        assert_eq!(text, "Troops fired at \"rebels\".");
        let s = spans["e1"];
        assert_eq!(&text[s.start..s.end], "fired");
    }

    #[test]
    fn timeml_gold_mapping() {
        assert_eq!(timeml_gold("NEG", "", "PAST", None), FactClass::Negated);
        assert_eq!(timeml_gold("POS", "would", "NONE", None), FactClass::Future);
        assert_eq!(timeml_gold("POS", "could", "NONE", None), FactClass::Possible);
        assert_eq!(timeml_gold("POS", "", "FUTURE", None), FactClass::Future);
        assert_eq!(timeml_gold("POS", "", "INFINITIVE", Some("MODAL")), FactClass::Future);
        assert_eq!(timeml_gold("POS", "", "PAST", Some("EVIDENTIAL")), FactClass::Occurred);
    }

    #[test]
    fn scores_a_tiny_corpus() {
        let text = "Troops would attack the town. Rebels attacked the base.".to_string();
        let a = text.find("attack ").unwrap_or(0);
        let b = text.find("attacked").unwrap_or(0);
        let corpus = GoldCorpus {
            name: "tiny".into(),
            texts: vec![text],
            mentions: vec![
                GoldMention { doc: 0, span: Span::new(a, a + 6), class: Some(FactClass::Future), happened: false },
                GoldMention { doc: 0, span: Span::new(b, b + 8), class: Some(FactClass::Occurred), happened: true },
            ],
        };
        let (ours, base, _) = score_corpus(&corpus);
        assert_eq!(ours.binary_accuracy(), 1.0);
        assert_eq!(ours.false_occurred(), 0.0);
        assert_eq!(base.false_occurred(), 1.0);
    }
}
