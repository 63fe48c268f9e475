//! An attack told again in a witness's words.
//!
//! "The officers eventually shot him dead …" and then, in the next
//! paragraph, an eyewitness: "… The man was then shot." The quote retells
//! the shooting already reported; it is one event, not two. Like
//! `attack_just_told` (deaths told in the sentence after an attack), a short
//! passive statement of an attack inside a quote, that names no one, no
//! agent, place or date of its own, joins the attack told as having
//! happened just before it (in its paragraph or the one before).

use newsledger_model::{EventType, Modality, QuoteKind, Span};
use newsledger_text::TokenKind;

use super::lexicon::{Lexicon, Trigger};
use super::{is_adverb, own_date, own_place, own_place_or_date, quote_at, same_place, Found};
use crate::Doc;

/// Sentences longer than this tell more than a retelling does.
const MAX_WORDS: usize = 10;

/// The attack that the passive statement at `a..b` of sentence `si` (a
/// quote) retells, if it is one.
#[allow(clippy::too_many_arguments)]
pub(super) fn retold_in_quote(doc: &Doc<'_>, ids: &[u32], lex: &Lexicon, found: &Found, si: usize, a: usize, b: usize, trigger: &Trigger) -> Option<usize> {
    if trigger.event_type != EventType::Assault || b != a + 1 {
        return None;
    }
    let sent = &doc.seg.sentences[si];
    let r = sent.tokens.clone();
    let toks = &doc.seg.tokens;
    let text = |k: usize| toks[k].text(doc.text);
    let words = r.clone().filter(|&k| toks[k].kind == TokenKind::Word).count();
    if words > MAX_WORDS || !text(a).starts_with(|c: char| c.is_ascii_lowercase()) {
        return None;
    }
    // "was shot", "were then stabbed", "was quickly attacked": a passive.
    let mut k = a;
    if k > r.start && (is_adverb(text(k - 1)) || lex.w.agency.retelling_adverbs.contains(&ids[k - 1])) {
        k -= 1;
    }
    if !(k > r.start && lex.w.be_past.contains(&ids[k - 1])) {
        return None;
    }
    quote_at(doc, Span::new(toks[a].start as usize, toks[a].end as usize))?;
    // Nothing of its own: no name, no agent, no place, no date.
    let inside = |start: usize, end: usize| start >= sent.start && end <= sent.end;
    if (b..r.end).any(|k| ids[k] == lex.w.by) || doc.facts.entities.iter().any(|e| e.mentions.iter().any(|m| inside(m.start, m.end))) || own_place_or_date(doc, si) {
        return None;
    }
    let e = (0..found.events.len()).rev().find(|&e| found.meta[e].sentence < si && found.events[e].event_type == EventType::Assault)?;
    let told_in = doc.seg.sentences[found.meta[e].sentence].paragraph;
    (found.events[e].modality == Modality::Occurred && sent.paragraph <= told_in + 1).then_some(e)
}

/// A quoted sentence longer than this tells more than a retelling does.
const MAX_QUOTE_WORDS: usize = 16;

/// "Gunmen opened fire on a minibus … on Saturday." and then "“They opened
/// fire on us without warning,” said one survivor": an attack told in the
/// active voice inside a short quote retells the attack reported just before
/// it (in its paragraph or the one before) when nothing says it is another:
/// no name inside the quote, the same mode or none ("attacked us"), no place
/// or date that differs from the attack's. Both must have happened: a threat
/// ("“They will shoot us too”") or a plan is never joined to a shooting.
/// The caller passes only mentions judged to have occurred.
#[allow(clippy::too_many_arguments)]
pub(super) fn retold_in_quote_active(doc: &Doc<'_>, ids: &[u32], lex: &Lexicon, found: &Found, si: usize, a: usize, b: usize, trigger: &Trigger) -> Option<usize> {
    if trigger.event_type != EventType::Assault || trigger.outcome {
        return None;
    }
    let toks = &doc.seg.tokens;
    let q = quote_at(doc, Span::new(toks[a].start as usize, toks[b - 1].end as usize))?;
    // A reported clause ("Police alleged the accused performed two
    // attacks") is the outlet's telling, not a witness's own words.
    let in_quote = |start: usize, end: usize| start >= q.evidence.start && end <= q.evidence.end;
    // Words of the quote in the trigger's sentence.
    let words = doc.seg.sentences[si].tokens.clone().filter(|&k| toks[k].kind == TokenKind::Word && in_quote(toks[k].start as usize, toks[k].end as usize)).count();
    if q.kind != QuoteKind::Direct || words > MAX_QUOTE_WORDS {
        return None;
    }
    if doc.facts.entities.iter().any(|e| e.mentions.iter().any(|m| in_quote(m.start, m.end))) {
        return None;
    }
    let e = (0..found.events.len()).rev().find(|&e| found.meta[e].sentence < si && found.events[e].event_type == EventType::Assault)?;
    let ev = &found.events[e];
    let told_in = doc.seg.sentences[found.meta[e].sentence].paragraph;
    if ev.modality != Modality::Occurred || doc.seg.sentences[si].paragraph > told_in + 1 {
        return None;
    }
    if trigger.mode.is_some() && ev.mode.is_some() && trigger.mode != ev.mode.as_deref() {
        return None;
    }
    if own_place(doc, ids, lex, si, b).is_some_and(|p| !ev.place.as_ref().is_some_and(|q| same_place(&p, q))) {
        return None;
    }
    if own_date(doc, si, a, b).is_some_and(|d| ev.date.as_ref().and_then(|x| x.value.as_deref()) != Some(d.as_str())) {
        return None;
    }
    Some(e)
}
