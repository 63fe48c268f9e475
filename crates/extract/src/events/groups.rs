//! Unnamed groups as actors and targets: "police fired tear gas at
//! protesters", "gunmen abducted 20 villagers", "Israeli troops shelled the
//! town".
//!
//! The role rules of [`super::roles`] read entity mentions. For an event
//! whose actor or target stays empty, [`fill`] finds the group phrases of
//! its sentence ([`find_in`]: a head of `events_group_actors.tsv`, with the
//! numbers, demonyms and modifiers right before it), runs the same rules
//! again with those phrases as extra participants, and keeps a group the
//! rules put in an empty slot. A slot an entity fills is never changed.

use newsledger_model::{Event, EventType, GroupCategory, GroupRole, Span};
use newsledger_text::TokenKind;

use super::lexicon::{CueClass, Lexicon, PhraseTable, Vocab};
use super::modality::ModalityClassifier;
use super::roles::{actor_and_target, Mention, Participants};
use crate::entities::country_context::CountryContext;
use crate::entities::lexicon::{Lexicon as EntityLexicon, PlaceKind};
use crate::Doc;

/// A group head of `events_group_actors.tsv` and its flags.
#[derive(Clone, Copy)]
pub(super) struct Head {
    pub category: GroupCategory,
    /// It names one person ("gunman"): a group only after a determiner.
    pub singular: bool,
    /// A group only right after a nationality word ("Chinese citizens").
    pub demonym: bool,
    /// The phrase names the state itself ("the Afghan government").
    pub state: bool,
    /// A state body whose country, when the phrase names none, the article
    /// settles ("the government", "police": see `CountryContext`).
    pub context: bool,
}

/// The lists of `events_group_actors.tsv`.
#[derive(Default)]
pub(crate) struct GroupLexicon {
    /// Head → kind and flags.
    heads: PhraseTable<Head>,
    /// Words that open a group phrase ("unknown", "armed").
    modifiers: Vec<u32>,
    /// Nouns after a head that make it a modifier ("police station").
    compounds: Vec<u32>,
    /// "joined forces": no group.
    join: Vec<u32>,
    /// "told police": the one told is no actor.
    addressee_verbs: Vec<u32>,
    /// "died during protests": the subject did something else meanwhile.
    event_prepositions: Vec<u32>,
    /// "they": a subject pronoun for a group or an organisation.
    pub(super) plural_pronouns: Vec<u32>,
    /// "he", "she": a subject pronoun for a person.
    pub(super) person_pronouns: Vec<u32>,
    /// "a Russian missile", "the Turkish statement": a nationality word
    /// before them names the state acting (see `demonyms`).
    pub(super) state_means: Vec<u32>,
    /// Words that end a reduced relative's search for its "was"/"were".
    relative_stops: Vec<u32>,
    /// Before the trigger, a group after one of these is in another phrase.
    pub(super) subject_prepositions: Vec<u32>,
    /// "ascribed to", "carried out by": the agent's preposition.
    pub(super) ascribing_prepositions: Vec<u32>,
    /// "against protesters who were arrested": the relative's antecedent is its subject.
    pub(super) subject_relatives: Vec<u32>,
    /// After the trigger, a group after one of these is whom it is for,
    /// only right after the trigger ("support for farmers").
    pub(super) beneficiary_prepositions: Vec<u32>,
    /// "fired at protesters": whom the act was aimed at.
    pub(super) aim_prepositions: Vec<u32>,
    /// "if", "as long as": opens a clause that a comma closes; a group in it
    /// plays no part in an event after the comma.
    subordinators: Vec<Vec<u32>>,
}

impl GroupLexicon {
    pub(super) fn build(vocab: &mut Vocab, data: &'static str) -> GroupLexicon {
        let mut g = GroupLexicon::default();
        for cols in super::lexicon::rows(data) {
            let [phrase, kind, ..] = cols[..] else { continue };
            let flags = cols.get(2).copied().unwrap_or("");
            let flag = |f: &str| flags.split(',').any(|x| x.trim() == f);
            match kind {
                "modifier" => g.modifiers.push(vocab.intern(phrase)),
                "compound" => g.compounds.push(vocab.intern(phrase)),
                "join" => g.join.push(vocab.intern(phrase)),
                "addressee_verb" => g.addressee_verbs.push(vocab.intern(phrase)),
                "event_preposition" => g.event_prepositions.push(vocab.intern(phrase)),
                "plural_pronoun" => g.plural_pronouns.push(vocab.intern(phrase)),
                "person_pronoun" => g.person_pronouns.push(vocab.intern(phrase)),
                "state_means" => g.state_means.push(vocab.intern(phrase)),
                "relative_stop" => g.relative_stops.push(vocab.intern(phrase)),
                "subject_preposition" => g.subject_prepositions.push(vocab.intern(phrase)),
                "ascribing_preposition" => g.ascribing_prepositions.push(vocab.intern(phrase)),
                "subject_relative" => g.subject_relatives.push(vocab.intern(phrase)),
                "beneficiary_preposition" => g.beneficiary_prepositions.push(vocab.intern(phrase)),
                "aim_preposition" => g.aim_prepositions.push(vocab.intern(phrase)),
                "subordinator" => g.subordinators.push(phrase.split(' ').filter(|w| !w.is_empty()).map(|w| vocab.intern(w)).collect()),
                _ => {
                    if let Some(category) = GroupCategory::parse(kind) {
                        let head = Head { category, singular: flag("singular"), demonym: flag("demonym"), state: flag("state"), context: flag("context") };
                        g.heads.insert(vocab.phrase(phrase), head);
                    }
                }
            }
        }
        g
    }

    /// "If the army attacks, there will be riots", "For as long as the
    /// government does not respond, there will be more protests": the group
    /// at token `g` sits in a subordinate clause that a comma before the
    /// trigger at `a` closes, so the trigger's event is not the group's.
    fn in_closed_subordinate(&self, doc: &Doc<'_>, ids: &[u32], sent_start: usize, g: usize, a: usize) -> bool {
        if g >= a {
            return false;
        }
        let is_comma = |k: usize| doc.seg.tokens[k].text(doc.text) == ",";
        // A comma between the group and the trigger closes the group's clause.
        if !(g + 1..a).any(is_comma) {
            return false;
        }
        let clause_start = (sent_start..g).rev().find(|&k| is_comma(k)).map_or(sent_start, |k| k + 1);
        (clause_start..g).any(|k| self.subordinators.iter().any(|p| !p.is_empty() && k + p.len() <= g && ids[k..k + p.len()] == p[..]))
    }

    /// Whether the group phrase over tokens `from..to` ends in a head that
    /// names one person ("a gunman", "the suicide bomber").
    pub(super) fn singular_phrase(&self, ids: &[u32], from: usize, to: usize) -> bool {
        (from..to).any(|i| self.heads.longest_at(ids, i, to).is_some_and(|(len, h)| h.singular && i + len == to))
    }

    /// A group head at token `i` that names a group with or without a
    /// nationality word before it ("Russian forces", not "Chinese
    /// citizens": those heads are read by `demonyms::resolve`, after the
    /// role rules, so that the nationality word keeps its place among the
    /// participants).
    fn head_after_demonym(&self, ids: &[u32], i: usize, end: usize) -> bool {
        self.heads.longest_at(ids, i, end).is_some_and(|(len, h)| !h.demonym && !self.modifies_next(ids, i + len, end))
    }

    /// A head of state forces at token `k` that is no modifier of the
    /// next noun ("police", "troops"; not "police station"): a place name
    /// right before it ("Kabul police", "Texas troopers") says whose
    /// force it is, and the force, not the place, acts.
    fn force_head_at(&self, ids: &[u32], k: usize, end: usize) -> Option<usize> {
        let (len, h) = self.heads.longest_at(ids, k, end)?;
        (h.category == GroupCategory::StateForces && !h.singular && !self.modifies_next(ids, k + len, end)).then_some(k + len)
    }

    /// The head ending before token `he` modifies the noun after it:
    /// "police station", "rebel fighters".
    fn modifies_next(&self, ids: &[u32], he: usize, end: usize) -> bool {
        he < end && (self.compounds.contains(&ids[he]) || self.heads.longest_at(ids, he, end).is_some())
    }
}

/// A group phrase: bytes, head tokens, kind and country.
#[derive(Debug, Clone)]
pub(super) struct GroupMention {
    pub start: usize,
    pub end: usize,
    /// The head's tokens.
    pub head: (usize, usize),
    pub category: GroupCategory,
    /// ISO code of the demonym or country in the phrase.
    pub country: Option<String>,
    /// The phrase names the state ("the Afghan government").
    pub state: bool,
    /// Its country may come from the article (`Head::context`).
    pub context: bool,
}

/// The group phrases of the tokens `sent`, outside the entity mentions
/// `entity_spans` (sorted).
pub(super) fn find_in(doc: &Doc<'_>, ids: &[u32], lex: &Lexicon, sent: std::ops::Range<usize>, entity_spans: &[Mention]) -> Vec<GroupMention> {
    let g = &lex.groups;
    let toks = &doc.seg.tokens;
    let mut out = Vec::new();
    let mut i = sent.start;
    while i < sent.end {
        let Some((len, &head)) = g.heads.longest_at(ids, i, sent.end) else {
            i += 1;
            continue;
        };
        let (hs, he) = (i, i + len);
        i = he;
        let (start, end) = (toks[hs].start as usize, toks[he - 1].end as usize);
        if toks[hs].kind != TokenKind::Word || overlaps_entity(entity_spans, start, end) {
            continue;
        }
        // "police station", "rebel fighters": the head modifies the next noun.
        if g.modifies_next(ids, he, sent.end) {
            continue;
        }
        if hs > sent.start && g.join.contains(&ids[hs - 1]) {
            continue;
        }
        // "the Turkish military operation": the head opens the trigger.
        if head.demonym && opens_longer_trigger(ids, lex, hs, len, sent.end) {
            continue;
        }
        // Back over numbers, demonyms and listed modifiers ("20 villagers",
        // "unknown gunmen", "Nigerian soldiers"), at most three words.
        let mut k = hs;
        let mut country = None;
        let mut demonym = false;
        while k > sent.start && hs - k < 3 {
            // A demonym may be an entity of its own ("Iranian", "Saudi
            // Arabian", "Kurdish"): the phrase takes it in, and its country.
            if let Some((from, code)) = demonym_ending_at(doc, entity_spans, sent.start, k) {
                if let Some(code) = code {
                    country.get_or_insert(code);
                }
                demonym = true;
                k = from;
                continue;
            }
            let t = &toks[k - 1];
            if overlaps_entity(entity_spans, t.start as usize, t.end as usize) {
                // "Kabul police": a town's name right before a force head
                // opens the phrase (the roles leave the place out: see
                // `Participants::of`). It names no country: that rule
                // leaves countries' names to act themselves.
                if k == hs {
                    if let Some(m) = place_ending_at(doc, entity_spans, t.end as usize).filter(|m| doc.seg.token_at(m.0) >= sent.start && force_subject_after_place(doc, ids, lex, doc.seg.token_at(m.0), hs, sent.end)) {
                        k = doc.seg.token_at(m.0);
                    }
                }
                break;
            }
            if t.kind == TokenKind::Number || g.modifiers.contains(&ids[k - 1]) || lex.numbers.longest_at(ids, k - 1, k).is_some() {
                k -= 1;
            } else {
                break;
            }
        }
        // "Mexican immigration authorities": one noun between the
        // nationality word and the head.
        if !demonym && k == hs && k > sent.start + 1 && plain_noun(doc, ids, lex, k - 1) {
            if let Some((from, code)) = demonym_ending_at(doc, entity_spans, sent.start, k - 1) {
                country = code;
                demonym = true;
                k = from;
            }
        }
        // "Kurdish and Sunni lawmakers": two nationality words joined.
        if demonym && k > sent.start + 1 && (ids[k - 1] == lex.w.and || ids[k - 1] == lex.w.or) {
            if let Some((from, code)) = demonym_ending_at(doc, entity_spans, sent.start, k - 1) {
                country = country.or(code);
                k = from;
            }
        }
        // "the government", "the ministry": a state body named with "the"
        // alone is the state of the country the article settles (`fill`).
        let bare_state = head.state && head.context && k == hs && k > sent.start && ids[k - 1] == lex.w.the;
        if head.demonym && !demonym && !bare_state {
            continue;
        }
        // "a gunman", "the attacker", "one protester": a singular head
        // names a person only after a determiner or a number.
        if head.singular && k == hs && !(k > sent.start && (lex.w.determiners.contains(&ids[k - 1]) || matches!(toks[k - 1].text(doc.text), "'s" | "’s"))) {
            continue;
        }
        out.push(GroupMention { start: toks[k].start as usize, end, head: (hs, he), category: head.category, country, state: head.state, context: head.context });
    }
    out
}

/// A head of state forces at token `k`, right after the name of a town or
/// a province, is the subject of the verb after it ("Kabul police
/// arrested", "Texas troopers have detained"): the force acts, not the
/// place. Only as a subject: "targeting Kabul police" keeps the place as
/// it was read. A country's name keeps the role ("U.S. forces struck",
/// events23): the state acts through its forces, and its entity is what a
/// reader links.
pub(super) fn force_subject_after_place(doc: &Doc<'_>, ids: &[u32], lex: &Lexicon, place: usize, k: usize, end: usize) -> bool {
    let w = &lex.w;
    // Not after a preposition ("a cemetery of U.S. soldiers killed in …":
    // the participle is a reduced passive, the soldiers no subject).
    if place > 0 && doc.seg.tokens[place - 1].kind == TokenKind::Word && (ids[place - 1] == w.of || w.locative.contains(&ids[place - 1]) || w.np_stop.contains(&ids[place - 1])) {
        return false;
    }
    let Some(next) = lex.groups.force_head_at(ids, k, end) else { return false };
    if next >= end || doc.seg.tokens[next].kind != TokenKind::Word {
        return false;
    }
    let word = doc.seg.tokens[next].text(doc.text);
    if !(w.aux.contains(&ids[next]) || w.irregular_past.contains(&ids[next]) || super::is_ed_form(word) || super::is_adverb(word) || w.passive_adverbs.contains(&ids[next])) {
        return false;
    }
    let at = doc.seg.tokens[place].start as usize;
    let resolved_country = doc.facts.places.iter().any(|p| p.evidence.start == at && p.place.precision == newsledger_model::PlacePrecision::Country);
    let named_country = || doc.facts.entities.iter().flat_map(|e| &e.mentions).find(|m| m.start == at).is_some_and(|m| matches!(EntityLexicon::english().place_kind(&doc.text[m.start..m.end]), Some(PlaceKind::Country(_))));
    !resolved_country && !named_country()
}

/// A place name (GPE or LOC) whose mention ends at byte `end`.
pub(super) fn place_ending_at(doc: &Doc<'_>, entity_spans: &[Mention], end: usize) -> Option<Mention> {
    let i = entity_spans.partition_point(|m| m.1 < end);
    entity_spans.get(i).filter(|m| m.1 == end && doc.facts.entities.get(m.2).is_some_and(|e| matches!(e.entity_type, newsledger_model::EntityType::Gpe | newsledger_model::EntityType::Loc))).copied()
}

/// A lower-case noun-like word at token `k`: no function word, no verb
/// form ("immigration", "central"; not "killed", "the").
fn plain_noun(doc: &Doc<'_>, ids: &[u32], lex: &Lexicon, k: usize) -> bool {
    let t = &doc.seg.tokens[k];
    let w = t.text(doc.text);
    t.kind == TokenKind::Word && w.starts_with(|c: char| c.is_ascii_lowercase()) && !lex.w.np_stop.contains(&ids[k]) && !lex.w.determiners.contains(&ids[k]) && !super::is_ed_form(w) && !w.ends_with("ing") && !w.ends_with("ly")
}

/// A trigger starts at the head's first token `i` and runs past its `len`
/// tokens ("military" of "military operation").
fn opens_longer_trigger(ids: &[u32], lex: &Lexicon, i: usize, len: usize, end: usize) -> bool {
    lex.triggers.longest_at(ids, i, end).is_some_and(|(tl, _)| tl > len)
}

/// A nationality word ending right before token `k`: a capitalised
/// demonym or country name ("Nigerian"), or a NORP entity mention
/// ("Saudi Arabian", "Kurdish", "Sunni"). Its first token and the
/// country's ISO code, if it names one.
fn demonym_ending_at(doc: &Doc<'_>, entity_spans: &[Mention], floor: usize, k: usize) -> Option<(usize, Option<String>)> {
    if k <= floor {
        return None;
    }
    let t = &doc.seg.tokens[k - 1];
    if let Some(code) = country_code(t.text(doc.text)) {
        return Some((k - 1, Some(code)));
    }
    let (s, e) = (t.start as usize, t.end as usize);
    let i = entity_spans.partition_point(|m| m.1 <= s);
    let m = entity_spans.get(i).filter(|m| m.0 < e && m.1 == e && super::demonyms::is_nationality(doc, m.2, &doc.text[m.0..m.1]))?;
    let from = doc.seg.token_at(m.0);
    if from < floor {
        return None;
    }
    Some((from, country_code(doc.seg.tokens[from].text(doc.text))))
}

/// A nationality word (or NORP name) ends before token `k`, and a group
/// head follows it, right after or past one noun ("Russian forces",
/// "Mexican immigration authorities"): the group phrase, not the
/// nationality word, takes the role.
pub(super) fn head_follows_demonym(doc: &Doc<'_>, ids: &[u32], lex: &Lexicon, k: usize, end: usize) -> bool {
    let g = &lex.groups;
    let toks = &doc.seg.tokens;
    let follows = |k: usize| k < end && toks[k].kind == TokenKind::Word && (g.head_after_demonym(ids, k, end) || (k + 1 < end && plain_noun(doc, ids, lex, k) && g.head_after_demonym(ids, k + 1, end)));
    // "Kurdish and Sunni lawmakers": the first of two joined nationality words.
    let joined = || {
        k + 2 < end && (ids[k] == lex.w.and || ids[k] == lex.w.or) && toks[k + 1].text(doc.text).starts_with(char::is_uppercase) && {
            // Past the second word (one or two tokens: "Saudi Arabian").
            (k + 2..(k + 4).min(end)).find(|&j| !toks[j].text(doc.text).starts_with(char::is_uppercase)).is_some_and(follows)
        }
    };
    follows(k) || joined()
}

/// The ISO code of a capitalised demonym or country name ("Israeli", "Mexican").
pub(super) fn country_code(word: &str) -> Option<String> {
    if !word.starts_with(|c: char| c.is_uppercase()) {
        return None;
    }
    let lex = EntityLexicon::english();
    match lex.place_kind(word)? {
        PlaceKind::Demonym(i) | PlaceKind::Country(i) => Some(lex.country(i).code.clone()),
        _ => None,
    }
}

/// The -ed trigger at `a..b` is a participle whose clause goes on to a
/// finite "was"/"were" within eight tokens, with no object right after it
/// and no comma, clause cue, coordinator or relative word between ("kidnapped
/// last month were released"; not "kidnapped the passengers", "attacked the
/// village and were arrested", "kidnapped men who were travelling").
fn reduced_relative(doc: &Doc<'_>, ids: &[u32], lex: &Lexicon, sent: std::ops::Range<usize>, a: usize, b: usize) -> bool {
    let toks = &doc.seg.tokens;
    let w = &lex.w;
    if b != a + 1 || b >= sent.end || !super::is_ed_form(toks[a].text(doc.text)) {
        return false;
    }
    if w.determiners.contains(&ids[b]) || toks[b].kind != TokenKind::Word {
        return false;
    }
    for k in b..(b + 8).min(sent.end) {
        let word = toks[k].text(doc.text);
        if toks[k].kind != TokenKind::Word && toks[k].kind != TokenKind::Number || ids[k] == w.and || w.relative_pronouns.contains(&ids[k]) || w.clause_openers.contains(&ids[k]) || lex.groups.relative_stops.contains(&ids[k]) {
            return false;
        }
        if k > b && (word.eq_ignore_ascii_case("were") || word.eq_ignore_ascii_case("was")) {
            return true;
        }
    }
    false
}

/// Tokens between a trigger and the farthest group that can be its target.
pub(super) const MAX_TARGET_GAP: usize = 8;

/// A noun trigger after "during", "amid", "after" …: the clause's
/// subject did something else at the time of the event.
fn after_event_preposition(ids: &[u32], lex: &Lexicon, sent_start: usize, a: usize) -> bool {
    let k = lex.w.back_over_determiner(ids, sent_start, a);
    k > sent_start && lex.groups.event_prepositions.contains(&ids[k - 1])
}

fn overlaps_entity(spans: &[Mention], start: usize, end: usize) -> bool {
    let i = spans.partition_point(|e| e.1 <= start);
    spans.get(i).is_some_and(|e| e.0 < end)
}

/// Fills `actor_group` / `target_group` of the events whose `actor` /
/// `target` stayed empty. `links` are the trigger mentions (tokens, event
/// index); `sentence_of` gives each event's sentence. Only mentions in the
/// event's own sentence are read, first mention first.
#[allow(clippy::too_many_arguments)]
pub(super) fn fill(
    doc: &Doc<'_>,
    ids: &[u32],
    lex: &Lexicon,
    participants: &Participants,
    entity_spans: &[Mention],
    events: &mut [Event],
    sentence_of: &dyn Fn(usize) -> usize,
    links: &[(usize, usize, usize)],
    backgrounds: &[(usize, Vec<(usize, usize)>)],
) {
    let classifier = ModalityClassifier::english();
    // One sentence at a time: its groups, cues and participants are built once.
    let mut cache: Option<(usize, Vec<GroupMention>, Vec<super::modality::Hit>, Participants)> = None;
    let n_entities = doc.facts.entities.len();
    // The countries the article names: the entity extractor's, or (when
    // none ran) read once when a group needs them.
    let mut built: Option<CountryContext> = None;
    for &(a, b, e) in links {
        let ev = &events[e];
        if (ev.actor.is_some() || ev.actor_group.is_some()) && (ev.target.is_some() || ev.target_group.is_some()) {
            continue;
        }
        let si = sentence_of(e);
        let r = doc.seg.sentences[si].tokens.clone();
        if a < r.start || a >= r.end {
            continue;
        }
        if cache.as_ref().is_none_or(|c| c.0 != si) {
            let mut groups = find_in(doc, ids, lex, r.clone(), entity_spans);
            for g in groups.iter_mut().filter(|g| g.context && g.country.is_none()) {
                let cc = match &doc.notes.country_context {
                    Some(cc) => cc,
                    None => built.get_or_insert_with(|| CountryContext::from_doc(doc)),
                };
                g.country = cc.code_at(g.start).map(str::to_string);
            }
            let cues = if groups.is_empty() { Vec::new() } else { classifier.sentence_cues(doc.text, &doc.seg.tokens[r.clone()], &ids[r.clone()]) };
            // "told police he supported Trump": the one told is no actor.
            groups.retain(|g| {
                let k = lex.w.back_over_determiner(ids, r.start + 1, doc.seg.token_at(g.start));
                // (A reporting verb whose object is the one told: "told
                // police", not "said police".)
                !cues.iter().any(|h| h.cue.class == CueClass::Reporting && r.start + h.end == k && lex.groups.addressee_verbs.contains(&ids[r.start + h.start]))
            });
            let toks = &doc.seg.tokens;
            let (from, to) = (toks[r.start].start as usize, toks[r.end - 1].end as usize);
            let extra: Vec<Mention> = groups.iter().enumerate().map(|(gi, g)| (g.start, g.end, n_entities + gi)).collect();
            let p = participants.with_groups(from, to, &extra);
            cache = Some((si, groups, cues, p));
        }
        let Some((_, groups, cues, p)) = cache.as_ref() else { continue };
        if groups.is_empty() {
            continue;
        }
        let role = |gi: usize| {
            let g = &groups[gi];
            GroupRole { text: doc.text[g.start..g.end].to_string(), evidence: Span::new(g.start, g.end), category: g.category, country: g.country.clone() }
        };
        // "protesters marched", "the attackers": a trigger that names the
        // group acts itself.
        let own = groups.iter().position(|g| g.head == (a, b));
        let (actor, target) = match own {
            Some(gi) => (Some(format!("#g{gi}")), None),
            None => actor_and_target(doc, ids, lex, p, si, cues, a, b, ev.event_type),
        };
        let group_index = |id: Option<String>| id.and_then(|s| s.strip_prefix("#g").and_then(|n| n.parse::<usize>().ok())).filter(|&gi| gi < groups.len());
        let (mut actor, mut target) = (group_index(actor), group_index(target));
        // "killings by Iranian security forces": the agent of a noun.
        let by_agent = (b..(b + 2).min(r.end)).find(|&k| ids[k] == lex.w.by).and_then(|k| {
            let mut j = k + 1;
            if j < r.end && lex.w.determiners.contains(&ids[j]) {
                j += 1;
            }
            groups.iter().position(|g| doc.seg.token_at(g.start) == j)
        });
        if own.is_none() {
            if let Some(gi) = by_agent {
                actor = Some(gi);
            } else if after_event_preposition(ids, lex, r.start, a) {
                // "Three people died during protests": who died is not who protested.
                actor = None;
            }
        }
        // "If the army attacks, there will be riots": not the army's riots.
        let closed_off = |gi: &usize| lex.groups.in_closed_subordinate(doc, ids, r.start, doc.seg.token_at(groups[*gi].start), a);
        if own.is_none() {
            actor = actor.filter(|gi| !closed_off(gi));
            target = target.filter(|gi| !closed_off(gi));
        }
        // "Twenty passengers kidnapped last month were released": a
        // participle right after the group, before the clause's own finite
        // "were", tells what befell the group (a reduced relative).
        if let Some(gi) = actor.filter(|&gi| own.is_none() && groups[gi].head.1 == a && reduced_relative(doc, ids, lex, r.clone(), a, b)) {
            actor = None;
            target = target.or(Some(gi));
        }
        // A target far after the trigger belongs to another phrase ("the
        // right to strike back in retaliation to the air strikes and the
        // targeting of our civilians").
        // "attacked a convoy carrying aid workers": the participle's object.
        let participle_between = |gi: usize| {
            (b..doc.seg.token_at(groups[gi].start)).any(|k| {
                let w = doc.seg.tokens[k].text(doc.text);
                w.len() > 4 && w.ends_with("ing") && w.starts_with(|c: char| c.is_ascii_lowercase())
            })
        };
        if target.is_some_and(|gi| groups[gi].head.0 >= b + MAX_TARGET_GAP || (groups[gi].start > doc.seg.tokens[b - 1].end as usize && participle_between(gi))) {
            target = None;
        }
        // "deployed 10,000 troops", "police were deployed": the forces
        // mobilised are the actor's own, no target.
        if ev.event_type == EventType::Mobilize {
            if let Some(gi) = target.filter(|&gi| groups[gi].category != GroupCategory::Civilians) {
                actor = actor.or(Some(gi)).filter(|_| ev.actor.is_none());
                target = None;
            }
        }
        // "allowed Turkish army deployments in Libya", "began sending
        // Russian troops to Belarus": state forces named by their country
        // right before the deployment noun, or as the deployment verb's
        // object, are the deploying state's own, whichever other country
        // the clause names first ("Egypt and Greece allowed …").
        let own_forces = (ev.event_type == EventType::Mobilize)
            .then(|| {
                groups.iter().position(|g| {
                    let first = doc.seg.token_at(g.start);
                    let object = first >= b && first <= b + 2 && (b..first).all(|k| lex.w.determiners.contains(&ids[k]) || doc.seg.tokens[k].kind == TokenKind::Number);
                    g.category == GroupCategory::StateForces && g.country.is_some() && !g.context && (g.head.1 == a || object)
                })
            })
            .flatten();
        let mut drop_entity_actor = false;
        if let Some(gi) = own_forces {
            actor = Some(gi);
            target = target.filter(|&t| t != gi);
            let state = groups[gi].country.as_deref().and_then(|c| super::demonyms::country_entity(doc, c));
            drop_entity_actor = ev.actor.is_some() && ev.actor != state;
        }
        // "Troops shelled the town in response to attacks on soldiers": a
        // background phrase owns its groups as it owns its places; the main
        // event takes none from it, the background event none from outside.
        if let Some((_, phrases)) = backgrounds.iter().find(|(s, _)| *s == si) {
            let at = doc.seg.tokens[a].start as usize;
            let own = |gi: &usize| super::in_own_phrase(phrases, at, Span::new(groups[*gi].start, groups[*gi].end));
            actor = actor.filter(own);
            target = target.filter(own);
        }
        let protest = ev.event_type == EventType::Protest;
        // "the Afghan government freed …": the state itself, as the
        // country's entity when the article names it.
        let state_entity = |gi: usize| groups[gi].state.then(|| groups[gi].country.as_deref().and_then(|c| super::demonyms::country_entity(doc, c))).flatten();
        let (actor_state, target_state) = (actor.and_then(state_entity), target.and_then(state_entity));
        let ev = &mut events[e];
        if drop_entity_actor {
            ev.actor = None;
        }
        if ev.actor.is_none() && ev.actor_group.is_none() && actor_state.is_some() && actor_state != ev.target {
            ev.actor = actor_state;
            actor = None;
        }
        if ev.target.is_none() && ev.target_group.is_none() && target_state.is_some() && target_state != ev.actor && target != actor {
            ev.target = target_state;
            target = None;
        }
        if ev.actor.is_none() && ev.actor_group.is_none() {
            ev.actor_group = actor.map(role).map(|mut g| {
                // People who protest are protesters (ACLED codes them 6).
                if protest && g.category == GroupCategory::Civilians {
                    g.category = GroupCategory::Protesters;
                }
                g
            });
        }
        if ev.target.is_none() && ev.target_group.is_none() && target != actor {
            ev.target_group = target.map(role);
        }
    }
}
