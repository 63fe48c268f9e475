//! One happening told twice in one clause.
//!
//! A sentence often names one happening with two event words: "Twin
//! bombings yesterday struck the cathedral" (an attack noun as the subject
//! of an attack verb), "Protesters marched through Paris" (the people a
//! protest is made of, then the protest verb), "the ceasefire agreed on
//! Friday" (a noun and the participle that describes it), "hit by drone
//! strikes in a pre-dawn raid" (an act inside a happening of its type),
//! "held talks at the summit", "a car bombing killed five, another attack
//! ascribed to the Taliban" (an apposition), "marched in London, protesting
//! the exit" (a participle that says what the protest was for), "The rally
//! was the biggest protest in years" (a predicate that names its subject
//! again), "blocked roads, using their parked cars as a form of protest"
//! (an adjunct that names the act's kind), "intensified, with talks
//! continuing into Tuesday night" (an adjunct that says it goes on).
//! Counted twice, one attack
//! doubles a conflict count. The later word joins the event of the earlier
//! one when both are of the same type, the same modality and no other
//! manner, and nothing between them opens another clause (see the shapes
//! below). The joined event keeps what either mention knew of its roles,
//! place, date and manner (`keep_best`).
//!
//! What stays two: a whole campaign and an act inside it ("shelled the city
//! during the invasion", "during a nationwide strike"), a set and one of it
//! ("rallied in Lyon during protests across France"), an act told inside a
//! happening of another type ("arrested five men in a raid"), two acts
//! joined by a participle ("banned firecrackers, arresting 210 people"),
//! one singled out of a set ("including the attack on December 27th", see
//! `singled_out_of_set`), and an attack told after a comma that is no
//! apposition ("…, a day after an attack on a mosque").

use std::ops::Range;

use newsledger_model::{Event, EventDate, EventType, Modality, Place, PlaceBasis};
use newsledger_text::TokenKind;

use super::lexicon::Lexicon;
use super::{cut_between, generic_mode, is_adverb, is_ed_form, Candidate, Found};
use crate::Doc;

/// The most tokens between an act and the preposition of the happening it
/// is told inside ("attacked a village in Borno state in a night raid").
const MAX_FRAMING_GAP: usize = 8;
/// The most tokens between an event noun and the verb it is the subject of
/// ("Twin bombings yesterday struck").
const MAX_SUBJECT_GAP: usize = 4;
/// The most words of a predicate noun phrase before its head ("the state's
/// biggest such teacher protest").
const MAX_PREDICATE_WORDS: usize = 6;
/// The most tokens between a mention and the "as" or "with" of an adjunct
/// that tells it again ("blocked roads, using their parked cars as a form
/// of protest").
const MAX_ADJUNCT_GAP: usize = 16;

/// The event that an earlier mention in the clause of candidate `c` made,
/// when `c` tells the same happening again; `modality` is `c`'s.
#[allow(clippy::too_many_arguments)]
pub(super) fn told_again(doc: &Doc<'_>, ids: &[u32], lex: &Lexicon, found: &Found, barriers: &[bool], sent: Range<usize>, c: &Candidate, modality: Modality) -> Option<usize> {
    let fits = |e: usize| {
        let ev = &found.events[e];
        // The generic modes are manners of attack; a protest's "strike" (a
        // walkout) is a manner of its own.
        let generic = |m: &str| c.trigger.event_type == EventType::Assault && generic_mode(lex, m);
        let modes_agree = match (ev.mode.as_deref(), c.trigger.mode) {
            (Some(x), Some(y)) => x == y || generic(x) || generic(y),
            _ => true,
        };
        ev.event_type == c.trigger.event_type && ev.modality == modality && modes_agree
    };
    // "agreed to a 72-hour ceasefire": the verb's agreement, told again by
    // its object (which the verb's "to" made read as planned).
    if let Some(e) = agreed_to(doc, ids, lex, found, sent.clone(), c) {
        return Some(e);
    }
    let e = framing_phrase(doc, ids, lex, found, barriers, sent.clone(), c)
        .or_else(|| subject_noun(doc, ids, lex, found, sent.clone(), c))
        .or_else(|| passive_agent(doc, ids, lex, found, sent.clone(), c))
        .or_else(|| apposition(doc, ids, lex, found, barriers, sent.clone(), c))
        .or_else(|| restating_participle(doc, ids, lex, found, barriers, sent.clone(), c))
        .or_else(|| named_as_kind(doc, ids, lex, found, barriers, sent.clone(), c))
        .or_else(|| continued_with(doc, ids, lex, found, barriers, sent.clone(), c))
        .or_else(|| predicate_noun(doc, ids, lex, found, sent.clone(), c))
        .or_else(|| object_noun(doc, ids, lex, found, sent, c))?;
    fits(e).then_some(e)
}

/// "The two sides agreed a ceasefire", "signed a peace deal", "a
/// ceasefire agreement": an event noun whose noun phrase (determiners and
/// up to three modifiers, no preposition) follows right after a mention of the
/// same type names that mention's happening again, as its object or as the
/// noun it modifies.
fn object_noun(doc: &Doc<'_>, ids: &[u32], lex: &Lexicon, found: &Found, sent: Range<usize>, c: &Candidate) -> Option<usize> {
    let w = &lex.w;
    let toks = &doc.seg.tokens;
    let word = |k: usize| toks[k].text(doc.text);
    if is_ed_form(word(c.b - 1)) {
        return None;
    }
    let mut k = c.a;
    let mut words = 0;
    while k > sent.start && words < 4 {
        let j = k - 1;
        if mention_ending_at(found, &sent, k).is_some() {
            break;
        }
        let modifier = toks[j].kind == TokenKind::Word && !w.np_stop.contains(&ids[j]) && ids[j] != w.of;
        if !(modifier || w.determiners.contains(&ids[j])) {
            return None;
        }
        k = j;
        words += 1;
    }
    // An object opens with a determiner ("agreed a ceasefire"); a verb in
    // between tells another act ("the shooting followed four mass shootings").
    if words > 0 && !w.determiners.contains(&ids[k]) {
        return None;
    }
    let (_, _, e) = mention_ending_at(found, &sent, k)?;
    (found.events[e].event_type == c.trigger.event_type).then_some(e)
}

/// "agreed to a ceasefire", "agreed on a 72-hour truce": an agreement noun
/// after "to"/"on" and a determiner (and up to four modifier tokens) right
/// after an agreement verb is that verb's object: one agreement.
fn agreed_to(doc: &Doc<'_>, ids: &[u32], lex: &Lexicon, found: &Found, sent: Range<usize>, c: &Candidate) -> Option<usize> {
    if c.trigger.event_type != EventType::Agree {
        return None;
    }
    let w = &lex.w;
    let toks = &doc.seg.tokens;
    let word = |k: usize| toks[k].text(doc.text);
    let mut k = c.a;
    let mut words = 0;
    while k > sent.start && words < 5 && !w.determiners.contains(&ids[k - 1]) {
        let j = k - 1;
        let modifier = (matches!(toks[j].kind, TokenKind::Word | TokenKind::Number) && !w.np_stop.contains(&ids[j])) || word(j) == "-";
        if !modifier {
            return None;
        }
        k = j;
        words += 1;
    }
    // k - 1 is the determiner; before it the preposition.
    if k < sent.start + 2 || !w.determiners.contains(&ids[k - 1]) || !["to", "on"].iter().any(|p| word(k - 2).eq_ignore_ascii_case(p)) {
        return None;
    }
    let (_, _, e) = mention_ending_at(found, &sent, k - 2)?;
    (found.events[e].event_type == EventType::Agree).then_some(e)
}

/// The mention (tokens and event) of the sentence `sent` whose words end
/// right before token `at`.
fn mention_ending_at(found: &Found, sent: &Range<usize>, at: usize) -> Option<(usize, usize, usize)> {
    found.links.iter().copied().find(|&(a, b, _)| b == at && a >= sent.start)
}

/// The mention (tokens and event) that ends last at or before token `at`
/// in the sentence `sent`, whatever its type: a mention of another type in
/// between means the later word may belong to that one.
fn latest_mention(found: &Found, sent: &Range<usize>, at: usize) -> Option<(usize, usize, usize)> {
    found.links.iter().copied().filter(|&(a, b, _)| a >= sent.start && b <= at).max_by_key(|&(_, b, _)| b)
}

/// Whether token `k` lies inside a time expression ("on Monday night").
pub(super) fn in_time(doc: &Doc<'_>, k: usize) -> bool {
    let t = &doc.seg.tokens[k];
    doc.facts.times.iter().any(|x| x.evidence.start <= t.start as usize && t.end as usize <= x.evidence.end)
}

/// "hit by drone strikes in a pre-dawn raid", "shot two guards during an
/// assault", "held talks at the summit", "met on the sidelines of the
/// summit": the candidate is a singular noun (not a campaign: "during the
/// invasion") after a framing preposition, a determiner and up to three
/// modifiers; the act told just before the preposition, in its clause and
/// with no verb or relative clause between, is part of it.
fn framing_phrase(doc: &Doc<'_>, ids: &[u32], lex: &Lexicon, found: &Found, barriers: &[bool], sent: Range<usize>, c: &Candidate) -> Option<usize> {
    let w = &lex.w;
    let sc = &w.same_clause;
    let toks = &doc.seg.tokens;
    let word = |k: usize| toks[k].text(doc.text);
    let head = c.b - 1;
    let plural = word(head).ends_with('s') && !word(head).ends_with("ss") && !sc.plural_only_nouns.contains(&ids[head]);
    if plural || sc.campaign_nouns.contains(&ids[head]) || is_ed_form(word(head)) {
        return None;
    }
    let mut k = c.a;
    let mut modifiers = 0;
    while k > sent.start && modifiers < 3 {
        let j = k - 1;
        if toks[j].kind != TokenKind::Word || w.np_stop.contains(&ids[j]) || w.determiners.contains(&ids[j]) || sc.framing_dets.contains(&ids[j]) || sc.framing_preps.contains(&ids[j]) {
            break;
        }
        // "during a nationwide strike": a whole with many parts.
        if sc.whole_modifiers.contains(&ids[j]) {
            return None;
        }
        k = j;
        modifiers += 1;
    }
    if k > sent.start && sc.framing_dets.contains(&ids[k - 1]) {
        k -= 1;
    }
    // "on the sidelines of", "in the course of": the head noun hands on
    // the preposition before it.
    if k >= sent.start + 2 && ids[k - 1] == w.of && sc.framing_heads.contains(&ids[k - 2]) {
        k = w.back_over_determiner(ids, sent.start, k - 2);
        if !(k > sent.start && w.locative.contains(&ids[k - 1])) {
            return None;
        }
    } else if !(k > sent.start && sc.framing_preps.contains(&ids[k - 1])) {
        return None;
    }
    let prep = k - 1;
    let (_, before, e) = latest_mention(found, &sent, prep)?;
    if prep - before > MAX_FRAMING_GAP || cut_between(doc, before, prep) || (before..prep).any(|j| barriers[j - sent.start]) {
        return None;
    }
    // "raided the house of a man suspected in an attack", "struck the camp
    // to avenge the deaths in a raid", "including in a raid": a verb form
    // between them may own the phrase.
    let verb_between = (before..prep).any(|j| {
        let text = word(j);
        let verb_form = is_ed_form(text) || (text.len() > 4 && text.ends_with("ing")) || w.irregular_past.contains(&ids[j]) || ids[j] == w.to;
        verb_form && !in_time(doc, j)
    });
    (!verb_between).then_some(e)
}

/// "Twin bombings yesterday struck the cathedral", "Protesters marched
/// through Paris", "the ceasefire agreed on Friday": the candidate is a past
/// form right after an event noun (past at most a few adverbs, dates and
/// `subject_gap_words`), which is its subject or the noun it describes.
fn subject_noun(doc: &Doc<'_>, ids: &[u32], lex: &Lexicon, found: &Found, sent: Range<usize>, c: &Candidate) -> Option<usize> {
    let w = &lex.w;
    let toks = &doc.seg.tokens;
    let word = |k: usize| toks[k].text(doc.text);
    // "hit" is its own past ("An airstrike hit the hospital").
    let hit = word(c.a).eq_ignore_ascii_case("hit") || word(c.a).eq_ignore_ascii_case("hits");
    if !(is_ed_form(word(c.a)) || w.irregular_past.contains(&ids[c.a]) || hit) {
        return None;
    }
    let mut k = c.a;
    while k > sent.start && c.a - k < MAX_SUBJECT_GAP && mention_ending_at(found, &sent, k).is_none() {
        let j = k - 1;
        let gap_word = toks[j].kind == TokenKind::Word && (is_adverb(word(j)) || w.same_clause.subject_gap_words.contains(&ids[j]) || in_time(doc, j));
        if !gap_word {
            break;
        }
        k = j;
    }
    let (na, _, e) = mention_ending_at(found, &sent, k)?;
    // The noun is no verb itself ("attacked", "struck") and is not the
    // object of one right before it ("to protest", "will attack").
    let last = k - 1;
    if is_ed_form(word(last)) || w.irregular_past.contains(&ids[last]) {
        return None;
    }
    if na > sent.start && (ids[na - 1] == w.to || w.aux.contains(&ids[na - 1]) || w.modal_verbs.contains(&ids[na - 1])) {
        return None;
    }
    Some(e)
}

/// "The hospital was struck by an airstrike", "the convoy was hit by a car
/// bomb": the candidate noun is the agent of the passive attack verb told
/// just before "by" (up to three words of its noun phrase between).
fn passive_agent(doc: &Doc<'_>, ids: &[u32], lex: &Lexicon, found: &Found, sent: Range<usize>, c: &Candidate) -> Option<usize> {
    let w = &lex.w;
    let toks = &doc.seg.tokens;
    let by = (c.a.saturating_sub(4).max(sent.start)..c.a).rev().find(|&k| ids[k] == w.by)?;
    if !(by + 1..c.a).all(|k| toks[k].kind == TokenKind::Word && !w.np_stop.contains(&ids[k])) {
        return None;
    }
    // The verb mention ends at "by" or takes it in ("was hit by").
    let (_, b, e) = latest_mention(found, &sent, by + 1)?;
    (b == by || b == by + 1).then_some(e)
}

/// The start of the up to two modifier words right before token `a` in
/// `sent`: words that are no `np_stop` word and that `stops` does not end
/// on ("as a form of [peaceful] protest", "with [daily] talks continuing").
fn modifiers_before(doc: &Doc<'_>, ids: &[u32], lex: &Lexicon, sent: &Range<usize>, a: usize, stops: impl Fn(u32) -> bool) -> usize {
    let toks = &doc.seg.tokens;
    let mut k = a;
    while k > sent.start && a - k < 2 && toks[k - 1].kind == TokenKind::Word && !lex.w.np_stop.contains(&ids[k - 1]) && !stops(ids[k - 1]) {
        k -= 1;
    }
    k
}

/// "A car bombing killed five, another attack ascribed to the Taliban": a
/// comma, "a"/"an"/"another", up to two modifiers and the candidate noun,
/// which ends the sentence or goes on with a word that describes it
/// (`apposition_followers`, a participle); the event told last before the
/// comma, in its clause, is what it renames.
fn apposition(doc: &Doc<'_>, ids: &[u32], lex: &Lexicon, found: &Found, barriers: &[bool], sent: Range<usize>, c: &Candidate) -> Option<usize> {
    let w = &lex.w;
    let sc = &w.same_clause;
    let toks = &doc.seg.tokens;
    let word = |k: usize| toks[k].text(doc.text);
    let k = modifiers_before(doc, ids, lex, &sent, c.a, |id| w.determiners.contains(&id) || sc.apposition_dets.contains(&id));
    if !(k >= sent.start + 2 && sc.apposition_dets.contains(&ids[k - 1]) && word(k - 2) == ",") {
        return None;
    }
    let comma = k - 2;
    let ends = c.b == sent.end || matches!(toks[c.b].kind, TokenKind::Terminal) || word(c.b) == ",";
    let described = c.b < sent.end && (sc.apposition_followers.contains(&ids[c.b]) || is_ed_form(word(c.b)));
    if !(ends || described) {
        return None;
    }
    let (_, before, e) = latest_mention(found, &sent, comma)?;
    ((before..comma).all(|j| !barriers[j - sent.start])).then_some(e)
}

/// "marched in London on Saturday during an anti-Brexit march, protesting
/// the exit": a participle of the type after a comma (`restating_participles`)
/// says what the happening told before the comma was for. The stretch
/// between is one clause: no other comma and no clause boundary outside a
/// parenthesis, but for a framing preposition ("during a march").
fn restating_participle(doc: &Doc<'_>, ids: &[u32], lex: &Lexicon, found: &Found, barriers: &[bool], sent: Range<usize>, c: &Candidate) -> Option<usize> {
    let sc = &lex.w.same_clause;
    let toks = &doc.seg.tokens;
    let word = |k: usize| toks[k].text(doc.text);
    if c.b != c.a + 1 || !sc.restating_participles.contains(&ids[c.a]) || c.a == sent.start || word(c.a - 1) != "," {
        return None;
    }
    let comma = c.a - 1;
    let (_, before, e) = latest_mention(found, &sent, comma)?;
    let mut depth = 0usize;
    for j in before..comma {
        match word(j) {
            "(" => depth += 1,
            ")" => depth = depth.saturating_sub(1),
            _ if depth > 0 => {}
            "," | ";" | ":" => return None,
            _ if barriers[j - sent.start] && !sc.framing_preps.contains(&ids[j]) => return None,
            _ => {}
        }
    }
    (depth == 0).then_some(e)
}

/// The mention told last before token `at` in the sentence `sent`, when
/// the stretch from it to `at` stays in its clause: at most
/// `MAX_ADJUNCT_GAP` tokens, no clause boundary, no word that opens
/// another clause (`adjunct_stops`: "but", ";") and no "and"/"or" after a
/// comma (", and workers later blocked a road"; "the London side and
/// Mourinho's representatives" is one noun phrase). Commas may stand
/// between ("blocked roads, using their cars as a form of protest").
fn mention_in_clause_before(doc: &Doc<'_>, ids: &[u32], lex: &Lexicon, found: &Found, barriers: &[bool], sent: &Range<usize>, at: usize) -> Option<usize> {
    let (_, before, e) = latest_mention(found, sent, at)?;
    let w = &lex.w;
    let comma_before = |j: usize| j > sent.start && doc.seg.tokens[j - 1].text(doc.text) == ",";
    let joined = (before..at).any(|j| barriers[j - sent.start] || w.same_clause.adjunct_stops.contains(&ids[j]) || ((ids[j] == w.and || ids[j] == w.or) && comma_before(j)));
    (at - before <= MAX_ADJUNCT_GAP && !joined).then_some(e)
}

/// "blocked roads, using their parked cars as a form of protest", "dumped
/// manure as an act of protest": "as", "a"/"an", a noun of `kind_heads`
/// (form, act, sign), "of", up to two modifiers and the candidate: the
/// phrase says what kind of happening the act told before it was, so it
/// is that act's event when the act is of the candidate's type.
fn named_as_kind(doc: &Doc<'_>, ids: &[u32], lex: &Lexicon, found: &Found, barriers: &[bool], sent: Range<usize>, c: &Candidate) -> Option<usize> {
    let w = &lex.w;
    let sc = &w.same_clause;
    let k = modifiers_before(doc, ids, lex, &sent, c.a, |id| id == w.of);
    // k - 1: "of"; k - 2: the kind noun; k - 3: "a"/"an"; k - 4: "as".
    if !(k >= sent.start + 4 && ids[k - 1] == w.of && sc.kind_heads.contains(&ids[k - 2]) && (ids[k - 3] == w.a || ids[k - 3] == w.an) && sc.kind_openers.contains(&ids[k - 4])) {
        return None;
    }
    mention_in_clause_before(doc, ids, lex, found, barriers, &sent, k - 4)
}

/// "Negotiations intensified over the last few days, with talks
/// continuing into Tuesday night", "shelled the town, with strikes
/// continuing overnight": "with", up to two modifiers, the candidate and a
/// participle of going on (`continuing_participles`): the happening told
/// before "with" goes on, told again. Not any participle ("with clashes
/// breaking out in Lyon" is another happening).
fn continued_with(doc: &Doc<'_>, ids: &[u32], lex: &Lexicon, found: &Found, barriers: &[bool], sent: Range<usize>, c: &Candidate) -> Option<usize> {
    let w = &lex.w;
    let sc = &w.same_clause;
    if !(c.b < sent.end && sc.continuing_participles.contains(&ids[c.b])) {
        return None;
    }
    let k = modifiers_before(doc, ids, lex, &sent, c.a, |id| id == w.with);
    if !(k > sent.start && ids[k - 1] == w.with) {
        return None;
    }
    mention_in_clause_before(doc, ids, lex, found, barriers, &sent, k - 1)
}

/// "The rally represented Indiana's biggest such teacher protest", "the
/// raid was a botched attack": an event noun, a copular verb
/// (`copular_verbs`) and a noun phrase of determiners, names, a possessive
/// and modifiers whose head is the candidate: the predicate names its
/// subject again.
fn predicate_noun(doc: &Doc<'_>, ids: &[u32], lex: &Lexicon, found: &Found, sent: Range<usize>, c: &Candidate) -> Option<usize> {
    let w = &lex.w;
    let sc = &w.same_clause;
    let toks = &doc.seg.tokens;
    let word = |k: usize| toks[k].text(doc.text);
    if is_ed_form(word(c.b - 1)) {
        return None;
    }
    let mut k = c.a;
    let mut words = 0;
    while k > sent.start && words < MAX_PREDICATE_WORDS {
        let j = k - 1;
        let possessive = matches!(word(j), "'s" | "’s");
        let modifier = toks[j].kind == TokenKind::Word && !w.np_stop.contains(&ids[j]) && !sc.copular_verbs.contains(&ids[j]) && ids[j] != w.of;
        if !(possessive || modifier || w.determiners.contains(&ids[j])) {
            break;
        }
        k = j;
        words += 1;
    }
    if !(k > sent.start && sc.copular_verbs.contains(&ids[k - 1])) {
        return None;
    }
    // The subject noun, past adverbs ("the raid was apparently a botched
    // attack"); a mention that looks like one ("rally") is the noun.
    let mut s = k - 1;
    while s > sent.start && mention_ending_at(found, &sent, s).is_none() && is_adverb(word(s - 1)) {
        s -= 1;
    }
    let (_, nb, e) = mention_ending_at(found, &sent, s)?;
    // A verb before the copula ("protested is …") is no subject noun.
    if is_ed_form(word(nb - 1)) || w.irregular_past.contains(&ids[nb - 1]) {
        return None;
    }
    Some(e)
}

/// Whether the trigger of candidate `c` gives way to a later mention of its
/// clause: one word of `people_triggers` ("protesters") or a form ending in
/// "by" ("hit by"). Computed once per event, from the token ids.
pub(super) fn trigger_yields(lex: &Lexicon, ids: &[u32], c: &Candidate) -> bool {
    (c.b == c.a + 1 && lex.w.same_clause.people_triggers.contains(&ids[c.a])) || (c.b > c.a + 1 && ids[c.b - 1] == lex.w.by)
}

/// What the joined mention knew that the event did not: an actor, target,
/// source or date it lacked, a place found in the sentence where the event
/// had only the dateline or a reference, and a manner where the event named
/// none or only a generic one ("attacked … in a suicide bombing"). A noun
/// of the people who make the happening ("Protesters rallied") gives way to
/// the word that tells it as the event's trigger.
#[allow(clippy::too_many_arguments)]
pub(super) fn keep_best(
    lex: &Lexicon,
    ev: &mut Event,
    ev_yields: &mut bool,
    trigger: &str,
    yields: bool,
    mode: Option<&'static str>,
    actor: Option<String>,
    target: Option<String>,
    place: Option<Place>,
    place_basis: Option<PlaceBasis>,
    date: Option<EventDate>,
    source: Option<String>,
) {
    if actor.is_some() && ev.actor.is_none() && actor != ev.target {
        ev.actor = actor;
    }
    if target.is_some() && ev.target.is_none() && target != ev.actor {
        ev.target = target;
    }
    let sentence_place = place.is_some() && place_basis == Some(PlaceBasis::Sentence);
    if ev.place.is_none() || (sentence_place && ev.place_basis != Some(PlaceBasis::Sentence)) {
        if place.is_some() {
            ev.place = place;
            ev.place_basis = place_basis;
        }
    }
    if ev.date.is_none() {
        ev.date = date;
    }
    if ev.source.is_none() {
        ev.source = source;
    }
    // "protesters … marched": the act names it better than its people;
    // "hit by drone strikes": the attack its passive verb was hit by.
    if *ev_yields {
        ev.trigger = trigger.to_string();
        *ev_yields = yields;
    }
    let generic = ev.mode.as_deref().is_none_or(|m| generic_mode(lex, m));
    if let Some(m) = mode.filter(|m| generic && (ev.mode.is_none() || !generic_mode(lex, m))) {
        ev.mode = Some(m.to_string());
    }
}
