//! Training: structured averaged perceptrons (Collins 2002) with Viterbi
//! decoding over BILOU tags, in two stages. The first stage sees one
//! sentence at a time. The second adds document-level features computed
//! from first-stage tags; to train it on realistic first-stage tags, the
//! training documents are split into folds and each fold is tagged by a
//! first stage trained on the other folds (jackknifing).
//!
//! Deterministic: sentence order is shuffled each epoch with a seeded
//! generator, folds are fixed by document index, and nothing else is random.

use std::ops::Range;
use std::time::Instant;

use crate::conll::{words_to_tokens, Sentence};
use crate::doc::{DocCounts, DocView};
use crate::features::FeatureBuffers;
use crate::table::Table;
use crate::tags::{self, Transitions, NTAGS};
use crate::{Lexicon, Mention, Model, NerError, Stage};

/// Training settings.
#[derive(Debug, Clone)]
pub struct TrainConfig {
    /// Passes over the training data (each stage).
    pub epochs: usize,
    /// The weight tables have `1 << hash_bits` rows.
    pub hash_bits: u32,
    /// Seed of the sentence shuffle.
    pub seed: u64,
    /// Averaged weights with a smaller magnitude are dropped (model size).
    pub prune_below: f32,
    /// Train the document-level second stage.
    pub document_stage: bool,
    /// Folds for the second stage's jackknifed first-stage tags.
    pub folds: usize,
    /// Perceptron runs per stage, each with its own shuffle seed; their
    /// averaged weights are averaged (less variance from the order).
    pub runs: usize,
    /// The second stage adds its scores to the first stage's times this
    /// factor (chosen on eng.testa: 0.2 beat 0, 0.1, 0.35, 0.5 and 1).
    pub first_stage_weight: f32,
}

impl Default for TrainConfig {
    fn default() -> Self {
        TrainConfig { epochs: 8, hash_bits: 20, seed: 2003, prune_below: 0.0, document_stage: true, folds: 5, first_stage_weight: 0.2, runs: 6 }
    }
}

/// Progress after one epoch of one stage.
#[derive(Debug, Clone)]
pub struct EpochReport {
    /// "first/R", "fold k/K/R" or "second/R" for run R of a stage; "first"
    /// and "second" for the stage's final (run-averaged) weights.
    pub stage: String,
    pub epoch: usize,
    /// Training tokens whose predicted tag was wrong during the epoch.
    pub token_errors: usize,
    pub tokens: usize,
    /// Exact-match mention F1 on the dev sentences, with the averaged,
    /// quantised weights (what would be saved); for the first stage alone
    /// or, for the second, the whole two-stage model over dev documents.
    pub dev_f1: Option<f64>,
    pub seconds: f64,
}

/// Training sentences with their features as bucket indexes, per token.
struct Prepared {
    feats: Vec<u32>,
    /// Global token `g`'s features are `feats[starts[g]..starts[g + 1]]`.
    starts: Vec<u32>,
    gold: Vec<u8>,
    lower: Vec<u64>,
    caps: Vec<u8>,
    /// Token range of each sentence.
    sentences: Vec<Range<usize>>,
    /// Sentence range of each document.
    docs: Vec<Range<usize>>,
}

impl Prepared {
    fn token_feats(&self, g: usize) -> &[u32] {
        &self.feats[self.starts[g] as usize..self.starts[g + 1] as usize]
    }
}

fn prepare(data: &[Sentence], lexicon: &Lexicon, bits: u32) -> Prepared {
    let mut p = Prepared {
        feats: Vec::new(),
        starts: vec![0],
        gold: Vec::new(),
        lower: Vec::new(),
        caps: Vec::new(),
        sentences: Vec::new(),
        docs: Vec::new(),
    };
    let mut bufs = FeatureBuffers::default();
    let mut gold = Vec::new();
    for (si, s) in data.iter().enumerate() {
        let (text, tokens) = words_to_tokens(&s.words);
        bufs.extract(&text, &tokens, lexicon, bits);
        let g0 = p.gold.len();
        for i in 0..tokens.len() {
            p.feats.extend_from_slice(bufs.token_features(i));
            p.starts.push(p.feats.len() as u32);
            p.lower.push(bufs.lower(i));
            p.caps.push(bufs.caps(i));
        }
        tags::encode(&s.mentions(), tokens.len(), &mut gold);
        p.gold.extend_from_slice(&gold);
        p.sentences.push(g0..g0 + tokens.len());
        match p.docs.last_mut() {
            Some(d) if si > 0 && data[si - 1].doc == s.doc => d.end = si + 1,
            _ => p.docs.push(si..si + 1),
        }
    }
    p
}

/// The document features (from first-stage tags `first`) of every token.
fn doc_features_of(p: &Prepared, first: &[u8], bits: u32) -> Prepared {
    let mut out = Prepared {
        feats: Vec::with_capacity(p.feats.len() + p.gold.len() * 8),
        starts: vec![0],
        gold: p.gold.clone(),
        lower: p.lower.clone(),
        caps: p.caps.clone(),
        sentences: p.sentences.clone(),
        docs: p.docs.clone(),
    };
    let mut counts = DocCounts::default();
    for d in &p.docs {
        let (t0, t1) = (p.sentences[d.start].start, p.sentences[d.end - 1].end);
        let view = DocView { lower: &p.lower[t0..t1], caps: &p.caps[t0..t1], first: &first[t0..t1] };
        counts.fill(&view);
        for s in &p.sentences[d.clone()] {
            for g in s.clone() {
                counts.features(&view, g - t0, s.start - t0, s.end - t0, bits, &mut out.feats);
                out.starts.push(out.feats.len() as u32);
            }
        }
    }
    out
}

/// SplitMix64: a small, seedable generator for the shuffle.
struct SplitMix(u64);

impl SplitMix {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
}

/// Perceptron weights being trained: integers (updates are ±1) and, for
/// averaging, the sum of (instance counter × update).
struct Weights {
    w: Vec<i32>,
    acc: Vec<i64>,
    tw: [[i32; NTAGS]; NTAGS + 1],
    tacc: [[i64; NTAGS]; NTAGS + 1],
    c: i64,
}

impl Weights {
    fn new(bits: u32) -> Self {
        let n = (1usize << bits) * NTAGS;
        Weights { w: vec![0; n], acc: vec![0; n], tw: [[0; NTAGS]; NTAGS + 1], tacc: [[0; NTAGS]; NTAGS + 1], c: 1 }
    }

    fn emission(&self, feats: &[u32]) -> [f32; NTAGS] {
        let mut e = [0f32; NTAGS];
        for &f in feats {
            let row = &self.w[f as usize * NTAGS..(f as usize + 1) * NTAGS];
            for (x, &v) in e.iter_mut().zip(row) {
                *x += v as f32;
            }
        }
        e
    }

    /// Adds this run's averaged weights to `sum` (dense, like `w`) and `tsum`.
    fn add_averaged(&self, sum: &mut [f32], tsum: &mut [[f32; NTAGS]; NTAGS + 1]) {
        let cf = self.c as f64;
        for ((s, &x), &a) in sum.iter_mut().zip(&self.w).zip(&self.acc) {
            if x != 0 || a != 0 {
                *s += (x as f64 - a as f64 / cf) as f32;
            }
        }
        for ((srow, wrow), arow) in tsum.iter_mut().zip(&self.tw).zip(&self.tacc) {
            for ((s, &w), &a) in srow.iter_mut().zip(wrow).zip(arow) {
                *s += (w as f64 - a as f64 / cf) as f32;
            }
        }
    }

    /// The averaged weights, pruned and quantised to 16 bits.
    fn averaged(&self, bits: u32, prune_below: f32) -> Stage {
        let mut sum = vec![0f32; self.w.len()];
        let mut tsum = [[0f32; NTAGS]; NTAGS + 1];
        self.add_averaged(&mut sum, &mut tsum);
        quantise(&sum, &tsum, 1.0, bits, prune_below)
    }
}

/// `sum / runs`, pruned and quantised to 16 bits.
fn quantise(sum: &[f32], tsum: &[[f32; NTAGS]; NTAGS + 1], runs: f32, bits: u32, prune_below: f32) -> Stage {
    let max_abs = sum.iter().fold(0f32, |m, &v| m.max(v.abs())) / runs;
    let scale = if max_abs > 0.0 { 32767.0 / max_abs } else { 1.0 };
    let rows = sum.chunks_exact(NTAGS).enumerate().filter_map(|(r, row)| {
        if row.iter().all(|&x| x == 0.0) {
            return None;
        }
        let mut q = [0i16; NTAGS];
        for (q, &x) in q.iter_mut().zip(row) {
            let v = x / runs;
            if v.abs() >= prune_below {
                *q = (v * scale).round().clamp(-32767.0, 32767.0) as i16;
            }
        }
        Some((r, q))
    });
    let table = Table::from_rows(bits, rows);
    let mut trans = [[0f32; NTAGS]; NTAGS + 1];
    for r in 0..=NTAGS {
        for k in 0..NTAGS {
            trans[r][k] = tsum[r][k] / runs;
        }
    }
    Stage { table, scale, trans }
}

/// A first stage's per-token emissions and its transitions, which a
/// second stage corrects.
type Base<'a> = Option<(&'a [[f32; NTAGS]], &'a [[f32; NTAGS]; NTAGS + 1])>;

/// Trains one stage on the given sentences of `data` for `config.epochs`,
/// calling `after_epoch` with the averaged stage after each epoch.
///
/// With `base`, the stage learns a correction: its scores are added to the
/// given per-token emissions and transitions (a first stage's).
fn train_stage(
    data: &Prepared,
    sentence_ids: &[usize],
    config: &TrainConfig,
    base: Base<'_>,
    mut after_epoch: impl FnMut(usize, usize, usize, usize, &Stage, f64),
) -> Stage {
    let runs = config.runs.max(1);
    if runs == 1 {
        return train_run(data, sentence_ids, config, config.seed, base, |e, x, t, st, secs| after_epoch(0, e, x, t, st, secs));
    }
    let mut sum = vec![0f32; (1usize << config.hash_bits) * NTAGS];
    let mut tsum = [[0f32; NTAGS]; NTAGS + 1];
    for run in 0..runs {
        let seed = config.seed.wrapping_add(run as u64 * 0x1000_0001);
        let wt = train_weights(data, sentence_ids, config, seed, base, |e, x, t, st, secs| after_epoch(run, e, x, t, st, secs));
        wt.add_averaged(&mut sum, &mut tsum);
    }
    quantise(&sum, &tsum, runs as f32, config.hash_bits, config.prune_below)
}

fn train_run(
    data: &Prepared,
    sentence_ids: &[usize],
    config: &TrainConfig,
    seed: u64,
    base: Base<'_>,
    after_epoch: impl FnMut(usize, usize, usize, &Stage, f64),
) -> Stage {
    train_weights(data, sentence_ids, config, seed, base, after_epoch).averaged(config.hash_bits, config.prune_below)
}

/// One perceptron run with the given shuffle seed.
fn train_weights(
    data: &Prepared,
    sentence_ids: &[usize],
    config: &TrainConfig,
    seed: u64,
    base: Base<'_>,
    mut after_epoch: impl FnMut(usize, usize, usize, &Stage, f64),
) -> Weights {
    let bits = config.hash_bits;
    let mut wt = Weights::new(bits);
    let legal = Transitions::new();
    let mut rng = SplitMix(seed);
    let mut order: Vec<usize> = sentence_ids.to_vec();
    let mut emissions: Vec<[f32; NTAGS]> = Vec::new();
    let (mut back, mut pred) = (Vec::new(), Vec::new());
    let mut ftrans = [[0f32; NTAGS]; NTAGS + 1];
    for epoch in 1..=config.epochs {
        let started = Instant::now();
        for i in (1..order.len()).rev() {
            let j = (rng.next() % (i as u64 + 1)) as usize;
            order.swap(i, j);
        }
        let (mut token_errors, mut tokens) = (0usize, 0usize);
        for &si in &order {
            let range = data.sentences[si].clone();
            let gold = &data.gold[range.clone()];
            emissions.clear();
            for g in range.clone() {
                let mut e = wt.emission(data.token_feats(g));
                if let Some((be, _)) = base {
                    for (x, b) in e.iter_mut().zip(&be[g]) {
                        *x += b * config.first_stage_weight;
                    }
                }
                emissions.push(e);
            }
            for (r, row) in ftrans.iter_mut().enumerate() {
                for (k, v) in row.iter_mut().enumerate() {
                    *v = wt.tw[r][k] as f32 + base.map_or(0.0, |(_, bt)| bt[r][k] * config.first_stage_weight);
                }
            }
            tags::viterbi(&emissions, &ftrans, &legal, &mut back, &mut pred);
            tokens += gold.len();
            if pred != gold {
                let c = wt.c;
                for (t, g) in range.clone().enumerate() {
                    let (gt, pt) = (gold[t] as usize, pred[t] as usize);
                    if gt != pt {
                        token_errors += 1;
                        for &f in data.token_feats(g) {
                            let base = f as usize * NTAGS;
                            wt.w[base + gt] += 1;
                            wt.acc[base + gt] += c;
                            wt.w[base + pt] -= 1;
                            wt.acc[base + pt] -= c;
                        }
                    }
                    let gp = if t == 0 { NTAGS } else { gold[t - 1] as usize };
                    let pp = if t == 0 { NTAGS } else { pred[t - 1] as usize };
                    if (gp, gt) != (pp, pt) {
                        wt.tw[gp][gt] += 1;
                        wt.tacc[gp][gt] += c;
                        wt.tw[pp][pt] -= 1;
                        wt.tacc[pp][pt] -= c;
                    }
                }
            }
            wt.c += 1;
        }
        let stage = wt.averaged(bits, config.prune_below);
        after_epoch(epoch, token_errors, tokens, &stage, started.elapsed().as_secs_f64());
    }
    wt
}

/// First-stage tags and emissions of the given sentences.
fn tag_first(stage: &Stage, data: &Prepared, sentence_ids: &[usize], out: &mut [u8], out_emissions: &mut [[f32; NTAGS]]) {
    let legal = Transitions::new();
    let (mut emissions, mut back, mut pred) = (Vec::new(), Vec::new(), Vec::new());
    for &si in sentence_ids {
        let range = data.sentences[si].clone();
        emissions.clear();
        for g in range.clone() {
            emissions.push(stage.emission(data.token_feats(g), &[]));
        }
        tags::viterbi(&emissions, &stage.trans, &legal, &mut back, &mut pred);
        out[range.clone()].copy_from_slice(&pred);
        out_emissions[range].copy_from_slice(&emissions);
    }
}

/// Trains a model on `train` (CoNLL sentences, IOB1/IOB2 tags; documents
/// from their `doc` numbers), reporting each epoch (with dev F1 when `dev`
/// is given) to `progress`.
pub fn train(
    train: &[Sentence],
    dev: Option<&[Sentence]>,
    config: &TrainConfig,
    lexicon: &'static Lexicon,
    mut progress: impl FnMut(&EpochReport),
) -> Result<Model, NerError> {
    if !(8..=26).contains(&config.hash_bits) {
        return Err(NerError::Format(format!("hash_bits must be 8..=26, got {}", config.hash_bits)));
    }
    if train.is_empty() || config.epochs == 0 {
        return Err(NerError::Format("need training sentences and at least one epoch".into()));
    }
    let bits = config.hash_bits;
    let data = prepare(train, lexicon, bits);
    let all: Vec<usize> = (0..data.sentences.len()).collect();
    let dev_docs = dev.map(group_docs);

    let mut report = |stage: &str, epoch, token_errors, tokens, dev_f1, seconds| {
        progress(&EpochReport { stage: stage.to_string(), epoch, token_errors, tokens, dev_f1, seconds })
    };
    let first = train_stage(&data, &all, config, None, |run, epoch, errors, tokens, stage, secs| {
        let dev_f1 = dev_docs.as_ref().filter(|_| epoch == config.epochs).map(|d| {
            let m = Model::from_stages(bits, stage_copy(stage), None, 1.0, lexicon);
            f1(&m, d)
        });
        report(&format!("first/{}", run + 1), epoch, errors, tokens, dev_f1, secs);
    });
    if let Some(d) = &dev_docs {
        let m = Model::from_stages(bits, stage_copy(&first), None, 1.0, lexicon);
        report("first", config.epochs, 0, 0, Some(f1(&m, d)), 0.0);
    }
    if !config.document_stage {
        return Ok(Model::from_stages(bits, first, None, 1.0, lexicon));
    }

    // Jackknifed first-stage tags for the training documents.
    let folds = config.folds.max(2);
    let mut first_tags = vec![0u8; data.gold.len()];
    let mut first_emissions = vec![[0f32; NTAGS]; data.gold.len()];
    let mut fold_trans = [[0f32; NTAGS]; NTAGS + 1];
    for k in 0..folds {
        let (mut rest, mut held) = (Vec::new(), Vec::new());
        for (di, d) in data.docs.iter().enumerate() {
            let target = if di % folds == k { &mut held } else { &mut rest };
            target.extend(d.clone());
        }
        let name = format!("fold {}/{}", k + 1, folds);
        let stage = train_stage(&data, &rest, config, None, |run, epoch, errors, tokens, _, secs| {
            if epoch == config.epochs {
                report(&format!("{name}/{}", run + 1), epoch, errors, tokens, None, secs);
            }
        });
        tag_first(&stage, &data, &held, &mut first_tags, &mut first_emissions);
        for (acc, row) in fold_trans.iter_mut().zip(&stage.trans) {
            for (a, t) in acc.iter_mut().zip(row) {
                *a += t / folds as f32;
            }
        }
    }
    let second_data = doc_features_of(&data, &first_tags, bits);
    let base = Some((first_emissions.as_slice(), &fold_trans));
    let second = train_stage(&second_data, &all, config, base, |run, epoch, errors, tokens, stage, secs| {
        let dev_f1 = dev_docs.as_ref().filter(|_| epoch == config.epochs).map(|d| {
            let m = Model::from_stages(bits, stage_copy(&first), Some(stage_copy(stage)), config.first_stage_weight, lexicon);
            f1(&m, d)
        });
        report(&format!("second/{}", run + 1), epoch, errors, tokens, dev_f1, secs);
    });
    if let Some(d) = &dev_docs {
        let m = Model::from_stages(bits, stage_copy(&first), Some(stage_copy(&second)), config.first_stage_weight, lexicon);
        report("second", config.epochs, 0, 0, Some(f1(&m, d)), 0.0);
    }
    Ok(Model::from_stages(bits, first, Some(second), config.first_stage_weight, lexicon))
}

fn stage_copy(s: &Stage) -> Stage {
    Stage { table: Table::from_rows(s.table.bits(), s.table.iter().map(|(r, w)| (r, *w))), scale: s.scale, trans: s.trans }
}

/// Sentences grouped by document.
pub(crate) fn group_docs(data: &[Sentence]) -> Vec<Vec<Sentence>> {
    let mut out: Vec<Vec<Sentence>> = Vec::new();
    for (i, s) in data.iter().enumerate() {
        if i == 0 || data[i - 1].doc != s.doc {
            out.push(Vec::new());
        }
        if let Some(d) = out.last_mut() {
            d.push(s.clone());
        }
    }
    out
}

/// Exact-match mention F1 of `model` on documents (all types together).
pub(crate) fn f1(model: &Model, docs: &[Vec<Sentence>]) -> f64 {
    let mut tagger = model.tagger();
    let (mut tp, mut npred, mut ngold) = (0usize, 0usize, 0usize);
    let mut pred: Vec<Vec<Mention>> = Vec::new();
    for d in docs {
        let words: Vec<&str> = d.iter().flat_map(|s| s.words.iter().map(String::as_str)).collect();
        let (text, tokens) = words_to_tokens(&words);
        let mut ranges = Vec::with_capacity(d.len());
        let mut at = 0;
        for s in d {
            ranges.push(at..at + s.words.len());
            at += s.words.len();
        }
        tagger.tag_document_into(&text, &tokens, &ranges, &mut pred);
        for (s, p) in d.iter().zip(&pred) {
            let gold = s.mentions();
            tp += p.iter().filter(|m| gold.contains(m)).count();
            npred += p.len();
            ngold += gold.len();
        }
    }
    if tp == 0 {
        return 0.0;
    }
    let (p, r) = (tp as f64 / npred as f64, tp as f64 / ngold as f64);
    2.0 * p * r / (p + r)
}
