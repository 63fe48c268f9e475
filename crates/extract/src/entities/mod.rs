//! Named entities: NER spans, registry canonicalisation, acronyms, surname
//! coreference.
//!
//! Mentions come from four places, in order of trust: the actor registry
//! (curated aliases), the NER tagger, the gazetteer lexicon (countries,
//! capitals, states, cities) and titles before capitalised names
//! ("President Zedillo"). Overlaps keep the earlier source. Mentions are then
//! grouped into entities: same registry actor, same country, an in-document
//! acronym definition ("Joint Special Operations Command (JSOC)"), a surname
//! repeating a full name seen in the article ("Sheinbaum" after "Claudia
//! Sheinbaum"), or the same surface text.
//!
//! Unknown names still become entities; the registry only canonicalises.
//! Private persons are entities only as mentioned: nothing is looked up about
//! anyone who is not in the registry.

pub mod country_context;
pub mod lexicon;
pub mod registry;
mod type_fixes;

use newsledger_model::{Entity, EntityType, Span};
use newsledger_text::{Token, TokenKind};

pub use lexicon::{Lexicon, PlaceKind, TitleClass, TokLex};
pub use registry::{Actor, ActorKind, ActorMatch, Gender, Registry, RegistryError};

use crate::sources::lexicon::SourceLexicon;
use crate::{Doc, Extractor, NerSpan};

pub struct EntityExtractor;

impl Extractor for EntityExtractor {
    fn name(&self) -> &'static str {
        "entities"
    }

    fn run(&self, doc: &mut Doc<'_>) {
        let lexs = lexicon::token_lexicon(doc.text, &doc.seg.tokens);
        // Head words and titles correct the tagger's types and spans
        // ("Hurricane Maria", "Mayor of Kyiv Vitali Klitschko").
        let (ner, links) = type_fixes::fix_spans(doc.text, &doc.seg.tokens, &lexs, tag(doc));
        let entities = build_entities_with(doc.text, &doc.seg.tokens, &lexs, &ner, &links, Registry::bundled(), Lexicon::english());
        doc.notes.ner = ner;
        doc.notes.token_lex = lexs;
        doc.facts.entities = entities;
        doc.notes.country_context = Some(country_context::CountryContext::from_doc(doc));
    }
}

/// Entities from the registry and lexicons only, without the NER tagger:
/// for tests that must not depend on the model, and for ablations.
pub struct LexiconEntityExtractor;

impl Extractor for LexiconEntityExtractor {
    fn name(&self) -> &'static str {
        "entities-lexicon"
    }

    fn run(&self, doc: &mut Doc<'_>) {
        let lexs = lexicon::token_lexicon(doc.text, &doc.seg.tokens);
        doc.facts.entities = build_entities_with(doc.text, &doc.seg.tokens, &lexs, &[], &[], Registry::bundled(), Lexicon::english());
        doc.notes.token_lex = lexs;
        doc.notes.country_context = Some(country_context::CountryContext::from_doc(doc));
    }
}

/// Abbreviations that are no names although the tagger may say so (time zones).
static NOT_NAMES: std::sync::LazyLock<Vec<&'static str>> = std::sync::LazyLock::new(|| {
    include_str!("../../data/en/entity_not_names.txt").lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')).collect()
});

/// Runs the NER tagger over the whole article (its second stage uses how a
/// word is tagged elsewhere in the document) and refines its labels.
fn tag(doc: &Doc<'_>) -> Vec<NerSpan> {
    let model = newsledger_ner::Model::english();
    let lex = Lexicon::english();
    let ranges: Vec<std::ops::Range<usize>> = doc.seg.sentences.iter().map(|s| s.tokens.clone()).collect();
    let tagged = model.tag_document(doc.text, &doc.seg.tokens, &ranges);
    let mut out = Vec::new();
    for (s, mentions) in doc.seg.sentences.iter().zip(&tagged) {
        for m in mentions {
            let (a, mut b) = (s.tokens.start + m.tokens.start, s.tokens.start + m.tokens.end);
            if a >= b || b > s.tokens.end {
                continue;
            }
            // The tagger sometimes stops before an Arabic surname with its
            // article ("Abu Bakr | al-Baghdadi"): it belongs to the name.
            if m.label == newsledger_ner::Label::Per && b < s.tokens.end && doc.seg.tokens[b].start == doc.seg.tokens[b - 1].end + 1 && is_article_surname(doc.seg.tokens[b].text(doc.text)) {
                b += 1;
            }
            let (start, end) = (doc.seg.tokens[a].start as usize, doc.seg.tokens[b - 1].end as usize);
            if NOT_NAMES.contains(&&doc.text[start..end]) {
                continue;
            }
            let label = refine_label(m.label, &doc.text[start..end], lex);
            out.push(NerSpan { tokens: a..b, start, end, label });
        }
    }
    out
}

/// CoNLL labels to OntoNotes-style types: LOC is GPE for countries, capitals,
/// states and cities; MISC is NORP for nationality and group words.
pub fn refine_label(label: newsledger_ner::Label, text: &str, lex: &Lexicon) -> EntityType {
    use newsledger_ner::Label;
    match label {
        Label::Per => EntityType::Person,
        Label::Org => EntityType::Org,
        Label::Loc => match lex.place_kind(text) {
            Some(PlaceKind::Country(_) | PlaceKind::Capital(_) | PlaceKind::Place) => EntityType::Gpe,
            _ if is_large_settlement(text) => EntityType::Gpe,
            _ => EntityType::Loc,
        },
        Label::Misc => match lex.place_kind(text) {
            Some(PlaceKind::Demonym(_) | PlaceKind::Norp) => EntityType::Norp,
            _ => EntityType::Misc,
        },
    }
}

/// People living in a city above which a LOC name is that city (GPE)
/// rather than a feature: the hand list (`entity_places.txt`) holds the
/// often-reported places; GeoNames knows the other large cities ("Toronto",
/// "Christchurch"). Small towns stay LOC: their names are often also
/// rivers, mountains or districts.
const GPE_MIN_POPULATION: u32 = 100_000;

/// Whether the most populous place the gazetteer has under this exact name
/// is a city of at least [`GPE_MIN_POPULATION`], and no sea, region or
/// continent shares the name ("Red Sea" is also a Sudanese state). Provinces
/// are left to the hand list: GeoNames has admin areas called "Central",
/// "Northern" or "West".
fn is_large_settlement(text: &str) -> bool {
    use newsledger_geo::Kind;
    if text.chars().count() < 4 {
        return false;
    }
    let Ok(gaz) = newsledger_geo::Gazetteer::global() else { return false };
    let mut buf = String::new();
    let area = gaz.candidates(text, &mut buf).iter().any(|p| matches!(gaz.entry(p.place).kind, Kind::Sea | Kind::Region | Kind::Continent));
    !area && gaz.most_populous(text, &mut buf).map(|id| gaz.entry(id)).is_some_and(|e| e.kind == Kind::City && e.population >= GPE_MIN_POPULATION)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Origin {
    Registry,
    Ner,
    Place,
    Title,
    Acronym,
    Surname,
    Speaker,
}

#[derive(Debug, Clone)]
struct Mention {
    start: usize,
    end: usize,
    ty: EntityType,
    actor: Option<usize>,
    country: Option<u16>,
    /// Where the mention came from; kept for debugging dumps.
    #[allow(dead_code)]
    origin: Origin,
}

/// Token-level view used while building entities.
struct Words<'t> {
    text: &'t str,
    tokens: &'t [Token],
    lexs: &'t [TokLex],
}

impl<'t> Words<'t> {
    fn word(&self, i: usize) -> &'t str {
        self.tokens[i].text(self.text)
    }
    /// A word whose first character is upper case: the token lexicon
    /// computed it once per token (`false` for other tokens).
    fn is_capitalised(&self, i: usize) -> bool {
        self.lexs[i].capitalised
    }
    /// Index of the first token starting at or after byte `at`.
    fn first_at(&self, at: usize) -> usize {
        self.tokens.partition_point(|t| (t.start as usize) < at)
    }
    /// Index of the token ending at byte `at`, if one does.
    fn ending_at(&self, at: usize) -> Option<usize> {
        let i = self.tokens.partition_point(|t| (t.end as usize) < at);
        (i < self.tokens.len() && self.tokens[i].end as usize == at).then_some(i)
    }
    /// The token opens a sentence (after a terminal, a line break or an
    /// opening quote).
    fn opens_sentence(&self, i: usize) -> bool {
        if i == 0 || self.tokens[i].newline_before {
            return true;
        }
        let p = &self.tokens[i - 1];
        matches!(p.kind, TokenKind::Terminal | TokenKind::OpenQuote) || (p.kind == TokenKind::CloseQuote && i >= 2 && self.tokens[i - 2].kind == TokenKind::Terminal)
    }
}

/// Where the run of capitalised title words from token `j` ends, before
/// `end`: "Defense Secretary", "Secretary of State" ("of" between two).
fn title_run_end(w: &Words<'_>, mut j: usize, end: usize) -> usize {
    loop {
        if j < end && w.is_capitalised(j) && w.lexs[j].title.is_some() {
            j += 1;
        } else if j + 1 < end && w.word(j) == "of" && w.is_capitalised(j + 1) && w.lexs[j + 1].title.is_some() {
            j += 2;
        } else {
            return j;
        }
    }
}

/// Builds the article's entities from NER spans, registry and lexicon
/// matches. Spans are byte offsets into `text`.
pub fn build_entities(text: &str, tokens: &[Token], ner: &[NerSpan], reg: &Registry, lex: &Lexicon) -> Vec<Entity> {
    build_entities_with(text, tokens, &lexicon::token_lexicon(text, tokens), ner, &[], reg, lex)
}

/// [`build_entities`] with the tokens' [`TokLex`] already computed.
fn build_entities_with(text: &str, tokens: &[Token], lexs: &[TokLex], ner: &[NerSpan], links: &[type_fixes::StemLink], reg: &Registry, lex: &Lexicon) -> Vec<Entity> {
    // `lexs` is `token_lexicon(text, tokens)`: one entry per token.
    debug_assert_eq!(lexs.len(), tokens.len());
    let w = Words { text, tokens, lexs };
    // Room for every source's mentions without regrowing (about one per
    // twenty tokens in news).
    let mut mentions: Vec<Mention> = Vec::with_capacity(ner.len() + tokens.len() / 16 + 16);

    // 1. Registry aliases.
    for m in reg.find_all(text) {
        let actor = reg.actor(m.actor);
        if actor.kind == ActorKind::Person && !person_alias_fits(&w, m.start, m.end, actor, lex) {
            continue;
        }
        mentions.push(Mention { start: m.start, end: m.end, ty: actor.entity_type, actor: Some(m.actor), country: None, origin: Origin::Registry });
    }
    // 2. NER spans that no registry match overlaps.
    let mut turn_names: Vec<&str> = Vec::new();
    for n in ner {
        if overlaps_any(&mentions, n.start, n.end) || (n.label == EntityType::Person && generic_source_words(&w, n.start, n.end)) {
            continue;
        }
        let place = lex.place_kind(&text[n.start..n.end]);
        // "A hospital director in Khan Younis said": a listed place after a
        // preposition of place is the place, though the tagger says person
        // ("told Jordan", "a friend of Jordan" stay people).
        let ty = match place {
            Some(PlaceKind::Country(_) | PlaceKind::Capital(_) | PlaceKind::Place) if n.label == EntityType::Person && after_place_preposition(&w, n.start) => EntityType::Gpe,
            _ if matches!(n.label, EntityType::Org | EntityType::Misc) && given_name_with_particle(&w, n.start, n.end) => EntityType::Person,
            _ if matches!(n.label, EntityType::Org | EntityType::Misc | EntityType::Loc) && turn_label(&w, n.start, n.end) => {
                turn_names.push(&text[n.start..n.end]);
                EntityType::Person
            }
            _ => n.label,
        };
        let country = match place {
            Some(PlaceKind::Country(c) | PlaceKind::Capital(c)) if ty == EntityType::Gpe => Some(c),
            _ => None,
        };
        mentions.push(Mention { start: n.start, end: n.end, ty, actor: None, country, origin: Origin::Ner });
    }
    // The speaker of a transcript's turns is a person wherever the tagger
    // saw the same name ("The reporter spoke with Perttu Ahola" before
    // "((Perttu Ahola)) It began …").
    for m in mentions.iter_mut().filter(|m| m.origin == Origin::Ner && matches!(m.ty, EntityType::Org | EntityType::Misc | EntityType::Loc)) {
        if turn_names.contains(&&text[m.start..m.end]) {
            m.ty = EntityType::Person;
        }
    }
    // 3. Gazetteer places (countries, capitals, states, cities). Demonyms
    // and group words become NORP entities only when the tagger says so.
    for p in lex.find_places(text) {
        let (ty, country) = match p.kind {
            PlaceKind::Country(c) | PlaceKind::Capital(c) => (EntityType::Gpe, Some(c)),
            PlaceKind::Place => (EntityType::Gpe, None),
            PlaceKind::Demonym(_) | PlaceKind::Norp => continue,
        };
        if overlaps_any(&mentions, p.start, p.end) || !place_fits(&w, p.start, lex) {
            continue;
        }
        mentions.push(Mention { start: p.start, end: p.end, ty, actor: None, country, origin: Origin::Place });
    }
    // 4. Capitalised names after a title ("President Zedillo", "Gen. Lee").
    for (start, end) in titled_names(&w, lex) {
        if !overlaps_any(&mentions, start, end) {
            mentions.push(Mention { start, end, ty: EntityType::Person, actor: None, country: None, origin: Origin::Title });
        }
    }
    // 5. Unknown names right before or after a speech verb ("Ana Beltrán
    // said", "…,” said Luis Ortega"): the tagger's job, done here when it
    // finds nothing.
    for (start, end) in speaker_names(&w, lex) {
        if !overlaps_any(&mentions, start, end) && !generic_source_words(&w, start, end) {
            mentions.push(Mention { start, end, ty: EntityType::Person, actor: None, country: None, origin: Origin::Speaker });
        }
    }
    // 5b. A transcript's speaker labels the tagger missed ("((Tansy))").
    for (start, end) in turn_label_spans(&w) {
        if !overlaps_any(&mentions, start, end) {
            mentions.push(Mention { start, end, ty: EntityType::Person, actor: None, country: None, origin: Origin::Speaker });
        }
    }
    // 6. Organisations the tagger took for a person or missed ("Doctors
    // Without Borders", "Save the Children").
    organisation_runs(&w, &mut mentions);
    mentions.sort_by_key(|m| (m.start, m.end));

    // Groups: union-find over mention indexes.
    let mut groups = UnionFind::new(mentions.len());
    link_acronyms(&w, reg, &mut mentions, &mut groups);
    link_surnames(&w, &mut mentions, &mut groups);
    link_given_names(w.text, &mentions, lex, &mut groups);
    link_same_referent(text, &mentions, &mut groups);
    type_fixes::link_stems(text, links, &mentions, &mut groups);

    assemble(text, &mentions, &mut groups, reg, lex)
}

/// Whether the word before byte `start` is "in", "near", "outside",
/// "inside", "around" or "across" (lower case).
fn after_place_preposition(w: &Words<'_>, start: usize) -> bool {
    let i = w.first_at(start);
    i > 0 && matches!(w.word(i - 1), "in" | "near" | "outside" | "inside" | "around" | "across")
}

/// Runs of capitalised words that an organisation word makes a name
/// (`entity_org_words.tsv`): "Doctors Without Borders" (a capitalised
/// `org_inner` word after another capitalised word), "Save the Children"
/// (an `org_opener` word, "the", a capitalised word). The run takes in
/// capitalised words on both sides and lower-case "of", "for", "and",
/// "the" between them; it stops at function words and `org_stop` words
/// (weekdays, months) on its left. A run opened by a given name is a
/// person's name ("Tom Fund"). It becomes an organisation mention
/// where the mentions it overlaps are people or miscellaneous names inside
/// it (not from the registry) or there are none: a place or organisation found there stays.
fn organisation_runs(w: &Words<'_>, mentions: &mut Vec<Mention>) {
    let n = w.tokens.len();
    let cap = |i: usize| i < n && w.lexs[i].capitalised && w.tokens[i].kind == newsledger_text::TokenKind::Word;
    let joiner = |i: usize| i < n && matches!(w.word(i), "of" | "for" | "and" | "the");
    let same_line = |a: usize, b: usize| !w.tokens[a + 1..=b].iter().any(|t| t.newline_before);
    let mut i = 0;
    while i < n {
        let info = &w.lexs[i].info;
        if !cap(i) || !(info.org_inner || info.org_opener) {
            i += 1;
            continue;
        }
        let mut a = i;
        if info.org_inner {
            while a > 0 && cap(a - 1) && !w.lexs[a - 1].info.function && !w.lexs[a - 1].info.org_stop && same_line(a - 1, a) {
                a -= 1;
            }
            // ("Tom Fund", "Sarah Council": a given name opens a person's.)
            if a == i || w.lexs[a].info.first_name.is_some() {
                i += 1;
                continue;
            }
        } else if !(joiner(i + 1) && w.word(i + 1) == "the" && cap(i + 2)) {
            i += 1;
            continue;
        }
        let mut b = i + 1;
        loop {
            if cap(b) && same_line(b - 1, b) {
                b += 1;
            } else if joiner(b) && cap(b + 1) && same_line(b - 1, b + 1) {
                b += 2;
            } else {
                break;
            }
        }
        let (start, end) = (w.tokens[a].start as usize, w.tokens[b - 1].end as usize);
        let overlapping = |m: &Mention| m.start < end && start < m.end;
        // ("Save the Children said 4 of its staff …": the tagger may call
        // a part of the name a person or a miscellaneous name.)
        let replaceable = |m: &Mention| matches!(m.ty, EntityType::Person | EntityType::Misc) && m.actor.is_none() && m.start >= start && m.end <= end;
        if mentions.iter().filter(|m| overlapping(m)).all(replaceable) {
            mentions.retain(|m| !overlapping(m));
            mentions.push(Mention { start, end, ty: EntityType::Org, actor: None, country: None, origin: Origin::Ner });
        }
        i = b;
    }
}

/// "News reports said …", "Local reports said …", "Witnesses said …": at
/// the start of a sentence the tagger (or the speaker-name rule) may take a
/// capitalised word of a generic source phrase for a person. A person span
/// (bytes `start..end`) made only of source modifiers and heads
/// (`sources_modifiers.tsv`, `sources_heads.tsv`) that opens a sentence,
/// and is a source head or stands before one, names no one.
fn generic_source_words(w: &Words<'_>, start: usize, end: usize) -> bool {
    let a = w.first_at(start);
    let Some(last) = w.ending_at(end) else { return false };
    if a > last || !w.opens_sentence(a) {
        return false;
    }
    let generic = |i: usize| w.lexs[i].info.modifier.is_some() || w.lexs[i].info.head.is_some();
    if !(a..=last).all(generic) {
        return false;
    }
    let next_is_head = last + 1 < w.tokens.len() && !w.is_capitalised(last + 1) && w.lexs[last + 1].info.head.is_some();
    w.lexs[last].info.head.is_some() || next_is_head
}

fn overlaps_any(ms: &[Mention], start: usize, end: usize) -> bool {
    ms.iter().any(|m| m.start < end && start < m.end)
}

/// A one-word person alias ("Trump") is that person only when no other
/// given name stands before it ("Melania Trump") and no capitalised word
/// continues it ("Trump Tower").
fn person_alias_fits(w: &Words<'_>, start: usize, end: usize, actor: &Actor, lex: &Lexicon) -> bool {
    let alias = &w.text[start..end];
    if alias.contains(' ') {
        return true;
    }
    let i = w.first_at(start);
    if i > 0 && w.is_capitalised(i - 1) {
        let prev = w.word(i - 1);
        let allowed = lex.title_class(prev).is_some()
            || lex.place_kind(prev).is_some()
            || lex.is_function_word(prev)
            || actor.aliases.values().flatten().any(|a| a.split(' ').any(|part| part == prev))
            || (w.opens_sentence(i - 1) && !prev.chars().all(char::is_alphabetic));
        if !allowed {
            return false;
        }
    }
    if let Some(j) = w.ending_at(end).map(|j| j + 1) {
        if j < w.tokens.len() && w.is_capitalised(j) && !w.tokens[j].newline_before && !w.opens_sentence(j) {
            let next = w.word(j);
            if lex.title_class(next).is_none() && !lex.is_function_word(next) {
                return false;
            }
        }
    }
    true
}

/// A place name is a place unless a capitalised word that is not a direction
/// or a sentence opener stands before it ("Michael Jordan").
fn place_fits(w: &Words<'_>, start: usize, lex: &Lexicon) -> bool {
    let i = w.first_at(start);
    if i == 0 || !w.is_capitalised(i - 1) || w.tokens[i].newline_before {
        return true;
    }
    let prev = w.word(i - 1);
    lex.is_function_word(prev) || lex.title_class(prev).is_some() || lex.place_kind(prev).is_some() || prev.ends_with('.')
}

/// "al-Baghdadi", "el-Sisi": a surname with the Arabic article.
fn is_article_surname(word: &str) -> bool {
    ["al-", "el-", "Al-", "El-"].iter().any(|p| word.strip_prefix(p).is_some_and(|rest| rest.chars().next().is_some_and(char::is_uppercase)))
}

/// "Gloria La Riva said", "Rocky De La Fuente announced": a given name, then
/// a capitalised name particle and a capitalised surname, is a person's
/// name, though the tagger (which seldom saw "La" or "De" inside English
/// names) reads an organisation.
fn given_name_with_particle(w: &Words<'_>, start: usize, end: usize) -> bool {
    let a = w.first_at(start);
    let Some(b) = w.ending_at(end) else { return false };
    b >= a + 2
        && b <= a + 4
        && w.lexs[a].info.first_name.is_some()
        && w.is_capitalised(a + 1)
        && is_name_particle(&w.word(a + 1).to_ascii_lowercase())
        && (a + 1..=b).all(|k| w.is_capitalised(k) || is_name_particle(w.word(k)))
        && (a..=b).all(|k| !w.lexs[k].info.org_inner && !w.lexs[k].info.org_opener)
}

/// A speaker's turn in an interview transcript: "((Ana Ruiz)) We began in
/// 2019." — a name of two to four capitalised words, none of them an
/// organisation word, in double parentheses that open a line. One word
/// is a name too when it is in lower case after its capital and labels
/// two turns or more ("((Jaya))", a pseudonym); the interviewer's code
/// ("((WN))", a reporter's initials) is in capitals and stays what it was.
fn turn_label(w: &Words<'_>, start: usize, end: usize) -> bool {
    let a = w.first_at(start);
    let Some(b) = w.ending_at(end) else { return false };
    a >= 2 && crate::transcript::paren_label_at(w.text, w.tokens, a - 2) == Some(a..b + 1) && turn_label_names(w, a..b + 1)
}

/// The words of a label ([`crate::transcript::paren_label_at`]) name a
/// speaker, as [`turn_label`] says.
fn turn_label_names(w: &Words<'_>, label: std::ops::Range<usize>) -> bool {
    let geo_words = newsledger_geo::Lexicon::english();
    let name_word = |k: usize| w.is_capitalised(k) && !w.lexs[k].info.org_inner && !w.lexs[k].info.org_opener && !geo_words.is_org_head(w.word(k));
    let one_word_name = || {
        let word = w.word(label.start);
        word.chars().skip(1).any(char::is_lowercase) && w.text.match_indices(word).filter(|&(at, _)| w.text[..at].ends_with("((") && w.text[at + word.len()..].starts_with("))")).nth(1).is_some()
    };
    label.len() <= 4 && label.clone().all(name_word) && (label.len() > 1 || one_word_name())
}

/// Byte ranges of the names in the speaker labels that open lines
/// ([`turn_label`]).
fn turn_label_spans(w: &Words<'_>) -> Vec<(usize, usize)> {
    (0..w.tokens.len())
        .filter_map(|i| crate::transcript::paren_label_at(w.text, w.tokens, i))
        .filter(|label| turn_label_names(w, label.clone()))
        .map(|label| (w.tokens[label.start].start as usize, w.tokens[label.end - 1].end as usize))
        .collect()
}

/// Words that may sit inside a name in lower case ("Lula da Silva").
fn is_name_particle(s: &str) -> bool {
    matches!(s, "de" | "del" | "la" | "da" | "dos" | "van" | "von" | "der" | "bin" | "al" | "ibn" | "y" | "di" | "le")
}

/// Capitalised name tokens right after a title word: byte ranges.
fn titled_names(w: &Words<'_>, lex: &Lexicon) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let n = w.tokens.len();
    let mut i = 0;
    while i < n {
        let class = w.lexs[i].title;
        // Capitalised titles ("President", "Gen."), and lower-case heads
        // before a name ("spokesman Sean Parnell", "analyst John Maxwell").
        let is_title = match class {
            Some(TitleClass::Head | TitleClass::Honorific) => w.is_capitalised(i) || w.word(i).chars().all(char::is_lowercase),
            _ => false,
        };
        if !is_title {
            i += 1;
            continue;
        }
        // Skip further title words ("Defense Secretary", "Secretary of State").
        let j = title_run_end(&w, i + 1, n);
        let first = j;
        let slex = SourceLexicon::english();
        let end = if j < n && is_name_word(w, j, lex, slex) { name_run_from(w, j, lex, slex) } else { j };
        if end > first {
            out.push((w.tokens[first].start as usize, w.tokens[end - 1].end as usize));
            i = end;
        } else {
            i = j.max(i + 1);
        }
    }
    out
}

/// A capitalised word that can be part of a person's name.
fn is_name_word(w: &Words<'_>, i: usize, _lex: &Lexicon, _slex: &SourceLexicon) -> bool {
    w.lexs[i].name_word
}

/// An initial inside a name ("S." in "Jonathan S. Gelles").
fn is_initial(w: &Words<'_>, i: usize) -> bool {
    let t = w.word(i);
    t.len() == 2 && t.ends_with('.') && t.chars().next().is_some_and(char::is_uppercase)
}

/// The end (exclusive) of a run of name words starting at `i`: up to four
/// words, initials and particles inside ("Lula da Silva", "Walter F.
/// Williams").
fn name_run_from(w: &Words<'_>, i: usize, lex: &Lexicon, slex: &SourceLexicon) -> usize {
    let n = w.tokens.len();
    let mut j = i;
    let mut last = i;
    while j < n && j - i < 5 {
        if is_name_word(w, j, lex, slex) {
            j += 1;
            last = j;
        } else if j > i && j + 1 < n && (is_initial(w, j) || is_name_particle(w.word(j))) && is_name_word(w, j + 1, lex, slex) {
            j += 1;
        } else {
            break;
        }
    }
    last
}

/// The start of a run of name words ending at `end` (exclusive).
fn name_run_to(w: &Words<'_>, end: usize, lex: &Lexicon, slex: &SourceLexicon) -> usize {
    let mut a = end;
    while a > 0 && end - a < 5 {
        let k = a - 1;
        let inner = a < end && k > 0 && (is_initial(w, k) || is_name_particle(w.word(k))) && is_name_word(w, k - 1, lex, slex);
        if !(is_name_word(w, k, lex, slex) || inner) {
            break;
        }
        a -= 1;
        // A name does not run over a line break.
        if w.tokens[a].newline_before {
            break;
        }
    }
    a
}

/// Prepositions that may follow a speaker's name ("said Freeh at a news
/// conference", "Steve Milunovich at First Boston said").
fn is_name_preposition(s: &str) -> bool {
    matches!(s, "of" | "at" | "from" | "with" | "in" | "on" | "during" | "before" | "after" | "to")
}

/// Speaker names the tagger may miss: name words right before a speech
/// verb, right after an inverted one, or before an appositive ("Kenneth
/// Leon, a telecommunications analyst, …").
fn speaker_names(w: &Words<'_>, lex: &Lexicon) -> Vec<(usize, usize)> {
    let slex = SourceLexicon::english();
    let mut out = Vec::new();
    let n = w.tokens.len();
    let span = |a: usize, b: usize| (w.tokens[a].start as usize, w.tokens[b - 1].end as usize);
    // "Name Name, a/the/title …" and "Name Name of|at Org … said".
    let mut i = 0;
    while i < n {
        if !is_name_word(w, i, lex, slex) || (i > 0 && w.is_capitalised(i - 1) && !w.opens_sentence(i)) {
            i += 1;
            continue;
        }
        let e = name_run_from(w, i, lex, slex);
        if e >= i + 2 && e + 1 < n && w.word(e) == "," {
            let f = e + 1;
            let next = w.word(f);
            let opens_role = matches!(next.to_ascii_lowercase().as_str(), "a" | "an" | "the")
                || w.lexs[f].title.is_some()
                || w.lexs[f].place.is_some_and(|k| matches!(k, PlaceKind::Demonym(_)))
                || w.tokens[f].kind == TokenKind::Number;
            if opens_role {
                out.push(span(i, e));
            }
        }
        if e >= i + 2 && e < n && is_name_preposition(w.word(e)) {
            // A speech verb within the next eight tokens, no comma between.
            let hit = (e + 1..n.min(e + 9)).take_while(|&k| w.word(k) != "," && w.tokens[k].kind != TokenKind::Terminal).any(|k| {
                w.tokens[k].kind == TokenKind::Word && !w.is_capitalised(k) && w.lexs[k].info.verb.is_some_and(|vb| vb.quotes || vb.clause)
            });
            if hit {
                out.push(span(i, e));
            }
        }
        i = e.max(i + 1);
    }
    for v in 1..n {
        if !w.tokens[v].kind.eq(&TokenKind::Word) || w.is_capitalised(v) || w.lexs[v].info.verb.is_none_or(|vb| !vb.quotes && !vb.clause) {
            continue;
        }
        // Before: "Ana Beltrán said"; a single name word only after a quote
        // or at a sentence start ("…,” Clinton said", "Kavan said").
        let a = name_run_to(w, v, lex, slex);
        let clean_left = !(a > 0 && w.is_capitalised(a - 1) && !w.opens_sentence(a));
        let single_ok = v - a == 1 && (w.opens_sentence(a) || w.tokens[a - 1].kind == TokenKind::CloseQuote || w.word(a - 1) == ",");
        if (v - a >= 2 || single_ok) && clean_left {
            out.push(span(a, v));
        }
        // With an appositive: "Yusuf Haddad, a spokesman for …, said".
        if w.word(v - 1) == "," {
            let mut c = v - 1;
            let floor = c.saturating_sub(16);
            while c > floor {
                c -= 1;
                if w.word(c) == "," || matches!(w.tokens[c].kind, TokenKind::Terminal | TokenKind::OpenQuote | TokenKind::CloseQuote) {
                    break;
                }
            }
            if c > 0 && w.word(c) == "," {
                let a = name_run_to(w, c, lex, slex);
                if c - a >= 2 && (a == 0 || w.opens_sentence(a) || !w.is_capitalised(a - 1)) {
                    out.push((w.tokens[a].start as usize, w.tokens[c - 1].end as usize));
                }
            }
        }
        // After: "…,” said Luis Ortega".
        let prev = &w.tokens[v - 1];
        if (prev.kind == TokenKind::CloseQuote || w.word(v - 1) == ",") && v + 1 < n && is_name_word(w, v + 1, lex, slex) {
            let b = name_run_from(w, v + 1, lex, slex);
            let closes = b >= n || matches!(w.tokens[b].kind, TokenKind::Terminal | TokenKind::CloseQuote) || matches!(w.word(b), "," | ";" | ":") || is_name_preposition(w.word(b));
            if closes {
                out.push(span(v + 1, b));
            }
        }
    }
    out
}

struct UnionFind {
    parent: Vec<usize>,
}

impl UnionFind {
    fn new(n: usize) -> Self {
        UnionFind { parent: (0..n).collect() }
    }
    fn find(&mut self, mut x: usize) -> usize {
        while self.parent[x] != x {
            self.parent[x] = self.parent[self.parent[x]];
            x = self.parent[x];
        }
        x
    }
    fn union(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra != rb {
            // The earlier mention stays the root.
            let (lo, hi) = if ra < rb { (ra, rb) } else { (rb, ra) };
            self.parent[hi] = lo;
        }
    }
    fn push(&mut self) -> usize {
        self.parent.push(self.parent.len());
        self.parent.len() - 1
    }
}

/// An acronym-like token: 2 to 8 characters, mostly capitals ("JSOC",
/// "FTOs", "MS-13").
fn looks_like_acronym(s: &str) -> bool {
    let n = s.chars().count();
    let caps = s.chars().filter(|c| c.is_uppercase()).count();
    (2..=8).contains(&n) && caps >= 2 && s.chars().next().is_some_and(char::is_uppercase) && s.chars().all(|c| c.is_alphanumeric() || c == '-' || c == '.')
}

/// The acronym's capitals, lower-cased ("FTOs" → "fto").
fn acronym_letters(s: &str) -> Vec<char> {
    s.chars().filter(|c| c.is_uppercase() || c.is_ascii_digit()).flat_map(char::to_lowercase).collect()
}

/// Words of a long form whose initials spell `letters`, ending at token
/// `last` (inclusive): the first token of the long form. Function words
/// ("of", "de", "the") may be skipped.
fn long_form_start(w: &Words<'_>, last: usize, letters: &[char], floor: usize) -> Option<usize> {
    let mut k = letters.len();
    let mut i = last + 1;
    while i > floor && k > 0 {
        i -= 1;
        let t = w.word(i);
        if w.tokens[i].kind != TokenKind::Word {
            return None;
        }
        let initial = t.chars().next().and_then(|c| c.to_lowercase().next());
        if initial == Some(letters[k - 1]) {
            k -= 1;
            // A hyphenated word may give two letters ("Al-Qaeda" → AQ).
            continue;
        }
        let is_minor = t.chars().next().is_some_and(char::is_lowercase) && t.len() <= 4;
        if !is_minor {
            return None;
        }
    }
    (k == 0 && w.is_capitalised(i)).then_some(i)
}

/// "Long Form Name (LFN)": one entity for the long form, the acronym and
/// later uses of the acronym.
fn link_acronyms(w: &Words<'_>, reg: &Registry, mentions: &mut Vec<Mention>, groups: &mut UnionFind) {
    let n = w.tokens.len();
    let mut defs: Vec<(usize, usize)> = Vec::new(); // (long mention idx, acronym mention idx)
    for i in 1..n.saturating_sub(2) {
        if w.word(i) != "(" || w.word(i + 2) != ")" || !looks_like_acronym(w.word(i + 1)) {
            continue;
        }
        let acr_tok = i + 1;
        let letters = acronym_letters(w.word(acr_tok));
        if letters.len() < 2 {
            continue;
        }
        let long_end = w.tokens[i - 1].end as usize;
        let floor = i.saturating_sub(letters.len() * 2 + 3);
        let Some(first) = long_form_start(w, i - 1, &letters, floor) else { continue };
        let long_start = w.tokens[first].start as usize;
        let (acr_start, acr_end) = (w.tokens[acr_tok].start as usize, w.tokens[acr_tok].end as usize);
        // The long form: an existing mention ending there, or a new one.
        let long_idx = match mentions.iter().position(|m| m.end == long_end) {
            Some(k) => k,
            None => {
                if overlaps_any(mentions, long_start, long_end) {
                    continue;
                }
                mentions.push(Mention { start: long_start, end: long_end, ty: EntityType::Org, actor: None, country: None, origin: Origin::Acronym });
                groups.push();
                mentions.len() - 1
            }
        };
        let acr_idx = match mentions.iter().position(|m| m.start == acr_start && m.end == acr_end) {
            Some(k) => k,
            None => {
                let m = &mentions[long_idx];
                let (ty, actor) = (m.ty, m.actor);
                mentions.push(Mention { start: acr_start, end: acr_end, ty, actor, country: None, origin: Origin::Acronym });
                groups.push();
                mentions.len() - 1
            }
        };
        // Share what the registry knows in either direction.
        let actor = mentions[long_idx].actor.or(mentions[acr_idx].actor);
        if let Some(a) = actor {
            let ty = reg.actor(a).entity_type;
            for k in [long_idx, acr_idx] {
                mentions[k].actor = Some(a);
                mentions[k].ty = ty;
            }
        }
        groups.union(long_idx, acr_idx);
        defs.push((long_idx, acr_idx));
    }
    // Later bare uses of a defined acronym.
    for (long_idx, acr_idx) in defs {
        let acr = &w.text[mentions[acr_idx].start..mentions[acr_idx].end].to_string();
        let after = mentions[acr_idx].end;
        for t in 0..n {
            let (s, e) = (w.tokens[t].start as usize, w.tokens[t].end as usize);
            if s < after || w.word(t) != acr {
                continue;
            }
            match mentions.iter().position(|m| m.start == s && m.end == e) {
                Some(k) => groups.union(long_idx, k),
                None if !overlaps_any(mentions, s, e) => {
                    let m = &mentions[long_idx];
                    let (ty, actor) = (m.ty, m.actor);
                    mentions.push(Mention { start: s, end: e, ty, actor, country: None, origin: Origin::Acronym });
                    let k = groups.push();
                    groups.union(long_idx, k);
                }
                None => {}
            }
        }
    }
}

/// "Sheinbaum" after "Claudia Sheinbaum": a capitalised token equal to the
/// last word of a multi-word person name joins that person, whether or not
/// the tagger marked it.
fn link_surnames(w: &Words<'_>, mentions: &mut Vec<Mention>, groups: &mut UnionFind) {
    let mut surnames: Vec<(String, usize)> = Vec::new();
    let mut family_first: Vec<(String, usize)> = Vec::new();
    for (k, m) in mentions.iter().enumerate() {
        if m.ty != EntityType::Person {
            continue;
        }
        let name = &w.text[m.start..m.end];
        let mut parts = name.split_whitespace();
        let first = parts.next();
        // (A name of two words whose first word is no given name, "Liu
        // Xiaming", may print the family name first.)
        if let (Some(f), true) = (first, name.split_whitespace().count() == 2) {
            let f = f.trim_end_matches(['.', ',']);
            let given = w.first_at(m.start) < w.tokens.len() && w.lexs[w.first_at(m.start)].info.first_name.is_some();
            if !given && f.chars().count() >= 2 && f.chars().next().is_some_and(char::is_uppercase) && !surnames.iter().any(|(s, _)| s == f) {
                family_first.push((f.to_string(), k));
            }
        }
        if let (Some(_), Some(last)) = (first, name.split_whitespace().last().filter(|_| name.contains(' '))) {
            let last = last.trim_end_matches(['.', ',']);
            if last.chars().count() >= 2 && last.chars().next().is_some_and(char::is_uppercase) && !surnames.iter().any(|(s, _)| s == last) {
                surnames.push((last.to_string(), k));
            }
        }
    }
    if surnames.is_empty() {
        return;
    }
    // (claims29) "Liu said" after "Liu Xiaming", "Kuo said" after
    // "Ming-Chi Kuo": a one-word name the tagger took for an organisation,
    // that no registry knows, right before a speech verb, is the person
    // whose name the article printed in full. (Elsewhere a company may
    // share a person's name: "Dell" and "Dell Alienware".)
    let slex = crate::sources::lexicon::SourceLexicon::english();
    let is_org_alone = |m: &Mention, t: usize| m.ty == EntityType::Org && m.actor.is_none() && t + 1 < w.tokens.len() && slex.info(w.word(t + 1)).verb.is_some_and(|v| !v.participle);
    for t in 0..w.tokens.len() {
        let word = w.word(t);
        // Every surname starts with a capital: a word starting with another
        // ASCII byte is none of them.
        if word.as_bytes().first().is_none_or(|b| b.is_ascii() && !b.is_ascii_uppercase()) {
            continue;
        }
        let (s, e) = (w.tokens[t].start as usize, w.tokens[t].end as usize);
        if let Some(&(_, owner)) = family_first.iter().find(|(f, _)| f == word) {
            if let Some(k) = mentions.iter().position(|m| m.start == s && m.end == e && is_org_alone(m, t)) {
                mentions[k].ty = EntityType::Person;
                groups.union(owner, k);
                continue;
            }
        }
        let Some(&(_, owner)) = surnames.iter().find(|(s, _)| s == word) else { continue };
        match mentions.iter().position(|m| m.start == s && m.end == e) {
            Some(k) if mentions[k].ty == EntityType::Person && mentions[k].actor.is_none() => groups.union(owner, k),
            Some(k) if is_org_alone(&mentions[k], t) => {
                mentions[k].ty = EntityType::Person;
                groups.union(owner, k)
            }
            Some(_) => {}
            None if !overlaps_any(mentions, s, e) => {
                let (ty, actor) = (EntityType::Person, mentions[owner].actor);
                mentions.push(Mention { start: s, end: e, ty, actor, country: None, origin: Origin::Surname });
                let k = groups.push();
                groups.union(owner, k);
            }
            None => {}
        }
    }
}

/// "My name is Akram", "Tansy told us" after "Akram Pasha", "Tansy
/// Moreau": a person mention of one word that opens exactly one full name
/// in the article (two words or more), and closes none, is that person.
/// Two people who share the given name leave it alone, and a title ("the
/// Pope", "the King") is no given name.
fn link_given_names(text: &str, mentions: &[Mention], lex: &Lexicon, groups: &mut UnionFind) {
    /// A full name's mention index, text, first and last word.
    struct Full<'t> {
        k: usize,
        name: &'t str,
        first: &'t str,
        last: &'t str,
    }
    let full: Vec<Full<'_>> = mentions
        .iter()
        .enumerate()
        .filter(|(_, m)| m.ty == EntityType::Person && text[m.start..m.end].contains(' '))
        .filter_map(|(k, m)| {
            let name = &text[m.start..m.end];
            let mut words = name.split_whitespace().map(|w| w.trim_end_matches(['.', ',']));
            let first = words.next()?;
            Some(Full { k, name, first, last: words.last().unwrap_or(first) })
        })
        .collect();
    if full.is_empty() {
        return;
    }
    for (k, m) in mentions.iter().enumerate() {
        let name = &text[m.start..m.end];
        if m.ty != EntityType::Person || m.actor.is_some() || name.contains(' ') || name.chars().count() < 2 {
            continue;
        }
        let mut owners = full.iter().filter(|f| f.first == name);
        let Some(owner) = owners.next() else { continue };
        let one_person = owners.all(|other| other.name == owner.name);
        let someones_surname = full.iter().any(|f| f.last == name);
        if one_person && !someones_surname && lex.title_class(&name.to_lowercase()).is_none() {
            groups.union(owner.k, k);
        }
    }
}

/// Same registry actor, same country, or the same text and type.
fn link_same_referent(text: &str, mentions: &[Mention], groups: &mut UnionFind) {
    /// What makes two mentions one referent; borrowed, so building it
    /// allocates nothing.
    #[derive(PartialEq, Eq, Hash)]
    enum Key<'t> {
        Actor(usize),
        Country(u16),
        Text(EntityType, &'t str),
    }
    let mut first_by_key: std::collections::HashMap<Key<'_>, usize, newsledger_geo::FnvBuild> =
        std::collections::HashMap::with_capacity_and_hasher(mentions.len(), Default::default());
    for (k, m) in mentions.iter().enumerate() {
        let key = if let Some(a) = m.actor {
            Key::Actor(a)
        } else if let Some(c) = m.country {
            Key::Country(c)
        } else {
            Key::Text(m.ty, &text[m.start..m.end])
        };
        match first_by_key.get(&key) {
            Some(&f) => groups.union(f, k),
            None => {
                first_by_key.insert(key, k);
            }
        }
    }
}

fn assemble(text: &str, mentions: &[Mention], groups: &mut UnionFind, reg: &Registry, lex: &Lexicon) -> Vec<Entity> {
    let mut order: Vec<usize> = (0..mentions.len()).collect();
    order.sort_by_key(|&k| (mentions[k].start, mentions[k].end));
    // Entity index of each group root (roots are mention indexes).
    let mut root_to_entity: Vec<Option<usize>> = vec![None; mentions.len()];
    let mut entities: Vec<Entity> = Vec::new();
    let mut best_len: Vec<(bool, usize)> = Vec::new();
    for &k in &order {
        let m = &mentions[k];
        let root = groups.find(k);
        let e = *root_to_entity[root].get_or_insert_with(|| {
            entities.push(Entity { id: String::new(), text: String::new(), entity_type: m.ty, canonical: None, actor: None, mentions: Vec::new() });
            best_len.push((false, 0));
            entities.len() - 1
        });
        let ent = &mut entities[e];
        if !ent.mentions.iter().any(|s| s.start == m.start && s.end == m.end) {
            ent.mentions.push(Span::new(m.start, m.end));
        }
        if let Some(a) = m.actor {
            let actor = reg.actor(a);
            ent.actor = Some(actor.id.clone());
            ent.canonical = Some(actor.name.clone());
            ent.entity_type = actor.entity_type;
        } else if let (Some(c), None) = (m.country, &ent.actor) {
            ent.canonical = Some(lex.country(c).name.clone());
        }
        // The fullest surface form: long forms beat acronyms, then length.
        let surface = &text[m.start..m.end];
        let is_long = surface.contains(' ');
        let rank = (is_long, surface.len());
        if rank > best_len[e] {
            best_len[e] = rank;
            ent.text = surface.to_string();
        }
    }
    for (i, e) in entities.iter_mut().enumerate() {
        e.id = format!("e{}", i + 1);
        e.mentions.sort();
    }
    entities
}

/// Index from byte ranges to entities, for later extractors.
#[derive(Debug, Default, Clone)]
pub struct MentionIndex {
    /// (start, end, entity index), sorted by start.
    spans: Vec<(usize, usize, usize)>,
}

impl MentionIndex {
    pub fn new(entities: &[Entity]) -> Self {
        let mut spans: Vec<(usize, usize, usize)> = entities.iter().enumerate().flat_map(|(i, e)| e.mentions.iter().map(move |m| (m.start, m.end, i))).collect();
        spans.sort();
        MentionIndex { spans }
    }

    /// The mention starting exactly at byte `start`: (end, entity index).
    pub fn starting_at(&self, start: usize) -> Option<(usize, usize)> {
        let i = self.spans.partition_point(|s| s.0 < start);
        self.spans.get(i).filter(|s| s.0 == start).map(|s| (s.1, s.2))
    }

    /// The mention ending exactly at byte `end`: (start, entity index).
    pub fn ending_at(&self, end: usize) -> Option<(usize, usize)> {
        self.spans.iter().find(|s| s.1 == end).map(|s| (s.0, s.2))
    }

    pub fn covering(&self, at: usize) -> Option<(usize, usize, usize)> {
        let i = self.spans.partition_point(|s| s.0 <= at);
        self.spans[..i].iter().rev().take(4).find(|s| s.0 <= at && at < s.1).copied()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(text: &str) -> Vec<Entity> {
        let seg = newsledger_text::segment(text);
        build_entities(text, &seg.tokens, &[], Registry::bundled(), Lexicon::english())
    }

    fn find<'e>(es: &'e [Entity], text: &str) -> &'e Entity {
        es.iter().find(|e| e.text == text).unwrap_or_else(|| panic!("no entity {text:?} in {es:#?}"))
    }

    #[test]
    fn large_cities_the_gazetteer_knows_are_gpes_but_seas_and_generic_areas_are_not() {
        use newsledger_ner::Label;
        let lex = Lexicon::english();
        // Not in the hand list (entity_places.txt), large in GeoNames.
        assert_eq!(refine_label(Label::Loc, "Christchurch", lex), EntityType::Gpe);
        assert_eq!(refine_label(Label::Loc, "Magnitogorsk", lex), EntityType::Gpe);
        // A sea that is also a Sudanese state, and admin areas called "Central".
        assert_eq!(refine_label(Label::Loc, "Red Sea", lex), EntityType::Loc);
        assert_eq!(refine_label(Label::Loc, "Central", lex), EntityType::Loc);
        assert_eq!(refine_label(Label::Loc, "Mount Sinjar", lex), EntityType::Loc);
    }

    #[test]
    fn acronym_definitions_make_one_entity() {
        let text = "The Rapid Intervention Brigade (RIB) moved north. Later the RIB withdrew.";
        let es = run(text);
        let e = find(&es, "Rapid Intervention Brigade");
        assert_eq!(e.mentions.len(), 3, "{e:?}");
        assert_eq!(e.entity_type, EntityType::Org);
    }

    #[test]
    fn registry_acronym_and_long_form_share_the_actor() {
        let text = "Joint Special Operations Command (JSOC) forces would lead. JSOC declined to comment.";
        let es = run(text);
        let e = find(&es, "Joint Special Operations Command");
        assert_eq!(e.actor.as_deref(), Some("us.jsoc"));
        assert_eq!(e.mentions.len(), 3);
    }

    #[test]
    fn surnames_join_the_full_name_and_other_bearers_do_not() {
        let text = "Ana Beltrán spoke first. Beltrán then left. Claudia Sheinbaum met Melania Trump; Sheinbaum said little.";
        let es = run(text);
        // "Ana Beltrán" has no title and no NER here: only the registry knows
        // Sheinbaum; Melania Trump is not Donald Trump.
        let sh = find(&es, "Claudia Sheinbaum");
        assert_eq!(sh.mentions.len(), 2);
        assert!(es.iter().all(|e| e.actor.as_deref() != Some("us.trump")), "{es:#?}");
    }

    #[test]
    fn titled_names_are_people() {
        let text = "Defense Minister Ana Beltrán spoke. Beltrán left.";
        let es = run(text);
        let e = find(&es, "Ana Beltrán");
        assert_eq!(e.entity_type, EntityType::Person);
        assert_eq!(e.mentions.len(), 2);
    }

    #[test]
    fn countries_merge_their_names() {
        let text = "U.S. troops left the United States for Mexico.";
        let es = run(text);
        let us = es.iter().find(|e| e.canonical.as_deref() == Some("United States")).unwrap();
        assert_eq!(us.mentions.len(), 2);
        assert_eq!(us.entity_type, EntityType::Gpe);
        // An official name is the same country, and a state that can act.
        let text = "The Islamic Republic of Iran rejected the plan. Iran will respond, officials said.";
        let es = run(text);
        let iran = es.iter().find(|e| e.canonical.as_deref() == Some("Iran")).unwrap();
        assert_eq!(iran.mentions.len(), 2, "{es:#?}");
        assert_eq!(iran.entity_type, EntityType::Gpe);
    }
}
