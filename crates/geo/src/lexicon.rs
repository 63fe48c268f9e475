//! Per-language word lists the place tagger needs besides the gazetteer:
//! titles, organisation heads, words never tagged as places, place names
//! that are also common words, and demonyms. English lives in `data/en/`.

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

use crate::gazetteer::FnvBuild;

/// The word lists of one language. Words are compared ASCII-case-insensitively.
#[derive(Debug)]
pub struct Lexicon {
    titles: HashSet<&'static [u8], FnvBuild>,
    person_titles: HashSet<&'static [u8], FnvBuild>,
    org_heads: HashSet<&'static [u8], FnvBuild>,
    not_places: HashSet<&'static [u8], FnvBuild>,
    disease_heads: HashSet<&'static [u8], FnvBuild>,
    feature_nouns: HashSet<&'static [u8], FnvBuild>,
    far_feature_nouns: HashSet<&'static [u8], FnvBuild>,
    facility_nouns: HashSet<&'static [u8], FnvBuild>,
    settlement_nouns: HashSet<&'static [u8], FnvBuild>,
    name_particles: HashSet<&'static [u8], FnvBuild>,
    admin_units: HashSet<&'static [u8], FnvBuild>,
    admin_area_nouns: HashSet<&'static [u8], FnvBuild>,
    place_verbs: HashSet<&'static [u8], FnvBuild>,
    list_links: HashSet<&'static [u8], FnvBuild>,
    non_name_openers: HashSet<&'static [u8], FnvBuild>,
    /// Normalised gazetteer keys that are also lower-case English words.
    common_words: HashSet<&'static str, FnvBuild>,
    /// Common words among them that are everyday words or names.
    everyday_words: HashSet<&'static str, FnvBuild>,
    demonyms: HashMap<&'static str, [u8; 2], FnvBuild>,
    /// Every demonym starts with an upper-case letter (English), so a word
    /// that does not is answered without hashing it.
    demonyms_capitalised: bool,
}

fn starts_upper(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

fn lines(text: &'static str) -> impl Iterator<Item = &'static str> {
    text.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// Lower-cases `word` into `buf` when it is short ASCII; `None` otherwise
/// (no list holds such words). Lets lookups avoid allocating.
fn lower<'b>(word: &str, buf: &'b mut [u8; 32]) -> Option<&'b [u8]> {
    let b = word.as_bytes();
    if b.len() > buf.len() || !word.is_ascii() {
        return None;
    }
    let out = &mut buf[..b.len()];
    out.copy_from_slice(b);
    out.make_ascii_lowercase();
    Some(out)
}

fn set_of(text: &'static str) -> HashSet<&'static [u8], FnvBuild> {
    // Stored lower-case; the lists are written in their usual case.
    lines(text).map(|w| &*Box::leak(w.to_ascii_lowercase().into_bytes().into_boxed_slice())).collect()
}

impl Lexicon {
    /// The English lists, built once.
    pub fn english() -> &'static Lexicon {
        static EN: OnceLock<Lexicon> = OnceLock::new();
        EN.get_or_init(|| {
            let demonyms = lines(include_str!("../data/en/demonyms.tsv"))
                .filter_map(|l| {
                    let (word, iso) = l.split_once('\t')?;
                    let b = iso.as_bytes();
                    (b.len() == 2).then(|| (word, [b[0], b[1]]))
                })
                .collect::<HashMap<_, _, FnvBuild>>();
            let demonyms_capitalised = demonyms.keys().all(|w| starts_upper(w));
            Lexicon {
                titles: set_of(include_str!("../data/en/titles.txt")),
                person_titles: set_of(include_str!("../data/en/person_titles.txt")),
                org_heads: set_of(include_str!("../data/en/org_heads.txt")),
                not_places: set_of(include_str!("../data/en/not_places.txt")),
                disease_heads: set_of(include_str!("../data/en/disease_heads.txt")),
                feature_nouns: set_of(include_str!("../data/en/feature_nouns.txt")),
                far_feature_nouns: set_of(include_str!("../data/en/far_feature_nouns.txt")),
                facility_nouns: set_of(include_str!("../data/en/facility_nouns.txt")),
                settlement_nouns: set_of(include_str!("../data/en/settlement_nouns.txt")),
                name_particles: set_of(include_str!("../data/en/name_particles.txt")),
                admin_units: set_of(include_str!("../data/en/admin_units.txt")),
                admin_area_nouns: set_of(include_str!("../data/en/admin_area_nouns.txt")),
                place_verbs: set_of(include_str!("../data/en/place_verbs.txt")),
                list_links: set_of(include_str!("../data/en/list_links.txt")),
                non_name_openers: set_of(include_str!("../data/en/non_name_openers.txt")),
                common_words: lines(include_str!("../data/en/common_words.txt")).collect(),
                everyday_words: lines(include_str!("../data/en/everyday_words.txt")).collect(),
                demonyms,
                demonyms_capitalised,
            }
        })
    }

    fn has(set: &HashSet<&'static [u8], FnvBuild>, word: &str) -> bool {
        let mut buf = [0u8; 32];
        lower(word, &mut buf).is_some_and(|w| set.contains(w))
    }

    /// "President", "Army": may follow a place in one capitalised run.
    pub fn is_title(&self, word: &str) -> bool {
        Self::has(&self.titles, word)
    }
    /// "Mr.", "President", "Gen.": the capitalised words after it are a name.
    pub fn is_person_title(&self, word: &str) -> bool {
        Self::has(&self.person_titles, word)
    }
    /// "Department", "Times", "University": the run is an organisation.
    pub fn is_org_head(&self, word: &str) -> bool {
        Self::has(&self.org_heads, word)
    }
    /// Months, weekdays and the like: never a place on their own.
    pub fn is_not_place(&self, word: &str) -> bool {
        Self::has(&self.not_places, word)
    }
    /// "virus", "fever": after a place name, the two name a disease.
    pub fn is_disease_head(&self, word: &str) -> bool {
        Self::has(&self.disease_heads, word)
    }
    /// "River", "Valley": after a place name, the two name a feature of it.
    pub fn is_feature_noun(&self, word: &str) -> bool {
        Self::has(&self.feature_nouns, word)
    }
    /// "Island", "River": after a town's name, a feature that often lies
    /// far from the town ("Santa Cruz Island").
    pub fn is_far_feature_noun(&self, word: &str) -> bool {
        Self::has(&self.far_feature_nouns, word)
    }
    /// "station", "Park": after a town's name and before "in <City>", the
    /// name is the facility's ("Waterloo station in London").
    pub fn is_facility_noun(&self, word: &str) -> bool {
        Self::has(&self.facility_nouns, word)
    }
    /// "city", "town": after "border", the border only describes the
    /// settlement ("the U.S. border city of El Paso").
    pub fn is_settlement_noun(&self, word: &str) -> bool {
        Self::has(&self.settlement_nouns, word)
    }
    /// "Van", "Von": before a capitalised word, the start of a person's name.
    pub fn is_name_particle(&self, word: &str) -> bool {
        Self::has(&self.name_particles, word)
    }
    /// "District", "Province": "<unit> of <Place>" is a unit inside the place.
    pub fn is_admin_unit(&self, word: &str) -> bool {
        Self::has(&self.admin_units, word)
    }
    /// "region", "State", "province": after a place name, the name means the
    /// administrative area rather than its town of the same name.
    pub fn is_admin_area_noun(&self, word: &str) -> bool {
        Self::has(&self.admin_area_nouns, word)
    }
    /// "Within", "Why", "For": a word that opens a sentence before a place
    /// name and is no first name ("Within Delhi, …").
    pub fn is_non_name_opener(&self, word: &str) -> bool {
        Self::has(&self.non_name_openers, word)
    }
    /// "hit", "entered", "visited": a verb whose object is usually a place.
    pub fn is_place_verb(&self, word: &str) -> bool {
        Self::has(&self.place_verbs, word)
    }
    /// The text between two place names joins them as items of one list:
    /// commas and list words ("and", "or", "in") only, at least one word or
    /// a comma. A comma alone is also how a place is qualified ("Culiacán,
    /// Sinaloa"); callers tell the two apart.
    pub fn is_list_link(&self, between: &str) -> bool {
        let mut words = 0;
        for part in between.split(|c: char| c == ',' || c.is_whitespace()).filter(|p| !p.is_empty()) {
            if !Self::has(&self.list_links, part) {
                return false;
            }
            words += 1;
        }
        words > 0 || between.contains(',')
    }
    /// `key` (normalised) is a place name that is also a lower-case word.
    pub fn is_common_word(&self, key: &str) -> bool {
        self.common_words.contains(key)
    }
    /// `key` (normalised) is a common word that is also an everyday word,
    /// a brand or a first name ("man", "nice", "delta"): capitalised, it is
    /// no sign of a place however big the town.
    pub fn is_everyday_word(&self, key: &str) -> bool {
        self.everyday_words.contains(key)
    }
    /// `key` (normalised) is read as a word before a place: a common
    /// lower-case word, or an everyday word or brand of the hand list
    /// that no dictionary has ("metro").
    pub fn reads_as_word(&self, key: &str) -> bool {
        self.is_common_word(key) || self.is_everyday_word(key)
    }
    /// The country a demonym or country adjective points to ("Mexican" →
    /// `MX`). Case-sensitive: demonyms are capitalised in English.
    pub fn demonym(&self, word: &str) -> Option<[u8; 2]> {
        if self.demonyms_capitalised && !starts_upper(word) {
            return None;
        }
        self.demonyms.get(word).copied()
    }
}
