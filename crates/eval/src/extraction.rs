//! Scorer: extraction (HTML page → article body).
//!
//! Scores the body text of [`newsledger_ingest::html::extract_page`] against
//! the Scrapinghub article-extraction benchmark layout:
//!
//! ```text
//! <dataset>/ground-truth.json      { "<id>": { "articleBody": "...", "url": "..." } }
//! <dataset>/html/<id>.html.gz      the page, gzip, UTF-8
//! ```
//!
//! The metric is the benchmark's own (its `evaluate.py`, re-implemented
//! here): tokens are Unicode `\w+` runs; shingles are 4-grams of tokens (a
//! text of fewer than four tokens is one shorter shingle); per page TP/FP/FN
//! are the multiset overlaps of predicted and true shingles, normalised to
//! sum to 1. Precision is the mean over the pages with predicted shingles
//! (tp+fp > 0), recall the mean over the pages with true shingles
//! (tp+fn > 0); F1 = 2PR/(P+R). Note: a page where we predict nothing is
//! therefore left out of the precision mean (it costs recall only), exactly
//! as upstream does. The ± is 1.96 × the standard deviation of the metric over
//! bootstrap resamples of the pages.
//!
//! Other systems' outputs (same shape as the ground truth, optionally wrapped
//! as `{"version": .., "output": {..}}`) are scored on the same pages and
//! shown in the same table.

use std::collections::{BTreeMap, HashMap};
use std::io::Read;
use std::path::{Path, PathBuf};
use std::time::Instant;

use newsledger_ingest::html::extract_page;

use crate::{EvalError, EvalOptions, EvalReport};

/// Shingle size of the benchmark.
pub const SHINGLE_N: usize = 4;
/// Bootstrap resamples for the confidence intervals.
pub const BOOTSTRAP_SAMPLES: usize = 1000;

/// Normalised TP/FP/FN of one page (they sum to 1, or are all 0 when both
/// texts are empty).
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct PageCounts {
    pub tp: f64,
    pub fp: f64,
    pub fn_: f64,
}

/// Corpus-level precision, recall and F1.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Metrics {
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
}

/// Metrics with their bootstrap half-widths (1.96 σ).
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct ScoredMetrics {
    pub value: Metrics,
    pub ci: Metrics,
}

/// One system's score on the dataset.
#[derive(Debug, Clone)]
pub struct SystemScore {
    pub name: String,
    pub pages: usize,
    pub metrics: ScoredMetrics,
    /// Per-page counts, in ground-truth key order (for comparisons).
    pub per_page: Vec<(String, PageCounts)>,
}

/// Python's `\w` for `str` patterns: characters for which `str.isalnum()`
/// holds (letters L*, and numbers N*), plus `_`. Rust's `is_alphanumeric`
/// also accepts the combining marks with the Other_Alphabetic property
/// (Arabic harakat, Indic vowel signs, …), which Python's `\w` does not;
/// [`NOT_PYTHON_WORD`] lists those, so that tokens split exactly where
/// upstream's do. (Computed by comparing `char::is_alphanumeric` with
/// CPython 3.11's `re` over every code point; no code point is a word
/// character for Python and not for Rust.)
#[inline]
fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        return c == '_' || c.is_ascii_alphanumeric();
    }
    c.is_alphanumeric() && !is_excluded_mark(c)
}

fn is_excluded_mark(c: char) -> bool {
    let u = c as u32;
    NOT_PYTHON_WORD
        .binary_search_by(|&(lo, hi)| {
            if hi < u {
                std::cmp::Ordering::Less
            } else if lo > u {
                std::cmp::Ordering::Greater
            } else {
                std::cmp::Ordering::Equal
            }
        })
        .is_ok()
}

/// Inclusive code-point ranges that Rust counts as alphanumeric and
/// Python's `\w` does not (combining marks), sorted.
#[rustfmt::skip]
const NOT_PYTHON_WORD: &[(u32, u32)] = &[
    (0x0345, 0x0345), (0x0363, 0x036F), (0x05B0, 0x05BD), (0x05BF, 0x05BF), (0x05C1, 0x05C2), (0x05C4, 0x05C5),
    (0x05C7, 0x05C7), (0x0610, 0x061A), (0x064B, 0x0657), (0x0659, 0x065F), (0x0670, 0x0670), (0x06D6, 0x06DC),
    (0x06E1, 0x06E4), (0x06E7, 0x06E8), (0x06ED, 0x06ED), (0x0711, 0x0711), (0x0730, 0x073F), (0x07A6, 0x07B0),
    (0x0816, 0x0817), (0x081B, 0x0823), (0x0825, 0x0827), (0x0829, 0x082C), (0x088F, 0x088F), (0x0897, 0x0897),
    (0x08D4, 0x08DF), (0x08E3, 0x08E9), (0x08F0, 0x0903), (0x093A, 0x093B), (0x093E, 0x094C), (0x094E, 0x094F),
    (0x0955, 0x0957), (0x0962, 0x0963), (0x0981, 0x0983), (0x09BE, 0x09C4), (0x09C7, 0x09C8), (0x09CB, 0x09CC),
    (0x09D7, 0x09D7), (0x09E2, 0x09E3), (0x0A01, 0x0A03), (0x0A3E, 0x0A42), (0x0A47, 0x0A48), (0x0A4B, 0x0A4C),
    (0x0A51, 0x0A51), (0x0A70, 0x0A71), (0x0A75, 0x0A75), (0x0A81, 0x0A83), (0x0ABE, 0x0AC5), (0x0AC7, 0x0AC9),
    (0x0ACB, 0x0ACC), (0x0AE2, 0x0AE3), (0x0AFA, 0x0AFC), (0x0B01, 0x0B03), (0x0B3E, 0x0B44), (0x0B47, 0x0B48),
    (0x0B4B, 0x0B4C), (0x0B56, 0x0B57), (0x0B62, 0x0B63), (0x0B82, 0x0B82), (0x0BBE, 0x0BC2), (0x0BC6, 0x0BC8),
    (0x0BCA, 0x0BCC), (0x0BD7, 0x0BD7), (0x0C00, 0x0C04), (0x0C3E, 0x0C44), (0x0C46, 0x0C48), (0x0C4A, 0x0C4C),
    (0x0C55, 0x0C56), (0x0C5C, 0x0C5C), (0x0C62, 0x0C63), (0x0C81, 0x0C83), (0x0CBE, 0x0CC4), (0x0CC6, 0x0CC8),
    (0x0CCA, 0x0CCC), (0x0CD5, 0x0CD6), (0x0CDC, 0x0CDC), (0x0CE2, 0x0CE3), (0x0CF3, 0x0CF3), (0x0D00, 0x0D03),
    (0x0D3E, 0x0D44), (0x0D46, 0x0D48), (0x0D4A, 0x0D4C), (0x0D57, 0x0D57), (0x0D62, 0x0D63), (0x0D81, 0x0D83),
    (0x0DCF, 0x0DD4), (0x0DD6, 0x0DD6), (0x0DD8, 0x0DDF), (0x0DF2, 0x0DF3), (0x0E31, 0x0E31), (0x0E34, 0x0E3A),
    (0x0E4D, 0x0E4D), (0x0EB1, 0x0EB1), (0x0EB4, 0x0EB9), (0x0EBB, 0x0EBC), (0x0ECD, 0x0ECD), (0x0F71, 0x0F83),
    (0x0F8D, 0x0F97), (0x0F99, 0x0FBC), (0x102B, 0x1036), (0x1038, 0x1038), (0x103B, 0x103E), (0x1056, 0x1059),
    (0x105E, 0x1060), (0x1062, 0x1064), (0x1067, 0x106D), (0x1071, 0x1074), (0x1082, 0x108D), (0x108F, 0x108F),
    (0x109A, 0x109D), (0x1712, 0x1713), (0x1732, 0x1733), (0x1752, 0x1753), (0x1772, 0x1773), (0x17B6, 0x17C8),
    (0x1885, 0x1886), (0x18A9, 0x18A9), (0x1920, 0x192B), (0x1930, 0x1938), (0x1A17, 0x1A1B), (0x1A55, 0x1A5E),
    (0x1A61, 0x1A74), (0x1ABF, 0x1AC0), (0x1ACC, 0x1ACE), (0x1B00, 0x1B04), (0x1B35, 0x1B43), (0x1B80, 0x1B82),
    (0x1BA1, 0x1BA9), (0x1BAC, 0x1BAD), (0x1BE7, 0x1BF1), (0x1C24, 0x1C36), (0x1C89, 0x1C8A), (0x1DD3, 0x1DF4),
    (0x24B6, 0x24E9), (0x2DE0, 0x2DFF), (0xA674, 0xA67B), (0xA69E, 0xA69F), (0xA7CB, 0xA7CF), (0xA7D2, 0xA7D2),
    (0xA7D4, 0xA7D4), (0xA7DA, 0xA7DC), (0xA7F1, 0xA7F1), (0xA802, 0xA802), (0xA80B, 0xA80B), (0xA823, 0xA827),
    (0xA880, 0xA881), (0xA8B4, 0xA8C3), (0xA8C5, 0xA8C5), (0xA8FF, 0xA8FF), (0xA926, 0xA92A), (0xA947, 0xA952),
    (0xA980, 0xA983), (0xA9B4, 0xA9BF), (0xA9E5, 0xA9E5), (0xAA29, 0xAA36), (0xAA43, 0xAA43), (0xAA4C, 0xAA4D),
    (0xAA7B, 0xAA7D), (0xAAB0, 0xAAB0), (0xAAB2, 0xAAB4), (0xAAB7, 0xAAB8), (0xAABE, 0xAABE), (0xAAEB, 0xAAEF),
    (0xAAF5, 0xAAF5), (0xABE3, 0xABEA), (0xFB1E, 0xFB1E), (0x10376, 0x1037A), (0x105C0, 0x105F3), (0x10940, 0x10959),
    (0x10A01, 0x10A03), (0x10A05, 0x10A06), (0x10A0C, 0x10A0F), (0x10D24, 0x10D27), (0x10D40, 0x10D65), (0x10D69, 0x10D69),
    (0x10D6F, 0x10D85), (0x10EAB, 0x10EAC), (0x10EC2, 0x10EC7), (0x10EFA, 0x10EFC), (0x11000, 0x11002), (0x11038, 0x11045),
    (0x11073, 0x11074), (0x11080, 0x11082), (0x110B0, 0x110B8), (0x110C2, 0x110C2), (0x11100, 0x11102), (0x11127, 0x11132),
    (0x11145, 0x11146), (0x11180, 0x11182), (0x111B3, 0x111BF), (0x111CE, 0x111CF), (0x1122C, 0x11234), (0x11237, 0x11237),
    (0x1123E, 0x11241), (0x112DF, 0x112E8), (0x11300, 0x11303), (0x1133E, 0x11344), (0x11347, 0x11348), (0x1134B, 0x1134C),
    (0x11357, 0x11357), (0x11362, 0x11363), (0x11380, 0x11389), (0x1138B, 0x1138B), (0x1138E, 0x1138E), (0x11390, 0x113B5),
    (0x113B7, 0x113C0), (0x113C2, 0x113C2), (0x113C5, 0x113C5), (0x113C7, 0x113CA), (0x113CC, 0x113CD), (0x113D1, 0x113D1),
    (0x113D3, 0x113D3), (0x11435, 0x11441), (0x11443, 0x11445), (0x114B0, 0x114C1), (0x115AF, 0x115B5), (0x115B8, 0x115BE),
    (0x115DC, 0x115DD), (0x11630, 0x1163E), (0x11640, 0x11640), (0x116AB, 0x116B5), (0x116D0, 0x116E3), (0x1171D, 0x1172A),
    (0x1182C, 0x11838), (0x11930, 0x11935), (0x11937, 0x11938), (0x1193B, 0x1193C), (0x11940, 0x11940), (0x11942, 0x11942),
    (0x119D1, 0x119D7), (0x119DA, 0x119DF), (0x119E4, 0x119E4), (0x11A01, 0x11A0A), (0x11A35, 0x11A39), (0x11A3B, 0x11A3E),
    (0x11A51, 0x11A5B), (0x11A8A, 0x11A97), (0x11B60, 0x11B67), (0x11BC0, 0x11BE0), (0x11BF0, 0x11BF9), (0x11C2F, 0x11C36),
    (0x11C38, 0x11C3E), (0x11C92, 0x11CA7), (0x11CA9, 0x11CB6), (0x11D31, 0x11D36), (0x11D3A, 0x11D3A), (0x11D3C, 0x11D3D),
    (0x11D3F, 0x11D41), (0x11D43, 0x11D43), (0x11D47, 0x11D47), (0x11D8A, 0x11D8E), (0x11D90, 0x11D91), (0x11D93, 0x11D96),
    (0x11DB0, 0x11DDB), (0x11DE0, 0x11DE9), (0x11EF3, 0x11EF6), (0x11F00, 0x11F10), (0x11F12, 0x11F3A), (0x11F3E, 0x11F40),
    (0x11F50, 0x11F59), (0x1342F, 0x1342F), (0x13441, 0x13446), (0x13460, 0x143FA), (0x16100, 0x1612E), (0x16130, 0x16139),
    (0x16D40, 0x16D6C), (0x16D70, 0x16D79), (0x16EA0, 0x16EB8), (0x16EBB, 0x16ED3), (0x16F4F, 0x16F4F), (0x16F51, 0x16F87),
    (0x16F8F, 0x16F92), (0x16FF0, 0x16FF6), (0x187F8, 0x187FF), (0x18CFF, 0x18CFF), (0x18D09, 0x18D1E), (0x18D80, 0x18DF2),
    (0x1B132, 0x1B132), (0x1B155, 0x1B155), (0x1BC9E, 0x1BC9E), (0x1CCF0, 0x1CCF9), (0x1D2C0, 0x1D2D3), (0x1DF25, 0x1DF2A),
    (0x1E000, 0x1E006), (0x1E008, 0x1E018), (0x1E01B, 0x1E021), (0x1E023, 0x1E024), (0x1E026, 0x1E02A), (0x1E030, 0x1E06D),
    (0x1E08F, 0x1E08F), (0x1E4D0, 0x1E4EB), (0x1E4F0, 0x1E4F9), (0x1E5D0, 0x1E5ED), (0x1E5F0, 0x1E5FA), (0x1E6C0, 0x1E6DE),
    (0x1E6E0, 0x1E6F5), (0x1E6FE, 0x1E6FF), (0x1E947, 0x1E947), (0x1F130, 0x1F149), (0x1F150, 0x1F169), (0x1F170, 0x1F189),
    (0x2B739, 0x2B73F), (0x2CEA2, 0x2CEAD), (0x2EBF0, 0x2EE5D), (0x31350, 0x33479),
];

/// Unicode `\w+` runs of `text`.
pub fn tokenize(text: &str) -> Vec<&str> {
    let mut tokens = Vec::new();
    let mut start: Option<usize> = None;
    for (i, c) in text.char_indices() {
        if is_word_char(c) {
            if start.is_none() {
                start = Some(i);
            }
        } else if let Some(s) = start.take() {
            tokens.push(&text[s..i]);
        }
    }
    if let Some(s) = start {
        tokens.push(&text[s..]);
    }
    tokens
}

/// Multiset of the shingles of a token list: every window of `n` tokens, or
/// the whole list as one shingle when it is shorter than `n` (none when it
/// is empty), as upstream does.
fn shingle_counts<'a>(tokens: &'a [&'a str], n: usize) -> HashMap<&'a [&'a str], u32> {
    let mut counts: HashMap<&[&str], u32> = HashMap::new();
    if tokens.is_empty() {
        return counts;
    }
    if tokens.len() < n {
        counts.insert(tokens, 1);
        return counts;
    }
    for window in tokens.windows(n) {
        *counts.entry(window).or_insert(0) += 1;
    }
    counts
}

/// Normalised TP/FP/FN of predicted against true text.
pub fn shingle_match(truth: &str, predicted: &str) -> PageCounts {
    let true_tokens = tokenize(truth);
    let pred_tokens = tokenize(predicted);
    let true_shingles = shingle_counts(&true_tokens, SHINGLE_N);
    let pred_shingles = shingle_counts(&pred_tokens, SHINGLE_N);
    let (mut tp, mut fp, mut fn_) = (0u64, 0u64, 0u64);
    for (key, &t) in &true_shingles {
        let p = pred_shingles.get(key).copied().unwrap_or(0);
        tp += u64::from(t.min(p));
        fn_ += u64::from(t.saturating_sub(p));
        fp += u64::from(p.saturating_sub(t));
    }
    for (key, &p) in &pred_shingles {
        if !true_shingles.contains_key(key) {
            fp += u64::from(p);
        }
    }
    let sum = (tp + fp + fn_) as f64;
    if sum == 0.0 {
        return PageCounts::default();
    }
    PageCounts {
        tp: tp as f64 / sum,
        fp: fp as f64 / sum,
        fn_: fn_ as f64 / sum,
    }
}

fn precision_score(c: &PageCounts) -> f64 {
    if c.fp == 0.0 && c.fn_ == 0.0 {
        1.0
    } else if c.tp == 0.0 && c.fp == 0.0 {
        0.0
    } else {
        c.tp / (c.tp + c.fp)
    }
}

fn recall_score(c: &PageCounts) -> f64 {
    if c.fp == 0.0 && c.fn_ == 0.0 {
        1.0
    } else if c.tp == 0.0 && c.fn_ == 0.0 {
        0.0
    } else {
        c.tp / (c.tp + c.fn_)
    }
}

fn mean(values: impl Iterator<Item = f64>) -> f64 {
    let (sum, n) = values.fold((0.0, 0usize), |(s, n), v| (s + v, n + 1));
    if n == 0 {
        0.0
    } else {
        sum / n as f64
    }
}

/// Precision, recall and F1 over pages, as upstream computes them.
pub fn metrics(pages: &[PageCounts]) -> Metrics {
    let precision = mean(
        pages
            .iter()
            .filter(|c| c.tp + c.fp > 0.0)
            .map(precision_score),
    );
    let recall = mean(
        pages
            .iter()
            .filter(|c| c.tp + c.fn_ > 0.0)
            .map(recall_score),
    );
    let f1 = if precision + recall > 0.0 {
        2.0 * precision * recall / (precision + recall)
    } else {
        0.0
    };
    Metrics {
        precision,
        recall,
        f1,
    }
}

/// SplitMix64: a small deterministic generator so that the ± are
/// reproducible run to run without a `rand` dependency.
struct SplitMix64(u64);

impl SplitMix64 {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

fn sample_stdev(values: &[f64]) -> f64 {
    if values.len() < 2 {
        return 0.0;
    }
    let m = mean(values.iter().copied());
    let var = values.iter().map(|v| (v - m) * (v - m)).sum::<f64>() / (values.len() - 1) as f64;
    var.sqrt()
}

/// Metrics plus 1.96 × bootstrap standard deviation over page resamples.
pub fn metrics_with_ci(pages: &[PageCounts], samples: usize, seed: u64) -> ScoredMetrics {
    let value = metrics(pages);
    if pages.is_empty() || samples < 2 {
        return ScoredMetrics {
            value,
            ci: Metrics::default(),
        };
    }
    let mut rng = SplitMix64(seed);
    let mut resample = vec![PageCounts::default(); pages.len()];
    let (mut ps, mut rs, mut fs) = (Vec::new(), Vec::new(), Vec::new());
    for _ in 0..samples {
        for slot in resample.iter_mut() {
            *slot = pages[rng.below(pages.len())];
        }
        let m = metrics(&resample);
        ps.push(m.precision);
        rs.push(m.recall);
        fs.push(m.f1);
    }
    let ci = Metrics {
        precision: 1.96 * sample_stdev(&ps),
        recall: 1.96 * sample_stdev(&rs),
        f1: 1.96 * sample_stdev(&fs),
    };
    ScoredMetrics { value, ci }
}

/// Scores `predicted` bodies (id → text) against `truth`; an id missing from
/// the predictions counts as an empty prediction.
pub fn score_bodies(
    name: &str,
    truth: &BTreeMap<String, String>,
    predicted: &BTreeMap<String, String>,
) -> SystemScore {
    let per_page: Vec<(String, PageCounts)> = truth
        .iter()
        .map(|(id, t)| {
            let p = predicted.get(id).map(String::as_str).unwrap_or("");
            (id.clone(), shingle_match(t, p))
        })
        .collect();
    let counts: Vec<PageCounts> = per_page.iter().map(|(_, c)| *c).collect();
    SystemScore {
        name: name.to_string(),
        pages: per_page.len(),
        metrics: metrics_with_ci(&counts, BOOTSTRAP_SAMPLES, 0x0005_EED0_FA11),
        per_page,
    }
}

fn format_error(path: &Path, reason: impl Into<String>) -> EvalError {
    EvalError::Format {
        path: path.to_path_buf(),
        reason: reason.into(),
    }
}

/// Reads `{ id: { "articleBody": text } }`, or the same wrapped in
/// `{"output": ...}`. A missing or null `articleBody` reads as "".
pub fn load_bodies(path: &Path) -> Result<BTreeMap<String, String>, EvalError> {
    let raw = std::fs::read(path).map_err(|source| EvalError::Io {
        path: path.to_path_buf(),
        source,
    })?;
    let value: serde_json::Value =
        serde_json::from_slice(&raw).map_err(|e| format_error(path, e.to_string()))?;
    let object = match value.get("output") {
        Some(inner) if inner.is_object() => inner,
        _ => &value,
    };
    let map = object
        .as_object()
        .ok_or_else(|| format_error(path, "top level is not an object"))?;
    let mut bodies = BTreeMap::new();
    for (id, entry) in map {
        let body = match entry {
            serde_json::Value::Object(o) => {
                o.get("articleBody").and_then(|b| b.as_str()).unwrap_or("")
            }
            serde_json::Value::String(s) => s.as_str(),
            _ => "",
        };
        bodies.insert(id.clone(), body.to_string());
    }
    Ok(bodies)
}

/// Reads one gzipped page as UTF-8 (invalid bytes replaced).
pub fn read_page(path: &Path) -> Result<String, EvalError> {
    let file = std::fs::File::open(path).map_err(|source| EvalError::Io {
        path: path.to_path_buf(),
        source,
    })?;
    let mut bytes = Vec::new();
    flate2::read::GzDecoder::new(file)
        .read_to_end(&mut bytes)
        .map_err(|source| EvalError::Io {
            path: path.to_path_buf(),
            source,
        })?;
    Ok(match String::from_utf8(bytes) {
        Ok(s) => s,
        Err(e) => String::from_utf8_lossy(e.as_bytes()).into_owned(),
    })
}

/// The benchmark's pages, in ground-truth key order, limited by `limit`.
pub struct Dataset {
    pub root: PathBuf,
    pub truth: BTreeMap<String, String>,
    /// (id, decoded HTML)
    pub pages: Vec<(String, String)>,
}

/// Loads ground truth and pages. With `limit`, keeps the first `limit` ids.
pub fn load_dataset(dataset: &Path, limit: Option<usize>) -> Result<Dataset, EvalError> {
    let mut truth = load_bodies(&dataset.join("ground-truth.json"))?;
    if let Some(limit) = limit {
        let keep: Vec<String> = truth.keys().take(limit).cloned().collect();
        truth.retain(|k, _| keep.contains(k));
    }
    let mut pages = Vec::with_capacity(truth.len());
    for id in truth.keys() {
        let html = read_page(&dataset.join("html").join(format!("{id}.html.gz")))?;
        pages.push((id.clone(), html));
    }
    Ok(Dataset {
        root: dataset.to_path_buf(),
        truth,
        pages,
    })
}

/// The body text we score: the blocks joined by blank lines.
pub fn body_text(html: &str) -> String {
    let page = extract_page(html);
    let mut out = String::new();
    for (i, block) in page.blocks.iter().enumerate() {
        if i > 0 {
            out.push_str("\n\n");
        }
        out.push_str(&block.text);
    }
    out
}

/// Our predictions for every page, and the single-thread seconds they took.
pub fn predict(dataset: &Dataset) -> (BTreeMap<String, String>, f64) {
    let start = Instant::now();
    let predicted = dataset
        .pages
        .iter()
        .map(|(id, html)| (id.clone(), body_text(html)))
        .collect();
    (predicted, start.elapsed().as_secs_f64())
}

fn system_name(path: &Path) -> String {
    path.file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string())
}

/// Formats scores as a fixed-width table.
pub fn format_table(scores: &[SystemScore]) -> String {
    let mut table =
        String::from("system                   pages  precision        recall           F1\n");
    for s in scores {
        let m = &s.metrics;
        table.push_str(&format!(
            "{:<24} {:>5}  {:.3} ± {:.3}    {:.3} ± {:.3}    {:.3} ± {:.3}\n",
            s.name,
            s.pages,
            m.value.precision,
            m.ci.precision,
            m.value.recall,
            m.ci.recall,
            m.value.f1,
            m.ci.f1
        ));
    }
    table
}

fn score_json(s: &SystemScore) -> serde_json::Value {
    let m = &s.metrics;
    serde_json::json!({
        "name": s.name,
        "pages": s.pages,
        "precision": m.value.precision, "precision_ci": m.ci.precision,
        "recall": m.value.recall, "recall_ci": m.ci.recall,
        "f1": m.value.f1, "f1_ci": m.ci.f1,
    })
}

/// Scores our extractor and every file in `peers` on the same pages.
pub fn run_with_peers(
    dataset: &Path,
    opts: &EvalOptions,
    peers: &[PathBuf],
) -> Result<EvalReport, EvalError> {
    let data = load_dataset(dataset, opts.limit)?;
    let (ours, seconds) = predict(&data);
    let mut scores = vec![score_bodies("newsledger", &data.truth, &ours)];
    for path in opts.predictions.iter().chain(peers.iter()) {
        let predicted = load_bodies(path)?;
        scores.push(score_bodies(&system_name(path), &data.truth, &predicted));
    }
    let pages_per_s = if seconds > 0.0 {
        data.pages.len() as f64 / seconds
    } else {
        0.0
    };
    let mut table = format_table(&scores);
    table.push_str(&format!(
        "newsledger extraction: {} pages in {:.3} s on one thread ({:.0} pages/s, includes a first cold pass)\n",
        data.pages.len(),
        seconds,
        pages_per_s
    ));
    let json = serde_json::json!({
        "systems": scores.iter().map(score_json).collect::<Vec<_>>(),
        "pages": data.pages.len(),
        "newsledger_seconds": seconds,
    });
    Ok(EvalReport {
        name: "extraction".to_string(),
        dataset: format!("{} ({} pages)", dataset.display(), data.pages.len()),
        table,
        json,
    })
}

/// Scores our extractor on the dataset, and `opts.predictions` beside it.
pub fn run(dataset: &Path, opts: &EvalOptions) -> Result<EvalReport, EvalError> {
    run_with_peers(dataset, opts, &[])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-9
    }

    #[test]
    fn tokenizer_matches_word_runs() {
        assert_eq!(
            tokenize("Hello, wörld_1 — 42%"),
            vec!["Hello", "wörld_1", "42"]
        );
        assert_eq!(tokenize("  "), Vec::<&str>::new());
        assert_eq!(tokenize("東京 é"), vec!["東京", "é"]);
        // Arabic harakat are combining marks: not word characters upstream.
        assert_eq!(tokenize("كَتَبَ"), vec!["ك", "ت", "ب"]);
        assert!(NOT_PYTHON_WORD.windows(2).all(|w| w[0].1 < w[1].0));
    }

    #[test]
    fn perfect_match_is_one() {
        let text = "the cat sat on the mat today";
        let c = shingle_match(text, text);
        assert!(close(c.tp, 1.0) && close(c.fp, 0.0) && close(c.fn_, 0.0));
        let m = metrics(&[c]);
        assert!(close(m.precision, 1.0) && close(m.recall, 1.0) && close(m.f1, 1.0));
    }

    #[test]
    fn punctuation_and_whitespace_do_not_matter() {
        let c = shingle_match("the cat sat on the mat", "The  cat, sat\n\non the mat!");
        // Case matters (upstream does not lower-case): "The cat sat on" differs.
        assert!(close(c.tp, 2.0 / 4.0));
        let c = shingle_match("a b c d e", "a, b; c\n\nd e");
        assert!(close(c.tp, 1.0));
    }

    #[test]
    fn disjoint_is_zero() {
        let c = shingle_match("one two three four five", "six seven eight nine ten");
        assert!(close(c.tp, 0.0));
        // 2 true shingles, 2 predicted: fp = fn = 2/4.
        assert!(close(c.fp, 0.5) && close(c.fn_, 0.5));
        let m = metrics(&[c]);
        assert!(close(m.precision, 0.0) && close(m.recall, 0.0) && close(m.f1, 0.0));
    }

    #[test]
    fn partial_overlap_by_hand() {
        // truth: a b c d e f  -> shingles abcd bcde cdef (3)
        // pred:  a b c d e x  -> shingles abcd bcde cdex (3)
        // tp = 2, fp = 1, fn = 1 → normalised 2/4, 1/4, 1/4; P = R = 2/3.
        let c = shingle_match("a b c d e f", "a b c d e x");
        assert!(close(c.tp, 0.5) && close(c.fp, 0.25) && close(c.fn_, 0.25));
        let m = metrics(&[c]);
        assert!(close(m.precision, 2.0 / 3.0) && close(m.recall, 2.0 / 3.0));
        assert!(close(m.f1, 2.0 / 3.0));
    }

    #[test]
    fn extra_text_costs_precision_only() {
        // truth 5 tokens → 2 shingles; pred adds 2 tokens → 4 shingles, 2 shared.
        let c = shingle_match("a b c d e", "a b c d e f g");
        assert!(close(c.tp, 2.0 / 4.0) && close(c.fp, 2.0 / 4.0) && close(c.fn_, 0.0));
        let m = metrics(&[c]);
        assert!(close(m.precision, 0.5) && close(m.recall, 1.0));
        assert!(close(m.f1, 2.0 * 0.5 / 1.5));
    }

    #[test]
    fn multiset_counts_repeats() {
        // truth has "a b c d" twice (a b c d a b c d → abcd bcda cdab dabc abcd);
        // pred has it once: tp 1, fn 4.
        let c = shingle_match("a b c d a b c d", "a b c d");
        assert!(close(c.tp, 1.0 / 5.0) && close(c.fn_, 4.0 / 5.0) && close(c.fp, 0.0));
    }

    #[test]
    fn short_texts_are_one_shingle() {
        let c = shingle_match("a b", "a b");
        assert!(close(c.tp, 1.0));
        let c = shingle_match("a b", "a b c");
        assert!(close(c.tp, 0.0) && close(c.fp, 0.5) && close(c.fn_, 0.5));
    }

    #[test]
    fn empty_prediction_only_costs_recall() {
        let full = shingle_match("a b c d", "a b c d");
        let empty = shingle_match("a b c d", "");
        assert_eq!(
            empty,
            PageCounts {
                tp: 0.0,
                fp: 0.0,
                fn_: 1.0
            }
        );
        let m = metrics(&[full, empty]);
        // Precision is averaged over the one page with a prediction.
        assert!(close(m.precision, 1.0) && close(m.recall, 0.5));
        // Both empty: counted in neither mean.
        let both = shingle_match("", "");
        assert_eq!(both, PageCounts::default());
        let m = metrics(&[full, both]);
        assert!(close(m.precision, 1.0) && close(m.recall, 1.0));
    }

    #[test]
    fn means_are_over_pages_not_shingles() {
        // A long perfect page and a short wrong one weigh the same.
        let long = "w ".repeat(1000) + "end";
        let a = shingle_match(&long, &long);
        let b = shingle_match("p q r s", "x y z w");
        let m = metrics(&[a, b]);
        assert!(close(m.precision, 0.5) && close(m.recall, 0.5));
    }

    #[test]
    fn bootstrap_is_deterministic_and_zero_for_constant_pages() {
        let pages = vec![shingle_match("a b c d", "a b c d"); 20];
        let s = metrics_with_ci(&pages, 200, 7);
        assert!(close(s.value.f1, 1.0) && close(s.ci.f1, 0.0));
        let mixed: Vec<PageCounts> = (0..30)
            .map(|i| {
                if i % 3 == 0 {
                    shingle_match("a b c d e", "x y z w v")
                } else {
                    shingle_match("a b c d", "a b c d")
                }
            })
            .collect();
        let s1 = metrics_with_ci(&mixed, 200, 7);
        let s2 = metrics_with_ci(&mixed, 200, 7);
        assert_eq!(s1, s2);
        assert!(s1.ci.f1 > 0.0);
    }

    #[test]
    fn loads_plain_and_wrapped_predictions() {
        let dir = std::env::temp_dir().join(format!("nl-eval-extraction-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let plain = dir.join("plain.json");
        std::fs::write(
            &plain,
            r#"{"p1": {"articleBody": "one two", "url": "u"}, "p2": {"articleBody": null}}"#,
        )
        .unwrap();
        let wrapped = dir.join("wrapped.json");
        std::fs::write(
            &wrapped,
            r#"{"version": "1", "output": {"p1": {"articleBody": "three"}}}"#,
        )
        .unwrap();
        let a = load_bodies(&plain).unwrap();
        assert_eq!(a.get("p1").map(String::as_str), Some("one two"));
        assert_eq!(a.get("p2").map(String::as_str), Some(""));
        let b = load_bodies(&wrapped).unwrap();
        assert_eq!(b.len(), 1);
        assert_eq!(b.get("p1").map(String::as_str), Some("three"));
        let bad = dir.join("bad.json");
        std::fs::write(&bad, "[1, 2]").unwrap();
        assert!(matches!(load_bodies(&bad), Err(EvalError::Format { .. })));
        std::fs::remove_dir_all(&dir).ok();
    }

    #[test]
    fn scores_missing_predictions_as_empty() {
        let truth: BTreeMap<String, String> = [
            ("a".to_string(), "x y z w".to_string()),
            ("b".to_string(), "p q r s".to_string()),
        ]
        .into();
        let predicted: BTreeMap<String, String> = [("a".to_string(), "x y z w".to_string())].into();
        let s = score_bodies("t", &truth, &predicted);
        assert_eq!(s.pages, 2);
        assert!(close(s.metrics.value.precision, 1.0) && close(s.metrics.value.recall, 0.5));
    }
}
