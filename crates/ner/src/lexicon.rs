//! Lexical resources the features look up: Brown word clusters with word
//! log-probabilities, word classes from k-means over word embeddings, and
//! gazetteers (names of places, people, organisations, nationalities). Kept
//! as text in `data/<lang>/` (see `scripts/build_resources.py`,
//! `scripts/build_embedding_clusters.py` and MODEL_CARD.md for their sources and
//! licences) and compiled by `build.rs` into sorted tables
//! (`resources.rs`), so that loading them costs no parsing.

use std::io::Read;

use crate::features::{hash_variant, CaseVariant};
use crate::resources::LexiconTables;
use crate::NerError;

pub(crate) use crate::hash::PhraseKey;
pub(crate) use crate::resources::PREFIX;

/// Gazetteer types, in the order of `resources::GAZ_TYPE_NAMES`. Each token
/// gets, per type, its position (B/I/L/U) in the longest gazetteer phrase
/// of that type covering it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
// The variants name bit positions; only some are referred to by name.
#[allow(dead_code)]
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
    OrgSport,
    OrgCompany,
    OrgParty,
    MiscEvent,
    MiscReligion,
    MiscLanguage,
}

pub(crate) const GAZ_TYPES: usize = 16;

/// A token's gazetteer positions: bit `type * 4 + position` (B, I, L, U)
/// per type. 4 bits per type: 16 types fill it (a 17th needs a `u128`).
pub(crate) type GazBits = u64;
const _: () = assert!(GAZ_TYPES * 4 <= GazBits::BITS as usize, "gazetteer positions overflow GazBits");

/// What the lexicon knows about one word form.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct WordInfo {
    /// Brown cluster path as stored by the source (bit-reversed path); 0 = none.
    pub cluster: u32,
    /// −10 × natural log-probability, saturated at 255.
    pub neg_logprob: u8,
}

/// See [`Lexicon::name_evidence`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NameEvidence {
    /// Listed as a first name or a surname.
    pub person_name: bool,
    /// Listed as an organisation (known, team, company, party), an
    /// organisation word, a demonym, an event, a religion or a language.
    pub group_name: bool,
    /// `None`: no lower-case form is listed (a name, or a rare word);
    /// `Some(true)`: the lower-case form is at least as frequent as the
    /// form as written (a common word capitalised); `Some(false)`: rarer.
    pub lower_case: Option<bool>,
}

/// Word clusters and gazetteers for one language.
pub struct Lexicon {
    tables: LexiconTables,
}

static ENGLISH_CLUSTERS: &[u8] = include_bytes!("../data/en/clusters.tsv.gz");
static ENGLISH_EMBEDDING_CLASSES: &[u8] = include_bytes!("../data/en/embedding-clusters.tsv.gz");
static ENGLISH_GAZETTEER: &[u8] = include_bytes!("../data/en/gazetteer.tsv.gz");
/// The hand-written lists, in the order of `resources::PLAIN_GAZETTEERS`.
static ENGLISH_GAZETTEERS_PLAIN: [&str; 7] = [
    include_str!("../data/en/gazetteer-extra.tsv"),
    include_str!("../data/en/gazetteer-org-sport.tsv"),
    include_str!("../data/en/gazetteer-org-company.tsv"),
    include_str!("../data/en/gazetteer-org-party.tsv"),
    include_str!("../data/en/gazetteer-misc-event.tsv"),
    include_str!("../data/en/gazetteer-misc-religion.tsv"),
    include_str!("../data/en/gazetteer-misc-language.tsv"),
];
/// The same resources as sorted tables, built by `build.rs` at compile time.
static ENGLISH_TABLES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/en.lexicon.bin"));

impl Lexicon {
    /// The bundled English lexicon, loaded on first use from the tables that
    /// `build.rs` compiled from `data/en/` (numbers copied, nothing parsed).
    pub fn english() -> &'static Lexicon {
        static LEX: std::sync::OnceLock<Lexicon> = std::sync::OnceLock::new();
        LEX.get_or_init(|| {
            // The tables are part of the build; a failure here is a broken
            // build, caught by the crate's tests.
            let tables = LexiconTables::from_bytes(ENGLISH_TABLES).unwrap_or_else(|e| panic!("bundled English NER lexicon: {e}"));
            Lexicon { tables }
        })
    }

    /// The bundled English lexicon built from its text resources at run
    /// time, as `build.rs` does at compile time (slower; for checks).
    pub fn english_from_sources() -> Result<Lexicon, NerError> {
        Lexicon::from_parts(ENGLISH_CLUSTERS, ENGLISH_EMBEDDING_CLASSES, &[ENGLISH_GAZETTEER], &ENGLISH_GAZETTEERS_PLAIN)
    }

    /// Builds a lexicon from gzipped `word\tcluster\tneglogprob10` lines,
    /// gzipped `word\tfine\tcoarse` embedding-class lines and gazetteers
    /// (`type\tphrase` lines, gzipped or plain).
    pub fn from_parts(
        clusters_gz: &[u8],
        embedding_classes_gz: &[u8],
        gazetteers_gz: &[&[u8]],
        gazetteers_plain: &[&str],
    ) -> Result<Lexicon, NerError> {
        let clusters = gunzip(clusters_gz)?;
        let embedding_classes = gunzip(embedding_classes_gz)?;
        let unzipped = gazetteers_gz.iter().map(|g| gunzip(g)).collect::<Result<Vec<_>, _>>()?;
        let mut texts: Vec<&str> = unzipped.iter().map(String::as_str).collect();
        texts.extend_from_slice(gazetteers_plain);
        let tables = LexiconTables::build(&clusters, &embedding_classes, &texts).map_err(NerError::Resource)?;
        Ok(Lexicon { tables })
    }

    /// Looks a form up as written, then (for capitalised forms missing from
    /// the lexicon) as Title-case and lower-case, so that headlines and
    /// all-caps datelines still find their clusters.
    pub(crate) fn word(&self, form: &str, exact_hash: u64) -> (WordInfo, CaseVariant) {
        if let Some(w) = self.word_exact(exact_hash) {
            return (w, CaseVariant::Exact);
        }
        if form.chars().any(char::is_uppercase) {
            for variant in [CaseVariant::Title, CaseVariant::Lower] {
                if let Some(w) = self.word_exact(hash_variant(form, variant)) {
                    return (w, variant);
                }
            }
        }
        (WordInfo::default(), CaseVariant::Missing)
    }

    #[inline]
    pub(crate) fn word_exact(&self, hash: u64) -> Option<WordInfo> {
        self.tables.words.get(hash).map(|v| WordInfo { cluster: v >> 8, neg_logprob: v as u8 })
    }

    /// Embedding classes of a lower-case form (by its [`crate::hash::hash_str`]
    /// hash): `fine << 16 | coarse`, 0 when the form has none.
    #[inline]
    pub(crate) fn embedding_classes(&self, lower_hash: u64) -> u32 {
        self.tables.embeddings.get(lower_hash).unwrap_or(0)
    }

    /// Gazetteer types of the phrase with this key, plus [`PREFIX`] when
    /// longer phrases start with it; 0 when neither.
    #[inline]
    pub(crate) fn phrase(&self, key: u64) -> u32 {
        self.tables.phrases.get(key).unwrap_or(0)
    }

    pub(crate) fn max_phrase_tokens(&self) -> usize {
        self.tables.max_phrase_tokens as usize
    }

    /// What the lexicon knows of a capitalised word, for callers outside
    /// the tagger: the place scanner asks whether the word after "Indiana"
    /// continues a person's name ("Indiana Jones") or not ("Indiana
    /// Statehouse").
    pub fn name_evidence(&self, form: &str) -> NameEvidence {
        let mut key = PhraseKey::new();
        key.push(crate::hash::hash_lower(form));
        let types = self.phrase(key.finish());
        let has = |t: GazType| types & (1 << t as u32) != 0;
        let exact = self.word_exact(hash_variant(form, CaseVariant::Exact));
        let lower = self.word_exact(hash_variant(form, CaseVariant::Lower));
        NameEvidence {
            person_name: has(GazType::PerFirst) || has(GazType::PerLast),
            group_name: [
                GazType::OrgKnown,
                GazType::OrgKeyword,
                GazType::OrgSport,
                GazType::OrgCompany,
                GazType::OrgParty,
                GazType::MiscDemonym,
                GazType::MiscEvent,
                GazType::MiscReligion,
                GazType::MiscLanguage,
            ]
            .into_iter()
            .any(has),
            // Smaller negative log-probability = more frequent.
            lower_case: lower.map(|l| exact.is_none_or(|e| l.neg_logprob <= e.neg_logprob)),
        }
    }

    pub fn fingerprint(&self) -> u64 {
        self.tables.fingerprint
    }

    /// Number of word forms, and of gazetteer keys (phrases and their proper prefixes).
    pub fn sizes(&self) -> (usize, usize) {
        (self.tables.words.len(), self.tables.phrases.len())
    }
}

fn gunzip(bytes: &[u8]) -> Result<String, NerError> {
    let mut out = String::new();
    flate2::read::GzDecoder::new(bytes)
        .read_to_string(&mut out)
        .map_err(|e| NerError::Resource(format!("cannot decompress resource: {e}")))?;
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gazetteer_type_order_matches_names() {
        use crate::resources::GAZ_TYPE_NAMES;
        assert_eq!(GAZ_TYPE_NAMES.len(), GAZ_TYPES);
        assert_eq!(GAZ_TYPE_NAMES[GazType::LocCountry as usize], "loc.country");
        assert_eq!(GAZ_TYPE_NAMES[GazType::PerTitle as usize], "per.title");
        assert_eq!(GAZ_TYPE_NAMES[GazType::OrgKnown as usize], "org.known");
        assert_eq!(GAZ_TYPE_NAMES[GazType::MiscDemonym as usize], "misc.demonym");
        assert_eq!(GAZ_TYPE_NAMES[GazType::MiscLanguage as usize], "misc.language");
    }

    /// Embedding classes are keyed by the lower-case form and group words
    /// used alike: two country names share a fine class, a country and a
    /// function word do not, and unknown forms have none.
    /// Surnames are names, common words are mostly written in lower case,
    /// and a made-up word has no lower-case form.
    #[test]
    fn name_evidence_tells_names_from_common_words() {
        let lex = Lexicon::english();
        let jones = lex.name_evidence("Jones");
        assert!(jones.person_name);
        assert_eq!(jones.lower_case, Some(false));
        assert_eq!(lex.name_evidence("Statehouse").lower_case, Some(true));
        assert_eq!(lex.name_evidence("Qzxwvbrt").lower_case, None);
        assert!(lex.name_evidence("Mexican").group_name);
    }

    #[test]
    fn embedding_classes_group_similar_words() {
        use crate::hash::hash_str;
        let lex = Lexicon::english();
        let class = |w: &str| lex.embedding_classes(hash_str(w));
        let (germany, france, the) = (class("germany"), class("france"), class("the"));
        assert_ne!(germany, 0);
        assert_eq!(germany >> 16, france >> 16);
        assert_ne!(germany >> 16, the >> 16);
        assert_eq!(class("Germany"), 0, "keys are lower case");
        assert_eq!(class("qzxqzxqzx"), 0);
    }

    /// The compiled tables hold exactly what the text resources say.
    #[test]
    fn compiled_tables_match_sources() {
        let built = Lexicon::english_from_sources().unwrap();
        let compiled = Lexicon::english();
        assert_eq!(built.fingerprint(), compiled.fingerprint());
        assert_eq!(built.sizes(), compiled.sizes());
        assert_eq!(built.tables.to_bytes(), compiled.tables.to_bytes());
    }
}
