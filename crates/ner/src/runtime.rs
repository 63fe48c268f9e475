//! Tagging-time shortcuts. They compute exactly the emission scores that
//! the features of `features.rs` and `doc.rs` give (training still uses
//! those), with less work per token:
//!
//! - **Word cache**: everything about a token that depends on its text
//!   alone (lexicon look-ups, shapes, affixes, and the summed weight rows of
//!   its own features and of the features it gives its neighbours at ±1 and
//!   ±2) is computed once per distinct word and kept across documents.
//! - **Resolved rows**: features over small closed sets (gazetteer bits,
//!   capitalisation triples, 6-bit cluster pairs, all but one document
//!   feature) are hashed and looked up once, when the model is built.
//!
//! Scores are sums of 16-bit integers in `i32`, so summing in another order
//! gives identical results; `tests::fast_path_matches_features` checks it.

use std::collections::HashMap;

use crate::doc::label_slot;
use crate::features::{caps, embedding_coarse, embedding_fine, push_embedding_features, token_info, truecase_to_lower, TokenInfo, BOS, EOS};
use crate::hash::{feat1, feat2, feat3, Hasher, PreHashed};
use crate::lexicon::{Lexicon, PhraseKey};
use crate::table::Table;
use crate::tags::{NTAGS, O};

/// Integer score accumulator over the tags.
pub(crate) type Acc = [i32; NTAGS];

/// A row index that no table has: adding it adds nothing.
const NO_ROW: u32 = u32::MAX;

/// Words kept in the cache; past this, it is emptied at the next document.
const MAX_CACHED_WORDS: usize = 1 << 15;

#[inline]
fn add_row(acc: &mut Acc, table: &Table, index: u32) {
    if let Some(row) = table.row_at(index) {
        // 16 lanes in a fixed-size loop (vectorised: sign-extend and add),
        // then the 17th.
        let (head, last) = acc.split_at_mut(16);
        for (a, &w) in head.iter_mut().zip(&row[..16]) {
            *a += w as i32;
        }
        last[0] += row[16] as i32;
    }
}

#[inline]
fn add_acc(acc: &mut Acc, other: &Acc) {
    for (a, &b) in acc.iter_mut().zip(other) {
        *a += b;
    }
}

/// Adds the row of a hashed feature, if the table has one.
#[inline]
fn add_feature(acc: &mut Acc, table: &Table, shift: u32, h: u64) {
    if let Some(i) = table.index((h >> shift) as u32) {
        add_row(acc, table, i);
    }
}

fn resolve(table: &Table, shift: u32, h: u64) -> u32 {
    table.index((h >> shift) as u32).unwrap_or(NO_ROW)
}

fn sum_of(table: &Table, shift: u32, hashes: &[u64]) -> Acc {
    let mut acc = [0; NTAGS];
    for &h in hashes {
        add_feature(&mut acc, table, shift, h);
    }
    acc
}

/// Capitalisation classes, including the sentence-edge ones.
const CAPS_VALUES: usize = 10;
/// Gazetteer bits a token can have (`type * 4 + position`).
const GAZ_BITS: usize = crate::lexicon::GazBits::BITS as usize;
/// 6-bit cluster prefixes, plus one slot for the sentence edge.
const CLUSTER6: usize = 65;

/// The first stage's resolved rows.
pub(crate) struct FirstRows {
    shift: u32,
    /// Sums given by a missing neighbour (sentence edge) at −1, +1, −2, +2.
    edge: [Acc; 4],
    /// Template 34: `[prev 6-bit cluster or edge][own]`; 35: `[own][next or edge]`.
    cluster_prev: Vec<u32>,
    cluster_next: Vec<u32>,
    /// Template 27: capitalisation of previous, own, next token.
    caps3: Vec<u32>,
    /// Template 24: capitalisation of a sentence's first token.
    first_caps: [u32; CAPS_VALUES],
    /// Templates 21, 22, 23, 58, 59: gazetteer bits of the token, the
    /// previous, the next, the one two before and the one two after.
    gaz: [[u32; GAZ_BITS]; 5],
}

impl FirstRows {
    pub(crate) fn new(table: &Table, bits: u32) -> FirstRows {
        let shift = 64 - bits;
        let r = |h: u64| resolve(table, shift, h);
        let edge = [
            sum_of(table, shift, &[feat1(7, BOS), feat1(17, BOS), feat1(54, BOS)]),
            sum_of(table, shift, &[feat1(8, EOS), feat1(18, EOS), feat1(55, EOS)]),
            sum_of(table, shift, &[feat1(9, BOS), feat1(32, BOS), feat1(56, BOS)]),
            sum_of(table, shift, &[feat1(10, EOS), feat1(33, EOS), feat1(57, EOS)]),
        ];
        let c6 = |k: usize, edge: u64| if k == 64 { edge } else { k as u64 };
        let mut cluster_prev = vec![NO_ROW; CLUSTER6 * 64];
        let mut cluster_next = vec![NO_ROW; 64 * CLUSTER6];
        for p in 0..CLUSTER6 {
            for c in 0..64 {
                cluster_prev[p * 64 + c] = r(feat2(34, c6(p, BOS), c as u64));
                cluster_next[c * CLUSTER6 + p] = r(feat2(35, c as u64, c6(p, EOS)));
            }
        }
        let mut caps3 = vec![NO_ROW; CAPS_VALUES * CAPS_VALUES * CAPS_VALUES];
        for (i, cell) in caps3.iter_mut().enumerate() {
            let (p, c, n) = (i / 100, i / 10 % 10, i % 10);
            *cell = r(feat3(27, p as u64, c as u64, n as u64));
        }
        let first_caps = std::array::from_fn(|c| r(feat1(24, c as u64)));
        let gaz = [21, 22, 23, 58, 59].map(|t| std::array::from_fn(|b| r(feat1(t, b as u64))));
        FirstRows { shift, edge, cluster_prev, cluster_next, caps3, first_caps, gaz }
    }
}

/// The second (document) stage's resolved rows: every template but 47
/// (word × label), whose word is open-ended.
pub(crate) struct SecondRows {
    shift: u32,
    /// Templates 40, 41 and 42 summed, `[previous tag or edge][tag][next
    /// tag or edge]`: all that most tokens (not name-like) get.
    tags3: Vec<Acc>,
    /// 48: `[numeric bucket][tag]`.
    numeric: [[u32; NTAGS]; 5],
    /// 49: `[label inside a longer mention elsewhere][own label][own tag in a longer mention]`.
    multi: [[[u32; 2]; 5]; 5],
    /// 43: `[majority label][share]`; 45: `[majority label][own label][share]`.
    majority: [[u32; 3]; 5],
    majority_own: [[[u32; 3]; 5]; 5],
    /// 44: `[share of O, in quarters][capitalisation]`; 46: `[seen in lower case][capitalisation]`.
    o_share: [[u32; CAPS_VALUES]; 5],
    lower_seen: [[u32; CAPS_VALUES]; 2],
}

impl SecondRows {
    pub(crate) fn new(table: &Table, bits: u32) -> SecondRows {
        let shift = 64 - bits;
        let r = |h: u64| resolve(table, shift, h);
        let edge = |k: usize, edge: u64| if k == NTAGS { edge } else { k as u64 };
        SecondRows {
            shift,
            tags3: (0..(NTAGS + 1) * NTAGS * (NTAGS + 1))
                .map(|i| {
                    let (p, t, n) = (i / (NTAGS * (NTAGS + 1)), i / (NTAGS + 1) % NTAGS, i % (NTAGS + 1));
                    let t = t as u64;
                    sum_of(table, shift, &[feat1(40, t), feat2(41, edge(p, 99), t), feat2(42, t, edge(n, 98))])
                })
                .collect(),
            numeric: std::array::from_fn(|b| std::array::from_fn(|t| r(feat2(48, b as u64, t as u64)))),
            multi: std::array::from_fn(|l| {
                std::array::from_fn(|own| std::array::from_fn(|m| r(feat3(49, l as u64, own as u64, m as u64))))
            }),
            majority: std::array::from_fn(|b| std::array::from_fn(|s| r(feat2(43, b as u64, s as u64)))),
            majority_own: std::array::from_fn(|b| {
                std::array::from_fn(|own| std::array::from_fn(|s| r(feat3(45, b as u64, own as u64, s as u64))))
            }),
            o_share: std::array::from_fn(|q| std::array::from_fn(|c| r(feat2(44, q as u64, c as u64)))),
            lower_seen: std::array::from_fn(|s| std::array::from_fn(|c| r(feat2(46, s as u64, c as u64)))),
        }
    }
}

/// One distinct word form, analysed.
pub(crate) struct Word {
    /// Hash of the form, and where the form is kept in the cache's text.
    key_hash: u64,
    key: (u32, u32),
    pub lower: u64,
    shape: u64,
    short_shape: u64,
    cluster: u32,
    pub caps: u8,
    pub len_bucket: u8,
    /// A Title-Case headline analyses it as its lower case (see
    /// `features::truecase_to_lower`).
    pub truecase: bool,
    /// Gazetteer flags of the word alone (`Lexicon::phrase` of its one-token key).
    pub phrase: u32,
    /// Dense id of `lower` among the cached words (document counts).
    pub lower_id: u32,
    /// First-stage rows summed: its own features, and those it gives the
    /// token after it (−1 seen from there), before it (+1), two after (−2),
    /// two before (+2).
    local: Acc,
    around: [Acc; 4],
}

/// Analysed words, reused across sentences and documents (on one thread,
/// for one model).
#[derive(Default)]
pub(crate) struct WordCache {
    /// The model whose weights the sums come from.
    model: u64,
    words: Vec<Word>,
    text: String,
    /// Open addressing over `words`. A slot holds what a look-up compares
    /// (part of the hash, where the form is in `text`), so that a look-up
    /// reads the word itself only once it is found.
    slots: Vec<Slot>,
    lowers: HashMap<u64, u32, PreHashed>,
    chars: Vec<char>,
}

fn key_hash(s: &str) -> u64 {
    let mut h = Hasher::new(11);
    let mut chunks = s.as_bytes().chunks_exact(8);
    for c in &mut chunks {
        let mut b = [0u8; 8];
        b.copy_from_slice(c);
        h.add(u64::from_le_bytes(b));
    }
    let rest = chunks.remainder();
    let mut b = [0u8; 8];
    b[..rest.len()].copy_from_slice(rest);
    h.add(u64::from_le_bytes(b) ^ ((s.len() as u64) << 56));
    h.finish()
}

impl WordCache {
    /// Called before each document: empties the cache when it was filled
    /// for another model or has grown past its size.
    pub(crate) fn prepare(&mut self, model_id: u64) {
        if self.model != model_id || self.words.len() > MAX_CACHED_WORDS {
            self.model = model_id;
            self.words.clear();
            self.text.clear();
            self.slots.iter_mut().for_each(|s| *s = Slot::EMPTY);
            self.lowers.clear();
        }
    }

    pub(crate) fn word(&self, id: u32) -> &Word {
        &self.words[id as usize]
    }

    /// Number of distinct lower-case forms (bound of `Word::lower_id`).
    pub(crate) fn lower_ids(&self) -> usize {
        self.lowers.len()
    }

    /// The id of `form`, analysed on first sight.
    pub(crate) fn id(&mut self, form: &str, lexicon: &Lexicon, table: &Table, rows: &FirstRows) -> u32 {
        let h = key_hash(form);
        if !self.slots.is_empty() {
            let mask = self.slots.len() - 1;
            let mut i = h as usize & mask;
            loop {
                let slot = self.slots[i];
                if slot.id_plus_one == 0 {
                    break;
                }
                if slot.tag == Slot::tag_of(h) && self.text.get(slot.key.0 as usize..slot.key.1 as usize) == Some(form) {
                    return slot.id_plus_one - 1;
                }
                i = (i + 1) & mask;
            }
        }
        let id = self.words.len() as u32;
        let start = self.text.len() as u32;
        self.text.push_str(form);
        let info = token_info(form, lexicon, &mut self.chars);
        let next_lower = self.lowers.len() as u32;
        let lower_id = *self.lowers.entry(info.lower).or_insert(next_lower);
        let key = (start, self.text.len() as u32);
        let word = analyse(&info, lexicon, table, rows, h, key, lower_id);
        self.words.push(word);
        if self.words.len() * 2 > self.slots.len() {
            self.rehash((self.slots.len() * 2).max(1024));
        } else {
            self.place(h, key, id);
        }
        id
    }

    fn place(&mut self, h: u64, key: (u32, u32), id: u32) {
        let mask = self.slots.len() - 1;
        let mut i = h as usize & mask;
        while self.slots[i].id_plus_one != 0 {
            i = (i + 1) & mask;
        }
        self.slots[i] = Slot { tag: Slot::tag_of(h), id_plus_one: id + 1, key };
    }

    fn rehash(&mut self, size: usize) {
        self.slots.clear();
        self.slots.resize(size, Slot::EMPTY);
        for id in 0..self.words.len() {
            let w = &self.words[id];
            self.place(w.key_hash, w.key, id as u32);
        }
    }
}

/// One slot of [`WordCache`]'s table.
#[derive(Clone, Copy)]
struct Slot {
    /// The high half of the form's hash (the low bits chose the slot).
    tag: u32,
    /// The word's index + 1; 0 for an empty slot.
    id_plus_one: u32,
    /// Where the form is kept in the cache's text.
    key: (u32, u32),
}

impl Slot {
    const EMPTY: Slot = Slot { tag: 0, id_plus_one: 0, key: (0, 0) };

    fn tag_of(hash: u64) -> u32 {
        (hash >> 32) as u32
    }
}

/// The cached analysis of a word: the first-stage features that depend on
/// its text alone, summed (the same templates as `FeatureBuffers::extract`).
fn analyse(t: &TokenInfo, lexicon: &Lexicon, table: &Table, rows: &FirstRows, key_hash: u64, key: (u32, u32), lower_id: u32) -> Word {
    let shift = rows.shift;
    let mut local = [0; NTAGS];
    let mut add = |h: u64| add_feature(&mut local, table, shift, h);
    add(feat1(0, 0));
    add(feat1(1, t.form));
    add(feat1(2, t.lower));
    add(feat1(3, t.shape));
    add(feat1(4, t.short_shape));
    for k in 0..t.affixes as usize {
        add(feat1(5, t.prefix[k]));
        add(feat1(6, t.suffix[k]));
    }
    if t.cluster != 0 {
        for (k, bits) in [4u32, 6, 10, 20].into_iter().enumerate() {
            add(feat2(16, k as u64, (t.cluster & ((1u32 << bits) - 1)) as u64));
        }
        add(feat2(30, t.cluster as u64, t.caps as u64));
    } else {
        add(feat2(16, 99, t.caps as u64));
    }
    add(feat2(19, t.prob as u64, t.caps as u64));
    add(feat3(20, t.lower_prob as u64, t.caps as u64, t.variant as u64));
    add(feat2(31, t.len_bucket as u64, t.caps as u64));
    push_embedding_features(t, &mut add);
    let (c, c10) = (t.cluster as u64, (t.cluster & 0x3FF) as u64);
    let (ef, ec) = (embedding_fine(t.embedding), embedding_coarse(t.embedding));
    let around = [
        sum_of(table, shift, &[feat1(7, t.lower), feat1(17, c), feat1(54, ef)]),
        sum_of(table, shift, &[feat1(8, t.lower), feat1(18, c), feat1(55, ef)]),
        sum_of(table, shift, &[feat1(9, t.lower), feat1(32, c10), feat1(56, ec)]),
        sum_of(table, shift, &[feat1(10, t.lower), feat1(33, c10), feat1(57, ec)]),
    ];
    let mut one = PhraseKey::new();
    one.push(t.lower);
    Word {
        key_hash,
        key,
        lower: t.lower,
        shape: t.shape,
        short_shape: t.short_shape,
        cluster: t.cluster,
        caps: t.caps,
        len_bucket: t.len_bucket,
        truecase: truecase_to_lower(t),
        phrase: lexicon.phrase(one.finish()),
        lower_id,
        local,
        around,
    }
}

/// First-stage scores of token `i` of a sentence whose tokens are the
/// cached words `ids`, with gazetteer bits `gaz` and casing mode `mode`.
#[allow(clippy::too_many_arguments)]
#[inline]
pub(crate) fn first_stage_acc(
    cache: &WordCache,
    ids: &[u32],
    gaz: &[crate::lexicon::GazBits],
    i: usize,
    mode: u64,
    table: &Table,
    rows: &FirstRows,
) -> Acc {
    let n = ids.len();
    let word = |k: usize| cache.word(ids[k]);
    let cur = word(i);
    let prev = (i > 0).then(|| word(i - 1));
    let next = (i + 1 < n).then(|| word(i + 1));
    let mut acc = cur.local;
    add_acc(&mut acc, prev.map_or(&rows.edge[0], |w| &w.around[0]));
    add_acc(&mut acc, next.map_or(&rows.edge[1], |w| &w.around[1]));
    add_acc(&mut acc, if i > 1 { &word(i - 2).around[2] } else { &rows.edge[2] });
    add_acc(&mut acc, if i + 2 < n { &word(i + 2).around[3] } else { &rows.edge[3] });

    let shift = rows.shift;
    let (lm1, lp1) = (prev.map_or(BOS, |w| w.lower), next.map_or(EOS, |w| w.lower));
    let (sp, sn) = (prev.map_or(BOS, |w| w.shape), next.map_or(EOS, |w| w.shape));
    let (ssp, ssn) = (prev.map_or(BOS, |w| w.short_shape), next.map_or(EOS, |w| w.short_shape));
    add_feature(&mut acc, table, shift, feat2(11, sp, cur.shape));
    add_feature(&mut acc, table, shift, feat2(12, cur.shape, sn));
    add_feature(&mut acc, table, shift, feat3(13, ssp, cur.short_shape, ssn));
    add_feature(&mut acc, table, shift, feat2(14, lm1, cur.lower));
    add_feature(&mut acc, table, shift, feat2(15, cur.lower, lp1));
    add_feature(&mut acc, table, shift, feat2(28, lm1, cur.short_shape));
    add_feature(&mut acc, table, shift, feat2(29, cur.short_shape, lp1));
    if mode != crate::features::MODE_RUNNING {
        add_feature(&mut acc, table, shift, feat2(25, mode, cur.lower));
        add_feature(&mut acc, table, shift, feat2(26, mode, cur.shape));
    }
    let c6 = (cur.cluster & 0x3F) as usize;
    let p6 = prev.map_or(64, |w| (w.cluster & 0x3F) as usize);
    let n6 = next.map_or(64, |w| (w.cluster & 0x3F) as usize);
    add_row(&mut acc, table, rows.cluster_prev[p6 * 64 + c6]);
    add_row(&mut acc, table, rows.cluster_next[c6 * CLUSTER6 + n6]);
    let pc = prev.map_or(caps::BOS, |w| w.caps) as usize;
    let nc = next.map_or(caps::EOS, |w| w.caps) as usize;
    let cc = cur.caps as usize;
    add_row(&mut acc, table, rows.caps3[(pc * CAPS_VALUES + cc) * CAPS_VALUES + nc]);
    if i == 0 {
        add_row(&mut acc, table, rows.first_caps[cc]);
    }
    let around = [Some(gaz[i]), i.checked_sub(1).map(|p| gaz[p]), gaz.get(i + 1).copied(), i.checked_sub(2).map(|p| gaz[p]), gaz.get(i + 2).copied()];
    for (k, bits) in around.into_iter().enumerate() {
        let mut bits = bits.unwrap_or(0);
        while bits != 0 {
            let b = bits.trailing_zeros() as usize;
            add_row(&mut acc, table, rows.gaz[k][b]);
            bits &= bits - 1;
        }
    }
    acc
}

/// Per-document counts for the second stage, as `doc::DocCounts` keeps
/// them, indexed by [`Word::lower_id`] instead of a hash map.
#[derive(Default)]
pub(crate) struct Counts {
    by_lower: Vec<[u16; 10]>,
    numeric_bucket: usize,
}

/// Whether a tag is B, I or L (part of a mention of two tokens or more).
#[inline]
fn in_multi_token_mention(tag: u8) -> bool {
    tag != O && (tag - 1) % 4 != 3
}

/// Capitalisation classes that get the document features of names.
#[inline]
pub(crate) fn is_name_like(c: u8) -> bool {
    matches!(c, caps::TITLE | caps::ALLCAPS | caps::SINGLE_UPPER | caps::MIXED | caps::ALNUM)
}

impl Counts {
    /// Whether both hold the same counts for this lower-case form.
    pub(crate) fn same_as(&self, other: &Counts, lower_id: u32) -> bool {
        self.by_lower.get(lower_id as usize) == other.by_lower.get(lower_id as usize)
    }

    /// Counts a document: tokens' lower-case ids, capitalisation and first-stage tags.
    pub(crate) fn fill(&mut self, lower_ids: &[u32], caps_of: &[u8], first: &[u8], nlower: usize) {
        if self.by_lower.len() < nlower {
            self.by_lower.resize(nlower, [0; 10]);
        }
        for &l in lower_ids {
            self.by_lower[l as usize] = [0; 10];
        }
        let numbers = caps_of.iter().filter(|&&c| c == caps::NUMBER).count();
        self.numeric_bucket = (numbers * 5 / caps_of.len().max(1)).min(4);
        for ((&l, &c), &t) in lower_ids.iter().zip(caps_of).zip(first) {
            let slot = if c == caps::LOWER {
                5
            } else if is_name_like(c) {
                label_slot(t)
            } else {
                continue;
            };
            let e = &mut self.by_lower[l as usize];
            e[slot] = e[slot].saturating_add(1);
            if slot != 5 && in_multi_token_mention(t) {
                e[5 + slot] = e[5 + slot].saturating_add(1);
            }
        }
    }
}

/// Second-stage scores of document token `g` (in sentence tokens
/// `start..end`), from first-stage tags `first` (as `DocCounts::features`).
#[allow(clippy::too_many_arguments)]
#[inline]
pub(crate) fn second_stage_acc(
    counts: &Counts,
    lower: u64,
    lower_id: u32,
    caps_of: &[u8],
    first: &[u8],
    g: usize,
    start: usize,
    end: usize,
    table: &Table,
    rows: &SecondRows,
) -> Acc {
    let t = first[g];
    let ti = t as usize;
    let prev = if g > start { first[g - 1] as usize } else { NTAGS };
    let next = if g + 1 < end { first[g + 1] as usize } else { NTAGS };
    let mut acc = rows.tags3[(prev * NTAGS + ti) * (NTAGS + 1) + next];
    let c = caps_of[g];
    if !is_name_like(c) {
        return acc;
    }
    let own = label_slot(t);
    add_feature(&mut acc, table, rows.shift, feat2(47, lower, own as u64));
    add_row(&mut acc, table, rows.numeric[counts.numeric_bucket][ti]);
    let mut other = counts.by_lower[lower_id as usize];
    let multi = in_multi_token_mention(t);
    other[own] = other[own].saturating_sub(1);
    if own != 0 && multi {
        other[5 + own] = other[5 + own].saturating_sub(1);
    }
    for l in 1..5 {
        if other[5 + l] > 0 {
            add_row(&mut acc, table, rows.multi[l][own][multi as usize]);
        }
    }
    let named: u32 = other[..5].iter().map(|&x| x as u32).sum();
    let ci = c as usize;
    if named > 0 {
        let (best, best_n) = (1..5).map(|l| (l, other[l] as u32)).max_by_key(|&(l, n)| (n, std::cmp::Reverse(l))).unwrap_or((0, 0));
        if best_n > 0 {
            let share = if best_n == named {
                0
            } else if best_n * 2 >= named {
                1
            } else {
                2
            };
            add_row(&mut acc, table, rows.majority[best][share]);
            add_row(&mut acc, table, rows.majority_own[best][own][share]);
        }
        let o_share = (other[0] as u32 * 4 / named).min(4) as usize;
        add_row(&mut acc, table, rows.o_share[o_share][ci]);
    }
    add_row(&mut acc, table, rows.lower_seen[(other[5] > 0) as usize][ci]);
    acc
}

/// Scores from an accumulator: weight units to score units.
#[inline]
pub(crate) fn scores(acc: &Acc, scale: f32) -> [f32; NTAGS] {
    let inv = 1.0 / scale;
    let mut e = [0f32; NTAGS];
    for (x, &a) in e.iter_mut().zip(acc) {
        *x = a as f32 * inv;
    }
    e
}
