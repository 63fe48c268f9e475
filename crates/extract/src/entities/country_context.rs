//! Which country a bare state body belongs to: "the government", "the
//! ministry", "police" printed without a nationality word. The article
//! settles it when the paragraph, up to the phrase, names exactly one
//! country: by its name, its capital as metonym ("Ankara said"), or a
//! person or government body of the actor registry that belongs to it
//! ("President Erdoğan"). Not by a demonym: "two Chinese tourists" are
//! foreigners wherever the police that arrest them are. A paragraph
//! naming none defers to the article: the one country it names, if it names
//! only one. Two candidates, in the paragraph or (with none there) in the
//! article, settle nothing: the reader is never given a guess between them.

use newsledger_model::{Entity, EntityType};

use super::lexicon::{Lexicon, PlaceKind};
use super::registry::{ActorKind, Registry};

/// Country names that name something else as often (`country_context_ambiguous.txt`).
static AMBIGUOUS: std::sync::LazyLock<Vec<&'static str>> = std::sync::LazyLock::new(|| super::lexicon::data_lines(include_str!("../../data/en/country_context_ambiguous.txt")).collect());

/// The countries an article names, with where, computed once per article.
#[derive(Debug, Default, Clone)]
pub struct CountryContext {
    /// (byte offset of the mention, country index), in text order.
    mentions: Vec<(usize, u16)>,
    /// Byte offset where each paragraph starts, in order.
    paragraph_starts: Vec<usize>,
    /// The article's only country, when it names exactly one.
    only: Option<u16>,
}

/// The country (index into [`Lexicon::countries`]) entity `e` names or
/// belongs to, if any.
pub(crate) fn country_of_entity(lex: &Lexicon, reg: &Registry, e: &Entity) -> Option<u16> {
    let by_name = |name: &str| match lex.place_kind(name)? {
        PlaceKind::Country(i) | PlaceKind::Capital(i) | PlaceKind::Demonym(i) => Some(i),
        _ => None,
    };
    match e.entity_type {
        EntityType::Gpe if AMBIGUOUS.iter().any(|a| *a == e.text) => None,
        EntityType::Gpe => e.canonical.as_deref().and_then(by_name).or_else(|| by_name(&e.text)),
        // A nationality word says whose people are named, not whose state
        // acts: "Police arrested two Chinese tourists" is seldom China's
        // police. (A demonym before a state head, "Kenyan officials", is
        // read by the group itself.)
        EntityType::Norp => None,
        EntityType::Person | EntityType::Org => {
            let actor = reg.get(e.actor.as_deref()?)?;
            if !matches!(actor.kind, ActorKind::Person | ActorKind::Government) {
                return None;
            }
            let code = actor.country.as_deref()?;
            lex.countries.iter().position(|c| c.code == code).and_then(|i| u16::try_from(i).ok())
        }
        _ => None,
    }
}

impl CountryContext {
    /// The article's context: the one the entity extractor left in
    /// `doc.notes`, or (when none ran) one built from `doc.facts.entities`.
    pub fn of_doc(doc: &crate::Doc<'_>) -> CountryContext {
        doc.notes.country_context.clone().unwrap_or_else(|| Self::from_doc(doc))
    }

    /// Built from the document's entities and paragraphs.
    pub(crate) fn from_doc(doc: &crate::Doc<'_>) -> CountryContext {
        Self::new(&doc.facts.entities, doc.seg.paragraphs.iter().map(|p| p.start).collect())
    }

    /// Reads the country mentions of `entities` (byte spans) in an article
    /// whose paragraphs start at `paragraph_starts` (bytes, in order).
    pub fn new(entities: &[Entity], paragraph_starts: Vec<usize>) -> CountryContext {
        let lex = Lexicon::english();
        let reg = Registry::bundled();
        let mut mentions = Vec::new();
        for e in entities {
            if let Some(c) = country_of_entity(lex, reg, e) {
                mentions.extend(e.mentions.iter().map(|m| (m.start, c)));
            }
        }
        mentions.sort_unstable();
        let only = mentions.first().map(|m| m.1).filter(|&c| mentions.iter().all(|m| m.1 == c));
        CountryContext { mentions, paragraph_starts, only }
    }

    /// The country settled for a phrase at byte offset `pos`, if any.
    pub fn at(&self, pos: usize) -> Option<u16> {
        let p = self.paragraph_starts.partition_point(|&s| s <= pos);
        let from = p.checked_sub(1).map_or(0, |i| self.paragraph_starts[i]);
        let a = self.mentions.partition_point(|m| m.0 < from);
        let b = self.mentions.partition_point(|m| m.0 < pos);
        let here = &self.mentions[a..b];
        match here.first() {
            Some(&(_, c)) => here.iter().all(|m| m.1 == c).then_some(c),
            None => self.only,
        }
    }

    /// The ISO code of [`CountryContext::at`].
    pub fn code_at(&self, pos: usize) -> Option<&'static str> {
        self.at(pos).map(|c| Lexicon::english().country(c).code.as_str())
    }
}
