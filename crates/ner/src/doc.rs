//! Document-level features for the second stage: a name's other mentions in
//! the same article usually carry the same type ("Washington" the capital vs.
//! the person; a club named after its city), and a headline word in capitals
//! is often spelled in lower case further down. The first stage tags every
//! sentence alone; the second sees, for each capitalised token, how the first
//! stage labelled the same word elsewhere in the document, and whether the
//! document uses it in lower case.

use std::collections::HashMap;

use crate::features::caps;
use crate::hash::{feat1, feat2, feat3, PreHashed};
use crate::tags::O;

/// Index of the label of a tag: 0 = O, 1..=4 = PER, ORG, LOC, MISC.
#[inline]
pub(crate) fn label_slot(tag: u8) -> usize {
    if tag == O {
        0
    } else {
        1 + (tag as usize - 1) / 4
    }
}

/// Counts per lower-cased form: first-stage labels of its capitalised
/// occurrences (slots 0..=4), its lower-case occurrences (slot 5), and its
/// occurrences inside multi-token mentions of each label (slots 6..=9: a
/// surname seen after a first name, a city inside a club's name).
#[derive(Default)]
pub(crate) struct DocCounts {
    map: HashMap<u64, [u16; 10], PreHashed>,
    /// Share of number tokens in the document, in fifths: results tables
    /// (sports, markets) name teams and places differently from prose.
    numeric_bucket: u64,
}

/// What the document-level features need about every token of a document.
pub(crate) struct DocView<'a> {
    pub lower: &'a [u64],
    pub caps: &'a [u8],
    /// First-stage tags.
    pub first: &'a [u8],
}

/// Whether a tag is B, I or L (part of a mention of two tokens or more).
fn in_multi_token_mention(tag: u8) -> bool {
    tag != O && (tag - 1) % 4 != 3
}

fn is_name_like(c: u8) -> bool {
    matches!(c, caps::TITLE | caps::ALLCAPS | caps::SINGLE_UPPER | caps::MIXED | caps::ALNUM)
}

impl DocCounts {
    pub(crate) fn fill(&mut self, doc: &DocView<'_>) {
        self.map.clear();
        let numbers = doc.caps.iter().filter(|&&c| c == caps::NUMBER).count();
        self.numeric_bucket = (numbers * 5 / doc.caps.len().max(1)).min(4) as u64;
        for g in 0..doc.lower.len() {
            let c = doc.caps[g];
            let slot = if c == caps::LOWER {
                5
            } else if is_name_like(c) {
                label_slot(doc.first[g])
            } else {
                continue;
            };
            let e = self.map.entry(doc.lower[g]).or_insert([0; 10]);
            e[slot] = e[slot].saturating_add(1);
            if slot != 5 && in_multi_token_mention(doc.first[g]) {
                e[5 + slot] = e[5 + slot].saturating_add(1);
            }
        }
    }

    /// Appends the document features of token `g` (in sentence tokens
    /// `start..end` of the document) as bucket indexes.
    pub(crate) fn features(&self, doc: &DocView<'_>, g: usize, start: usize, end: usize, bits: u32, out: &mut Vec<u32>) {
        let shift = 64 - bits;
        let mut push = |h: u64| out.push((h >> shift) as u32);
        let t = doc.first[g] as u64;
        let prev = if g > start { doc.first[g - 1] as u64 } else { 99 };
        let next = if g + 1 < end { doc.first[g + 1] as u64 } else { 98 };
        push(feat1(40, t));
        push(feat2(41, prev, t));
        push(feat2(42, t, next));
        let c = doc.caps[g];
        if !is_name_like(c) {
            return;
        }
        push(feat2(47, doc.lower[g], label_slot(doc.first[g]) as u64));
        push(feat2(48, self.numeric_bucket, t));
        let Some(counts) = self.map.get(&doc.lower[g]) else { return };
        let mut other = *counts;
        let own = label_slot(doc.first[g]);
        other[own] = other[own].saturating_sub(1);
        if own != 0 && in_multi_token_mention(doc.first[g]) {
            other[5 + own] = other[5 + own].saturating_sub(1);
        }
        for l in 1..5 {
            if other[5 + l] > 0 {
                push(feat3(49, l as u64, own as u64, in_multi_token_mention(doc.first[g]) as u64));
            }
        }
        let named: u32 = other[..5].iter().map(|&x| x as u32).sum();
        let own_label = own as u64;
        if named > 0 {
            let (best, best_n) = (1..5).map(|l| (l, other[l] as u32)).max_by_key(|&(l, n)| (n, std::cmp::Reverse(l))).unwrap_or((0, 0));
            if best_n > 0 {
                let share = if best_n == named {
                    0u64
                } else if best_n * 2 >= named {
                    1
                } else {
                    2
                };
                push(feat2(43, best as u64, share));
                push(feat3(45, best as u64, own_label, share));
            }
            let o_share = (other[0] as u32 * 4 / named).min(4) as u64;
            push(feat2(44, o_share, c as u64));
        }
        push(feat2(46, (other[5] > 0) as u64, c as u64));
    }
}
