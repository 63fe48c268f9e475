//! Feature extraction: per-token facts are computed once per sentence into
//! reusable buffers, then every token's features are hashed straight into
//! bucket indexes of the flat weight table. Nothing here allocates once the
//! buffers have grown to the longest sentence seen.

use newsledger_text::Token;

use crate::hash::{add_lower, feat1, feat2, feat3, norm_char, Hasher};
use crate::lexicon::{GazBits, Lexicon, PhraseKey, GAZ_TYPES, PREFIX};

/// Bump when features change: a model records the version it was trained with.
pub(crate) const FEATURE_VERSION: u32 = 6;

/// How a word was found in the lexicon.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum CaseVariant {
    Exact = 0,
    Title = 1,
    Lower = 2,
    Missing = 3,
}

/// Hash of the normalised form in the given casing; equal to
/// `hash::hash_str` of that string, the key of lexicon words.
pub(crate) fn hash_variant(s: &str, variant: CaseVariant) -> u64 {
    let mut h = Hasher::new(1);
    for (i, c) in s.chars().enumerate() {
        let c = norm_char(c);
        match variant {
            CaseVariant::Title if i == 0 => {
                for u in c.to_uppercase() {
                    h.add(u as u64);
                }
            }
            CaseVariant::Title | CaseVariant::Lower => add_lower(&mut h, c),
            CaseVariant::Exact | CaseVariant::Missing => h.add(c as u64),
        }
    }
    h.finish()
}

/// Capitalisation classes.
pub(crate) mod caps {
    pub const LOWER: u8 = 0;
    pub const TITLE: u8 = 1;
    pub const ALLCAPS: u8 = 2;
    pub const SINGLE_UPPER: u8 = 3;
    pub const MIXED: u8 = 4;
    pub const NUMBER: u8 = 5;
    pub const ALNUM: u8 = 6;
    pub const PUNCT: u8 = 7;
    pub const BOS: u8 = 8;
    pub const EOS: u8 = 9;
}

/// Sentence casing modes: headlines and datelines are cased differently
/// from running text, and the same word means different things there.
pub(crate) const MODE_RUNNING: u64 = 0;
pub(crate) const MODE_TITLE: u64 = 1;
const MODE_CAPS: u64 = 2;

pub(crate) const BOS: u64 = 0xB0B0_5EED;
pub(crate) const EOS: u64 = 0xE0E0_5EED;

/// What the features need to know about one token, from its text alone
/// (plus `gaz`, from the tokens around it).
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct TokenInfo {
    pub form: u64,
    pub lower: u64,
    pub shape: u64,
    pub short_shape: u64,
    pub prefix: [u64; 4],
    pub suffix: [u64; 4],
    /// How many of `prefix`/`suffix` are set (words shorter than 5 chars have fewer).
    pub affixes: u8,
    pub cluster: u32,
    /// Embedding classes of the lower-case form, `fine << 16 | coarse`; 0 = none.
    pub embedding: u32,
    pub variant: u8,
    pub prob: u8,
    pub lower_prob: u8,
    /// Raw −10·log-probabilities of the form (as found) and of its lower
    /// case; 255 when unknown.
    pub form_nlp: u8,
    pub lower_nlp: u8,
    pub caps: u8,
    pub len_bucket: u8,
    /// Bit `type * 4 + position` (B, I, L, U) per gazetteer type.
    pub gaz: GazBits,
}

/// Reusable buffers for extracting one sentence's features.
#[derive(Default)]
pub(crate) struct FeatureBuffers {
    infos: Vec<TokenInfo>,
    chars: Vec<char>,
    lowered: String,
    gaz_len: Vec<[u8; GAZ_TYPES]>,
    gaz_facts: Vec<(u64, u8, u32)>,
    gaz_bits: Vec<GazBits>,
    /// Bucket indexes of every token's features, token after token.
    pub feats: Vec<u32>,
    /// `feats[starts[i]..starts[i + 1]]` are token `i`'s features.
    pub starts: Vec<u32>,
}

impl FeatureBuffers {
    pub(crate) fn token_features(&self, i: usize) -> &[u32] {
        &self.feats[self.starts[i] as usize..self.starts[i + 1] as usize]
    }

    /// Hash of token `i`'s normalised lower-case form (the document-level key).
    pub(crate) fn lower(&self, i: usize) -> u64 {
        self.infos[i].lower
    }

    /// Each token's gazetteer bits (`type * 4 + position`).
    #[cfg(test)]
    pub(crate) fn gazetteer_bits(&self) -> Vec<GazBits> {
        self.infos.iter().map(|i| i.gaz).collect()
    }

    /// Capitalisation class of token `i` (see [`caps`]).
    pub(crate) fn caps(&self, i: usize) -> u8 {
        self.infos[i].caps
    }

    /// Computes the features of `tokens` (one sentence) as bucket indexes in
    /// a table of `1 << bits` rows.
    pub(crate) fn extract(&mut self, text: &str, tokens: &[Token], lexicon: &Lexicon, bits: u32) {
        let n = tokens.len();
        self.infos.clear();
        self.feats.clear();
        self.starts.clear();
        for t in tokens {
            let s = text.get(t.start as usize..t.end as usize).unwrap_or("");
            let info = token_info(s, lexicon, &mut self.chars);
            self.infos.push(info);
        }
        self.gazetteer(lexicon);
        let mut mode = sentence_mode(self.infos.iter().map(|t| (t.caps, t.len_bucket)));
        if mode == MODE_TITLE {
            self.truecase_title(text, tokens, lexicon);
            mode = sentence_mode(self.infos.iter().map(|t| (t.caps, t.len_bucket)));
        }
        let shift = 64 - bits;
        self.starts.push(0);
        for i in 0..n {
            let infos = &self.infos;
            let cur = &infos[i];
            let prev = if i > 0 { Some(&infos[i - 1]) } else { None };
            let next = infos.get(i + 1);
            let prev2 = if i > 1 { Some(&infos[i - 2]) } else { None };
            let next2 = infos.get(i + 2);
            let lower = |t: Option<&TokenInfo>, edge: u64| t.map_or(edge, |t| t.lower);
            let shape = |t: Option<&TokenInfo>, edge: u64| t.map_or(edge, |t| t.shape);
            let sshape = |t: Option<&TokenInfo>, edge: u64| t.map_or(edge, |t| t.short_shape);
            let capsof = |t: Option<&TokenInfo>, edge: u8| t.map_or(edge, |t| t.caps) as u64;
            let (lm1, lp1) = (lower(prev, BOS), lower(next, EOS));
            let f = &mut self.feats;
            let mut push = |h: u64| f.push((h >> shift) as u32);

            push(feat1(0, 0));
            push(feat1(1, cur.form));
            push(feat1(2, cur.lower));
            push(feat1(3, cur.shape));
            push(feat1(4, cur.short_shape));
            for k in 0..cur.affixes as usize {
                push(feat1(5, cur.prefix[k]));
                push(feat1(6, cur.suffix[k]));
            }
            push(feat1(7, lm1));
            push(feat1(8, lp1));
            push(feat1(9, lower(prev2, BOS)));
            push(feat1(10, lower(next2, EOS)));
            push(feat2(11, shape(prev, BOS), cur.shape));
            push(feat2(12, cur.shape, shape(next, EOS)));
            push(feat3(13, sshape(prev, BOS), cur.short_shape, sshape(next, EOS)));
            push(feat2(14, lm1, cur.lower));
            push(feat2(15, cur.lower, lp1));
            if cur.cluster != 0 {
                for (k, bits) in [4u32, 6, 10, 20].into_iter().enumerate() {
                    push(feat2(16, k as u64, (cur.cluster & ((1u32 << bits) - 1)) as u64));
                }
                push(feat2(30, cur.cluster as u64, cur.caps as u64));
            } else {
                push(feat2(16, 99, cur.caps as u64));
            }
            push(feat1(17, prev.map_or(BOS, |t| t.cluster as u64)));
            push(feat1(18, next.map_or(EOS, |t| t.cluster as u64)));
            push(feat1(32, prev2.map_or(BOS, |t| (t.cluster & 0x3FF) as u64)));
            push(feat1(33, next2.map_or(EOS, |t| (t.cluster & 0x3FF) as u64)));
            push(feat2(34, prev.map_or(BOS, |t| (t.cluster & 0x3F) as u64), (cur.cluster & 0x3F) as u64));
            push(feat2(35, (cur.cluster & 0x3F) as u64, next.map_or(EOS, |t| (t.cluster & 0x3F) as u64)));
            push_embedding_features(cur, &mut push);
            push(feat1(54, prev.map_or(BOS, |t| embedding_fine(t.embedding))));
            push(feat1(55, next.map_or(EOS, |t| embedding_fine(t.embedding))));
            push(feat1(56, prev2.map_or(BOS, |t| embedding_coarse(t.embedding))));
            push(feat1(57, next2.map_or(EOS, |t| embedding_coarse(t.embedding))));
            push(feat2(19, cur.prob as u64, cur.caps as u64));
            push(feat3(20, cur.lower_prob as u64, cur.caps as u64, cur.variant as u64));
            for_bits(cur.gaz, |b| push(feat1(21, b)));
            if let Some(p) = prev {
                for_bits(p.gaz, |b| push(feat1(22, b)));
            }
            if let Some(nx) = next {
                for_bits(nx.gaz, |b| push(feat1(23, b)));
            }
            if let Some(p2) = prev2 {
                for_bits(p2.gaz, |b| push(feat1(58, b)));
            }
            if let Some(n2) = next2 {
                for_bits(n2.gaz, |b| push(feat1(59, b)));
            }
            if i == 0 {
                push(feat1(24, cur.caps as u64));
            }
            if mode != MODE_RUNNING {
                push(feat2(25, mode, cur.lower));
                push(feat2(26, mode, cur.shape));
            }
            push(feat3(27, capsof(prev, caps::BOS), cur.caps as u64, capsof(next, caps::EOS)));
            push(feat2(28, lm1, cur.short_shape));
            push(feat2(29, cur.short_shape, lp1));
            push(feat2(31, cur.len_bucket as u64, cur.caps as u64));
            self.starts.push(self.feats.len() as u32);
        }
    }

    /// In a Title-Case headline ("Drone Strikes and Covert Operations"),
    /// words far more frequent in lower case than capitalised are analysed
    /// as their lower-case form, so the headline looks like running text
    /// (which the model was trained on) and capitalisation marks names
    /// again. The first word stays as it is, as in a sentence.
    fn truecase_title(&mut self, text: &str, tokens: &[Token], lexicon: &Lexicon) {
        let mut lowered = std::mem::take(&mut self.lowered);
        let mut changed = false;
        for (i, t) in tokens.iter().enumerate().skip(1) {
            if !truecase_to_lower(&self.infos[i]) {
                continue;
            }
            let s = text.get(t.start as usize..t.end as usize).unwrap_or("");
            lowered.clear();
            lowered.extend(s.chars().flat_map(char::to_lowercase));
            self.infos[i] = token_info(&lowered, lexicon, &mut self.chars);
            changed = true;
        }
        self.lowered = lowered;
        if changed {
            self.gazetteer(lexicon);
        }
    }

    /// Marks every token's position in the longest gazetteer phrase of each
    /// type that covers it (see [`gazetteer_positions`]).
    fn gazetteer(&mut self, lexicon: &Lexicon) {
        let mut gaz_len = std::mem::take(&mut self.gaz_len);
        let infos = &mut self.infos;
        // The one-token key is looked up like the longer ones here.
        let first = |t: &TokenInfo| {
            let mut key = PhraseKey::new();
            key.push(t.lower);
            lexicon.phrase(key.finish())
        };
        let (mut facts, mut gaz) = (std::mem::take(&mut self.gaz_facts), std::mem::take(&mut self.gaz_bits));
        facts.clear();
        facts.extend(infos.iter().map(|t| (t.lower, t.caps, first(t))));
        gaz.resize(infos.len(), 0);
        gazetteer_positions(&facts, lexicon, &mut gaz_len, &mut gaz);
        for (info, &g) in infos.iter_mut().zip(&gaz) {
            info.gaz = g;
        }
        (self.gaz_len, self.gaz_facts, self.gaz_bits) = (gaz_len, facts, gaz);
    }
}

/// Whether a Title-Case headline's word (not its first) is analysed as its
/// lower case form: lower case must be at least e^1.5 ≈ 4.5 times as
/// frequent as the capitalised form.
pub(crate) fn truecase_to_lower(info: &TokenInfo) -> bool {
    const MARGIN: u16 = 15;
    if info.caps != caps::TITLE || info.lower_nlp == 255 {
        return false;
    }
    !(info.form_nlp != 255 && (info.lower_nlp as u16 + MARGIN) > info.form_nlp as u16)
}

/// Marks every token's position in the longest gazetteer phrase of each
/// type that covers it. Phrases must start and end with a capitalised
/// token (except person titles), so "may" or "bill" don't match.
/// `tokens` gives each token's lower-case hash, capitalisation class and
/// the phrase flags of itself alone (`Lexicon::phrase` of its one-token
/// key); `gaz` receives bit `type * 4 + position` (B, I, L, U) per type.
pub(crate) fn gazetteer_positions(tokens: &[(u64, u8, u32)], lexicon: &Lexicon, gaz_len: &mut Vec<[u8; GAZ_TYPES]>, gaz: &mut [GazBits]) {
    let n = tokens.len();
    gaz_len.clear();
    gaz_len.resize(n, [0; GAZ_TYPES]);
    gaz.fill(0);
    let max = lexicon.max_phrase_tokens();
    for i in 0..n {
        let (lower, first_caps, alone) = tokens[i];
        if first_caps == caps::PUNCT || first_caps == caps::NUMBER {
            continue;
        }
        let mut key = PhraseKey::new();
        key.push(lower);
        for j in i..n.min(i + max) {
            let found = if j == i {
                alone
            } else {
                key.push(tokens[j].0);
                lexicon.phrase(key.finish())
            };
            if found == 0 {
                break;
            }
            // Without PREFIX no longer phrase starts with these tokens: the
            // next look-up would find nothing (and cost a cache miss).
            let extends = found & PREFIX != 0;
            let types = found & !PREFIX;
            if types == 0 {
                continue;
            }
            let lower_edge = first_caps == caps::LOWER || tokens[j].1 == caps::LOWER;
            let len = (j - i + 1) as u8;
            for ty in 0..GAZ_TYPES {
                if types & (1 << ty) == 0 || (lower_edge && ty != crate::lexicon::GazType::PerTitle as usize) {
                    continue;
                }
                for k in i..=j {
                    if gaz_len[k][ty] < len {
                        gaz_len[k][ty] = len;
                        let pos = if len == 1 {
                            3
                        } else if k == i {
                            0
                        } else if k == j {
                            2
                        } else {
                            1
                        };
                        gaz[k] &= !(0xF << (ty * 4));
                        gaz[k] |= 1 << (ty * 4 + pos);
                    }
                }
            }
            if !extends {
                break;
            }
        }
    }
}

/// Analyses one token's text: hashes of its form, lower case, shapes and
/// affixes, its capitalisation class and what the lexicon knows about it.
/// `chars` is a reusable buffer.
pub(crate) fn token_info(s: &str, lexicon: &Lexicon, chars: &mut Vec<char>) -> TokenInfo {
    let mut form = Hasher::new(3);
    let mut lower = Hasher::new(2);
    let mut exact = Hasher::new(1);
    let mut lower_exact = Hasher::new(1);
    let mut shape = Hasher::new(4);
    let mut short_shape = Hasher::new(5);
    let (mut upper_n, mut lower_n, mut digit_n, mut other_n) = (0u32, 0u32, 0u32, 0u32);
    let mut first_upper = false;
    let (mut last_class, mut run) = ('\0', 0u32);
    chars.clear();
    for (i, c) in s.chars().enumerate() {
        let c = norm_char(c);
        exact.add(c as u64);
        add_lower(&mut lower, c);
        add_lower(&mut lower_exact, c);
        let class = if c.is_uppercase() {
            upper_n += 1;
            first_upper |= i == 0;
            'X'
        } else if c.is_lowercase() {
            lower_n += 1;
            'x'
        } else if c.is_numeric() {
            digit_n += 1;
            'd'
        } else {
            other_n += 1;
            c
        };
        form.add(if class == 'd' { '0' as u64 } else { c as u64 });
        if class == last_class {
            run += 1;
        } else {
            run = 1;
            short_shape.add(class as u64);
        }
        if run <= 3 {
            shape.add(class as u64);
        }
        last_class = class;
        if c.is_ascii() {
            chars.push(c.to_ascii_lowercase());
        } else {
            chars.extend(c.to_lowercase());
        }
    }
    let _ = other_n;
    let alpha = upper_n + lower_n;
    let caps = if alpha == 0 {
        if digit_n > 0 {
            caps::NUMBER
        } else {
            caps::PUNCT
        }
    } else if digit_n > 0 {
        caps::ALNUM
    } else if first_upper {
        if lower_n == 0 {
            if upper_n == 1 {
                caps::SINGLE_UPPER
            } else {
                caps::ALLCAPS
            }
        } else if upper_n == 1 {
            caps::TITLE
        } else {
            caps::MIXED
        }
    } else if upper_n > 0 {
        caps::MIXED
    } else {
        caps::LOWER
    };
    let mut info = TokenInfo {
        form: form.finish(),
        lower: lower.finish(),
        shape: shape.finish(),
        short_shape: short_shape.finish(),
        caps,
        len_bucket: (chars.len().min(12)) as u8,
        ..TokenInfo::default()
    };
    let nchars = chars.len();
    let affixes = nchars.saturating_sub(1).min(4);
    for k in 0..affixes {
        let mut p = Hasher::new(10 + k as u64);
        for &c in &chars[..=k] {
            p.add(c as u64);
        }
        info.prefix[k] = p.finish();
        let mut q = Hasher::new(20 + k as u64);
        for &c in &chars[nchars - 1 - k..] {
            q.add(c as u64);
        }
        info.suffix[k] = q.finish();
    }
    info.affixes = affixes as u8;
    let (word, variant) = lexicon.word(s, exact.finish());
    info.cluster = word.cluster;
    info.variant = variant as u8;
    info.prob = prob_bucket(variant != CaseVariant::Missing, word.neg_logprob);
    info.form_nlp = if variant == CaseVariant::Exact { word.neg_logprob.min(254) } else { 255 };
    let lower_exact = lower_exact.finish();
    info.embedding = lexicon.embedding_classes(lower_exact);
    let lw = lexicon.word_exact(lower_exact);
    info.lower_prob = prob_bucket(lw.is_some(), lw.map_or(0, |w| w.neg_logprob));
    info.lower_nlp = lw.map_or(255, |w| w.neg_logprob.min(254));
    info
}

/// Fine embedding class (0 = none).
#[inline]
pub(crate) fn embedding_fine(classes: u32) -> u64 {
    (classes >> 16) as u64
}

/// Coarse embedding class (0 = none).
#[inline]
pub(crate) fn embedding_coarse(classes: u32) -> u64 {
    (classes & 0xFFFF) as u64
}

/// A token's own embedding-class features (templates 51–53); the runtime's
/// word cache sums the same ones.
#[inline]
pub(crate) fn push_embedding_features(t: &TokenInfo, push: &mut impl FnMut(u64)) {
    if t.embedding == 0 {
        push(feat2(51, 0, t.caps as u64));
    } else {
        push(feat1(51, embedding_fine(t.embedding)));
        push(feat1(52, embedding_coarse(t.embedding)));
        push(feat2(53, embedding_coarse(t.embedding), t.caps as u64));
    }
}

fn prob_bucket(known: bool, neg_logprob: u8) -> u8 {
    if known {
        1 + neg_logprob / 15
    } else {
        0
    }
}

#[inline]
fn for_bits(mut bits: GazBits, mut f: impl FnMut(u64)) {
    while bits != 0 {
        let b = bits.trailing_zeros() as u64;
        f(b);
        bits &= bits - 1;
    }
}

/// The casing mode of a sentence from its tokens' (capitalisation class, length bucket).
pub(crate) fn sentence_mode(tokens: impl Iterator<Item = (u8, u8)>) -> u64 {
    let (mut alpha, mut allcaps, mut long_lower) = (0, 0, 0);
    for (caps, len_bucket) in tokens {
        match caps {
            caps::ALLCAPS => {
                alpha += 1;
                allcaps += 1;
            }
            caps::TITLE | caps::MIXED | caps::SINGLE_UPPER => alpha += 1,
            caps::LOWER => {
                alpha += 1;
                // Short lower-case words ("of", "to", "in") stay lower in headlines.
                if len_bucket > 3 {
                    long_lower += 1;
                }
            }
            _ => {}
        }
    }
    if alpha >= 2 && allcaps * 10 >= alpha * 7 {
        MODE_CAPS
    } else if alpha >= 3 && long_lower == 0 {
        MODE_TITLE
    } else {
        MODE_RUNNING
    }
}
