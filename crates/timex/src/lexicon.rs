//! The bundled word lists (`data/en/*.tsv`), parsed once.

use std::collections::HashMap;
use std::sync::LazyLock;

/// Calendar units as the grammar sees them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Unit {
    Year,
    Quarter,
    Month,
    Week,
    Day,
    Hour,
    Minute,
    Second,
    Decade,
    Century,
    Weekend,
    Half,
}

/// Function words the grammar reads, language-independent names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Cue {
    Last,
    Previous,
    Next,
    Following,
    This,
    Coming,
    Past,
    Ago,
    Earlier,
    Later,
    Before,
    After,
    Since,
    Until,
    /// "then" after "until" / "by": the date just mentioned.
    Then,
    /// "time", "date" after "until that" / "by that".
    Moment,
    From,
    The,
    That,
    Same,
    Early,
    Late,
    Mid,
    End,
    Beginning,
    Middle,
    Every,
    Per,
    Approx,
    More,
    Over,
    Less,
    Under,
    Least,
    Most,
    Than,
    At,
    Up,
    To,
    /// "will", "could", "may"…: "will one day be" is some future day.
    Modal,
    Of,
    In,
    On,
    And,
    Or,
    Another,
    Several,
    Few,
    Many,
    Recent,
    Current,
    /// "near", "distant", "immediate" ("the near future").
    Near,
    /// "the short term"
    Short,
    /// "as soon as possible"
    As,
    /// "extended", "postponed": moves a deadline ("extended to Nov. 20").
    Extend,
    Present,
    Fiscal,
    Full,
    Entire,
    Long,
    Old,
    Ended,
    YearAgo,
    YearEarlier,
    Eve,
    Day,
    New,
    S,
    OrdSuffix,
}

/// A fixed or computed holiday.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Holiday {
    Fixed(u8, u8),
    Thanksgiving,
    Easter,
    LaborDay,
    MemorialDay,
    ElectionDay,
    /// The Friday after Thanksgiving (US retail).
    BlackFriday,
    /// The Monday after Thanksgiving.
    CyberMonday,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Tense {
    Past,
    Present,
    Future,
    /// "would": the future seen from a past moment ("vowed that Britain
    /// would leave on Oct. 31"), or a condition; the date may lie on either
    /// side of the article's date.
    FutureInPast,
    /// "had been scheduled for", "had been expected in": a plan as it
    /// stood at a past moment; the date may have come and gone, so neither
    /// side is preferred (the nearest date wins).
    PlanInPast,
}

/// Everything the lexicon says about one lower-case word.
#[derive(Debug, Clone, Default)]
pub(crate) struct Entry {
    pub month: Option<u8>,
    pub weekday: Option<u8>,
    pub unit: Option<Unit>,
    pub number: Option<u32>,
    pub ordinal: Option<i8>,
    /// Decade of a century named by a word ("the nineties" = 9).
    pub decade: Option<u8>,
    pub season: Option<&'static str>,
    pub part_of_day: Option<&'static str>,
    pub holiday: Option<Holiday>,
    pub set: Option<&'static str>,
    pub zone: Option<&'static str>,
    pub ampm: Option<bool>,
    /// Day offset of today/yesterday/tomorrow; `Some(i8::MAX)` is "tonight".
    pub deictic: Option<i8>,
    pub reference: Option<&'static str>,
    pub cue: Option<Cue>,
    pub capital_only: bool,
    /// An amount accrued over a period ("profit", "sales").
    pub measure: bool,
    /// Capitalised after a weekday, the two make a title ("the Sunday
    /// Times", "Sunday Telegraph"), not a day.
    pub weekday_title: bool,
    /// After a part of the day, the two make a noun ("the morning
    /// session", "afternoon trading"): no time of its own.
    pub daypart_noun: bool,
    pub tense: Option<Tense>,
    /// The tense cue is not a verb ("until", "ago"): it decides only when
    /// no verb is near.
    pub tense_weak: bool,
    /// A reporting verb ("said", "told"): after the expression and a comma
    /// it dates the saying, not the expression.
    pub reporting: bool,
    /// A past verb of intent ("agreed", "pledged"): followed by "to" and a
    /// verb, a date after them belongs to what was intended, seen from the
    /// past ("agreed to meet in New York from May 12").
    pub intent: bool,
    /// A bare present form ("meet", "vote"): a cue only as a finite verb.
    pub bare: bool,
}

/// Word → entry, as an open-addressing table keyed by the word packed into
/// a `u128` (words are at most 16 ASCII bytes): one multiply to hash and one
/// integer compare per probe, since every word of every article is looked up.
pub(crate) struct Lexicon {
    slots: Vec<(u128, u32)>,
    entries: Vec<Entry>,
    mask: usize,
    /// One bit per hash value of every word (2 KB, stays in L1): most words
    /// of an article are not in the lexicon and stop here.
    filter: Box<[u64; FILTER_WORDS]>,
}

const FILTER_WORDS: usize = 256;

pub(crate) const MAX_WORD_LEN: usize = 16;

/// Packs a lower-case word of at most 16 bytes; 0 is never a word.
pub(crate) fn pack(word: &[u8]) -> Option<u128> {
    if word.is_empty() || word.len() > MAX_WORD_LEN {
        return None;
    }
    let mut buf = [0u8; 16];
    buf[..word.len()].copy_from_slice(word);
    Some(u128::from_le_bytes(buf))
}

/// Packs an ASCII word, lower-cased, of at most 16 letters (the definition
/// the tokenizer's packing is tested against).
#[cfg(test)]
pub(crate) fn pack_lower_ascii(word: &[u8]) -> Option<u128> {
    if word.is_empty() || word.len() > MAX_WORD_LEN {
        return None;
    }
    let mut key = 0u128;
    for (k, b) in word.iter().enumerate() {
        key |= (b.to_ascii_lowercase() as u128) << (8 * k);
    }
    Some(key)
}

fn hash(key: u128) -> u64 {
    let folded = (key as u64) ^ ((key >> 64) as u64).rotate_left(29);
    folded.wrapping_mul(0x9E37_79B9_7F4A_7C15)
}

fn slot_of(key: u128, mask: usize) -> usize {
    (hash(key) >> 40) as usize & mask
}

fn filter_bit(key: u128) -> (usize, u64) {
    let bit = (hash(key) >> 50) as usize & (FILTER_WORDS * 64 - 1);
    (bit / 64, 1u64 << (bit % 64))
}

impl Lexicon {
    pub fn get_packed(&self, key: u128) -> Option<&Entry> {
        let (word, bit) = filter_bit(key);
        if self.filter[word] & bit == 0 {
            return None;
        }
        let mut s = slot_of(key, self.mask);
        loop {
            let (k, v) = self.slots[s];
            if k == key {
                return self.entries.get(v as usize);
            }
            if k == 0 {
                return None;
            }
            s = (s + 1) & self.mask;
        }
    }

    fn from_map(words: HashMap<&'static str, Entry>) -> Lexicon {
        let size = (words.len() * 4).next_power_of_two().max(64);
        let mask = size - 1;
        let mut slots = vec![(0u128, 0u32); size];
        let mut entries = Vec::with_capacity(words.len());
        let mut filter = Box::new([0u64; FILTER_WORDS]);
        for (w, e) in words {
            let Some(key) = pack(w.as_bytes()) else { continue };
            let (word, bit) = filter_bit(key);
            filter[word] |= bit;
            let mut s = slot_of(key, mask);
            while slots[s].0 != 0 {
                s = (s + 1) & mask;
            }
            slots[s] = (key, entries.len() as u32);
            entries.push(e);
        }
        Lexicon { slots, entries, mask, filter }
    }
}

const LEXICON_EN: &str = include_str!("../data/en/lexicon.tsv");
const TENSE_EN: &str = include_str!("../data/en/tense.tsv");
const TITLE_CASE_LOWER_EN: &str = include_str!("../data/en/title_case_lower.txt");

/// The words of `title_case_lower.txt`, read once.
static TITLE_CASE_LOWER: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| TITLE_CASE_LOWER_EN.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')).collect());

/// Whether title case leaves `word` (any case) in lower case ("of", "in").
pub(crate) fn title_case_lower(word: &str) -> bool {
    TITLE_CASE_LOWER.iter().any(|l| l.eq_ignore_ascii_case(word))
}

const MATCH_WORDS_EN: &str = include_str!("../data/en/match_words.txt");

/// The words of `match_words.txt`, read once.
static MATCH_WORDS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| MATCH_WORDS_EN.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')).collect());

/// Whether `word` (any case) says the sentence is about a sports match.
pub(crate) fn match_word(word: &str) -> bool {
    MATCH_WORDS.iter().any(|l| l.eq_ignore_ascii_case(word))
}

const AWARD_NOUNS_EN: &str = include_str!("../data/en/award_nouns.txt");

/// The words of `award_nouns.txt`, read once.
static AWARD_NOUNS: LazyLock<Vec<&'static str>> = LazyLock::new(|| word_list(AWARD_NOUNS_EN));

/// Whether `word` (any case), before "of the year", names an award
/// ("player of the year").
pub(crate) fn award_noun(word: &str) -> bool {
    AWARD_NOUNS.iter().any(|l| l.eq_ignore_ascii_case(word))
}

/// The non-comment lines of a one-word-per-line list.
fn word_list(text: &'static str) -> Vec<&'static str> {
    text.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')).collect()
}

static OVER_LENGTH_WORDS: LazyLock<Vec<&'static str>> = LazyLock::new(|| word_list(include_str!("../data/en/over_length_words.txt")));

/// Whether `word` (any case), before "over" and a length, makes "over" mean
/// "more than" ("for over two years").
pub(crate) fn over_length_word(word: &str) -> bool {
    OVER_LENGTH_WORDS.iter().any(|l| l.eq_ignore_ascii_case(word))
}

static VERB_LEADS: LazyLock<Vec<&'static str>> = LazyLock::new(|| word_list(include_str!("../data/en/verb_leads.txt")));

/// Whether `word` (any case), before "last", makes it the verb ("could last").
pub(crate) fn verb_lead(word: &str) -> bool {
    VERB_LEADS.iter().any(|l| l.eq_ignore_ascii_case(word))
}

static STAMP_VERBS: LazyLock<Vec<&'static str>> = LazyLock::new(|| word_list(include_str!("../data/en/stamp_verbs.txt")));

/// Whether `word` (any case) puts a page's time stamp on it ("updated at
/// 5:45 p.m.").
pub(crate) fn stamp_verb(word: &str) -> bool {
    STAMP_VERBS.iter().any(|l| l.eq_ignore_ascii_case(word))
}

const HOLIDAY_OBJECT_NOUNS_EN: &str = include_str!("../data/en/holiday_object_nouns.txt");

/// The words of `holiday_object_nouns.txt`, read once.
static HOLIDAY_OBJECT_NOUNS: LazyLock<Vec<&'static str>> = LazyLock::new(|| word_list(HOLIDAY_OBJECT_NOUNS_EN));

/// Whether `word` (any case), right after a holiday, makes it a kind of
/// thing ("Christmas trees").
pub(crate) fn holiday_object_noun(word: &str) -> bool {
    HOLIDAY_OBJECT_NOUNS.iter().any(|l| l.eq_ignore_ascii_case(word))
}

pub(crate) static LEXICON: LazyLock<Lexicon> = LazyLock::new(|| {
    let mut words: HashMap<&'static str, Entry> = HashMap::new();
    for (line_no, line) in LEXICON_EN.lines().enumerate() {
        let Some((word, class, value)) = split_line(line) else { continue };
        let e = words.entry(word).or_default();
        let ok = apply(e, class, value);
        debug_assert!(ok, "lexicon.tsv line {}: unknown class/value {class}/{value}", line_no + 1);
    }
    for line in TENSE_EN.lines() {
        let Some((word, tense, strength)) = split_line(line) else { continue };
        let t = match tense {
            "past" => Tense::Past,
            "present" => Tense::Present,
            "future" => Tense::Future,
            "future-in-past" => Tense::FutureInPast,
            _ => continue,
        };
        let e = words.entry(word).or_default();
        e.tense = Some(t);
        e.tense_weak = strength == "weak";
        e.reporting = strength == "reporting";
        e.intent = strength == "intent";
        e.bare = strength == "bare";
    }
    Lexicon::from_map(words)
});

fn split_line(line: &'static str) -> Option<(&'static str, &'static str, &'static str)> {
    let line = line.trim_end_matches('\r');
    if line.is_empty() || line.starts_with('#') {
        return None;
    }
    let mut parts = line.split('\t');
    let word = parts.next()?;
    let class = parts.next()?;
    let value = parts.next().unwrap_or("");
    Some((word, class, value))
}

/// Records one lexicon line in `e`; false when the line is not understood.
fn apply(e: &mut Entry, class: &str, value: &'static str) -> bool {
    match class {
        "month" => e.month = value.parse().ok(),
        "weekday" => e.weekday = value.parse().ok(),
        "number" => e.number = value.parse().ok(),
        "ordinal" => e.ordinal = value.parse().ok(),
        "decade" => e.decade = value.parse().ok(),
        "unit" => {
            e.unit = Some(match value {
                "Y" => Unit::Year,
                "Q" => Unit::Quarter,
                "M" => Unit::Month,
                "W" => Unit::Week,
                "D" => Unit::Day,
                "H" => Unit::Hour,
                "MIN" => Unit::Minute,
                "S" => Unit::Second,
                "DE" => Unit::Decade,
                "CE" => Unit::Century,
                "WE" => Unit::Weekend,
                "HALF" => Unit::Half,
                _ => return false,
            })
        }
        "season" => e.season = Some(value),
        "partofday" => e.part_of_day = Some(value),
        "holiday" => {
            e.holiday = Some(match value {
                "thanksgiving" => Holiday::Thanksgiving,
                "easter" => Holiday::Easter,
                "laborday" => Holiday::LaborDay,
                "memorialday" => Holiday::MemorialDay,
                "electionday" => Holiday::ElectionDay,
                "blackfriday" => Holiday::BlackFriday,
                "cybermonday" => Holiday::CyberMonday,
                fixed => {
                    let Some((m, d)) = fixed.split_once('-') else { return false };
                    match (m.parse(), d.parse()) {
                        (Ok(m), Ok(d)) => Holiday::Fixed(m, d),
                        _ => return false,
                    }
                }
            })
        }
        "set" => e.set = Some(value),
        "tz" => e.zone = Some(value),
        "ampm" => e.ampm = Some(value == "pm"),
        "deictic" => e.deictic = if value == "tonight" { Some(i8::MAX) } else { value.parse().ok() },
        "ref" => e.reference = Some(value),
        "capital_only" => e.capital_only = true,
        "measure" => e.measure = true,
        "weekday_title" => e.weekday_title = true,
        "daypart_noun" => e.daypart_noun = true,
        "cue" => {
            e.cue = Some(match value {
                "last" => Cue::Last,
                "previous" => Cue::Previous,
                "next" => Cue::Next,
                "following" => Cue::Following,
                "this" => Cue::This,
                "coming" => Cue::Coming,
                "past" => Cue::Past,
                "ago" => Cue::Ago,
                "earlier" => Cue::Earlier,
                "later" => Cue::Later,
                "before" => Cue::Before,
                "after" => Cue::After,
                "since" => Cue::Since,
                "until" => Cue::Until,
                "from" => Cue::From,
                "the" => Cue::The,
                "that" => Cue::That,
                "same" => Cue::Same,
                "early" => Cue::Early,
                "late" => Cue::Late,
                "mid" => Cue::Mid,
                "end" => Cue::End,
                "beginning" => Cue::Beginning,
                "middle" => Cue::Middle,
                "every" => Cue::Every,
                "per" => Cue::Per,
                "approx" => Cue::Approx,
                "more" => Cue::More,
                "over" => Cue::Over,
                "less" => Cue::Less,
                "under" => Cue::Under,
                "least" => Cue::Least,
                "most" => Cue::Most,
                "than" => Cue::Than,
                "at" => Cue::At,
                "up" => Cue::Up,
                "to" => Cue::To,
                "modal" => Cue::Modal,
                "of" => Cue::Of,
                "in" => Cue::In,
                "on" => Cue::On,
                "and" => Cue::And,
                "or" => Cue::Or,
                "another" => Cue::Another,
                "several" => Cue::Several,
                "few" => Cue::Few,
                "many" => Cue::Many,
                "recent" => Cue::Recent,
                "current" => Cue::Current,
                "near" => Cue::Near,
                "short" => Cue::Short,
                "as" => Cue::As,
                "extend" => Cue::Extend,
                "present" => Cue::Present,
                "fiscal" => Cue::Fiscal,
                "full" => Cue::Full,
                "entire" => Cue::Entire,
                "long" => Cue::Long,
                "old" => Cue::Old,
                "ended" => Cue::Ended,
                "then" => Cue::Then,
                "moment" => Cue::Moment,
                "yearago" => Cue::YearAgo,
                "yearearlier" => Cue::YearEarlier,
                "eve" => Cue::Eve,
                "day" => Cue::Day,
                "new" => Cue::New,
                "s" => Cue::S,
                "ordsuffix" => Cue::OrdSuffix,
                _ => return false,
            })
        }
        _ => return false,
    }
    true
}
