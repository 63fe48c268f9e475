//! Conflict trigger words used in their everyday senses.
//!
//! A deal is "struck", stocks "rally", a study "demonstrated that…", a
//! suicide is "an indictment of the system", a singer will sing "if it kills
//! me", a hunter "killed and ate a wild rabbit", "plague has killed
//! millions", a player parries bolts "killing them in one hit". Each is a trigger of the events table in a sense that tells of
//! no attack, protest or prosecution; [`everyday_sense`] says so for one
//! candidate, and the extractor makes no event of it.
//!
//! The word lists are in `data/en/events_senses.tsv`. They are compared with
//! the lower-cased token text: this check runs only for the few candidates of
//! the words it knows, so it needs no ids of its own in the shared lexicon.

use std::collections::{HashMap, HashSet};
use std::ops::Range;
use std::sync::OnceLock;

use newsledger_model::{EntityType, EventType};
use newsledger_text::TokenKind;

use super::lexicon::{Lexicon, Trigger};
use crate::entities::{ActorKind, Registry};
use crate::Doc;

const SENSES: &str = include_str!("../../data/en/events_senses.tsv");

/// The lists of `events_senses.tsv`: single words, and phrases of several
/// words (each a list of lower-case words).
struct SenseLists {
    words: HashMap<&'static str, HashSet<&'static str>>,
    phrases: HashMap<&'static str, Vec<Vec<&'static str>>>,
}

impl SenseLists {
    fn english() -> &'static SenseLists {
        static LISTS: OnceLock<SenseLists> = OnceLock::new();
        LISTS.get_or_init(|| {
            let mut words: HashMap<&'static str, HashSet<&'static str>> = HashMap::new();
            let mut phrases: HashMap<&'static str, Vec<Vec<&'static str>>> = HashMap::new();
            for line in SENSES.lines().map(str::trim_end).filter(|l| !l.is_empty() && !l.starts_with('#')) {
                let Some((group, items)) = line.split_once('\t') else { continue };
                for item in items.trim().split('|').map(str::trim).filter(|i| !i.is_empty()) {
                    if item.contains(' ') {
                        phrases.entry(group).or_default().push(item.split(' ').collect());
                    } else {
                        words.entry(group).or_default().insert(item);
                    }
                }
            }
            SenseLists { words, phrases }
        })
    }

    fn has(&self, group: &str, word: &str) -> bool {
        self.words.get(group).is_some_and(|g| g.contains(word))
    }

    /// The phrase of `group` that starts at token `k`, as its length.
    fn phrase_at(&self, group: &str, words: &[String], k: usize) -> Option<usize> {
        let list = self.phrases.get(group)?;
        list.iter().find(|p| words.len() >= k + p.len() && p.iter().zip(&words[k..]).all(|(x, y)| *x == y)).map(|p| p.len())
    }

    /// A word or a phrase of `group` starts at token `k`.
    fn at(&self, group: &str, words: &[String], k: usize) -> bool {
        self.has(group, &words[k]) || self.phrase_at(group, words, k).is_some()
    }
}

/// The token's text, lower-cased, with the curly apostrophe straightened.
fn normalised(word: &str) -> String {
    word.chars().map(|c| if c == '\u{2019}' || c == '\u{2018}' { '\'' } else { c.to_ascii_lowercase() }).collect()
}

/// The candidate trigger at tokens `a..b` of the sentence `sent` is a word
/// used in an everyday sense that reports no event of its type: a deal
/// struck, a rally of stocks or a politician's own rally, "demonstrated
/// that", "an indictment of the system", an idiom of killing or shooting, an
/// animal killed, or deaths by a disease.
pub(super) fn everyday_sense(doc: &Doc<'_>, ids: &[u32], lex: &Lexicon, sent: Range<usize>, a: usize, b: usize, trigger: &Trigger) -> bool {
    let toks = &doc.seg.tokens;
    // Most candidates are of other types or words: decide that before the
    // sentence's words are lower-cased.
    let head = normalised(toks[a].text(doc.text));
    let relevant = match trigger.event_type {
        EventType::Assault => true,
        EventType::Protest => matches!(head.as_str(), "rally" | "rallies" | "rallied" | "rallying" | "demonstrate" | "demonstrates" | "demonstrated" | "demonstrating"),
        EventType::Coerce => head == "indictment",
        _ => false,
    };
    if !relevant {
        return false;
    }
    let words: Vec<String> = toks[sent.clone()].iter().map(|t| normalised(t.text(doc.text))).collect();
    let is_punct: Vec<bool> = toks[sent.clone()].iter().map(|t| t.kind != TokenKind::Word && t.kind != TokenKind::Number).collect();
    let capitalised: Vec<bool> = toks[sent.clone()].iter().map(|t| t.text(doc.text).starts_with(|c: char| c.is_uppercase())).collect();
    let lists = SenseLists::english();
    let (la, lb) = (a - sent.start, b - sent.start);
    let head = head.as_str();
    let s = Sentence { words: &words, is_punct: &is_punct, capitalised: &capitalised, lists };
    match trigger.event_type {
        EventType::Assault => {
            if matches!(head, "strike" | "strikes" | "struck" | "striking") && lb == la + 1 && s.strikes_a_bargain(la, lb) {
                return true;
            }
            if lists.has("kill_forms", head) && lb == la + 1 && (s.kill_idiom(la, lb) || s.kills_an_animal(lb) || s.any_in_sentence("kill_game_words")) {
                return true;
            }
            if lists.has("shoot_forms", head) && s.shoots_for_something(la, lb) {
                return true;
            }
            disease_killed(&s, ids, lex, sent.start, la, trigger)
        }
        EventType::Protest => {
            if matches!(head, "rally" | "rallies" | "rallied" | "rallying") {
                return s.market_rally() || politicians_rally(doc, &s, sent.start, la);
            }
            if matches!(head, "demonstrate" | "demonstrates" | "demonstrated" | "demonstrating") {
                return s.demonstrates_something(la, lb);
            }
            false
        }
        EventType::Coerce => head == "indictment" && s.censure(lb),
        _ => false,
    }
}

/// One sentence's words, lower-cased, with the lists.
struct Sentence<'s> {
    words: &'s [String],
    is_punct: &'s [bool],
    capitalised: &'s [bool],
    lists: &'static SenseLists,
}

impl Sentence<'_> {
    fn has(&self, group: &str, k: usize) -> bool {
        self.lists.has(group, &self.words[k])
    }

    fn any_in_sentence(&self, group: &str) -> bool {
        (0..self.words.len()).any(|k| self.lists.at(group, self.words, k))
    }

    /// "a deal had finally been struck", "the deal struck with Iran": the
    /// passive subject just before the verb; "struck the right balance",
    /// "strike an upbeat tone", "struck up a friendship": its object after it.
    fn strikes_a_bargain(&self, la: usize, lb: usize) -> bool {
        let mut k = la;
        // Only the participle has a passive subject ("after the deal strikes resumed" is a strike).
        while self.words[la] == "struck" && k > 0 && la - k < 6 {
            k -= 1;
            if self.is_punct[k] {
                break;
            }
            if self.has("strike_passive_skip", k) {
                continue;
            }
            if self.has("strike_objects", k) {
                return true;
            }
            break;
        }
        for k in lb..self.words.len().min(lb + 4) {
            if self.is_punct[k] {
                break;
            }
            if self.has("strike_objects", k) {
                return true;
            }
            if !self.has("strike_object_lead", k) {
                break;
            }
        }
        false
    }

    /// "if it kills me", "dressed to kill", "killing time", "she killed it",
    /// "killed the bill".
    fn kill_idiom(&self, la: usize, lb: usize) -> bool {
        if la >= 2 && self.lists.phrase_at("kill_idiom_before", self.words, la - 2) == Some(2) {
            return true;
        }
        let Some(next) = self.words.get(lb) else { return false };
        if self.lists.has("killed_things", next) {
            // "killing it": the next token, not a longer noun phrase ("it
            // was" is a new clause, which is still "killed it").
            return true;
        }
        self.has("killed_thing_dets", lb) && self.words.get(lb + 1).is_some_and(|w| self.lists.has("killed_things", w) && w != "it" && w != "time")
    }

    /// "killed and ate a wild rabbit", "killed two deer": the first noun
    /// of interest after the verb, before a preposition, punctuation, a
    /// person word or a name, is an animal.
    fn kills_an_animal(&self, lb: usize) -> bool {
        for k in lb..self.words.len().min(lb + 6) {
            if self.is_punct[k] || self.capitalised[k] || self.has("animal_window_stops", k) || self.has("people_words", k) {
                return false;
            }
            if self.has("animals", k) {
                return true;
            }
        }
        false
    }

    /// "shooting for something worthy", "shoot for the stars": aiming. Not
    /// "the shooting for which he was jailed".
    fn shoots_for_something(&self, la: usize, lb: usize) -> bool {
        lb == la + 1 && self.words.get(lb).is_some_and(|w| self.lists.has("shoot_aim_next", w)) && !(la > 0 && self.has("shoot_noun_dets", la - 1))
    }

    /// "the rally in bank stocks", "the rally has broken above that trend
    /// line": a sentence about markets, and no people who gather in it.
    fn market_rally(&self) -> bool {
        self.any_in_sentence("market_words") && !self.any_in_sentence("rally_people")
    }

    /// "demonstrated in 2013 that…", "demonstrated the technology", "as
    /// demonstrated by his departure", "as they demonstrated repeatedly
    /// against the Thunder" (a sentence of the game).
    fn demonstrates_something(&self, la: usize, lb: usize) -> bool {
        let n = self.words.len();
        // Passive: protesting takes no object, so it has no passive (but
        // "were demonstrating" is a protest going on).
        if self.words[la] == "demonstrated" && la > 0 && self.has("be_forms", la - 1) {
            return true;
        }
        if lb < n && self.words[lb] == "by" && !(lb + 1 < n && (self.has("by_crowd", lb + 1) || (self.words[lb + 1] == "the" && lb + 2 < n && self.has("by_crowd", lb + 2)))) {
            return true;
        }
        // An object right after the verb ("demonstrated a new drone"), not
        // a time ("demonstrated the day after the vote").
        if lb < n && self.has("demonstrate_object_dets", lb) {
            let told_protest = (lb + 1..n.min(lb + 4)).any(|k| self.has("protest_objects", k) || self.has("that_time_words", k));
            if !told_protest {
                return true;
            }
        }
        // A clause of what was shown, in the verb's own clause, before
        // anything that tells a protest ("demonstrated in Paris to show that…").
        for k in lb..n.min(lb + 5) {
            if self.is_punct[k] || self.has("protest_clause_stops", k) || self.words[k].ends_with("ing") {
                break;
            }
            if self.has("demonstrate_clause_words", k) {
                let time = self.words[k] == "that" && k + 1 < n && self.has("that_time_words", k + 1);
                if !time {
                    return true;
                }
            }
        }
        self.any_in_sentence("sports_words")
    }

    /// "an indictment of the system", "a profound indictment of our
    /// politics": across up to three modifiers after "of", a thing that can
    /// only be condemned, not prosecuted.
    fn censure(&self, lb: usize) -> bool {
        let n = self.words.len();
        if lb >= n || self.words[lb] != "of" {
            return false;
        }
        for k in lb + 1..n.min(lb + 5) {
            if self.is_punct[k] {
                return false;
            }
            // Not a possessive: "an indictment of the country's former president".
            let possessive = self.words.get(k + 1).is_some_and(|w| w.starts_with('\''));
            if self.lists.at("censured_things", self.words, k) && !possessive {
                return true;
            }
        }
        false
    }
}

/// "Trump said at a rally in Louisiana", "the senator told supporters at a
/// rally", "the governor held a rally": the rally is the speaker's own
/// campaign event when the subject of the verb before it is a public office
/// holder (a person of the actor registry) or carries a political title.
fn politicians_rally(doc: &Doc<'_>, s: &Sentence<'_>, start: usize, la: usize) -> bool {
    // Back over "at a", "to a packed", "supporters at a" to the verb.
    let mut k = la;
    let verb = loop {
        if k == 0 || la - k > 5 {
            return false;
        }
        k -= 1;
        if s.is_punct[k] {
            return false;
        }
        if s.has("rally_speaker_verbs", k) {
            break k;
        }
        if !s.has("rally_speaker_lead", k) {
            return false;
        }
    };
    if verb == 0 || s.is_punct[verb - 1] {
        return false;
    }
    let subject = verb - 1;
    if s.has("political_titles", subject) {
        return true;
    }
    let toks = &doc.seg.tokens;
    let at = toks[start + subject].start as usize;
    let Some(entity) = doc.facts.entities.iter().find(|e| e.entity_type == EntityType::Person && e.mentions.iter().any(|m| m.start <= at && at < m.end)) else {
        return false;
    };
    if entity.actor.as_deref().and_then(|id| Registry::bundled().get(id)).is_some_and(|actor| actor.kind == ActorKind::Person) {
        return true;
    }
    // "Sen. Elizabeth Warren said at a rally": a title before the mention.
    let mention_start = entity.mentions.iter().find(|m| m.start <= at && at < m.end).map_or(at, |m| m.start);
    (0..subject).rev().find(|&j| (toks[start + j].start as usize) < mention_start).is_some_and(|j| s.has("political_titles", j))
}

/// "plague has killed millions", "the Black Death spread…, killing up to
/// 60 percent": a casualty word in a sentence naming a disease, with no
/// attacker before it; or an attack verb a few words after one ("the plague
/// struck Europe"). Single-word causes ("virus", "cholera") are the
/// extractor's own check; these are the ones it does not list.
fn disease_killed(s: &Sentence<'_>, ids: &[u32], lex: &Lexicon, start: usize, la: usize, trigger: &Trigger) -> bool {
    let cause_at = |k: usize| s.lists.at("disease_causes", s.words, k);
    if trigger.outcome {
        return !super::attacker_named(ids, lex, start..start + la) && (0..s.words.len()).any(cause_at);
    }
    (la.saturating_sub(4)..la).any(cause_at)
}
