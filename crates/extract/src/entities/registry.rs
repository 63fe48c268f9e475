//! The actor registry: canonical governments, agencies, armed and criminal
//! groups, public office holders and outlets, loaded from
//! `data/actors.toml` and matched with one Aho-Corasick automaton.

use std::collections::{BTreeMap, HashMap};
use std::sync::LazyLock;

use aho_corasick::automaton::Automaton;
use aho_corasick::nfa::contiguous::NFA;
use aho_corasick::{Anchored, MatchKind};
use newsledger_model::EntityType;
use serde::Deserialize;

/// What kind of actor a registry entry is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ActorKind {
    Government,
    ArmedGroup,
    CriminalGroup,
    Person,
    Outlet,
    /// Inter-governmental organisation (UN bodies, NATO, the EU).
    Igo,
    /// A non-governmental body that news cites for figures: monitors,
    /// research bodies, hospitals (registry 2025.11.6).
    Organization,
}

impl ActorKind {
    pub fn parse(s: &str) -> Option<ActorKind> {
        Some(match s {
            "government" => ActorKind::Government,
            "armed_group" => ActorKind::ArmedGroup,
            "criminal_group" => ActorKind::CriminalGroup,
            "person" => ActorKind::Person,
            "outlet" => ActorKind::Outlet,
            "igo" => ActorKind::Igo,
            "organization" => ActorKind::Organization,
            _ => return None,
        })
    }
    pub fn as_str(&self) -> &'static str {
        match self {
            ActorKind::Government => "government",
            ActorKind::ArmedGroup => "armed_group",
            ActorKind::CriminalGroup => "criminal_group",
            ActorKind::Person => "person",
            ActorKind::Outlet => "outlet",
            ActorKind::Igo => "igo",
            ActorKind::Organization => "organization",
        }
    }
}

/// Grammatical gender of a person, used only to resolve "he"/"she".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gender {
    Male,
    Female,
}

/// One registry entry.
#[derive(Debug, Clone)]
pub struct Actor {
    /// Stable id (`us.dod`).
    pub id: String,
    /// Canonical name ("U.S. Department of Defense").
    pub name: String,
    pub entity_type: EntityType,
    pub kind: ActorKind,
    /// ISO 3166-1 alpha-2.
    pub country: Option<String>,
    /// Public office, for persons.
    pub role: Option<String>,
    pub gender: Option<Gender>,
    /// Aliases per language (`en`, `es`).
    pub aliases: BTreeMap<String, Vec<String>>,
}

/// An alias found in a text: byte range and the index of the actor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ActorMatch {
    pub start: usize,
    pub end: usize,
    pub actor: usize,
}

#[derive(Debug, thiserror::Error)]
pub enum RegistryError {
    #[error("actor registry is not valid TOML: {0}")]
    Toml(#[from] toml::de::Error),
    #[error("actor {id}: {reason}")]
    Actor { id: String, reason: String },
    #[error("actor id {0} appears twice")]
    DuplicateId(String),
    #[error("cannot build the alias matcher: {0}")]
    Matcher(String),
}

#[derive(Deserialize)]
struct RawRegistry {
    version: String,
    #[serde(default)]
    actor: Vec<RawActor>,
}

#[derive(Deserialize)]
struct RawActor {
    id: String,
    name: String,
    #[serde(rename = "type")]
    entity_type: String,
    kind: String,
    country: Option<String>,
    role: Option<String>,
    gender: Option<String>,
    #[serde(default)]
    aliases: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    #[allow(dead_code)]
    note: Option<String>,
}

/// The registry with its alias matcher.
pub struct Registry {
    version: String,
    actors: Vec<Actor>,
    by_id: HashMap<String, usize>,
    matcher: Option<WordMatcher>,
    /// Actor index of each matcher pattern.
    pattern_actor: Vec<u32>,
}

static BUNDLED: LazyLock<Registry> = LazyLock::new(|| {
    // The bundled file is part of the crate and a unit test parses it, so a
    // failure here is a build defect, not an input error.
    Registry::from_toml(include_str!("../../data/actors.toml")).expect("bundled data/actors.toml is valid")
});

impl Registry {
    /// The bundled registry (`data/actors.toml`), aliases of every language.
    pub fn bundled() -> &'static Registry {
        &BUNDLED
    }

    /// Parses a registry from TOML text.
    pub fn from_toml(text: &str) -> Result<Registry, RegistryError> {
        let raw: RawRegistry = toml::from_str(text)?;
        let mut actors = Vec::with_capacity(raw.actor.len());
        let mut by_id = HashMap::new();
        for a in raw.actor {
            let bad = |reason: String| RegistryError::Actor { id: a.id.clone(), reason };
            let entity_type = EntityType::parse(&a.entity_type).ok_or_else(|| bad(format!("unknown type {:?}", a.entity_type)))?;
            let kind = ActorKind::parse(&a.kind).ok_or_else(|| bad(format!("unknown kind {:?}", a.kind)))?;
            let gender = match a.gender.as_deref() {
                None => None,
                Some("m") => Some(Gender::Male),
                Some("f") => Some(Gender::Female),
                Some(g) => return Err(bad(format!("unknown gender {g:?}"))),
            };
            if by_id.insert(a.id.clone(), actors.len()).is_some() {
                return Err(RegistryError::DuplicateId(a.id));
            }
            actors.push(Actor { id: a.id, name: a.name, entity_type, kind, country: a.country, role: a.role, gender, aliases: a.aliases });
        }
        // One pattern per distinct (surface form, actor); the canonical name
        // always matches.
        // News text prints apostrophes straight or curly: match both.
        let mut forms_of: Vec<Vec<String>> = Vec::with_capacity(actors.len());
        for a in &actors {
            let mut forms: Vec<String> = Vec::new();
            for f in std::iter::once(&a.name).chain(a.aliases.values().flatten()) {
                let f = f.trim();
                if f.is_empty() {
                    continue;
                }
                forms.push(f.to_string());
                if f.contains('\'') {
                    forms.push(f.replace('\'', "\u{2019}"));
                } else if f.contains('\u{2019}') {
                    forms.push(f.replace('\u{2019}', "'"));
                }
            }
            forms_of.push(forms);
        }
        let mut patterns: Vec<&str> = Vec::new();
        let mut pattern_actor = Vec::new();
        let mut seen: HashMap<&str, usize> = HashMap::new();
        for (i, a) in actors.iter().enumerate() {
            for f in &forms_of[i] {
                let f = f.as_str();
                match seen.get(f) {
                    Some(&other) if other != i => {
                        return Err(RegistryError::Actor { id: a.id.clone(), reason: format!("alias {f:?} also belongs to {}", actors[other].id) })
                    }
                    Some(_) => continue,
                    None => {
                        seen.insert(f, i);
                        patterns.push(f);
                        pattern_actor.push(i as u32);
                    }
                }
            }
        }
        let matcher = if patterns.is_empty() { None } else { Some(WordMatcher::new(&patterns).map_err(|e| RegistryError::Matcher(e.to_string()))?) };
        Ok(Registry { version: raw.version, actors, by_id, matcher, pattern_actor })
    }

    pub fn version(&self) -> &str {
        &self.version
    }

    pub fn actors(&self) -> &[Actor] {
        &self.actors
    }

    pub fn actor(&self, index: usize) -> &Actor {
        &self.actors[index]
    }

    /// The actor with registry id `id`.
    pub fn get(&self, id: &str) -> Option<&Actor> {
        self.by_id.get(id).map(|&i| &self.actors[i])
    }

    pub fn index_of(&self, id: &str) -> Option<usize> {
        self.by_id.get(id).copied()
    }

    /// Every alias occurrence in `text` on word boundaries; where matches
    /// overlap, the longest (then leftmost) wins. Sorted by start.
    pub fn find_all(&self, text: &str) -> Vec<ActorMatch> {
        let Some(matcher) = &self.matcher else { return Vec::new() };
        matcher.find_on_boundaries(text).into_iter().map(|(s, e, p)| ActorMatch { start: s, end: e, actor: self.pattern_actor[p] as usize }).collect()
    }
}

/// Case-sensitive matching of many names on word boundaries, leftmost
/// longest.
///
/// Names start on a word boundary, so instead of an unanchored automaton
/// over every byte of the text, an anchored walk of the trie starts only
/// where a name can begin: at a byte that begins some pattern and that does
/// not continue an alphanumeric run. That skips most of the text with one
/// table look-up per byte (the unanchored search cost about 19 instructions
/// per byte of text, for two automata).
///
/// The trie is aho-corasick's contiguous NFA, not its DFA: the DFA of the
/// registry's aliases and the place names took ~66 M instructions to build
/// in every process (a third of the start-up of `newsledger analyze`) and
/// is large enough that most steps of a walk missed the cache; the NFA
/// walk costs more instructions per article but no more time
/// (docs/bench/extract-speed.md, "Tenth pass").
pub(crate) struct WordMatcher {
    /// The patterns' trie, for anchored walks only.
    trie: NFA,
    /// Bytes that begin at least one pattern.
    first_byte: [bool; 256],
}

impl WordMatcher {
    pub(crate) fn new<P: AsRef<[u8]>>(patterns: &[P]) -> Result<WordMatcher, aho_corasick::BuildError> {
        let trie = NFA::builder().match_kind(MatchKind::LeftmostLongest).prefilter(false).build(patterns)?;
        let mut first_byte = [false; 256];
        for p in patterns {
            if let Some(&b) = p.as_ref().first() {
                first_byte[b as usize] = true;
            }
        }
        Ok(WordMatcher { trie, first_byte })
    }

    /// The longest pattern that starts exactly at `start`: (end, pattern).
    #[inline]
    fn longest_at(&self, hay: &[u8], start: usize) -> Option<(usize, usize)> {
        let trie = &self.trie;
        let mut sid = trie.start_state(Anchored::Yes).ok()?;
        let mut found = None;
        for (at, &b) in hay.iter().enumerate().skip(start) {
            sid = trie.next_state(Anchored::Yes, sid, b);
            if trie.is_special(sid) {
                if trie.is_dead(sid) {
                    break;
                }
                if trie.is_match(sid) {
                    let pid = trie.match_pattern(sid, 0);
                    // A match state may also carry a shorter pattern that
                    // began later (a failure-transition copy): not ours.
                    if at + 1 - trie.pattern_len(pid) == start {
                        found = Some((at + 1, pid.as_usize()));
                    }
                }
            }
        }
        found
    }

    /// Leftmost-longest matches that sit on word boundaries: (start, end,
    /// pattern), sorted by start. Where the longest match at a position is
    /// cut inside a word, that position yields nothing and the search goes on
    /// at the next byte, so a rejected match hides no match behind it.
    pub(crate) fn find_on_boundaries(&self, text: &str) -> Vec<(usize, usize, usize)> {
        let hay = text.as_bytes();
        let mut out = Vec::new();
        let mut at = 0;
        while at < hay.len() {
            let b = hay[at];
            // Inside an ASCII word a match would be cut before: skip it
            // without walking (`on_word_boundaries` would reject it).
            if !self.first_byte[b as usize] || (at > 0 && b.is_ascii_alphanumeric() && hay[at - 1].is_ascii_alphanumeric()) {
                at += 1;
                continue;
            }
            if let Some((end, pattern)) = self.longest_at(hay, at) {
                if on_word_boundaries(text, at, end) {
                    out.push((at, end, pattern));
                    at = end;
                    continue;
                }
            }
            at += 1;
        }
        out
    }
}

/// `text[start..end]` neither starts nor ends inside a word.
fn on_word_boundaries(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    let inner_first = text[start..end].chars().next();
    let inner_last = text[start..end].chars().next_back();
    let cut_before = matches!((before, inner_first), (Some(b), Some(f)) if b.is_alphanumeric() && f.is_alphanumeric());
    let cut_after = matches!((inner_last, after), (Some(l), Some(a)) if l.is_alphanumeric() && a.is_alphanumeric());
    // "U.S." must not match the start of "U.S.A.".
    let dotted_run = inner_last == Some('.') && after.is_some_and(|a| a.is_alphabetic());
    !cut_before && !cut_after && !dotted_run
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bundled_registry_parses_and_has_a_version() {
        let r = Registry::bundled();
        assert!(!r.version().is_empty());
        assert!(r.actors().len() > 50);
        let dod = r.get("us.dod").unwrap();
        assert_eq!(dod.name, "U.S. Department of Defense");
        assert_eq!(dod.kind, ActorKind::Government);
    }

    #[test]
    fn aliases_match_on_word_boundaries_longest_first() {
        let r = Registry::bundled();
        let text = "The Pentagon and the U.S. Department of Defense met CAPTAIN ISISX and the Trump administration.";
        let m = r.find_all(text);
        let got: Vec<(&str, &str)> = m.iter().map(|m| (&text[m.start..m.end], r.actor(m.actor).id.as_str())).collect();
        assert_eq!(got, vec![("Pentagon", "us.dod"), ("U.S. Department of Defense", "us.dod"), ("Trump administration", "us.gov")]);
    }

    /// The matcher's results before it walked the trie only from word
    /// starts: an unanchored leftmost-longest search over every byte.
    fn unanchored_reference(patterns: &[String], text: &str) -> Vec<(usize, usize, usize)> {
        use aho_corasick::{AhoCorasickBuilder, AhoCorasickKind};
        let ac = AhoCorasickBuilder::new().match_kind(MatchKind::LeftmostLongest).kind(Some(AhoCorasickKind::DFA)).build(patterns).unwrap();
        let mut out = Vec::new();
        let mut at = 0;
        while at < text.len() {
            let Some(m) = ac.find(aho_corasick::Input::new(text).range(at..)) else { break };
            if on_word_boundaries(text, m.start(), m.end()) {
                out.push((m.start(), m.end(), m.pattern().as_usize()));
                at = m.end();
            } else {
                at = m.start() + 1;
            }
        }
        out
    }

    #[test]
    fn word_starts_find_what_an_unanchored_search_finds() {
        let patterns: Vec<String> = ["U.S.", "U.S. Army", "Army", "al-Qaeda", "Qaeda", "the Hague", "Hague", "Sinaloa Cartel", "Cartel", "São Paulo", "Paulo", "'Ndrangheta", "ISIS", "IS", "Trump", "Trump administration", "12th Brigade", "Brigade"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        let m = WordMatcher::new(&patterns).unwrap();
        let texts = [
            "The U.S. Army and U.S.A. forces met al-Qaeda, Qaeda's rivals, in the Hague; Hague's court (Hague) ruled.",
            "Sinaloa Cartels, Sinaloa Cartel's men, the CartelX and xCartel; São Paulo and SãoPaulo; ÉArmy, Army's.",
            "ISIS, IS, ISISIS, 'Ndrangheta and x'Ndrangheta; Trump administration officials, Trump's; the 12th Brigade, 112th Brigade.",
            "U.S.Army U.S. Armyx Army—Brigade…Trump“Trump”ISIS\u{2019}s ÀTrump Trump",
        ];
        for text in texts {
            assert_eq!(m.find_on_boundaries(text), unanchored_reference(&patterns, text), "{text}");
        }
        // The bundled registry and lexicon on a text built from their own names.
        let r = Registry::bundled();
        let mut text = String::new();
        for (i, a) in r.actors().iter().enumerate() {
            let sep = [" ", ", ", "-", "x", " the ", "’s ", ". ", "\n"][i % 8];
            text.push_str(&a.name);
            text.push_str(sep);
            for alias in a.aliases.values().flatten() {
                text.push_str(alias);
                text.push_str([" and ", "s ", "; "][i % 3]);
            }
        }
        let mut patterns = Vec::new();
        for a in r.actors() {
            for f in std::iter::once(&a.name).chain(a.aliases.values().flatten()) {
                let f = f.trim().to_string();
                if !f.is_empty() && !patterns.contains(&f) {
                    patterns.push(f);
                }
            }
        }
        let m = WordMatcher::new(&patterns).unwrap();
        let got = m.find_on_boundaries(&text);
        assert!(got.len() > 100);
        assert_eq!(got, unanchored_reference(&patterns, &text));
    }

    #[test]
    fn invalid_registries_are_errors() {
        assert!(Registry::from_toml("version = 1").is_err());
        let dup = "version = \"x\"\n[[actor]]\nid = \"a\"\nname = \"A\"\ntype = \"ORG\"\nkind = \"igo\"\n[[actor]]\nid = \"a\"\nname = \"B\"\ntype = \"ORG\"\nkind = \"igo\"\n";
        assert!(matches!(Registry::from_toml(dup), Err(RegistryError::DuplicateId(_))));
        let bad_kind = "version = \"x\"\n[[actor]]\nid = \"a\"\nname = \"A\"\ntype = \"ORG\"\nkind = \"club\"\n";
        assert!(Registry::from_toml(bad_kind).is_err());
    }
}
