//! The English word lists for quantities, events and modality, compiled once.
//!
//! Every word of every list gets a numeric id; a document's tokens are mapped
//! to ids once (one hash lookup per token, no allocation per token), and all
//! phrase matching after that compares ids. Phrases are tokenised with the
//! same tokenizer as documents, so "don't" and "U.S.-led" split the same way.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

use newsledger_model::EventType;
use newsledger_text::Token;

/// The id of a word no list contains.
pub(crate) const UNKNOWN: u32 = u32::MAX;
/// Longest word (in bytes) the lists hold; longer tokens are never looked up.
const MAX_WORD: usize = 40;

/// A small multiplicative hash: the keys are short words and ids, where
/// SipHash's DoS resistance buys nothing and costs most of the lookup time.
#[derive(Default, Clone, Copy)]
pub(crate) struct WordHasher(u64);

impl WordHasher {
    #[inline]
    fn add(&mut self, v: u64) {
        self.0 = (self.0.rotate_left(5) ^ v).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

impl Hasher for WordHasher {
    fn write(&mut self, bytes: &[u8]) {
        // Eight bytes at a time: most words are one or two rounds.
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut w = [0u8; 8];
            w.copy_from_slice(c);
            self.add(u64::from_le_bytes(w));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut w = [0u8; 8];
            w[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(w));
        }
    }
    fn write_usize(&mut self, n: usize) {
        self.add(n as u64);
    }
    fn write_u64(&mut self, n: u64) {
        self.add(n);
    }
    fn write_u32(&mut self, n: u32) {
        self.add(u64::from(n));
    }
    fn finish(&self) -> u64 {
        // The multiply leaves the well-mixed bits at the top; the table
        // indexes with the low ones.
        self.0.rotate_left(26)
    }
}

pub(crate) type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<WordHasher>>;

/// Lower-cases `word` into `buf` (ASCII only) and maps the curly apostrophe
/// to a straight one. `None` when the word is too long to be in any list.
fn normalise<'b>(word: &str, buf: &'b mut [u8; MAX_WORD]) -> Option<&'b [u8]> {
    let mut n = 0;
    let bytes = word.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let (out, step) = if b == 0xE2 && bytes.get(i + 1) == Some(&0x80) && matches!(bytes.get(i + 2), Some(&0x98) | Some(&0x99)) {
            (b'\'', 3)
        } else {
            (b.to_ascii_lowercase(), 1)
        };
        if n == MAX_WORD {
            return None;
        }
        buf[n] = out;
        n += 1;
        i += step;
    }
    Some(&buf[..n])
}

/// Word → id. Words of up to 16 bytes (nearly all) are keyed by two
/// integers, so a lookup compares registers instead of following a pointer.
#[derive(Default)]
pub(crate) struct Vocab {
    short: ShortTable,
    long: FastMap<Box<[u8]>, u32>,
    /// The id of "US" and "U.S." in capitals: the country. Words are
    /// looked up lower-cased, which would make it the pronoun "us".
    pub country_us: u32,
}

/// An open-addressing table from two-integer word keys to ids: a lookup is
/// one multiply and, nearly always, one probe (a general hash map spends
/// several times longer on these keys, and this lookup runs once per token).
#[derive(Default)]
struct ShortTable {
    /// `(key, id)`; the empty slot has key `(0, 0)`, which no word has.
    slots: Vec<((u64, u64), u32)>,
    len: usize,
}

impl ShortTable {
    #[inline]
    fn slot(&self, key: (u64, u64)) -> usize {
        let h = (key.0 ^ key.1.rotate_left(29)).wrapping_mul(0x9e37_79b9_7f4a_7c15);
        (h >> 32) as usize & (self.slots.len() - 1)
    }

    #[inline]
    fn get(&self, key: (u64, u64)) -> Option<u32> {
        if self.slots.is_empty() {
            return None;
        }
        let mut i = self.slot(key);
        loop {
            let (k, id) = self.slots[i];
            if k == key {
                return Some(id);
            }
            if k == (0, 0) {
                return None;
            }
            i = (i + 1) & (self.slots.len() - 1);
        }
    }

    fn insert_new(&mut self, key: (u64, u64), id: u32) -> u32 {
        if let Some(old) = self.get(key) {
            return old;
        }
        // Keep the table at most a quarter full.
        if (self.len + 1) * 4 > self.slots.len() {
            let old = std::mem::take(&mut self.slots);
            self.slots = vec![((0, 0), 0); (old.len() * 2).max(1024)];
            self.len = 0;
            for (k, v) in old.into_iter().filter(|(k, _)| *k != (0, 0)) {
                self.insert_new(k, v);
            }
        }
        let mut i = self.slot(key);
        while self.slots[i].0 != (0, 0) {
            i = (i + 1) & (self.slots.len() - 1);
        }
        self.slots[i] = (key, id);
        self.len += 1;
        id
    }
}

/// Lower-cases the ASCII letters of eight ASCII bytes at once: a byte
/// from `A` to `Z` gets bit 0x20. (No byte exceeds 0x7f, so the additions
/// never carry into the next byte.)
#[inline]
fn ascii_lower(x: u64) -> u64 {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let at_least_a = x.wrapping_add(0x3f3f_3f3f_3f3f_3f3f); // high bit set where byte >= b'A'
    let above_z = x.wrapping_add(0x2525_2525_2525_2525); // high bit set where byte > b'Z'
    x | ((at_least_a & !above_z & HIGH) >> 2)
}

/// The two-integer key of a normalised word of at most 16 bytes.
#[inline]
fn short_key(key: &[u8]) -> Option<(u64, u64)> {
    if key.len() > 16 {
        return None;
    }
    let mut b = [0u8; 16];
    b[..key.len()].copy_from_slice(key);
    let mut lo = [0u8; 8];
    let mut hi = [0u8; 8];
    lo.copy_from_slice(&b[..8]);
    hi.copy_from_slice(&b[8..]);
    Some((u64::from_le_bytes(lo), u64::from_le_bytes(hi)))
}

impl Vocab {
    fn len(&self) -> usize {
        self.short.len + self.long.len()
    }

    /// Gives the country "US" its own id, under a key no lower-cased
    /// lookup produces.
    fn reserve_country_us(&mut self) {
        let id = self.len() as u32;
        self.country_us = self.short.insert_new((u64::from_le_bytes(*b"US\0\0\0\0\0\0"), 0), id);
    }

    /// "US" or "U.S." as printed: the country, not the pronoun.
    #[inline]
    fn is_country_us(word: &[u8]) -> bool {
        word == b"US" || word == b"U.S."
    }

    pub(super) fn intern(&mut self, word: &str) -> u32 {
        let mut buf = [0u8; MAX_WORD];
        let Some(key) = normalise(word, &mut buf) else { return UNKNOWN };
        let id = self.len() as u32;
        match short_key(key) {
            Some(k) => self.short.insert_new(k, id),
            None => *self.long.entry(key.into()).or_insert(id),
        }
    }

    pub(crate) fn get(&self, word: &str) -> u32 {
        let bytes = word.as_bytes();
        if Self::is_country_us(bytes) {
            return self.country_us;
        }
        // Fast path: short ASCII words, lower-cased eight bytes at a time.
        if bytes.len() <= 16 && bytes.is_ascii() {
            let mut b = [0u8; 16];
            b[..bytes.len()].copy_from_slice(bytes);
            let mut lo = [0u8; 8];
            let mut hi = [0u8; 8];
            lo.copy_from_slice(&b[..8]);
            hi.copy_from_slice(&b[8..]);
            let key = (ascii_lower(u64::from_le_bytes(lo)), ascii_lower(u64::from_le_bytes(hi)));
            return self.short.get(key).unwrap_or(UNKNOWN);
        }
        let mut buf = [0u8; MAX_WORD];
        let Some(key) = normalise(word, &mut buf) else { return UNKNOWN };
        let found = match short_key(key) {
            Some(k) => self.short.get(k),
            None => self.long.get(key).copied(),
        };
        found.unwrap_or(UNKNOWN)
    }

    /// Ids of `tokens` (one per token, [`UNKNOWN`] for words no list has;
    /// digits are never looked up).
    pub(crate) fn token_ids(&self, text: &str, tokens: &[Token]) -> Vec<u32> {
        let bytes = text.as_bytes();
        tokens
            .iter()
            .map(|t| {
                if t.kind == newsledger_text::TokenKind::Number {
                    return UNKNOWN;
                }
                let (start, end) = (t.start as usize, t.end as usize);
                let len = end - start;
                if Self::is_country_us(&bytes[start..end]) {
                    return self.country_us;
                }
                // Fast path: read sixteen bytes in place and mask to the word.
                if len <= 16 && start + 16 <= bytes.len() {
                    let mut lo = [0u8; 8];
                    let mut hi = [0u8; 8];
                    lo.copy_from_slice(&bytes[start..start + 8]);
                    hi.copy_from_slice(&bytes[start + 8..start + 16]);
                    let (mut lo, mut hi) = (u64::from_le_bytes(lo), u64::from_le_bytes(hi));
                    if len < 8 {
                        lo &= (1u64 << (8 * len)) - 1;
                        hi = 0;
                    } else if len < 16 {
                        hi &= (1u64 << (8 * (len - 8))) - 1;
                    }
                    if (lo | hi) & 0x8080_8080_8080_8080 == 0 {
                        return self.short.get((ascii_lower(lo), ascii_lower(hi))).unwrap_or(UNKNOWN);
                    }
                }
                self.get(t.text(text))
            })
            .collect()
    }

    /// Tokenises a phrase from a list and interns its words. Clitics written
    /// alone ("'ll", "n't") are one token, as the tokenizer makes them when
    /// they are attached to a word.
    pub(super) fn phrase(&mut self, phrase: &str) -> Vec<u32> {
        let mut ids = Vec::new();
        for word in phrase.split_whitespace() {
            if word.starts_with('\'') || word.starts_with('’') || word == "n't" || word == "n’t" {
                ids.push(self.intern(word));
            } else {
                ids.extend(newsledger_text::tokenize(word).iter().map(|t| self.intern(t.text(word))));
            }
        }
        ids
    }
}

/// A phrase as word ids, with its payload.
type Phrase<T> = (Box<[u32]>, T);

/// Phrases (id sequences) with a payload, matched longest-first.
pub(crate) struct PhraseTable<T> {
    by_first: FastMap<u32, Vec<Phrase<T>>>,
}

impl<T> Default for PhraseTable<T> {
    fn default() -> Self {
        PhraseTable { by_first: FastMap::default() }
    }
}

impl<T> PhraseTable<T> {
    pub(super) fn insert(&mut self, ids: Vec<u32>, value: T) {
        if ids.is_empty() || ids.contains(&UNKNOWN) {
            return;
        }
        let list = self.by_first.entry(ids[0]).or_default();
        list.push((ids.into_boxed_slice(), value));
        // Longest first, so the first hit at a position is the longest.
        list.sort_by_key(|p| std::cmp::Reverse(p.0.len()));
    }

    /// The longest phrase starting at `ids[i]` and ending by `end`:
    /// its length in tokens and its payload.
    pub(crate) fn longest_at(&self, ids: &[u32], i: usize, end: usize) -> Option<(usize, &T)> {
        self.longest_entry(ids, i, end).map(|(p, v)| (p.len(), v))
    }

    /// The entry of the longest phrase starting at `ids[i]` and ending by
    /// `end` (the first listed when a form has several).
    fn longest_entry(&self, ids: &[u32], i: usize, end: usize) -> Option<&Phrase<T>> {
        let first = *ids.get(i)?;
        if first == UNKNOWN {
            return None;
        }
        let list = self.by_first.get(&first)?;
        let end = end.min(ids.len());
        // Longest first: the first entry that fits is the longest phrase.
        list.iter().find(|(p, _)| i + p.len() <= end && ids[i..i + p.len()] == p[..])
    }

    /// Every entry of the longest phrase starting at `ids[i]` and ending by
    /// `end`, in file order: a form listed on several lines (each with its
    /// own conditions) gives each of its entries. Empty when none starts there.
    pub(crate) fn longest_entries_at(&self, ids: &[u32], i: usize, end: usize) -> (usize, impl Iterator<Item = &T> + '_) {
        let longest: Option<&[u32]> = self.longest_entry(ids, i, end).map(|(p, _)| &p[..]);
        let list: &[Phrase<T>] = longest.and_then(|p| self.by_first.get(&p[0])).map_or(&[], |l| &l[..]);
        (longest.map_or(0, <[u32]>::len), list.iter().filter(move |(p, _)| Some(&p[..]) == longest).map(|(_, v)| v))
    }

    /// All non-overlapping longest matches in `ids[from..to]`, left to right.
    pub(crate) fn scan(&self, ids: &[u32], from: usize, to: usize) -> Vec<(usize, usize, &T)> {
        let mut out = Vec::new();
        let mut i = from;
        while i < to {
            match self.longest_at(ids, i, to) {
                Some((len, v)) => {
                    out.push((i, i + len, v));
                    i += len;
                }
                None => i += 1,
            }
        }
        out
    }
}

/// Number word kinds (see `quantities_numbers.tsv`).
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum NumberKind {
    Unit,
    Teen,
    Tens,
    Scale,
    Dozen,
    Vague,
}

#[derive(Debug, Clone, Copy)]
pub(crate) struct NumberWord {
    pub value: f64,
    pub kind: NumberKind,
    pub high: Option<f64>,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Bound {
    Low,
    High,
    Approx,
}

#[derive(Debug, Clone)]
pub(crate) struct UnitNoun {
    pub unit: &'static str,
    pub predicate: Option<&'static str>,
}

/// One trigger entry of `events_triggers.tsv`.
#[derive(Debug, Clone)]
pub(crate) struct Trigger {
    pub event_type: EventType,
    pub mode: Option<&'static str>,
    pub pos: Option<Pos>,
    pub obj: Vec<u32>,
    pub prev: Vec<u32>,
    pub sent: Vec<u32>,
    pub not_next: Vec<u32>,
    /// The next token must be one of these ("siege" only before "of").
    pub next: Vec<u32>,
    pub not_prev: Vec<u32>,
    /// None of these words may be in the sentence ("deal" in a shopping
    /// sentence: "cheaper", "bundle", "roundup").
    pub not_sent: Vec<u32>,
    /// None of these words may follow within the object window (6 tokens):
    /// "launched an offensive, firing missiles" is the offensive's.
    pub not_obj: Vec<u32>,
    /// The object window ends before the first of these words or a comma,
    /// colon, semicolon, bracket, dash or full stop ("captured two poachers
    /// near the village": the village is where, not what was captured).
    /// Empty: the whole window.
    pub obj_stops: Vec<u32>,
    pub outcome: bool,
    pub threat: bool,
    /// The sentence's date is when the act was found, not done ("a mass
    /// grave was found on Saturday"): the event gets no date.
    pub undated: bool,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Pos {
    Noun,
    Verb,
}

/// What a modality cue says (see `modality_cues.tsv`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum CueClass {
    Future,
    Would,
    Possible,
    Deontic,
    Planned,
    Threatened,
    Denied,
    Negator,
    Negation,
    Conditional,
    Ongoing,
    Transparent,
    Reporting,
    Barrier,
    Occurred,
    /// A relative future time ("next year", "the coming months"), read by
    /// its own rule rather than as a cue to the left or right.
    FutureTime,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Cue {
    pub class: CueClass,
    pub left: bool,
    pub right: bool,
}

/// Evidence status cues (see `modality_evidence.tsv`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum EvidenceCue {
    Unverified,
    /// An adverb by which the outlet passes a statement on without vouching
    /// for it ("reportedly"): unverified, but only for its own clause.
    Hedge,
    Confirmed,
    Denied,
    Disputed,
    Anaphor,
}

/// All English lists, compiled.
pub(crate) struct Lexicon {
    pub vocab: Vocab,
    pub numbers: PhraseTable<NumberWord>,
    pub bounds: PhraseTable<Bound>,
    /// Bounds written after the number or its noun ("66 or more", "people or more").
    pub bounds_after: PhraseTable<Bound>,
    pub units: PhraseTable<UnitNoun>,
    pub predicates: FastMap<u32, &'static str>,
    pub triggers: PhraseTable<Trigger>,
    pub non_triggers: PhraseTable<()>,
    pub cues: PhraseTable<Cue>,
    pub evidence: PhraseTable<EvidenceCue>,
    /// Ids of frequent function words the extractors test for.
    pub w: Words,
    /// By word id: the word can start a quantity (a number word, a bound,
    /// "a", "an", "between").
    pub starts_quantity: Vec<bool>,
    /// Unnamed groups that act or are acted on (`events_group_actors.tsv`).
    pub groups: super::groups::GroupLexicon,
    /// Plans named again ("the withdrawal"): see `plan_reference`.
    pub plan_ref: super::plan_reference::PlanRefLexicon,
}

/// The groups of `events_agency.tsv` (see `events::agency`).
pub(crate) struct Agency {
    pub non_agents: Vec<u32>,
    pub recording_agents: Vec<u32>,
    pub support_non_agents: Vec<u32>,
    pub relative_words: Vec<u32>,
    pub verbal_attack_forms: Vec<u32>,
    pub criticism_objects: Vec<u32>,
    pub contest_words: Vec<u32>,
    pub primary_words: Vec<u32>,
    pub primary_neighbours: Vec<u32>,
    pub physical_cues: Vec<u32>,
    pub definition_verbs: Vec<u32>,
    pub class_nouns: Vec<u32>,
    pub invasion_forms: Vec<u32>,
    pub invading_people: Vec<u32>,
    pub retelling_adverbs: Vec<u32>,
    pub review_title_words: Vec<u32>,
    pub work_words: Vec<u32>,
    /// One bit per word id: a word of `work_words` or the first word of a
    /// `review_body_cues` item (`events_senses.tsv`). The review test reads
    /// every token of a page, so it asks this first.
    pub fiction_gate: Vec<u64>,
    pub real_world_cues: Vec<u32>,
    pub as_: u32,
}

/// The groups of `events_accidents.tsv` (see `events::accident_death`).
pub(crate) struct Accidents {
    pub collapse_words: Vec<u32>,
    pub structures: Vec<u32>,
    pub fall_nouns: Vec<u32>,
    pub fall_dets: Vec<u32>,
    pub blast_words: Vec<u32>,
    pub blast_site_preps: Vec<u32>,
    pub industrial_words: Vec<u32>,
    pub accident_words: Vec<u32>,
    pub accident_agents: Vec<u32>,
    pub accidental_fire_after: Vec<u32>,
    pub accidental_fire_before: Vec<u32>,
    pub blockers: Vec<u32>,
    pub armed_force_blockers: Vec<u32>,
    pub fire_compounds: Vec<u32>,
}

/// A set of word ids as one bit each.
fn bit_set(ids: impl Iterator<Item = u32>) -> Vec<u64> {
    let mut set = Vec::new();
    for id in ids.filter(|&id| id != UNKNOWN) {
        let (i, bit) = ((id / 64) as usize, id % 64);
        if set.len() <= i {
            set.resize(i + 1, 0);
        }
        set[i] |= 1 << bit;
    }
    set
}

/// The word id is in a set made by [`bit_set`].
#[inline]
pub(crate) fn in_bit_set(set: &[u64], id: u32) -> bool {
    set.get((id / 64) as usize).is_some_and(|x| x & (1 << (id % 64)) != 0)
}

/// A list of words and phrases (`events_senses.tsv`): single words as ids,
/// phrases of several words as id sequences.
#[derive(Default)]
pub(crate) struct WordList {
    words: Vec<u32>,
    /// Longest first. A list has a handful at most, so they are scanned,
    /// not hashed by their first word.
    phrases: Vec<Box<[u32]>>,
}

impl WordList {
    /// The single word `id` is in the list (phrases are not read).
    #[inline]
    pub(crate) fn contains(&self, id: u32) -> bool {
        self.words.contains(&id)
    }

    /// A word of the list, or a phrase of it ending by `end`, starts at `ids[k]`.
    pub(crate) fn starts_at(&self, ids: &[u32], k: usize, end: usize) -> bool {
        self.words.contains(&ids[k]) || self.phrase_len_at(ids, k, end).is_some()
    }

    /// The length of the longest phrase of the list that starts at `ids[k]`
    /// and ends by `end`.
    pub(crate) fn phrase_len_at(&self, ids: &[u32], k: usize, end: usize) -> Option<usize> {
        let end = end.min(ids.len());
        self.phrases.iter().find(|p| k + p.len() <= end && ids[k..k + p.len()] == p[..]).map(|p| p.len())
    }

    /// How many tokens an item of the list starting at `ids[k]` takes: the
    /// longest phrase ending by `end`, else 1 for a single word.
    pub(crate) fn len_at(&self, ids: &[u32], k: usize, end: usize) -> Option<usize> {
        self.phrase_len_at(ids, k, end).or_else(|| self.contains(ids[k]).then_some(1))
    }

    /// The single words and the first words of the phrases.
    pub(crate) fn first_words(&self) -> impl Iterator<Item = u32> + '_ {
        self.words.iter().copied().chain(self.phrases.iter().map(|p| p[0]))
    }

    fn insert_phrase(&mut self, phrase: Vec<u32>) {
        if phrase.len() < 2 || phrase.contains(&UNKNOWN) {
            return;
        }
        self.phrases.push(phrase.into_boxed_slice());
        self.phrases.sort_by_key(|p| std::cmp::Reverse(p.len()));
    }
}

/// The groups of `events_senses.tsv` (see `events::senses`): trigger words
/// in their everyday senses.
pub(crate) struct Senses {
    pub strike_forms: WordList,
    pub strike_participle: WordList,
    pub strike_objects: WordList,
    pub strike_passive_skip: WordList,
    pub strike_object_lead: WordList,
    pub rally_forms: WordList,
    pub market_words: WordList,
    pub rally_people: WordList,
    pub rally_speaker_verbs: WordList,
    pub rally_speaker_lead: WordList,
    pub political_titles: WordList,
    pub campaign_rally_words: WordList,
    pub demonstrate_forms: WordList,
    pub demonstrate_participle: WordList,
    pub demonstrate_clause_words: WordList,
    pub protest_clause_stops: WordList,
    pub that_time_words: WordList,
    pub demonstrate_object_dets: WordList,
    pub protest_objects: WordList,
    pub be_forms: WordList,
    pub by_crowd: WordList,
    pub sports_words: WordList,
    pub indictment_forms: WordList,
    pub censured_things: WordList,
    pub ban_forms: WordList,
    pub clash_forms: WordList,
    pub threaten_forms: WordList,
    pub threaten_participle: WordList,
    pub endangered_subjects: WordList,
    pub endangered_objects: WordList,
    pub bare_participle_leads: WordList,
    pub clash_topic_preps: WordList,
    pub clash_speakers: WordList,
    pub clash_harm_words: WordList,
    pub banned_weapons: WordList,
    pub ban_person_stops: WordList,
    pub weapon_trade_words: WordList,
    pub ban_passive_skip: WordList,
    pub kill_forms: WordList,
    pub killed_things: WordList,
    pub killed_products: WordList,
    pub killed_things_bare: WordList,
    pub killed_thing_dets: WordList,
    pub kill_idiom_before: WordList,
    pub kill_game_words: WordList,
    pub shoot_forms: WordList,
    pub shoot_aim_next: WordList,
    pub shoot_noun_dets: WordList,
    pub animals: WordList,
    pub animal_window_stops: WordList,
    pub people_words: WordList,
    pub disease_causes: WordList,
    pub review_body_cues: WordList,
    pub capture_forms: WordList,
    pub captured_things: WordList,
    pub attack_forms: WordList,
    pub attacked_ideas: WordList,
    pub attacked_idea_next: WordList,
    pub attack_noun_forms: WordList,
    /// "that": a clause of what was shown, unless a time follows it.
    pub that: u32,
}

/// The groups of `events_same_clause.tsv` (see `events::same_clause`).
pub(crate) struct SameClause {
    pub framing_preps: Vec<u32>,
    pub framing_heads: Vec<u32>,
    pub framing_dets: Vec<u32>,
    pub apposition_dets: Vec<u32>,
    pub campaign_nouns: Vec<u32>,
    pub subject_gap_words: Vec<u32>,
    pub apposition_followers: Vec<u32>,
    pub plural_only_nouns: Vec<u32>,
    pub whole_modifiers: Vec<u32>,
    pub restating_participles: Vec<u32>,
    pub copular_verbs: Vec<u32>,
    pub people_triggers: Vec<u32>,
    pub kind_openers: Vec<u32>,
    pub kind_heads: Vec<u32>,
    pub continuing_participles: Vec<u32>,
    pub adjunct_stops: Vec<u32>,
}

/// Ids of single words the code tests directly.
pub(crate) struct Words {
    pub the: u32,
    pub such: u32,
    pub a: u32,
    pub an: u32,
    pub and: u32,
    pub or: u32,
    pub to: u32,
    pub of: u32,
    pub by: u32,
    pub between: u32,
    pub year: u32,
    pub years: u32,
    pub old: u32,
    pub aged: u32,
    pub age: u32,
    pub no: u32,
    pub but: u32,
    pub aux: Vec<u32>,
    pub be_present: Vec<u32>,
    pub be_past: Vec<u32>,
    pub have: Vec<u32>,
    pub subject_pronouns: Vec<u32>,
    pub first_person: Vec<u32>,
    pub object_pronouns: Vec<u32>,
    pub determiners: Vec<u32>,
    /// Determiners between a part's "of" and the whole's number ("two of the 12").
    pub whole_determiners: Vec<u32>,
    pub locative: Vec<u32>,
    pub setting: Vec<u32>,
    pub months: Vec<u32>,
    pub time_words: Vec<u32>,
    pub np_stop: Vec<u32>,
    /// Words after a country, after "on", that keep it the place: "on U.S. soil".
    pub country_place_heads: Vec<u32>,
    pub jurisdiction_heads: Vec<u32>,
    /// Subject pronouns that are never objects (`nominative_pronouns`).
    pub nominative_pronouns: Vec<u32>,
    /// Words before which "to" is a preposition (`to_preposition_heads`).
    pub to_preposition_heads: Vec<u32>,
    /// Bare verbs that end as nouns do (`base_verbs_with_noun_endings`).
    pub base_verbs_with_noun_endings: Vec<u32>,
    pub settlement_heads: Vec<u32>,
    /// "outskirts", "coast": a part of the place named after "of".
    pub place_part_heads: Vec<u32>,
    /// "support", "name": "in support of X" does not set anything in X.
    pub idiom_of_heads: Vec<u32>,
    /// "overnight", "early", "again": time words after a place that the time expressions miss.
    pub place_time_adverbs: Vec<u32>,
    /// "who", "which": a place inside the relative clause they open is the clause's, not the event's.
    pub place_relative_openers: Vec<u32>,
    /// "who", "whom", "whose": after the trigger, a relative clause about people.
    pub place_relative_people: Vec<u32>,
    /// "is", "lies", "located": a "which" clause that only says where its noun is.
    pub place_relative_locating: Vec<u32>,
    pub place_speech_verbs: Vec<u32>,
    /// "current": a time word that, before a noun, describes the noun and dates nothing.
    pub attributive_time_words: Vec<u32>,
    pub background_heads: Vec<u32>,
    pub background_prepositions: Vec<u32>,
    pub np_skip: Vec<u32>,
    pub embedded_question_verbs: Vec<u32>,
    pub anaphor_nouns: Vec<u32>,
    pub anaphor_dets: Vec<u32>,
    pub repeat_nominals: Vec<u32>,
    pub telling_verbs: Vec<u32>,
    pub inclusion_cues: Vec<u32>,
    pub article_anaphor_nouns: Vec<u32>,
    pub anaphor_blockers: Vec<u32>,
    pub generic_modes: Vec<u32>,
    pub role_preps: Vec<u32>,
    pub imperative_lead: Vec<u32>,
    pub imperative_next: Vec<u32>,
    pub invitation_verbs: Vec<u32>,
    pub work_activities: Vec<u32>,
    pub work_accident_blockers: Vec<u32>,
    pub modal_verbs: Vec<u32>,
    pub nonviolent_causes: Vec<u32>,
    pub fire_nouns: Vec<u32>,
    pub nonhuman_attackers: Vec<u32>,
    pub habitual_cues: Vec<u32>,
    pub vehicles: Vec<u32>,
    /// Parts of a craft whose blow is a collision (`craft_parts`).
    pub craft_parts: Vec<u32>,
    /// Craft a reduced passive tells as hit (`struck_craft`: roles `craft_hit`).
    pub struck_craft: Vec<u32>,
    /// Words after a participle that show it has no object (roles `craft_hit`).
    pub reduced_passive_next: Vec<u32>,
    /// "conspiring", "attempted": a crime of agreeing or trying before "to" (shapes::crime_as_charge).
    pub inchoate_crimes: Vec<u32>,
    /// "including", "to": between a charge word and the crime it names.
    pub charge_links: Vec<u32>,
    pub driving_verbs: Vec<u32>,
    pub deliberate_vehicle_cues: Vec<u32>,
    pub crash_words: Vec<u32>,
    pub ending_verbs: Vec<u32>,
    pub share_nouns: Vec<u32>,
    /// Connectives set off by commas after a subject (`parenthetical_connectives`).
    pub parenthetical_connectives: Vec<u32>,
    pub share_preps: Vec<u32>,
    pub ending_lead: Vec<u32>,
    pub driven_into: Vec<u32>,
    pub vehicle_relatives: Vec<u32>,
    pub light_verbs: Vec<u32>,
    /// "were later arrested": adverbs between a "be" and its participle.
    pub passive_adverbs: Vec<u32>,
    pub degree_words: Vec<u32>,
    pub attributive_preps: Vec<u32>,
    pub speaker_pronouns: Vec<u32>,
    pub definite_dets: Vec<u32>,
    pub presupposing_preps: Vec<u32>,
    pub presupposing_verbs: Vec<u32>,
    pub presupposing_responses: Vec<u32>,
    pub attributive_dets: Vec<u32>,
    pub agent_participles: Vec<u32>,
    pub feature_words: Vec<u32>,
    pub third_person: Vec<u32>,
    pub blame_verbs: Vec<u32>,
    pub compound_heads: Vec<u32>,
    pub open_agreement_dets: Vec<u32>,
    pub agreement_made_before: Vec<u32>,
    pub agreement_made_after: Vec<u32>,
    pub needs_agent: Vec<u32>,
    /// Agreements named as broken (see `shapes::broken_agreement`).
    pub agreement_breach_before: Vec<u32>,
    pub agreement_breach_after: Vec<u32>,
    pub agreement_ended: u32,
    /// Event nouns as statistics (see `shapes::statistic_noun`).
    pub statistic_trend_verbs: Vec<u32>,
    pub statistic_measure_verbs: Vec<u32>,
    pub statistic_heads: Vec<u32>,
    pub statistic_noun_preps: Vec<u32>,
    pub in_: u32,
    /// Participles as adjectives (see `shapes::adjectival_participle`).
    pub nonconflict_heads: Vec<u32>,
    pub participle_not_nouns: Vec<u32>,
    pub participle_openers: Vec<u32>,
    /// "carry out", "conduct": verbs that only say an act was done; a
    /// negation reaches over them ("did not carry out any airstrikes").
    pub negation_light_verbs: Vec<u32>,
    pub base_verb_markers: Vec<u32>,
    pub negation_words: Vec<u32>,
    /// Crimes named as charges (see `shapes::crime_as_charge`).
    pub charge_preps: Vec<u32>,
    pub charge_words: Vec<u32>,
    /// Who can act (`events_agency.tsv`): nouns that never act, devices
    /// that record, and the words that open a relative clause.
    pub agency: Agency,
    /// Trigger words in their everyday senses (`events_senses.tsv`).
    pub senses: Senses,
    /// Acts of asking, agreeing, meeting, blaming and withdrawing that are
    /// no such acts (`events_acts.tsv`, see `events::acts`).
    pub acts: super::acts::Acts,
    /// Accidents as the cause of deaths (`events_accidents.tsv`).
    pub accidents: Accidents,
    pub agent_preps: Vec<u32>,
    pub demonstratives: Vec<u32>,
    pub habitual_adverbs: Vec<u32>,
    /// "almost", "nearly" before a past verb: the act stopped short.
    pub stopped_short_adverbs: Vec<u32>,
    /// A negation that opens a clause and inverts its verb ("At no time
    /// did", "Never have", "Nor did").
    pub inversion_preps: Vec<u32>,
    pub inversion_nouns: Vec<u32>,
    pub inversion_negations: Vec<u32>,
    /// Adjectives that put an event noun ahead ("future talks").
    pub prospective_adjectives: Vec<u32>,
    /// Words that open an apposition after a comma ("X, an opposition
    /// candidate …,"): a date inside one is not the main clause's.
    pub apposition_openers: Vec<u32>,
    /// "whenever": a habit frame for a later "would".
    pub habit_frame_openers: Vec<u32>,
    /// "got", "get": "got used to" is accustomed, no habit.
    pub accustomed_leads: Vec<u32>,
    pub attributive_hedges: Vec<u32>,
    pub irregular_past: Vec<u32>,
    /// Simple-present subjects and guards (`events_function_words.tsv`).
    pub present_plural_subjects: Vec<u32>,
    pub present_singular_subjects: Vec<u32>,
    pub do_forms: Vec<u32>,
    pub singular_articles: Vec<u32>,
    pub noun_after_verbs: Vec<u32>,
    pub present_subject_blockers: Vec<u32>,
    pub present_subordinators: Vec<u32>,
    pub same_form_pasts: Vec<u32>,
    pub time_units: Vec<u32>,
    pub announce_verbs: Vec<u32>,
    pub temporal_conjunctions: Vec<u32>,
    pub clause_openers: Vec<u32>,
    /// "as" after a comma: opens a subordinate clause (srcev35).
    pub comma_subordinators: Vec<u32>,
    pub generic_people: Vec<u32>,
    pub generic_pronouns: Vec<u32>,
    /// "others", "somebody", "people": a subject with no name.
    pub unnamed_subjects: Vec<u32>,
    /// "about", "over": an event noun after one is a topic.
    pub topic_preps: Vec<u32>,
    pub particular_dets: Vec<u32>,
    pub perfect_aux: Vec<u32>,
    pub passive_aux: Vec<u32>,
    pub relative_pronouns: Vec<u32>,
    pub person_relatives: Vec<u32>,
    /// "which": an aside about a thing, whose date is not the event's (events29).
    pub aside_relatives: Vec<u32>,
    /// "first", "last", "only" before "to": the infinitive tells a deed, not a plan.
    pub singling_words: Vec<u32>,
    /// "reason", "time", "how": "the only reason to visit" is a purpose.
    pub singling_non_heads: Vec<u32>,
    /// "used" before "to": a habit in the past.
    pub past_habit_verbs: Vec<u32>,
    /// "helped" before a planning cue: what was helped along took place.
    pub past_help_verbs: Vec<u32>,
    /// "on", "against": what a restriction is laid on follows them.
    pub restriction_target_preps: Vec<u32>,
    pub object_relatives: Vec<u32>,
    pub noun_relatives: Vec<u32>,
    pub done_relative_pasts: Vec<u32>,
    pub hedge_clause_openers: Vec<u32>,
    pub hedge_outcome_relatives: Vec<u32>,
    pub hedge_outcome_verbs: Vec<u32>,
    pub hedge_outcome_participles: Vec<u32>,
    pub reduced_relative_preps: Vec<u32>,
    /// One happening told twice in a clause (`events_same_clause.tsv`).
    pub same_clause: SameClause,
    pub next: u32,
    pub for_: u32,
    pub with: u32,
    pub from: u32,
    pub about: u32,
    pub under: u32,
    pub would: u32,
    /// "may": the modal, unless the month or a name (`month_leads`).
    pub may: u32,
    pub month_leads: Vec<u32>,
    pub should: u32,
    pub where_: u32,
    pub while_: u32,
}

impl Words {
    /// Whether the word `word` (id `id`) could be a bare verb after "to":
    /// by its shape (`modality::looks_like_base_verb`), or listed among the
    /// verbs that end as nouns do ("to sanction", "to capture").
    pub(crate) fn bare_verb(&self, word: &str, id: u32) -> bool {
        self.base_verbs_with_noun_endings.contains(&id) || super::modality::looks_like_base_verb(word)
    }

    /// Token `k`, or the determiner right before it when there is one past
    /// `floor` ("the gunmen" starts at "the").
    pub(crate) fn back_over_determiner(&self, ids: &[u32], floor: usize, k: usize) -> usize {
        if k > floor && self.determiners.contains(&ids[k - 1]) {
            k - 1
        } else {
            k
        }
    }
}

const NUMBERS: &str = include_str!("../../data/en/quantities_numbers.tsv");
const BOUNDS: &str = include_str!("../../data/en/quantities_bounds.tsv");
const UNITS: &str = include_str!("../../data/en/quantities_units.tsv");
const PREDICATES: &str = include_str!("../../data/en/quantities_predicates.tsv");
const TRIGGERS: &str = include_str!("../../data/en/events_triggers.tsv");
const NON_TRIGGERS: &str = include_str!("../../data/en/events_nontriggers.tsv");
const CUES: &str = include_str!("../../data/en/modality_cues.tsv");
const EVIDENCE: &str = include_str!("../../data/en/modality_evidence.tsv");
const FUNCTION_WORDS: &str = include_str!("../../data/en/events_function_words.tsv");
const VEHICLES: &str = include_str!("../../data/en/events_vehicles.tsv");
const AGENCY: &str = include_str!("../../data/en/events_agency.tsv");
const SENSES: &str = include_str!("../../data/en/events_senses.tsv");
const ACTS: &str = include_str!("../../data/en/events_acts.tsv");
const ACCIDENTS: &str = include_str!("../../data/en/events_accidents.tsv");
const SAME_CLAUSE: &str = include_str!("../../data/en/events_same_clause.tsv");
const GROUP_ACTORS: &str = include_str!("../../data/en/events_group_actors.tsv");
const PLAN_REFERENCE: &str = include_str!("../../data/en/events_plan_reference.tsv");

/// Lines of a list file that are not comments or blank, split on tabs.
pub(super) fn rows(data: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    data.lines().map(str::trim_end).filter(|l| !l.is_empty() && !l.starts_with('#')).map(|l| l.split('\t').map(str::trim).collect())
}

impl Lexicon {
    /// The English lists, compiled on first use.
    pub(crate) fn english() -> &'static Lexicon {
        static LEXICON: OnceLock<Lexicon> = OnceLock::new();
        LEXICON.get_or_init(Lexicon::build_english)
    }

    fn build_english() -> Lexicon {
        let mut vocab = Vocab::default();
        vocab.reserve_country_us();

        let mut numbers = PhraseTable::default();
        for r in rows(NUMBERS) {
            let (Some(word), Some(value), Some(kind)) = (r.first(), r.get(1), r.get(2)) else { continue };
            let Ok(value) = value.parse::<f64>() else { continue };
            let kind = match *kind {
                "unit" => NumberKind::Unit,
                "teen" => NumberKind::Teen,
                "tens" => NumberKind::Tens,
                "scale" => NumberKind::Scale,
                "dozen" => NumberKind::Dozen,
                _ => NumberKind::Vague,
            };
            let high = r.get(3).and_then(|h| h.parse::<f64>().ok());
            numbers.insert(vocab.phrase(word), NumberWord { value, kind, high });
        }

        let mut bounds = PhraseTable::default();
        let mut bounds_after = PhraseTable::default();
        for r in rows(BOUNDS) {
            let (Some(p), Some(b)) = (r.first(), r.get(1)) else { continue };
            let b = match *b {
                "low" => Bound::Low,
                "high" => Bound::High,
                _ => Bound::Approx,
            };
            let table = if r.get(2) == Some(&"after") { &mut bounds_after } else { &mut bounds };
            table.insert(vocab.phrase(p), b);
        }

        let mut units = PhraseTable::default();
        for r in rows(UNITS) {
            let (Some(noun), Some(unit)) = (r.first(), r.get(1)) else { continue };
            units.insert(vocab.phrase(noun), UnitNoun { unit, predicate: r.get(2).copied() });
        }

        let mut predicates = FastMap::default();
        for r in rows(PREDICATES) {
            let (Some(form), Some(pred)) = (r.first(), r.get(1)) else { continue };
            let id = vocab.intern(form);
            predicates.insert(id, *pred);
        }

        let mut triggers = PhraseTable::default();
        for r in rows(TRIGGERS) {
            let (Some(forms), Some(ty)) = (r.first(), r.get(1)) else { continue };
            let Some(event_type) = EventType::parse(ty) else { continue };
            let mode = r.get(2).filter(|m| **m != "-" && !m.is_empty()).copied();
            let mut t = Trigger {
                event_type,
                mode,
                pos: None,
                obj: vec![],
                prev: vec![],
                sent: vec![],
                not_next: vec![],
                next: vec![],
                not_prev: vec![],
                not_sent: vec![],
                not_obj: vec![],
                obj_stops: vec![],
                outcome: false,
                threat: false,
                undated: false,
            };
            for flag in r.get(3).copied().unwrap_or("-").split(';').map(str::trim) {
                let (name, list) = flag.split_once('=').unwrap_or((flag, ""));
                let mut ids = || list.split(',').filter(|w| !w.is_empty()).map(|w| vocab.intern(w)).collect::<Vec<_>>();
                match name {
                    "noun" => t.pos = Some(Pos::Noun),
                    "verb" => t.pos = Some(Pos::Verb),
                    "obj" => t.obj = ids(),
                    "prev" => t.prev = ids(),
                    "sent" => t.sent = ids(),
                    "notnext" => t.not_next = ids(),
                    "next" => t.next = ids(),
                    "notprev" => t.not_prev = ids(),
                    "notsent" => t.not_sent = ids(),
                    "notobj" => t.not_obj = ids(),
                    "objstops" => t.obj_stops = ids(),
                    "outcome" => t.outcome = true,
                    "threat" => t.threat = true,
                    "undated" => t.undated = true,
                    _ => {}
                }
            }
            for form in forms.split('|') {
                triggers.insert(vocab.phrase(form), t.clone());
            }
        }

        let mut non_triggers = PhraseTable::default();
        for r in rows(NON_TRIGGERS) {
            if let Some(p) = r.first() {
                non_triggers.insert(vocab.phrase(p), ());
            }
        }

        let mut cues = PhraseTable::default();
        for r in rows(CUES) {
            let (Some(p), Some(c)) = (r.first(), r.get(1)) else { continue };
            let class = match *c {
                "future" => CueClass::Future,
                "would" => CueClass::Would,
                "possible" => CueClass::Possible,
                "deontic" => CueClass::Deontic,
                "planned" => CueClass::Planned,
                "threatened" => CueClass::Threatened,
                "denied" => CueClass::Denied,
                "negator" => CueClass::Negator,
                "negation" => CueClass::Negation,
                "conditional" => CueClass::Conditional,
                "ongoing" => CueClass::Ongoing,
                "transparent" => CueClass::Transparent,
                "reporting" => CueClass::Reporting,
                "barrier" => CueClass::Barrier,
                "occurred" => CueClass::Occurred,
                "future_time" => CueClass::FutureTime,
                _ => continue,
            };
            let scope = r.get(2).copied().unwrap_or("left");
            let cue = Cue { class, left: scope != "right", right: scope != "left" };
            cues.insert(vocab.phrase(p), cue);
        }

        let mut evidence = PhraseTable::default();
        for r in rows(EVIDENCE) {
            let (Some(p), Some(c)) = (r.first(), r.get(1)) else { continue };
            let cue = match *c {
                "unverified" => EvidenceCue::Unverified,
                "hedge" => EvidenceCue::Hedge,
                "confirmed" => EvidenceCue::Confirmed,
                "denied" => EvidenceCue::Denied,
                "disputed" => EvidenceCue::Disputed,
                _ => EvidenceCue::Anaphor,
            };
            evidence.insert(vocab.phrase(p), cue);
        }

        let mut groups: FastMap<&'static str, Vec<u32>> = FastMap::default();
        for r in rows(FUNCTION_WORDS).chain(rows(VEHICLES)).chain(rows(AGENCY)).chain(rows(ACCIDENTS)).chain(rows(SAME_CLAUSE)) {
            let (Some(group), Some(words)) = (r.first(), r.get(1)) else { continue };
            let ids = words.split(' ').filter(|w| !w.is_empty()).map(|w| vocab.intern(w)).collect();
            groups.insert(group, ids);
        }
        // `events_senses.tsv` separates its items with "|", and an item may
        // be a phrase of several words.
        let mut lists: FastMap<&'static str, WordList> = FastMap::default();
        for r in rows(SENSES).chain(rows(ACTS)) {
            let (Some(group), Some(items)) = (r.first(), r.get(1)) else { continue };
            let list = lists.entry(group).or_default();
            for item in items.split('|').map(str::trim).filter(|i| !i.is_empty()) {
                if item.contains(' ') {
                    list.insert_phrase(vocab.phrase(item));
                } else {
                    let id = vocab.intern(item);
                    if id != UNKNOWN {
                        list.words.push(id);
                    }
                }
            }
        }
        let mut list = |name: &str| lists.remove(name).unwrap_or_default();
        let acts = super::acts::Acts::from_lists(&mut list);
        let senses = Senses {
            strike_forms: list("strike_forms"),
            strike_participle: list("strike_participle"),
            strike_objects: list("strike_objects"),
            strike_passive_skip: list("strike_passive_skip"),
            strike_object_lead: list("strike_object_lead"),
            rally_forms: list("rally_forms"),
            market_words: list("market_words"),
            rally_people: list("rally_people"),
            rally_speaker_verbs: list("rally_speaker_verbs"),
            rally_speaker_lead: list("rally_speaker_lead"),
            political_titles: list("political_titles"),
            campaign_rally_words: list("campaign_rally_words"),
            demonstrate_forms: list("demonstrate_forms"),
            demonstrate_participle: list("demonstrate_participle"),
            demonstrate_clause_words: list("demonstrate_clause_words"),
            protest_clause_stops: list("protest_clause_stops"),
            that_time_words: list("that_time_words"),
            demonstrate_object_dets: list("demonstrate_object_dets"),
            protest_objects: list("protest_objects"),
            be_forms: list("be_forms"),
            by_crowd: list("by_crowd"),
            sports_words: list("sports_words"),
            indictment_forms: list("indictment_forms"),
            censured_things: list("censured_things"),
            ban_forms: list("ban_forms"),
            clash_forms: list("clash_forms"),
            threaten_forms: list("threaten_forms"),
            threaten_participle: list("threaten_participle"),
            endangered_subjects: list("endangered_subjects"),
            endangered_objects: list("endangered_objects"),
            bare_participle_leads: list("bare_participle_leads"),
            clash_topic_preps: list("clash_topic_preps"),
            clash_speakers: list("clash_speakers"),
            clash_harm_words: list("clash_harm_words"),
            banned_weapons: list("banned_weapons"),
            ban_person_stops: list("ban_person_stops"),
            weapon_trade_words: list("weapon_trade_words"),
            ban_passive_skip: list("ban_passive_skip"),
            kill_forms: list("kill_forms"),
            killed_things: list("killed_things"),
            killed_products: list("killed_products"),
            killed_things_bare: list("killed_things_bare"),
            killed_thing_dets: list("killed_thing_dets"),
            kill_idiom_before: list("kill_idiom_before"),
            kill_game_words: list("kill_game_words"),
            shoot_forms: list("shoot_forms"),
            shoot_aim_next: list("shoot_aim_next"),
            shoot_noun_dets: list("shoot_noun_dets"),
            animals: list("animals"),
            animal_window_stops: list("animal_window_stops"),
            people_words: list("people_words"),
            disease_causes: list("disease_causes"),
            review_body_cues: list("review_body_cues"),
            capture_forms: list("capture_forms"),
            captured_things: list("captured_things"),
            attack_forms: list("attack_forms"),
            attacked_ideas: list("attacked_ideas"),
            attacked_idea_next: list("attacked_idea_next"),
            attack_noun_forms: list("attack_noun_forms"),
            that: vocab.intern("that"),
        };
        let mut group = |name: &str| groups.remove(name).unwrap_or_default();
        let work_words = group("work_words");
        let fiction_gate = bit_set(work_words.iter().copied().chain(senses.review_body_cues.first_words()));
        let w = Words {
            aux: group("aux"),
            be_present: group("be_present"),
            be_past: group("be_past"),
            have: group("have"),
            subject_pronouns: group("subject_pronouns"),
            first_person: group("first_person"),
            object_pronouns: group("object_pronouns"),
            determiners: group("determiners"),
            whole_determiners: group("whole_determiners"),
            locative: group("locative"),
            setting: group("setting"),
            months: group("months"),
            time_words: group("time_words"),
            np_stop: group("np_stop"),
            country_place_heads: group("country_place_heads"),
            jurisdiction_heads: group("jurisdiction_heads"),
            nominative_pronouns: group("nominative_pronouns"),
            to_preposition_heads: group("to_preposition_heads"),
            base_verbs_with_noun_endings: group("base_verbs_with_noun_endings"),
            settlement_heads: group("settlement_heads"),
            place_part_heads: group("place_part_heads"),
            idiom_of_heads: group("idiom_of_heads"),
            place_time_adverbs: group("place_time_adverbs"),
            place_relative_openers: group("place_relative_openers"),
            place_relative_people: group("place_relative_people"),
            place_relative_locating: group("place_relative_locating"),
            place_speech_verbs: group("place_speech_verbs"),
            attributive_time_words: group("attributive_time_words"),
            background_heads: group("background_heads"),
            background_prepositions: group("background_prepositions"),
            np_skip: group("np_skip"),
            embedded_question_verbs: group("embedded_question_verbs"),
            anaphor_nouns: group("anaphor_nouns"),
            anaphor_dets: group("anaphor_dets"),
            repeat_nominals: group("repeat_nominals"),
            telling_verbs: group("telling_verbs"),
            inclusion_cues: group("inclusion_cues"),
            article_anaphor_nouns: group("article_anaphor_nouns"),
            anaphor_blockers: group("anaphor_blockers"),
            generic_modes: group("generic_modes"),
            role_preps: group("role_preps"),
            imperative_lead: group("imperative_lead"),
            imperative_next: group("imperative_next"),
            invitation_verbs: group("invitation_verbs"),
            work_activities: group("work_activities"),
            work_accident_blockers: group("work_accident_blockers"),
            modal_verbs: group("modal_verbs"),
            nonviolent_causes: group("nonviolent_causes"),
            fire_nouns: group("fire_nouns"),
            nonhuman_attackers: group("nonhuman_attackers"),
            habitual_cues: group("habitual_cues"),
            vehicles: group("vehicles"),
            craft_parts: group("craft_parts"),
            struck_craft: group("struck_craft"),
            reduced_passive_next: group("reduced_passive_next"),
            inchoate_crimes: group("inchoate_crimes"),
            charge_links: group("charge_links"),
            driving_verbs: group("driving_verbs"),
            deliberate_vehicle_cues: group("deliberate_cues"),
            crash_words: group("crash_words"),
            ending_verbs: group("ending_verbs"),
            share_nouns: group("share_nouns"),
            parenthetical_connectives: group("parenthetical_connectives"),
            share_preps: group("share_preps"),
            ending_lead: group("ending_lead"),
            driven_into: group("driven_into"),
            vehicle_relatives: group("vehicle_relatives"),
            light_verbs: group("light_verbs"),
            passive_adverbs: group("passive_adverbs"),
            degree_words: group("degree_words"),
            attributive_preps: group("attributive_preps"),
            speaker_pronouns: group("speaker_pronouns"),
            definite_dets: group("definite_dets"),
            presupposing_preps: group("presupposing_preps"),
            presupposing_verbs: group("presupposing_verbs"),
            presupposing_responses: group("presupposing_responses"),
            attributive_dets: group("attributive_dets"),
            agent_participles: group("agent_participles"),
            feature_words: group("feature_words"),
            third_person: group("third_person"),
            blame_verbs: group("blame_verbs"),
            compound_heads: group("compound_heads"),
            open_agreement_dets: group("open_agreement_dets"),
            agreement_made_before: group("agreement_made_before"),
            agreement_made_after: group("agreement_made_after"),
            needs_agent: group("needs_agent"),
            agreement_breach_before: group("agreement_breach_before"),
            agreement_breach_after: group("agreement_breach_after"),
            agreement_ended: vocab.intern("ended"),
            statistic_trend_verbs: group("statistic_trend_verbs"),
            statistic_measure_verbs: group("statistic_measure_verbs"),
            statistic_heads: group("statistic_heads"),
            statistic_noun_preps: group("statistic_noun_preps"),
            in_: vocab.intern("in"),
            nonconflict_heads: group("nonconflict_heads"),
            participle_not_nouns: group("participle_not_nouns"),
            participle_openers: group("participle_openers"),
            negation_light_verbs: group("negation_light_verbs"),
            base_verb_markers: group("base_verb_markers"),
            negation_words: group("negation_words"),
            charge_preps: group("charge_preps"),
            charge_words: group("charge_words"),
            agency: Agency {
                non_agents: group("non_agents"),
                recording_agents: group("recording_agents"),
                support_non_agents: group("support_non_agents"),
                relative_words: group("relative_words"),
                verbal_attack_forms: group("verbal_attack_forms"),
                criticism_objects: group("criticism_objects"),
                contest_words: group("contest_words"),
                primary_words: group("primary_words"),
                primary_neighbours: group("primary_neighbours"),
                physical_cues: group("physical_cues"),
                definition_verbs: group("definition_verbs"),
                class_nouns: group("class_nouns"),
                invasion_forms: group("invasion_forms"),
                invading_people: group("invading_people"),
                retelling_adverbs: group("retelling_adverbs"),
                review_title_words: group("review_title_words"),
                work_words,
                fiction_gate,
                real_world_cues: group("real_world_cues"),
                as_: vocab.intern("as"),
            },
            senses,
            acts,
            accidents: Accidents {
                collapse_words: group("collapse_words"),
                structures: group("structures"),
                fall_nouns: group("fall_nouns"),
                fall_dets: group("fall_dets"),
                blast_words: group("blast_words"),
                blast_site_preps: group("blast_site_preps"),
                industrial_words: group("industrial_words"),
                accident_words: group("accident_words"),
                accident_agents: group("accident_agents"),
                accidental_fire_after: group("accidental_fire_after"),
                accidental_fire_before: group("accidental_fire_before"),
                blockers: group("accident_blockers"),
                armed_force_blockers: group("armed_force_blockers"),
                fire_compounds: group("fire_compounds"),
            },
            agent_preps: group("agent_preps"),
            demonstratives: group("demonstratives"),
            habitual_adverbs: group("habitual_adverbs"),
            stopped_short_adverbs: group("stopped_short_adverbs"),
            inversion_preps: group("inversion_preps"),
            inversion_nouns: group("inversion_nouns"),
            inversion_negations: group("inversion_negations"),
            prospective_adjectives: group("prospective_adjectives"),
            apposition_openers: group("apposition_openers"),
            habit_frame_openers: group("habit_frame_openers"),
            accustomed_leads: group("accustomed_leads"),
            attributive_hedges: group("attributive_hedges"),
            irregular_past: group("irregular_past"),
            present_plural_subjects: group("present_plural_subjects"),
            present_singular_subjects: group("present_singular_subjects"),
            do_forms: group("do_forms"),
            singular_articles: group("singular_articles"),
            noun_after_verbs: group("noun_after_verbs"),
            present_subject_blockers: group("present_subject_blockers"),
            present_subordinators: group("present_subordinators"),
            same_form_pasts: group("same_form_pasts"),
            time_units: group("time_units"),
            announce_verbs: group("announce_verbs"),
            temporal_conjunctions: group("temporal_conjunctions"),
            clause_openers: group("clause_openers"),
            comma_subordinators: group("comma_subordinators"),
            generic_people: group("generic_people"),
            generic_pronouns: group("generic_pronouns"),
            unnamed_subjects: group("unnamed_subjects"),
            topic_preps: group("topic_preps"),
            particular_dets: group("particular_dets"),
            perfect_aux: group("perfect_aux"),
            passive_aux: group("passive_aux"),
            relative_pronouns: group("relative_pronouns"),
            person_relatives: group("person_relatives"),
            aside_relatives: group("aside_relatives"),
            singling_words: group("singling_words"),
            singling_non_heads: group("singling_non_heads"),
            past_habit_verbs: group("past_habit_verbs"),
            past_help_verbs: group("past_help_verbs"),
            restriction_target_preps: group("restriction_target_preps"),
            object_relatives: group("object_relatives"),
            noun_relatives: group("noun_relatives"),
            done_relative_pasts: group("done_relative_pasts"),
            hedge_clause_openers: group("hedge_clause_openers"),
            hedge_outcome_relatives: group("hedge_outcome_relatives"),
            hedge_outcome_verbs: group("hedge_outcome_verbs"),
            hedge_outcome_participles: group("hedge_outcome_participles"),
            reduced_relative_preps: group("reduced_relative_preps"),
            same_clause: SameClause {
                framing_preps: group("framing_preps"),
                framing_heads: group("framing_heads"),
                framing_dets: group("framing_dets"),
                apposition_dets: group("apposition_dets"),
                campaign_nouns: group("campaign_nouns"),
                subject_gap_words: group("subject_gap_words"),
                apposition_followers: group("apposition_followers"),
                plural_only_nouns: group("plural_only_nouns"),
                whole_modifiers: group("whole_modifiers"),
                restating_participles: group("restating_participles"),
                copular_verbs: group("copular_verbs"),
                people_triggers: group("people_triggers"),
                kind_openers: group("kind_openers"),
                kind_heads: group("kind_heads"),
                continuing_participles: group("continuing_participles"),
                adjunct_stops: group("adjunct_stops"),
            },
            next: vocab.intern("next"),
            for_: vocab.intern("for"),
            with: vocab.intern("with"),
            from: vocab.intern("from"),
            about: vocab.intern("about"),
            under: vocab.intern("under"),
            would: vocab.intern("would"),
            may: vocab.intern("may"),
            month_leads: group("month_leads"),
            should: vocab.intern("should"),
            where_: vocab.intern("where"),
            while_: vocab.intern("while"),
            the: vocab.intern("the"),
            such: vocab.intern("such"),
            a: vocab.intern("a"),
            an: vocab.intern("an"),
            and: vocab.intern("and"),
            or: vocab.intern("or"),
            to: vocab.intern("to"),
            of: vocab.intern("of"),
            by: vocab.intern("by"),
            between: vocab.intern("between"),
            year: vocab.intern("year"),
            years: vocab.intern("years"),
            old: vocab.intern("old"),
            aged: vocab.intern("aged"),
            age: vocab.intern("age"),
            no: vocab.intern("no"),
            but: vocab.intern("but"),
        };

        let groups = super::groups::GroupLexicon::build(&mut vocab, GROUP_ACTORS);
        let plan_ref = super::plan_reference::PlanRefLexicon::build(&mut vocab, PLAN_REFERENCE);
        let mut starts_quantity = vec![false; vocab.len()];
        for id in numbers.by_first.keys().chain(bounds.by_first.keys()).copied().chain([w.a, w.an, w.between]) {
            if let Some(f) = starts_quantity.get_mut(id as usize) {
                *f = true;
            }
        }
        Lexicon { vocab, numbers, bounds, bounds_after, units, predicates, triggers, non_triggers, cues, evidence, w, starts_quantity, groups, plan_ref }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_list_compiles_and_is_not_empty() {
        let lex = Lexicon::english();
        assert!(!lex.numbers.by_first.is_empty());
        assert!(!lex.triggers.by_first.is_empty());
        assert!(!lex.cues.by_first.is_empty());
        assert!(!lex.evidence.by_first.is_empty());
        assert!(!lex.w.months.is_empty() && !lex.w.aux.is_empty());
    }

    #[test]
    fn curly_and_straight_apostrophes_are_the_same_word() {
        let lex = Lexicon::english();
        assert_ne!(lex.vocab.get("'ll"), UNKNOWN);
        assert_eq!(lex.vocab.get("’ll"), lex.vocab.get("'ll"));
        assert_eq!(lex.vocab.get("WOULD"), lex.vocab.get("would"));
        assert_eq!(lex.vocab.get("Plans"), lex.vocab.get("plans"));
        assert_eq!(lex.vocab.get("[@Z`{"), UNKNOWN);
        assert_eq!(super::ascii_lower(u64::from_le_bytes(*b"AZaz@[`{")), u64::from_le_bytes(*b"azaz@[`{"));
        let text = "They’ll strike.";
        let ids = lex.vocab.token_ids(text, &newsledger_text::tokenize(text));
        assert!(lex.cues.longest_at(&ids, 1, ids.len()).is_some_and(|(_, c)| c.class == CueClass::Future));
        // The in-place fast path and the plain lookup agree.
        let text = "The Pentagon CLAIMS Mexico’s troops would strike, the officials said; Überraschung happens in München tomorrow and afterwards.";
        let toks = newsledger_text::tokenize(text);
        let fast = lex.vocab.token_ids(text, &toks);
        let slow: Vec<u32> = toks.iter().map(|t| lex.vocab.get(t.text(text))).collect();
        assert_eq!(fast, slow);
    }

    #[test]
    fn longest_phrase_wins() {
        let lex = Lexicon::english();
        let text = "could not be independently verified";
        let toks = newsledger_text::tokenize(text);
        let ids = lex.vocab.token_ids(text, &toks);
        let hits = lex.evidence.scan(&ids, 0, ids.len());
        assert_eq!(hits.len(), 1);
        assert_eq!(*hits[0].2, EvidenceCue::Unverified);
    }
}
