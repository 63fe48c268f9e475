//! A plan named again: "Trump announced US troops would be leaving Syria.
//! … The SDF opposed the withdrawal." The withdrawal was announced, not
//! made; the later "the withdrawal" has no cue of its own, so the sentence
//! alone reads it as done. A definite event noun takes the modality of the
//! article's earlier telling of its type (or the title's) when that telling
//! is a plan, a threat, a condition or a possibility and no mention of the
//! type before it happened, unless its own words say it happened: a past
//! verb of which it is the subject ("the withdrawal began", "the strike that
//! killed 12"), a verb of doing it ("troops completed the withdrawal"), a
//! word that dates after it ("after the withdrawal") or a past date beside
//! it.
//!
//! Also: an agreement noun that a verb of refusing takes as its object
//! ("Hamas rejected the deal", "turned down the agreement") was offered,
//! not made.
//!
//! Word lists: `data/en/events_plan_reference.tsv`.

use newsledger_model::{EventType, Modality};
use newsledger_text::TokenKind;

use super::lexicon::{CueClass, Lexicon, PhraseTable, Vocab};
use super::modality::{Hit, ModalityClassifier};
use super::{is_ed_form, own_date, Found};
use crate::Doc;

/// How many tokens right of the noun may hold the verb of which it is the
/// subject: a postmodifier of two prepositional phrases and a relative word
/// ("the attacks on the U.S. Embassy in Baghdad that took place").
const SUBJECT_REACH: usize = 10;

/// The word lists of this pass.
#[derive(Default)]
pub(crate) struct PlanRefLexicon {
    dets: Vec<u32>,
    after_words: Vec<u32>,
    done_verbs: Vec<u32>,
    done_after: Vec<u32>,
    stops: Vec<u32>,
    refusing: Vec<u32>,
    casualty_preps: Vec<u32>,
    announcing: Vec<u32>,
    announced_ahead_types: Vec<EventType>,
    relative_plan_verbs: Vec<u32>,
    relative_aux: Vec<u32>,
    refusing_phrases: PhraseTable<()>,
}

impl PlanRefLexicon {
    pub(super) fn build(vocab: &mut Vocab, data: &'static str) -> PlanRefLexicon {
        let mut p = PlanRefLexicon::default();
        for row in super::lexicon::rows(data) {
            let [group, words, ..] = row[..] else { continue };
            if group == "announced_ahead_types" {
                p.announced_ahead_types = words.split(' ').filter_map(EventType::parse).collect();
                continue;
            }
            if group == "refusing_phrases" {
                for phrase in words.split('|').map(str::trim).filter(|w| !w.is_empty()) {
                    p.refusing_phrases.insert(vocab.phrase(phrase), ());
                }
                continue;
            }
            let ids: Vec<u32> = words.split(' ').filter(|w| !w.is_empty()).map(|w| vocab.intern(w)).collect();
            match group {
                "dets" => p.dets = ids,
                "after_words" => p.after_words = ids,
                "done_verbs" => p.done_verbs = ids,
                "done_after" => p.done_after.extend(ids),
                "done_after_irregular" => p.done_after.extend(ids),
                "stops" => p.stops = ids,
                "refusing" => p.refusing = ids,
                "casualty_preps" => p.casualty_preps = ids,
                "announcing" => p.announcing = ids,
                "relative_plan_verbs" => p.relative_plan_verbs = ids,
                "relative_aux" => p.relative_aux = ids,
                _ => {}
            }
        }
        p
    }
}

/// Types whose events are acts of speech, done by being told.
fn speech_act(t: EventType) -> bool {
    matches!(t, EventType::Support | EventType::Concede | EventType::Request | EventType::Accuse | EventType::Reject | EventType::Threaten)
}

/// A plan, a threat, a condition or a possibility: told, not done.
fn ahead(m: Modality) -> bool {
    matches!(m, Modality::Planned | Modality::Conditional | Modality::Threatened | Modality::Possible)
}

/// The event types of the title, each with the modality it is told with
/// there (in title order). Computed once per article.
pub(super) fn title_readings(doc: &Doc<'_>, lex: &Lexicon, classifier: &ModalityClassifier) -> Vec<(EventType, Modality)> {
    let Some(title) = doc.article.title.as_deref().filter(|t| !t.trim().is_empty()) else {
        return Vec::new();
    };
    let seg = newsledger_text::segment(title);
    let ids = lex.vocab.token_ids(title, &seg.tokens);
    let mut out = Vec::new();
    for s in &seg.sentences {
        let r = s.tokens.clone();
        let (toks, local) = (&seg.tokens[r.clone()], &ids[r.clone()]);
        let mut i = r.start;
        while i < r.end {
            if let Some((len, _)) = lex.non_triggers.longest_at(&ids, i, r.end) {
                i += len;
                continue;
            }
            let (len, mut entries) = lex.triggers.longest_entries_at(&ids, i, r.end);
            if len == 0 {
                i += 1;
                continue;
            }
            // Casualty words count: "Four teenagers shot at a party" tells
            // a shooting that happened.
            if let Some(t) = entries.next() {
                let m = classifier.judge(title, toks, local, i - r.start, i + len - r.start).modality;
                out.push((t.event_type, if t.threat || t.event_type == EventType::Threaten { Modality::Threatened } else { m }));
            }
            i += len;
        }
    }
    out
}

/// The cue classes that say an event is not (yet) done: a verb right after
/// a noun with one of these ("the strike was postponed") tells no happening.
fn holds_back(class: CueClass) -> bool {
    matches!(
        class,
        CueClass::Future | CueClass::Would | CueClass::Possible | CueClass::Deontic | CueClass::Planned | CueClass::Threatened | CueClass::Denied | CueClass::Negator | CueClass::Negation | CueClass::Conditional
    )
}

/// What the sentence of a candidate knows, for [`inherited`].
pub(super) struct Sentence<'s> {
    pub si: usize,
    pub range: std::ops::Range<usize>,
    /// The sentence's modality cues, in local token indexes.
    pub cues: &'s [Hit],
}

/// The modality that the definite event noun at `a..b` takes from an
/// earlier plan of its type, when nothing of its own says it happened.
/// Called only for a mention the sentence reads as done.
#[allow(clippy::too_many_arguments)]
pub(super) fn inherited(doc: &Doc<'_>, ids: &[u32], lex: &Lexicon, found: &Found, title: &[(EventType, Modality)], s: &Sentence<'_>, a: usize, b: usize, event_type: EventType) -> Option<Modality> {
    // A statement named again ("saw the request as …", "the accusation")
    // was made: a request or a threat is done by being told.
    if speech_act(event_type) {
        return None;
    }
    // The title telling it as done ("Four teenagers shot at party") outweighs
    // an earlier hedge in the body ("reports of a shooting").
    if title.iter().any(|(t, m)| *t == event_type && m.happened()) {
        return None;
    }
    // The article's earlier telling of the type: none done, the latest
    // told ahead; else the title's.
    let mut plan: Option<(usize, Modality)> = None;
    for &(la, _, le) in &found.links {
        if la >= a || found.events[le].event_type != event_type {
            continue;
        }
        let m = found.events[le].modality;
        if m.happened() {
            return None;
        }
        if ahead(m) && plan.is_none_or(|(at, _)| la > at) {
            plan = Some((la, m));
        }
    }
    let modality = match plan {
        Some((_, m)) => m,
        None => title.iter().find(|(t, m)| *t == event_type && ahead(*m))?.1,
    };
    let det = definite_det(doc, ids, lex, s.range.start, a)?;
    if is_ed_form(doc.seg.tokens[b - 1].text(doc.text)) || told_as_done(doc, ids, lex, s, det, b) {
        return None;
    }
    Some(modality)
}

/// "Hamas rejected the deal", "the union turned down an agreement": an
/// agreement offered and refused was not made. Possible, unless the noun's
/// own words say it was made ("rejected the deal signed in 2015").
pub(super) fn refused_offer(doc: &Doc<'_>, ids: &[u32], lex: &Lexicon, s: &Sentence<'_>, a: usize, b: usize, event_type: EventType) -> bool {
    if event_type != EventType::Agree {
        return false;
    }
    let p = &lex.plan_ref;
    // The object's start: a determiner, then up to two modifiers.
    let toks = &doc.seg.tokens;
    let mut k = a;
    let mut mods = 0;
    while k > s.range.start && mods < 3 {
        let prev = k - 1;
        let id = ids[prev];
        let lower = toks[prev].kind == TokenKind::Word && toks[prev].text(doc.text).starts_with(|c: char| c.is_ascii_lowercase());
        if lex.w.determiners.contains(&id) || (lower && !lex.w.np_stop.contains(&id) && !p.refusing.contains(&id) && !is_refusing_phrase_end(ids, p, s.range.start, k)) {
            k = prev;
            mods += 1;
            continue;
        }
        break;
    }
    let refused = (k > s.range.start && p.refusing.contains(&ids[k - 1])) || is_refusing_phrase_end(ids, p, s.range.start, k);
    refused && !is_ed_form(toks[b - 1].text(doc.text)) && !told_as_done_after(doc, ids, lex, s, b)
}

/// A plan told of the noun at `a..b` by its own words, with no cue to its
/// left: "announced a complete withdrawal" (a movement of forces, new to
/// the story: `announced_ahead_types`), or "a rally Trump planned", "the
/// strikes the army had scheduled" (a plan verb in a relative clause
/// without "that").
pub(super) fn planned_by_own_words(doc: &Doc<'_>, ids: &[u32], lex: &Lexicon, s: &Sentence<'_>, a: usize, b: usize, event_type: EventType) -> bool {
    let p = &lex.plan_ref;
    let toks = &doc.seg.tokens;
    let lower = |k: usize| toks[k].kind == TokenKind::Word && toks[k].text(doc.text).starts_with(|c: char| c.is_ascii_lowercase());
    // The object's start: "a"/"an", then up to two lower-case modifiers.
    if p.announced_ahead_types.contains(&event_type) {
        let mut k = a;
        while k > s.range.start && k + 2 > a && lower(k - 1) && !lex.w.determiners.contains(&ids[k - 1]) && !lex.w.np_stop.contains(&ids[k - 1]) && !p.announcing.contains(&ids[k - 1]) {
            k -= 1;
        }
        let indefinite = k > s.range.start && (ids[k - 1] == lex.w.a || ids[k - 1] == lex.w.an);
        if indefinite && k > s.range.start + 1 && p.announcing.contains(&ids[k - 2]) {
            return true;
        }
    }
    // "a rally Trump planned": a subject of one to three words (a name or a
    // pronoun, or "the army"), an auxiliary at most, then the plan verb.
    let has_det = a > s.range.start && lex.w.determiners.contains(&ids[a - 1]);
    if !has_det || b >= s.range.end {
        return false;
    }
    let subject_opens = toks[b].kind == TokenKind::Word && !lex.w.np_stop.contains(&ids[b]) && !lower(b) || lex.w.subject_pronouns.contains(&ids[b]) || lex.w.determiners.contains(&ids[b]);
    if !subject_opens {
        return false;
    }
    let end = s.range.end.min(b + 5);
    for k in b + 1..end {
        if p.relative_plan_verbs.contains(&ids[k]) {
            // "the protest they had scheduled for Saturday drew few people":
            // the noun is the subject of a past verb after the clause.
            return !told_as_done_after(doc, ids, lex, s, k + 1);
        }
        if !(toks[k].kind == TokenKind::Word && (p.relative_aux.contains(&ids[k]) || !lower(k) || k == b + 1)) {
            return false;
        }
    }
    false
}

/// A refusing phrase ("turned down") ends right before token `k`.
fn is_refusing_phrase_end(ids: &[u32], p: &PlanRefLexicon, start: usize, k: usize) -> bool {
    (k.saturating_sub(3).max(start)..k).any(|from| p.refusing_phrases.longest_at(ids, from, k).is_some_and(|(len, _)| from + len == k))
}

/// The definite determiner before the noun at `a`, with up to two
/// modifiers between ("the troop withdrawal", "these US strikes").
fn definite_det(doc: &Doc<'_>, ids: &[u32], lex: &Lexicon, start: usize, a: usize) -> Option<usize> {
    let toks = &doc.seg.tokens;
    let mut k = a;
    let mut mods = 0;
    while k > start {
        k -= 1;
        if lex.plan_ref.dets.contains(&ids[k]) {
            return Some(k);
        }
        // ("the delivery of aid": "aid" is not the noun "the" opens.)
        if mods == 2 || toks[k].kind != TokenKind::Word || lex.w.np_stop.contains(&ids[k]) || lex.w.np_skip.contains(&ids[k]) || lex.w.determiners.contains(&ids[k]) {
            return None;
        }
        mods += 1;
    }
    None
}

/// Whether the mention's own words say the event happened: a word before
/// the determiner that dates after it ("after the withdrawal", "in the wake
/// of the strikes"), a verb of doing it ("completed the withdrawal",
/// "carried out the strikes"), a past date beside it, or a past verb of
/// which it is the subject.
fn told_as_done(doc: &Doc<'_>, ids: &[u32], lex: &Lexicon, s: &Sentence<'_>, det: usize, b: usize) -> bool {
    let p = &lex.plan_ref;
    let start = s.range.start;
    let before = |n: usize| (det >= start + n).then(|| ids[det - n]);
    let after_word = before(1).is_some_and(|id| p.after_words.contains(&id)) || (before(1) == Some(lex.w.of) && before(2).is_some_and(|id| p.after_words.contains(&id)));
    // "completed the withdrawal", "carried out the strikes", "quickly began the pullout".
    let done_verb = before(1).is_some_and(|id| p.done_verbs.contains(&id))
        || (before(2).is_some_and(|id| p.done_verbs.contains(&id)) && doc.seg.tokens[det - 1].text(doc.text).starts_with(|c: char| c.is_ascii_lowercase()));
    // "were injured in the shooting", "killed by the strikes": a casualty
    // of it.
    let casualty = matches!(before(1), Some(id) if id == lex.w.by || lex.plan_ref.casualty_preps.contains(&id))
        && det >= start + 2
        && { let w = doc.seg.tokens[det - 2].text(doc.text); is_ed_form(w) || lex.w.irregular_past.contains(&ids[det - 2]) };
    if after_word || done_verb || casualty {
        return true;
    }
    let a = det + 1;
    if let Some(date) = own_date(doc, s.si, a, b) {
        // A date ahead of the article is a plan's; one before it, a happening's.
        let ahead = doc.anchor_date.as_deref().is_some_and(|anchor| {
            let n = date.len().min(anchor.len());
            date.as_bytes()[..n] > anchor.as_bytes()[..n]
        });
        if !ahead {
            return true;
        }
    }
    told_as_done_after(doc, ids, lex, s, b)
}

/// A past or perfect verb of which the noun ending before `b` is the
/// subject: "the withdrawal began", "the withdrawal of troops from Syria
/// was completed", "the strike that killed 12". Not a verb after "and" or a
/// comma ("opposed the withdrawal and said …"), nor one with a cue of
/// modality ("the raid was called off").
fn told_as_done_after(doc: &Doc<'_>, ids: &[u32], lex: &Lexicon, s: &Sentence<'_>, b: usize) -> bool {
    let p = &lex.plan_ref;
    let toks = &doc.seg.tokens;
    let end = s.range.end.min(b + SUBJECT_REACH);
    let held_back = |k: usize| s.cues.iter().any(|h| h.start + s.range.start == k && holds_back(h.cue.class));
    for k in b..end {
        let id = ids[k];
        if p.stops.contains(&id) {
            return false;
        }
        let word = toks[k].text(doc.text);
        if toks[k].kind != TokenKind::Word || !word.starts_with(|c: char| c.is_ascii_lowercase()) || lex.w.noun_relatives.contains(&id) {
            continue;
        }
        // "was postponed", "has been called off": the cue after the
        // auxiliary decides; a past verb itself may be one ("planned").
        if lex.w.be_past.contains(&id) || lex.w.have.contains(&id) {
            return !(held_back(k + 1) || held_back(k + 2));
        }
        if p.done_after.contains(&id) || is_ed_form(word) || lex.w.irregular_past.contains(&id) {
            return !held_back(k);
        }
        // "the withdrawal will …", "the strikes could …", "is a mistake".
        if lex.w.aux.contains(&id) {
            return false;
        }
    }
    false
}
