//! An attack told again in a witness's words.
//!
//! "The officers eventually shot him dead …" and then, in the next
//! paragraph, an eyewitness: "… The man was then shot." The quote retells
//! the shooting already reported; it is one event, not two. Like
//! `attack_just_told` (deaths told in the sentence after an attack), a short
//! passive statement of an attack inside a quote, that names no one, no
//! agent, place or date of its own, joins the attack told as having
//! happened just before it (in its paragraph or the one before).

use newsledger_model::{EventType, Modality, Span};
use newsledger_text::TokenKind;

use super::lexicon::{Lexicon, Trigger};
use super::{is_adverb, own_place_or_date, quote_at, Found};
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
