//! Per-language lexicons for segmentation, loaded from `data/<lang>/`.

use std::collections::HashSet;
use std::sync::LazyLock;

/// Abbreviations and sentence openers of one language.
#[derive(Debug, Default)]
pub struct Lexicon {
    abbreviations: HashSet<String>,
    may_end_sentence: HashSet<String>,
    sentence_openers: HashSet<String>,
    clock_abbreviations: HashSet<String>,
    clock_followers: HashSet<String>,
}

static ENGLISH: LazyLock<Lexicon> = LazyLock::new(|| {
    Lexicon::from_lists(include_str!("../data/en/abbreviations.txt"), include_str!("../data/en/sentence_openers.txt"))
        .with_clock(include_str!("../data/en/clock_abbreviations.txt"), include_str!("../data/en/clock_followers.txt"))
});

impl Lexicon {
    pub fn english() -> &'static Lexicon {
        &ENGLISH
    }

    /// Builds a lexicon from the two list files' contents (one entry a line,
    /// `#` comments; a leading `!` marks an abbreviation that may end a
    /// sentence).
    pub fn from_lists(abbreviations: &str, sentence_openers: &str) -> Lexicon {
        let mut lex = Lexicon::default();
        for line in entries(abbreviations) {
            if let Some(a) = line.strip_prefix('!') {
                lex.may_end_sentence.insert(a.to_string());
                lex.abbreviations.insert(a.to_string());
            } else {
                lex.abbreviations.insert(line.to_string());
            }
        }
        lex.sentence_openers = entries(sentence_openers).map(str::to_string).collect();
        lex
    }

    /// Adds the clock abbreviations ("a.m", without the final period) and
    /// the capitalised words that continue a time after one ("Friday").
    pub fn with_clock(mut self, abbreviations: &str, followers: &str) -> Lexicon {
        self.clock_abbreviations = entries(abbreviations).map(str::to_string).collect();
        self.clock_followers = entries(followers).map(str::to_string).collect();
        self
    }

    /// `word` (without its final period) is a clock abbreviation ("p.m").
    pub fn is_clock_abbreviation(&self, word: &str) -> bool {
        self.clock_abbreviations.contains(word)
    }

    /// `word` continues a time after a clock abbreviation ("Friday").
    pub fn is_clock_follower(&self, word: &str) -> bool {
        self.clock_followers.contains(word)
    }

    /// `word` (without its final period) is a listed abbreviation.
    pub fn is_abbreviation(&self, word: &str) -> bool {
        self.abbreviations.contains(word)
    }

    /// Dotted initialisms ("U.S", "a.m", "D.C") and listed ones such as "Inc"
    /// may end a sentence.
    pub fn abbreviation_may_end_sentence(&self, word: &str) -> bool {
        self.may_end_sentence.contains(word) || is_dotted_initialism(word)
    }

    pub fn is_sentence_opener(&self, word: &str) -> bool {
        self.sentence_openers.contains(word)
    }
}

fn entries(list: &str) -> impl Iterator<Item = &str> {
    list.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// "U.S", "a.m", "D.C": single letters separated by periods (the final
/// period is not included).
pub(crate) fn is_dotted_initialism(word: &str) -> bool {
    let mut parts = 0;
    for part in word.split('.') {
        let mut chars = part.chars();
        match (chars.next(), chars.next()) {
            (Some(c), None) if c.is_alphabetic() => parts += 1,
            _ => return false,
        }
    }
    parts >= 2
}
