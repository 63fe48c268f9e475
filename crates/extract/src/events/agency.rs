//! Whether a trigger of force or menace has someone who acts.
//!
//! ASSAULT, COERCE and THREATEN are what conflict monitors count; each needs
//! an agent: a person, a group, an organisation or a state. A verb trigger
//! whose subject is an abstract or inanimate noun ("geopolitical tensions are
//! threatening to put the brakes on growth", "an emergency which threatens
//! the safety of human lives", "the strange new reality that had ambushed
//! her"), or whose agent after a passive "by" is one ("patient events
//! captured by these clinical systems"), tells of no such event.
//!
//! How an agent is told from a non-agent: the subject's head word is read
//! against `non_agents` (and the natural causes of `nonviolent_causes`) in
//! `data/en/events_agency.tsv`; for COERCE also against `recording_agents`
//! (cameras, systems). A name (a person, organisation, state or people the
//! entity extractor found), a pronoun, and every noun those lists do not
//! name stay agents, so an unknown word keeps the event. SUPPORT and AID
//! are read the same way, with `support_non_agents` (evidence, software).
//!
//! An attack in words is no ASSAULT either ([`verbal_attack`]): "attacked
//! each other's policies", "was under near-constant attack" in a debate.
//! Criticism would be ACCUSE at most, and only a verb of accusing or
//! criticising says what the charge is, so no event is made.
//!
//! Nor is an attack word that names a class in a definition ("characterizes
//! events where four or more people are killed … as a mass shooting"), or
//! "an invasion of Hispanic people" (people who come, not an army).

use std::ops::Range;

use newsledger_model::{EntityType, EventType};
use newsledger_text::TokenKind;

use super::is_adverb;
use super::lexicon::{Lexicon, Trigger};
use crate::Doc;

/// The trigger at `a..b` of sentence `si` tells of no event of force or
/// menace: it has no one who acts ([`no_agent`]), is an attack in words
/// ([`verbal_attack`]), names a class in a definition ([`defined_class`])
/// or calls people who come an invasion ([`invasion_of_people`]).
pub(super) fn no_force_or_menace(doc: &Doc<'_>, ids: &[u32], lex: &Lexicon, si: usize, a: usize, b: usize, trigger: &Trigger) -> bool {
    let sent = doc.seg.sentences[si].tokens.clone();
    if trigger.event_type == EventType::Assault && (defined_class(ids, lex, sent.clone(), a) || invasion_of_people(doc, ids, lex, sent.end, a, b)) {
        return true;
    }
    no_agent(doc, ids, lex, sent, a, b, trigger) || verbal_attack(doc, ids, lex, si, a, b, trigger)
}

/// The trigger at `a..b` is a verb of force or menace whose subject, or
/// whose agent after "by", is a noun that never acts; or a verb of backing
/// or helping (SUPPORT, AID) whose subject is such a noun or evidence or a
/// machine (`support_non_agents`: "evidence supported his murder").
fn no_agent(doc: &Doc<'_>, ids: &[u32], lex: &Lexicon, sent: Range<usize>, a: usize, b: usize, trigger: &Trigger) -> bool {
    if !matches!(trigger.event_type, EventType::Assault | EventType::Coerce | EventType::Threaten | EventType::Support | EventType::Aid) || b != a + 1 {
        return false;
    }
    // An animal is no party to a conflict ("a dog attacked the boy"). Lower
    // case only: "Navy Seals" are a unit.
    let animal = |k: usize| {
        trigger.event_type == EventType::Assault && lex.w.senses.animals.contains(ids[k]) && doc.seg.tokens[k].text(doc.text).starts_with(|c: char| c.is_ascii_lowercase())
    };
    let word = doc.seg.tokens[a].text(doc.text);
    let lower_case = word.starts_with(|c: char| c.is_ascii_lowercase());
    // A casualty word ("killed", "injured") is no event when an animal did
    // it ("was killed by his lions"); any other non-agent of its sentence
    // is read with the attack it joins.
    let never_acts = |k: usize| {
        let g = &lex.w.agency;
        !names_an_actor(doc, k)
            && (animal(k)
                || (!trigger.outcome
                    && (g.non_agents.contains(&ids[k])
                        || lex.w.nonviolent_causes.contains(&ids[k])
                        || (trigger.event_type == EventType::Coerce && g.recording_agents.contains(&ids[k]))
                        || (matches!(trigger.event_type, EventType::Support | EventType::Aid) && g.support_non_agents.contains(&ids[k])))))
    };
    // "captured by these clinical systems": a passive's agent. With "by"
    // after the verb its subject is the one acted on, so it is not read.
    if word.ends_with("ed") && b < sent.end && ids[b] == lex.w.by {
        return (trigger.outcome || lower_case) && agent_never_acts(doc, ids, lex, sent.end, b + 1, never_acts);
    }
    if trigger.outcome || !lower_case {
        return false;
    }
    let Some(subject) = subject_head(doc, ids, lex, sent.start, a) else {
        return false;
    };
    never_acts(subject)
}

/// The agent after "by" at token `from`, as far as it matters here: the
/// first word of the next four (up to a function word, a punctuation mark
/// or the sentence end) that `never_acts`, past determiners and modifiers
/// ("these clinical systems and …", "the monitoring systems go …"); a name
/// of an actor before it keeps the agent.
fn agent_never_acts(doc: &Doc<'_>, ids: &[u32], lex: &Lexicon, end: usize, from: usize, never_acts: impl Fn(usize) -> bool) -> bool {
    let toks = &doc.seg.tokens;
    for k in from..(from + 4).min(end) {
        if toks[k].kind != TokenKind::Word || lex.w.np_stop.contains(&ids[k]) || names_an_actor(doc, k) {
            return false;
        }
        if never_acts(k) {
            return true;
        }
    }
    false
}

/// The head word of the subject of the verb at `a`: the word before its
/// auxiliaries, adverbs and negation ("tensions are threatening"), before
/// a relative word ("an emergency which threatens", "the reality that had
/// ambushed her"), or, for a verb coordinated with an earlier one ("…
/// present an obstacle to peace and threaten …"), the word before that
/// verb's auxiliary ("settlements \"are illegal …"). Quote marks between
/// are skipped. `None` when the word there is no plain word, or the verb
/// is passive (its subject is acted on).
fn subject_head(doc: &Doc<'_>, ids: &[u32], lex: &Lexicon, start: usize, a: usize) -> Option<usize> {
    let toks = &doc.seg.tokens;
    let w = &lex.w;
    let text = |k: usize| toks[k].text(doc.text);
    let is_quote = |k: usize| matches!(toks[k].kind, TokenKind::OpenQuote | TokenKind::CloseQuote);
    let verb_group = |k: usize| w.aux.contains(&ids[k]) || is_adverb(text(k)) || text(k).eq_ignore_ascii_case("not") || text(k) == "n't" || text(k) == "n’t";
    let mut k = a;
    let mut passive = false;
    while k > start && verb_group(k - 1) {
        passive |= w.passive_aux.contains(&ids[k - 1]) && text(a).ends_with("ed");
        k -= 1;
    }
    if passive {
        return None;
    }
    let coordinated = k > start && (ids[k - 1] == w.and || ids[k - 1] == w.or);
    let relative = k > start && w.agency.relative_words.contains(&ids[k - 1]);
    // A bare form that may be a noun ("measures seizures"): read as a verb
    // only after an auxiliary, a relative word or "and", or when its
    // ending makes it one ("threatens", "ambushed", "threatening").
    let verb_form = ["ed", "ing", "en", "ens"].iter().any(|end| text(a).ends_with(end));
    if !(verb_form || k < a || coordinated || relative || present_after_subject(doc, ids, lex, start, a)) {
        return None;
    }
    if coordinated {
        // The first verb of the coordination: its nearest auxiliary before.
        let aux = (start..k - 1).rev().find(|&j| w.aux.contains(&ids[j]))?;
        k = aux;
        while k > start && is_quote(k - 1) {
            k -= 1;
        }
    } else if relative {
        k -= 1;
    }
    let head = k.checked_sub(1).filter(|&h| h >= start)?;
    (toks[head].kind == TokenKind::Word).then_some(head)
}

/// "a bat attacks the nominee", "the dog bites the boy": a form in -s
/// with no auxiliary is a verb when a plain word (no determiner, no
/// function word) stands before it and an object opens after it (a
/// determiner, a pronoun or a name). "The attacks continued" (a determiner
/// before) and "drone strikes hit three villages" (no object after) stay
/// nouns.
fn present_after_subject(doc: &Doc<'_>, ids: &[u32], lex: &Lexicon, start: usize, a: usize) -> bool {
    let toks = &doc.seg.tokens;
    let w = &lex.w;
    let word = toks[a].text(doc.text);
    let plural_s = word.ends_with('s') && !word.ends_with("ss") && !word.ends_with("us") && !word.ends_with("is");
    if !plural_s || a <= start || a + 1 >= ids.len() {
        return false;
    }
    let before = a - 1;
    let plain_before = toks[before].kind == TokenKind::Word && !w.determiners.contains(&ids[before]) && !w.np_stop.contains(&ids[before]);
    let next = toks[a + 1].text(doc.text);
    let object_after = toks[a + 1].kind == TokenKind::Word
        && (w.determiners.contains(&ids[a + 1]) || w.object_pronouns.contains(&ids[a + 1]) || next.starts_with(|c: char| c.is_uppercase()));
    plain_before && object_after
}

/// The token at `k` is inside the name of a person, organisation, state or
/// people.
fn names_an_actor(doc: &Doc<'_>, k: usize) -> bool {
    let t = &doc.seg.tokens[k];
    let (start, end) = (t.start as usize, t.end as usize);
    doc.facts.entities.iter().filter(|e| matches!(e.entity_type, EntityType::Person | EntityType::Org | EntityType::Gpe | EntityType::Norp)).any(|e| e.mentions.iter().any(|m| m.start <= start && end <= m.end))
}

/// "attack" at `a..b` of sentence `si` is criticism: what is attacked is a
/// policy, a record, a remark (`criticism_objects`, within five words after
/// the verb or after "attack on"), or the attack's sentence or the one
/// before it in its paragraph tells of a debate, a primary, an interview or
/// social media (`contest_words`), or a person is attacked ("attacking
/// Trump") and the contest is told in the attack's paragraph or the one
/// before it. Never when the attack's sentence has a
/// word of bodily force (`physical_cues`, the attacker and weapon words of
/// `work_accident_blockers` and the vehicle file's `deliberate_cues`):
/// "attacked the MP with a knife", "was attacked outside his home".
fn verbal_attack(doc: &Doc<'_>, ids: &[u32], lex: &Lexicon, si: usize, a: usize, b: usize, trigger: &Trigger) -> bool {
    let g = &lex.w.agency;
    if trigger.event_type != EventType::Assault || b != a + 1 || !g.verbal_attack_forms.contains(&ids[a]) {
        return false;
    }
    let sent = doc.seg.sentences[si].tokens.clone();
    if sent.clone().any(|k| g.physical_cues.contains(&ids[k])) || super::attacker_or_deliberate_named(ids, lex, sent.clone()) {
        return false;
    }
    criticised_object(doc, ids, lex, sent.end, b) || contest_setting(doc, ids, lex, si, false) || (person_attacked(doc, b) && contest_setting(doc, ids, lex, si, true))
}

/// The word right after the attack verb ending at `b` is in a person's name
/// ("one iteration after another of attacking Trump"): a person attacked in
/// a contest of words is criticised, and an op-ed sets that contest up
/// paragraphs before (see [`contest_setting`]).
fn person_attacked(doc: &Doc<'_>, b: usize) -> bool {
    let Some(t) = doc.seg.tokens.get(b) else {
        return false;
    };
    let (start, end) = (t.start as usize, t.end as usize);
    doc.facts.entities.iter().filter(|e| e.entity_type == EntityType::Person).any(|e| e.mentions.iter().any(|m| m.start <= start && end <= m.end))
}

/// A word of `criticism_objects` in the phrase after the attack at `b`
/// ("each other's policies", "the governor's record", "on the plan"): at
/// most five tokens on, up to a punctuation mark or a function word other
/// than a possessive; not a noun the attack noun modifies ("attack plans").
fn criticised_object(doc: &Doc<'_>, ids: &[u32], lex: &Lexicon, end: usize, b: usize) -> bool {
    let toks = &doc.seg.tokens;
    let mut from = b;
    if from < end && toks[from].text(doc.text).eq_ignore_ascii_case("on") {
        from += 1;
    }
    for k in from..(from + 5).min(end) {
        let word = toks[k].text(doc.text);
        if matches!(word, "'s" | "’s" | "'" | "’") {
            continue;
        }
        if toks[k].kind != TokenKind::Word || lex.w.np_stop.contains(&ids[k]) {
            return false;
        }
        // "Iranian attack plans": a noun right after "attack" or "attacks"
        // is what the attack modifies, not what it hits.
        let compound = k == b && !toks[b - 1].text(doc.text).ends_with("ed") && !toks[b - 1].text(doc.text).ends_with("ing");
        if lex.w.agency.criticism_objects.contains(&ids[k]) && !compound {
            return true;
        }
    }
    false
}

/// Sentence `si`, or the sentence before it in its paragraph, tells of a
/// contest in words: a word of `contest_words`, or "primary" beside a word
/// of `primary_neighbours` or a number ("the 2020 primary"). With `wide`,
/// the whole paragraph up to `si` and the paragraph before it are read.
fn contest_setting(doc: &Doc<'_>, ids: &[u32], lex: &Lexicon, si: usize, wide: bool) -> bool {
    let g = &lex.w.agency;
    let toks = &doc.seg.tokens;
    let sentences = &doc.seg.sentences;
    let new_paragraph = |s: usize| s == 0 || doc.text.get(sentences[s - 1].end..sentences[s].start).is_none_or(|gap| gap.contains("\n\n"));
    let mut from = sentences[si].tokens.start;
    if wide {
        // Back to the first sentence of the paragraph before.
        let mut s = si;
        let mut breaks = 0;
        while s > 0 && breaks < 2 {
            if new_paragraph(s) {
                breaks += 1;
                if breaks == 2 {
                    break;
                }
            }
            s -= 1;
        }
        from = sentences[s].tokens.start;
    } else if si > 0 && !new_paragraph(si) {
        from = sentences[si - 1].tokens.start;
    }
    let end = sentences[si].tokens.end;
    let beside = |k: usize| k >= from && k < end && (g.primary_neighbours.contains(&ids[k]) || toks[k].kind == TokenKind::Number);
    (from..end).any(|k| g.contest_words.contains(&ids[k]) || (g.primary_words.contains(&ids[k]) && (beside(k + 1) || k.checked_sub(1).is_some_and(beside))))
}

/// The ASSAULT trigger at `a` is in a definition: after a verb of
/// `definition_verbs` and the "as" that follows it (the class named: "…
/// as a mass shooting"), or inside the class the verb defines, which opens
/// with a noun of `class_nouns` right after the verb ("characterizes events
/// where four or more people are killed or injured by gunfire … as").
fn defined_class(ids: &[u32], lex: &Lexicon, sent: Range<usize>, a: usize) -> bool {
    let g = &lex.w.agency;
    let Some(verb) = (sent.start..a).rev().find(|&k| g.definition_verbs.contains(&ids[k])) else {
        return false;
    };
    let Some(as_) = (verb + 1..sent.end).find(|&k| ids[k] == g.as_) else {
        return false;
    };
    a > as_ || (verb + 1 < sent.end && g.class_nouns.contains(&ids[verb + 1]))
}

/// "an “invasion” of Hispanic people", "an invasion of migrants": the
/// invasion noun at `a..b`, past a closing quote mark, then "of" and, within
/// three words, a word of `invading_people`.
fn invasion_of_people(doc: &Doc<'_>, ids: &[u32], lex: &Lexicon, end: usize, a: usize, b: usize) -> bool {
    let g = &lex.w.agency;
    if b != a + 1 || !g.invasion_forms.contains(&ids[a]) {
        return false;
    }
    let mut k = b;
    while k < end && doc.seg.tokens[k].kind == TokenKind::CloseQuote {
        k += 1;
    }
    k < end && ids[k] == lex.w.of && (k + 1..(k + 4).min(end)).any(|j| g.invading_people.contains(&ids[j]))
}
