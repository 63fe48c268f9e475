//! Finding place-name candidates in the token stream without a tagger.
//!
//! A candidate is the longest gazetteer name starting at a capitalised word
//! (or a word in capitals), within one sentence. Then the capitalised words
//! around it decide whether it is a place or part of another name:
//!
//! * an organisation head after it ("Illinois Department", "Washington
//!   Post") makes it part of an organisation: dropped;
//! * a title after it ("U.S. President", "UK Health Secretary") keeps it;
//! * any other capitalised neighbour keeps it only if it names an area
//!   (country, admin-1, region, sea): a town name glued to other capitalised
//!   words is usually a person or a company;
//! * a single word that is also a common lower-case word ("Police",
//!   "Reading") is dropped at the start of a sentence, where capitals say
//!   nothing; months and weekdays are never places;
//! * a word seen after a person's title anywhere in the article
//!   ("President Trump") is a name, not a place;
//! * in title-case lines (headlines) every word is capitalised, so only
//!   areas and cities of 100,000+ people are kept.
//!
//! "Place, Qualifier" pairs are linked ("Culiacán, Sinaloa", "Long Beach,
//! CA"), and qualifier-only abbreviations ("CA", "Calif.") are only looked
//! for in that position.

use std::collections::HashSet;

use newsledger_geo::{looks_like_acronym, FnvBuild, Gazetteer, Kind, Lexicon, Posting};
use newsledger_text::{Segmentation, Token, TokenKind};

/// Longest name tried, in words.
const MAX_WORDS: usize = 7;
/// A town named like a common word needs a cue below this population.
const COMMON_WORD_MAX_POPULATION: u32 = 100_000;
/// In title-case lines, the smallest town kept.
const HEADLINE_MIN_POPULATION: u32 = 100_000;

/// Lower-case words allowed inside a multi-word name ("Gulf of Mexico",
/// "Bosnia and Herzegovina", "Rio de Janeiro").
const CONNECTORS: &[&str] =
    &["of", "de", "del", "la", "las", "los", "and", "the", "da", "do", "dos", "das", "al", "el", "es", "du", "des", "di", "y", "upon", "on", "am", "an", "im", "sur"];

/// Lower-case words that may end a name ("Washington state", "the U.S.-Mexico
/// border"), tried only when the longer name exists.
const TRAILING_HEADS: &[&str] = &["state", "province", "region", "county", "strip", "border", "islands", "island"];

/// Connectors that join a capitalised word and a place into one name
/// ("Bank of Mexico", "Tren de Aragua"); "and" lists places instead.
const NAME_JOINERS: &[&str] = &["of", "de", "del", "la", "las", "los", "da", "do", "dos", "das", "du", "des", "di", "al", "el"];

/// Prepositions that introduce a location ("in Reading", "near Orange").
pub(crate) const LOCATIVES: &[&str] = &[
    "in", "at", "near", "from", "to", "outside", "of", "across", "around", "through", "throughout", "into", "toward", "towards",
    "within", "via", "between", "and", "inside", "nearby", "north", "south", "east", "west", "off",
];

/// Prepositions after which a country may precede a person's name in
/// apposition ("the ambassador to Britain Liu Xiaoming", "the envoy of
/// Mexico Esteban Moctezuma").
const ENVOY_PREPOSITIONS: &[&str] = &["to", "of", "in", "from", "for"];

/// Verbs of saying: a single name right next to one is a speaker.
const SPEECH_VERBS: &[&str] = &[
    "said", "says", "added", "adds", "told", "tells", "stated", "explained", "noted", "asked", "wrote", "warned", "argued",
    "claimed", "insisted", "recalled", "declared", "announced", "confirmed", "denied", "acknowledged",
];

/// Directions before a place inside one capitalised run ("Northern Mexico").
const DIRECTIONS: &[&str] = &[
    "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central", "Upper", "Lower", "Greater",
    "Northeastern", "Northwestern", "Southeastern", "Southwestern", "Coastal",
];

/// A place-name candidate: token and byte ranges.
#[derive(Debug, Clone, PartialEq)]
pub struct Candidate {
    /// Byte range in the text.
    pub start: usize,
    pub end: usize,
    /// First token and one past the last.
    pub tok_start: usize,
    pub tok_end: usize,
    /// Written in capitals or with periods.
    pub acronym: bool,
    /// Index (in the output list) of the candidate this one qualifies.
    pub qualifies: Option<usize>,
    /// Followed by "border".
    pub before_border: bool,
    /// Followed by "region", "State", "province"…, or after "the state
    /// of": the area is meant.
    pub before_admin_area: bool,
    /// After "the" ("the Red Sea").
    pub after_the: bool,
}

fn first_char(s: &str) -> Option<char> {
    s.chars().next()
}

fn is_capitalised(s: &str) -> bool {
    first_char(s).is_some_and(char::is_uppercase)
}

/// An elided article before a capital inside a name ("d'Ivoire", "l'Aquila").
fn is_elision(s: &str) -> bool {
    let mut cs = s.chars();
    matches!((cs.next(), cs.next(), cs.next()), (Some('d' | 'l'), Some('\'' | '’'), Some(c)) if c.is_uppercase())
}

fn has_letter(s: &str) -> bool {
    if s.is_ascii() {
        s.bytes().any(|b| b.is_ascii_alphabetic())
    } else {
        // The text crate's bitmap: the standard library's answer without
        // its range-table search (Cyrillic and Greek headlines).
        s.chars().any(newsledger_text::chars::is_alphabetic)
    }
}

/// Function words that stay lower-case in title-case headlines.
fn is_title_case_exception(w: &str) -> bool {
    matches!(w, "a" | "an" | "the" | "of" | "to" | "in" | "on" | "at" | "by" | "for" | "and" | "or" | "with" | "from" | "as" | "but" | "vs" | "via")
}

/// Which sentences of `seg` are title-case lines (see [`is_title_case`]).
pub fn title_case_sentences(text: &str, seg: &Segmentation) -> Vec<bool> {
    seg.sentences.iter().map(|s| is_title_case(text, &seg.tokens[s.tokens.clone()])).collect()
}

/// Is this sentence a title-case line (a headline, a section heading)?
fn is_title_case(text: &str, toks: &[Token]) -> bool {
    // Running text ends with a full stop; headlines and headings do not.
    // Checked first: it settles most sentences without reading their words.
    let ends_like_prose = toks.iter().rev().find(|t| t.kind != TokenKind::CloseQuote).is_some_and(|t| t.kind == TokenKind::Terminal);
    if ends_like_prose {
        return false;
    }
    let mut words = 0;
    let mut caps = 0;
    for t in toks.iter().filter(|t| t.kind == TokenKind::Word) {
        let w = t.text(text);
        if !has_letter(w) || is_title_case_exception(w) {
            continue;
        }
        words += 1;
        if is_capitalised(w) {
            caps += 1;
        }
    }
    words >= 3 && caps * 10 >= words * 8
}

/// Words of an article that are parts of person names (FNV-hashed: short
/// words, looked up once per candidate).
pub type PersonWords<'t> = HashSet<&'t str, FnvBuild>;

/// Words the article uses as parts of person names:
///
/// * what follows a person's title inside one capitalised run ("President
///   Claudia Sheinbaum" → "Claudia", "Sheinbaum");
/// * the last word of a run of two or more capitalised words that is not
///   itself a gazetteer name ("Barack Obama" → "Obama"), so that a later
///   "Obama said" is not a town.
///
/// `headlines`: [`title_case_sentences`] of `seg`.
pub fn person_name_words<'t>(text: &'t str, seg: &Segmentation, headlines: &[bool], gaz: &Gazetteer, lex: &Lexicon) -> PersonWords<'t> {
    let mut out = PersonWords::default();
    let openers = newsledger_text::Lexicon::english();
    let function_words = crate::entities::lexicon::Lexicon::english();
    let mut key = String::with_capacity(64);
    for (si, s) in seg.sentences.iter().enumerate() {
        let toks = &seg.tokens[s.tokens.clone()];
        if headlines[si] {
            continue;
        }
        let mut i = 0;
        while i < toks.len() {
            let w = toks[i].text(text);
            // Capitalisation first: it is cheaper than the title look-up
            // and rules out most words.
            if toks[i].kind == TokenKind::Word && is_capitalised(w) && lex.is_person_title(w) {
                let mut j = i + 1;
                // Skip further titles ("Prime Minister", "Vice President").
                while j < toks.len() && lex.is_person_title(toks[j].text(text)) {
                    j += 1;
                }
                let mut taken = 0;
                while j < toks.len() && taken < 3 {
                    let t = &toks[j];
                    let w = t.text(text);
                    if t.kind != TokenKind::Word || !is_capitalised(w) || t.newline_before {
                        break;
                    }
                    out.insert(w);
                    taken += 1;
                    j += 1;
                }
                i = j;
                continue;
            }
            // A plain capitalised run.
            let mut j = i;
            while j < toks.len()
                && toks[j].kind == TokenKind::Word
                && is_capitalised(toks[j].text(text))
                && (j == i || !toks[j].newline_before)
            {
                j += 1;
            }
            let mut a = i;
            // "When Trump …", "Why Delhi's air …", "Within Delhi, …": a
            // word that opens sentences before names is no first name.
            if a < j && (openers.is_sentence_opener(toks[a].text(text)) || function_words.is_function_word(toks[a].text(text)) || lex.is_non_name_opener(toks[a].text(text))) {
                a += 1;
            }
            if j >= a + 2 {
                key.clear();
                for t in &toks[a..j] {
                    if !key.is_empty() {
                        key.push(' ');
                    }
                    gaz.normalise_into(t.text(text), &mut key);
                }
                let is_place = gaz.lookup(&key).is_some_and(|l| !l.postings.is_empty());
                let has_org = toks[a..j].iter().any(|t| lex.is_org_head(t.text(text)) || lex.is_title(t.text(text)));
                // "North-Western Sydney", "Mexican Sinaloa": a place word
                // before the last one says it is not a surname.
                let prev = toks[j - 2].text(text);
                key.clear();
                gaz.normalise_into(prev, &mut key);
                let prev_placey = lex.demonym(prev).is_some()
                    || prev.split('-').all(|p| DIRECTIONS.iter().any(|d| d.eq_ignore_ascii_case(p)))
                    || gaz.lookup(&key).is_some_and(|l| !l.postings.is_empty());
                if !is_place && !has_org && !prev_placey {
                    out.insert(toks[j - 1].text(text));
                }
            }
            i = j.max(i + 1);
        }
    }
    out
}

/// Scans the article for place-name candidates.
pub struct Scanner<'a> {
    pub text: &'a str,
    pub seg: &'a Segmentation,
    pub gaz: &'a Gazetteer,
    pub lex: &'a Lexicon,
    /// Words known to be parts of person names in this article.
    pub person_words: &'a PersonWords<'a>,
    /// Per sentence: a title-case line.
    pub headlines: &'a [bool],
    /// The tagger's word lists: which capitalised words are names.
    names: &'static newsledger_ner::Lexicon,
    key: String,
    key2: String,
}

/// How a match may use the gazetteer's flagged names.
#[derive(Clone, Copy)]
struct Mode {
    qualifier: bool,
}

struct Match {
    tok_end: usize,
    /// Byte range when only part of a hyphenated token matched.
    sub: Option<(usize, usize)>,
    area: bool,
    max_pop: u32,
    single_key_common: bool,
}

impl<'a> Scanner<'a> {
    pub fn new(
        text: &'a str,
        seg: &'a Segmentation,
        gaz: &'a Gazetteer,
        lex: &'a Lexicon,
        person_words: &'a PersonWords<'a>,
        headlines: &'a [bool],
    ) -> Self {
        let names = newsledger_ner::Lexicon::english();
        Scanner { text, seg, gaz, lex, person_words, headlines, names, key: String::with_capacity(64), key2: String::with_capacity(64) }
    }

    /// Whether any posting may be used here; whether one is an area (an
    /// admin area whose name is a common word does not count: "Central");
    /// the largest town population among them.
    fn usable(&self, postings: &[Posting], surface_acronym: bool, short: bool, mode: Mode, common: bool) -> (bool, bool, u32) {
        let mut any = false;
        let mut area = false;
        let mut max_pop = 0;
        for p in postings {
            if p.is(Posting::QUALIFIER_ONLY) && !mode.qualifier {
                continue;
            }
            if surface_acronym && short && !p.is(Posting::ACRONYM) {
                continue;
            }
            any = true;
            let e = self.gaz.entry(p.place);
            // "Central" (from "Central Region") is not an area mention; a
            // state's own name is, even if a dictionary lists it, unless it
            // is mostly an everyday word ("a Store page", "the Falcon
            // Heavy").
            area |= e.kind.is_area() && !(common && e.kind == Kind::Admin1 && (!p.is(Posting::PRIMARY) || self.lex.is_everyday_word(&self.key)));
            if e.kind == Kind::City || e.kind == Kind::Admin2 {
                max_pop = max_pop.max(e.population);
            }
        }
        (any, area, max_pop)
    }

    /// Whether a name (its key in `self.key`; `common`: a lower-case word
    /// too) is a town that needs a locative cue to count. Only small towns:
    /// a city of 100,000+ named like an obscure word ("Acapulco") is the
    /// city; one named like an everyday word ("Nice", "Man") is not.
    fn named_like_a_word(&self, common: bool, area: bool, max_pop: u32) -> bool {
        common && !area && (max_pop < COMMON_WORD_MAX_POPULATION || self.lex.is_everyday_word(&self.key))
    }

    /// Longest gazetteer name starting at token `i` (absolute index), not
    /// past `limit`.
    fn longest(&mut self, i: usize, limit: usize, mode: Mode) -> Option<Match> {
        let toks = &self.seg.tokens;
        let mut best: Option<Match> = None;
        self.key.clear();
        let first_surface = toks[i].text(self.text);
        let acronym = looks_like_acronym(first_surface);
        // One past the last token whose key the gazetteer knows (as a name
        // or the start of one), and that key's length.
        let mut known_end = i;
        let mut known_len = 0;
        let mut j = i;
        let mut words = 0;
        while j < limit && words < MAX_WORDS {
            let t = &toks[j];
            let w = t.text(self.text);
            // "U.S.-Mexico": a hyphen glued on both sides joins two words.
            if j > i && t.kind == TokenKind::Punct && w == "-" && !t.space_before && toks.get(j + 1).is_some_and(|n| !n.space_before) {
                j += 1;
                continue;
            }
            if t.kind != TokenKind::Word || (j > i && t.newline_before) {
                break;
            }
            if j > i && !is_capitalised(w) && !CONNECTORS.contains(&w) && !is_elision(w) {
                break;
            }
            if !self.key.is_empty() {
                self.key.push(' ');
            }
            let before = self.key.len();
            self.gaz.normalise_into(w, &mut self.key);
            if self.key.len() == before {
                break;
            }
            words += 1;
            let Some(look) = self.gaz.lookup(&self.key) else { break };
            known_end = j + 1;
            known_len = self.key.len();
            // Connectors cannot end a name.
            if is_capitalised(w) || looks_like_acronym(w) || is_elision(w) {
                let letters = self.key.len();
                let common = j == i && self.lex.reads_as_word(&self.key);
                let (any, area, max_pop) = self.usable(look.postings, acronym && j == i, letters <= 4, mode, common);
                if any {
                    let single_key_common = self.named_like_a_word(common, area, max_pop);
                    best = Some(Match { tok_end: j + 1, sub: None, area, max_pop, single_key_common });
                }
            }
            if !look.continues {
                break;
            }
            j += 1;
        }
        // "Washington state", "U.S.-Mexico border": a trailing lower-case
        // head that makes a longer listed name.
        if known_end > i && known_end < limit {
            let t = &toks[known_end];
            let w = t.text(self.text);
            if t.kind == TokenKind::Word && TRAILING_HEADS.contains(&w) {
                self.key.truncate(known_len);
                self.key.push(' ');
                self.key.push_str(w);
                if let Some(look) = self.gaz.lookup(&self.key) {
                    let (any, area, max_pop) = self.usable(look.postings, false, false, mode, false);
                    if any {
                        best = Some(Match { tok_end: known_end + 1, sub: None, area, max_pop, single_key_common: false });
                    }
                }
            }
        }
        if best.is_none() && first_surface.contains('-') {
            best = self.hyphen_part(i, mode);
        }
        best
    }

    /// The first part of a hyphenated token that is a place ("Mexico-based",
    /// "U.S.-Mexico relations" → "U.S.").
    fn hyphen_part(&mut self, i: usize, mode: Mode) -> Option<Match> {
        let t = &self.seg.tokens[i];
        let w = t.text(self.text);
        let mut offset = 0;
        for part in w.split('-') {
            let start = t.start as usize + offset;
            offset += part.len() + 1;
            if !is_capitalised(part) {
                continue;
            }
            self.key.clear();
            self.gaz.normalise_into(part, &mut self.key);
            let Some(look) = self.gaz.lookup(&self.key) else { continue };
            let letters = self.key.len();
            let common = self.lex.reads_as_word(&self.key);
            let (any, area, max_pop) = self.usable(look.postings, looks_like_acronym(part), letters <= 4, mode, common);
            // Only areas: a town inside a compound is too often a name.
            if any && area {
                return Some(Match { tok_end: i + 1, sub: Some((start, start + part.len())), area, max_pop, single_key_common: false });
            }
        }
        None
    }

    /// A tagger's span (tokens `a..b`, a leading "the" skipped) as a
    /// candidate, if it is a gazetteer name and passes the same neighbour
    /// rules as scanned names.
    pub fn check_span(&mut self, a: usize, b: usize) -> Option<Candidate> {
        let seg = self.seg;
        let text = self.text;
        let mut a = a;
        while a < b && matches!(seg.tokens[a].text(text), "the" | "The") {
            a += 1;
        }
        if a >= b {
            return None;
        }
        let si = seg.sentence_at(seg.tokens[a].start as usize)?;
        let sent = seg.sentences[si].tokens.clone();
        let headline = self.headlines[si];
        let first_word = sent.clone().find(|&k| seg.tokens[k].kind == TokenKind::Word);
        let (start, end) = (seg.tokens[a].start as usize, seg.tokens[b - 1].end as usize);
        self.key.clear();
        self.gaz.normalise_into(&text[start..end], &mut self.key);
        let look = self.gaz.lookup(&self.key)?;
        let surface_acronym = looks_like_acronym(&text[start..end]);
        let single = b == a + 1;
        let common = single && self.lex.reads_as_word(&self.key);
        let (any, area, max_pop) = self.usable(look.postings, surface_acronym, self.key.len() <= 4, Mode { qualifier: false }, common);
        if !any {
            return None;
        }
        let m = Match { tok_end: b, sub: None, area, max_pop, single_key_common: self.named_like_a_word(common, area, max_pop) };
        if !headline_ok(headline, &m) || !self.context_ok(a, &m, sent.clone(), first_word, false, headline) {
            return None;
        }
        let (before_border, before_admin_area, after_the) = self.neighbour_flags(a, b, sent);
        Some(Candidate { start, end, tok_start: a, tok_end: b, acronym: surface_acronym, qualifies: None, before_border, before_admin_area, after_the })
    }

    /// What the words around the name at tokens `a..b` of sentence `sent`
    /// say of it: followed by "border" (not "border city"); beside an area
    /// noun ("Donetsk region", "the state of Chihuahua"); after "the".
    fn neighbour_flags(&self, a: usize, b: usize, sent: std::ops::Range<usize>) -> (bool, bool, bool) {
        let (toks, text) = (&self.seg.tokens, self.text);
        // "the U.S. border city of El Paso": "border" describes the town,
        // and the name before it is the country, not the border region.
        let border_describes = b + 1 < sent.end && {
            let next = toks[b + 1].text(text);
            self.lex.is_settlement_noun(next) || self.lex.is_admin_area_noun(next)
        };
        let before_border = b < sent.end && toks[b].text(text) == "border" && !border_describes;
        let after_area_of = a >= sent.start + 2 && toks[a - 1].text(text) == "of" && self.lex.is_admin_area_noun(toks[a - 2].text(text));
        let before_admin_area = self.area_noun_at(b, sent.end) || after_area_of;
        let after_the = a > sent.start && toks[a - 1].text(text).eq_ignore_ascii_case("the");
        (before_border, before_admin_area, after_the)
    }

    /// Token `k` (before `end`) is an area noun: "region", "State"…
    fn area_noun_at(&self, k: usize, end: usize) -> bool {
        k < end && self.lex.is_admin_area_noun(self.seg.tokens[k].text(self.text))
    }

    /// All candidates, in text order.
    pub fn scan(&mut self) -> Vec<Candidate> {
        let mut out: Vec<Candidate> = Vec::new();
        let seg = self.seg;
        let text = self.text;
        for (si, s) in seg.sentences.iter().enumerate() {
            let range = s.tokens.clone();
            let headline = self.headlines[si];
            // First word token of the sentence (after quotes and dashes).
            let first_word = range.clone().find(|&k| seg.tokens[k].kind == TokenKind::Word);
            let mut i = range.start;
            while i < range.end {
                let t = &seg.tokens[i];
                let w = t.text(text);
                if t.kind != TokenKind::Word || !is_capitalised(w) {
                    i += 1;
                    continue;
                }
                // After "Place," this may be a qualifier ("CA", "Sinaloa").
                let after_place_comma = i >= range.start + 2
                    && seg.tokens[i - 1].text(text) == ","
                    && out.last().is_some_and(|c: &Candidate| c.tok_end == i - 1);
                let mode = Mode { qualifier: after_place_comma };
                let Some(m) = self.longest(i, range.end, mode) else {
                    i += 1;
                    continue;
                };
                let keep = headline_ok(headline, &m)
                    && self.context_ok(i, &m, range.clone(), first_word, after_place_comma, headline);
                if keep {
                    let (start, end) = m.sub.unwrap_or((t.start as usize, seg.tokens[m.tok_end - 1].end as usize));
                    let surface = &text[start..end];
                    let (before_border, before_admin_area, after_the) = self.neighbour_flags(i, m.tok_end, range.clone());
                    out.push(Candidate {
                        start,
                        end,
                        tok_start: i,
                        tok_end: m.tok_end,
                        acronym: looks_like_acronym(surface),
                        qualifies: if after_place_comma { Some(out.len() - 1) } else { None },
                        before_border,
                        before_admin_area,
                        after_the,
                    });
                }
                i = m.tok_end;
            }
        }
        out
    }

    /// The neighbour rules of the module comment.
    fn context_ok(&mut self, i: usize, m: &Match, sent: std::ops::Range<usize>, first_word: Option<usize>, qualifier: bool, headline: bool) -> bool {
        let toks = &self.seg.tokens;
        let text = self.text;
        let single = m.tok_end == i + 1;
        let w = toks[i].text(text);
        let direction = w.split('-').all(|p| DIRECTIONS.iter().any(|d| d.eq_ignore_ascii_case(p)));
        // "Mon" is a weekday, "Mon State" a state: an area noun right after
        // the word lifts the not-a-place list.
        if single && ((self.lex.is_not_place(w) && !self.area_noun_at(m.tok_end, sent.end)) || self.lex.is_org_head(w) || self.lex.is_title(w) || direction) {
            return false;
        }
        if single && !m.area && self.person_words.contains(w) {
            return false;
        }
        // "Guantanamo Bay", "Vancouver Island": a feature word right after
        // another name in one capitalised run is part of that name, not a
        // place of its own (Bay is a region of Somalia).
        if single && i > sent.start && self.lex.is_feature_noun(w) {
            let l = &toks[i - 1];
            let lw = l.text(text);
            let article = ["The", "A", "An"].contains(&lw);
            if l.kind == TokenKind::Word && is_capitalised(lw) && !article && !toks[i].newline_before {
                return false;
            }
        }
        // "…, Whitley added.", "said Hassan": towns do not speak.
        if single && !m.area {
            let next_word = toks[m.tok_end..sent.end].iter().find(|t| t.kind == TokenKind::Word).map(|t| t.text(text));
            let adjacent = m.tok_end < sent.end && toks[m.tok_end].kind == TokenKind::Word;
            let prev_word = (i > sent.start && toks[i - 1].kind == TokenKind::Word).then(|| toks[i - 1].text(text));
            if (adjacent && next_word.is_some_and(|w| SPEECH_VERBS.contains(&w))) || prev_word.is_some_and(|w| SPEECH_VERBS.contains(&w)) {
                return false;
            }
        }
        // "Amman, who was described as…": a sentence's subject that a
        // relative "who" takes up is a person; a town takes "which"/"where".
        // Only at the sentence start: in "troops in Iraq, who…" the clause
        // belongs to the troops. Areas too: "Georgia, who…" is a woman.
        if single && Some(i) == first_word && m.tok_end + 1 < sent.end && toks[m.tok_end].text(text) == "," {
            let relative = toks[m.tok_end + 1].text(text);
            if relative.eq_ignore_ascii_case("who") || relative.eq_ignore_ascii_case("whose") {
                return false;
            }
        }
        // "US$460 million", "A/Victoria/361/2011": glued to a currency sign
        // or a slash, the word is part of something else.
        let glued = |k: usize| toks.get(k).filter(|t| !t.space_before || k == i);
        let prev_glued = i > sent.start && !toks[i].space_before && matches!(toks[i - 1].text(text), "$" | "/" | "€" | "£");
        let next = glued(m.tok_end).filter(|t| !t.space_before).map(|t| t.text(text));
        if prev_glued || matches!(next, Some("$" | "/" | "€" | "£")) {
            return false;
        }
        // "Culiacán, Sinaloa": what follows the comma vouches for the head.
        // Only a capitalised word after the comma can qualify: in "1 Green,
        // 1 Red" the comma just lists.
        let has_qualifier_after = m.tok_end + 1 < sent.end
            && toks[m.tok_end].text(text) == ","
            && toks[m.tok_end + 1].kind == TokenKind::Word
            && is_capitalised(toks[m.tok_end + 1].text(text));
        let sentence_initial = Some(i) == first_word
            || (i > sent.start && matches!(toks[i - 1].kind, TokenKind::OpenQuote | TokenKind::Dash) )
            || (i > sent.start && toks[i - 1].text(text) == ":");
        if single && m.single_key_common && !qualifier && !has_qualifier_after {
            // A town named like a common word: at a sentence start the
            // capital says nothing; elsewhere it needs a locative cue.
            if sentence_initial || !self.after_locative(i, sent.start) {
                return false;
            }
        }
        // Before the headline exit: a title-case line ("Oct. 3 -- Ak-Chin
        // Pavilion, Phoenix, AZ") has compounds too.
        if let Some((s, e)) = m.sub {
            if !self.hyphen_part_ok(i, s, e, sent.start, first_word) {
                return false;
            }
        }
        if headline {
            return true;
        }
        // Right: the capitalised run after the name. An organisation head
        // in the next few words makes it an organisation ("United States
        // Postal Service", "Beijing Health Bureau"); otherwise a title first
        // keeps it ("U.S. President Donald Trump"); another word keeps only
        // an area.
        if m.sub.is_none() {
            let mut k = m.tok_end;
            while k < sent.end && k < m.tok_end + 4 {
                let r = &toks[k];
                let rw = r.text(text);
                if r.kind != TokenKind::Word || !is_capitalised(rw) || r.newline_before {
                    break;
                }
                // "Quezon City Wednesday": a weekday or month ends the run,
                // unless the run goes on ("San Jose Mercury News").
                let run_goes_on = toks.get(k + 1).is_some_and(|n| k + 1 < sent.end && n.kind == TokenKind::Word && is_capitalised(n.text(text)) && !n.newline_before);
                if self.lex.is_not_place(rw) && !run_goes_on {
                    break;
                }
                if self.lex.is_org_head(rw) {
                    return false;
                }
                k += 1;
            }
            if k > m.tok_end && !m.area && !self.lex.is_title(toks[m.tok_end].text(text)) {
                return false;
            }
            // An area's name glued to a person's: "Indiana Jones", "Jordan
            // Peterson", "Van Gogh".
            if k > m.tok_end && m.area && single && self.starts_a_person_name(w, toks[m.tok_end].text(text), self.after_preposition(i, sent.start, ENVOY_PREPOSITIONS)) {
                return false;
            }
            // "the Western District of New York": a unit inside the place
            // after "of", not the area of that name elsewhere.
            if !single
                && m.tok_end + 1 < sent.end
                && toks[m.tok_end].text(text) == "of"
                && is_capitalised(toks[m.tok_end + 1].text(text))
                && self.lex.is_admin_unit(toks[m.tok_end - 1].text(text))
            {
                return false;
            }
            // "Marburg virus", "Reston ebolavirus".
            if m.tok_end < sent.end && self.lex.is_disease_head(toks[m.tok_end].text(text)) {
                return false;
            }
        }
        // "Tren de Aragua", "Bank of Mexico": a capitalised word joined by
        // "of"/"de" makes one longer name, unless it is a title ("Governor
        // of Texas"), a direction, or a place itself.
        if i >= sent.start + 2 {
            let (c, l) = (&toks[i - 1], &toks[i - 2]);
            let (cw, lw) = (c.text(text), l.text(text));
            if c.kind == TokenKind::Word && NAME_JOINERS.contains(&cw) && l.kind == TokenKind::Word && is_capitalised(lw) {
                let title = self.lex.is_title(lw) || self.lex.is_person_title(lw);
                let opener = Some(i - 2) == first_word && !self.lex.is_org_head(lw);
                // "the Western District of New York": a unit, then its place.
                let unit = self.lex.is_admin_unit(lw);
                if !title && !opener && !unit && !DIRECTIONS.contains(&lw) && !self.is_known_name(lw) {
                    return false;
                }
            }
        }
        // Left neighbour inside the same capitalised run.
        if i > sent.start && m.sub.is_none() {
            let l = &toks[i - 1];
            let lw = l.text(text);
            if l.kind == TokenKind::Word && is_capitalised(lw) && !toks[i].newline_before {
                let left_is_opener = Some(i - 1) == first_word && !self.is_known_name(lw);
                if self.lex.is_org_head(lw) || (self.lex.is_person_title(lw) && !m.area) {
                    return false;
                }
                // "Racing Victoria", "Sizzler Australia": an unknown
                // capitalised word before the name joins it into another.
                let fine = left_is_opener || DIRECTIONS.contains(&lw) || self.lex.demonym(lw).is_some() || self.lex.is_title(lw);
                if !fine && !self.is_known_name(lw) {
                    return false;
                }
            }
        }
        true
    }

    /// A place inside a hyphenated token stands for itself when the rest is
    /// lower-case ("Mexico-based") or places ("U.S.-Mexico"), and the token
    /// is not inside a longer capitalised name ("Agence France-Presse").
    fn hyphen_part_ok(&mut self, i: usize, s: usize, e: usize, sent_start: usize, first_word: Option<usize>) -> bool {
        let toks = &self.seg.tokens;
        let t = &toks[i];
        let (ts, te) = (t.start as usize, t.end as usize);
        if i > sent_start {
            let l = &toks[i - 1];
            if l.kind == TokenKind::Word && is_capitalised(l.text(self.text)) && Some(i - 1) != first_word {
                return false;
            }
        }
        let (before, after) = (&self.text[ts..s], &self.text[e..te]);
        for part in before.split('-').chain(after.split('-')).filter(|p| !p.is_empty()) {
            if !is_capitalised(part) {
                continue;
            }
            if self.lex.demonym(part).is_some() || !self.is_known_name(part) {
                return false;
            }
        }
        true
    }

    /// Preceded by a locative preposition ("in", "near", "from"…).
    fn after_locative(&self, i: usize, sent_start: usize) -> bool {
        self.after_preposition(i, sent_start, LOCATIVES)
    }

    /// Preceded by one of `words`, skipping "the".
    fn after_preposition(&self, i: usize, sent_start: usize, words: &[&str]) -> bool {
        let toks = &self.seg.tokens;
        let mut k = i;
        // Skip "the".
        while k > sent_start {
            k -= 1;
            let w = toks[k].text(self.text);
            if w == "the" {
                continue;
            }
            return words.contains(&w);
        }
        false
    }

    /// Whether `place` followed by the capitalised word `next` reads as a
    /// person's name: `place` is a name particle ("Van Gogh"), or `next` is
    /// a listed first name or surname written capitalised more often than
    /// not ("Jones"), or a word with no lower-case use at all that is no
    /// place ("Zelensky"); never a title, a feature ("Valley") or a group.
    /// After "to", "of"… only the particle counts: "ambassador to Britain
    /// Liu Xiaoming" names an envoy's country before his name.
    fn starts_a_person_name(&mut self, place: &str, next: &str, after_preposition: bool) -> bool {
        if self.lex.is_name_particle(place) {
            return true;
        }
        // Acronyms ("U.S. NAMRU-2 lab") and words in capitals are no names;
        // each part of a hyphenated one is title case ("Ocasio-Cortez").
        let title_case = next.split('-').all(|p| {
            let rest = p.chars().skip(1);
            rest.clone().any(char::is_lowercase) && !rest.clone().any(char::is_uppercase)
        });
        if after_preposition
            || !title_case
            || looks_like_acronym(place)
            || self.lex.is_title(next)
            || self.lex.is_person_title(next)
            || self.lex.is_feature_noun(next)
            || self.lex.demonym(next).is_some()
            || DIRECTIONS.contains(&next)
        {
            return false;
        }
        // A listed surname wins over a town of that name ("Jones" is a town
        // in the Philippines); an unlisted word needs to be no place.
        let ev = self.names.name_evidence(next);
        !ev.group_name && ((ev.person_name && ev.lower_case == Some(false)) || (ev.lower_case.is_none() && !self.is_known_name(next)))
    }

    /// Whether a capitalised word is itself a gazetteer name (so a sentence
    /// opener like "Sinaloa" before "Cartel" is not mistaken for "In").
    /// Postal codes count only as qualifiers ("Phoenix, AZ"): "Ak" in
    /// "Ak-Chin Pavilion" is not Alaska.
    fn is_known_name(&mut self, w: &str) -> bool {
        self.key2.clear();
        self.gaz.normalise_into(w, &mut self.key2);
        self.gaz.lookup(&self.key2).is_some_and(|l| l.postings.iter().any(|p| !p.is(Posting::QUALIFIER_ONLY))) && !self.lex.is_common_word(&self.key2)
    }
}

fn headline_ok(headline: bool, m: &Match) -> bool {
    !headline || (m.area || m.max_pop >= HEADLINE_MIN_POPULATION) && !m.single_key_common
}
