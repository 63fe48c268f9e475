//! A bare nationality word is no actor or target a monitor can use ("who
//! did it?" — "Chinese"). The role rules read entity mentions, and the
//! entity pass makes "Iranian" a NORP entity of its own; [`resolve`] puts
//! right the roles such a word took:
//!
//! * before a noun through which a state acts ("a Russian missile hit",
//!   "the Turkish statement called for") or before the trigger noun itself
//!   ("future Iranian attack plans", "a Turkish military operation"), the
//!   word names the state: the country's entity when the article names
//!   it, else a `state_forces` group with the country's code;
//! * otherwise ("tariffs on Chinese goods", "boycotted by Kurdish and
//!   Sunni members") the word heads nothing usable, and the role is left
//!   empty (the group pass may fill it).
//!
//! A nationality word before a group head ("Chinese citizens", "the Afghan
//! government", "a Ukrainian airliner") is no participant at all: the group
//! phrase takes the role (see `groups::head_follows_demonym`).

use newsledger_model::{EntityType, Event, GroupCategory, GroupRole, Span};
use newsledger_text::TokenKind;

use super::groups;
use super::lexicon::Lexicon;
use super::roles::Mention;
use crate::entities::lexicon::{Lexicon as EntityLexicon, PlaceKind};
use crate::Doc;

/// The entity that names the country with ISO code `code` in this
/// article ("Iran" for IR, "U.S." for US), if any: by the country's name or
/// an abbreviation of it, not by a capital or a region the gazetteer files
/// under the country ("Damascus", "West Bank").
pub(super) fn country_entity(doc: &Doc<'_>, code: &str) -> Option<String> {
    let name = &EntityLexicon::english().country_by_code(code)?.name;
    let abbreviation = |t: &str| t.chars().all(|c| c.is_ascii_uppercase() || c == '.');
    doc.facts
        .entities
        .iter()
        .find(|e| e.entity_type == EntityType::Gpe && e.canonical.as_deref() == Some(name.as_str()) && (&e.text == name || abbreviation(&e.text)))
        .map(|e| e.id.clone())
}

/// A bare nationality word: a NORP mention of at most two words whose
/// first word is a demonym or a listed nationality, religious or political
/// word, in the adjective form ("Chinese", "Saudi Arabian", "Kurdish"; not
/// "Kurds", "Democrats", who are people). Its country's code, if any.
pub(super) fn bare_demonym(word_text: &str) -> Option<Option<String>> {
    let mut words = word_text.split_whitespace();
    let first = words.next()?;
    if words.count() > 1 || (word_text.ends_with('s') && !word_text.ends_with("ss")) {
        return None;
    }
    if let Some(code) = groups::country_code(first) {
        return Some(Some(code));
    }
    matches!(EntityLexicon::english().place_kind(first), Some(PlaceKind::Norp)).then_some(None)
}

/// Whether entity `i`, in the mention `text`, is a nationality word: a
/// NORP name, or a MISC one that is a bare nationality word ("Saudi
/// Arabian", which the tagger calls MISC).
pub(super) fn is_nationality(doc: &Doc<'_>, i: usize, text: &str) -> bool {
    match doc.facts.entities.get(i).map(|e| e.entity_type) {
        Some(EntityType::Norp) => true,
        Some(EntityType::Misc) => bare_demonym(text).is_some(),
        _ => false,
    }
}

/// Puts right the actors and targets that are a bare nationality word.
/// `links` are the trigger mentions (tokens, event index); `sentence_of`
/// gives each event's sentence.
pub(super) fn resolve(doc: &Doc<'_>, ids: &[u32], lex: &Lexicon, entity_spans: &[Mention], events: &mut [Event], sentence_of: &dyn Fn(usize) -> usize, links: &[(usize, usize, usize)]) {
    let norp: Vec<usize> = doc.facts.entities.iter().enumerate().filter(|(_, e)| matches!(e.entity_type, EntityType::Norp | EntityType::Misc)).map(|(i, _)| i).collect();
    if norp.is_empty() {
        return;
    }
    let toks = &doc.seg.tokens;
    for (e, ev) in events.iter_mut().enumerate() {
        let is_norp = |id: &Option<String>| id.as_ref().and_then(|id| norp.iter().copied().find(|&i| &doc.facts.entities[i].id == id));
        let (actor_norp, target_norp) = (is_norp(&ev.actor), is_norp(&ev.target));
        if actor_norp.is_none() && target_norp.is_none() {
            continue;
        }
        // The event's first trigger mention.
        let Some(&(a, b, _)) = links.iter().find(|l| l.2 == e) else { continue };
        let sent = doc.seg.sentences[sentence_of(e)].tokens.clone();
        let (s_from, s_to) = (toks[sent.start].start as usize, toks[sent.end - 1].end as usize);
        let trig_start = toks[a].start as usize;
        // The entity's mention in the sentence, the nearest before the trigger first.
        let mention = |i: usize| {
            let ms = doc.facts.entities[i].mentions.iter().filter(|m| m.start >= s_from && m.end <= s_to);
            ms.clone().filter(|m| m.end <= trig_start).max_by_key(|m| m.end).or_else(|| ms.min_by_key(|m| m.start)).copied()
        };
        // "Chinese citizens", "the Afghan government", "a Ukrainian
        // airliner": the group phrase that holds the word takes the role.
        let group_of = |m: Span| {
            let found = groups::find_in(doc, ids, lex, sent.clone(), entity_spans);
            found.into_iter().find(|g| g.start <= m.start && m.end <= g.end)
        };
        let as_group = |g: &groups::GroupMention| GroupRole { text: doc.text[g.start..g.end].to_string(), evidence: Span::new(g.start, g.end), category: g.category, country: g.country.clone() };
        let state_of = |g: &groups::GroupMention| g.state.then(|| g.country.as_deref().and_then(|c| country_entity(doc, c))).flatten();
        if let Some(i) = target_norp {
            if let Some(m) = mention(i) {
                if let Some(g) = group_of(m) {
                    // (Far after the trigger, the phrase is another verb's:
                    // "was sanctioned in 2011 over a plot to kill the Saudi
                    // ambassador"; see `groups::MAX_TARGET_GAP`.)
                    let far = doc.seg.token_at(g.start) >= b + groups::MAX_TARGET_GAP;
                    ev.target = state_of(&g).filter(|id| !far && ev.actor.as_ref() != Some(id));
                    if ev.target.is_none() && !far {
                        ev.target_group = Some(as_group(&g));
                    }
                } else if let Some(code) = bare_demonym(doc.slice(m)) {
                    ev.target = None;
                    // "a Russian helicopter shot down", "two Iranian drones
                    // downed": the word before a craft or a means of the
                    // state names the side hit (see roles `craft_hit`).
                    let k = doc.seg.token_at(m.end.saturating_sub(1)) + 1;
                    let craft = |j: usize| j < sent.end && j < a && (lex.w.struck_craft.contains(&ids[j]) || lex.groups.state_means.contains(&ids[j]));
                    let plain = |j: usize| j < sent.end && toks[j].kind == TokenKind::Word && toks[j].text(doc.text).starts_with(|c: char| c.is_ascii_lowercase());
                    let head_end = if craft(k) { Some(k + 1) } else if plain(k) && craft(k + 1) { Some(k + 2) } else { None };
                    if let (Some(code), Some(head_end)) = (code, head_end) {
                        match country_entity(doc, &code).filter(|id| ev.actor.as_ref() != Some(id)) {
                            Some(id) => ev.target = Some(id),
                            None => {
                                let end = toks[head_end - 1].end as usize;
                                ev.target_group = Some(GroupRole { text: doc.text[m.start..end].to_string(), evidence: Span::new(m.start, end), category: GroupCategory::StateForces, country: Some(code) });
                            }
                        }
                    }
                }
            }
        }
        let Some(i) = actor_norp else { continue };
        let Some(m) = mention(i) else { continue };
        if let Some(g) = group_of(m) {
            ev.actor = state_of(&g).filter(|id| ev.target.as_ref() != Some(id));
            if ev.actor.is_none() {
                ev.actor_group = Some(as_group(&g));
            }
            continue;
        }
        let Some(code) = bare_demonym(doc.slice(m)) else { continue };
        ev.actor = None;
        let Some(code) = code else { continue };
        // What the word modifies: a noun a state acts through, right after
        // it or past one lower-case word ("Russian cruise missile", "killed
        // in a French counter-terrorism operation"), or the trigger noun.
        let k = doc.seg.token_at(m.end.saturating_sub(1)) + 1;
        let plain = |j: usize| j < sent.end && toks[j].kind == TokenKind::Word && toks[j].text(doc.text).starts_with(|c: char| c.is_ascii_lowercase());
        let means = |j: usize| j < sent.end && lex.groups.state_means.contains(&ids[j]);
        let head_end = if means(k) {
            Some(k + 1)
        } else if plain(k) && means(k + 1) {
            Some(k + 2)
        } else if k == a {
            Some(b)
        } else {
            None
        };
        let Some(head_end) = head_end else { continue };
        match country_entity(doc, &code).filter(|id| ev.target.as_ref() != Some(id)) {
            Some(id) => ev.actor = Some(id),
            None => {
                let end = toks[head_end - 1].end as usize;
                ev.actor_group = Some(GroupRole { text: doc.text[m.start..end].to_string(), evidence: Span::new(m.start, end), category: GroupCategory::StateForces, country: Some(code) });
            }
        }
    }
}
