//! Who acted and who was acted on: the actor and target of one trigger.
//!
//! [`actor_and_target`] first delimits the trigger's clause ([`Clause`]):
//! the entities before the trigger (after the last reporting verb or quote
//! mark, whose subject is a source, not an actor) and after it (up to the
//! next comma or clause boundary), less those standing in a locative
//! phrase. Then the role rules are tried in order, the most specific
//! construction first; the first rule that applies decides both roles:
//!
//! 1. [`Clause::passive_with_agent`] — "were killed by militants";
//! 2. [`Clause::hit_by_the_event`] — "facilities were hit by drone strikes";
//! 3. [`Clause::victim_of_passive`] — "X was killed in a US strike";
//! 4. [`Clause::agentless_passive`] — "… but was arrested";
//! 5. [`Clause::agent_after_the_noun`] — "threats from Iran";
//! 6. [`Clause::of_phrase`] — "the killing of X (by Y)";
//! 7. [`Clause::ascribed_agent`] — "an attack ascribed to the Taliban";
//! 8. [`Clause::blamed_for`] — "blaming Iran for the attacks";
//! 9. [`Clause::under_the_event`] — "placed X under house arrest";
//! 10. otherwise [`Clause::subject_and_object`]: the actor is the noun's
//!     modifier, the clause subject or the speaker; the target is the first
//!     participant after the trigger.

use newsledger_model::{EntityType, EventType, QuoteKind, Span};
use newsledger_text::TokenKind;

use super::lexicon::{CueClass, Lexicon};
use super::{is_adverb, is_ed_form, is_statement, modality, quote_at, speaker_entity};
use crate::Doc;

/// An entity mention: byte start, byte end, index into `doc.facts.entities`.
pub(super) type Mention = (usize, usize, usize);

/// Actor and target, as entity ids.
pub(super) type Roles = (Option<String>, Option<String>);

/// Entity mentions (start, end, entity index) that can take part in an
/// event, in text order.
pub(super) struct Participants {
    /// Who can act or be hit: all but named events ("National Day", "the
    /// Gukurahundi"), which are what happened.
    all: Vec<Mention>,
    /// Who can act: people, organisations, states and peoples. A building
    /// is hit or is where ("the attacker exited the Hall and continued to
    /// attack"); a MISC name is a law, a product or a misread name ("the
    /// Brexit deal", "struck by a Volvo XC90"), though it can be hit
    /// ("banned Iranian airline Mahan Air").
    actors: Vec<Mention>,
}

impl Participants {
    /// The participants between bytes `from` and `to`, with the group
    /// phrases `groups` (their index past the entities: see
    /// [`entity_type`]), which can all act.
    pub(super) fn with_groups(&self, from: usize, to: usize, groups: &[Mention]) -> Participants {
        // Sorted by start: the sentence's mentions are one run.
        let within = |v: &[Mention]| {
            let lo = v.partition_point(|e| e.0 < from);
            let hi = v.partition_point(|e| e.0 < to);
            v[lo..hi.max(lo)].iter().copied().filter(|e| e.1 <= to).chain(groups.iter().copied()).collect::<Vec<_>>()
        };
        let (mut all, mut actors) = (within(&self.all), within(&self.actors));
        all.sort_unstable();
        actors.sort_unstable();
        Participants { all, actors }
    }

    pub(super) fn of(doc: &Doc<'_>, ids: &[u32], lex: &Lexicon, entity_spans: &[Mention]) -> Participants {
        let type_of = |e: &Mention| doc.facts.entities[e.2].entity_type;
        // "Russian forces shelled Kharkiv", "Israeli troops raided …": a
        // demonym before a group head is the group's adjective; the group
        // phrase ("Russian forces", state forces of RU) takes the role
        // (`groups`), not a people named "Russian".
        // So does "Chinese citizens", "the Afghan government", "a Ukrainian
        // airliner", "Mexican immigration authorities".
        let demonym_of_group = |e: &Mention| super::demonyms::is_nationality(doc, e.2, &doc.text[e.0..e.1]) && super::groups::head_follows_demonym(doc, ids, lex, token_after(doc, e), ids.len().min(token_after(doc, e) + 5));
        // "Kabul police arrested", "Texas troopers detained": a town's or a
        // province's name before a head of state forces that is a verb's
        // subject says whose force it is; the force (the group phrase, which
        // takes the place in) acts. A country keeps the role ("U.S. forces
        // struck"; `groups::force_subject_after_place`).
        let place_of_force = |e: &Mention| matches!(type_of(e), EntityType::Gpe | EntityType::Loc) && super::groups::force_subject_after_place(doc, ids, lex, doc.seg.token_at(e.0), token_after(doc, e), ids.len());
        let all: Vec<_> = entity_spans.iter().copied().filter(|e| type_of(e) != EntityType::Event && !demonym_of_group(e) && !place_of_force(e)).collect();
        let actors = all.iter().copied().filter(|e| !matches!(type_of(e), EntityType::Fac | EntityType::Loc | EntityType::Misc)).collect();
        Participants { all, actors }
    }
}

/// Actor: nearest entity before the trigger in its clause (after "by" in a
/// passive); target: first entity after it. Entities standing after a
/// locative preposition are places, not participants.
#[allow(clippy::too_many_arguments)]
pub(super) fn actor_and_target(
    doc: &Doc<'_>,
    ids: &[u32],
    lex: &Lexicon,
    participants: &Participants,
    si: usize,
    cues: &[modality::Hit],
    a: usize,
    b: usize,
    event_type: EventType,
) -> Roles {
    let c = Clause::new(doc, ids, lex, participants, si, cues, a, b);
    if let Some(roles) = c.passive_with_agent() {
        return roles;
    }
    if let Some(roles) = c.hit_by_the_event() {
        return roles;
    }
    if let Some(roles) = c.victim_of_passive() {
        return roles;
    }
    if let Some(roles) = c.agentless_passive() {
        return roles;
    }
    if let Some(roles) = c.craft_hit(event_type) {
        return roles;
    }
    if let Some(roles) = c.agent_after_the_noun() {
        return roles;
    }
    if let Some(roles) = c.convener_after_of(event_type) {
        return roles;
    }
    if let Some(roles) = c.of_phrase() {
        return roles;
    }
    if let Some(roles) = c.ascribed_agent() {
        return roles;
    }
    let before_np = c.word_before_noun_phrase();
    if let Some(roles) = c.undergone_or_caused(before_np, event_type) {
        return roles;
    }
    if let Some(roles) = c.blamed_for(before_np) {
        return roles;
    }
    if let Some(roles) = c.under_the_event(before_np) {
        return roles;
    }
    if let Some(roles) = c.drawn_from() {
        return roles;
    }
    let (actor, target) = c.subject_and_object(event_type);
    (actor, target.filter(|t| !c.charge_as_target(event_type, t)))
}

/// The trigger's clause, as the role rules read it.
struct Clause<'c, 'd> {
    doc: &'c Doc<'d>,
    ids: &'c [u32],
    lex: &'c Lexicon,
    /// Mentions that can act.
    actor_spans: &'c [Mention],
    /// The sentence's tokens.
    sent: std::ops::Range<usize>,
    /// The trigger's tokens.
    a: usize,
    b: usize,
    /// Token limits of the clause: after the last reporting cue or quote
    /// mark before the trigger; before the first comma or boundary after it.
    left: usize,
    right: usize,
    /// The same limits in bytes.
    left_byte: usize,
    right_byte: usize,
    /// The trigger's bytes.
    trig_start: usize,
    trig_end: usize,
    /// Participants of the clause before and after the trigger, outside
    /// locative phrases, in text order.
    before: Vec<&'c Mention>,
    after: Vec<&'c Mention>,
    /// Those of `before` that can act.
    before_actors: Vec<&'c Mention>,
    /// "were threatened", "were seriously threatened" (not "were shelling").
    passive: bool,
    /// A "by" within three tokens after the trigger.
    passive_by: Option<usize>,
    /// An actor right before a noun trigger that carries it out ("a US
    /// strike", "Israel's strike").
    modifier: Option<String>,
}

impl<'c, 'd> Clause<'c, 'd> {
    #[allow(clippy::too_many_arguments)]
    fn new(doc: &'c Doc<'d>, ids: &'c [u32], lex: &'c Lexicon, participants: &'c Participants, si: usize, cues: &[modality::Hit], a: usize, b: usize) -> Self {
        let sent = doc.seg.sentences[si].tokens.clone();
        let toks = &doc.seg.tokens;
        let trig_start = toks[a].start as usize;
        let trig_end = toks[b - 1].end as usize;
        let left = left_limit(doc, ids, lex, cues, sent.clone(), a);
        let right = right_limit(doc, ids, lex, cues, sent.clone(), b);
        let left_byte = toks[left.min(a)].start as usize;
        let right_byte = if right > b { toks[right - 1].end as usize } else { trig_end };
        let entity_spans = &participants.all[..];
        let mut c = Clause {
            doc,
            ids,
            lex,
            actor_spans: &participants.actors[..],
            sent,
            a,
            b,
            left,
            right,
            left_byte,
            right_byte,
            trig_start,
            trig_end,
            before: Vec::new(),
            after: Vec::new(),
            before_actors: Vec::new(),
            passive: false,
            passive_by: None,
            modifier: None,
        };
        c.before = entity_spans.iter().filter(|e| e.0 >= left_byte && e.1 <= trig_start && !c.is_locative(entity_spans, e.0)).collect();
        c.after = entity_spans.iter().filter(|e| e.0 >= trig_end && e.1 <= right_byte && !c.is_locative(entity_spans, e.0)).collect();
        c.before_actors = c.before.iter().filter(|e| c.acts(e)).copied().collect();
        c.passive_by = (b..(b + 3).min(c.sent.end)).find(|&k| ids[k] == lex.w.by);
        c.passive = c.is_passive();
        c.modifier = c.noun_modifier();
        c
    }

    fn text(&self, k: usize) -> &'d str {
        self.doc.seg.tokens[k].text(self.doc.text)
    }

    /// The entity's id, or `#gN` for the group phrase N (see `groups`).
    fn entity_id(&self, i: usize) -> String {
        match self.doc.facts.entities.get(i) {
            Some(e) => e.id.clone(),
            None => format!("#g{}", i - self.doc.facts.entities.len()),
        }
    }

    /// Whether the mention can act.
    fn acts(&self, e: &Mention) -> bool {
        self.actor_spans.binary_search(e).is_ok()
    }

    fn is_be(&self, k: usize) -> bool {
        let w = &self.lex.w;
        w.be_present.contains(&self.ids[k]) || w.be_past.contains(&self.ids[k]) || self.text(k).eq_ignore_ascii_case("been")
    }

    /// Entities after a preposition ("in Mexico", "to the United States")
    /// are places or destinations, not participants.
    fn after_preposition(&self, k: usize) -> bool {
        self.locatives_before(k).next().is_some()
    }

    /// A locative preposition other than "to" and "on" within two tokens
    /// before token `k` ("at the", "in").
    fn in_place_phrase(&self, k: usize) -> bool {
        self.locatives_before(k).any(|j| self.ids[j] != self.lex.w.to && !self.text(j).eq_ignore_ascii_case("on"))
    }

    /// The locative prepositions within two tokens before token `k`.
    fn locatives_before(&self, k: usize) -> impl Iterator<Item = usize> + '_ {
        (k.saturating_sub(2).max(self.sent.start)..k).filter(|&j| self.lex.w.locative.contains(&self.ids[j]))
    }

    /// Whether the mention starting at byte `start` stands in a locative
    /// phrase. "in Paris, France," "appeared in Christchurch District
    /// Court, New Zealand": the place after the comma belongs to the
    /// locative phrase too.
    fn is_locative(&self, entity_spans: &[Mention], start: usize) -> bool {
        let doc = self.doc;
        let k = doc.seg.token_at(start);
        // A group of people is never a place: "fired tear gas at
        // protesters", "opened fire on worshippers" name whom it hit.
        if entity_spans.iter().any(|e| e.0 == start && e.2 >= doc.facts.entities.len()) {
            let p = self.lex.w.back_over_determiner(self.ids, self.sent.start + 1, k);
            let g = &self.lex.groups;
            let prep = |words: &[u32]| p > self.sent.start && words.contains(&self.ids[p - 1]);
            // Before the trigger, a group after a preposition belongs to
            // another phrase ("described by the police, he advised her to
            // kill"): no subject.
            // ("against protesters who were arrested": a relative clause's
            // antecedent is its subject.)
            if start < self.trig_start {
                let end = entity_spans.iter().find(|e| e.0 == start && e.2 >= doc.facts.entities.len()).map_or(k, |e| token_after(doc, e));
                let relative = end < self.sent.end && g.subject_relatives.contains(&self.ids[end]);
                return !relative && (self.after_preposition(k) || prep(&g.subject_prepositions));
            }
            // After it, "for" names whom the trigger is for only right after
            // it ("support for farmers", not "protested longer detention
            // periods for migrants").
            if prep(&g.beneficiary_prepositions) && p - 1 != self.b {
                return true;
            }
            let aimed = prep(&g.aim_prepositions);
            return !aimed && self.after_preposition(k);
        }
        self.after_preposition(k)
            || (k >= 2
                && self.text(k - 1) == ","
                && entity_spans.iter().any(|e| names_a_place(doc, e) && token_after(doc, e) + 1 == k && self.after_preposition(doc.seg.token_at(e.0))))
            // "stabbed several people at Fishmongers' Hall": a name owned by
            // a possessor in a phrase of place is in that phrase too. (Not
            // after "to" or "on", which may name whom the act is aimed at:
            // "requests to Amazon's Alexa".)
            || (k >= 2
                && super::is_possessive_mark(doc, k - 1)
                && entity_spans.iter().any(|e| token_after(doc, e) + 1 == k && self.in_place_phrase(doc.seg.token_at(e.0))))
    }

    /// "were shelling" is progressive, not passive; "were threatened",
    /// "were seriously threatened" are.
    fn is_passive(&self) -> bool {
        let a = self.a;
        // "a nurse abducted by Boko Haram": a participle right after its
        // noun with its "by" agent is a reduced passive.
        let reduced = self.b == a + 1
            && self.passive_by == Some(self.b)
            && is_ed_form(self.text(a))
            && a > self.sent.start
            && self.doc.seg.tokens[a - 1].kind == TokenKind::Word
            && !self.lex.w.aux.contains(&self.ids[a - 1])
            && !self.text(a - 1).eq_ignore_ascii_case("been");
        reduced || (a > self.sent.start && !self.text(a).ends_with("ing") && self.passive_be().is_some())
    }

    /// The "was"/"were" of a passive trigger: right before it, or before
    /// one adverb ("were seriously threatened", "were later arrested").
    fn passive_be(&self) -> Option<usize> {
        let a = self.a;
        if a > self.sent.start && self.is_be(a - 1) {
            return Some(a - 1);
        }
        let adverb = |k: usize| is_adverb(self.text(k)) || self.lex.w.passive_adverbs.contains(&self.ids[k]);
        (a > self.sent.start + 1 && adverb(a - 1) && self.is_be(a - 2)).then(|| a - 2)
    }

    /// An entity right before a noun trigger modifies it and carries it out
    /// ("in a US strike", "an Israeli airstrike"), even after a preposition.
    fn noun_modifier(&self) -> Option<String> {
        let (doc, toks, w, a) = (self.doc, &self.doc.seg.tokens, &self.lex.w, self.a);
        self.actor_spans
            .iter()
            .filter(|e| e.0 >= self.left_byte && e.1 <= self.trig_start)
            .max_by_key(|e| e.1)
            .filter(|e| {
                // A country attacks; a city names where ("the Kabul attack").
                if is_sub_national_place(doc, e) || entity_type(doc, e.2) == EntityType::Loc {
                    return false;
                }
                let end_tok = token_after(doc, e);
                // "China's ambassador to Britain accused …": a name in a
                // locative phrase right before a verb trigger belongs to the
                // noun before it; the clause's subject is someone else.
                let start_tok = doc.seg.token_at(e.0);
                if end_tok == a && start_tok > self.sent.start && w.locative.contains(&self.ids[start_tok - 1]) && is_past_verb(doc, self.ids, self.lex, a) {
                    return false;
                }
                // A possessive agent: "the United States' killing of …", "Israel's strike".
                let possessive = end_tok < a && matches!(self.text(end_tok), "'s" | "’s" | "'" | "’");
                end_tok == a
                    || (end_tok + 1 == a && (possessive || (toks[end_tok].kind == TokenKind::Word && !w.determiners.contains(&self.ids[end_tok]) && !w.np_stop.contains(&self.ids[end_tok]))))
            })
            .map(|e| self.entity_id(e.2))
    }

    /// The first mention after the token `k` that can act ("by the army").
    /// Not one behind a preposition of its own ("seized by armed men off
    /// the coast of Somalia": Somalia is where, not who).
    fn agent_after(&self, k: usize) -> Option<String> {
        let from = self.doc.seg.tokens[k].end as usize;
        let e = self.after.iter().filter(|e| self.acts(e)).find(|e| e.0 >= from)?;
        let at = self.doc.seg.token_at(e.0);
        let locative = &self.lex.w.locative;
        if (k + 1..at).any(|j| locative.contains(&self.ids[j])) {
            return None;
        }
        Some(self.entity_id(e.2))
    }

    /// The last participant before a passive trigger that can undergo it:
    /// not the agent of another passive ("hostages who were held by the
    /// Taliban were freed": the Taliban held, the hostages were freed).
    fn undergoer(&self) -> Option<&'c Mention> {
        let (doc, ids, w) = (self.doc, self.ids, &self.lex.w);
        // "Two gunmen attacked a guard and were later arrested": a passive
        // joined to an earlier verb shares its subject, the clause's first
        // participant, not the earlier verb's object.
        if let Some(be) = self.passive_be().filter(|_| self.passive) {
            if be > self.left && (ids[be - 1] == w.and || ids[be - 1] == w.but) {
                let first = self.before.first().copied();
                if first.is_some_and(|e| is_past_verb(doc, ids, self.lex, token_after(doc, e)) || self.text(token_after(doc, e)).eq_ignore_ascii_case("had")) {
                    return first;
                }
            }
        }
        // "a Trump supporter was shot": a person's name that modifies a
        // lower-case noun after a determiner is not the one acted on.
        let toks = &doc.seg.tokens;
        let names_a_modifier = |e: &Mention| {
            let (first, next) = (doc.seg.token_at(e.0), token_after(doc, e));
            entity_type(doc, e.2) == EntityType::Person
                && first > self.sent.start
                && (w.determiners.contains(&ids[first - 1]) || toks[first - 1].kind == TokenKind::Number)
                && next < self.a
                && toks[next].kind == TokenKind::Word
                && self.text(next).starts_with(|c: char| c.is_ascii_lowercase())
                && !w.np_stop.contains(&ids[next])
                && !w.aux.contains(&ids[next])
                && !w.locative.contains(&ids[next])
        };
        // (Nor is a name further back: the phrase itself is.)
        self.before
            .iter()
            .rev()
            .copied()
            .find(|e| {
                let k = w.back_over_determiner(ids, self.sent.start, doc.seg.token_at(e.0));
                !(k > self.sent.start && ids[k - 1] == w.by)
            })
            .filter(|e| !names_a_modifier(e))
    }

    /// Passive with an agent, "were killed by militants": the agent acts,
    /// the subject is hit.
    fn passive_with_agent(&self) -> Option<Roles> {
        let by = self.passive_by.filter(|_| self.passive)?;
        let actor = self.agent_after(by);
        let target = self.undergoer().map(|e| self.entity_id(e.2));
        Some((actor, target))
    }

    /// "facilities of Aramco were hit by drone strikes": the subject of a
    /// passive whose agent is the event noun is its target; the noun's
    /// modifier, if any, its actor.
    fn hit_by_the_event(&self) -> Option<Roles> {
        let (ids, w, a) = (self.ids, &self.lex.w, self.a);
        let by = (a.saturating_sub(4).max(self.sent.start + 2)..a).find(|&k| ids[k] == w.by && self.is_be(k - 2) && self.doc.seg.tokens[k - 1].kind == TokenKind::Word)?;
        let by_byte = self.doc.seg.tokens[by].start as usize;
        let target = self.before.iter().rev().find(|e| e.1 <= by_byte).map(|e| self.entity_id(e.2));
        Some((self.modifier.clone().filter(|x| Some(x) != target.as_ref()), target))
    }

    /// "Soleimani was killed", "X was killed in a US strike": the subject of
    /// a passive casualty verb is the victim; the attacker is the agent
    /// after "by", the strike's modifier or the one naming the operation,
    /// else unknown.
    fn victim_of_passive(&self) -> Option<Roles> {
        let (doc, toks, ids, lex, w, a, b) = (self.doc, &self.doc.seg.tokens, self.ids, self.lex, &self.lex.w, self.a, self.b);
        let mut v = self.undergoer().filter(|e| {
            let from = token_after(doc, e);
            // "two of Khan's victims died, and three others were injured": the
            // name is in an earlier clause.
            let new_clause = (from..a.saturating_sub(1)).any(|k| self.text(k) == "," && (ids[k + 1] == w.and || ids[k + 1] == w.but));
            if new_clause {
                return false;
            }
            self.passive || (from..a).any(|k| self.is_be(k) && lex.triggers.longest_at(ids, k + 1, a).is_some_and(|(_, t)| t.outcome))
        })?;
        // "X, son of Y, was killed": the victim is X, not the Y of the
        // appositive between commas.
        let v_end = token_after(doc, v);
        let v_start = doc.seg.token_at(v.0);
        if v_end < a && self.text(v_end) == "," {
            if let Some(open) = (self.left..v_start).rev().find(|&k| self.text(k) == ",") {
                let appositive = (open + 1..v_start).any(|k| ids[k] == w.of);
                let head = self.before.iter().rev().find(|e| token_after(doc, e) == open);
                if let (true, Some(h)) = (appositive, head) {
                    v = *h;
                }
            }
        }
        let by_actor = self.passive_by.and_then(|by| self.agent_after(by));
        let target = Some(self.entity_id(v.2));
        // "killed in a US counter-terrorism operation": the country or
        // group naming the operation right after "in a" carried it out.
        let in_operation = (b + 2 < self.sent.end && w.locative.contains(&ids[b]) && w.determiners.contains(&ids[b + 1]))
            .then(|| self.actor_spans.iter().find(|e| e.0 == toks[b + 2].start as usize))
            .flatten()
            .filter(|e| matches!(entity_type(doc, e.2), EntityType::Gpe | EntityType::Org | EntityType::Norp) && !is_sub_national_place(doc, e))
            .map(|e| self.entity_id(e.2));
        let actor = by_actor.or(self.modifier.clone()).or(in_operation).filter(|x| Some(x) != target.as_ref());
        Some((actor, target))
    }

    /// A passive without a named victim or agent: its subject, if any, was
    /// acted on ("Mugabe co-founded ZANU … but was arrested"), never acted.
    fn agentless_passive(&self) -> Option<Roles> {
        self.passive.then(|| (self.modifier.clone(), None))
    }

    /// "a US Chinook helicopter shot down last night", "two Russian drones
    /// downed over the border": a past form right after a craft noun, with
    /// no auxiliary and no object after it, is a reduced passive; the craft
    /// was hit. Its owner (a name in the craft's phrase) is the side hit,
    /// never the one who shot; who shot is not said.
    fn craft_hit(&self, event_type: EventType) -> Option<Roles> {
        let (doc, toks, ids, w, a, b) = (self.doc, &self.doc.seg.tokens, self.ids, &self.lex.w, self.a, self.b);
        if event_type != EventType::Assault || a <= self.left || !w.struck_craft.contains(&ids[a - 1]) || !is_past_verb(doc, ids, self.lex, a) {
            return None;
        }
        // No object: the clause ends, or a conjunction, a preposition or a
        // time word follows ("shot down and destroyed", "downed over Syria").
        let no_object = b >= self.sent.end || !matches!(toks[b].kind, TokenKind::Word | TokenKind::Number) || w.reduced_passive_next.contains(&ids[b]);
        if !no_object {
            return None;
        }
        // The owner: a name ending in the craft's phrase, at most two
        // lower-case words before the craft noun ("US Chinook helicopter",
        // "a Russian military helicopter").
        // (One who can own: "US Chinook helicopter" is the US's, not the
        // model's.)
        let owner = self.before_actors.iter().rev().find(|e| {
            let end = token_after(doc, e);
            end < a && a - end <= 3 && (end..a).all(|k| toks[k].kind == TokenKind::Word && !w.np_stop.contains(&ids[k]) && !w.determiners.contains(&ids[k]))
        });
        Some((None, owner.map(|e| self.entity_id(e.2))))
    }

    /// "has drawn support from some lawmakers", "drew backing from Iran": a
    /// trigger opened by a verb of receiving; the one after "from"/"by"
    /// gives, the clause's subject receives.
    fn drawn_from(&self) -> Option<Roles> {
        let (ids, g) = (self.ids, &self.lex.w.acts);
        // (A noun ends the trigger: not "fighting in".)
        let w = &self.lex.w;
        if self.b <= self.a + 1 || !g.undergo_verbs.contains(ids[self.a]) || w.np_stop.contains(&ids[self.b - 1]) || w.locative.contains(&ids[self.b - 1]) {
            return None;
        }
        let agent = (self.b..self.right.min(self.sent.end).min(self.b + 2)).find(|&k| g.agent_preps_after.contains(ids[k])).and_then(|k| {
            // (Not `agent_after`: "from" is read as a place's preposition.)
            let from = self.doc.seg.tokens[k].end as usize;
            // A name before a lower-case noun modifies it ("some U.S.
            // lawmakers"): the group phrase (in the group pass) gives.
            let toks = &self.doc.seg.tokens;
            let modifier = |e: &Mention| {
                let n = token_after(self.doc, e);
                n < self.sent.end && toks[n].kind == TokenKind::Word && self.text(n).starts_with(|c: char| c.is_ascii_lowercase()) && !self.lex.w.np_stop.contains(&ids[n])
            };
            self.actor_spans.iter().find(|e| e.0 >= from && e.1 <= self.right_byte.max(from) && self.doc.seg.token_at(e.0) <= k + 3 && !modifier(e)).map(|e| self.entity_id(e.2))
        });
        let subject = self.clause_subject().map(|e| self.entity_id(e.2));
        Some((agent.filter(|x| Some(x) != subject.as_ref()), subject))
    }

    /// "the plan …, which they rejected": the subject of an object relative
    /// ("they" after "which"/"that"/"whom") acts, not the subject of the
    /// main clause. "they" is the nearest group phrase of several before the
    /// relative word (`Some(None)` when there is none: no actor).
    fn object_relative_subject(&self) -> Option<Option<String>> {
        let (ids, w) = (self.ids, &self.lex.w);
        let mut k = self.a;
        while k > self.left && (w.aux.contains(&ids[k - 1]) || w.negation_words.contains(&ids[k - 1]) || w.passive_adverbs.contains(&ids[k - 1]) || is_adverb(self.text(k - 1))) {
            k -= 1;
        }
        if k < self.sent.start + 2 || !self.lex.groups.plural_pronouns.contains(&ids[k - 1]) || !w.object_relatives.contains(&ids[k - 2]) {
            return None;
        }
        // Not after a preposition: "in which they discussed" is no object
        // relative (its subject may be the names before it).
        let r = k - 2;
        if r > self.sent.start && self.doc.seg.tokens[r - 1].kind == TokenKind::Word && (ids[r - 1] == w.of || w.locative.contains(&ids[r - 1]) || w.np_stop.contains(&ids[r - 1])) {
            return None;
        }
        let rel = self.doc.seg.tokens[k - 2].start as usize;
        let n = self.doc.facts.entities.len();
        let group = self.actor_spans.iter().rev().filter(|e| e.1 <= rel && e.0 >= self.sent_start_byte()).find(|e| e.2 >= n).filter(|e| {
            let (ga, gb) = (self.doc.seg.token_at(e.0), token_after(self.doc, e));
            !self.lex.groups.singular_phrase(ids, ga, gb)
        });
        Some(group.map(|e| self.entity_id(e.2)))
    }

    /// A verb trigger whose object is a relative word before its subject:
    /// "the proposal, which he rejected", "the notion that the Founders
    /// rejected at the inception of the Republic". The subject (a pronoun,
    /// or a name that runs from the relative word to the verb) comes
    /// between; no object follows the verb (the sentence or clause ends,
    /// or a preposition follows), which tells the relative "that" from
    /// the complementizer ("said that Iran rejected the offer"). Gives the
    /// subject when named, and the antecedent: a participant that ends
    /// right before the relative word or its comma (`None` when the
    /// antecedent is no name: "the plan, which they rejected").
    fn object_gap_relative(&self) -> Option<(Option<String>, Option<String>)> {
        let (doc, toks, ids, w) = (self.doc, &self.doc.seg.tokens, self.ids, &self.lex.w);
        if self.trigger_is_noun() && !is_past_verb(doc, ids, self.lex, self.a) {
            return None;
        }
        let mut k = self.a;
        while k > self.sent.start && (w.aux.contains(&ids[k - 1]) || w.negation_words.contains(&ids[k - 1]) || is_adverb(self.text(k - 1))) {
            k -= 1;
        }
        if k < self.sent.start + 2 {
            return None;
        }
        let subject_end = toks[k - 1].end as usize;
        // The subject: a pronoun right before the verb group, or a name
        // (with its determiner) after the relative word.
        let (rel, subject) = if w.subject_pronouns.contains(&ids[k - 1]) && !w.agency.relative_words.contains(&ids[k - 1]) {
            (k - 2, None)
        } else if let Some(e) = self.actor_spans.iter().find(|e| e.1 == subject_end) {
            let mut first = doc.seg.token_at(e.0);
            if first > self.sent.start && w.determiners.contains(&ids[first - 1]) {
                first -= 1;
            }
            (first.checked_sub(1)?, Some(self.entity_id(e.2)))
        } else {
            // A subject with no name ("the idea that the framers
            // rejected"): a determiner and up to two words after the
            // relative word.
            let rel = (k.saturating_sub(4).max(self.sent.start + 1)..k - 1).rev().find(|&r| w.object_relatives.contains(&ids[r]))?;
            let plain = (rel + 1..k).all(|j| toks[j].kind == TokenKind::Word && (w.determiners.contains(&ids[j]) || !w.np_stop.contains(&ids[j])));
            if !plain || !w.determiners.contains(&ids[rel + 1]) {
                return None;
            }
            (rel, None)
        };
        if rel <= self.sent.start || !w.object_relatives.contains(&ids[rel]) {
            return None;
        }
        // Not after a preposition ("in which they rejected").
        if toks[rel - 1].kind == TokenKind::Word && (ids[rel - 1] == w.of || w.locative.contains(&ids[rel - 1]) || w.np_stop.contains(&ids[rel - 1])) {
            return None;
        }
        // The gap: nothing the verb could take as its object follows.
        let next = self.b;
        let gap = next >= self.sent.end || !matches!(toks[next].kind, TokenKind::Word | TokenKind::Number) || w.locative.contains(&ids[next]) || (w.np_stop.contains(&ids[next]) && !w.determiners.contains(&ids[next]));
        if !gap {
            return None;
        }
        let before = if self.text(rel - 1) == "," { rel - 1 } else { rel };
        let end = toks[before].start as usize;
        let antecedent = self.doc_participant_ending_at(end);
        Some((subject, antecedent))
    }

    /// A participant (of any kind: "the village" is hit, not only actors)
    /// whose mention ends at byte `end` (whitespace before it allowed), not
    /// the object of a preposition ("an offer to Britain, which it
    /// rejected": the relative word stands for the offer).
    fn doc_participant_ending_at(&self, end: usize) -> Option<String> {
        let (text, ids, w) = (self.doc.text, self.ids, &self.lex.w);
        let e = self.actor_spans.iter().chain(self.before.iter().copied()).find(|e| e.1 <= end && text[e.1..end].trim().is_empty())?;
        let mut first = self.doc.seg.token_at(e.0);
        if first > self.sent.start && w.determiners.contains(&ids[first - 1]) {
            first -= 1;
        }
        let after_preposition = first > self.sent.start && (w.np_stop.contains(&ids[first - 1]) || w.locative.contains(&ids[first - 1]));
        (!after_preposition).then(|| self.entity_id(e.2))
    }

    fn sent_start_byte(&self) -> usize {
        self.doc.seg.tokens[self.sent.start].start as usize
    }

    /// "threats of the People's Liberation Army", "threats from Iran": for
    /// nouns that need an agent, the agent follows the noun.
    fn agent_after_the_noun(&self) -> Option<Roles> {
        let (ids, w, a, b) = (self.ids, &self.lex.w, self.a, self.b);
        if b != a + 1 || !w.needs_agent.contains(&ids[a]) {
            return None;
        }
        let p = (b..(b + 2).min(self.right)).find(|&k| w.agent_preps.contains(&ids[k]))?;
        let from = self.doc.seg.tokens[p].end as usize;
        let e = self.actor_spans.iter().find(|e| e.0 >= from && e.1 <= self.right_byte && self.doc.seg.token_at(e.0) <= p + 2)?;
        Some((Some(self.entity_id(e.2)), None))
    }

    /// "the killing of X (by Y)": X is the target; the actor is the agent
    /// or the trigger's modifier, never an earlier subject ("Iran vowed
    /// revenge for the killing of X").
    fn of_phrase(&self) -> Option<Roles> {
        let (ids, w, b) = (self.ids, &self.lex.w, self.b);
        if b >= self.sent.end || ids[b] != w.of {
            return None;
        }
        let target = self.after.first().map(|e| self.entity_id(e.2));
        let by_actor = (b..self.right.min(self.sent.end)).find(|&k| ids[k] == w.by).and_then(|by| self.agent_after(by));
        let actor = by_actor.or(self.modifier.clone()).filter(|x| Some(x) != target.as_ref());
        Some((actor, target))
    }

    /// "at the request of Prime Minister Boris Johnson", "the annual meeting
    /// of the American Society for Biochemistry": after a noun of asking or
    /// meeting, the one of "of" asks or convenes (no target is said).
    fn convener_after_of(&self, event_type: EventType) -> Option<Roles> {
        let (ids, w, a, b) = (self.ids, &self.lex.w, self.a, self.b);
        if !matches!(event_type, EventType::Request | EventType::Consult) || b != a + 1 || b >= self.sent.end || ids[b] != w.of || !w.acts.convening_nouns.contains(ids[a]) {
            return None;
        }
        let from = self.doc.seg.tokens[b].end as usize;
        let e = self.after.iter().find(|e| e.0 >= from && self.doc.seg.token_at(e.0) <= b + 5)?;
        Some((Some(self.entity_id(e.2)), None))
    }

    /// An event noun its clause's subject undergoes or sets off, not does:
    /// "Assange is fighting extradition", "Trump received criticism for the
    /// statement", "Qawi drew criticism" (the subject is the target); "the
    /// police shooting of Jacob Blake led to protests", "sparked riots" (the
    /// subject is a cause); "hid in the basement during riots", "tweeted
    /// support for the protests" (a protest named beside what the subject
    /// did). The actor is an agent after "by"/"from", if any.
    fn undergone_or_caused(&self, before_np: Option<usize>, event_type: EventType) -> Option<Roles> {
        let (ids, g) = (self.ids, &self.lex.w.acts);
        // Without a word before the noun phrase (a determiner read far back:
        // "The fatal shooting of X sparked riots"), the three words before it.
        let v = before_np.unwrap_or_else(|| self.a.saturating_sub(3).max(self.left));
        if v >= self.a || !self.trigger_is_noun() {
            return None;
        }
        let agent = (self.b..self.right.min(self.sent.end).min(self.b + 2)).find(|&k| g.agent_preps_after.contains(ids[k])).and_then(|k| self.agent_after(k));
        // The verb may have been read as a bare modifier of the noun ("is
        // fighting extradition", "sparked riots"): any word up to the trigger.
        let caused = (v..self.a).any(|k| g.cause_verbs.contains(ids[k])) || (ids[v] == self.lex.w.to && v > self.left && g.cause_verbs_to.contains(ids[v - 1]));
        // The noun's modifier acts ("faced an Israeli airstrike") only when no
        // verb of this rule stands between ("… Jr. sparked riots" read "Jr."
        // as a modifier across the verb).
        let modifier = self.modifier.clone().filter(|_| !(v..self.a).any(|k| g.cause_verbs.contains(ids[k]) || g.undergo_verbs.contains(ids[k])) || self.a == 0 || {
            let k = self.a - 1;
            !(g.cause_verbs.contains(ids[k]) || g.undergo_verbs.contains(ids[k])) && self.doc.seg.tokens[k].kind == TokenKind::Word && self.text(k).starts_with(char::is_uppercase)
        });
        if caused {
            return Some((agent.or(modifier), None));
        }
        // "received death threats": a THREATEN noun without an actor makes no
        // event (see `needs_agent`), so its roles are read as before.
        if event_type != EventType::Threaten && (v..self.a).any(|k| g.undergo_verbs.contains(ids[k])) {
            // The subject of the same clause: no comma between it and the verb
            // ("While … U.S. lawmakers …, it has also faced criticism").
            let subject = self.clause_subject().filter(|e| !(token_after(self.doc, e)..v).any(|k| self.text(k) == ",")).map(|e| self.entity_id(e.2));
            // "faced an Israeli airstrike": the noun's modifier still acts.
            let actor = agent.or(modifier).filter(|x| Some(x) != subject.as_ref());
            return Some((actor, subject));
        }
        if event_type == EventType::Protest && g.beside_preps.contains(ids[v]) {
            let target = self.object(agent.as_ref(), event_type);
            return Some((agent, target));
        }
        None
    }

    /// The trigger is a noun: a form the tokenizer found after a determiner
    /// or a bare modifier, or one with a noun ending ("criticism",
    /// "extradition", "protests" after a preposition). Verb forms in -ed and
    /// -ing are not.
    fn trigger_is_noun(&self) -> bool {
        let word = self.text(self.a).to_ascii_lowercase();
        !(word.ends_with("ed") || word.ends_with("ing")) || self.lex.w.acts.noun_ing.contains(self.ids[self.a])
    }

    /// "accused him of obstruction of Congress", "criticized Democrats for
    /// failing to mention …China": a name inside the charge ("of"/"for" after
    /// a verb of accusing) is not the one accused.
    fn charge_as_target(&self, event_type: EventType, target: &str) -> bool {
        if event_type != EventType::Accuse || self.trigger_is_noun() {
            return false;
        }
        let (ids, w) = (self.ids, &self.lex.w);
        let Some(first) = self.after.iter().find(|e| self.entity_id(e.2) == target) else { return false };
        let at = self.doc.seg.token_at(first.0);
        // "accused X of …", "blamed/criticized/condemned X for …"; not "denounced
        // the memoranda of understanding between Turkey and Libya".
        let charge = if self.text(self.a).to_ascii_lowercase().starts_with("accus") { w.of } else { w.for_ };
        (self.b..at).any(|k| ids[k] == charge)
    }

    /// "another attack ascribed to the Taliban", "raids carried out by the
    /// army": the agent after the participle acts.
    fn ascribed_agent(&self) -> Option<Roles> {
        let (ids, w, b, right) = (self.ids, &self.lex.w, self.b, self.right);
        let k = (b..(b + 2).min(right)).find(|&k| w.agent_participles.contains(&ids[k]))?;
        let prep = (k + 1..(k + 3).min(right)).find(|&j| self.lex.groups.ascribing_prepositions.contains(&ids[j]))?;
        let from = self.doc.seg.tokens[prep].end as usize;
        // (Not `after`: "to" and "on" are read as locative there.)
        let e = self.actor_spans.iter().find(|e| e.0 >= from && e.1 <= self.right_byte && self.doc.seg.token_at(e.0) <= prep + 3)?;
        Some((Some(self.entity_id(e.2)), None))
    }

    /// The word before the trigger's noun phrase, past its determiner or up
    /// to two bare modifiers ("under house arrest", "for drone attacks");
    /// `None` when the phrase opens the clause.
    fn word_before_noun_phrase(&self) -> Option<usize> {
        let (toks, ids, w, a, left) = (&self.doc.seg.tokens, self.ids, &self.lex.w, self.a, self.left);
        let np_start = noun_phrase_start(self.doc, ids, self.lex, self.sent.start, a).unwrap_or_else(|| {
            let mut k = a;
            let bare_modifier = |k: usize| {
                let id = ids[k];
                toks[k].kind == TokenKind::Word && self.text(k).starts_with(char::is_lowercase) && !w.np_stop.contains(&id) && !w.locative.contains(&id) && ![w.under, w.for_, w.of].contains(&id)
            };
            while k > left && a - k < 2 && bare_modifier(k - 1) {
                k -= 1;
            }
            k
        });
        (np_start > left).then(|| np_start - 1)
    }

    /// "blaming Iran for the attacks", "accused Russia of the strike": the
    /// one blamed is the (alleged) actor, not the one who blames.
    fn blamed_for(&self, before_np: Option<usize>) -> Option<Roles> {
        let (toks, ids, w) = (&self.doc.seg.tokens, self.ids, &self.lex.w);
        let p = before_np.filter(|&p| ids[p] == w.for_ || ids[p] == w.of)?;
        let verb = (self.left.max(p.saturating_sub(8))..p).rev().find(|&k| w.blame_verbs.contains(&ids[k]))?;
        let (from, to) = (toks[verb].end as usize, toks[p].start as usize);
        let e = self.actor_spans.iter().find(|e| e.0 >= from && e.1 <= to)?;
        Some((Some(self.entity_id(e.2)), None))
    }

    /// "placed Mugabe under house arrest", "the convoy came under attack":
    /// the one before "under" suffers the event; who did it is not said.
    fn under_the_event(&self, before_np: Option<usize>) -> Option<Roles> {
        let p = before_np.filter(|&p| self.ids[p] == self.lex.w.under)?;
        let under_byte = self.doc.seg.tokens[p].start as usize;
        Some((None, self.before.iter().rev().find(|e| e.1 <= under_byte).map(|e| self.entity_id(e.2))))
    }

    /// The general case (no passive, no construction above): the actor is
    /// the speaker of a first-person clause, the noun's modifier, the clause
    /// subject or the quote's speaker; the target is the first participant
    /// after the trigger.
    fn subject_and_object(&self, event_type: EventType) -> Roles {
        let trig_span = Span::new(self.trig_start, self.trig_end);
        // "We struck their camps", "our forces killed": the speaker's side
        // (a passive, "our citizens have been injured", returned before).
        // (Capital "US", the country, has an id of its own: "US Chinook
        // helicopter shot down" is no first person.)
        if self.unnamed_subject() {
            return (None, self.object(None, event_type));
        }
        if let Some(actor) = self.object_relative_subject() {
            let target = self.object(actor.as_ref(), event_type);
            return (actor, target);
        }
        // "the offer, which he rejected": the relative word is the object;
        // the antecedent before it is the target, a name after the verb
        // ("rejected at the inception of the Republic") is not (srcev35).
        if let Some((subject, antecedent)) = self.object_gap_relative() {
            let actor = subject.or_else(|| if self.first_person_acts() { speaker_entity(self.doc, trig_span) } else { None });
            return (actor.clone(), antecedent.filter(|t| Some(t) != actor.as_ref()));
        }
        let first_person = self.first_person_acts();
        let mut actor = if first_person { speaker_entity(self.doc, trig_span) } else { None };
        if actor.is_none() {
            actor = self.modifier.clone();
        }
        // (Only for deeds done to others: who holds an outlook on trade
        // talks or a policy on sanctions usually takes part in them.)
        let topic = matches!(event_type, EventType::Assault | EventType::Coerce | EventType::Protest) && self.topic_noun();
        if actor.is_none() && !topic {
            actor = self.clause_subject().map(|e| self.entity_id(e.2));
        }
        if actor.is_none() {
            actor = self.speaker_in_own_statement(trig_span, event_type);
        }
        let target = self.object(actor.as_ref(), event_type);
        (actor, target)
    }

    /// The verb trigger's subject, right before it across auxiliaries,
    /// adverbs and negation, is a word with no name ("others struck him",
    /// "if somebody threatens", "how many people visited"), and no
    /// participant holds that word or ends right before it ("several
    /// thousand people rallied", "Kurdish people protested").
    fn unnamed_subject(&self) -> bool {
        let (ids, w) = (self.ids, &self.lex.w);
        let mut k = self.a;
        while k > self.left && (w.aux.contains(&ids[k - 1]) || w.negation_words.contains(&ids[k - 1]) || is_adverb(self.text(k - 1))) {
            k -= 1;
        }
        if k <= self.left || !w.unnamed_subjects.contains(&ids[k - 1]) {
            return false;
        }
        let subject = &self.doc.seg.tokens[k - 1];
        // A participant that ends at the word ("several thousand people",
        // also after a preposition: "over a million people") or right
        // before it ("Kurdish people") names it.
        let (start, end) = (subject.start as usize, subject.end as usize);
        let up_to = self.actor_spans.partition_point(|e| e.0 <= start);
        !self.actor_spans[..up_to].iter().rev().take(8).any(|e| e.1 >= end || (e.1 <= start && token_after(self.doc, e) == k - 1))
    }

    /// The trigger is an event noun after a preposition of a topic, across
    /// its determiner and up to two lower-case modifiers: "Pakistan's laws
    /// about honor killings", "a row over the strikes". Not a verb form
    /// ("-ed"), nor a bare gerund ("talked about killing him").
    fn topic_noun(&self) -> bool {
        let (ids, w, a) = (self.ids, &self.lex.w, self.a);
        let word = self.text(a);
        if word.ends_with("ed") {
            return false;
        }
        let mut k = a;
        while k > self.left && a - k < 3 {
            let before = k - 1;
            let modifier = self.doc.seg.tokens[before].kind == TokenKind::Word && self.text(before).starts_with(char::is_lowercase) && !w.np_stop.contains(&ids[before]);
            if !(w.determiners.contains(&ids[before]) || modifier) || w.topic_preps.contains(&ids[before]) {
                break;
            }
            k -= 1;
        }
        if k == a && word.ends_with("ing") {
            return false;
        }
        k > self.left && w.topic_preps.contains(&ids[k - 1])
    }

    /// A first person of the clause is the one who acts: any first-person
    /// word before a verb trigger ("we struck their camps"); for an event
    /// noun (not after an auxiliary, "to" or a pronoun), only "my"/"our"
    /// in its own phrase ("our strikes", "thanks to my tariffs"), or
    /// "I"/"we" as the subject of the verb right before its phrase ("we
    /// launched an attack", "we'll be able to reach a deal", "… and have
    /// made a second arrest": a light verb there needs no subject beside
    /// it). "I'm not a fan of bans like the burka ban", "during my
    /// childhood … due to the curfew", "I get death threats": the speaker
    /// did not ban, impose or threaten anything (events29).
    fn first_person_acts(&self) -> bool {
        let (doc, toks, ids, w, a) = (self.doc, &self.doc.seg.tokens, self.ids, &self.lex.w, self.a);
        if !(self.left..a).any(|k| w.first_person.contains(&ids[k])) {
            return false;
        }
        let word = self.text(a);
        let after_verb_word = a > self.sent.start && (w.aux.contains(&ids[a - 1]) || ids[a - 1] == w.to || w.subject_pronouns.contains(&ids[a - 1]));
        let np = noun_phrase_start(doc, ids, self.lex, self.sent.start, a).filter(|&d| d >= self.left);
        let noun = self.trigger_is_noun() && !after_verb_word && (!word.ends_with("ing") || np.is_some());
        if !noun {
            return true;
        }
        let possessive = |k: usize| w.first_person.contains(&ids[k]) && !w.subject_pronouns.contains(&ids[k]) && !w.object_pronouns.contains(&ids[k]);
        // The noun's phrase: its determiner, or up to two lower-case modifiers.
        let mut start = np.unwrap_or(a);
        if np.is_none() {
            while start > self.left && a - start < 2 && toks[start - 1].kind == TokenKind::Word && self.text(start - 1).starts_with(char::is_lowercase) && !w.np_stop.contains(&ids[start - 1]) && !w.locative.contains(&ids[start - 1]) && !possessive(start - 1) {
                start -= 1;
            }
        }
        if (start.saturating_sub(1).max(self.left)..a).any(possessive) {
            return true;
        }
        if start <= self.left {
            return false;
        }
        let verb = start - 1;
        let g = &w.acts;
        // ("we had a group meeting", "we could have a deal": "have" too.)
        let is_verb = w.have.contains(&ids[verb])
            || toks[verb].kind == TokenKind::Word
                && self.text(verb).starts_with(char::is_lowercase)
                && !w.np_stop.contains(&ids[verb])
                && !w.locative.contains(&ids[verb])
                && ![w.of, w.for_, w.with, w.from, w.about, w.under].contains(&ids[verb])
                && !g.undergo_verbs.contains(ids[verb]);
        if !is_verb {
            return false;
        }
        if w.light_verbs.contains(&ids[verb]) {
            return true;
        }
        // "I"/"we", then at most five words of the verb group ("'ll be able to").
        (verb.saturating_sub(6).max(self.left)..verb).any(|k| {
            w.first_person.contains(&ids[k])
                && w.subject_pronouns.contains(&ids[k])
                && (k + 1..verb).all(|j| toks[j].kind == TokenKind::Word && (w.aux.contains(&ids[j]) || ids[j] == w.to || !(w.np_stop.contains(&ids[j]) || w.locative.contains(&ids[j]) || w.determiners.contains(&ids[j]))))
        })
    }

    /// The subject of a verb trigger coordinated after an earlier verb with
    /// no subject of its own ("Iran issued arrest warrants for 36 people
    /// involved in the killing of general X in January and demanded …",
    /// "Police arrested the man and charged him"): the first participant of
    /// the clause that stands right before a verb (a past form or an
    /// auxiliary), when no relative word stands between it and the trigger.
    /// Not the nearest name, which is the earlier verb's object or part of
    /// it (events29).
    fn subject_of_first_verb(&self) -> Option<&'c Mention> {
        let (doc, ids, w, a) = (self.doc, self.ids, &self.lex.w, self.a);
        if !is_past_verb(doc, ids, self.lex, a) {
            return None;
        }
        let mut k = a;
        while k > self.left && is_adverb(self.text(k - 1)) {
            k -= 1;
        }
        if k <= self.left || !(ids[k - 1] == w.and || ids[k - 1] == w.but) {
            return None;
        }
        let and = k - 1;
        // (A possessive "'s" is no auxiliary: "approached Jorgensen's neck".)
        let subject = self.before_actors.iter().find(|e| {
            let after = token_after(doc, e);
            after < and && !matches!(self.text(after), "'s" | "’s") && (is_past_verb(doc, ids, self.lex, after) || w.aux.contains(&ids[after]))
        })?;
        let from = token_after(doc, subject);
        // Its own clause: no relative word, clause opener or comma between.
        if (from..a).any(|j| w.agency.relative_words.contains(&ids[j]) || w.clause_openers.contains(&ids[j]) || self.text(j) == ",") {
            return None;
        }
        Some(subject)
    }

    /// The subject of the clause, when it carries the event out. It does so
    /// for a verb trigger, and for an event noun only through a light verb
    /// ("Israel launched an airstrike"): "the United States condemned the
    /// attack" says nothing of who attacked.
    fn clause_subject(&self) -> Option<&'c Mention> {
        let (doc, toks, ids, lex, w, a, left) = (self.doc, &self.doc.seg.tokens, self.ids, self.lex, &self.lex.w, self.a, self.left);
        if let Some(antecedent) = self.relative_antecedent() {
            return Some(antecedent);
        }
        let subject = match self.subject_of_first_verb().map(Some).or_else(|| head_before_parenthetical(doc, ids, lex, &self.before_actors, left, a)) {
            Some(head) => head,
            None => match participial_adjunct(doc, left, a) {
                // "Egypt began backing the government of X against the
                // militias, providing airstrikes …": the participle's subject
                // is the clause's, its first participant, not the nearest.
                Some(comma) => self.before_actors.iter().find(|e| e.1 <= toks[comma].start as usize).copied(),
                None => self.before_actors.iter().rev().find(|e| !self.object_of_a_joined_verb(e)).copied(),
            },
        };
        // A city or province names where, not who ("the El Paso shooting",
        // "… in Randolph, New Hampshire … killing seven").
        subject.filter(|e| !is_sub_national_place(doc, e)).filter(|e| match noun_phrase_start(doc, ids, lex, self.sent.start, a) {
            Some(det) if e.1 <= toks[det].start as usize => {
                let from = token_after(doc, e);
                // (", however," may stand between: "The Taliban, however,
                // claimed responsibility for the bombing".)
                // Only commas that set such a connective off, or close an
                // appositive before a claim of responsibility ("The group,
                // the Islamic State, claimed responsibility for …"): before
                // another light verb an appositive name may be someone who
                // only let the act go ahead ("the minister, Sajid Javid,
                // approved a request from the US").
                let connective = |k: usize| k < self.sent.end && w.parenthetical_connectives.contains(&ids[k]);
                let claims_share = (from..det).any(|k| w.share_nouns.contains(&ids[k]));
                let aside = |k: usize| connective(k) || (self.text(k) == "," && (claims_share || connective(k + 1) || k > 0 && connective(k - 1)));
                (from..det).all(|k| w.light_verbs.contains(&ids[k]) || w.aux.contains(&ids[k]) || is_adverb(self.text(k)) || aside(k))
            }
            // "the authorities have chosen to suppress protests": a verb that
            // acts on the event leaves its actor unknown.
            // "Police laid siege to a campus, as the latest round of
            // protests escalates": an event noun in a subordinate clause is
            // not the main clause subject's deed (srcev35).
            _ => {
                let from = token_after(doc, e);
                // (A base form after "to" or an auxiliary is a verb: "after
                // she was unable to negotiate a deal".)
                let noun = self.trigger_is_noun() && a > self.sent.start && ids[a - 1] != w.to && !w.aux.contains(&ids[a - 1]);
                let subordinate = |k: usize| noun && (w.clause_openers.contains(&ids[k]) || (k > from && w.comma_subordinators.contains(&ids[k]) && self.text(k - 1) == ","));
                !(from..a).any(|k| w.presupposing_verbs.contains(&ids[k]) || subordinate(k))
            }
        })
    }

    /// "extradition to the United States, which accuses him of …": the
    /// verb's subject is "which", and its antecedent the actor that ends at
    /// the comma before it, even inside a locative phrase (which keeps it
    /// out of the clause's participants).
    fn relative_antecedent(&self) -> Option<&'c Mention> {
        let (toks, ids, w) = (&self.doc.seg.tokens, self.ids, &self.lex.w);
        let mut k = self.a;
        while k > self.sent.start && (w.aux.contains(&ids[k - 1]) || is_adverb(self.text(k - 1))) {
            k -= 1;
        }
        if k < self.sent.start + 2 || !w.agency.relative_words.contains(&ids[k - 1]) || self.text(k - 2) != "," {
            return None;
        }
        let comma = toks[k - 2].start as usize;
        self.actor_spans.iter().find(|e| e.1 == comma)
    }

    /// "The attacker exited the Hall and continued to attack others": a
    /// name right after a past verb (and its determiner), with "and"/"but"
    /// between it and the trigger, is that verb's object, not the subject
    /// the coordinated verbs share.
    fn object_of_a_joined_verb(&self, e: &Mention) -> bool {
        let (doc, ids, w) = (self.doc, self.ids, &self.lex.w);
        let (start, end) = (doc.seg.token_at(e.0), doc.seg.token_at(e.1.saturating_sub(1)) + 1);
        let mut k = start;
        while k > self.left && w.determiners.contains(&ids[k - 1]) {
            k -= 1;
        }
        // (Or an -ing participle: "pinning 800 students inside and
        // threatened to …".)
        let participle = |j: usize| {
            let t = self.text(j);
            t.len() > 4 && t.ends_with("ing") && t.starts_with(|c: char| c.is_ascii_lowercase())
        };
        let after_verb = k > self.left && (is_past_verb(doc, ids, self.lex, k - 1) || participle(k - 1));
        let joined = (end..self.a).any(|j| ids[j] == w.and || ids[j] == w.but);
        after_verb && joined
    }

    /// The speaker acts in their own statement ("we will never accept",
    /// "they will pay"), in an order opening the quote ("'Strike the camps
    /// now,' he told the pilots"), and in reported speech where a pronoun
    /// points back to the speaker ("Lam said she would withdraw the bill").
    /// Not in a report of what others did: "the prosecutor said the suspect
    /// was arrested", "'he fired at the attacker,' the police chief said",
    /// "'Paris is mourning after this attack,' the mayor said".
    fn speaker_in_own_statement(&self, trig_span: Span, event_type: EventType) -> Option<String> {
        let (ids, w, a, left) = (self.ids, &self.lex.w, self.a, self.left);
        let speaker_side = (left..a).any(|k| w.speaker_pronouns.contains(&ids[k]));
        let opens_quote = a > self.sent.start && self.doc.seg.tokens[a - 1].kind == TokenKind::OpenQuote;
        // "'[Khan] had been released … on the provision that he had agreed
        // to wear a tag,' the reporter said": a third person agreed.
        let third_person = (left..a).any(|k| w.third_person.contains(&ids[k]));
        let speaker_acts = |q: &newsledger_model::Quote| match q.kind {
            QuoteKind::Indirect => speaker_side,
            // "'The officers' lives were threatened,' the superintendent said":
            // a passive names who suffered (and returned before), not what
            // the speaker did.
            _ => (is_statement(event_type) && !third_person) || opens_quote,
        };
        if quote_at(self.doc, trig_span).is_some_and(speaker_acts) {
            speaker_entity(self.doc, trig_span)
        } else {
            None
        }
    }

    /// The first participant after the trigger that is not the actor:
    /// names before nationality adjectives ("six Mexican drug cartels" only
    /// when nothing better follows); never a river, park or street (they
    /// say where, not whom), nor, for a one-sided event, a partner after
    /// "with".
    fn object(&self, actor: Option<&String>, event_type: EventType) -> Option<String> {
        let (doc, toks, ids, w, b) = (self.doc, &self.doc.seg.tokens, self.ids, &self.lex.w, self.b);
        let is_norp = |i: usize| entity_type(doc, i) == EntityType::Norp;
        let is_feature = |m: &Mention| entity_type(doc, m.2) == EntityType::Loc && w.feature_words.contains(&ids[doc.seg.token_at(m.1.saturating_sub(1))]);
        // "providing airstrikes with the Royal Saudi Air Force", "the ban
        // followed talks with the EU": after "with", a one-sided event's
        // partner or means (or another noun's object), not whom it hit.
        let one_sided = matches!(event_type, EventType::Assault | EventType::Coerce);
        let after_with = |e: &Mention| {
            // Back over the noun phrase's determiner and modifiers ("with the
            // Egyptian Air Force") to the preposition.
            let mut k = doc.seg.token_at(e.0);
            let mut steps = 0;
            while k > b && steps < 4 && ids[k - 1] != w.with && toks[k - 1].kind == TokenKind::Word && (w.determiners.contains(&ids[k - 1]) || !w.np_stop.contains(&ids[k - 1])) {
                k -= 1;
                steps += 1;
            }
            k > b && ids[k - 1] == w.with
        };
        // "arrested a 36-year-old Cheltenham man": a town used as the
        // modifier of a lower-case noun says where the one acted on is from;
        // it is not the target (events29).
        let place_modifier = |e: &Mention| {
            let next = token_after(doc, e);
            let first = doc.seg.token_at(e.0);
            // Inside a noun phrase: after a determiner, a number or a
            // hyphenated modifier ("a 36-year-old Cheltenham man").
            let inside = first > self.sent.start && (w.determiners.contains(&ids[first - 1]) || toks[first - 1].kind == TokenKind::Number || self.text(first - 1).contains('-'));
            inside && is_sub_national_place(doc, e) && next < self.sent.end && toks[next].kind == TokenKind::Word && self.text(next).starts_with(|c: char| c.is_ascii_lowercase()) && !w.np_stop.contains(&ids[next])
        };
        let candidates: Vec<&Mention> = self.after.iter().copied().filter(|e| !(one_sided && after_with(e))).filter(|e| !is_feature(e) && !place_modifier(e)).collect();
        candidates
            .iter()
            .filter(|e| !is_norp(e.2))
            .chain(candidates.iter().filter(|e| is_norp(e.2)))
            .map(|e| self.entity_id(e.2))
            .find(|id| Some(id) != actor)
    }
}

/// Left limit of the clause: after the nearest reporting cue (its subject
/// is the source, not the actor; with "according to", after the comma that
/// ends the source's phrase), after the "that" of "told NBC News that …"
/// (the addressee is no actor either), and after the last quote mark.
fn left_limit(doc: &Doc<'_>, ids: &[u32], lex: &Lexicon, cues: &[modality::Hit], sent: std::ops::Range<usize>, a: usize) -> usize {
    let toks = &doc.seg.tokens;
    let mut left = sent.start;
    for h in cues.iter().filter(|h| sent.start + h.end <= a && h.cue.class == CueClass::Reporting) {
        let cue_end = sent.start + h.end;
        // "The rebels claimed responsibility for the bombing": a claim of a
        // share in the deed, whose subject is the actor, not a source. So is
        // a claim to have done it ("Azerbaijan claimed to have killed 300
        // soldiers"): the infinitive's subject is the claimant.
        if cue_end < sent.end && (lex.w.share_nouns.contains(&ids[cue_end]) || ids[cue_end] == lex.w.to) {
            continue;
        }
        left = left.max(cue_end);
        // "According to data from the Gun Violence Archive, the shooting …":
        // the whole phrase up to its comma names the source.
        if toks[sent.start + h.start].text(doc.text).eq_ignore_ascii_case("according") {
            if let Some(comma) = (cue_end..a).find(|&k| toks[k].text(doc.text) == ",") {
                left = left.max(comma + 1);
            }
        }
    }
    if left > sent.start {
        if let Some(that) = cues.iter().find(|h| sent.start + h.start >= left && sent.start + h.end <= a && h.cue.class == CueClass::Barrier && toks[sent.start + h.start].text(doc.text).eq_ignore_ascii_case("that")) {
            left = sent.start + that.end;
        }
    }
    // A possessive apostrophe ("the United States' killing") is no quote mark.
    let possessive_mark = |k: usize| k > 0 && matches!(toks[k].text(doc.text), "'" | "’") && toks[k - 1].end == toks[k].start && toks[k - 1].text(doc.text).ends_with(['s', 'S']);
    for k in (sent.start..a).rev() {
        if matches!(toks[k].kind, TokenKind::OpenQuote | TokenKind::CloseQuote) && !possessive_mark(k) {
            left = left.max(k + 1);
            break;
        }
    }
    left
}

/// Right limit of the clause: a comma, quote mark, dash, semicolon or
/// clause cue ends the trigger's phrase ("after the attack, the ministry
/// said…": the ministry is the next clause's subject, no target), and so
/// does a second verb joined by "and"/"but" ("found the air strike
/// justified and called Trump's order swift": Trump is the second verb's).
fn right_limit(doc: &Doc<'_>, ids: &[u32], lex: &Lexicon, cues: &[modality::Hit], sent: std::ops::Range<usize>, b: usize) -> usize {
    let toks = &doc.seg.tokens;
    for (k, tok) in toks.iter().enumerate().take(sent.end).skip(b) {
        let t = tok.text(doc.text);
        let barrier = cues.iter().any(|h| sent.start + h.start == k && matches!(h.cue.class, CueClass::Barrier | CueClass::Reporting));
        let second_verb = (ids[k] == lex.w.and || ids[k] == lex.w.but) && k + 1 < sent.end && is_past_verb(doc, ids, lex, k + 1);
        if matches!(tok.kind, TokenKind::OpenQuote | TokenKind::CloseQuote | TokenKind::Dash) || t == ";" || t == "," || barrier || second_verb {
            return k;
        }
    }
    sent.end
}

/// A finite past verb by its form: an irregular past ("took") or a
/// lower-case word ending in "-ed" ("exited", "called").
fn is_past_verb(doc: &Doc<'_>, ids: &[u32], lex: &Lexicon, k: usize) -> bool {
    let t = doc.seg.tokens[k].text(doc.text);
    lex.w.irregular_past.contains(&ids[k]) || is_ed_form(t)
}

/// The type of entity `i`; a group phrase (an index past the entities,
/// see `groups`) reads as an organisation: it acts, and names no place.
fn entity_type(doc: &Doc<'_>, i: usize) -> EntityType {
    doc.facts.entities.get(i).map_or(EntityType::Org, |e| e.entity_type)
}

/// Whether the entity of mention `e` is typed as a place (GPE, LOC, FAC).
fn names_a_place(doc: &Doc<'_>, e: &Mention) -> bool {
    matches!(entity_type(doc, e.2), EntityType::Gpe | EntityType::Loc | EntityType::Fac)
}

/// The index of the first token after the entity mention `e`.
fn token_after(doc: &Doc<'_>, e: &Mention) -> usize {
    doc.seg.token_at(e.1.saturating_sub(1)) + 1
}

/// Whether the entity mention `e` is a place below the country level (a
/// city, a province, a street).
fn is_sub_national_place(doc: &Doc<'_>, e: &Mention) -> bool {
    // Only for names the entity pass reads as places: the gazetteer also
    // knows "Hamas" (as a spelling of Hamm, Germany).
    names_a_place(doc, e)
        && doc.facts.places.iter().any(|p| p.evidence.start < e.1 && e.0 < p.evidence.end && p.place.precision != newsledger_model::PlacePrecision::Country)
}

/// The comma that opens a participial adjunct holding the trigger at `a`
/// (", providing airstrikes", ", killing five"): a lower-case -ing word
/// right after the last comma before the trigger, at most two words
/// before it.
fn participial_adjunct(doc: &Doc<'_>, left: usize, a: usize) -> Option<usize> {
    let toks = &doc.seg.tokens;
    let comma = (left..a).rev().find(|&k| toks[k].text(doc.text) == ",")?;
    let word = toks.get(comma + 1)?.text(doc.text);
    let participle = word.len() > 4 && word.ends_with("ing") && word.starts_with(|c: char| c.is_ascii_lowercase());
    (participle && a - (comma + 1) <= 2).then_some(comma)
}

/// The subject before a parenthetical that ends right before the verb at
/// `a`: "Fields, a self-described neo-Nazi, killed …", "McGurk, who was
/// envoy to the coalition against ISIL, also criticized …" — the entity
/// before the opening comma, not the last one inside. `Some(None)` when
/// there is a parenthetical but no entity before it ("Protesters, carrying
/// European Union flags, marched").
fn head_before_parenthetical<'e>(doc: &Doc<'_>, ids: &[u32], lex: &Lexicon, before: &[&'e Mention], left: usize, a: usize) -> Option<Option<&'e Mention>> {
    let toks = &doc.seg.tokens;
    let w = &lex.w;
    let mut k = a;
    while k > left && (w.aux.contains(&ids[k - 1]) || is_adverb(toks[k - 1].text(doc.text)) || toks[k - 1].text(doc.text).eq_ignore_ascii_case("also")) {
        k -= 1;
    }
    if k <= left || toks[k - 1].text(doc.text) != "," {
        return None;
    }
    let close = k - 1;
    let open = (left..close).rev().find(|&j| toks[j].text(doc.text) == ",")?;
    let inner = toks.get(open + 1)?.text(doc.text);
    let participle = inner.len() > 4 && inner.ends_with("ing") && inner.starts_with(|c: char| c.is_ascii_lowercase());
    if !participle && !matches!(inner.to_ascii_lowercase().as_str(), "who" | "which" | "a" | "an" | "the") {
        return None;
    }
    let open_byte = toks[open].start as usize;
    Some(before.iter().rev().find(|e| e.1 <= open_byte && token_after(doc, e) == open).copied())
}

/// The determiner opening the noun phrase that ends in the trigger at `a`
/// ("the December 31 attack", "an Israeli airstrike"): up to three words
/// between them, none a function word.
fn noun_phrase_start(doc: &Doc<'_>, ids: &[u32], lex: &Lexicon, sent_start: usize, a: usize) -> Option<usize> {
    let w = &lex.w;
    let toks = &doc.seg.tokens;
    for k in (a.saturating_sub(4).max(sent_start)..a).rev() {
        // A determiner, or a possessor's mark ("protesters' demands"): the
        // possessor, not the clause subject, is the one who acts.
        if w.determiners.contains(&ids[k]) || matches!(toks[k].text(doc.text), "'s" | "’s" | "'" | "’") {
            return Some(k);
        }
        if !matches!(toks[k].kind, TokenKind::Word | TokenKind::Number) || w.np_stop.contains(&ids[k]) || w.light_verbs.contains(&ids[k]) {
            return None;
        }
    }
    None
}
