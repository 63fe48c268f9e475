//! Scorer: geoparsing on GeoVirus (Gritta et al. 2018).
//!
//! GeoVirus is 229 Wikinews articles on disease outbreaks with 2,167 place
//! mentions, each a character span with the coordinates of its Wikipedia
//! page. Its `start` offsets are 1-based (`text[start-1 .. end-1]` is the
//! name, checked here for every mention; a mention that does not align is
//! counted and skipped).
//!
//! Three things are scored, as the dataset's README asks:
//!
//! * **Geotagging**: our place spans against the gold spans, precision /
//!   recall / F1, exact (same start and end) and overlapping (one-to-one,
//!   any shared character).
//! * **Geocoding of matched mentions** (overlap matches): great-circle error
//!   in km between our coordinates and the gold ones — Accuracy@161km, mean
//!   and median error, and the AUC of the sorted log-error curve (Gritta et
//!   al.: trapezoid area of `ln(1 + km)`, divided by `ln(20039) · (n − 1)`;
//!   lower is better). The population-prior baseline (the most populous
//!   gazetteer entry with the mention's name) is scored on the same
//!   mentions.
//! * **Resolution on the gold spans**: the resolver given exactly the gold
//!   mentions of each article (names, "A, B" qualifier pairs, the article's
//!   demonyms), against the population prior on the same names, so that
//!   tagging and resolving are scored separately. A name the gazetteer does
//!   not have counts as an error of 20,039 km (half the Earth's
//!   circumference), as in Gritta et al.
//!
//! Time per article for the place stage (tagging + resolution, after
//! segmentation and the NER) is measured too; it is only meaningful in a
//! release build.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::time::Instant;

use newsledger_extract::places::{demonym_countries, PlaceExtractor};
use newsledger_extract::{Doc, Extractor};
use newsledger_geo::{distance_km, ArticleHints, Gazetteer, Lexicon, MentionQuery, Resolver};
use newsledger_model::{Article, CharMap, Span};

use crate::{EvalError, EvalOptions, EvalReport};

/// Half the Earth's circumference: the error of an unresolved mention.
pub const MAX_ERROR_KM: f64 = 20_039.0;
/// 100 miles, the usual geocoding tolerance.
pub const ACCURACY_KM: f64 = 161.0;

/// One gold place mention; offsets are 0-based code points.
#[derive(Debug, Clone, PartialEq)]
pub struct GoldMention {
    pub name: String,
    pub start: usize,
    pub end: usize,
    pub lat: f64,
    pub lon: f64,
}

#[derive(Debug, Clone, PartialEq)]
pub struct GoldArticle {
    pub source: String,
    pub text: String,
    pub mentions: Vec<GoldMention>,
}

/// The corpus and how many mentions could not be aligned to their text.
#[derive(Debug, Clone)]
pub struct Corpus {
    pub articles: Vec<GoldArticle>,
    pub unaligned: usize,
}

fn unescape(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        let Some(semi) = rest.find(';').filter(|&j| j <= 10) else {
            out.push('&');
            rest = &rest[1..];
            continue;
        };
        let ent = &rest[1..semi];
        let ch = match ent {
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            _ if ent.starts_with("#x") => u32::from_str_radix(&ent[2..], 16).ok().and_then(char::from_u32),
            _ if ent.starts_with('#') => ent[1..].parse().ok().and_then(char::from_u32),
            _ => None,
        };
        match ch {
            Some(c) => {
                out.push(c);
                rest = &rest[semi + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// The text of the first `<tag>…</tag>` in `s`, and what follows it.
fn element<'s>(s: &'s str, tag: &str) -> Option<(&'s str, &'s str)> {
    let open = format!("<{tag}>");
    let close = format!("</{tag}>");
    let a = s.find(&open)? + open.len();
    let b = a + s[a..].find(&close)?;
    Some((&s[a..b], &s[b + close.len()..]))
}

fn format_err(path: &Path, reason: impl Into<String>) -> EvalError {
    EvalError::Format { path: path.to_path_buf(), reason: reason.into() }
}

/// `xml` without its `<!-- … -->` comments (the file comments out a few
/// articles).
fn strip_comments(xml: &str) -> String {
    let mut out = String::with_capacity(xml.len());
    let mut rest = xml;
    while let Some(i) = rest.find("<!--") {
        out.push_str(&rest[..i]);
        match rest[i..].find("-->") {
            Some(j) => rest = &rest[i + j + 3..],
            None => {
                rest = "";
                break;
            }
        }
    }
    out.push_str(rest);
    out
}

/// Parses GeoVirus.xml (the format is flat and fixed; no XML library).
pub fn parse(xml: &str, path: &Path) -> Result<Corpus, EvalError> {
    let mut articles = Vec::new();
    let mut unaligned = 0;
    let xml = strip_comments(xml);
    let mut rest = xml.as_str();
    while let Some((body, after)) = element(rest, "article") {
        rest = after;
        let source = element(body, "source").map(|(s, _)| unescape(s.trim())).unwrap_or_default();
        let (text, _) = element(body, "text").ok_or_else(|| format_err(path, "article without <text>"))?;
        let text = unescape(text);
        let chars: Vec<char> = text.chars().collect();
        let mut mentions = Vec::new();
        // One mention per <name>: the file nests one <location> inside
        // another where a closing tag is missing, so split at names rather
        // than at <location> tags.
        let locs = element(body, "locations").map_or("", |(l, _)| l);
        let starts: Vec<usize> = locs.match_indices("<name>").map(|(i, _)| i).collect();
        for (k, &from) in starts.iter().enumerate() {
            let loc = &locs[from..starts.get(k + 1).copied().unwrap_or(locs.len())];
            let field = |t: &str| element(loc, t).map(|(v, _)| unescape(v.trim()));
            let name = field("name").ok_or_else(|| format_err(path, "location without <name>"))?;
            let num = |t: &str| -> Result<f64, EvalError> {
                field(t).and_then(|v| v.parse::<f64>().ok()).ok_or_else(|| format_err(path, format!("location {name:?}: bad <{t}>")))
            };
            let (start, end, lat, lon) = (num("start")? as usize, num("end")? as usize, num("lat")?, num("lon")?);
            // 1-based start, as the file has it; fall back to 0-based.
            let slice = |a: usize, b: usize| (a <= b && b <= chars.len()).then(|| chars[a..b].iter().collect::<String>());
            let aligned = if start >= 1 && slice(start - 1, end - 1).as_deref() == Some(name.as_str()) {
                Some((start - 1, end - 1))
            } else if slice(start, end).as_deref() == Some(name.as_str()) {
                Some((start, end))
            } else {
                None
            };
            match aligned {
                Some((s, e)) => mentions.push(GoldMention { name, start: s, end: e, lat, lon }),
                None => unaligned += 1,
            }
        }
        mentions.sort_by_key(|m| (m.start, m.end));
        articles.push(GoldArticle { source, text, mentions });
    }
    if articles.is_empty() {
        return Err(format_err(path, "no <article> elements"));
    }
    Ok(Corpus { articles, unaligned })
}

pub fn load(path: &Path) -> Result<Corpus, EvalError> {
    let file = if path.is_dir() { path.join("GeoVirus.xml") } else { path.to_path_buf() };
    let xml = std::fs::read_to_string(&file).map_err(|source| EvalError::Io { path: file.clone(), source })?;
    parse(&xml, &file)
}

/// Span counts and P/R/F1.
#[derive(Debug, Clone, Copy, Default, PartialEq, serde::Serialize)]
pub struct Prf {
    pub tp: usize,
    pub predicted: usize,
    pub gold: usize,
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
}

impl Prf {
    pub fn new(tp: usize, predicted: usize, gold: usize) -> Prf {
        let (p, r, f) = crate::prf(tp, predicted, gold);
        Prf { tp, predicted, gold, precision: p, recall: r, f1: f }
    }
}

/// Geocoding errors and their summary.
#[derive(Debug, Clone, Copy, Default, PartialEq, serde::Serialize)]
pub struct ErrorStats {
    pub n: usize,
    /// Mentions the system gave no coordinates (counted at 20,039 km).
    pub unresolved: usize,
    pub accuracy_161: f64,
    pub mean_km: f64,
    pub median_km: f64,
    pub auc: f64,
}

/// Summary of error distances (km), unresolved ones already at
/// [`MAX_ERROR_KM`].
pub fn error_stats(errors: &[f64], unresolved: usize) -> ErrorStats {
    let n = errors.len();
    if n == 0 {
        return ErrorStats::default();
    }
    let mut sorted = errors.to_vec();
    sorted.sort_by(f64::total_cmp);
    let median = if n % 2 == 1 { sorted[n / 2] } else { (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0 };
    let mean = sorted.iter().sum::<f64>() / n as f64;
    let acc = sorted.iter().filter(|&&e| e < ACCURACY_KM).count() as f64 / n as f64;
    let auc = if n < 2 {
        (1.0 + sorted[0]).ln() / MAX_ERROR_KM.ln()
    } else {
        let logs: Vec<f64> = sorted.iter().map(|e| (1.0 + e).ln()).collect();
        let area: f64 = logs.windows(2).map(|w| (w[0] + w[1]) / 2.0).sum();
        area / (MAX_ERROR_KM.ln() * (n - 1) as f64)
    };
    ErrorStats { n, unresolved, accuracy_161: acc, mean_km: mean, median_km: median, auc }
}

/// One predicted mention, code-point span.
#[derive(Debug, Clone)]
struct Predicted {
    span: Span,
    text: String,
    coords: Option<(f64, f64)>,
}

/// One-to-one matching of predictions to gold by overlap, in text order:
/// each gold span takes the first unused overlapping prediction.
fn match_overlap(gold: &[GoldMention], pred: &[Predicted]) -> Vec<(usize, usize)> {
    let mut used = vec![false; pred.len()];
    let mut out = Vec::new();
    for (gi, g) in gold.iter().enumerate() {
        let gs = Span::new(g.start, g.end);
        let hit = pred.iter().enumerate().find(|(pi, p)| !used[*pi] && p.span.overlaps(&gs));
        if let Some((pi, _)) = hit {
            used[pi] = true;
            out.push((gi, pi));
        }
    }
    out
}

/// Which tagger feeds the place extractor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tagging {
    /// The place scanner alone (no NER spans).
    ScannerOnly,
    /// The entity extractor's NER spans plus the scanner.
    NerAndScanner,
}

impl Tagging {
    pub fn as_str(self) -> &'static str {
        match self {
            Tagging::ScannerOnly => "scanner",
            Tagging::NerAndScanner => "ner+scanner",
        }
    }
}

/// Everything measured in one run.
#[derive(Debug, Clone, serde::Serialize)]
pub struct GeoScores {
    pub tagging: &'static str,
    pub articles: usize,
    pub gold_mentions: usize,
    pub unaligned_gold: usize,
    pub exact: Prf,
    pub overlap: Prf,
    /// Our resolver on the overlap-matched mentions.
    pub matched_ours: ErrorStats,
    /// Population prior on the same mentions (the predicted text).
    pub matched_prior: ErrorStats,
    /// Our resolver on the gold spans.
    pub gold_ours: ErrorStats,
    /// Population prior on the gold names.
    pub gold_prior: ErrorStats,
    /// The gazetteer candidate nearest the gold point, per gold name: what
    /// a perfect ranking would reach with these coordinates (an upper bound).
    pub gold_oracle: ErrorStats,
    /// Place stage time per article, microseconds.
    pub us_per_article_mean: f64,
    pub us_per_article_median: f64,
    pub us_per_article_p95: f64,
}

fn err_or_max(coords: Option<(f64, f64)>, g: &GoldMention) -> f64 {
    coords.map_or(MAX_ERROR_KM, |(la, lo)| distance_km(la, lo, g.lat, g.lon))
}

/// Scores the place extractor and the resolver on a parsed corpus.
pub fn score_corpus(corpus: &Corpus, limit: Option<usize>, tagging: Tagging) -> Result<GeoScores, EvalError> {
    score_corpus_timed(corpus, limit, tagging, TIMING_REPEATS)
}

/// Times per article are the fastest of this many runs of the place stage,
/// so that a busy machine inflates them less.
pub const TIMING_REPEATS: usize = 5;

/// [`score_corpus`] with the number of timed repeats per article.
pub fn score_corpus_timed(corpus: &Corpus, limit: Option<usize>, tagging: Tagging, repeats: usize) -> Result<GeoScores, EvalError> {
    let gaz = Gazetteer::global().map_err(|e| EvalError::Format { path: PathBuf::from("gazetteer"), reason: e.to_string() })?;
    let lex = Lexicon::english();
    let arts = &corpus.articles[..limit.unwrap_or(usize::MAX).min(corpus.articles.len())];
    let (mut exact_tp, mut overlap_tp, mut n_pred, mut n_gold) = (0, 0, 0, 0);
    let (mut m_ours, mut m_prior, mut m_ours_unres, mut m_prior_unres) = (Vec::new(), Vec::new(), 0, 0);
    let (mut g_ours, mut g_prior, mut g_ours_unres, mut g_prior_unres) = (Vec::new(), Vec::new(), 0, 0);
    let (mut g_oracle, mut g_oracle_unres) = (Vec::new(), 0);
    let mut times_us: Vec<f64> = Vec::with_capacity(arts.len());
    let mut buf = String::new();
    let mut resolver = Resolver::new(gaz);
    // Warm the lazily built data (gazetteer, word lists) so that the first
    // article's time is not the decoding time.
    let _ = newsledger_geo::resolve("Paris", &newsledger_geo::Context::new());
    let _ = lex.is_title("President");

    for a in arts {
        let article = Article { id: String::new(), text: a.text.clone(), language: "en".into(), ..Default::default() };
        let mut doc = Doc::new(&article, None);
        if tagging == Tagging::NerAndScanner {
            newsledger_extract::entities::EntityExtractor.run(&mut doc);
        }
        // The stage replaces `doc.facts.places` each run, so repeats agree.
        let mut fastest = f64::INFINITY;
        for _ in 0..repeats.max(1) {
            let t0 = Instant::now();
            PlaceExtractor.run(&mut doc);
            fastest = fastest.min(t0.elapsed().as_secs_f64() * 1e6);
        }
        times_us.push(fastest);

        let map = CharMap::new(&a.text);
        let pred: Vec<Predicted> = doc
            .facts
            .places
            .iter()
            .map(|p| Predicted {
                span: map.span(p.evidence.start, p.evidence.end),
                text: p.text.clone(),
                coords: p.place.lat.zip(p.place.lon),
            })
            .collect();
        n_pred += pred.len();
        n_gold += a.mentions.len();
        exact_tp += a.mentions.iter().filter(|g| pred.iter().any(|p| p.span.start == g.start && p.span.end == g.end)).count();
        for (gi, pi) in match_overlap(&a.mentions, &pred) {
            overlap_tp += 1;
            let g = &a.mentions[gi];
            let p = &pred[pi];
            if p.coords.is_none() {
                m_ours_unres += 1;
            }
            m_ours.push(err_or_max(p.coords, g));
            let prior = gaz.most_populous(&p.text, &mut buf).map(|id| (gaz.entry(id).lat(), gaz.entry(id).lon()));
            if prior.is_none() {
                m_prior_unres += 1;
            }
            m_prior.push(err_or_max(prior, g));
        }

        // Resolution on the gold spans.
        let queries: Vec<MentionQuery<'_>> = a
            .mentions
            .iter()
            .enumerate()
            .map(|(i, g)| {
                // The text between the previous gold mention and this one,
                // when the previous one ends before this one starts.
                let prev_and_between = i.checked_sub(1).filter(|&h| a.mentions[h].end < g.start).map(|h| {
                    let prev = &a.mentions[h];
                    (h, a.text.chars().skip(prev.end).take(g.start - prev.end).collect::<String>())
                });
                let qualifies = prev_and_between.as_ref().filter(|(_, between)| between.trim() == ",").map(|(h, _)| *h);
                let after: String = a.text.chars().skip(g.end).take(16).collect();
                let next_word = after.split_whitespace().next().unwrap_or("").trim_end_matches(|c: char| !c.is_alphanumeric());
                let listed_after =
                    prev_and_between.as_ref().filter(|(_, between)| qualifies.is_none() && lex.is_list_link(between)).map(|(h, _)| *h);
                MentionQuery {
                    qualifies,
                    listed_after,
                    before_border: after.trim_start().starts_with("border"),
                    before_admin_area: lex.is_admin_area_noun(next_word),
                    after_the: {
                        let before: String = a.text.chars().take(g.start).collect();
                        before.split_whitespace().next_back().is_some_and(|w| w.eq_ignore_ascii_case("the"))
                    },
                    sentence: doc.seg.sentence_at(newsledger_model::byte_offset(&a.text, g.start)),
                    ..MentionQuery::new(&g.name)
                }
            })
            .collect();
        let hints = ArticleHints { dateline: None, demonyms: demonym_countries(&doc, lex) };
        let resolved = resolver.resolve_article(&queries, &hints);
        for (g, r) in a.mentions.iter().zip(&resolved) {
            let ours = r.map(|r| (gaz.entry(r.place).lat(), gaz.entry(r.place).lon()));
            if ours.is_none() {
                g_ours_unres += 1;
            }
            g_ours.push(err_or_max(ours, g));
            let prior = gaz.most_populous(&g.name, &mut buf).map(|id| (gaz.entry(id).lat(), gaz.entry(id).lon()));
            if prior.is_none() {
                g_prior_unres += 1;
            }
            g_prior.push(err_or_max(prior, g));
            let nearest = gaz
                .candidates(&g.name, &mut buf)
                .iter()
                .map(|p| distance_km(gaz.entry(p.place).lat(), gaz.entry(p.place).lon(), g.lat, g.lon))
                .min_by(f64::total_cmp);
            if nearest.is_none() {
                g_oracle_unres += 1;
            }
            g_oracle.push(nearest.unwrap_or(MAX_ERROR_KM));
        }
    }
    times_us.sort_by(f64::total_cmp);
    let pct = |q: f64| times_us.get(((times_us.len() as f64 - 1.0) * q).round() as usize).copied().unwrap_or(0.0);
    Ok(GeoScores {
        tagging: tagging.as_str(),
        articles: arts.len(),
        gold_mentions: n_gold,
        unaligned_gold: corpus.unaligned,
        exact: Prf::new(exact_tp, n_pred, n_gold),
        overlap: Prf::new(overlap_tp, n_pred, n_gold),
        matched_ours: error_stats(&m_ours, m_ours_unres),
        matched_prior: error_stats(&m_prior, m_prior_unres),
        gold_ours: error_stats(&g_ours, g_ours_unres),
        gold_prior: error_stats(&g_prior, g_prior_unres),
        gold_oracle: error_stats(&g_oracle, g_oracle_unres),
        us_per_article_mean: if times_us.is_empty() { 0.0 } else { times_us.iter().sum::<f64>() / times_us.len() as f64 },
        us_per_article_median: pct(0.5),
        us_per_article_p95: pct(0.95),
    })
}

/// A tagging error, for reading: false positives (`FP`) and misses (`FN`)
/// with some context.
#[derive(Debug, Clone)]
pub struct TagError {
    pub article: usize,
    pub kind: &'static str,
    pub text: String,
    pub context: String,
}

/// Every tagging error of the scanner-only or NER+scanner run (overlap
/// matching). Holds dataset text: for reading, not for the repository.
pub fn tagging_errors(corpus: &Corpus, limit: Option<usize>, tagging: Tagging) -> Vec<TagError> {
    let mut out = Vec::new();
    for (ai, a) in corpus.articles.iter().take(limit.unwrap_or(usize::MAX)).enumerate() {
        let article = Article { id: String::new(), text: a.text.clone(), language: "en".into(), ..Default::default() };
        let mut doc = Doc::new(&article, None);
        if tagging == Tagging::NerAndScanner {
            newsledger_extract::entities::EntityExtractor.run(&mut doc);
        }
        PlaceExtractor.run(&mut doc);
        let map = CharMap::new(&a.text);
        let pred: Vec<Predicted> = doc
            .facts
            .places
            .iter()
            .map(|p| Predicted { span: map.span(p.evidence.start, p.evidence.end), text: p.text.clone(), coords: None })
            .collect();
        let matched = match_overlap(&a.mentions, &pred);
        let chars: Vec<char> = a.text.chars().collect();
        let ctx = |s: usize, e: usize| -> String {
            let a0 = s.saturating_sub(40);
            let b0 = (e + 40).min(chars.len());
            format!("{}[{}]{}", chars[a0..s].iter().collect::<String>(), chars[s..e].iter().collect::<String>(), chars[e..b0].iter().collect::<String>()).replace('\n', " ")
        };
        for (gi, g) in a.mentions.iter().enumerate() {
            if !matched.iter().any(|m| m.0 == gi) {
                out.push(TagError { article: ai, kind: "FN", text: g.name.clone(), context: ctx(g.start, g.end) });
            }
        }
        for (pi, p) in pred.iter().enumerate() {
            if !matched.iter().any(|m| m.1 == pi) {
                out.push(TagError { article: ai, kind: "FP", text: p.text.clone(), context: ctx(p.span.start, p.span.end) });
            }
        }
    }
    out
}

/// The plain-text table for one or more runs.
pub fn format_table(runs: &[GeoScores]) -> String {
    let mut t = String::new();
    let _ = writeln!(t, "Geotagging (span P / R / F1)");
    let _ = writeln!(t, "{:<12} {:>6} {:>6} {:>6}   {:>6} {:>6} {:>6}   {:>6} {:>6}", "tagging", "P", "R", "F1", "P~", "R~", "F1~", "pred", "gold");
    for r in runs {
        let _ = writeln!(
            t,
            "{:<12} {:>6.3} {:>6.3} {:>6.3}   {:>6.3} {:>6.3} {:>6.3}   {:>6} {:>6}",
            r.tagging, r.exact.precision, r.exact.recall, r.exact.f1, r.overlap.precision, r.overlap.recall, r.overlap.f1, r.overlap.predicted, r.overlap.gold
        );
    }
    let _ = writeln!(t, "(exact: same start and end; ~: overlapping, one-to-one)\n");
    let _ = writeln!(t, "Geocoding (Acc@161km, mean / median error km, AUC: lower is better)");
    let _ = writeln!(t, "{:<34} {:>6} {:>8} {:>9} {:>9} {:>6} {:>6}", "mentions / system", "n", "Acc@161", "mean km", "median km", "AUC", "unres");
    for r in runs {
        for (label, s) in [
            (format!("{} matched / ours", r.tagging), r.matched_ours),
            (format!("{} matched / pop. prior", r.tagging), r.matched_prior),
        ] {
            let _ = writeln!(t, "{:<34} {:>6} {:>8.3} {:>9.0} {:>9.0} {:>6.3} {:>6}", label, s.n, s.accuracy_161, s.mean_km, s.median_km, s.auc, s.unresolved);
        }
    }
    if let Some(r) = runs.first() {
        for (label, s) in [("gold spans / ours", r.gold_ours), ("gold spans / pop. prior", r.gold_prior), ("gold spans / nearest cand. (bound)", r.gold_oracle)] {
            let _ = writeln!(t, "{:<34} {:>6} {:>8.3} {:>9.0} {:>9.0} {:>6.3} {:>6}", label, s.n, s.accuracy_161, s.mean_km, s.median_km, s.auc, s.unresolved);
        }
    }
    let _ = writeln!(t, "\nPlace stage time per article (µs; tagging + resolution, after segmentation/NER; fastest of {TIMING_REPEATS} runs)");
    for r in runs {
        let _ = writeln!(t, "{:<12} mean {:>8.1}  median {:>8.1}  p95 {:>8.1}", r.tagging, r.us_per_article_mean, r.us_per_article_median, r.us_per_article_p95);
    }
    t
}

/// Runs the scorer for `newsledger eval geo`: scanner-only and NER+scanner
/// tagging. `dataset` is GeoVirus.xml or the folder holding it.
pub fn run(dataset: &Path, opts: &EvalOptions) -> Result<EvalReport, EvalError> {
    run_with(dataset, opts, &[Tagging::ScannerOnly, Tagging::NerAndScanner])
}

pub fn run_with(dataset: &Path, opts: &EvalOptions, taggings: &[Tagging]) -> Result<EvalReport, EvalError> {
    let corpus = load(dataset)?;
    let runs: Vec<GeoScores> = taggings.iter().map(|&t| score_corpus(&corpus, opts.limit, t)).collect::<Result<_, _>>()?;
    let n = runs.first().map_or(0, |r| r.articles);
    let gold = runs.first().map_or(0, |r| r.gold_mentions);
    Ok(EvalReport {
        name: "geo".into(),
        dataset: format!("{} ({n} articles, {gold} gold mentions, {} unaligned skipped)", dataset.display(), corpus.unaligned),
        table: format_table(&runs),
        json: serde_json::json!({ "runs": runs }),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn auc_and_accuracy_follow_the_definitions() {
        let s = error_stats(&[0.0, 0.0], 0);
        assert_eq!((s.accuracy_161, s.auc, s.median_km), (1.0, 0.0, 0.0));
        let s = error_stats(&[MAX_ERROR_KM, MAX_ERROR_KM], 2);
        // ln(1 + 20039) / ln(20039): one up to rounding.
        assert!((s.auc - 1.0).abs() < 1e-4, "{}", s.auc);
        assert_eq!(s.accuracy_161, 0.0);
        let s = error_stats(&[10.0, 200.0, 5000.0], 0);
        assert!((s.accuracy_161 - 1.0 / 3.0).abs() < 1e-12);
        assert_eq!(s.median_km, 200.0);
    }

    #[test]
    fn parses_one_based_offsets_and_entities() {
        // Our own sentence in the corpus's layout.
        let xml = "<articles><article><source>x</source><text>Floods hit Culiac&#225;n &amp; Sinaloa.</text><locations>\
                   <location><name>Culiacán</name><start>12</start><end>20</end><lat>24.8</lat><lon>-107.4</lon><page>p</page></location>\
                   <location><name>Sinaloa</name><start>99</start><end>106</end><lat>25</lat><lon>-107.5</lon><page>p</page></location>\
                   </locations></article></articles>";
        let c = parse(xml, Path::new("t.xml")).unwrap();
        assert_eq!(c.articles[0].text, "Floods hit Culiacán & Sinaloa.");
        assert_eq!(c.articles[0].mentions.len(), 1);
        assert_eq!((c.articles[0].mentions[0].start, c.articles[0].mentions[0].end), (11, 19));
        assert_eq!(c.unaligned, 1);
    }

    #[test]
    fn prf_and_overlap_matching() {
        let gold = vec![
            GoldMention { name: "a".into(), start: 0, end: 5, lat: 0.0, lon: 0.0 },
            GoldMention { name: "b".into(), start: 10, end: 15, lat: 0.0, lon: 0.0 },
        ];
        let pred = vec![Predicted { span: Span::new(2, 7), text: "x".into(), coords: None }];
        assert_eq!(match_overlap(&gold, &pred), vec![(0, 0)]);
        let p = Prf::new(1, 2, 4);
        assert_eq!((p.precision, p.recall), (0.5, 0.25));
    }
}
