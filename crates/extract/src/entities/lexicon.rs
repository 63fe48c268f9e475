//! Per-language word lists for entities: countries, places, nationality
//! words, titles. Loaded once from `data/<lang>/` (only English so far).

use std::collections::HashMap;
use std::sync::LazyLock;

use newsledger_geo::FnvBuild;

use super::registry::WordMatcher;

/// Lower-cases `word` into `buf` without allocating (ASCII fast path;
/// other characters through `char::to_lowercase`). `None` when the result
/// does not fit: no lexicon holds words that long.
pub(crate) fn lower_into<'b>(word: &str, buf: &'b mut [u8; 48]) -> Option<&'b [u8]> {
    if word.len() <= buf.len() && word.is_ascii() {
        let b = &mut buf[..word.len()];
        b.copy_from_slice(word.as_bytes());
        b.make_ascii_lowercase();
        return Some(b);
    }
    // `str::to_lowercase` (how keys are stored) treats a final sigma
    // specially; leave such words to it.
    if word.contains('Σ') {
        return None;
    }
    let mut n = 0;
    for c in word.chars().flat_map(char::to_lowercase) {
        let len = c.len_utf8();
        if n + len > buf.len() {
            return None;
        }
        c.encode_utf8(&mut buf[n..n + len]);
        n += len;
    }
    Some(&buf[..n])
}

/// A map from lower-cased words to values, looked up without allocating.
#[derive(Debug)]
pub(crate) struct WordMap<V> {
    map: HashMap<Box<[u8]>, V, FnvBuild>,
    /// Every key is ASCII, so a word with a character that does not
    /// lower-case to ASCII cannot be one (the Kelvin sign is the only
    /// non-ASCII character that does).
    ascii_keys: bool,
}

impl<V> Default for WordMap<V> {
    fn default() -> Self {
        WordMap { map: HashMap::default(), ascii_keys: true }
    }
}

impl<V> WordMap<V> {
    fn key(word: &str) -> Box<[u8]> {
        word.to_lowercase().into_bytes().into_boxed_slice()
    }

    pub fn insert(&mut self, key: &str, value: V) {
        let key = Self::key(key);
        self.ascii_keys &= key.is_ascii();
        self.map.insert(key, value);
    }

    pub fn get(&self, word: &str) -> Option<&V> {
        if self.ascii_keys && !word.is_ascii() && !word.contains('\u{212A}') {
            return None;
        }
        let mut buf = [0u8; 48];
        match lower_into(word, &mut buf) {
            Some(b) => self.map.get(b),
            // Far longer than any key.
            None if word.len() > 80 => None,
            None => self.map.get(word.to_lowercase().as_bytes()),
        }
    }

    pub fn contains(&self, word: &str) -> bool {
        self.get(word).is_some()
    }

    pub fn get_mut_or_default(&mut self, key: &str) -> &mut V
    where
        V: Default,
    {
        let key = Self::key(key);
        self.ascii_keys &= key.is_ascii();
        self.map.entry(key).or_default()
    }
}

/// Non-comment, non-empty lines of a data file.
pub(crate) fn data_lines(text: &str) -> impl Iterator<Item = &str> {
    text.lines().map(|l| l.trim_end_matches('\r')).filter(|l| !l.trim().is_empty() && !l.trim_start().starts_with('#'))
}

/// One row of a `kind <TAB> word [<TAB> value]` word list.
pub(crate) struct KindRow<'a> {
    pub kind: &'a str,
    /// In lower case.
    pub word: String,
    /// The third column, when there is one.
    pub value: Option<&'a str>,
}

/// The rows of a `kind <TAB> word [<TAB> value]` word list, cells trimmed.
/// A header row ("kind <TAB> word") reads as a kind no loader asks for.
pub(crate) fn kind_rows(text: &str) -> impl Iterator<Item = KindRow<'_>> {
    data_lines(text).filter_map(|line| {
        let mut cols = line.split('\t').map(str::trim);
        let (kind, word) = (cols.next()?, cols.next()?);
        Some(KindRow { kind, word: word.to_lowercase(), value: cols.next() })
    })
}

/// One country of `entity_countries.tsv`.
#[derive(Debug, Clone)]
pub struct Country {
    /// ISO 3166-1 alpha-2.
    pub code: String,
    /// The first listed name ("United States").
    pub name: String,
    /// The adjective for affiliations ("US", "Mexican").
    pub adjective: String,
}

/// What a gazetteer pattern stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PlaceKind {
    /// A country's name (index into [`Lexicon::countries`]).
    Country(u16),
    /// A capital of that country.
    Capital(u16),
    /// A demonym of that country ("Mexican", "Mexicans").
    Demonym(u16),
    /// Another GPE (state, city).
    Place,
    /// A nationality, religious or political group word.
    Norp,
}

/// A gazetteer match in a text.
#[derive(Debug, Clone, Copy)]
pub struct PlaceMatch {
    pub start: usize,
    pub end: usize,
    pub kind: PlaceKind,
}

/// Title class of a word (see `data/en/titles.tsv`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TitleClass {
    Head,
    Mod,
    Honorific,
}

/// The English entity lexicon.
pub struct Lexicon {
    pub countries: Vec<Country>,
    places: WordMatcher,
    place_kind: Vec<PlaceKind>,
    /// Every surface form → kind, for exact lookups of NER spans.
    by_name: HashMap<String, PlaceKind, FnvBuild>,
    titles: WordMap<TitleClass>,
    function_words: WordMap<()>,
}

pub(crate) const TITLES_EN: &str = include_str!("../../data/en/titles.tsv");
pub(crate) const FUNCTION_WORDS_EN: &str = include_str!("../../data/en/entity_function_words.txt");

/// Parses a title class name of `titles.tsv`.
pub(crate) fn parse_title_class(s: &str) -> Option<TitleClass> {
    match s.trim() {
        "head" => Some(TitleClass::Head),
        "mod" => Some(TitleClass::Mod),
        "hon" => Some(TitleClass::Honorific),
        _ => None,
    }
}

static ENGLISH: LazyLock<Lexicon> = LazyLock::new(|| {
    Lexicon::from_data(
        include_str!("../../data/en/entity_countries.tsv"),
        include_str!("../../data/en/entity_places.txt"),
        include_str!("../../data/en/entity_norp.txt"),
        TITLES_EN,
        FUNCTION_WORDS_EN,
    )
});

/// Plural of a demonym ("Mexican" → "Mexicans"); `None` when it has none
/// distinct from the singular ("Chinese", "French", "Swiss").
fn demonym_plural(d: &str) -> Option<String> {
    let no_plural = ["ese", "sh", "ch", "ss", "s", "."];
    if no_plural.iter().any(|e| d.ends_with(e)) || d.chars().all(|c| c.is_uppercase() || c == '.') {
        None
    } else {
        Some(format!("{d}s"))
    }
}

impl Lexicon {
    pub fn english() -> &'static Lexicon {
        &ENGLISH
    }

    fn from_data(countries_tsv: &str, places_txt: &str, norp_txt: &str, titles_tsv: &str, function_txt: &str) -> Lexicon {
        let mut countries = Vec::new();
        let mut by_name: HashMap<String, PlaceKind, FnvBuild> = HashMap::default();
        for line in data_lines(countries_tsv) {
            let cols: Vec<&str> = line.split('\t').collect();
            if cols.len() < 4 {
                continue;
            }
            let idx = countries.len() as u16;
            let names: Vec<&str> = cols[1].split('|').filter(|s| !s.is_empty()).collect();
            let Some(first) = names.first() else { continue };
            countries.push(Country { code: cols[0].to_string(), name: first.to_string(), adjective: cols[3].to_string() });
            for n in &names {
                by_name.entry(n.to_string()).or_insert(PlaceKind::Country(idx));
            }
            for d in cols[2].split('|').filter(|s| !s.is_empty()) {
                // "U.S." is both a name and a modifier; as a name it is GPE.
                by_name.entry(d.to_string()).or_insert(PlaceKind::Demonym(idx));
                if let Some(p) = demonym_plural(d) {
                    by_name.entry(p).or_insert(PlaceKind::Demonym(idx));
                }
            }
            for c in cols.get(4).map(|c| c.split('|')).into_iter().flatten().filter(|s| !s.is_empty()) {
                by_name.entry(c.to_string()).or_insert(PlaceKind::Capital(idx));
            }
        }
        for line in data_lines(places_txt) {
            by_name.entry(line.trim().to_string()).or_insert(PlaceKind::Place);
        }
        for line in data_lines(norp_txt) {
            by_name.entry(line.trim().to_string()).or_insert(PlaceKind::Norp);
        }
        let mut names: Vec<(&String, &PlaceKind)> = by_name.iter().collect();
        names.sort_by(|a, b| a.0.cmp(b.0));
        let place_kind: Vec<PlaceKind> = names.iter().map(|(_, k)| **k).collect();
        let place_names: Vec<&str> = names.iter().map(|(n, _)| n.as_str()).collect();
        // The patterns are plain strings from bundled data.
        let places = WordMatcher::new(&place_names).expect("place patterns build");
        let mut titles = WordMap::default();
        for line in data_lines(titles_tsv) {
            let mut cols = line.split('\t');
            let (Some(w), Some(c)) = (cols.next(), cols.next()) else { continue };
            let Some(class) = parse_title_class(c) else { continue };
            // A word listed both as head and mod keeps the first class.
            if !titles.contains(w.trim()) {
                titles.insert(w.trim(), class);
            }
        }
        let mut function_words = WordMap::default();
        for line in data_lines(function_txt) {
            function_words.insert(line.trim(), ());
        }
        Lexicon { countries, places, place_kind, by_name, titles, function_words }
    }

    /// Gazetteer matches (countries, capitals, demonyms, places, NORP words)
    /// on word boundaries, longest first, sorted by start.
    pub fn find_places(&self, text: &str) -> Vec<PlaceMatch> {
        self.places.find_on_boundaries(text).into_iter().map(|(s, e, p)| PlaceMatch { start: s, end: e, kind: self.place_kind[p] }).collect()
    }

    /// What an exact surface form is, if the lexicon knows it.
    pub fn place_kind(&self, name: &str) -> Option<PlaceKind> {
        self.by_name.get(name).copied()
    }

    pub fn country(&self, index: u16) -> &Country {
        &self.countries[index as usize]
    }

    /// The country of a name, capital or demonym.
    pub fn country_of(&self, name: &str) -> Option<&Country> {
        match self.place_kind(name)? {
            PlaceKind::Country(i) | PlaceKind::Capital(i) | PlaceKind::Demonym(i) => Some(self.country(i)),
            _ => None,
        }
    }

    pub fn country_by_code(&self, code: &str) -> Option<&Country> {
        self.countries.iter().find(|c| c.code == code)
    }

    /// Title class of a word; a final period is ignored ("Gen.").
    pub fn title_class(&self, word: &str) -> Option<TitleClass> {
        self.titles.get(word.strip_suffix('.').unwrap_or(word)).copied()
    }

    /// A capitalised word that may open a sentence without being a name.
    pub fn is_function_word(&self, word: &str) -> bool {
        self.function_words.contains(word)
    }
}

/// What the lexicons say about one token, computed once per document so
/// that the entity and source passes never look a word up twice.
#[derive(Debug, Clone, Copy, Default)]
pub struct TokLex {
    /// Speech verbs, source heads, quantifiers, pronouns, adverbs.
    pub info: crate::sources::lexicon::WordInfo,
    pub title: Option<TitleClass>,
    /// Gazetteer kind of the word alone ("Mexican", "Mexico", "Christian").
    pub place: Option<PlaceKind>,
    /// The word is capitalised.
    pub capitalised: bool,
    /// A capitalised word that can be part of a person's name.
    pub name_word: bool,
}

impl TokLex {
    /// The country of a demonym, country or capital word.
    pub fn country(&self) -> Option<u16> {
        match self.place? {
            PlaceKind::Country(i) | PlaceKind::Capital(i) | PlaceKind::Demonym(i) => Some(i),
            _ => None,
        }
    }
}

/// One [`TokLex`] per token.
pub fn token_lexicon(text: &str, tokens: &[newsledger_text::Token]) -> Vec<TokLex> {
    use newsledger_text::TokenKind;
    let lex = Lexicon::english();
    let slex = crate::sources::lexicon::SourceLexicon::english();
    tokens
        .iter()
        .map(|t| {
            if t.kind != TokenKind::Word {
                return TokLex::default();
            }
            let w = t.text(text);
            // One case-insensitive lookup gives speech, source, title and
            // function-word classes; place names are matched by case.
            let info = slex.info(w);
            let title = if w.ends_with('.') { lex.title_class(w) } else { info.title };
            let capitalised = w.chars().next().is_some_and(char::is_uppercase);
            let (place, name_word) = if capitalised {
                let place = lex.place_kind(w);
                let name_word = w.chars().any(char::is_lowercase)
                    && title.is_none()
                    && !matches!(place, Some(k) if k != PlaceKind::Norp)
                    && !info.function
                    && info.verb.is_none()
                    && info.head.is_none()
                    && info.pronoun.is_none()
                    && info.quant.is_none();
                (place, name_word)
            } else {
                (None, false)
            };
            TokLex { info, title, place, capitalised, name_word }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn countries_demonyms_and_places_resolve() {
        let lex = Lexicon::english();
        assert_eq!(lex.country_of("U.S.").map(|c| c.code.as_str()), Some("US"));
        assert_eq!(lex.country_of("Mexicans").map(|c| c.code.as_str()), Some("MX"));
        assert_eq!(lex.place_kind("Culiacán"), Some(PlaceKind::Place));
        assert!(matches!(lex.place_kind("Mexican"), Some(PlaceKind::Demonym(_))));
        assert_eq!(lex.title_class("Gen."), Some(TitleClass::Head));
        assert_eq!(lex.title_class("Mr."), Some(TitleClass::Honorific));
    }

    #[test]
    fn place_matches_prefer_the_longest_name() {
        let lex = Lexicon::english();
        let text = "From New Mexico to Mexico City and Mexico.";
        let got: Vec<&str> = lex.find_places(text).iter().map(|m| &text[m.start..m.end]).collect();
        assert_eq!(got, vec!["New Mexico", "Mexico City", "Mexico"]);
    }
}
