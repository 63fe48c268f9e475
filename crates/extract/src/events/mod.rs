//! PLOVER events with modality, actor, target, place and date.
//!
//! Triggers come from `data/en/events_triggers.tsv` (word or phrase → PLOVER
//! type and mode, with context conditions such as "send" needing "troops"
//! after it); `events_nontriggers.tsv` removes phrases that only look like
//! events ("declined to comment", "Joint Special Operations Command").
//! Each trigger is judged by the [`ModalityClassifier`]; then
//!
//! * **actor / target**: the nearest entity before the trigger in its clause
//!   and the first entity after it (swapped for passives with "by"); a
//!   first-person subject inside a quote is the quote's speaker;
//! * **place**: a place of the same sentence, preferring one after a locative
//!   preposition ("in the Caribbean", "inside Mexico") over one used as a
//!   modifier ("U.S. forces"); else the place of the event an anaphor points
//!   back to ("the operation would…", "such operations"); else the dateline
//!   for events that happened;
//! * **date**: the nearest resolved date or time of the sentence;
//! * **source**: the attribution covering the trigger (a reported clause or a quoted part).
//!
//! One mention makes one event: casualty words ("killed", "wounded") join
//! the attack of their sentence; "such operations" / "the attack" join the
//! event they refer back to, when only one event fits (a mention two events
//! fit alike, or a plural "the strikes" summing up one attack, makes no
//! event and joins none); coordinated triggers of one type ("coordinates
//! and collaborates") make one event. Headlines and section headings yield
//! only events that did not happen (a present-tense headline repeats the
//! body, a verbless section title asserts nothing).
//!
//! Claims: every claim of the claim extractor whose span holds a trigger is
//! linked to its event; attributed or denied events without a number get a
//! claim of their own.

mod acts;
mod agency;
mod antecedents;
mod demonyms;
mod fiction;
mod groups;
pub(crate) mod lexicon;
pub mod modality;
mod plan_reference;
mod retold;
mod roles;
mod same_clause;
mod senses;
mod shapes;
mod undated;

use newsledger_model::{Claim, ClaimStatus, DatePrecision, EntityType, Event, EventDate, EventType, Modality, Place, PlaceBasis, PlacePrecision, Span, TimeType};
use newsledger_text::TokenKind;

use crate::{Doc, Extractor};
use lexicon::{CueClass, Lexicon, Trigger};
pub use modality::{classify_modality, ModalityClassifier, ModalityJudgement};
use roles::{actor_and_target, Participants};

/// Finds PLOVER events.
pub struct EventExtractor;

impl Extractor for EventExtractor {
    fn name(&self) -> &'static str {
        "events"
    }

    fn run(&self, doc: &mut Doc<'_>) {
        let lex = Lexicon::english();
        let ids = if doc.notes.event_word_ids.len() == doc.seg.tokens.len() {
            std::mem::take(&mut doc.notes.event_word_ids)
        } else {
            lex.vocab.token_ids(doc.text, &doc.seg.tokens)
        };
        let mut found = find_events(doc, &ids, lex);
        link_claims(doc, &ids, &found);
        undated::date_the_undated(&mut found.events, doc.anchor_date.as_deref());
        doc.facts.events.extend(found.events);
        doc.notes.event_word_ids = ids;
    }
}

/// What the extractor found, with the token positions of every trigger.
struct Found {
    events: Vec<Event>,
    /// For each event: its sentence and trigger tokens.
    meta: Vec<EventMeta>,
    /// Every trigger mention (also those merged into another event) →
    /// index into `events`.
    links: Vec<(usize, usize, usize)>,
    /// Mentions in a later sentence that refer back to an event ("the
    /// attack"): tokens, event index, sentence.
    later_mentions: Vec<(usize, usize, usize, usize)>,
    /// Mentions that point back without being one event told again: "the
    /// attacks" after one attack (a summary of it and others), or "the
    /// strike" when two attacks told just before fit it. They make no
    /// event; casualty words of their sentence stay with them, and a claim
    /// without figures on them links the event they include when that one
    /// is known.
    references: Vec<Reference>,
    /// Casualty words joined to the attack of the sentence before
    /// (`attack_just_told`): tokens, event index, sentence.
    carried: Vec<(usize, usize, usize, usize)>,
}

/// A mention that refers back to, but is not the same as, one earlier event.
struct Reference {
    a: usize,
    b: usize,
    event_type: EventType,
    /// The one earlier event the mention includes, if it is unambiguous.
    includes: Option<usize>,
}

#[derive(Debug, Clone)]
struct EventMeta {
    sentence: usize,
    /// Introduced as one of several ("a second attack").
    one_of_several: bool,
    /// Singled out of a set told just before it in its sentence ("attacks
    /// on coalition bases, including the attack on December 27th").
    singled_out: bool,
    /// The set such an attack was singled out of ("raided villages,
    /// including a raid on Dilling").
    has_examples: bool,
    /// The trigger gives way to a later mention of its clause: a noun of the
    /// people who make the happening ("protesters … marched") or a passive
    /// verb's "by" form ("hit by drone strikes"). See `same_clause::keep_best`.
    trigger_yields: bool,
}

struct Candidate {
    a: usize,
    b: usize,
    trigger: &'static Trigger,
}

fn find_events(doc: &Doc<'_>, ids: &[u32], lex: &'static Lexicon) -> Found {
    let classifier = ModalityClassifier::english();
    let text = doc.text;
    let toks = &doc.seg.tokens;
    let mut found = Found { events: Vec::new(), meta: Vec::new(), links: Vec::new(), later_mentions: Vec::new(), references: Vec::new(), carried: Vec::new() };
    // The sentences with background phrases, and those phrases (see below).
    let mut backgrounds: Vec<(usize, Vec<(usize, usize)>)> = Vec::new();
    // The last sentence that told of harm by an accident or a natural cause
    // (an attack word dropped as one): see `disaster_just_told`.
    let mut last_disaster: Option<usize> = None;
    let mut entity_spans: Vec<(usize, usize, usize)> =
        doc.facts.entities.iter().enumerate().flat_map(|(i, e)| e.mentions.iter().map(move |m| (m.start, m.end, i))).collect();
    entity_spans.sort_unstable();
    let participants = Participants::of(doc, ids, lex, &entity_spans);
    let in_review = fiction::review_of_fiction(doc, ids, lex);
    let title_readings = plan_reference::title_readings(doc, lex, &classifier);
    // The story's country (see `story_country_of`), read once when an event needs it.
    let mut story_country: Option<Option<(String, Place)>> = None;

    for (si, sent) in doc.seg.sentences.iter().enumerate() {
        let r = sent.tokens.clone();
        let heading = is_heading(doc, si);
        // Triggers, longest first, skipping non-trigger phrases.
        let mut cands: Vec<Candidate> = Vec::new();
        let mut i = r.start;
        while i < r.end {
            if let Some((len, _)) = lex.non_triggers.longest_at(ids, i, r.end) {
                i += len;
                continue;
            }
            // A form may be listed more than once, with other conditions
            // ("clashes" of armed groups, "clashes" of protesters): the
            // first entry whose conditions hold is the trigger.
            let (len, mut entries) = lex.triggers.longest_entries_at(ids, i, r.end);
            if len > 0 {
                let span = Span::new(toks[i].start as usize, toks[i + len - 1].end as usize);
                if !inside_entity(&entity_spans, span) {
                    if let Some(trig) = entries.find(|t| conditions_hold(doc, ids, t, r.clone(), i, i + len)) {
                        cands.push(Candidate { a: i, b: i + len, trigger: trig });
                    }
                }
                i += len;
                continue;
            }
            i += 1;
        }
        if cands.is_empty() {
            continue;
        }
        // "कोई भी आता है, demand करता है": an English word inside a sentence of
        // another script is a borrowing the English triggers cannot read.
        if mostly_other_script(text.get(sent.start..sent.end).unwrap_or("")) {
            continue;
        }
        // Attacks first, so that casualty words can join them.
        cands.sort_by_key(|c| (c.trigger.outcome, c.a));
        let local_ids = &ids[r.clone()];
        let local_toks = &toks[r.clone()];
        let sentence_cues = classifier.sentence_cues(text, local_toks, local_ids);
        // Clause boundaries of the sentence, by local token.
        let mut barriers: Vec<bool> = local_toks
            .iter()
            .map(|t| matches!(t.kind, TokenKind::Dash | TokenKind::OpenQuote | TokenKind::CloseQuote) || matches!(t.text(text), ";" | ":" | "(" | ")"))
            .collect();
        for h in sentence_cues.iter().filter(|h| matches!(h.cue.class, CueClass::Barrier | CueClass::Reporting)) {
            barriers[h.start] = true;
        }
        let sentence_events_start = found.events.len();
        // The phrases that hold a background event ("in response to the US
        // airstrike in Baghdad", "in retaliation for the killing of their
        // commander last week"): a place or date inside one is that
        // event's, and its casualty words are not the main attack's.
        let background: Vec<(usize, usize)> = cands.iter().filter_map(|c| background_phrase(doc, ids, lex, si, c.a)).collect();
        let background_places: Vec<(usize, usize)> = cands.iter().filter_map(|c| background_place_extent(doc, ids, lex, si, &barriers, c.a)).collect();
        let phrase_of = |at: usize| background.iter().position(|&(from, to)| from <= at && at < to);
        if !background_places.is_empty() {
            backgrounds.push((si, background_places.clone()));
        }
        // A blow by a vehicle dropped as an accident: the casualty words of
        // the sentence ("struck by a car and killed") are the crash's too.
        let mut accident_here = false;
        for c in &cands {
            let judgement = classifier.judge_with(text, local_toks, local_ids, &sentence_cues, c.a - r.start, c.b - r.start);
            let mut modality = judgement.modality;
            if c.trigger.threat || (c.trigger.event_type == EventType::Threaten && !matches!(modality, Modality::Negated | Modality::Denied | Modality::Possible)) {
                modality = Modality::Threatened;
            }
            // "The state of emergency will end on Friday", "the curfew is
            // expected to be lifted": a state whose end lies ahead holds now.
            if matches!(modality, Modality::Planned | Modality::Possible) && ending_ahead(doc, ids, lex, r.end, c.b) {
                modality = Modality::Ongoing;
            }
            // "… announced troops would withdraw. The SDF opposed the
            // withdrawal": a plan named again (see `plan_reference`).
            if modality == Modality::Occurred {
                let s = plan_reference::Sentence { si, range: r.clone(), cues: &sentence_cues };
                if let Some(m) = plan_reference::inherited(doc, ids, lex, &found, &title_readings, &s, c.a, c.b, c.trigger.event_type) {
                    modality = m;
                } else if plan_reference::refused_offer(doc, ids, lex, &s, c.a, c.b, c.trigger.event_type) {
                    modality = Modality::Possible;
                } else if plan_reference::planned_by_own_words(doc, ids, lex, &s, c.a, c.b, c.trigger.event_type) {
                    modality = Modality::Planned;
                }
            }
            // "any deal", "expectations of a trade deal", "on the verge of a
            // deal": an agreement noun opened by an indefinite determiner
            // names a deal that may come; none was made unless a verb of
            // making or holding it stands beside it ("reached a deal").
            if modality == Modality::Occurred && c.trigger.event_type == EventType::Agree && open_agreement(doc, ids, lex, r.clone(), c.a, c.b) {
                modality = Modality::Possible;
            }
            // "The ceasefire was violated", "violated the truce": the
            // agreement was made before; its breach is no AGREE.
            if c.trigger.event_type == EventType::Agree && shapes::broken_agreement(doc, ids, lex, r.clone(), c.a, c.b) {
                continue;
            }
            // "faces charges of kidnapping", "convicted of murder": the
            // crime is alleged or judged, not told by the outlet.
            // ("charges including conspiring to hack": the plan a conspiracy
            // names is the charge's too.)
            let inchoate = modality == Modality::Planned && c.a >= r.start + 2 && ids[c.a - 1] == lex.w.to && lex.w.inchoate_crimes.contains(&ids[c.a - 2]);
            if (modality.happened() || inchoate) && matches!(c.trigger.event_type, EventType::Assault | EventType::Coerce) && shapes::crime_as_charge(doc, ids, lex, r.clone(), c.a) {
                modality = Modality::Possible;
            }
            if heading && modality.happened() {
                continue;
            }
            if (is_statement(c.trigger.event_type) || c.trigger.event_type == EventType::Consult) && attributive_participle(doc, ids, lex, r.clone(), c.a, c.b) {
                continue;
            }
            // "the accused", "the detained suspect", "a captured army truck":
            // an -ed form right after a determiner is a noun or an adjective;
            // the event, if any, is told elsewhere.
            if c.b == c.a + 1 && c.a > r.start && toks[c.a].text(text).ends_with("ed") && lex.w.attributive_dets.contains(&ids[c.a - 1]) {
                continue;
            }
            // "Wounded soldiers were taken to hospital", "invading
            // bacteria": a participle describing a noun; "seizures rose
            // 20%", "CBP measures seizures": an event noun as a statistic.
            if shapes::adjectival_participle(doc, ids, lex, r.clone(), c.a, c.b)
                || (matches!(c.trigger.event_type, EventType::Assault | EventType::Coerce) && shapes::statistic_noun(doc, ids, lex, r.clone(), c.a, c.b))
            {
                continue;
            }
            // "G7 meetings usually center on politics", "ministers often meet
            // in Brussels": a habit told in the present is no happening.
            if habit_in_the_present(doc, ids, lex, r.clone(), c.a, c.b) {
                continue;
            }
            // "a protest vote", "an arrest warrant", "attack helicopters": the
            // event noun modifies another noun and reports nothing.
            if c.b < r.end && lex.w.compound_heads.contains(&ids[c.b]) && toks[c.b - 1].text(text).starts_with(|ch: char| ch.is_lowercase()) && !toks[c.b - 1].text(text).ends_with("ed") {
                continue;
            }
            // "extradite people who had been accused of crimes": a relative
            // clause that describes a class of people reports no event (no
            // one accused anyone at a time or place), so none is made.
            if !c.trigger.outcome && describes_generic_people(doc, ids, lex, r.clone(), c.a, c.b) {
                continue;
            }
            let trigger_span = Span::new(toks[c.a].start as usize, toks[c.b - 1].end as usize);
            // "VISIT the horse show …", "Call your senator and demand a
            // ceasefire": the outlet asks the reader to act. No one in the
            // story did or plans that act, so it is no event (a quoted order,
            // "“Strike the camps now,” he told the pilots", stays planned).
            if invited_act(doc, ids, lex, r.clone(), &barriers, c.a, c.b, trigger_span) {
                continue;
            }
            // "a deal had been struck", "the rally in bank stocks",
            // "demonstrated that…", "if it kills me": an everyday sense.
            if senses::everyday_sense(doc, ids, lex, r.clone(), c.a, c.b, c.trigger) {
                continue;
            }
            // "agreed with that", "spoke with Wikinews", "the Constitution
            // demands a trial", "remove tariffs", "a strike by textile
            // workers": no act of the trigger's type (see `acts`).
            if acts::no_such_act(doc, ids, lex, r.clone(), c.a, c.b, c.trigger) {
                continue;
            }

            // "tensions are threatening to put the brakes on growth", "events
            // captured by these clinical systems": force or menace with no
            // one who acts; "attacked each other's policies": words, not
            // force; "characterizes events where … are killed … as a mass
            // shooting": a class (see `agency`). Before the casualty words
            // are joined, so that those of a definition join nothing.
            if agency::no_force_or_menace(doc, ids, lex, si, c.a, c.b, c.trigger) {
                continue;
            }
            // "you'll be mainly be attacked by three enemy factions" in a
            // game review: violence inside a work of fiction.
            if fiction::told_in_fiction(doc, ids, lex, in_review, si, c.trigger.event_type) {
                continue;
            }

            // "was struck by a Volvo XC90", "a train that killed someone":
            // a road or rail accident, not an attack. Casualty words that
            // join an attack of the sentence are judged with it, below.
            if c.trigger.event_type == EventType::Assault && (c.trigger.outcome || c.trigger.mode == Some("strike")) {
                let joins_attack = c.trigger.outcome && found.links.iter().any(|(a, _, e)| *a >= r.start && *a < r.end && found.events[*e].event_type == EventType::Assault);
                if !joins_attack && ((c.trigger.outcome && accident_here) || vehicle_accident(ids, lex, doc, r.clone(), c.a, c.b)) {
                    accident_here = true;
                    last_disaster = Some(si);
                    continue;
                }
            }

            // Casualty words join the attack of their sentence.
            if c.trigger.outcome {
                // "attacked a police post in retaliation for the killing of
                // their commander": a casualty word joins an attack of its
                // own phrase, not one across a background phrase's edge.
                let own_phrase = phrase_of(toks[c.a].start as usize);
                let joined = found
                    .links
                    .iter()
                    .rev()
                    .find(|(a, _, e)| *a >= r.start && *a < r.end && found.events[*e].event_type == EventType::Assault && phrase_of(toks[*a].start as usize) == own_phrase)
                    .map(|l| l.2);
                // "The attacks killed 30 people in all": the deaths of a
                // summary belong to no single event, and to no new one.
                if joined.is_none() && found.references.iter().any(|m| m.a >= r.start && m.a < r.end && m.event_type == EventType::Assault) {
                    continue;
                }
                if let Some(e) = joined {
                    // "US forces killed X, head of Y, in an airstrike": a
                    // casualty verb's subject and object are better roles than
                    // those guessed around the attack noun of the same sentence.
                    // (Not for nouns such as "murder", nor for an attack joined
                    // from an earlier sentence: that link is only a guess.)
                    // "the United States' killing of X": the nominal's roles are as clear.
                    let verb = (toks[c.a].text(text).ends_with("ed") && c.b == c.a + 1) || (c.b < r.end && ids[c.b] == lex.w.of);
                    if verb && found.meta[e].sentence == si {
                        let (actor, target) = actor_and_target(doc, ids, lex, &participants, si, &sentence_cues, c.a, c.b, c.trigger.event_type);
                        let attack = &mut found.events[e];
                        let verb_first = found.links.iter().any(|(la, _, le)| *le == e && *la > c.a);
                        // Without an object the verb may be a participle
                        // ("hundreds of Taliban killed"): its "subject" is a victim.
                        if target.is_some() && verb_first {
                            attack.actor = actor.or(attack.actor.take());
                            attack.target = target.or(attack.target.take());
                        } else if target.is_some() {
                            attack.actor = attack.actor.take().or(actor);
                            attack.target = attack.target.take().or(target);
                        }
                        if attack.actor.is_some() && attack.actor == attack.target {
                            attack.target = None;
                        }
                    }
                    found.links.push((c.a, c.b, e));
                    continue;
                }
                // "The virus has killed 30", "were killed in a landslide":
                // deaths without an attack are no ASSAULT (PLOVER has no
                // type for disasters, so no event at all).
                // An attacker named before the casualty word keeps the attack:
                // "Gunmen killed two doctors treating virus patients".
                // ("to combat the measles outbreak", "fighting the virus" name
                // no attacker: see `attacker_named_literally`.)
                if local_ids.iter().any(|id| lex.w.nonviolent_causes.contains(id)) && !attacker_named_literally(ids, lex, r.start..c.a, r.end) {
                    last_disaster = Some(si);
                    continue;
                }
                // "An engineer was killed while working at the station": a
                // death at work, unlike "killed while working in the field
                // by gunmen" or "killed in an attack while working" (joined
                // to the attack above).
                if death_at_work(doc, ids, lex, r.clone(), c.b) {
                    last_disaster = Some(si);
                    continue;
                }
                // "Twin bombings struck the cathedral. … at least 20 were
                // killed.", "…shot down a passenger jet. The 176 people on
                // board were all killed.": deaths told right after an attack,
                // in its paragraph, with no attacker, agent, place or date
                // of their own, are that attack's.
                // "… The man was then shot," a witness said: a short passive
                // in a quote retells the attack just reported (see `retold`).
                if modality == Modality::Occurred {
                    if let Some(e) = attack_just_told(doc, ids, lex, &found, si, c.b).or_else(|| retold::retold_in_quote(doc, ids, lex, &found, si, c.a, c.b, c.trigger)) {
                        found.links.push((c.a, c.b, e));
                        found.carried.push((c.a, c.b, e, si));
                        continue;
                    }
                }
                // "A worker was killed when a crane collapsed", "killed in
                // an explosion at the chemical plant", "killed by machinery",
                // "A fire yesterday afternoon killed five girls": an
                // accident, when no attacker is named ("killed in a fire
                // set by arsonists" stays an attack), and after the attack
                // just told, whose deaths these may be.
                if accident_death(ids, lex, r.clone(), c.b) {
                    last_disaster = Some(si);
                    continue;
                }
                // "A fire destroyed 200 homes. Officials said it killed nine
                // people and injured 50": casualties with no attacker and no
                // actor of their own, told soon after a disaster and after no
                // attack, are the disaster's.
                if !attacker_named(ids, lex, r.clone()) && disaster_just_told(doc, ids, lex, &found, last_disaster, si) {
                    let (actor, _) = actor_and_target(doc, ids, lex, &participants, si, &sentence_cues, c.a, c.b, c.trigger.event_type);
                    if actor.is_none() {
                        last_disaster = Some(si);
                        continue;
                    }
                }
            }
            // "The earthquake struck", "a storm hit": a natural cause as the
            // subject of an attack verb, or as the head of the relative
            // clause the verb opens ("an earthquake of magnitude 6.3 that
            // struck the south"); "A fire yesterday morning destroyed 200
            // homes": a fire that no one set.
            if c.trigger.event_type == EventType::Assault
                && ((c.a.saturating_sub(4).max(r.start)..c.a).any(|k| lex.w.nonviolent_causes.contains(&ids[k]))
                    || natural_cause_relative(ids, lex, r.clone(), c.a)
                    || accidental_fire_subject(ids, lex, r.clone(), c.a))
            {
                last_disaster = Some(si);
                continue;
            }
            // "wolves attack when cornered", "lightning can strike", "a lung
            // disease that tends to strike bird keepers", "militants often
            // attack convoys": an animal or weather as the attacker, or a
            // habit or disposition, tells of no happening by an actor.
            if c.trigger.event_type == EventType::Assault
                && ((c.a.saturating_sub(4).max(r.start)..c.a).any(|k| lex.w.nonhuman_attackers.contains(&ids[k]))
                    || (c.a.saturating_sub(3).max(r.start)..c.a).any(|k| lex.w.habitual_cues.contains(&ids[k])))
            {
                continue;
            }
            // "Attack on Titan", "Air Strike Command": an attack noun in title
            // case inside a sentence is part of a name or a title. (Not a
            // verb: "Rescue of Kidnapped Girl" is another story's headline,
            // which may well tell a happening.)
            if c.trigger.event_type == EventType::Assault
                && !heading
                && c.a > r.start
                && toks[c.a - 1].kind != TokenKind::OpenQuote
                && is_title_case(toks[c.a].text(text))
                && lex.w.article_anaphor_nouns.contains(&ids[c.b - 1])
            {
                continue;
            }
            // "such operations", "the strikes", "the attack" three paragraphs
            // on: the event referred back to, unless the mention's own
            // details say it is another one.
            if let Some(form) = anaphor_form(doc, ids, lex, c, si) {
                let (actor, target) = actor_and_target(doc, ids, lex, &participants, si, &sentence_cues, c.a, c.b, c.trigger.event_type);
                // A role guessed across the sentence is too weak to keep two
                // mentions apart; one named beside the noun ("the Israeli
                // strike", "the attack on the convoy") is not.
                let beside = |role: Option<String>| role.filter(|id| named_beside(doc, lex, ids, id, c.a, c.b, si));
                let own = MentionDetails {
                    head: c.b - 1,
                    mode: c.trigger.mode,
                    actor: beside(actor),
                    target: beside(target),
                    place: own_place(doc, ids, lex, si, c.b),
                    // "when announcing the arrest in May": the date is the
                    // announcement's; the arrest may have been made before.
                    date: own_date(doc, si, c.a, c.b).filter(|_| !(form.repeat && told_by_verb(ids, lex, doc.seg.sentences[si].tokens.start, c.a))),
                };
                // "attacked a police post in retaliation for the killing of
                // their commander": a definite noun in a background phrase
                // points back only to an event of an earlier sentence, never
                // to the one its own clause tells.
                let at = if phrase_of(toks[c.a].start as usize).is_some() { r.start } else { c.a };
                let res = antecedent(doc, ids, lex, &found, c.trigger.event_type, form, at, si, modality, &own);
                // "an example of the attacks on U.S. citizens that Soleimani
                // took part in": a definite plural that a relative clause of
                // its own describes, with no date of its own, sums up a class
                // of happenings; no new event.
                let res = if res == Resolution::NewEvent && form.article && own.date.is_none() && summed_up_by_relative(doc, ids, lex, si, c.b) {
                    Resolution::Refers(None)
                } else {
                    res
                };
                match res {
                    Resolution::NewEvent => {}
                    Resolution::Same(e) => {
                        found.links.push((c.a, c.b, e));
                        found.later_mentions.push((c.a, c.b, e, si));
                        continue;
                    }
                    Resolution::Refers(includes) => {
                        if let Some(e) = includes {
                            found.later_mentions.push((c.a, c.b, e, si));
                        }
                        found.references.push(Reference { a: c.a, b: c.b, event_type: c.trigger.event_type, includes });
                        continue;
                    }
                }
            }
            // "coordinates and collaborates": one event.
            let coordinated = (sentence_events_start..found.events.len()).find(|&e| {
                found.events[e].event_type == c.trigger.event_type
                    && found.links.iter().any(|(_, b, le)| {
                        *le == e && *b < c.a && c.a - *b == 1 && (ids[*b] == lex.w.and || ids[*b] == lex.w.or)
                    })
            });
            if let Some(e) = coordinated {
                found.links.push((c.a, c.b, e));
                continue;
            }
            // "“They opened fire on us,” said a survivor": a witness retells
            // the attack just reported (see `retold`).
            if modality == Modality::Occurred {
                if let Some(e) = retold::retold_in_quote_active(doc, ids, lex, &found, si, c.a, c.b, c.trigger) {
                    found.links.push((c.a, c.b, e));
                    found.carried.push((c.a, c.b, e, si));
                    continue;
                }
            }

            let (mut actor, mut target) = actor_and_target(doc, ids, lex, &participants, si, &sentence_cues, c.a, c.b, c.trigger.event_type);
            // "a curfew on the region": a restriction's target follows "on"
            // or "against"; "the state of emergency Trump declared", "in
            // anticipation of Dorian", "violates the Constitution" name none.
            if c.trigger.mode == Some("restriction") && target.as_ref().is_some_and(|t| !restriction_target(doc, ids, lex, r.clone(), c.b, t)) {
                target = None;
            }
            // "stormed a base in revenge for a US drone strike": a participant
            // named only inside another event's background phrase is that
            // event's, not this one's.
            if !background_places.is_empty() {
                let at = toks[c.a].start as usize;
                // (A speaker named in another sentence keeps the role.)
                let named_here = |id: &String| {
                    doc.facts.entities.iter().find(|e| &e.id == id).is_none_or(|e| {
                        let mut in_sentence = e.mentions.iter().filter(|m| m.start >= sent.start && m.end <= sent.end).peekable();
                        in_sentence.peek().is_none() || in_sentence.any(|m| in_own_phrase(&background_places, at, *m))
                    })
                };
                actor = actor.filter(named_here);
                target = target.filter(named_here);
            }
            // "the real threat of the building collapsing", "a threat to his
            // rule": without someone who threatens, no THREATEN event.
            if actor.is_none() && c.b == c.a + 1 && lex.w.needs_agent.contains(&ids[c.a]) {
                continue;
            }
            // "A mass grave was found in Izium on Saturday": the killings were
            // done before the finding, on a date the sentence does not give.
            let mut date = if c.trigger.undated { None } else { date_for(doc, ids, lex, si, c.a, &background) };
            // What has happened cannot be dated after the article: the date
            // ahead belongs to something else in the sentence ("agreed a deal
            // until 2022", "talks … cancelling the Dec. 15 tariffs", "the
            // agency's 2020 budget request"). Making the event a plan instead
            // was tried: a year before a noun is as often a label ("meetings
            // ahead of their 2020 session") as a plan.
            if modality.happened() && date.as_ref().is_some_and(|d| starts_after_article(d, doc.anchor_date.as_deref())) {
                date = None;
            }
            // A town seized or evacuated is the act's place ("ordered the evacuation of Rafah").
            // So is a town besieged ("the siege of Mariupol").
            let seizure = (c.trigger.event_type == EventType::Coerce && matches!(c.trigger.mode, Some("seizure" | "evacuation")))
                || (c.trigger.event_type == EventType::Assault && c.trigger.mode == Some("siege"));
            let mut place = place_for(doc, ids, lex, si, &barriers, (c.a, c.b), c.trigger.event_type, seizure, &background_places);
            if place.is_none() && c.trigger.event_type == EventType::Coerce && c.trigger.mode == Some("restriction") {
                place = jurisdiction_place(doc, ids, lex, si, c.a);
            }
            let mut place_basis = place.as_ref().map(|_| PlaceBasis::Sentence);
            if place.is_none() {
                place = anaphoric_place(doc, ids, lex, &found, si, c.a, modality);
                place_basis = place.as_ref().map(|_| PlaceBasis::Reference);
            }
            // A dateline says where the reporter filed from. That is often where a
            // strike or a deployment happened, but a statement ("Sheinbaum
            // rejected…") is made wherever its speaker is, so statements get none.
            if place.is_none() && modality.happened() && !is_statement(c.trigger.event_type) {
                place = dateline_place(doc);
                place_basis = place.as_ref().map(|_| PlaceBasis::Dateline);
            }
            if place.is_none() && modality.happened() && !is_statement(c.trigger.event_type) {
                let story = story_country.get_or_insert_with(|| story_country_of(doc, ids, lex));
                place = story.as_ref().and_then(|(code, place)| context_place(doc, code, place, si, c.trigger.event_type, actor.as_deref()));
                place_basis = place.as_ref().map(|_| PlaceBasis::Context);
            }
            let source = source_for(doc, trigger_span);
            // "Twin bombings struck the cathedral", "hit by drone strikes in a
            // raid", "held talks at the summit": one happening told twice in
            // its clause is one event, with what both mentions knew.
            // A background event ("in retaliation for the assassination of
            // their commander") is another happening than the one the clause
            // tells, however alike.
            let c_phrase = phrase_of(toks[c.a].start as usize);
            let told = same_clause::told_again(doc, ids, lex, &found, &barriers, r.clone(), c, modality)
                .filter(|&e| found.links.iter().any(|&(la, _, le)| le == e && r.contains(&la) && phrase_of(toks[la].start as usize) == c_phrase));
            if let Some(e) = told {
                let yields = same_clause::trigger_yields(lex, ids, c);
                same_clause::keep_best(lex, &mut found.events[e], &mut found.meta[e].trigger_yields, doc.slice(trigger_span), yields, c.trigger.mode, actor, target, place, place_basis, date, source);
                found.meta[e].one_of_several |= introduced_as_one_of_several(doc, ids, lex, c, si);
                found.links.push((c.a, c.b, e));
                continue;
            }
            let event = Event {
                id: String::new(),
                event_type: c.trigger.event_type,
                mode: c.trigger.mode.map(str::to_string),
                modality,
                actor,
                target,
                actor_group: None,
                target_group: None,
                place,
                place_basis,
                date,
                source,
                trigger: doc.slice(trigger_span).to_string(),
                evidence: Span::new(sent.start, sent.end),
            };
            found.links.push((c.a, c.b, found.events.len()));
            found.events.push(event);
            let set = singled_out_of_set(ids, lex, &found, c, r.start);
            for &k in set.iter().flatten() {
                found.meta[k].has_examples = true;
            }
            let one_of_several = introduced_as_one_of_several(doc, ids, lex, c, si);
            let trigger_yields = same_clause::trigger_yields(lex, ids, c);
            found.meta.push(EventMeta { sentence: si, one_of_several, singled_out: set.is_some(), has_examples: false, trigger_yields });
        }
    }
    // Unnamed groups ("police", "gunmen") where no entity acts or is hit.
    let sentences: Vec<usize> = found.meta.iter().map(|m| m.sentence).collect();
    // "Chinese", "Iranian" as actor or target: the state, or nobody.
    demonyms::resolve(doc, ids, lex, &entity_spans, &mut found.events, &|e| sentences[e], &found.links);
    groups::fill(doc, ids, lex, &participants, &entity_spans, &mut found.events, &|e| sentences[e], &found.links, &backgrounds);
    // "Gunmen stormed a village. They abducted 30 women.": the subject of the sentence before.
    antecedents::fill(doc, ids, lex, &entity_spans, &mut found.events, &|e| sentences[e], &found.links);
    let base = doc.facts.events.len();
    for (k, e) in found.events.iter_mut().enumerate() {
        e.id = format!("v{}", base + k + 1);
    }
    found
}

/// Whether the entity `target` is named as what a restriction (a curfew, a
/// state of emergency, martial law) is laid on: its first mention after the
/// trigger's end `b` follows one of `restriction_target_preps` ("on",
/// "against") and at most a determiner or two modifiers (events29).
fn restriction_target(doc: &Doc<'_>, ids: &[u32], lex: &Lexicon, sent: std::ops::Range<usize>, b: usize, target: &str) -> bool {
    let toks = &doc.seg.tokens;
    let Some(b_byte) = toks.get(b.min(sent.end.saturating_sub(1))).map(|t| t.start as usize) else {
        return false;
    };
    let end_byte = toks[sent.end - 1].end as usize;
    let Some(m) = doc.facts.entities.iter().find(|e| e.id == target).and_then(|e| e.mentions.iter().find(|m| m.start >= b_byte && m.end <= end_byte)) else {
        return false;
    };
    let k = doc.seg.token_at(m.start);
    let mut j = k;
    while j > b && k - j < 3 && (lex.w.determiners.contains(&ids[j - 1]) || (toks[j - 1].kind == TokenKind::Word && toks[j - 1].text(doc.text).starts_with(char::is_lowercase) && !lex.w.np_stop.contains(&ids[j - 1]) && !lex.w.restriction_target_preps.contains(&ids[j - 1]))) {
        j -= 1;
    }
    j > b && lex.w.restriction_target_preps.contains(&ids[j - 1])
}

/// A habit told in the present (events29): an event noun as the subject of
/// a habit adverb (`habitual_cues`) and a verb in the present ("G7 meetings
/// usually center on politics", "arrests often follow such raids"), or a
/// one-word verb trigger in the present right after such an adverb
/// ("ministers often meet in Brussels", "they usually demand cash"). Not a
/// past form ("protests often turned violent", "police often arrested
/// them"), nor a verb after a past auxiliary ("had often met").
fn habit_in_the_present(doc: &Doc<'_>, ids: &[u32], lex: &Lexicon, sent: std::ops::Range<usize>, a: usize, b: usize) -> bool {
    let w = &lex.w;
    let toks = &doc.seg.tokens;
    let word = |k: usize| toks[k].text(doc.text);
    let present = |k: usize| {
        let t = word(k);
        toks[k].kind == TokenKind::Word
            && t.starts_with(|c: char| c.is_ascii_lowercase())
            && !t.ends_with("ed")
            && !w.irregular_past.contains(&ids[k])
            && !w.be_past.contains(&ids[k])
            && (!w.aux.contains(&ids[k]) || w.be_present.contains(&ids[k]))
    };
    let noun = !word(a).ends_with("ed") && !word(a).ends_with("ing") && (a == sent.start || !(w.aux.contains(&ids[a - 1]) || ids[a - 1] == w.to || w.subject_pronouns.contains(&ids[a - 1])));
    if noun && b + 1 < sent.end && w.habitual_cues.contains(&ids[b]) && present(b + 1) {
        return true;
    }
    b == a + 1 && a > sent.start && w.habitual_cues.contains(&ids[a - 1]) && present(a) && !(a >= sent.start + 2 && (w.aux.contains(&ids[a - 2]) && !w.be_present.contains(&ids[a - 2])))
}

/// "Attack", "Strike": a capital and then lower case only.
fn is_title_case(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(|c| c.is_uppercase()) && chars.clone().next().is_some() && chars.all(|c| !c.is_uppercase())
}

/// A short line without final punctuation: a headline or section heading.
fn is_heading(doc: &Doc<'_>, si: usize) -> bool {
    let sent = &doc.seg.sentences[si];
    let para = &doc.seg.paragraphs[sent.paragraph];
    if para.sentences.len() != 1 || sent.tokens.len() > 25 {
        return false;
    }
    let last = &doc.seg.tokens[sent.tokens.end - 1];
    !matches!(last.kind, TokenKind::Terminal | TokenKind::CloseQuote)
}

/// The trigger's context conditions from the trigger list.
fn conditions_hold(doc: &Doc<'_>, ids: &[u32], t: &Trigger, sent: std::ops::Range<usize>, a: usize, b: usize) -> bool {
    if !t.not_prev.is_empty() && a > sent.start && t.not_prev.contains(&ids[a - 1]) {
        return false;
    }
    if !t.not_next.is_empty() && b < sent.end && t.not_next.contains(&ids[b]) {
        return false;
    }
    if !t.next.is_empty() && !(b < sent.end && t.next.contains(&ids[b])) {
        return false;
    }
    if !t.prev.is_empty() && !(a.saturating_sub(3).max(sent.start)..a).any(|k| t.prev.contains(&ids[k])) {
        return false;
    }
    let mut window_end = (b + 6).min(sent.end);
    if !t.obj_stops.is_empty() {
        let toks = &doc.seg.tokens;
        window_end = (b..window_end).find(|&k| matches!(toks[k].kind, TokenKind::Terminal | TokenKind::Dash) || matches!(toks[k].text(doc.text), "," | ";" | ":" | "(") || t.obj_stops.contains(&ids[k])).unwrap_or(window_end);
    }
    if !t.obj.is_empty() && !(b..window_end).any(|k| t.obj.contains(&ids[k])) {
        return false;
    }
    if !t.not_obj.is_empty() && (b..window_end).any(|k| t.not_obj.contains(&ids[k])) {
        return false;
    }
    if !t.sent.is_empty() && !sent.clone().any(|k| t.sent.contains(&ids[k])) {
        return false;
    }
    if !t.not_sent.is_empty() && sent.clone().any(|k| t.not_sent.contains(&ids[k])) {
        return false;
    }
    // A trigger word used as a modifier inside a name is not an event.
    let first = doc.seg.tokens[a].text(doc.text);
    !(first.starts_with("anti-") || first.starts_with("Anti-"))
}

fn inside_entity(spans: &[(usize, usize, usize)], s: Span) -> bool {
    let i = spans.partition_point(|e| e.0 <= s.start);
    spans[..i].iter().rev().take(8).any(|e| e.0 <= s.start && s.end <= e.1 && e.1 - e.0 > s.end - s.start)
}

/// How a trigger mention points back to an earlier event, if it does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct AnaphorForm {
    /// "such operations", "these strikes", "the attack" (for attacks): refers
    /// to an event of the three sentences before.
    near: bool,
    /// "the attack", "this deadly raid": a definite attack noun that may
    /// refer to an event told anywhere earlier in the article.
    article: bool,
    /// "the arrest", "the seizure": a definite noun of another type that
    /// tells again an event a verb told in its sentence or the one before
    /// ("Jong was arrested in March, but … announcing the arrest in May").
    repeat: bool,
}

/// Whether the trigger at `c` is a definite or demonstrative mention that
/// can point back to an earlier event. "Another attack", "a second strike",
/// "the latest raid" (`anaphor_blockers`), "an attack" and names or numbers
/// before the noun ("the 9/11 attacks") tell of another happening.
fn anaphor_form(doc: &Doc<'_>, ids: &[u32], lex: &Lexicon, c: &Candidate, si: usize) -> Option<AnaphorForm> {
    let w = &lex.w;
    let start = doc.seg.sentences[si].tokens.start;
    if c.a == start {
        return None;
    }
    let det = ids[c.a - 1];
    let det2 = if c.a >= start + 2 { ids[c.a - 2] } else { u32::MAX };
    let first_word_is_det = w.anaphor_dets.contains(&ids[c.a]);
    let anaphoric = first_word_is_det || (w.anaphor_dets.contains(&det) && det != w.the) || (det == w.the && w.anaphor_dets.contains(&det2));
    let plain_the = det == w.the && c.trigger.event_type == EventType::Assault;
    // "the deadly attack", "this appalling attack": up to two lower-case
    // modifiers between the determiner and an attack noun.
    let repeat = det == w.the && c.trigger.event_type != EventType::Assault && c.b == c.a + 1 && w.repeat_nominals.contains(&ids[c.a]);
    let form = AnaphorForm { near: anaphoric || plain_the, article: article_anaphor(doc, ids, lex, c, start), repeat };
    (form.near || form.article || form.repeat).then_some(form)
}

/// A trigger introduced as one of several ("a second attack", "the first
/// strike", "another raid"): the article tells more than one happening of
/// its type, so a later "the attack" may mean either.
fn introduced_as_one_of_several(doc: &Doc<'_>, ids: &[u32], lex: &Lexicon, c: &Candidate, si: usize) -> bool {
    let start = doc.seg.sentences[si].tokens.start;
    (c.a.saturating_sub(2).max(start)..c.b).any(|k| lex.w.anaphor_blockers.contains(&ids[k]))
}

/// A trigger singled out of a set: an earlier mention of its type in its
/// sentence (an event or a mention that refers back), then a word of
/// inclusion (`inclusion_cues`: "including", "among") at most three words
/// before it ("attacks on coalition bases – including the attack on
/// December 27th", "raided villages, among them a raid on Dilling"). It is
/// told as an example of the set, not as the story's own happening.
/// Returns the events of the set (none when the set is a mention that
/// refers back), or `None` when the trigger is not singled out.
fn singled_out_of_set(ids: &[u32], lex: &Lexicon, found: &Found, c: &Candidate, sentence_start: usize) -> Option<Vec<usize>> {
    let cue = (c.a.saturating_sub(3).max(sentence_start)..c.a).find(|&k| lex.w.inclusion_cues.contains(&ids[k]))?;
    let event_type = c.trigger.event_type;
    let set_events: Vec<usize> = found.links.iter().filter(|&&(la, lb, le)| la >= sentence_start && lb <= cue && found.events[le].event_type == event_type).map(|l| l.2).collect();
    let set_reference = found.references.iter().any(|m| m.a >= sentence_start && m.b <= cue && m.event_type == event_type);
    (!set_events.is_empty() || set_reference).then_some(set_events)
}

/// The plural noun ending at token `b` is followed, past at most a short
/// phrase of its own ("on U.S. citizens"), by a relative word and a subject
/// of the clause it opens: a name or a pronoun ("that Soleimani took part
/// in", "which he ordered"), or a determiner and up to three more words
/// before a verb in the past or perfect ("that the group carried out",
/// "which the coalition has conducted"). "the strikes that killed 12" has
/// no subject there and is not matched; nor is a clause with a date of its
/// own ("that the group carried out in the capital on Monday"): that dates
/// particular attacks.
fn summed_up_by_relative(doc: &Doc<'_>, ids: &[u32], lex: &Lexicon, si: usize, b: usize) -> bool {
    let toks = &doc.seg.tokens;
    let w = &lex.w;
    let end = doc.seg.sentences[si].tokens.end;
    let head = toks[b - 1].text(doc.text);
    if !(head.ends_with('s') && !head.ends_with("ss")) {
        return false;
    }
    let Some(rel) = (b..(b + 6).min(end)).take_while(|&k| toks[k].kind == TokenKind::Word || toks[k].text(doc.text) == ".").find(|&k| w.object_relatives.contains(&ids[k])) else {
        return false;
    };
    let Some(subject) = toks.get(rel + 1).filter(|_| rel + 2 < end) else {
        return false;
    };
    let word = subject.text(doc.text);
    if subject.kind != TokenKind::Word || w.relative_pronouns.contains(&ids[rel + 1]) {
        return false;
    }
    let named = word.starts_with(char::is_uppercase) || w.subject_pronouns.contains(&ids[rel + 1]);
    named || (w.determiners.contains(&ids[rel + 1]) && determined_subject_then_verb(doc, lex, ids, rel + 1, end) && !dated_clause(doc, rel, end))
}

/// After the determiner at `det`, up to three words of a noun phrase and
/// then a verb: an auxiliary of the past or perfect ("has conducted", "had
/// launched", "was"), an irregular past ("took") or an -ed form
/// ("carried out").
fn determined_subject_then_verb(doc: &Doc<'_>, lex: &Lexicon, ids: &[u32], det: usize, end: usize) -> bool {
    let toks = &doc.seg.tokens;
    let w = &lex.w;
    for k in det + 2..(det + 5).min(end) {
        let word = toks[k].text(doc.text);
        if w.perfect_aux.contains(&ids[k]) || w.be_past.contains(&ids[k]) || w.irregular_past.contains(&ids[k]) || is_ed_form(word) {
            return true;
        }
        if toks[k].kind != TokenKind::Word || w.np_stop.contains(&ids[k]) || w.determiners.contains(&ids[k]) {
            return false;
        }
    }
    false
}

/// A resolved date in the relative clause opened at `rel`, up to its first
/// comma or the sentence end.
fn dated_clause(doc: &Doc<'_>, rel: usize, end: usize) -> bool {
    let toks = &doc.seg.tokens;
    let stop = (rel..end).find(|&k| matches!(toks[k].text(doc.text), "," | ";" | ":") || toks[k].kind == TokenKind::Dash).unwrap_or(end);
    let (from, to) = (toks[rel].start as usize, toks[stop - 1].end as usize);
    doc.facts.times.iter().any(|t| t.evidence.start >= from && t.evidence.end <= to && t.time_type == TimeType::Date && t.value.is_some())
}

/// "the attack", "these raids", "this deadly strike": a definite or
/// demonstrative determiner ("such" names a kind, not one happening), up to
/// two lower-case modifiers that do not mark another happening, and a noun
/// from `article_anaphor_nouns`.
fn article_anaphor(doc: &Doc<'_>, ids: &[u32], lex: &Lexicon, c: &Candidate, start: usize) -> bool {
    let w = &lex.w;
    let toks = &doc.seg.tokens;
    if c.trigger.event_type != EventType::Assault || !w.article_anaphor_nouns.contains(&ids[c.b - 1]) {
        return false;
    }
    if (c.a..c.b).any(|k| w.anaphor_blockers.contains(&ids[k])) {
        return false;
    }
    let mut k = c.a;
    let mut modifiers = 0;
    while k > start {
        k -= 1;
        let id = ids[k];
        if w.anaphor_dets.contains(&id) {
            return id != w.such;
        }
        let word = toks[k].text(doc.text);
        let plain_modifier = toks[k].kind == TokenKind::Word && word.starts_with(|ch: char| ch.is_ascii_lowercase()) && !w.np_stop.contains(&id) && !w.determiners.contains(&id);
        if modifiers == 2 || !plain_modifier || w.anaphor_blockers.contains(&id) {
            return false;
        }
        modifiers += 1;
    }
    false
}

/// What a later mention says of its own event, to check it against the
/// earlier one.
struct MentionDetails {
    /// The token of the mention's noun.
    head: usize,
    mode: Option<&'static str>,
    actor: Option<String>,
    target: Option<String>,
    place: Option<Place>,
    /// The date written next to the mention ("the attack on Monday"); a
    /// date elsewhere in its sentence is often the day something was said.
    date: Option<String>,
}

/// Whether entity `id` is mentioned within three words of the trigger at
/// `a..b`, in its sentence.
fn named_beside(doc: &Doc<'_>, lex: &Lexicon, ids: &[u32], id: &str, a: usize, b: usize, si: usize) -> bool {
    let toks = &doc.seg.tokens;
    let r = doc.seg.sentences[si].tokens.clone();
    let mentions = || doc.facts.entities.iter().filter(|e| e.id == id).flat_map(|e| e.mentions.iter());
    // Before: "the Israeli strike", "Hamas's attack".
    let lo = a.saturating_sub(3).max(r.start);
    let before = !cut_between(doc, lo, a) && mentions().any(|m| m.start >= toks[lo].start as usize && m.end <= toks[a].start as usize);
    // After, through a preposition: "the attack on the convoy", "the strike by Israel".
    let after = b + 1 < r.end && lex.w.role_preps.contains(&ids[b]) && {
        let hi = (b + 4).min(r.end);
        mentions().any(|m| m.start >= toks[b + 1].start as usize && m.end <= toks[hi - 1].end as usize && !cut_between(doc, b, doc.seg.token_at(m.start)))
    };
    before || after
}

/// A comma, colon, dash or sentence end among tokens `from..to`.
fn cut_between(doc: &Doc<'_>, from: usize, to: usize) -> bool {
    let toks = &doc.seg.tokens;
    (from..to).any(|k| matches!(toks[k].text(doc.text), "," | ";" | ":") || matches!(toks[k].kind, TokenKind::Dash | TokenKind::Terminal))
}

/// A place named in the trigger's own prepositional phrase ("the attack in
/// Kano", "the strike on a market in Gaza City"): a locative preposition
/// right after the trigger, the place up to five words on, no comma
/// between. A place further on may belong to another noun or verb
/// ("claimed by the Houthi movement in Yemen", "follows rocket attacks on
/// the embassy").
pub(super) fn own_place(doc: &Doc<'_>, ids: &[u32], lex: &Lexicon, si: usize, b: usize) -> Option<Place> {
    let sent = &doc.seg.sentences[si];
    let r = sent.tokens.clone();
    doc.facts
        .places
        .iter()
        .filter(|p| p.evidence.start >= sent.start && p.evidence.end <= sent.end)
        .find(|p| {
            let pa = doc.seg.token_at(p.evidence.start);
            pa > b && pa <= b + 5 && pa < r.end && lex.w.locative.contains(&ids[b]) && !cut_between(doc, b, pa) && (pa.saturating_sub(2).max(b)..pa).any(|k| lex.w.locative.contains(&ids[k]))
        })
        .map(|p| p.place.clone())
}

/// The resolved date or time right after the trigger at `a..b` (up to five
/// words on, no comma between: "the strike on Sept. 3") or right before it
/// ("Monday's attack").
pub(super) fn own_date(doc: &Doc<'_>, si: usize, a: usize, b: usize) -> Option<String> {
    let r = doc.seg.sentences[si].tokens.clone();
    let sent = &doc.seg.sentences[si];
    let cut = |from: usize, to: usize| cut_between(doc, from, to);
    doc.facts
        .times
        .iter()
        .filter(|t| t.evidence.start >= sent.start && t.evidence.end <= sent.end)
        // A clock time alone ("at 4:00 A.M.") gets its day from the
        // publication date, which is a guess.
        .filter(|t| t.time_type == TimeType::Date)
        .find(|t| {
            let ta = doc.seg.token_at(t.evidence.start);
            let tb = doc.seg.token_at(t.evidence.end.saturating_sub(1)) + 1;
            (ta >= b && ta <= b + 5 && ta <= r.end && !cut(b, ta)) || (tb <= a && tb + 2 >= a && !cut(tb, a))
        })
        .and_then(|t| t.value.clone())
}

/// What a mention that points back is, once the earlier events are known.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Resolution {
    /// Another happening: a new event.
    NewEvent,
    /// The event told before, told again.
    Same(usize),
    /// Not one earlier event told again: a plural that sums up one event and
    /// others ("the attacks" after one attack), or a mention that two events
    /// told just before fit alike. No event; the one it includes, if known.
    Refers(Option<usize>),
}

/// The earlier event an anaphoric trigger refers back to: the latest one of
/// the same type and the same happened/not-happened reading, within the
/// three sentences before (`Near`) or anywhere before (`Article`), and only
/// if nothing the mention says of itself (mode, actor, target, place, date)
/// contradicts it. When the latest such event does not fit, the mention
/// is another event: an older one is not searched for, since a wrong merge
/// loses an event. When another event of the type was told since that
/// event's latest mention (or beside it) and fits the mention as well, the
/// mention is ambiguous: it refers back, to which one is unknown; but an
/// attack singled out of a set ("including the attack on December 27th")
/// and that set give way to the article's first attack when it fits. A
/// plural mention of an event told only in the singular sums it up with
/// others.
#[allow(clippy::too_many_arguments)]
fn antecedent(doc: &Doc<'_>, ids: &[u32], lex: &Lexicon, found: &Found, event_type: EventType, form: AnaphorForm, at: usize, si: usize, modality: Modality, own: &MentionDetails) -> Resolution {
    // The event of the latest earlier mention, not the latest event made:
    // "killed in the airstrike" two sentences back names the strike again.
    // An earlier clause of the same sentence counts ("follows rocket attacks
    // on the embassy; … the rocket strikes were carried out by …").
    // A singular attack noun does not point back to a plural one ("the
    // rocket strikes … after the strike").
    let plural = |k: usize| {
        let word = doc.seg.tokens[k].text(doc.text);
        word.ends_with('s') && !word.ends_with("ss")
    };
    let own_plural = plural(own.head);
    let told_in_plural = |ev: usize| found.links.iter().any(|&(la, lb, le)| le == ev && la < at && plural(lb - 1));
    let singular_noun = form.article && !own_plural;
    let same_reading = |e: usize| found.events[e].event_type == event_type && found.events[e].modality.happened() == modality.happened();
    let fits = |&&(a, b, e): &&(usize, usize, usize)| a < at && same_reading(e) && !(singular_noun && plural(b - 1));
    // A mention that names its manner ("the airstrike") points back to the
    // latest event of that manner, even past another attack named since.
    let specific = own.mode.filter(|m| !generic_mode(lex, m));
    // An attack singled out of a set, or the set itself.
    let in_set = |k: usize| found.meta[k].singled_out || found.meta[k].has_examples;
    let latest = |past_examples: bool| {
        let fits_here = |l: &&(usize, usize, usize)| fits(l) && !(past_examples && in_set(l.2));
        let same_manner = specific.and_then(|m| found.links.iter().filter(fits_here).filter(|l| found.events[l.2].mode.as_deref() == Some(m)).max_by_key(|l| l.0));
        same_manner.or_else(|| found.links.iter().filter(fits_here).max_by_key(|l| l.0)).copied()
    };
    let Some((mut a, mut antecedent_end, mut e)) = latest(false) else {
        return Resolution::NewEvent;
    };
    // "He orchestrated attacks on coalition bases, including the attack on
    // December 27th. … This strike was aimed at …": an attack singled out of
    // a set is told as an example of it; a singular mention after it means
    // the article's first attack (its story), when that one fits. Without
    // such an attack the mention stays ambiguous (below).
    let past_examples = singular_noun && found.meta[e].singled_out && {
        let first_of_reading = (0..found.events.len()).find(|&k| same_reading(k) && !in_set(k));
        match latest(true) {
            Some(l) if Some(l.2) == first_of_reading && compatible(lex, &found.events[l.2], own) => {
                (a, antecedent_end, e) = l;
                true
            }
            _ => false,
        }
    };
    let mentioned_in = doc.seg.sentence_at(doc.seg.tokens[a].start as usize).unwrap_or(0);
    let near = si - mentioned_in.min(si) <= 3;
    // "was arrested … the arrest": a noun right after the verb that told the
    // event (its sentence or the next) tells it again. Only after a verb:
    // two nouns may be two arrests ("an arrest in Lagos; the arrest of …").
    let repeated = form.repeat && si - mentioned_in.min(si) <= 1 && is_verb_form(doc, lex, ids, antecedent_end);
    if !(near && form.near) && !repeated {
        // Only the article-wide reading is left: it needs a happening that
        // is the only one of its type the article sets apart.
        let several = (0..found.events.len()).any(|k| found.meta[k].one_of_several && same_reading(k));
        if !form.article || several {
            return Resolution::NewEvent;
        }
    }
    if !compatible(lex, &found.events[e], own) {
        return Resolution::NewEvent;
    }
    // "He orchestrated attacks on coalition bases, including the attack on
    // December 27th. This strike was aimed at …": the strike of the
    // article or the December attack? Another event of the type that the
    // mention fits as well leaves it unknown: one told since the sentence
    // of the antecedent's latest mention (a singular mention is not fitted
    // by a plural one there: "reports were of drone attacks, but … the
    // attack"), or one told in the sentence that introduced it, whatever
    // its number (the set the antecedent was picked from).
    let since = doc.seg.sentences[mentioned_in].tokens.start;
    let introduced_in = doc.seg.sentences[found.meta[e].sentence].tokens.clone();
    let rival = found.links.iter().any(|&(ra, rb, re)| {
        re != e
            && ra >= since
            && ra < at
            && (introduced_in.contains(&ra) || !(singular_noun && plural(rb - 1)))
            && !(past_examples && in_set(re))
            // "The military strike follows rocket attacks …; … the rocket
            // strikes": a plural after a set told in the plural is that set,
            // not an attack told only in the singular.
            && !(own_plural && told_in_plural(e) && !told_in_plural(re))
            && same_reading(re)
            && specific.is_none_or(|m| found.events[re].mode.as_deref() == Some(m))
            && compatible(lex, &found.events[re], own)
    });
    if rival {
        return Resolution::Refers(None);
    }
    // "the attacks" after one attack told in the singular: that attack and
    // others, not the attack told again.
    if own_plural && !told_in_plural(e) {
        return Resolution::Refers(Some(e));
    }
    Resolution::Same(e)
}

/// The trigger ending before token `b` is a verb form: "arrested",
/// "seized", "struck" (a past or participle form), not a noun.
pub(super) fn is_verb_form(doc: &Doc<'_>, lex: &Lexicon, ids: &[u32], b: usize) -> bool {
    let word = doc.seg.tokens[b - 1].text(doc.text);
    word.ends_with("ed") || lex.w.irregular_past.contains(&ids[b - 1])
}

/// A verb of telling right before the determiner of the mention at `a`
/// ("announcing the arrest", "confirmed the seizure").
fn told_by_verb(ids: &[u32], lex: &Lexicon, sentence_start: usize, a: usize) -> bool {
    a >= sentence_start + 2 && lex.w.telling_verbs.contains(&ids[a - 2])
}

/// Nothing the later mention says contradicts the earlier event: no other
/// mode ("the bombing" after a shooting), actor, target, place or date.
fn compatible(lex: &Lexicon, ev: &Event, own: &MentionDetails) -> bool {
    let differ = |x: Option<&String>, y: Option<&String>| matches!((x, y), (Some(x), Some(y)) if x != y);
    if matches!((ev.mode.as_deref(), own.mode), (Some(x), Some(y)) if x != y && !generic_mode(lex, x) && !generic_mode(lex, y)) {
        return false;
    }
    if differ(ev.actor.as_ref(), own.actor.as_ref()) || differ(ev.target.as_ref(), own.target.as_ref()) {
        return false;
    }
    if let (Some(x), Some(y)) = (&ev.place, &own.place) {
        if !same_place(x, y) {
            return false;
        }
    }
    if let (Some(x), Some(y)) = (ev.date.as_ref().and_then(|d| d.value.as_deref()), own.date.as_deref()) {
        // "2019-03" and "2019-03-15" agree; "XXXX-WXX-1" and "2019-03-15" may
        // not: only a prefix counts.
        if !(x.starts_with(y) || y.starts_with(x)) {
            return false;
        }
    }
    true
}

/// A mode that names no manner of attack ("strike", "raid",
/// "assassination"): any other mode may tell the same happening.
fn generic_mode(lex: &Lexicon, mode: &str) -> bool {
    lex.w.generic_modes.contains(&lex.vocab.get(&mode.replace(' ', "_")))
}

/// The same place, or one inside the country the other is.
pub(super) fn same_place(x: &Place, y: &Place) -> bool {
    use newsledger_model::PlacePrecision;
    if x.name.eq_ignore_ascii_case(&y.name) || (x.gazetteer_id.is_some() && x.gazetteer_id == y.gazetteer_id) {
        return true;
    }
    let inside = |outer: &Place, inner: &Place| outer.precision == PlacePrecision::Country && outer.country.is_some() && outer.country == inner.country;
    inside(x, y) || inside(y, x)
}

/// The place of an event the sentence points back to ("the operation would
/// focus on drone strikes"): the latest earlier event with a place and the
/// same happened/not-happened reading.
fn anaphoric_place(doc: &Doc<'_>, ids: &[u32], lex: &Lexicon, found: &Found, si: usize, a: usize, modality: Modality) -> Option<Place> {
    let r = doc.seg.sentences[si].tokens.clone();
    let points_back = (r.start + 1..a).any(|k| lex.w.anaphor_dets.contains(&ids[k - 1]) && lex.w.anaphor_nouns.contains(&ids[k]))
        || (r.start..a).any(|k| lex.w.anaphor_dets.contains(&ids[k]) && ids[k] != lex.w.the && lex.w.anaphor_nouns.contains(&ids[(k + 1).min(a)]));
    if !points_back {
        return None;
    }
    (0..found.events.len()).rev().find_map(|e| {
        let ev = &found.events[e];
        // (The story's country is no place an anaphor can point back to.)
        (found.meta[e].sentence < si && ev.modality.happened() == modality.happened() && ev.place_basis != Some(PlaceBasis::Context)).then(|| ev.place.clone()).flatten()
    })
}

/// The best place of the sentence for the trigger at tokens `a..b`.
///
/// A place after a locative preposition scores 3 ("in the Caribbean"; "to"
/// only for deployments and transfers in the trigger's own stretch: "deployed
/// troops to the border"; "on"/"over" only for physical events: "strikes on
/// Gaza", not "sanctions on Iran"). A place without a preposition scores 1,
/// and only as the subject of the trigger, not as a modifier ("U.S.
/// forces"). A place in the trigger's clause gets 1 more, the antecedent of
/// a "where" clause holding the trigger 2 more; distance breaks ties.
#[allow(clippy::too_many_arguments)]
fn place_for(doc: &Doc<'_>, ids: &[u32], lex: &Lexicon, si: usize, barriers: &[bool], (a, b): (usize, usize), event_type: EventType, seizure: bool, background: &[(usize, usize)]) -> Option<Place> {
    let sent = &doc.seg.sentences[si];
    let toks = &doc.seg.tokens;
    // Only a place inside the trigger's own background phrase ("in response
    // to the US airstrike in Baghdad" for the airstrike), or outside every
    // other one (the missile attack is not in Baghdad).
    let at = toks[a].start as usize;
    let allowed = |s: Span| in_own_phrase(background, at, s);
    let w = &lex.w;
    let r = sent.tokens.clone();
    let barrier_at = |k: usize| barriers[k - r.start];
    let where_id = w.where_;
    let mut best: Option<(f64, usize)> = None;
    // Every place that qualified as a locative, for the chain rule below.
    let mut located: Vec<(usize, usize, usize)> = Vec::new();
    for (pi, p) in doc.facts.places.iter().enumerate() {
        if p.evidence.start < sent.start || p.evidence.end > sent.end || !allowed(p.evidence) {
            continue;
        }
        let pa = doc.seg.token_at(p.evidence.start);
        let mut pb = pa;
        while pb < r.end && (toks[pb].start as usize) < p.evidence.end {
            pb += 1;
        }
        if pa < b && pb > a {
            continue; // the trigger itself
        }
        let (lo, hi) = if pb <= a { (pb, a) } else { (b, pa) };
        // "calls for more effort to assist migrants; since then, groups
        // have grown in Europe": a semicolon joins two clauses, and a place
        // on the other side of it is the other clause's.
        if (lo..hi).any(|k| toks[k].text(doc.text) == ";") {
            continue;
        }
        // "… the deal announced in October, said a scholar with an institute
        // in Washington": after the trigger, a reporting verb that ends the
        // event's clause opens the speaker's; a place beyond it is the
        // speaker's.
        if pa >= b && (b..pa).any(|k| barrier_at(k) && w.place_speech_verbs.contains(&ids[k])) {
            continue;
        }
        if in_other_relative_clause(doc, ids, lex, r.start, barriers, pa, pb <= a, (a, b)) {
            continue;
        }
        let same_clause = !(lo..hi).any(barrier_at);
        let same_stretch = same_clause && !(lo..hi).any(|k| toks[k].text(doc.text) == ",");
        // A locative preposition up to three words before ("in the Caribbean").
        let mut locative = false;
        let mut loose_preposition = false;
        // "fired missiles at US bases in Iraq": after "at" a country used
        // as an adjective says whose the target is, as after "on".
        let mut aimed_at = false;
        // The place is the noun after "city of" / "coast of", never an
        // adjective of the word after it ("off the coast of Yemen sank").
        let mut after_of_head = false;
        let mut k = pa;
        let mut steps = 0;
        let mut limit = 3;
        while k > r.start && steps < limit {
            k -= 1;
            steps += 1;
            // "in the U.S. border city of El Paso", "in the Red Sea port town
            // of Mokha", "on the outskirts of Kharkiv": "city of" hands the
            // preposition on to the name after it, over up to five words.
            // "in support of US President …", "in the name of Iran": an
            // idiom's "of" ends the walk; its preposition sets nothing there.
            if ids[k] == w.of && k > r.start && w.idiom_of_heads.contains(&ids[k - 1]) {
                break;
            }
            if ids[k] == w.of && k > r.start && (w.settlement_heads.contains(&ids[k - 1]) || w.place_part_heads.contains(&ids[k - 1])) {
                after_of_head = after_of_head || steps == 1;
                k -= 1;
                steps = 0;
                limit = 5;
                continue;
            }
            // "protests in the capital, San Juan", "in the Serbian capital
            // Belgrade": a settlement noun right before the name, or before
            // a comma right before it, is the name's apposition and hands
            // the preposition on, as "city of" does.
            // "stabbed on Streatham High Road, London", "police in
            // Clairton, Pennsylvania": a name the gazetteer lacks (a street,
            // a small town) and its town or state after a comma; the
            // preposition before the name reaches the place that locates it.
            if steps == 1 && toks[k].text(doc.text) == "," {
                if let Some(j) = unplaced_name_before_comma(doc, ids, lex, r.clone(), k, pb) {
                    k = j;
                    steps = 0;
                    limit = 2;
                    continue;
                }
            }
            if steps == 1 && appositive_after_settlement(doc, ids, lex, r.clone(), k, pb) {
                if toks[k].text(doc.text) == "," {
                    k -= 1;
                }
                steps = 0;
                limit = 4;
                continue;
            }
            if ids[k] == w.to {
                // "deployed troops to the border"; not the infinitive's "to"
                // before the trigger ("voted to expel United States troops").
                locative = steps <= 2 && same_stretch && k >= b && matches!(event_type, EventType::Mobilize | EventType::Coerce);
                break;
            }
            if w.locative.contains(&ids[k]) {
                // "sanctions on Iran", "criticism over …": targets and topics, not places.
                let word = doc.seg.tokens[k].text(doc.text).to_ascii_lowercase();
                let loose = matches!(word.as_str(), "on" | "over" | "across" | "around" | "along" | "off");
                aimed_at = word == "at";
                // A ship seized "off the coast of Somalia": where it was taken.
                locative = !loose || seizure || matches!(event_type, EventType::Assault | EventType::Mobilize | EventType::Protest | EventType::Retreat);
                loose_preposition = loose;
                break;
            }
            if toks[k].kind != TokenKind::Word {
                break;
            }
        }
        let possessive = pb < r.end && is_possessive_mark(doc, pb);
        let modifier = !after_of_head && pb < r.end && ((toks[pb].kind == TokenKind::Word && !w.np_stop.contains(&ids[pb]) && !w.locative.contains(&ids[pb])) || possessive);
        // "shelled Kharkiv on Monday", "hit Kyiv overnight": a time expression or a
        // time word is no noun the place describes.
        let time_after = pb < r.end && (w.place_time_adverbs.contains(&ids[pb]) || same_clause::in_time(doc, pb));
        // An attack's object that is a place is where it struck: "troops
        // raided the West Bank city of Jenin", "strikes hit Beirut's southern
        // suburbs" (a few noun-phrase words between, no preposition or verb
        // of another clause).
        // A town seized is where the seizure happened ("Rebels captured the
        // town of Bunagana", "seized Aleppo's airport"), but not a country
        // whose goods were seized ("seized Venezuela's oil tanker").
        // "the siege of Mariupol entered its third week", "the seizure of
        // Goma by rebels": the town right after the act's "of" is the place
        // whatever follows it (not a country's goods: "seizure of
        // Venezuela's tanker", "of Russian oil").
        let right_after_of = pa == b + 1 && ids[b] == w.of && !possessive && p.place.precision != PlacePrecision::Country;
        let seized_place = seizure && (!modifier || time_after || right_after_of || (possessive && p.place.precision != PlacePrecision::Country));
        let struck_place = !locative
            && (event_type == EventType::Assault || seized_place)
            && pa >= b
            && pa - b <= 6
            && same_stretch
            && (!modifier || possessive || time_after || (seizure && right_after_of))
            && (b..pa).all(|k| toks[k].kind == TokenKind::Word && !w.np_stop.contains(&ids[k]));
        let names_the_event = !locative && !possessive && names_the_event(doc, ids, lex, p, (pa, pb), (a, b), r.end, event_type);
        let where_clause = !locative && where_clause_after(doc, ids, lex, r.clone(), barriers, (pa, pb), a);
        // "Paweł Adamowicz, mayor of the Polish city of Gdańsk, was
        // stabbed": a town named as such in the subject's apposition is
        // where the subject was when the clause's event befell it.
        let named_settlement = !locative && pb <= a && same_clause && settlement_named_as_such(doc, ids, lex, r.start, p, pa, pb, r.end);
        // A bare place counts only as the subject in the trigger's own
        // stretch ("Gaza was hit"); after the trigger it is a participant
        // ("escalation with Mexico").
        if !(locative || struck_place || where_clause || named_settlement || (pb <= a && same_stretch)) {
            continue;
        }
        // After a preposition a place stays a place whatever follows ("in
        // Gaza City killed"); without one, "U.S. forces" is a modifier.
        if !locative && modifier && !struck_place && !names_the_event {
            continue;
        }
        // "attacks on the U.S. Embassy in Baghdad": after "on" a country
        // used as an adjective says whose the target is, not where it was
        // hit. A possessive keeps the place ("strikes on Iran's nuclear
        // sites" hit Iran), as do the data's place heads ("on U.S. soil").
        let place_head = pb < r.end && w.country_place_heads.contains(&ids[pb]);
        if (loose_preposition || aimed_at) && modifier && !possessive && !place_head && p.place.precision == PlacePrecision::Country {
            continue;
        }
        // "killed in a US counter-terrorism operation", "wounded in a U.S.
        // drone strike": after "a"/"an" a country is an adjective of the
        // noun that follows; whose the operation was says nothing of where.
        let after_indefinite = pa > r.start && (ids[pa - 1] == w.a || ids[pa - 1] == w.an);
        if after_indefinite && modifier && !place_head && p.place.precision == PlacePrecision::Country {
            continue;
        }
        let mut score = if locative || where_clause { 3.0 } else if struck_place || named_settlement { 2.0 } else { 1.0 };
        if locative {
            located.push((pi, pa, pb));
        }
        // "in the U.S. border city of El Paso", "in the Red Sea port town
        // of Mokha": a place used as an adjective of "city of …" yields to
        // the place the phrase names.
        let describes_a_settlement = modifier
            && (pb..(pb + 3).min(r.end.saturating_sub(1))).any(|k| w.settlement_heads.contains(&ids[k]) && ids[k + 1] == w.of);
        if locative && describes_a_settlement {
            score -= 0.5;
        }
        if same_clause {
            score += 1.0;
        }
        if pb <= a && (pb..a).any(|k| ids[k] == where_id) {
            score += 2.0;
        }
        // "Hostages who had been held in Mali were released in Niamey": a
        // place kept from the subject's relative clause yields to one of
        // the main clause.
        let opener = (r.start..pa).rev().find(|&k| w.place_relative_openers.contains(&ids[k]));
        if pb <= a && opener.is_some_and(|o| !(o + 1..pa).any(barrier_at)) {
            score -= 0.5;
        }
        score -= (hi - lo) as f64 / 50.0;
        if best.is_none_or(|(s, _)| score > s) {
            best = Some((score, pi));
        }
    }
    let mut pick = best.map(|(_, pi)| pi)?;
    // "police in Clairton, Pennsylvania, in the eastern United States":
    // places that locate one another in a chain of settings name one
    // spot; the finest of them is the event's place, whichever is nearest
    // the trigger.
    while let Some(&(finer, _, _)) = located.iter().find(|&&(q, qa, qb)| {
        let (cur, fine) = (&doc.facts.places[pick].place, &doc.facts.places[q].place);
        let Some(&(_, ca, cb)) = located.iter().find(|&&(x, _, _)| x == pick) else { return false };
        q != pick && fine.country.is_some() && fine.country == cur.country && precision_rank(fine.precision) < precision_rank(cur.precision) && chained_settings(doc, ids, lex, (qa, qb), (ca, cb))
    }) {
        pick = finer;
    }
    if let Some(&(_, _, pb)) = located.iter().find(|&&(x, _, _)| x == pick) {
        if let Some(country) = listed_places_country(doc, ids, lex, pick, pb, r.end) {
            return Some(country);
        }
    }
    Some(doc.facts.places[pick].place.clone())
}

/// "arrests were made in Virginia, Maryland and Washington, D.C.", "teacher
/// protests in West Virginia, Oklahoma and Arizona": the place the setting
/// preposition reaches (`pick`, whose last token ends before `pb`) opens a
/// list of places of one country, and the event happened in all of them,
/// so its place is that country (country precision: the spots are several).
/// Items are joined by commas, "and", "or" (and "the"); a coarser place of
/// the same country after a comma qualifies the item before it ("Washington,
/// D.C.", "Palm Beach, Florida") and is no item. A list whose items are in
/// several countries keeps its first item (no place holds them all).
fn listed_places_country(doc: &Doc<'_>, ids: &[u32], lex: &Lexicon, pick: usize, pb: usize, end: usize) -> Option<Place> {
    let toks = &doc.seg.tokens;
    let w = &lex.w;
    let places = &doc.facts.places;
    let first = &places[pick].place;
    let code = first.country.as_deref()?;
    let (mut prev, mut prev_end, mut items, mut joined) = (pick, pb, 1usize, false);
    loop {
        let Some(q) = places.get(prev + 1) else { break };
        let qa = doc.seg.token_at(q.evidence.start);
        if qa < prev_end || qa >= end || qa - prev_end > 3 {
            break;
        }
        let gap = prev_end..qa;
        let comma_only = qa == prev_end + 1 && toks[prev_end].text(doc.text) == ",";
        let and_or = gap.clone().any(|k| ids[k] == w.and || ids[k] == w.or);
        if gap.is_empty() || !gap.clone().all(|k| toks[k].text(doc.text) == "," || ids[k] == w.and || ids[k] == w.or || ids[k] == w.the) {
            break;
        }
        let prev_place = &places[prev].place;
        let qualifier = comma_only && q.place.country == prev_place.country && precision_rank(q.place.precision) > precision_rank(prev_place.precision);
        if !qualifier {
            if q.place.country.as_deref() != Some(code) {
                return None;
            }
            if !same_place(&q.place, prev_place) {
                items += 1;
            }
            joined |= and_or;
        }
        prev += 1;
        let mut qb = qa;
        while qb < end && (toks[qb].start as usize) < q.evidence.end {
            qb += 1;
        }
        prev_end = qb;
    }
    if items < 2 || !joined || first.precision == PlacePrecision::Country {
        return None;
    }
    named_country_place(doc, code.to_string()).map(|(_, p)| p)
}

/// Whether token `k` marks a possessive: "'s", or the apostrophe of a plural
/// possessive ("the United States' killing of …"), which the tokenizer gives
/// as punctuation.
fn is_possessive_mark(doc: &Doc<'_>, k: usize) -> bool {
    let t = &doc.seg.tokens[k];
    match t.text(doc.text) {
        "'s" | "’s" => true,
        "'" | "’" => t.kind == TokenKind::Punct,
        _ => false,
    }
}

/// Finest first: a point, a town, a district, a state, a country, a region.
fn precision_rank(p: PlacePrecision) -> u8 {
    match p {
        PlacePrecision::Point => 0,
        PlacePrecision::City => 1,
        PlacePrecision::Admin2 => 2,
        PlacePrecision::Admin1 => 3,
        PlacePrecision::Country => 4,
        PlacePrecision::Region | PlacePrecision::Sea => 5,
    }
}

/// The places at `x` and `y` (token ranges) follow one another with only
/// commas, setting prepositions ("in", "near", not "to"), "the" and
/// lower-case describing words between: "in Clairton, Pennsylvania, in the
/// eastern United States". Up to eight tokens; a stop word ("and", "said")
/// or a name that is no place breaks the chain.
fn chained_settings(doc: &Doc<'_>, ids: &[u32], lex: &Lexicon, x: (usize, usize), y: (usize, usize)) -> bool {
    let toks = &doc.seg.tokens;
    let w = &lex.w;
    let (lo, hi) = if x.1 <= y.0 { (x.1, y.0) } else if y.1 <= x.0 { (y.1, x.0) } else { return false };
    if hi - lo > 8 || !(lo..hi).any(|k| w.setting.contains(&ids[k])) {
        return false;
    }
    // A place between is a qualifier of the first ("in Dayton, Ohio, in
    // the northern United States").
    let in_place = |k: usize| doc.facts.places.iter().any(|q| q.evidence.start <= toks[k].start as usize && toks[k].end as usize <= q.evidence.end);
    (lo..hi).all(|k| {
        let t = toks[k].text(doc.text);
        t == ","
            || ids[k] == w.the
            || in_place(k)
            || w.setting.contains(&ids[k])
            || (toks[k].kind == TokenKind::Word && t.starts_with(|c: char| c.is_lowercase()) && !w.np_stop.contains(&ids[k]) && !w.locative.contains(&ids[k]))
    })
}

/// Token `k` is a comma right before a place name (whose next token is
/// `pb`), and before the comma stand one to four capitalised words that
/// are no place found, no person and no date, after a locative
/// preposition ("on Streatham High Road, London", "in Clairton,
/// Pennsylvania"): returns the first of those words. The name after the
/// comma must end its phrase (a punctuation mark or a preposition after
/// it), or it may be the subject of what follows ("in Chelsea, London
/// police said").
fn unplaced_name_before_comma(doc: &Doc<'_>, ids: &[u32], lex: &Lexicon, r: std::ops::Range<usize>, k: usize, pb: usize) -> Option<usize> {
    let toks = &doc.seg.tokens;
    let w = &lex.w;
    if pb < r.end && toks[pb].kind == TokenKind::Word && !w.locative.contains(&ids[pb]) {
        return None;
    }
    let capitalised = |j: usize| {
        let t = &toks[j];
        t.kind == TokenKind::Word && t.text(doc.text).starts_with(|c: char| c.is_uppercase()) && !same_clause::in_time(doc, j)
    };
    let mut j = k;
    while j > r.start && k - j < 4 && capitalised(j - 1) {
        j -= 1;
    }
    if j == k || j == r.start {
        return None;
    }
    let (from, to) = (toks[j].start as usize, toks[k - 1].end as usize);
    let overlaps = |s: usize, e: usize| s < to && from < e;
    if doc.facts.places.iter().any(|q| overlaps(q.evidence.start, q.evidence.end)) {
        return None;
    }
    let person = doc.facts.entities.iter().filter(|e| e.entity_type == newsledger_model::EntityType::Person).any(|e| e.mentions.iter().any(|m| overlaps(m.start, m.end)));
    if person {
        return None;
    }
    // The preposition, or "the" before the name ("at the Ritz Hotel, London").
    let before = if ids[j - 1] == w.the && j - 1 > r.start { j - 2 } else { j - 1 };
    w.locative.contains(&ids[before]).then_some(j)
}

/// The place at `pa..pb` is named as a town or area of a country in a
/// phrase of its own: "the Polish city of Gdańsk", "the city of Mosul",
/// "the Mexican state of Guerrero", set off by commas or ending the
/// subject ("mayor of the Polish city of Gdańsk, was stabbed"). A
/// nationality word before the noun must be the place's country's.
fn settlement_named_as_such(doc: &Doc<'_>, ids: &[u32], lex: &Lexicon, start: usize, p: &newsledger_model::PlaceMention, pa: usize, pb: usize, end: usize) -> bool {
    let toks = &doc.seg.tokens;
    let w = &lex.w;
    if pa < start + 3 || ids[pa - 1] != w.of || !w.settlement_heads.contains(&ids[pa - 2]) || p.place.precision == PlacePrecision::Country {
        return false;
    }
    // The name ends its phrase: a comma, or the verb of the clause follows.
    if pb < end && toks[pb].kind == TokenKind::Word && !w.np_stop.contains(&ids[pb]) {
        return false;
    }
    if ids[pa - 3] == w.the {
        return true;
    }
    let adjective = toks[pa - 3].text(doc.text);
    let Some(cc) = newsledger_geo::Lexicon::english().demonym(adjective) else { return false };
    let own = p.place.country.as_deref().is_some_and(|c| c.as_bytes() == cc.as_slice());
    own && pa >= start + 4 && ids[pa - 4] == w.the
}

/// The place at tokens `pa..pb` names the event whose noun follows it, over
/// at most two lower-case compound words: "a Kabul car bombing", "the Hong
/// Kong protests", "Indiana protesters", "the Tunis mosque attack". Only
/// for what happens at a place (an attack, an arrest, a protest, a
/// deployment). A country there says whose act it was ("a US airstrike",
/// "Saudi strikes"), except for a protest, which is held where its people
/// are ("the Iraq protests"); so may a national capital standing for its
/// government ("Kyiv strikes"), unless a compound word shows the name
/// describes the deed ("a Kabul car bombing", "the Kabul market attack").
/// Not after a hyphen ("anti-China protests"), not before a verb form
/// ("Kabul bombed") or a determiner ("Hong Kong protests the decision": the
/// name is the subject).
fn names_the_event(doc: &Doc<'_>, ids: &[u32], lex: &Lexicon, p: &newsledger_model::PlaceMention, (pa, pb): (usize, usize), (a, b): (usize, usize), sentence_end: usize, event_type: EventType) -> bool {
    let toks = &doc.seg.tokens;
    let w = &lex.w;
    if pb > a || a - pb > 2 || pa == pb || !matches!(event_type, EventType::Assault | EventType::Coerce | EventType::Protest | EventType::Mobilize) {
        return false;
    }
    let compound = |k: usize| {
        toks[k].kind == TokenKind::Word
            && toks[k].text(doc.text).starts_with(|c: char| c.is_lowercase())
            && !w.np_stop.contains(&ids[k])
            && !w.locative.contains(&ids[k])
            && !w.presupposing_preps.contains(&ids[k])
    };
    if !(pb..a).all(compound) || is_verb_form(doc, lex, ids, b) || doc.text[..p.evidence.start].ends_with('-') {
        return false;
    }
    if b < sentence_end && w.determiners.contains(&ids[b]) {
        return false;
    }
    if p.place.precision == PlacePrecision::Country {
        return event_type == EventType::Protest;
    }
    let capital = matches!(crate::entities::lexicon::Lexicon::english().place_kind(&p.text), Some(crate::entities::PlaceKind::Capital(_)));
    // The trigger's own first word may be the compound ("car bombing").
    !capital || event_type == EventType::Protest || pb < a || b > a + 1
}

/// The trigger at `a` sits in a "where" clause that follows the place at
/// `pa..pb` (and its qualifier): "visiting Kenosha, Wisconsin, where riots
/// had broken out". The place must not itself be the qualifier of a place
/// before it, and no clause barrier or comma may stand between "where" and
/// the trigger ("visited Lagos, where he met the governor, and later rallied").
fn where_clause_after(doc: &Doc<'_>, ids: &[u32], lex: &Lexicon, r: std::ops::Range<usize>, barriers: &[bool], (pa, pb): (usize, usize), a: usize) -> bool {
    let toks = &doc.seg.tokens;
    let comma = |k: usize| toks[k].text(doc.text) == ",";
    let place_ends_at = |k: usize| doc.facts.places.iter().any(|q| q.evidence.end == toks[k].end as usize);
    let place_starts_at = |k: usize| doc.facts.places.iter().any(|q| q.evidence.start == toks[k].start as usize);
    if pb >= a || (pa >= r.start + 2 && comma(pa - 1) && place_ends_at(pa - 2)) {
        return false;
    }
    // Over ", Qualifier" to the comma before "where".
    let mut k = pb;
    if k + 1 < a && comma(k) && place_starts_at(k + 1) {
        k += 1;
        while k < a && !comma(k) {
            k += 1;
        }
    }
    k + 1 < a && comma(k) && ids[k + 1] == lex.w.where_ && !(k + 2..a).any(|j| barriers[j - r.start] || comma(j))
}

/// Token `k`, right before a place name (whose next token is `pb`), is a
/// settlement noun ("the capital Belgrade") or a comma after one ("the
/// capital, San Juan"), and the name is not the subject of what follows
/// ("in the capital, Kabul said"): the token after it is no word, or a
/// stop word.
fn appositive_after_settlement(doc: &Doc<'_>, ids: &[u32], lex: &Lexicon, r: std::ops::Range<usize>, k: usize, pb: usize) -> bool {
    let toks = &doc.seg.tokens;
    let w = &lex.w;
    let head = if toks[k].text(doc.text) == "," { k.checked_sub(1).filter(|&h| h >= r.start) } else { Some(k) };
    let Some(head) = head else { return false };
    if !w.settlement_heads.contains(&ids[head]) {
        return false;
    }
    pb >= r.end || toks[pb].kind != TokenKind::Word || w.np_stop.contains(&ids[pb])
}

/// Whether the span `s` may fill a role of the trigger starting at byte
/// `at`, given the sentence's background phrases: inside the trigger's own
/// phrase when it has one, else outside every phrase.
fn in_own_phrase(background: &[(usize, usize)], at: usize, s: Span) -> bool {
    let inside = |&(from, to): &(usize, usize)| from <= s.start && s.end <= to;
    match background.iter().filter(|&&(from, to)| from <= at && at < to).max_by_key(|&&(_, to)| to) {
        Some(own) => inside(own),
        None => !background.iter().any(inside),
    }
}

/// The place starting at token `pa` sits in a relative clause that does not
/// hold the trigger: "Troops who had fought in Kherson shelled the village"
/// (the clause opens before the place, which comes before the trigger), or
/// "shelled a convoy carrying men who had fought in Bakhmut" (a clause about
/// people opened after the trigger). A "which" clause that only locates its
/// noun ("The hospital, which is in Gaza City, was hit") keeps the place.
/// The opener must be in the place's stretch: no comma, clause barrier or
/// reporting verb between them. And a trigger inside a clause set off by
/// commas ("Assange, who denies the accusation, …") takes no place after it.
fn in_other_relative_clause(doc: &Doc<'_>, ids: &[u32], lex: &Lexicon, start: usize, barriers: &[bool], pa: usize, before_trigger: bool, (a, b): (usize, usize)) -> bool {
    let w = &lex.w;
    // Before the trigger, the clause is another only when the trigger is the
    // main clause's verb in the active voice: "shelled", "struck". A noun
    // ("limited U.S. involvement in Mexico to intelligence sharing") or an
    // infinitive ("who led a march in Abuja to protest") may be in the
    // clause itself, and a passive's subject is the one the event befell
    // ("hostages who had been held in Afghanistan were released").
    if before_trigger {
        let passive = a > start && w.passive_aux.contains(&ids[a - 1]);
        if passive || !is_verb_form(doc, lex, ids, b) {
            return false;
        }
    }
    // "Assange, who denies the accusation, has avoided extradition … in
    // London": a trigger inside a relative clause that a comma closes
    // before the place.
    if !before_trigger && (b..pa).any(|k| doc.seg.tokens[k].text(doc.text) == ",") {
        let mut k = a;
        while k > start {
            k -= 1;
            if w.place_relative_openers.contains(&ids[k]) {
                return k > start && doc.seg.tokens[k - 1].text(doc.text) == ",";
            }
            if barriers[k - start] || doc.seg.tokens[k].text(doc.text) == "," {
                break;
            }
        }
    }
    let from = if before_trigger { start } else { b };
    let mut k = pa;
    while k > from {
        k -= 1;
        if w.place_relative_openers.contains(&ids[k]) {
            let people = w.place_relative_people.contains(&ids[k]);
            return people || (before_trigger && !(k + 1..pa).any(|j| w.place_relative_locating.contains(&ids[j])));
        }
        if barriers[k - start] || doc.seg.tokens[k].text(doc.text) == "," {
            return false;
        }
    }
    false
}

/// PLOVER's verbal categories: said, not done.
fn is_statement(event_type: EventType) -> bool {
    matches!(
        event_type,
        EventType::Agree
            | EventType::Support
            | EventType::Concede
            | EventType::Request
            | EventType::Accuse
            | EventType::Reject
            | EventType::Threaten
    )
}

/// The country a story is set in, with its place: the country of the
/// article's first place, when more than half of its places lie in it
/// ("Twin bombings struck the cathedral in Jolo, Philippines", then
/// Zamboanga and Sulu). A place name that modifies the next word ("US
/// troops", "the United States service members") names whose people act,
/// not where: it is not counted, unless a `setting` preposition comes
/// before it ("in Afghanistan"). A story set in two countries settles nothing.
fn story_country_of(doc: &Doc<'_>, ids: &[u32], lex: &Lexicon) -> Option<(String, Place)> {
    let toks = &doc.seg.tokens;
    let text = doc.text;
    let mut settings: Vec<&newsledger_model::PlaceMention> = doc
        .facts
        .places
        .iter()
        .filter(|p| p.place.country.is_some())
        .filter(|p| {
            let first = doc.seg.token_at(p.evidence.start);
            let k = lex.w.back_over_determiner(ids, 0, first);
            if k > 0 && lex.w.setting.contains(&ids[k - 1]) {
                return true;
            }
            let next = doc.seg.token_at(p.evidence.end);
            let modifies = toks.get(next).is_some_and(|t| {
                let word = t.text(text);
                let starts_sentence = doc.seg.sentence_at(t.start as usize).is_some_and(|si| doc.seg.sentences[si].tokens.start == next);
                // "the government of Samoa began", "Mexico has deployed": a
                // verb after the name makes it the subject, not an adjective.
                let verb = is_ed_form(word) || lex.w.irregular_past.contains(&ids[next]) || lex.w.aux.contains(&ids[next]);
                t.start as usize == p.evidence.end + 1 && word.chars().next().is_some_and(char::is_alphabetic) && !starts_sentence && !verb
            });
            !modifies
        })
        .collect();
    settings.sort_by_key(|p| p.evidence.start);
    let code = settings.first()?.place.country.clone()?;
    let same = settings.iter().filter(|p| p.place.country.as_deref() == Some(code.as_str())).count();
    // When the places alone do not settle it, a people's name votes for its
    // country as a place name does: a story told through "the Samoan
    // government", "Samoan Prime Minister …" and "Samoans" is set in Samoa
    // even if it names the United States twice. (Counted always, the
    // demonyms unsettled more stories than they settled: an Australian
    // gunman in New Zealand, Chinese officials in Hong Kong.)
    if same * 2 > settings.len() {
        return named_country_place(doc, code);
    }
    let (mut people_same, mut people) = (0, 0);
    let story = <[u8; 2]>::try_from(code.as_bytes()).ok();
    for e in doc.facts.entities.iter().filter(|e| matches!(e.entity_type, EntityType::Norp | EntityType::Misc)) {
        if let Some(country) = people_country(&e.text) {
            people += e.mentions.len();
            if Some(country) == story {
                people_same += e.mentions.len();
            }
        }
    }
    if (same + people_same) * 2 <= settings.len() + people {
        return None;
    }
    named_country_place(doc, code)
}

/// The country `code` as a place: the article's own mention of it, resolved,
/// when it has one; else the gazetteer's entry for the country's name.
fn named_country_place(doc: &Doc<'_>, code: String) -> Option<(String, Place)> {
    let named = doc.facts.places.iter().find(|p| p.place.precision == PlacePrecision::Country && p.place.country.as_deref() == Some(code.as_str()));
    let place = match named {
        Some(p) => p.place.clone(),
        None => {
            let country = crate::entities::lexicon::Lexicon::english().country_by_code(&code)?;
            let mut context = newsledger_geo::Context::new();
            context.add_country(&code, 1.0);
            newsledger_geo::resolve(&country.name, &context).filter(|p| p.precision == PlacePrecision::Country && p.country.as_deref() == Some(code.as_str()))?
        }
    };
    Some((code, place))
}

/// The story's country as the place of an event that happened and whose own
/// sentence names no place: country precision only,
/// since the country is known and the spot is not. Only for what happens at
/// a place, an attack, an arrest or seizure, a protest, a deployment: a
/// meeting, a phone call, aid or a tariff is between two countries more
/// often than inside the story's one. Not when the event's paragraph names a
/// place in another country, nor when its sentence names another country's
/// people or actors ("Samoan officials", "Iraqi bases", "the Taliban",
/// "President Trump" in a story set in China): the event may then be
/// elsewhere. Nor for force used or troops sent by the story's own state
/// ("Saudi airstrikes" in a story set in Saudi Arabia): a state strikes and
/// deploys abroad as often as at home.
fn context_place(doc: &Doc<'_>, code: &str, place: &Place, si: usize, event_type: EventType, actor: Option<&str>) -> Option<Place> {
    if !matches!(event_type, EventType::Assault | EventType::Coerce | EventType::Protest | EventType::Mobilize) {
        return None;
    }
    let sent = &doc.seg.sentences[si];
    // A place the sentence names and the rules above did not take is not
    // the event's ("Troops who had fought in Kherson shelled the village",
    // "seized Venezuela's oil tanker"): the sentence's own geography is then
    // known to be elsewhere or unknown, and the story's country is no better.
    if doc.facts.places.iter().any(|p| p.evidence.start >= sent.start && p.evidence.end <= sent.end) {
        return None;
    }
    let paragraph = doc.seg.paragraphs.iter().find(|p| p.sentences.contains(&si)).map_or((sent.start, sent.end), |p| (p.start, p.end));
    if doc.facts.places.iter().any(|p| p.evidence.start >= paragraph.0 && p.evidence.end <= paragraph.1 && p.place.country.as_deref().is_some_and(|c| c != code)) {
        return None;
    }
    let lex = crate::entities::lexicon::Lexicon::english();
    let reg = crate::entities::registry::Registry::bundled();
    // The country whose people or actors an entity names, if any, as its
    // ISO code's two bytes.
    let two = |c: &str| <[u8; 2]>::try_from(c.as_bytes()).ok();
    let country_of = |e: &newsledger_model::Entity| -> Option<[u8; 2]> {
        if let Some(actor) = e.actor.as_deref().and_then(|id| reg.get(id)) {
            use crate::entities::registry::ActorKind;
            let acts_for_a_state = matches!(actor.kind, ActorKind::Government | ActorKind::ArmedGroup | ActorKind::CriminalGroup | ActorKind::Person);
            return actor.country.as_deref().filter(|_| acts_for_a_state).and_then(two);
        }
        match e.entity_type {
            EntityType::Norp | EntityType::Misc => people_country(&e.text),
            _ => None,
        }
    };
    let story = two(code);
    let force = matches!(event_type, EventType::Assault | EventType::Mobilize);
    if force {
        let own_state = actor.and_then(|id| doc.facts.entities.iter().find(|e| e.id == id)).and_then(|e| crate::entities::country_context::country_of_entity(lex, reg, e));
        if own_state.is_some_and(|c| lex.country(c).code == code) {
            return None;
        }
    }
    for e in doc.facts.entities.iter().filter(|e| e.mentions.iter().any(|m| m.start >= sent.start && m.end <= sent.end)) {
        let country = country_of(e);
        if country.is_some_and(|c| Some(c) != story) {
            return None;
        }
        // "Turkish airstrikes", "Turkey began an offensive": the story's own
        // state or people named beside force may be striking abroad.
        let names_the_story_state = (story.is_some() && country == story) || (e.entity_type == EntityType::Gpe && lex.country_of(&e.text).is_some_and(|c| c.code == code));
        if force && names_the_story_state {
            return None;
        }
    }
    Some(place.clone())
}

/// Where a restriction (a state of emergency, a curfew, martial law) holds:
/// where the office or body that declared it governs ("The governor of
/// Puerto Rico, …, declared a state of emergency", "Florida Governor Ron
/// DeSantis declared …"). The place is the last one before the trigger that
/// comes right before a jurisdiction head ("Florida Governor", "Samoa's
/// government") or right after "head of (the)". `place_for` leaves such a
/// place out: it modifies a noun, or a comma parts it from the trigger.
fn jurisdiction_place(doc: &Doc<'_>, ids: &[u32], lex: &Lexicon, si: usize, a: usize) -> Option<Place> {
    let sent = &doc.seg.sentences[si];
    let toks = &doc.seg.tokens;
    let w = &lex.w;
    let trigger_at = toks[a].start as usize;
    doc.facts
        .places
        .iter()
        .filter(|p| p.evidence.start >= sent.start && p.evidence.end <= trigger_at)
        .filter(|p| {
            let mut after = doc.seg.token_at(p.evidence.end);
            if after < a && matches!(toks[after].text(doc.text), "'s" | "’s") {
                after += 1;
            }
            let head_after = after < a && w.jurisdiction_heads.contains(&ids[after]);
            let mut before = doc.seg.token_at(p.evidence.start);
            if before > sent.tokens.start && ids[before - 1] == w.the {
                before -= 1;
            }
            let head_before = before >= sent.tokens.start + 2 && ids[before - 1] == w.of && w.jurisdiction_heads.contains(&ids[before - 2]);
            head_after || head_before
        })
        .last()
        .map(|p| p.place.clone())
}

/// The country whose people a name names ("Samoan", "Mexicans", "the
/// French"), as its ISO code's two bytes. The gazetteer's demonyms reach
/// further than the entity lexicon's countries ("Samoan").
fn people_country(name: &str) -> Option<[u8; 2]> {
    let lex = crate::entities::lexicon::Lexicon::english();
    lex.country_of(name).and_then(|c| <[u8; 2]>::try_from(c.code.as_bytes()).ok()).or_else(|| newsledger_geo::Lexicon::english().demonym(name))
}

fn dateline_place(doc: &Doc<'_>) -> Option<Place> {
    let name = doc.article.dateline.as_ref()?.place.as_ref()?;
    doc.facts.places.iter().find(|p| p.text.eq_ignore_ascii_case(name)).map(|p| p.place.clone())
}

/// The resolved date or time of the sentence nearest to the trigger, one in
/// the trigger's own clause first: a date across "after", "when", ";"…
/// (`clause_openers`) belongs to the other clause. A date in a clause
/// opened by "since" starts an interval that runs to the article's date.
fn date_for(doc: &Doc<'_>, ids: &[u32], lex: &Lexicon, si: usize, a: usize, background: &[(usize, usize)]) -> Option<EventDate> {
    let sent = &doc.seg.sentences[si];
    let toks = &doc.seg.tokens;
    let at = toks[a].start as usize;
    let at_end = toks[a].end as usize;
    // A background event's phrase: only a date inside it is its own.
    let own_phrase = background_phrase(doc, ids, lex, si, a);
    let opens_clause = |k: usize| lex.w.clause_openers.contains(&ids[k]) || toks[k].text(doc.text) == ";";
    // A clause opener lies between the date's span and the trigger.
    let across = |s: usize, e: usize| {
        let (from, to) = if e <= at { (e, at) } else { (at, s) };
        sent.tokens.clone().any(|k| (toks[k].start as usize) >= from && (toks[k].end as usize) <= to && k != a && opens_clause(k))
    };
    let t = doc
        .facts
        .times
        .iter()
        .filter(|t| t.evidence.start >= sent.start && t.evidence.end <= sent.end)
        // "as soon as possible", "in the future" (FUTURE_REF) date no event:
        // "urged him to make a deal as soon as possible" was urged before
        // the article, and a plan's modality already says it lies ahead.
        .filter(|t| matches!(t.time_type, TimeType::Date | TimeType::Time) && t.value.as_deref().is_some_and(|v| v != "FUTURE_REF"))
        .filter(|t| own_phrase.is_none_or(|(from, to)| from <= t.evidence.start && t.evidence.end <= to))
        // …and the main event takes no date from a background phrase: "in
        // retaliation for the killing of their commander last week".
        .filter(|t| own_phrase.is_some() || !background.iter().any(|&(from, to)| from <= t.evidence.start && t.evidence.end <= to))
        // "Two current U.S. officials told NBC News …", "a friend who
        // recently switched jobs said": a time word inside the phrase that
        // names a source says who the source is, not when the event
        // happened, unless the event is told in that phrase too ("a person
        // briefed on last weekend's phone call").
        .filter(|t| {
            !doc.facts.sources.iter().any(|s| s.evidence.start <= t.evidence.start && t.evidence.end <= s.evidence.end && !(s.evidence.start <= at && at < s.evidence.end))
        })
        // "…, including Li, who tried to warn others about the outbreak in
        // December": a date in a clause about a person that does not tell
        // the event dates what the person did.
        .filter(|t| !in_person_clause(doc, ids, lex, sent.tokens.clone(), doc.seg.token_at(t.evidence.start), a))
        // "The current government deployed troops": an adjective of a noun.
        .filter(|t| {
            let k = doc.seg.token_at(t.evidence.start);
            !(lex.w.attributive_time_words.contains(&ids[k])
                && toks[k].end as usize == t.evidence.end
                && sent.tokens.contains(&(k + 1))
                && toks[k + 1].kind == TokenKind::Word)
        })
        .min_by_key(|t| {
            // After the trigger, counted from its end: "who had been held
            // since 2016 were released Tuesday" is Tuesday's release.
            let distance = if t.evidence.end <= at { at - t.evidence.end } else { t.evidence.start.saturating_sub(at_end) };
            // A date inside an apposition that describes someone or
            // something else ("On Thursday, Tsikhanouskaya, a candidate in
            // the election to be held on August 9, held a rally") comes
            // after every other date of the sentence.
            let aside = in_apposition(doc, ids, lex, sent.tokens.clone(), doc.seg.token_at(t.evidence.start), doc.seg.token_at(t.evidence.end.saturating_sub(1)), a);
            (across(t.evidence.start, t.evidence.end), aside, distance)
        })?;
    // "Since the war began in April 2023, more than 150,000 people have
    // been killed": the date is the start of the period the toll covers,
    // which runs to the article's date, not the month of the killing.
    if t.precision != DatePrecision::Interval && t.evidence.end <= at {
        // Back from the date to the first comma or clause opener: "since"?
        let is_since = |k: usize| toks[k].text(doc.text).eq_ignore_ascii_case("since");
        let opener = sent.tokens.clone().rev().filter(|&k| (toks[k].end as usize) <= t.evidence.start).find(|&k| toks[k].text(doc.text) == "," || opens_clause(k));
        if let (Some(k), Some(v), Some(anchor)) = (opener, t.value.as_deref(), doc.anchor_date.as_deref()) {
            if is_since(k) {
                let day = anchor.get(..10).unwrap_or(anchor);
                return Some(EventDate { value: Some(format!("{v}/{day}")), precision: DatePrecision::Interval });
            }
        }
    }
    Some(EventDate { value: t.value.clone(), precision: t.precision })
}

/// Whether the time at tokens `k..=last` of sentence `sent` stands in an
/// apposition that the trigger at `a` is not in: a noun phrase opened by an
/// article or a possessive right after a comma that follows a name
/// ("Tsikhanouskaya, an opposition candidate for the election on August
/// 9,"), running to the next comma after the time or the sentence's end,
/// with no other break between. (After a lower-case word the phrase is more
/// often a clause: "ahead of the 2018 elections, the army moved on November
/// 15".)
fn in_apposition(doc: &Doc<'_>, ids: &[u32], lex: &Lexicon, sent: std::ops::Range<usize>, k: usize, last: usize, a: usize) -> bool {
    let toks = &doc.seg.tokens;
    let breaks = |j: usize| matches!(toks[j].text(doc.text), ";" | ":" | "(" | ")") || matches!(toks[j].kind, TokenKind::Dash | TokenKind::OpenQuote | TokenKind::CloseQuote);
    let comma = |j: usize| toks[j].text(doc.text) == ",";
    let Some(open) = (sent.start..k).rev().take_while(|&j| !breaks(j)).find(|&j| comma(j)) else {
        return false;
    };
    let after_name = open > sent.start + 1 && toks[open - 1].kind == TokenKind::Word && toks[open - 1].text(doc.text).starts_with(char::is_uppercase);
    if !after_name || open + 2 > k || !lex.w.apposition_openers.contains(&ids[open + 1]) {
        return false;
    }
    let close = (last + 1..sent.end).find(|&j| comma(j) || breaks(j) || toks[j].kind == TokenKind::Terminal).unwrap_or(sent.end);
    if close < sent.end && breaks(close) {
        return false;
    }
    !(open < a && a < close)
}

/// Whether token `k` of sentence `sent` stands in a relative clause about a
/// person ("who tried to warn others in December"; `person_relatives`) or
/// a thing ("the village, which was captured in May"; `aside_relatives`,
/// events29) that the trigger at `a` is not in: from the relative word,
/// with no comma or clause break before `k`, to the next comma, semicolon
/// or the sentence's end. A "which" clause right after an event noun ("the
/// attack on the convoy, which took place on March 3") tells of that event.
fn in_person_clause(doc: &Doc<'_>, ids: &[u32], lex: &Lexicon, sent: std::ops::Range<usize>, k: usize, a: usize) -> bool {
    let toks = &doc.seg.tokens;
    let breaks = |j: usize| matches!(toks[j].text(doc.text), "," | ";" | ":") || matches!(toks[j].kind, TokenKind::Dash | TokenKind::Terminal);
    let relative = |j: usize| lex.w.person_relatives.contains(&ids[j]) || lex.w.aside_relatives.contains(&ids[j]);
    let Some(rel) = (sent.start..k).rev().take_while(|&j| !breaks(j)).find(|&j| relative(j)) else {
        return false;
    };
    // An aside opens after a comma ("the village, which …"); "signs which
    // read … during Monday's session" is the noun's own description.
    if lex.w.aside_relatives.contains(&ids[rel]) && !(rel > sent.start && toks[rel - 1].text(doc.text) == ",") {
        return false;
    }
    if lex.w.aside_relatives.contains(&ids[rel]) && a < rel && rel - a <= 6 && !toks[a].text(doc.text).ends_with("ed") {
        // The event noun's own phrase up to the relative word: words only,
        // and a comma right before it.
        let own_phrase = (a + 1..rel).all(|j| toks[j].kind == TokenKind::Word || (j + 1 == rel && toks[j].text(doc.text) == ","));
        if own_phrase {
            return false;
        }
    }
    let end = (k..sent.end).find(|&j| breaks(j)).unwrap_or(sent.end);
    !(rel < a && a < end)
}

/// The byte range of the phrase that holds a background event noun: "in
/// response to the US airstrike on Friday", "in retaliation for last week's
/// raid", "following the bombing": from the preposition to six tokens after
/// the trigger (or the first comma or clause opener). That event happened
/// before the one the clause tells, so a date elsewhere in the sentence
/// ("A few hours before the jet crashed on Wednesday, Iran launched missiles
/// in response to the US airstrike") is not its date. `None` when the
/// trigger does not sit in such a phrase.
fn background_phrase(doc: &Doc<'_>, ids: &[u32], lex: &Lexicon, si: usize, a: usize) -> Option<(usize, usize)> {
    let w = &lex.w;
    let r = doc.seg.sentences[si].tokens.clone();
    let toks = &doc.seg.tokens;
    let from = background_opener(doc, ids, lex, si, a)?;
    let mut to = a + 1;
    while to < r.end && to <= a + 6 && toks[to].text(doc.text) != "," && !w.clause_openers.contains(&ids[to]) {
        to += 1;
    }
    Some((toks[from].start as usize, toks[to - 1].end as usize))
}

/// The byte range whose places belong to the background event at token `a`:
/// its phrase and what the sentence tells of that event after it. A phrase
/// that opens the sentence ("Following the bombing of a bridge in Crimea,
/// troops shelled …") ends at its comma; one after the main clause runs on
/// to a clause barrier or the sentence's end ("in response to the US
/// airstrike that killed Iranian general, Qasem Soleimani at a Baghdad
/// airport": the airport is the airstrike's place, not the missiles').
fn background_place_extent(doc: &Doc<'_>, ids: &[u32], lex: &Lexicon, si: usize, barriers: &[bool], a: usize) -> Option<(usize, usize)> {
    let r = doc.seg.sentences[si].tokens.clone();
    let toks = &doc.seg.tokens;
    let from = background_opener(doc, ids, lex, si, a)?;
    let opens_sentence = from <= r.start + 1;
    let mut to = a + 1;
    // A relative clause of the background noun ("that killed …") tells of it.
    let relative = |k: usize| lex.w.place_relative_openers.contains(&ids[k]) || toks[k].text(doc.text).eq_ignore_ascii_case("that");
    let stops = |k: usize| (barriers[k - r.start] && !relative(k)) || (opens_sentence && toks[k].text(doc.text) == ",");
    while to < r.end && !stops(to) {
        to += 1;
    }
    Some((toks[from].start as usize, toks[to - 1].end as usize))
}

/// The first token of the background phrase holding the trigger at `a`
/// ("following", "in response to", "in retaliation for"), if any.
fn background_opener(doc: &Doc<'_>, ids: &[u32], lex: &Lexicon, si: usize, a: usize) -> Option<usize> {
    let w = &lex.w;
    let r = doc.seg.sentences[si].tokens.clone();
    let toks = &doc.seg.tokens;
    let mut k = a;
    let mut opener = None;
    // Back over the trigger's noun phrase ("the US", "last week's").
    for _ in 0..5 {
        if k <= r.start {
            break;
        }
        k -= 1;
        // "in retaliation for the army's killing of …": a possessive is
        // part of the noun phrase.
        let possessive = is_possessive_mark(doc, k);
        if toks[k].kind != TokenKind::Word && !possessive {
            break;
        }
        if w.background_prepositions.contains(&ids[k]) {
            opener = Some(k);
            break;
        }
        let to_or_for = matches!(toks[k].text(doc.text), "to" | "for");
        if to_or_for && k > r.start && w.background_heads.contains(&ids[k - 1]) {
            opener = Some(k - 1);
            break;
        }
        if to_or_for || w.clause_openers.contains(&ids[k]) || w.np_stop.contains(&ids[k]) && !w.determiners.contains(&ids[k]) && !possessive {
            break;
        }
    }
    opener
}

/// The period a date value names begins after the article's day: "2019-12",
/// "2020" or "2019-12-15" in an article of 2019-11-20. Weeks, quarters and
/// seasons are not judged (their first day needs a calendar), nor are
/// values without a year.
fn starts_after_article(date: &EventDate, anchor: Option<&str>) -> bool {
    let (Some(value), Some(anchor)) = (date.value.as_deref(), anchor) else {
        return false;
    };
    // The start of an interval ("2019-12-15/2020-01-10").
    let start = value.split('/').next().unwrap_or(value);
    let (Some(first), Some(day)) = (first_day(start), first_day(anchor)) else {
        return false;
    };
    first > day
}

/// (year, month, day) of the first day of "YYYY", "YYYY-MM" or
/// "YYYY-MM-DD[T…]"; `None` for anything else.
fn first_day(value: &str) -> Option<(u32, u32, u32)> {
    let date = value.split('T').next().unwrap_or(value);
    let mut parts = date.split('-');
    let number = |p: Option<&str>, len: usize| p.filter(|p| p.len() == len && p.bytes().all(|b| b.is_ascii_digit())).and_then(|p| p.parse::<u32>().ok());
    let year = number(parts.next(), 4)?;
    let month = match parts.next() {
        None => return Some((year, 1, 1)),
        Some(m) => number(Some(m), 2)?,
    };
    let day = match parts.next() {
        None => return Some((year, month, 1)),
        Some(d) => number(Some(d), 2)?,
    };
    parts.next().is_none().then_some((year, month, day))
}

/// The attribution covering the trigger (the narration between the parts
/// of a split quote is in none).
fn source_for(doc: &Doc<'_>, span: Span) -> Option<String> {
    crate::claims::attribution_at(doc, span).map(|a| a.source.clone())
}

fn quote_at<'d>(doc: &'d Doc<'_>, span: Span) -> Option<&'d newsledger_model::Quote> {
    doc.facts.quotes.iter().filter(|q| q.evidence.start <= span.start && span.end <= q.evidence.end).min_by_key(|q| q.evidence.end - q.evidence.start)
}

/// The entity of the speaker of the quote covering `span`.
fn speaker_entity(doc: &Doc<'_>, span: Span) -> Option<String> {
    let q = quote_at(doc, span)?;
    let sid = q.source.as_ref()?;
    doc.facts.sources.iter().find(|s| &s.id == sid)?.entity.clone()
}

pub(super) fn is_adverb(word: &str) -> bool {
    word.len() > 3 && word.ends_with("ly")
}

/// A regular past form by its spelling: a lower-case word of five letters
/// or more ending in "-ed" ("exited", "called"; not "bed", "Ted").
fn is_ed_form(word: &str) -> bool {
    word.len() > 4 && word.ends_with("ed") && word.starts_with(|c: char| c.is_ascii_lowercase())
}

/// A blow or a death by a vehicle in an accident: the trigger at `a..b` is
/// followed by "by" and a vehicle ("struck by a Volvo XC90", "killed by a
/// train"), has a vehicle or its driver as its subject ("a train that
/// killed", "the driver struck"), or its sentence tells of driving a vehicle
/// ("was driving a pickup truck … killing seven"). Not when the sentence
/// says the vehicle was a weapon or names one ("rammed", "car-ramming",
/// "drove the truck into the crowd", "gunmen", "bomb"; `deliberate_cues` in
/// `events_vehicles.tsv`).
fn vehicle_accident(ids: &[u32], lex: &Lexicon, doc: &Doc<'_>, sent: std::ops::Range<usize>, a: usize, b: usize) -> bool {
    let w = &lex.w;
    let is_vehicle = |k: usize| w.vehicles.contains(&ids[k]);
    let crash_at = |k: usize| k < sent.end && w.crash_words.contains(&ids[k]);
    // "the bomber crashed": the craft, not a weapon.
    if sent.clone().any(|k| w.deliberate_vehicle_cues.contains(&ids[k]) && !crash_at(k + 1)) {
        return false;
    }
    let driving: Vec<usize> = sent.clone().filter(|&k| w.driving_verbs.contains(&ids[k])).collect();
    if driving.iter().any(|&k| (k + 1..(k + 5).min(sent.end)).any(|j| w.driven_into.contains(&ids[j]))) {
        return false;
    }
    // "struck by a Volvo", "hit and killed by a truck": "by" up to three
    // words on, a vehicle up to five words after it, no comma between.
    let by_vehicle = (b..(b + 3).min(sent.end)).find(|&k| ids[k] == w.by).is_some_and(|by| {
        let hi = (by + 6).min(sent.end);
        (by + 1..hi).find(|&k| is_vehicle(k)).is_some_and(|k| !cut_between(doc, b, k))
    });
    // "a train that killed", "the driver struck".
    let vehicle_subject = a > sent.start && (is_vehicle(a - 1) || (a >= sent.start + 2 && w.vehicle_relatives.contains(&ids[a - 1]) && is_vehicle(a - 2)));
    let drove_a_vehicle = driving.iter().any(|&k| (k + 1..(k + 5).min(sent.end)).any(is_vehicle));
    // "the wing of the jet struck the hangar", "a rotor blade hit the
    // tower": a part of a craft within the four words before the trigger,
    // in its clause, is the subject of a collision.
    let toks = &doc.seg.tokens;
    let part_subject = (a.saturating_sub(4).max(sent.start)..a).any(|k| w.craft_parts.contains(&ids[k]) && (k + 1..a).all(|j| toks[j].kind == TokenKind::Word && !w.np_stop.contains(&ids[j]) || ids[j] == w.of));
    // "struck power lines and crashed": a crash told in the sentence.
    by_vehicle || vehicle_subject || drove_a_vehicle || part_subject || sent.clone().any(crash_at)
}

/// The trigger at `a..b` is the act an invitation in the outlet's voice asks
/// of the reader: the verb that opens it ("Visit the show", `invitation_opener`)
/// or a bare verb joined to it by "and"/"or" in its clause ("Call your
/// senator and demand a ceasefire"). Not inside a quote: there someone
/// orders someone else.
#[allow(clippy::too_many_arguments)]
fn invited_act(doc: &Doc<'_>, ids: &[u32], lex: &Lexicon, sent: std::ops::Range<usize>, barriers: &[bool], a: usize, b: usize, span: Span) -> bool {
    let toks = &doc.seg.tokens;
    let Some(opener) = modality::invitation_opener(lex, doc.text, &toks[sent.clone()], &ids[sent.clone()]).map(|k| k + sent.start) else {
        return false;
    };
    if (sent.start..opener).any(|k| toks[k].kind == TokenKind::OpenQuote) || quote_at(doc, span).is_some() {
        return false;
    }
    if a == opener {
        return true;
    }
    let word = toks[a].text(doc.text);
    let joined = a > opener + 1 && b == a + 1 && (ids[a - 1] == lex.w.and || ids[a - 1] == lex.w.or) && word.starts_with(|ch: char| ch.is_ascii_lowercase()) && lex.w.bare_verb(word, ids[a]);
    joined && !(opener..a).any(|k| barriers[k - sent.start])
}

/// The ASSAULT told as having happened in sentence `si - 1`, when sentence
/// `si` (whose casualty word ends at token `b`) goes on in the same
/// paragraph and names no attacker (`work_accident_blockers`), no agent with
/// "by" after the casualty word, no place and no date of its own: its
/// deaths are that attack's. The last such attack of the sentence is taken.
fn attack_just_told(doc: &Doc<'_>, ids: &[u32], lex: &Lexicon, found: &Found, si: usize, b: usize) -> Option<usize> {
    let prev_si = si.checked_sub(1)?;
    let e = (0..found.events.len()).rev().find(|&e| found.meta[e].sentence == prev_si && found.events[e].event_type == EventType::Assault)?;
    if found.events[e].modality != Modality::Occurred {
        return None;
    }
    let (prev, sent) = (&doc.seg.sentences[prev_si], &doc.seg.sentences[si]);
    if doc.text.get(prev.end..sent.start).is_none_or(|gap| gap.contains("\n\n")) {
        return None;
    }
    let r = sent.tokens.clone();
    if attacker_named(ids, lex, r.clone()) || (b..r.end).any(|k| ids[k] == lex.w.by) || own_place_or_date(doc, si) {
        return None;
    }
    Some(e)
}

/// One of the three sentences before `si`, or `si` itself, told of a
/// disaster, and no attack, arrest or protest has been found since (in
/// "COVID-19 cases rose … The protesters clashed with the police … the
/// night's incidents injured fourteen officers" the injuries are the
/// clash's): `last_disaster` (the last sentence where an attack word was
/// dropped as an accident or a natural cause), or a sentence that names a
/// natural cause (`nonviolent_causes`) or a fire that broke out, and no
/// attacker ("A fire swept through the market on Sunday."). Asked only of
/// casualty words with no attacker.
fn disaster_just_told(doc: &Doc<'_>, ids: &[u32], lex: &Lexicon, found: &Found, last_disaster: Option<usize>, si: usize) -> bool {
    let no_attack_since = |d: usize| {
        !found.events.iter().zip(&found.meta).any(|(e, m)| matches!(e.event_type, EventType::Assault | EventType::Coerce | EventType::Protest) && m.sentence >= d)
    };
    if last_disaster.is_some_and(|d| d <= si && si <= d + 3 && no_attack_since(d)) {
        return true;
    }
    let told_disaster = |p: usize| {
        let r = doc.seg.sentences[p].tokens.clone();
        !attacker_named(ids, lex, r.clone()) && r.clone().any(|k| lex.w.nonviolent_causes.contains(&ids[k]) || accidental_fire_at(ids, lex, r.clone(), k))
    };
    (si.saturating_sub(3)..si).rev().find(|&p| told_disaster(p)).is_some_and(no_attack_since)
}

/// An attacker, weapon or war word (`work_accident_blockers`) among the
/// tokens `range`: "Gunmen killed two doctors", "killed in the shelling".
pub(super) fn attacker_named(ids: &[u32], lex: &Lexicon, range: std::ops::Range<usize>) -> bool {
    range.into_iter().any(|k| lex.w.work_accident_blockers.contains(&ids[k]))
}

/// Like [`attacker_named`], but a war word followed within three words by
/// a natural cause (`nonviolent_causes`) is a figure of speech, no
/// attacker: "to combat the measles outbreak", "fighting the virus".
/// `end` is where the sentence ends.
fn attacker_named_literally(ids: &[u32], lex: &Lexicon, range: std::ops::Range<usize>, end: usize) -> bool {
    range.into_iter().any(|k| lex.w.work_accident_blockers.contains(&ids[k]) && !(k + 1..(k + 4).min(end)).any(|j| lex.w.nonviolent_causes.contains(&ids[j])))
}

/// The attack verb at `a` opens a relative clause (`noun_relatives`, past
/// a perfect auxiliary: "that struck", "which had hit") whose head, up to
/// eight words before the relative word and with no attacker between, is a
/// natural cause: "an earthquake of magnitude 6.3 that struck the south".
/// A passive ("the house that was struck by …") is not one: its head is
/// what was struck.
fn natural_cause_relative(ids: &[u32], lex: &Lexicon, sent: std::ops::Range<usize>, a: usize) -> bool {
    let w = &lex.w;
    let mut k = a;
    if k > sent.start && w.perfect_aux.contains(&ids[k - 1]) {
        k -= 1;
    }
    if k == sent.start || !w.noun_relatives.contains(&ids[k - 1]) {
        return false;
    }
    let relative = k - 1;
    (relative.saturating_sub(8).max(sent.start)..relative).any(|j| w.nonviolent_causes.contains(&ids[j]) && !attacker_named(ids, lex, j..relative))
}

/// A fire that no one set (see [`accidental_fire_at`]) up to six words
/// before the attack verb at `a`, in a sentence that names no attacker,
/// weapon, strike, claim, arson or armed force: "A fire yesterday morning
/// destroyed at least 200 homes", not "Rioters set fire to the church" nor
/// "a fire set by arsonists destroyed the mill".
fn accidental_fire_subject(ids: &[u32], lex: &Lexicon, sent: std::ops::Range<usize>, a: usize) -> bool {
    (a.saturating_sub(6).max(sent.start)..a).any(|k| accidental_fire_at(ids, lex, sent.clone(), k))
        && !accident_ruled_out(ids, lex, sent.clone())
        && !sent.clone().any(|k| lex.w.accidents.armed_force_blockers.contains(&ids[k]))
}

/// The sentence names an attacker, a weapon, a deliberate act
/// ([`attacker_or_deliberate_named`]), a strike, a claim or arson
/// (`accident_blockers`): what it tells is no accident.
fn accident_ruled_out(ids: &[u32], lex: &Lexicon, sent: std::ops::Range<usize>) -> bool {
    attacker_or_deliberate_named(ids, lex, sent.clone()) || sent.into_iter().any(|k| lex.w.accidents.blockers.contains(&ids[k]))
}

/// A fire noun at `k` that tells of a fire that broke out rather than of
/// shooting: followed by a word of spreading ("when fire broke out", "a
/// fire swept through the mill") or after a determiner or a building word
/// ("a fire", "a factory fire"; not "opened fire", "came under fire"), and
/// not the first word of a compound (`fire_compounds`: "a fire
/// extinguisher", "the fire brigade").
fn accidental_fire_at(ids: &[u32], lex: &Lexicon, sent: std::ops::Range<usize>, k: usize) -> bool {
    let g = &lex.w.accidents;
    lex.w.fire_nouns.contains(&ids[k])
        && !(k + 1 < sent.end && g.fire_compounds.contains(&ids[k + 1]))
        && ((k + 1 < sent.end && g.accidental_fire_after.contains(&ids[k + 1])) || (k > sent.start && g.accidental_fire_before.contains(&ids[k - 1])))
}

/// An attacker, weapon or war word (`work_accident_blockers`), or a word
/// that makes a vehicle a weapon or names one (the vehicle file's
/// `deliberate_cues`: "rammed", "deliberately", "suicide", "gun"), among the
/// tokens `range`: what keeps a death at work, or an attack that might be
/// only words, an attack.
pub(super) fn attacker_or_deliberate_named(ids: &[u32], lex: &Lexicon, range: std::ops::Range<usize>) -> bool {
    range.into_iter().any(|k| lex.w.work_accident_blockers.contains(&ids[k]) || lex.w.deliberate_vehicle_cues.contains(&ids[k]))
}

/// Sentence `si` names a place or a date of its own, so what it tells need
/// not be the event told before it.
pub(super) fn own_place_or_date(doc: &Doc<'_>, si: usize) -> bool {
    let sent = &doc.seg.sentences[si];
    let inside = |start: usize, end: usize| start >= sent.start && end <= sent.end;
    doc.facts.places.iter().any(|p| inside(p.evidence.start, p.evidence.end))
        || doc.facts.times.iter().any(|t| inside(t.evidence.start, t.evidence.end) && t.time_type == TimeType::Date)
}

/// The casualty word ending at `b` is followed, past at most one adverb, by
/// "while" and a verb of work (`work_activities`: "killed while working",
/// "fatally injured while repairing a lift"), and the sentence names no
/// attacker, weapon or war (`work_accident_blockers`, the vehicle file's
/// `deliberate_cues`) and no agent with "by" after the casualty word.
fn death_at_work(doc: &Doc<'_>, ids: &[u32], lex: &Lexicon, sent: std::ops::Range<usize>, b: usize) -> bool {
    let w = &lex.w;
    let toks = &doc.seg.tokens;
    let mut k = b;
    if k < sent.end && is_adverb(toks[k].text(doc.text)) {
        k += 1;
    }
    if !(k + 1 < sent.end && ids[k] == w.while_ && w.work_activities.contains(&ids[k + 1])) {
        return false;
    }
    let by_agent = (b..sent.end).any(|j| ids[j] == w.by);
    !attacker_or_deliberate_named(ids, lex, sent) && !by_agent
}

/// The casualty word ending at `b` in the sentence `sent` has an accident as
/// its cause (`events_accidents.tsv`): a collapse beside a structure ("a
/// roof collapse", "when a crane collapsed"), a fall ("in a fall from
/// scaffolding"), a blast beside an industrial word ("an explosion at the
/// chemical plant"), an accident by its name ("electrocuted"), a machine or
/// a falling thing after "by" ("killed by machinery"), a fire that broke
/// out ("when fire broke out"), or a fire after a determiner or a building
/// word ("a fire", "a factory fire"; not "opened fire"); and the sentence
/// names no attacker, weapon, strike, claim or arson
/// ([`attacker_or_deliberate_named`], `accident_blockers`), nor, but for a
/// fire, armed forces (`armed_force_blockers`): "killed when a bomb
/// exploded", "an explosion claimed by IS", "killed in a fire set by
/// arsonists", "a soldier was killed in an explosion at the ammunition
/// factory" stay attacks; "two soldiers died in a fire at their barracks"
/// is none.
fn accident_death(ids: &[u32], lex: &Lexicon, sent: std::ops::Range<usize>, b: usize) -> bool {
    let g = &lex.w.accidents;
    if accident_ruled_out(ids, lex, sent.clone()) {
        return false;
    }
    let armed_forces = sent.clone().any(|k| g.armed_force_blockers.contains(&ids[k]));
    let near = |k: usize, span: usize, list: &[u32]| (k.saturating_sub(span).max(sent.start)..(k + span + 1).min(sent.end)).any(|j| j != k && list.contains(&ids[j]));
    // "a gas explosion", "the boiler exploded"; "an explosion at the chemical plant".
    let industrial_blast = |k: usize| {
        (k.saturating_sub(3).max(sent.start)..k).any(|j| g.industrial_words.contains(&ids[j]))
            || (k + 1 < sent.end && g.blast_site_preps.contains(&ids[k + 1]) && (k + 2..(k + 6).min(sent.end)).any(|j| g.industrial_words.contains(&ids[j])))
    };
    let cause = |k: usize| {
        let id = ids[k];
        (g.collapse_words.contains(&id) && near(k, 3, &g.structures))
            || (g.fall_nouns.contains(&id) && k > sent.start && g.fall_dets.contains(&ids[k - 1]) && !(k + 1 < sent.end && ids[k + 1] == lex.w.of))
            || (g.blast_words.contains(&id) && industrial_blast(k))
            || g.accident_words.contains(&id)
    };
    // "when fire broke out", "a fire", "a factory fire" (not "opened fire").
    let fire = |k: usize| accidental_fire_at(ids, lex, sent.clone(), k);
    // "killed by machinery", "crushed to death by a falling beam".
    let by_machine = (b..(b + 3).min(sent.end)).find(|&k| ids[k] == lex.w.by).is_some_and(|by| (by + 1..(by + 5).min(sent.end)).any(|k| g.accident_agents.contains(&ids[k])));
    // Armed forces keep a blast or a collapse an attack, not a fire.
    sent.clone().any(fire) || (!armed_forces && (by_machine || sent.clone().any(cause)))
}

/// The participle at `a..b` describes a class of people: "people who had
/// been accused of …", "anyone accused of …" (a passive relative clause, or
/// a reduced one before "of"/"for"/"with"). A determiner, number or "of"
/// before the plural noun makes the people particular ("the 30 people who
/// were arrested", "thousands of people who were detained"). Word groups
/// from `events_function_words.tsv`.
fn describes_generic_people(doc: &Doc<'_>, ids: &[u32], lex: &Lexicon, sent: std::ops::Range<usize>, a: usize, b: usize) -> bool {
    let toks = &doc.seg.tokens;
    let w = &lex.w;
    if b != a + 1 || !is_ed_form(toks[a].text(doc.text)) {
        return false;
    }
    let mut k = a;
    let mut passive = false;
    while k > sent.start && a - k < 3 && (w.perfect_aux.contains(&ids[k - 1]) || w.passive_aux.contains(&ids[k - 1])) {
        passive |= w.passive_aux.contains(&ids[k - 1]);
        k -= 1;
    }
    let relative = k > sent.start && w.relative_pronouns.contains(&ids[k - 1]);
    let reduced = k == a && b < sent.end && w.reduced_relative_preps.contains(&ids[b]);
    if relative && passive {
        k -= 1;
    } else if !reduced {
        // "people had been accused", "people who protested", "people
        // visited his profile": a clause that reports something.
        return false;
    }
    // The noun, not the first word of the sentence (then it is the subject).
    if k < sent.start + 2 {
        return false;
    }
    let noun = ids[k - 1];
    if !w.generic_people.contains(&noun) {
        return false;
    }
    let before = k - 2;
    let particular = toks[before].kind == TokenKind::Number || w.particular_dets.contains(&ids[before]);
    w.generic_pronouns.contains(&noun) || !particular
}

/// Whether the agreement trigger at `a..b` is a noun opened by an
/// indefinite or free-choice determiner ("a", "any"), up to three modifiers
/// before it ("a \"skinny\" trade deal"), with no word of making or holding
/// the agreement just before the determiner or just after the noun.
fn open_agreement(doc: &Doc<'_>, ids: &[u32], lex: &Lexicon, sent: std::ops::Range<usize>, a: usize, b: usize) -> bool {
    let toks = &doc.seg.tokens;
    let w = &lex.w;
    let mut det = None;
    let mut k = a;
    let mut modifiers = 0;
    while k > sent.start && modifiers <= 3 {
        k -= 1;
        if w.open_agreement_dets.contains(&ids[k]) {
            det = Some(k);
            break;
        }
        if matches!(toks[k].kind, TokenKind::OpenQuote | TokenKind::CloseQuote) {
            continue;
        }
        if w.np_stop.contains(&ids[k]) || w.determiners.contains(&ids[k]) || !toks[k].text(doc.text).starts_with(|ch: char| ch.is_alphanumeric()) {
            return false;
        }
        modifiers += 1;
    }
    let Some(det) = det else { return false };
    // A verb form trigger ("a signed …") is not the noun this is about.
    if toks[a].text(doc.text).ends_with("ed") {
        return false;
    }
    let made_before = (det.saturating_sub(3).max(sent.start)..det).any(|k| w.agreement_made_before.contains(&ids[k]));
    let made_after = (b..(b + 4).min(sent.end)).any(|k| w.agreement_made_after.contains(&ids[k]));
    !made_before && !made_after
}

/// A statement or meeting word used as an adjective: "the most frequently
/// discussed subject", "a much debated deal" — a participle between a
/// determiner (with degree words) and a noun reports no event; nor one
/// between a preposition (`attributive_preps`, with or without degree
/// words) and a noun: "on mutually agreed platforms", "on agreed dates".
/// ("the agreed ceasefire" still tells its agreement: the noun is a
/// trigger of its own.)
fn attributive_participle(doc: &Doc<'_>, ids: &[u32], lex: &Lexicon, sent: std::ops::Range<usize>, a: usize, b: usize) -> bool {
    let w = &lex.w;
    let toks = &doc.seg.tokens;
    if b != a + 1 || b >= sent.end || !toks[a].text(doc.text).ends_with("ed") || toks[b].kind != TokenKind::Word || w.np_stop.contains(&ids[b]) || w.determiners.contains(&ids[b]) {
        return false;
    }
    let mut k = a;
    while k > sent.start && (w.degree_words.contains(&ids[k - 1]) || is_adverb(toks[k - 1].text(doc.text))) {
        k -= 1;
    }
    k > sent.start && ((k < a && w.determiners.contains(&ids[k - 1])) || w.attributive_preps.contains(&ids[k - 1]))
}

/// Links the claim extractor's claims to events, and adds a claim for each
/// attributed or denied event that has none.
fn link_claims(doc: &mut Doc<'_>, ids: &[u32], found: &Found) {
    let toks = &doc.seg.tokens;
    let base = doc.facts.events.len();
    let mut claimed = vec![false; found.events.len()];
    for claim in doc.facts.claims.iter_mut().filter(|c| c.event.is_none()) {
        let anchor = claim.quantities.first().map(|q| q.evidence.start).unwrap_or(claim.evidence.start);
        // A summary ("the attacks killed 30 in all") includes the earlier
        // event but is not it: a figure told of it is no figure of that
        // event, so only a claim without figures ("has not confirmed the
        // attacks") reaches the event it includes.
        let included = found.references.iter().filter(|_| claim.quantities.is_empty()).filter_map(|m| m.includes.map(|e| (m.a, m.b, e)));
        let best = found
            .links
            .iter()
            .copied()
            .chain(included)
            .filter(|(a, b, _)| (toks[*a].start as usize) >= claim.evidence.start && (toks[*b - 1].end as usize) <= claim.evidence.end)
            .min_by_key(|(a, _, _)| (toks[*a].start as usize).abs_diff(anchor));
        if let Some((a, b, e)) = best {
            claim.event = Some(format!("v{}", base + e + 1));
            // Deaths carried over from the next sentence ("The 176 people on
            // board were all killed") leave the attack's own attribution
            // ("Iran acknowledged … shot down") to be claimed too.
            if !found.carried.iter().any(|&(ca, cb, _, _)| (ca, cb) == (a, b)) {
                claimed[e] = true;
            }
        }
    }
    // Different figures from different sources for the same kind of event dispute each other.
    // (With the date of the incident each counts: its sentence's, else its
    // event's; see `claims::incident_date`.)
    let kinds: Vec<(usize, Option<EventType>, Option<String>)> = doc
        .facts
        .claims
        .iter()
        .map(|c| {
            let si = doc.seg.sentence_at(c.evidence.start).unwrap_or(0);
            let event = c.event.as_ref().and_then(|id| {
                let e: usize = id.trim_start_matches('v').parse().ok()?;
                found.events.get(e.checked_sub(base + 1)?)
            });
            let event_date = event.and_then(|ev| ev.date.as_ref()).and_then(|d| d.value.clone()).filter(|v| crate::claims::is_calendar_value(v));
            (si, event.map(|ev| ev.event_type), crate::claims::incident_date(doc, c, si).or(event_date))
        })
        .collect();
    crate::claims::mark_conflicting_figures(&mut doc.facts.claims, &kinds);
    let mut next_claim = doc.facts.claims.len();
    for (e, ev) in found.events.iter().enumerate() {
        if claimed[e] {
            continue;
        }
        let Some(&(a, b, _)) = found.links.iter().find(|l| l.2 == e) else { continue };
        let si = found.meta[e].sentence;
        let span = Span::new(toks[a].start as usize, toks[b - 1].end as usize);
        let evidence = crate::claims::clause_span(doc, ids, si, a, b);
        if doc.facts.claims.iter().any(|c| c.evidence == evidence) {
            continue; // one claim per statement: the first event of the clause has it
        }
        let (source, mut status) = crate::claims::assess(doc, ids, span, si);
        // An event the outlet tells in its own voice is no claim, unless the
        // text itself rates its evidence ("unconfirmed reports that soldiers
        // had shelled the village"): then the reader needs that status, and
        // the claimant stays null because no one is named for it.
        let rated = matches!(status, ClaimStatus::Unverified | ClaimStatus::Disputed | ClaimStatus::Confirmed);
        if ev.source.is_none() && ev.modality != Modality::Denied && !rated {
            continue;
        }
        if ev.modality == Modality::Denied {
            status = ClaimStatus::Denied;
        }
        next_claim += 1;
        doc.facts.claims.push(Claim {
            id: format!("c{next_claim}"),
            text: doc.slice(evidence).to_string(),
            quantities: Vec::new(),
            source: source.or_else(|| ev.source.clone()),
            status,
            evidence,
            event: Some(ev.id.clone()),
        });
    }
    // "All on board were killed," the spokesman said: deaths carried over to
    // the attack just told are still a claim by whoever tells them.
    for &(a, b, e, si) in &found.carried {
        let span = Span::new(toks[a].start as usize, toks[b - 1].end as usize);
        let evidence = crate::claims::clause_span(doc, ids, si, a, b);
        if doc.facts.claims.iter().any(|c| c.evidence == evidence || (c.evidence.start <= span.start && span.end <= c.evidence.end)) {
            continue;
        }
        let (source, status) = crate::claims::assess(doc, ids, span, si);
        let rated = matches!(status, ClaimStatus::Unverified | ClaimStatus::Disputed | ClaimStatus::Confirmed);
        if source.is_none() && !rated {
            continue;
        }
        let text = doc.slice(evidence).to_string();
        push_event_claim(&mut doc.facts.claims, &mut next_claim, text, evidence, source, status, &found.events[e].id);
    }
    // "The ministry has not confirmed the attack": a later mention that rates
    // the evidence of an event told before is a claim about that event, so
    // its status reaches the event even when the first mention has a claim.
    for &(a, b, e, si) in &found.later_mentions {
        let span = Span::new(toks[a].start as usize, toks[b - 1].end as usize);
        let evidence = crate::claims::clause_span(doc, ids, si, a, b);
        if doc.facts.claims.iter().any(|c| c.evidence == evidence || (c.evidence.start <= span.start && span.end <= c.evidence.end)) {
            continue;
        }
        let (source, status) = crate::claims::assess(doc, ids, span, si);
        // (Not a denial: a source who denies the event makes its mention
        // `denied`, which is never merged; a denial cue here is about
        // something else in the sentence.)
        if !found.events[e].modality.happened() || !matches!(status, ClaimStatus::Unverified | ClaimStatus::Disputed | ClaimStatus::Confirmed) {
            continue;
        }
        let text = doc.slice(evidence).to_string();
        push_event_claim(&mut doc.facts.claims, &mut next_claim, text, evidence, source, status, &found.events[e].id);
    }
}

/// Adds a claim without figures about event `event_id`, told by `text` at
/// `evidence`.
fn push_event_claim(claims: &mut Vec<Claim>, next_claim: &mut usize, text: String, evidence: Span, source: Option<String>, status: ClaimStatus, event_id: &str) {
    *next_claim += 1;
    claims.push(Claim {
        id: format!("c{next_claim}"),
        text,
        quantities: Vec::new(),
        source,
        status,
        evidence,
        event: Some(event_id.to_string()),
    });
}

#[cfg(test)]
mod timing {
    use crate::{Doc, Extractor};

    fn best(mut f: impl FnMut()) -> f64 {
        let mut best = f64::MAX;
        for _ in 0..200 {
            let t0 = std::time::Instant::now();
            f();
            best = best.min(t0.elapsed().as_secs_f64() * 1e6);
        }
        best
    }

    #[test]
    #[ignore]
    fn stage_speed() {
        // Run with: cargo test --release -p newsledger-extract --lib stage_speed -- --ignored --nocapture
        let Ok(text) = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/seed/covert-operations-mexico.txt")) else {
            eprintln!("note: seed article not found; nothing timed");
            return;
        };
        let art = newsledger_model::Article { text, ..Default::default() };
        let mut doc = Doc::new(&art, None);
        let lex = super::Lexicon::english();
        let ids = lex.vocab.token_ids(doc.text, &doc.seg.tokens);
        println!("ids {:.1}", best(|| drop(std::hint::black_box(lex.vocab.token_ids(doc.text, &doc.seg.tokens)))));
        println!("quantities {:.1}", best(|| drop(std::hint::black_box(crate::claims::quantities::find_quantities(doc.text, &doc.seg, &ids)))));
        println!("find_events {:.1}", best(|| { std::hint::black_box(super::find_events(&doc, &ids, lex).events.len()); }));
        println!("claims {:.1}", best(|| {
            doc.facts.claims.clear();
            crate::claims::ClaimExtractor.run(&mut doc)
        }));
        println!("events {:.1}", best(|| {
            doc.facts.events.clear();
            super::EventExtractor.run(&mut doc)
        }));
    }
}

/// More of the sentence's letters are outside the Latin script than in it
/// (Devanagari, Arabic, Cyrillic, CJK…). Counted only for sentences that
/// hold a trigger, so the scan costs nothing elsewhere.
fn mostly_other_script(sentence: &str) -> bool {
    if sentence.is_ascii() {
        return false;
    }
    let (mut latin, mut other) = (0usize, 0usize);
    for c in sentence.chars().filter(|c| c.is_alphabetic()) {
        // Latin letters, with the accented ones of Latin-1 and Latin Extended.
        if c.is_ascii() || ('\u{00C0}'..='\u{024F}').contains(&c) || ('\u{1E00}'..='\u{1EFF}').contains(&c) {
            latin += 1;
        } else {
            other += 1;
        }
    }
    other > latin
}

/// The trigger ending at token `b` is the subject (an auxiliary follows it)
/// of a verb of ending
/// (`ending_verbs`: "end", "expire", "be lifted", "be extended") past
/// auxiliaries, adverbs and the words of a schedule (`ending_lead`: "is
/// expected to", "was due to", "will be"): the state it names exists, and
/// only its end lies ahead.
fn ending_ahead(doc: &Doc<'_>, ids: &[u32], lex: &Lexicon, end: usize, b: usize) -> bool {
    let w = &lex.w;
    // An auxiliary right after the trigger makes it the subject: "agree to
    // end the war" is a verb with its object.
    if !(b < end && w.aux.contains(&ids[b])) {
        return false;
    }
    let mut k = b;
    while k < end && k < b + 6 {
        if w.ending_verbs.contains(&ids[k]) {
            return k > b;
        }
        let word = doc.seg.tokens[k].text(doc.text);
        if !(w.aux.contains(&ids[k]) || w.ending_lead.contains(&ids[k]) || is_adverb(word)) {
            return false;
        }
        k += 1;
    }
    false
}
