//! Lexical resources the features look up: Brown word clusters with word
//! log-probabilities, and gazetteers (names of places, people, organisations,
//! nationalities). Loaded from `data/<lang>/`; see `scripts/build_resources.py`
//! and MODEL_CARD.md for their sources and licences.

use std::collections::HashMap;
use std::io::Read;

use crate::features::{hash_lower, hash_variant, CaseVariant};
use crate::hash::{hash_str, Hasher, PreHashed};
use crate::NerError;

/// Gazetteer types. Each token gets, per type, its position (B/I/L/U) in the
/// longest gazetteer phrase of that type covering it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub(crate) enum GazType {
    LocCountry = 0,
    LocCity,
    LocState,
    LocRegion,
    PerFirst,
    PerLast,
    PerTitle,
    OrgKnown,
    OrgKeyword,
    MiscDemonym,
}

pub(crate) const GAZ_TYPES: usize = 10;

/// Phrase-map flag: the key is a proper prefix of some phrase.
pub(crate) const PREFIX: u16 = 1 << 15;

impl GazType {
    fn parse(s: &str) -> Option<GazType> {
        Some(match s {
            "loc.country" => GazType::LocCountry,
            "loc.city" => GazType::LocCity,
            "loc.state" => GazType::LocState,
            "loc.region" => GazType::LocRegion,
            "per.first" => GazType::PerFirst,
            "per.last" => GazType::PerLast,
            "per.title" => GazType::PerTitle,
            "org.known" => GazType::OrgKnown,
            "org.keyword" => GazType::OrgKeyword,
            "misc.demonym" => GazType::MiscDemonym,
            _ => return None,
        })
    }
}

/// What the lexicon knows about one word form.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct WordInfo {
    /// Brown cluster path as stored by the source (bit-reversed path); 0 = none.
    pub cluster: u32,
    /// −10 × natural log-probability, saturated at 255.
    pub neg_logprob: u8,
}

/// Word clusters and gazetteers for one language.
pub struct Lexicon {
    words: HashMap<u64, WordInfo, PreHashed>,
    /// Phrase key (see [`phrase_key`]) → bit set of [`GazType`]s.
    phrases: HashMap<u64, u16, PreHashed>,
    max_phrase_tokens: usize,
    /// Identifies the resource bytes, so that a model trained with one
    /// lexicon is not silently run with another.
    fingerprint: u64,
}

static ENGLISH_CLUSTERS: &[u8] = include_bytes!("../data/en/clusters.tsv.gz");
static ENGLISH_GAZETTEER: &[u8] = include_bytes!("../data/en/gazetteer.tsv.gz");
static ENGLISH_GAZETTEER_EXTRA: &str = include_str!("../data/en/gazetteer-extra.tsv");

impl Lexicon {
    /// The bundled English lexicon, built on first use.
    pub fn english() -> &'static Lexicon {
        static LEX: std::sync::OnceLock<Lexicon> = std::sync::OnceLock::new();
        LEX.get_or_init(|| {
            // The bundled files are part of the build; a failure here is a
            // broken build, caught by the crate's tests.
            Lexicon::from_parts(ENGLISH_CLUSTERS, &[ENGLISH_GAZETTEER], &[ENGLISH_GAZETTEER_EXTRA])
                .unwrap_or_else(|e| panic!("bundled English NER lexicon is unreadable: {e}"))
        })
    }

    /// Builds a lexicon from gzipped `word\tcluster\tneglogprob10` lines and
    /// gazetteers (`type\tphrase` lines, gzipped or plain).
    pub fn from_parts(clusters_gz: &[u8], gazetteers_gz: &[&[u8]], gazetteers_plain: &[&str]) -> Result<Lexicon, NerError> {
        let mut fp = Hasher::new(99);
        let clusters = gunzip(clusters_gz)?;
        let mut words: HashMap<u64, WordInfo, PreHashed> = HashMap::with_capacity_and_hasher(clusters.len() / 12, PreHashed);
        for (n, line) in clusters.lines().enumerate() {
            let mut cols = line.split('\t');
            let (Some(w), Some(c), Some(p)) = (cols.next(), cols.next(), cols.next()) else {
                return Err(NerError::Resource(format!("clusters line {}: expected 3 columns", n + 1)));
            };
            let cluster: u32 = c.parse().map_err(|_| NerError::Resource(format!("clusters line {}: bad cluster", n + 1)))?;
            let nlp: u32 = p.parse().map_err(|_| NerError::Resource(format!("clusters line {}: bad log-prob", n + 1)))?;
            words.insert(hash_str(w), WordInfo { cluster, neg_logprob: nlp.min(255) as u8 });
            fp.add(hash_str(line));
        }
        let mut lex = Lexicon { words, phrases: HashMap::with_hasher(PreHashed), max_phrase_tokens: 1, fingerprint: 0 };
        for gz in gazetteers_gz {
            let text = gunzip(gz)?;
            lex.add_gazetteer(&text, &mut fp)?;
        }
        for text in gazetteers_plain {
            lex.add_gazetteer(text, &mut fp)?;
        }
        lex.fingerprint = fp.finish();
        Ok(lex)
    }

    fn add_gazetteer(&mut self, text: &str, fp: &mut Hasher) -> Result<(), NerError> {
        for (n, line) in text.lines().enumerate() {
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let Some((ty, phrase)) = line.split_once('\t') else {
                return Err(NerError::Resource(format!("gazetteer line {}: expected type<TAB>phrase", n + 1)));
            };
            let Some(ty) = GazType::parse(ty) else {
                return Err(NerError::Resource(format!("gazetteer line {}: unknown type {ty:?}", n + 1)));
            };
            let tokens = newsledger_text::tokenize(phrase);
            if tokens.is_empty() || tokens.len() > 8 {
                continue;
            }
            let mut key = PhraseKey::new();
            for (k, t) in tokens.iter().enumerate() {
                key.push(hash_lower(t.text(phrase)));
                // Proper prefixes are marked so that matching can stop as
                // soon as a token sequence is no phrase's prefix.
                let bit = if k + 1 == tokens.len() { 1 << ty as u16 } else { PREFIX };
                *self.phrases.entry(key.finish()).or_insert(0) |= bit;
            }
            self.max_phrase_tokens = self.max_phrase_tokens.max(tokens.len());
            fp.add(hash_str(line));
        }
        Ok(())
    }

    /// Looks a form up as written, then (for capitalised forms missing from
    /// the lexicon) as Title-case and lower-case, so that headlines and
    /// all-caps datelines still find their clusters.
    pub(crate) fn word(&self, form: &str, exact_hash: u64) -> (WordInfo, CaseVariant) {
        if let Some(w) = self.words.get(&exact_hash) {
            return (*w, CaseVariant::Exact);
        }
        if form.chars().any(char::is_uppercase) {
            for variant in [CaseVariant::Title, CaseVariant::Lower] {
                if let Some(w) = self.words.get(&hash_variant(form, variant)) {
                    return (*w, variant);
                }
            }
        }
        (WordInfo::default(), CaseVariant::Missing)
    }

    pub(crate) fn word_exact(&self, hash: u64) -> Option<WordInfo> {
        self.words.get(&hash).copied()
    }

    /// Gazetteer types of the phrase with this key, plus [`PREFIX`] when
    /// longer phrases start with it; 0 when neither.
    pub(crate) fn phrase(&self, key: u64) -> u16 {
        self.phrases.get(&key).copied().unwrap_or(0)
    }

    pub(crate) fn max_phrase_tokens(&self) -> usize {
        self.max_phrase_tokens
    }

    pub fn fingerprint(&self) -> u64 {
        self.fingerprint
    }

    /// Number of word forms, and of gazetteer keys (phrases and their proper prefixes).
    pub fn sizes(&self) -> (usize, usize) {
        (self.words.len(), self.phrases.len())
    }
}

/// Key of a token sequence in the gazetteer: a hash over the tokens'
/// lower-cased forms.
#[derive(Clone, Copy)]
pub(crate) struct PhraseKey(Hasher);

impl PhraseKey {
    pub(crate) fn new() -> Self {
        PhraseKey(Hasher::new(7))
    }
    pub(crate) fn push(&mut self, lower_hash: u64) {
        self.0.add(lower_hash);
    }
    pub(crate) fn finish(self) -> u64 {
        self.0.finish()
    }
}

fn gunzip(bytes: &[u8]) -> Result<String, NerError> {
    let mut out = String::new();
    flate2::read::GzDecoder::new(bytes)
        .read_to_string(&mut out)
        .map_err(|e| NerError::Resource(format!("cannot decompress resource: {e}")))?;
    Ok(out)
}
