//! A subject pronoun that opens a sentence acts for the subject of the
//! sentence before: "Gunmen stormed a village in Zamfara on Sunday. They
//! abducted 30 women." — the abduction's actor is the gunmen.
//!
//! Deliberately narrow: only "they" (for a group or an organisation) and
//! "he" / "she" (for a person or a singular group: "a gunman"), only as the
//! first word of the sentence and the subject of an active past verb that
//! follows within three words ("They then abducted", not "They were
//! abducted", where the pronoun is the one acted on), and only when the
//! antecedent is the actor of an event of the sentence right before, in the
//! same paragraph, named as that sentence's subject (its first words). "Police
//! said gunmen stormed a village. They …" resolves nothing: the gunmen are
//! not the subject there, and the police did not storm.

use newsledger_model::{EntityType, Event};
use newsledger_text::TokenKind;

use super::lexicon::Lexicon;
use super::roles::Mention;
use super::is_verb_form;
use crate::Doc;

/// Fills the empty actor of events whose clause opens with a subject
/// pronoun. `links` are the trigger mentions (tokens, event index) in text
/// order; `sentence_of` gives each event's sentence.
pub(super) fn fill(doc: &Doc<'_>, ids: &[u32], lex: &Lexicon, entity_spans: &[Mention], events: &mut [Event], sentence_of: &dyn Fn(usize) -> usize, links: &[(usize, usize, usize)]) {
    let g = &lex.groups;
    let toks = &doc.seg.tokens;
    for e in 0..events.len() {
        if events[e].actor.is_some() || events[e].actor_group.is_some() {
            continue;
        }
        let si = sentence_of(e);
        if si == 0 {
            continue;
        }
        let sent = &doc.seg.sentences[si];
        let prev = &doc.seg.sentences[si - 1];
        let r = sent.tokens.clone();
        if prev.paragraph != sent.paragraph || r.is_empty() || toks[r.start].kind != TokenKind::Word {
            continue;
        }
        let pronoun = ids[r.start];
        let plural = g.plural_pronouns.contains(&pronoun);
        if !plural && !g.person_pronouns.contains(&pronoun) {
            continue;
        }
        // The event's first trigger in its sentence: a verb right after the
        // pronoun, with at most three adverbs or auxiliaries between, none
        // a form of "be" (a passive: "They were abducted").
        let Some(&(a, b, _)) = links.iter().find(|&&(a, _, le)| le == e && r.contains(&a)) else { continue };
        if a <= r.start || a - r.start > 4 || !is_verb_form(doc, lex, ids, b) {
            continue;
        }
        let between_ok = (r.start + 1..a).all(|k| {
            let t = &toks[k];
            t.kind == TokenKind::Word && t.text(doc.text).starts_with(|c: char| c.is_ascii_lowercase()) && !lex.w.passive_aux.contains(&ids[k])
        });
        if !between_ok {
            continue;
        }
        // The subject of the sentence before: its first word, or the word
        // after a determiner ("The gunmen", "A gunman").
        let ps = prev.tokens.start;
        if prev.tokens.is_empty() {
            continue;
        }
        let first = toks[ps].start as usize;
        let after_det = (ps + 1 < prev.tokens.end && lex.w.determiners.contains(&ids[ps])).then(|| toks[ps + 1].start as usize);
        let is_subject_start = |at: usize| at == first || after_det == Some(at);
        let antecedent = (0..e).filter(|&f| sentence_of(f) == si - 1).find_map(|f| {
            let ev = &events[f];
            if let Some(grp) = ev.actor_group.as_ref().filter(|grp| is_subject_start(grp.evidence.start)) {
                let (ga, gb) = (doc.seg.token_at(grp.evidence.start), doc.seg.token_at(grp.evidence.end.saturating_sub(1)) + 1);
                let singular = g.singular_phrase(ids, ga, gb);
                return (singular != plural).then(|| (None, Some(grp.clone())));
            }
            let id = ev.actor.as_ref()?;
            let (i, entity) = doc.facts.entities.iter().enumerate().find(|(_, en)| &en.id == id)?;
            let agrees = if plural { matches!(entity.entity_type, EntityType::Org | EntityType::Norp) } else { entity.entity_type == EntityType::Person };
            let lo = entity_spans.partition_point(|m| m.0 < first);
            let named_first = entity_spans[lo..].iter().take(2).any(|m| m.2 == i && is_subject_start(m.0));
            (agrees && named_first).then(|| (Some(id.clone()), None))
        });
        if let Some((actor, group)) = antecedent {
            let ev = &mut events[e];
            if ev.target.is_some() && ev.target == actor {
                continue;
            }
            ev.actor = actor;
            ev.actor_group = group;
        }
    }
}
