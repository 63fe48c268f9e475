//! Did the event happen? A cue-and-scope classifier over one sentence.
//!
//! The costliest mistake for the people who use these records is to report a
//! planned, conditional or hypothetical event as having happened, so the
//! classifier looks for anything that takes the event out of the real world:
//!
//! 1. **Cues to the left, inside the event's clause** (`modality_cues.tsv`):
//!    modal verbs ("would send", "could extend"), embedding predicates
//!    ("plans to", "preparing", "threatened to", "denied", "ruled out"),
//!    conditionals ("if"), negation. The cue nearest the event word wins;
//!    a negation between them negates, a negation in front of the cue flips
//!    it ("have not ruled out" → possible). Reporting verbs ("said",
//!    "claims", "according to"), relative and subordinate conjunctions
//!    ("where", "though", "that"), quotes, dashes and semicolons end the
//!    clause, so "The mission would build on a campaign …, where U.S. forces
//!    have conducted strikes" does not put the strikes under "would".
//! 2. **Cues to the right of an event noun**: "deployment is not imminent",
//!    "operations could extend", "the raid was called off".
//! 3. **A conditional anywhere in the sentence** ("If approved, …", "should
//!    the mission receive …") turns a not-yet-happened reading into
//!    `conditional`.
//! 4. **Otherwise the verb group decides**: "to strike" → planned, "are
//!    preparing" → ongoing, "have conducted", "was killed" → occurred;
//!    an "occurred" so found is still `planned` when a relative future time
//!    dates the event ("job cuts over the next four years"), an announcing
//!    verb takes it as a bare object ("announced 10,000 job cuts") or it is
//!    the verb of a time clause under "will"/"would" ("will step down when
//!    the proceedings are finalized").
//!
//! The classifier needs no parse and no model: about a microsecond per event.

use newsledger_model::{Modality, Span};
use newsledger_text::{Segmentation, Token, TokenKind};

use super::{is_adverb, is_ed_form};
use super::lexicon::{Cue, CueClass, Lexicon};

/// The classifier's answer: the modality and the cue that decided it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ModalityJudgement {
    pub modality: Modality,
    /// Byte span of the deciding cue; `None` when tense alone decided.
    pub cue: Option<Span>,
}

/// Classifies the modality of event mentions.
#[derive(Clone, Copy)]
pub struct ModalityClassifier {
    lex: &'static Lexicon,
}

impl Default for ModalityClassifier {
    fn default() -> Self {
        ModalityClassifier::english()
    }
}

/// A cue found in the sentence: local token range and what it says.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Hit {
    pub start: usize,
    pub end: usize,
    pub cue: Cue,
}

impl ModalityClassifier {
    /// The English classifier (lists compiled on first use).
    pub fn english() -> ModalityClassifier {
        ModalityClassifier { lex: Lexicon::english() }
    }

    /// The modality of the event whose word(s) cover the byte span `trigger`
    /// of `text` (segmented as `seg`).
    pub fn classify(&self, text: &str, seg: &Segmentation, trigger: Span) -> ModalityJudgement {
        let first = seg.token_at(trigger.start);
        let Some(tok) = seg.tokens.get(first) else {
            return ModalityJudgement { modality: Modality::Occurred, cue: None };
        };
        let Some(si) = seg.sentence_at(tok.start as usize) else {
            return ModalityJudgement { modality: Modality::Occurred, cue: None };
        };
        let range = seg.sentences[si].tokens.clone();
        let mut last = first;
        while last + 1 < range.end && (seg.tokens[last + 1].start as usize) < trigger.end {
            last += 1;
        }
        let toks = &seg.tokens[range.clone()];
        let ids = self.lex.vocab.token_ids(text, toks);
        self.judge(text, toks, &ids, first - range.start, last + 1 - range.start)
    }

    /// Judges the trigger at local tokens `a..b` of one sentence (`toks`, with
    /// their word ids `ids`).
    pub(crate) fn judge(&self, text: &str, toks: &[Token], ids: &[u32], a: usize, b: usize) -> ModalityJudgement {
        let hits = self.sentence_cues(text, toks, ids);
        self.judge_with(text, toks, ids, &hits, a, b)
    }

    /// The cues of one sentence (local token indexes), for [`Self::judge_with`].
    pub(crate) fn sentence_cues(&self, text: &str, toks: &[Token], ids: &[u32]) -> Vec<Hit> {
        self.lex
            .cues
            .scan(ids, 0, ids.len())
            .into_iter()
            .filter(|&(start, end, _)| !(end == start + 1 && self.month_or_name(text, toks, ids, start)))
            .map(|(start, end, cue)| Hit { start, end, cue: *cue })
            .collect()
    }

    /// Whether the word at local token `k` is "May" the month or the name,
    /// not the modal verb: "in May", "May 5", "Theresa May appointed him",
    /// "May's deal". A capital "May" that opens a sentence with no number
    /// after it stays a modal ("May the talks resume?").
    fn month_or_name(&self, text: &str, toks: &[Token], ids: &[u32], k: usize) -> bool {
        let w = &self.lex.w;
        if ids[k] != w.may || !toks[k].text(text).starts_with('M') {
            return false;
        }
        let next = toks.get(k + 1).map_or("", |t| t.text(text));
        if next.starts_with(|c: char| c.is_ascii_digit()) || matches!(next, "'s" | "’s") {
            return true;
        }
        if k == 0 {
            return false;
        }
        let prev = &toks[k - 1];
        w.month_leads.contains(&ids[k - 1])
            || (prev.kind == TokenKind::Word && prev.text(text).starts_with(char::is_uppercase) && next.starts_with(char::is_lowercase))
    }

    /// [`Self::judge`] with the sentence's cues already found.
    pub(crate) fn judge_with(&self, text: &str, toks: &[Token], ids: &[u32], hits: &[Hit], a: usize, b: usize) -> ModalityJudgement {
        let lex = self.lex;
        let n = toks.len();
        let b = b.clamp(a + 1, n.max(a + 1));
        let span_of = |h: &Hit| Span::new(toks[h.start].start as usize, toks[h.end - 1].end as usize);
        let judged = |m: Modality, h: Option<&Hit>| ModalityJudgement { modality: m, cue: h.map(span_of) };

        // The clause start: the nearest boundary left of the trigger; a
        // comma before "and"/"but" and a new subject also starts a clause
        // ("signed a plan Friday, and Yeltsin claimed …").
        let w = &lex.w;
        let mut clause_start = 0;
        let mut i = a;
        while i > 0 {
            i -= 1;
            // A parenthesis closed before the trigger is an aside inside
            // the clause ("occurred at 4:00 (0100 UTC) and struck the
            // plant"): the clause goes on left of its opening bracket. One
            // that opens the sentence or a clause ("(Reuters) Strike …")
            // still ends where it closes.
            if toks[i].text(text) == ")" {
                let open = (0..i).rev().find(|&k| matches!(toks[k].text(text), "(" | ")")).filter(|&k| toks[k].text(text) == "(");
                if let Some(open) = open.filter(|&k| k > 0 && !is_boundary_token(text, &toks[k - 1])) {
                    i = open;
                    continue;
                }
            }
            if is_boundary_token(text, &toks[i]) && !self.scare_quoted(text, toks, hits, i) {
                clause_start = i + 1;
                break;
            }
            // "decided to resign and the party supported him": "and" or
            // "but" with a subject of its own and a finite verb (the
            // trigger, or an auxiliary before it) starts a clause without
            // a comma too.
            if i > 0 && i + 1 < a && toks[i - 1].text(text) != "," && (ids[i] == w.and || ids[i] == w.but) && self.new_subject_after_and(text, toks, ids, i + 1, a) {
                clause_start = i + 1;
                break;
            }
            if toks[i].text(text) == "," && i + 2 < a && (ids[i + 1] == w.and || ids[i + 1] == w.or || ids[i + 1] == w.but) {
                let subject = toks[i + 2].text(text);
                if w.subject_pronouns.contains(&ids[i + 2]) || subject.chars().next().is_some_and(char::is_uppercase) {
                    clause_start = i + 2;
                    break;
                }
            }
        }
        for h in hits.iter().rev() {
            if h.end <= a && h.start >= clause_start && matches!(h.cue.class, CueClass::Barrier | CueClass::Reporting) {
                clause_start = h.end;
                break;
            }
        }
        // A reporting verb after its content ("…, the spokesman said") is not
        // under the content's modals.
        if hits.iter().any(|h| h.start == a && h.cue.class == CueClass::Reporting) {
            if let Some(comma) = (clause_start..a).rev().find(|&k| toks[k].text(text) == ",") {
                clause_start = comma + 1;
            }
        }
        // A participial opener is its own clause: "Refusing to step down,
        // the general agreed …" does not negate the agreement.
        if clause_start == 0 && a > 1 {
            let first = toks[0].text(text);
            if first.len() > 4 && first.ends_with("ing") && first.starts_with(|c: char| c.is_ascii_uppercase()) {
                if let Some(comma) = (1..a).find(|&k| toks[k].text(text) == ",") {
                    clause_start = comma + 1;
                }
            }
        }
        // "an inquiry into the shooting", "vowed to crush protests": the
        // event is presupposed, so the cues that govern its phrase do not.
        // Not when the phrase carries its own cue ("regarding the possible
        // sale") or the trigger is a cue itself ("after the operator said").
        let presupposed = self
            .presupposed(text, toks, ids, a)
            .is_some_and(|np_start| !hits.iter().any(|h| h.start >= np_start && h.end <= a || h.start == a));
        let cue_start = if presupposed { a } else { clause_start };
        let mut clause_end = n;
        for (i, t) in toks.iter().enumerate().skip(b) {
            if is_boundary_token(text, t) && !self.scare_quoted(text, toks, hits, i) {
                clause_end = i;
                break;
            }
        }
        for h in hits {
            if h.start >= b && h.start < clause_end && matches!(h.cue.class, CueClass::Barrier | CueClass::Reporting) {
                clause_end = h.start;
                break;
            }
        }

        let has_condition = self.sentence_has_condition(text, toks, ids, hits);

        // "almost killed", "was nearly shot": the act stopped short of
        // happening. "At no time did the ministry agree", "Never have they
        // attacked": a negation that opens the clause and inverts its verb
        // reaches over the whole subject.
        if let Some(cue) = self.stopped_short(text, toks, ids, a).or_else(|| self.inverted_negation(text, toks, ids, clause_start, a)) {
            return ModalityJudgement { modality: Modality::Negated, cue: Some(cue) };
        }
        // "future talks", "a forthcoming visit": the noun's own adjective
        // puts it ahead.
        if a > clause_start && self.lex.w.prospective_adjectives.contains(&ids[a - 1]) && self.noun_like(text, toks, ids, a) {
            let m = if has_condition { Modality::Conditional } else { Modality::Planned };
            return ModalityJudgement { modality: m, cue: Some(Span::new(toks[a - 1].start as usize, toks[a - 1].end as usize)) };
        }

        // 1. Cues to the left, nearest first.
        let mut neg_near: Option<&Hit> = None;
        let mut ongoing: Option<&Hit> = None;
        let mut primary: Option<&Hit> = None;
        for h in hits.iter().rev().filter(|h| h.end <= a && h.start >= cue_start && h.cue.left) {
            match h.cue.class {
                CueClass::Transparent | CueClass::FutureTime => continue,
                // "still", "continued to": ongoing unless a modal further
                // left takes the event out of the real world ("could still break").
                // In its own clause, close by: "Violence continued through
                // the evening and the network withdrew its reporters" is no
                // ongoing withdrawal.
                CueClass::Ongoing => {
                    let new_subject = (h.end..a.saturating_sub(1)).any(|k| ids[k] == w.and && (w.determiners.contains(&ids[k + 1]) || toks[k + 1].text(text).starts_with(char::is_uppercase)));
                    if ongoing.is_none() && a - h.end <= 6 && !new_subject {
                        ongoing = Some(h);
                    }
                }
                CueClass::Negation => {
                    if neg_near.is_none() && self.negation_reaches(text, toks, ids, h.end, a) {
                        neg_near = Some(h);
                    }
                }
                CueClass::Barrier | CueClass::Reporting => break,
                _ => {
                    // Modal verbs scope over their clause; embedding words
                    // ("plans", "possible", "threatened to") over what
                    // follows them closely.
                    let single = h.end - h.start == 1;
                    // "if" over a long subject with no comma between
                    // ("if the President and Vice President are both killed").
                    let long_condition = h.cue.class == CueClass::Conditional && !toks[h.end..a].iter().any(|t| t.kind != TokenKind::Word);
                    let reach = if (single && self.is_modal_verb(ids[h.start])) || long_condition { 12 } else { 6 };
                    if a - h.end > reach {
                        continue;
                    }
                    // "they would sometimes kill the farmers": a habit in the past.
                    if single && h.end < a && ids[h.start] == w.would && w.habitual_adverbs.contains(&ids[h.end]) {
                        continue;
                    }
                    // "whenever the patrol came, soldiers would arrest …":
                    // the frame's own cues ("whenever", "used to") are the
                    // habit, not a condition or a plan.
                    if single && ids[h.start] == w.would && self.habit_framed(ids, h.start) {
                        return match neg_near {
                            Some(neg) => judged(Modality::Negated, Some(neg)),
                            None => judged(Modality::Occurred, None),
                        };
                    }
                    // "337 suspected users … were arrested": the hedge is on
                    // the subject, whose verb follows.
                    if single && w.attributive_hedges.contains(&ids[h.start]) && self.hedges_a_subject(text, toks, ids, h.start, a) {
                        continue;
                    }
                    if self.joined_past_verb(text, toks, ids, h.end, a) {
                        continue;
                    }
                    // "Anyone who would come, they used to demand": a subject
                    // pronoun and a past verb of its own between the cue and
                    // the trigger open another clause, which the cue does
                    // not reach.
                    if self.own_past_clause_between(text, toks, ids, h.end, a) {
                        continue;
                    }
                    // "refused to visit a cemetery of soldiers killed during
                    // the war": the killing is told as a fact about the
                    // soldiers, outside what was refused. Not under a cue of
                    // what may be ("could result in a revival in demand
                    // supported by the state"): there the noun is itself
                    // only possible.
                    if !matches!(h.cue.class, CueClass::Possible | CueClass::Conditional) && self.reduced_relative(text, toks, ids, h.end, a, b) {
                        continue;
                    }
                    // "said it denies nothing, and 12 people were killed": a
                    // denial of nothing, or one whose clause ends before the
                    // event (the rule claims use too).
                    if h.cue.class == CueClass::Denied && h.end < a && crate::denial::denial_stops_before(text, toks, h.end, a, n) {
                        continue;
                    }
                    // "Trump ordered the drone strike that killed
                    // Soleimani": what was ordered or approved is told as
                    // done by its own relative clause.
                    if h.cue.class == CueClass::Planned && self.done_by_relative(text, toks, ids, a, b) {
                        continue;
                    }
                    // "helped negotiate the deal", "helped to organise the
                    // march": what was helped along in the past took place
                    // ("will help negotiate a deal" still leads ahead).
                    if h.cue.class == CueClass::Planned && self.after_past_help(ids, h.start) {
                        continue;
                    }
                    primary = Some(h);
                    break;
                }
            }
        }
        if let Some(p) = primary {
            // A negation right in front of the cue ("have not ruled out").
            let gov_neg = hits.iter().rev().find(|h| h.end <= p.start && h.start >= clause_start && p.start - h.end <= 2 && h.cue.class == CueClass::Negation);
            let class = p.cue.class;
            let m = if let Some(neg) = neg_near {
                return judged(
                    match class {
                        CueClass::Conditional => Modality::Conditional,
                        CueClass::Denied => Modality::Possible,
                        _ => Modality::Negated,
                    },
                    Some(neg),
                );
            } else if gov_neg.is_some() {
                match class {
                    CueClass::Negator | CueClass::Denied => Modality::Possible,
                    CueClass::Conditional => Modality::Conditional,
                    _ => Modality::Negated,
                }
            } else {
                class_modality(class)
            };
            let m = if has_condition && matches!(m, Modality::Planned | Modality::Possible) { Modality::Conditional } else { m };
            return judged(m, Some(p));
        }
        if let Some(neg) = neg_near {
            return judged(Modality::Negated, Some(neg));
        }
        if let Some(h) = ongoing {
            return judged(Modality::Ongoing, Some(h));
        }

        // 2. Cues to the right of an event noun.
        let noun_like = self.noun_like(text, toks, ids, a);
        let trigger_reports = hits.iter().any(|h| h.start == a && h.cue.class == CueClass::Reporting);
        for h in hits.iter().filter(|h| h.start >= b && h.start < clause_end && h.cue.right && h.cue.class != CueClass::FutureTime && !trigger_reports) {
            let multiword = h.end - h.start > 1;
            // A single modal only right after the noun ("operations could
            // extend"), a phrase within three words ("deployment is not imminent").
            // "The annual meeting of the assembly is set to open": an
            // of-phrase may stand between.
            // A name counts as one word ("of the United Nations General Assembly").
            let words_between = (b..h.start).filter(|&k| !(k > b && toks[k].text(text).starts_with(char::is_uppercase) && toks[k - 1].text(text).starts_with(char::is_uppercase))).count();
            // A single modal may follow the noun's own phrase of role ("an
            // appeal against the decision could be made", "the strike on the
            // port would go ahead"), not a perfect ("the strike on the port
            // could have killed hundreds": done, its outcome guessed).
            let perfect_after = h.end < toks.len() && self.lex.w.have.contains(&ids[h.end]);
            // The noun opens the subject: a determiner before it, and no
            // preposition before that ("the gain on the sale of the assets
            // will range": the gain will, not the sale).
            let w = &self.lex.w;
            let opens_subject = a >= 1 && w.determiners.contains(&ids[a - 1]) && (a < 2 || !(w.role_preps.contains(&ids[a - 2]) || w.locative.contains(&ids[a - 2])));
            let role_phrase = opens_subject && w.role_preps.contains(&ids[b]) && words_between <= 5 && !perfect_after;
            let near = if multiword { h.start - b <= 3 || (ids[b] == self.lex.w.of && words_between <= 6) } else { h.start == b || role_phrase };
            if !near || !(multiword || noun_like) {
                continue;
            }
            if toks[b..h.start].iter().any(|t| t.kind != TokenKind::Word) {
                continue;
            }
            let m = class_modality(h.cue.class);
            let m = if has_condition && matches!(m, Modality::Planned | Modality::Possible) { Modality::Conditional } else { m };
            return judged(m, Some(h));
        }

        // 3. The verb group.
        if presupposed {
            return judged(Modality::Occurred, None);
        }
        let m = self.by_verb_group(text, toks, ids, hits, a, b, clause_start);
        // "Join us for a rally outside city hall on Saturday", "VISIT the
        // museum": in the clause of an invitation to the reader, an event
        // lies ahead; nothing in it is told as done. (A noun after "of"
        // keeps its reading: "watch the video of the attack".)
        let m = match invitation_opener(self.lex, text, toks, ids) {
            Some(opener) if m == Modality::Occurred && clause_start <= opener && a >= opener && !after_of(self.lex, text, toks, ids, opener, a) => Modality::Planned,
            _ => m,
        };
        // An event dated by a relative future time ("10,000 job cuts over
        // the next four years", "cutting 30,000 jobs by 2012") or announced
        // ahead of time ("announced 10,000 job cuts") has not happened yet.
        if m == Modality::Occurred {
            let ahead = self
                .future_time_after(text, toks, ids, hits, b, clause_start, clause_end)
                .or_else(|| self.announced_object(text, toks, ids, hits, a))
                .or_else(|| self.future_main_clause(text, toks, ids, hits, a, clause_start).copied());
            if let Some(h) = ahead {
                return judged(if has_condition { Modality::Conditional } else { Modality::Planned }, Some(&h));
            }
        }
        // Under a condition, a bare verb with its object is not a report of
        // something done: "if you can't make a bomb, take a knife … and
        // attack the tourists" (an instruction), "if the talks fail, they
        // attack the town" (a consequence). A past-tense or noun trigger
        // keeps its reading.
        let m = if has_condition && m == Modality::Occurred && self.bare_verb_with_object(text, toks, ids, a, b, clause_start) { Modality::Conditional } else { m };
        let m = if has_condition && matches!(m, Modality::Planned) { Modality::Conditional } else { m };
        judged(m, None)
    }

    /// Whether the trigger at `a` is a finite past verb joined by "and"/"or"
    /// to the verb of its clause, past a phrase that starts at `from` and
    /// that a cue governs: "urged the embassy to reconsider and spoke with
    /// the minister" (the speaking is the subject's own, not urged). Not
    /// for passives and perfects ("expect to be detained and deported").
    /// A subject of its own at local token `s` and a finite verb group
    /// from its end to the trigger at `a`: a subject pronoun ("and they
    /// supported him"), or a determiner and one or two words ("and the
    /// party supported him", "but the army had shelled"), then only
    /// auxiliaries, adverbs or "not", and the trigger a past form when no
    /// auxiliary stands before it.
    fn new_subject_after_and(&self, text: &str, toks: &[Token], ids: &[u32], s: usize, a: usize) -> bool {
        let w = &self.lex.w;
        let verb_group = |k: usize| w.aux.contains(&ids[k]) || is_adverb(toks[k].text(text)) || toks[k].text(text).eq_ignore_ascii_case("not");
        let finite_from = |e: usize| e <= a && (e..a).all(verb_group) && (e < a || is_ed_form(toks[a].text(text)));
        if w.subject_pronouns.contains(&ids[s]) {
            return finite_from(s + 1);
        }
        w.determiners.contains(&ids[s])
            && (s + 2..(s + 4).min(a + 1)).any(|e| (s + 1..e).all(|k| toks[k].kind == TokenKind::Word && !w.aux.contains(&ids[k])) && finite_from(e) && (e == a || w.aux.contains(&ids[e])))
    }

    fn joined_past_verb(&self, text: &str, toks: &[Token], ids: &[u32], from: usize, a: usize) -> bool {
        let w = &self.lex.w;
        if from >= a {
            return false;
        }
        let coordinated = (from + 1..a).any(|j| ids[j] == w.and || ids[j] == w.or);
        let passive = (from..a).any(|j| w.have.contains(&ids[j]) || matches!(toks[j].text(text), "be" | "been" | "being"));
        let word = toks[a].text(text);
        let past_ed = (ids[a - 1] == w.and || ids[a - 1] == w.or) && word.len() > 4 && word.ends_with("ed");
        coordinated && !passive && (w.irregular_past.contains(&ids[a]) || past_ed)
    }

    /// A relative future time that dates the event at `a..b`: starting at
    /// most six words after it, with no comma, coordinator or "to" between ("job
    /// cuts over the next four years", "cutting 30,000 jobs by 2012",
    /// "talks later this month"), in a clause without a past verb (in "the
    /// strikes killed 50 over the next two days", the span is the story's
    /// past). Returns the time as a hit.
    #[allow(clippy::too_many_arguments)]
    fn future_time_after(&self, text: &str, toks: &[Token], ids: &[u32], hits: &[Hit], b: usize, clause_start: usize, clause_end: usize) -> Option<Hit> {
        let w = &self.lex.w;
        let time = Cue { class: CueClass::FutureTime, left: false, right: true };
        let mut found = None;
        for k in b..(b + 7).min(clause_end) {
            let t = toks[k].text(text);
            // "in an attempt to make the unit profitable by 2008": the time
            // dates the infinitive's verb, not the noun before it.
            if t == "," || ids[k] == w.and || ids[k] == w.or || ids[k] == w.to || ids[k] == w.but {
                break;
            }
            if let Some(h) = hits.iter().find(|h| h.start == k && h.cue.class == CueClass::FutureTime) {
                found = Some(*h);
                break;
            }
            // "the next four years", "the next few months".
            if ids[k] == w.next {
                let mut j = k + 1;
                while j < clause_end && j <= k + 3 && (toks[j].kind == TokenKind::Number || self.lex.numbers.longest_at(ids, j, clause_end).is_some()) {
                    j += 1;
                }
                if j > k + 1 && j < clause_end && w.time_units.contains(&ids[j]) {
                    found = Some(Hit { start: k, end: j + 1, cue: time });
                    break;
                }
            }
            // "by 2012": a year, relative to no date, read as a target.
            if ids[k] == w.by && k + 1 < clause_end && is_year(toks[k + 1].text(text)) {
                found = Some(Hit { start: k, end: k + 2, cue: time });
                break;
            }
        }
        let found = found?;
        (!self.has_past_verb(text, toks, ids, clause_start, clause_end.max(b))).then_some(found)
    }

    /// Whether tokens `from..to` hold a verb in the past: "was", "had",
    /// "did", an irregular past form, or an -ed word that is neither an
    /// adjective after a determiner nor a participle after "be" or "to"
    /// ("the planned cuts", "are expected").
    fn has_past_verb(&self, text: &str, toks: &[Token], ids: &[u32], from: usize, to: usize) -> bool {
        let w = &self.lex.w;
        (from..to).any(|k| {
            let t = toks[k].text(text);
            if w.be_past.contains(&ids[k]) || w.irregular_past.contains(&ids[k]) || matches!(t.to_ascii_lowercase().as_str(), "had" | "did") {
                return true;
            }
            if !is_ed_form(t) {
                return false;
            }
            let after_be = k > from && (w.be_present.contains(&ids[k - 1]) || matches!(toks[k - 1].text(text).to_ascii_lowercase().as_str(), "be" | "been" | "being"));
            !(k > from && (w.determiners.contains(&ids[k - 1]) || ids[k - 1] == w.to || after_be))
        })
    }

    /// The announcing verb whose bare object is the event noun at `a`:
    /// "announced 10,000 job cuts", "unveils new sanctions" (up to three
    /// words between). Not a determined noun phrase: "announced the arrest
    /// of" reports an arrest made, "announced a loss" a result; not a plan,
    /// which exists once announced ("announced plans to …"); not after an
    /// attributive participle ("the previously announced agreement").
    /// Returns the verb as a hit.
    fn announced_object(&self, text: &str, toks: &[Token], ids: &[u32], hits: &[Hit], a: usize) -> Option<Hit> {
        let w = &self.lex.w;
        if !self.noun_like(text, toks, ids, a) || hits.iter().any(|h| h.start == a) {
            return None;
        }
        let mut k = a;
        while k > 0 && a - k < 4 {
            let id = ids[k - 1];
            if w.announce_verbs.contains(&id) {
                let verb = k - 1;
                let attributive = verb > 0 && (w.determiners.contains(&ids[verb - 1]) || is_adverb(toks[verb - 1].text(text)));
                return (!attributive).then_some(Hit { start: verb, end: k, cue: Cue { class: CueClass::Planned, left: true, right: false } });
            }
            if w.determiners.contains(&id) || w.np_stop.contains(&id) || w.aux.contains(&id) || !matches!(toks[k - 1].kind, TokenKind::Word | TokenKind::Number) {
                return None;
            }
            k -= 1;
        }
        None
    }

    /// The future modal of the main clause that a time clause holding the
    /// trigger depends on: the clause opens with "when", "before", "until"
    /// or "after" (`temporal_conjunctions`) and "will"/"would" stands at
    /// most ten words before it, with no other clause cue between ("will
    /// step down when the proceedings are finalized", "would be replaced
    /// before the tour commenced"). A time clause takes its tense from the
    /// main clause, so its event is no more real than the main one. Only
    /// for the clause's verb (after its subject, or an -ing form right
    /// after the conjunction: "before heading home"): a noun after a
    /// determiner names what exists already ("will stay until the crisis
    /// ends").
    fn future_main_clause<'h>(&self, text: &str, toks: &[Token], ids: &[u32], hits: &'h [Hit], a: usize, clause_start: usize) -> Option<&'h Hit> {
        let w = &self.lex.w;
        let conj = clause_start.checked_sub(1)?;
        if !w.temporal_conjunctions.contains(&ids[conj]) {
            return None;
        }
        let verb = if a == clause_start {
            toks[a].text(text).ends_with("ing")
        } else {
            !w.determiners.contains(&ids[a - 1]) && !matches!(toks[a - 1].text(text), "'s" | "’s" | "'" | "’")
        };
        if !verb {
            return None;
        }
        let nearest = hits.iter().rev().find(|h| h.end <= conj && !matches!(h.cue.class, CueClass::Transparent | CueClass::FutureTime))?;
        (matches!(nearest.cue.class, CueClass::Future | CueClass::Would) && conj - nearest.end <= 10).then_some(nearest)
    }

    /// Whether the quote mark at local token `q` is one of a pair of scare
    /// quotes inside a clause: one to five words quoted between two words
    /// of the clause ("reached a \"historic\" deal", "would \"pave the
    /// way\" for talks"). A quote after a reporting verb ("said \"no\"")
    /// or one that ends at punctuation is speech, and ends the clause.
    fn scare_quoted(&self, text: &str, toks: &[Token], hits: &[Hit], q: usize) -> bool {
        let (open, close) = match toks[q].kind {
            TokenKind::OpenQuote => match (q + 1..toks.len().min(q + 7)).find(|&k| toks[k].kind != TokenKind::Word) {
                Some(c) if toks[c].kind == TokenKind::CloseQuote => (q, c),
                _ => return false,
            },
            TokenKind::CloseQuote => match (q.saturating_sub(6)..q).rev().find(|&k| toks[k].kind != TokenKind::Word) {
                Some(o) if toks[o].kind == TokenKind::OpenQuote => (o, q),
                _ => return false,
            },
            _ => return false,
        };
        let before_is_word = open > 0 && toks[open - 1].kind == TokenKind::Word;
        let after_is_word = toks.get(close + 1).is_some_and(|t| t.kind == TokenKind::Word);
        let after_speech = hits.iter().any(|h| h.end == open && h.cue.class == CueClass::Reporting);
        close > open + 1 && before_is_word && after_is_word && !after_speech && !toks[open - 1].text(text).eq_ignore_ascii_case("that")
    }

    /// "almost killed", "was nearly shot", "had almost been hit": the
    /// adverb before a past verb (auxiliaries may stand between) that says
    /// the act stopped short. Returns the adverb's byte span.
    fn stopped_short(&self, text: &str, toks: &[Token], ids: &[u32], a: usize) -> Option<Span> {
        let w = &self.lex.w;
        let trigger = toks[a].text(text);
        if !(is_ed_form(trigger) || w.irregular_past.contains(&ids[a])) {
            return None;
        }
        let mut k = a;
        while k > 0 && a - k < 3 {
            k -= 1;
            if w.stopped_short_adverbs.contains(&ids[k]) {
                return Some(Span::new(toks[k].start as usize, toks[k].end as usize));
            }
            if !w.aux.contains(&ids[k]) {
                return None;
            }
        }
        None
    }

    /// A negation that opens the clause and inverts its verb: "At no time
    /// did X agree", "Under no circumstances will they attack", "Never
    /// have they attacked", "Nor did the army strike". The trigger must
    /// follow the inverted auxiliary within eight words. Returns the
    /// negation's byte span.
    fn inverted_negation(&self, text: &str, toks: &[Token], ids: &[u32], clause_start: usize, a: usize) -> Option<Span> {
        let w = &self.lex.w;
        let mut k = clause_start;
        if k < a && w.inversion_preps.contains(&ids[k]) {
            k += 1;
        }
        let neg_start = k;
        if k + 1 < a && ids[k] == w.no && w.inversion_nouns.contains(&ids[k + 1]) {
            k += 2;
        } else if k < a && w.inversion_negations.contains(&ids[k]) && neg_start == clause_start {
            k += 1;
        } else {
            return None;
        }
        if k >= a || !w.aux.contains(&ids[k]) || a - k > 8 {
            return None;
        }
        if toks[k..a].iter().any(|t| is_boundary_token(text, t) || t.text(text) == ",") {
            return None;
        }
        Some(Span::new(toks[clause_start].start as usize, toks[k - 1].end as usize))
    }

    fn is_modal_verb(&self, id: u32) -> bool {
        self.lex.w.modal_verbs.contains(&id)
    }

    /// Whether a negation ending at local token `from` negates the trigger at
    /// `a`: only auxiliaries, adverbs and at most two other words between
    /// ("did not strike", "no evidence has been released", "not direct
    /// action"), so that "did not arrest anyone during the march" leaves the
    /// march alone.
    fn negation_reaches(&self, text: &str, toks: &[Token], ids: &[u32], from: usize, a: usize) -> bool {
        let w = &self.lex.w;
        let mut words = 0;
        for k in from..a {
            let t = toks[k].text(text);
            // "did not carry out any airstrikes": the verb that only says the
            // act was done does not end the negation's reach.
            if w.aux.contains(&ids[k]) || ids[k] == w.to || (t.len() > 3 && t.ends_with("ly")) || w.negation_light_verbs.contains(&ids[k]) {
                continue;
            }
            if matches!(t.to_ascii_lowercase().as_str(), "been" | "be" | "being" | "yet" | "even" | "ever" | "also" | "always" | "just" | "still") {
                continue;
            }
            if toks[k].kind != TokenKind::Word {
                return false;
            }
            words += 1;
            if words > 2 {
                return false;
            }
        }
        true
    }

    /// True when the sentence states a condition ("if", "unless", "should
    /// the mission receive …"), not an embedded question ("asked if").
    fn sentence_has_condition(&self, text: &str, toks: &[Token], ids: &[u32], hits: &[Hit]) -> bool {
        let w = &self.lex.w;
        let conditional = hits.iter().any(|h| {
            h.cue.class == CueClass::Conditional && !(h.start > 0 && w.embedded_question_verbs.contains(&ids[h.start - 1]))
        });
        if conditional {
            return true;
        }
        // Inverted "should": "should the mission receive final authorization".
        let should = w.should;
        (1..toks.len().saturating_sub(1)).any(|i| {
            ids[i] == should && {
                let next = ids[i + 1];
                let next_text = toks[i + 1].text(text);
                (w.determiners.contains(&next) && next != w.no) || (w.subject_pronouns.contains(&next) && next_text != "you")
            } && (toks[i - 1].kind != TokenKind::Word || !toks[i - 1].text(text).chars().next().is_some_and(char::is_uppercase))
                && !w.subject_pronouns.contains(&ids[i - 1])
                && !toks[i - 1].text(text).ends_with('s')
        })
    }

    /// Whether the one-word trigger at `a` reads as a bare (base or present)
    /// verb with an object: a base form, followed by an object word
    /// ("the", "them", "out"), after a clause start, a conjunction, a comma,
    /// a modal or a subject pronoun — never after a determiner or adjective,
    /// so "an attack on the town" stays a noun.
    fn bare_verb_with_object(&self, text: &str, toks: &[Token], ids: &[u32], a: usize, b: usize, clause_start: usize) -> bool {
        let w = &self.lex.w;
        let word = toks[a].text(text);
        if b != a + 1 || b >= toks.len() || !w.bare_verb(word, ids[a]) || word.chars().skip(1).any(char::is_uppercase) {
            return false;
        }
        if !w.imperative_next.contains(&ids[b]) {
            return false;
        }
        if a <= clause_start {
            return true;
        }
        let prev = ids[a - 1];
        let prev_text = toks[a - 1].text(text);
        prev == w.and || prev == w.or || prev_text == "," || prev_text.eq_ignore_ascii_case("then") || self.is_modal_verb(prev) || w.subject_pronouns.contains(&prev)
    }

    /// Whether the event noun at `a` is presupposed to have happened: a
    /// definite noun phrase after a preposition such as "into" or "after"
    /// ("an inquiry into the shooting", "would retaliate after the attack"),
    /// or the object of a verb such as "investigate" or "crush" ("to crush
    /// protests"), with up to three modifiers between. Returns where the
    /// noun phrase starts.
    fn presupposed(&self, text: &str, toks: &[Token], ids: &[u32], a: usize) -> Option<usize> {
        let w = &self.lex.w;
        if !self.noun_like(text, toks, ids, a) {
            return None;
        }
        let mut k = a;
        while k > 0 && a - k < 4 {
            let id = ids[k - 1];
            if w.presupposing_verbs.contains(&id) {
                return Some(k);
            }
            // "the end of a boom": only the phrase's own head and modifiers.
            if id == w.of || w.determiners.contains(&id) && !w.definite_dets.contains(&id) {
                return None;
            }
            // "these attacks", "those strikes": pointing back to what took place.
            if w.demonstratives.contains(&id) {
                return Some(k - 1);
            }
            if w.definite_dets.contains(&id) {
                // "retaliate for the rocket attack": a deed answered is done.
                let answered = k >= 3 && ids[k - 2] == w.for_ && w.presupposing_responses.contains(&ids[k - 3]);
                // "denied involvement in the attack": a share in it.
                let shared = k >= 3 && w.share_preps.contains(&ids[k - 2]) && w.share_nouns.contains(&ids[k - 3]);
                // "Iran denied the accusation": the accusation was made;
                // its content is what is denied.
                let scope = &*crate::denial::SCOPE;
                let lower = |j: usize| toks[j].text(text).to_ascii_lowercase();
                let denied_speech = k >= 2 && scope.denial_verbs.contains(&lower(k - 2)) && scope.speech_act_nouns.contains(&lower(a));
                let governed = k >= 2 && (w.presupposing_preps.contains(&ids[k - 2]) || w.presupposing_verbs.contains(&ids[k - 2]) || answered || shared || denied_speech);
                return governed.then_some(k - 1);
            }
            if !matches!(toks[k - 1].kind, TokenKind::Word | TokenKind::Number) || w.np_stop.contains(&id) || w.aux.contains(&id) {
                return None;
            }
            k -= 1;
        }
        None
    }

    /// Whether the hedge at `h` ("suspected", "alleged") modifies a noun
    /// that is the subject of the verb group before the trigger at `a`: the
    /// hedge opens a noun phrase (sentence start, a determiner or a number
    /// before it) and an auxiliary stands between it and the trigger, or the
    /// trigger is a past verb right after the phrase's words ("Suspected
    /// Fulani militants attacked the village": who did it is in doubt, not
    /// that it was done).
    fn hedges_a_subject(&self, text: &str, toks: &[Token], ids: &[u32], h: usize, a: usize) -> bool {
        let w = &self.lex.w;
        let opens_phrase = h == 0
            || w.determiners.contains(&ids[h - 1])
            || toks[h - 1].kind == TokenKind::Number
            || self.lex.starts_quantity.get(ids[h - 1] as usize).copied().unwrap_or(false);
        if !opens_phrase {
            return false;
        }
        if a > h + 2 && (h + 2..a).any(|k| w.aux.contains(&ids[k])) {
            return true;
        }
        let past = is_ed_form(toks[a].text(text)) || w.irregular_past.contains(&ids[a]);
        past && a > h + 1 && (h + 1..a).all(|k| toks[k].kind == TokenKind::Word && !w.np_stop.contains(&ids[k]) && !w.determiners.contains(&ids[k]))
    }

    /// The event noun at `a..b` has a definite determiner and, within
    /// eight words after it (two short prepositional phrases), a relative
    /// word (`noun_relatives`) whose verb, past a "had"/"has", is in the
    /// past (`-ed`, an irregular past, or `done_relative_pasts`): "the drone
    /// strike that killed Soleimani", "the attacks on the embassy in the
    /// capital that took place this week", "the raid which left six dead".
    /// The verb follows the relative word at once, as the event is its
    /// subject; after a preposition ("the attack in which nine soldiers
    /// died") a subject of its own may come first. Not "the strikes that
    /// will begin next week", nor "the deployment that the army had asked
    /// for" (the event is the object: asked for, not done).
    fn done_by_relative(&self, text: &str, toks: &[Token], ids: &[u32], a: usize, b: usize) -> bool {
        let w = &self.lex.w;
        if a == 0 || !w.determiners.contains(&ids[a - 1]) || !self.noun_like(text, toks, ids, a) {
            return false;
        }
        let end = toks.len().min(b + 8);
        let Some(rel) = (b..end).take_while(|&k| toks[k].kind == TokenKind::Word).find(|&k| w.noun_relatives.contains(&ids[k])) else {
            return false;
        };
        // ("died", "fled": past forms of four letters, which `is_ed_form` leaves out.)
        let past = |k: usize| {
            let word = toks[k].text(text);
            super::is_ed_form(word) || (word.len() == 4 && word.ends_with("ed")) || w.irregular_past.contains(&ids[k]) || w.done_relative_pasts.contains(&ids[k])
        };
        let mut k = rel + 1;
        while k < toks.len() && w.have.contains(&ids[k]) {
            k += 1;
        }
        if k < toks.len() && past(k) {
            return true;
        }
        // "in which nine soldiers died" (a preposition of `role_preps` or
        // `locative` before the relative word).
        if rel == b || !w.role_preps.contains(&ids[rel - 1]) && !w.locative.contains(&ids[rel - 1]) {
            return false;
        }
        let reach = (k + 4).min(toks.len());
        while k < reach && matches!(toks[k].kind, TokenKind::Word | TokenKind::Number) {
            if past(k) {
                return true;
            }
            if w.aux.contains(&ids[k]) || w.passive_aux.contains(&ids[k]) {
                return false;
            }
            k += 1;
        }
        false
    }

    /// Whether, between a cue ending at `from` and the trigger at `a`, a
    /// comma or dash is followed by a subject pronoun that is never an
    /// object (`nominative_pronouns`) and a past verb before the trigger:
    /// "would come, they used to demand". Not "would leave it exposed to
    /// accusations" ("it" is the object there).
    fn own_past_clause_between(&self, text: &str, toks: &[Token], ids: &[u32], from: usize, a: usize) -> bool {
        let w = &self.lex.w;
        (from.max(1)..a.saturating_sub(2)).any(|k| {
            let verb = k + 1;
            matches!(toks[k - 1].text(text), "," | "—" | "–")
                && w.nominative_pronouns.contains(&ids[k])
                && (is_ed_form(toks[verb].text(text)) || w.irregular_past.contains(&ids[verb]) || w.past_habit_verbs.contains(&ids[verb]))
        })
    }

    /// Whether the past participle at `a` is a reduced relative clause on a
    /// noun that the verb governed by a cue ending at `from` takes: the cue
    /// is followed by a bare verb ("to visit"), a noun stands right before
    /// the participle and a preposition right after it ("a cemetery of
    /// soldiers killed during the war", "would honour those wounded in the
    /// attack"). Not "refused to say soldiers killed civilians" (an object
    /// follows: a clause of its own, under the cue).
    fn reduced_relative(&self, text: &str, toks: &[Token], ids: &[u32], from: usize, a: usize, b: usize) -> bool {
        let w = &self.lex.w;
        if a < from + 2 || b >= toks.len() {
            return false;
        }
        let participle = is_ed_form(toks[a].text(text)) || w.irregular_past.contains(&ids[a]);
        let governed_verb = toks[from].kind == TokenKind::Word && w.bare_verb(toks[from].text(text), ids[from]) && !w.aux.contains(&ids[from]);
        let noun = a - 1;
        let noun_before = toks[noun].kind == TokenKind::Word
            && !w.aux.contains(&ids[noun])
            && !w.np_stop.contains(&ids[noun])
            && !w.determiners.contains(&ids[noun])
            && !w.subject_pronouns.contains(&ids[noun])
            && !is_adverb(toks[noun].text(text));
        let preposition_after = w.presupposing_preps.contains(&ids[b]) || w.setting.contains(&ids[b]) || w.role_preps.contains(&ids[b]);
        participle && governed_verb && noun_before && preposition_after
    }

    /// Whether the sentence opens a habit before the "would" at `would`:
    /// "whenever …", or "used to" after anything but a form of "be" or
    /// "get" ("they used to stop buses, and they would detain the
    /// drivers"; not "the drone was used to attack", "got used to").
    fn habit_framed(&self, ids: &[u32], would: usize) -> bool {
        let w = &self.lex.w;
        (0..would).any(|k| {
            w.habit_frame_openers.contains(&ids[k])
                || (w.past_habit_verbs.contains(&ids[k]) && k + 1 < would && ids[k + 1] == w.to && k > 0 && !w.passive_aux.contains(&ids[k - 1]) && !w.accustomed_leads.contains(&ids[k - 1]))
        })
    }

    /// Whether the cue at `start` follows a past "helped" (`past_help_verbs`),
    /// right before it or before "to": "helped negotiate", "helped to plan".
    fn after_past_help(&self, ids: &[u32], start: usize) -> bool {
        let w = &self.lex.w;
        (start >= 1 && w.past_help_verbs.contains(&ids[start - 1])) || (start >= 2 && ids[start - 1] == w.to && w.past_help_verbs.contains(&ids[start - 2]))
    }

    /// Whether the "to" at `to` opens an infinitive that tells a deed, not a
    /// plan: a habit in the past after a subject pronoun ("they used to
    /// demand"; not "incentives used to boost sales", a purpose), or one
    /// singled out by "first", "last" or
    /// "only" up to two words before ("the first president to refuse", "the
    /// only lawsuit to be filed"): events29.
    fn infinitive_of_a_deed(&self, text: &str, toks: &[Token], ids: &[u32], to: usize) -> bool {
        let w = &self.lex.w;
        if to >= 1 && w.past_habit_verbs.contains(&ids[to - 1]) {
            return to >= 2 && w.subject_pronouns.contains(&ids[to - 2]);
        }
        let mut k = to;
        while k > 0 && to - k < 3 {
            k -= 1;
            if w.singling_non_heads.contains(&ids[k]) {
                return false;
            }
            // A noun between: "the first president to refuse"; "only to
            // protect" is a purpose.
            if w.singling_words.contains(&ids[k]) {
                return k + 1 < to;
            }
            if toks[k].kind != TokenKind::Word || w.np_stop.contains(&ids[k]) || w.determiners.contains(&ids[k]) || !toks[k].text(text).starts_with(|c: char| c.is_lowercase()) {
                return false;
            }
        }
        false
    }

    /// Whether the trigger at `a` reads as a noun (not preceded by an
    /// auxiliary, "to" or a subject pronoun; not an -ed form).
    fn noun_like(&self, text: &str, toks: &[Token], ids: &[u32], a: usize) -> bool {
        let w = &self.lex.w;
        let word = toks[a].text(text);
        if word.ends_with("ed") {
            return false;
        }
        if a == 0 {
            return true;
        }
        let prev = ids[a - 1];
        !(w.aux.contains(&prev) || prev == w.to || w.subject_pronouns.contains(&prev))
    }

    /// Modality from the auxiliaries before the trigger, when no cue decided.
    #[allow(clippy::too_many_arguments)]
    fn by_verb_group(&self, text: &str, toks: &[Token], ids: &[u32], hits: &[Hit], a: usize, b: usize, clause_start: usize) -> Modality {
        let w = &self.lex.w;
        let word = toks[a].text(text);
        let lower_ends = |suffix: &str| word.len() > suffix.len() && word[word.len() - suffix.len()..].eq_ignore_ascii_case(suffix);
        if toks.last().is_some_and(|t| t.text(text) == "?") {
            return Modality::Possible;
        }
        // Infinitive of purpose or of a plan ("to target drug cartels").
        // "began to arrive", "managed to escape": the verb before "to" says it
        // happened. The cue ends before token `k` ("began") or takes the
        // "to" at `k` in ("managed to", "was able to").
        let factive_before = |k: usize| k > 0 && hits.iter().any(|h| (h.end == k || h.end == k + 1) && matches!(h.cue.class, CueClass::Transparent | CueClass::Ongoing));
        if a > clause_start && ids[a - 1] == w.to && b == a + 1 && w.bare_verb(word, ids[a]) && !factive_before(a - 1) && !self.infinitive_of_a_deed(text, toks, ids, a - 1) {
            if !(a >= 2 && w.to_preposition_heads.contains(&ids[a - 2])) {
                return Modality::Planned;
            }
        }
        // The object of such an infinitive ("to discuss an Iraqi withdrawal").
        let from = a.saturating_sub(5).max(clause_start);
        for k in from..a.saturating_sub(1) {
            if self.joined_past_verb(text, toks, ids, k + 1, a) {
                continue;
            }
            if toks[k..a].iter().any(|t| t.kind != TokenKind::Word && t.kind != TokenKind::Number) || factive_before(k) {
                continue;
            }
            // "to have attacked", "to have been injured": a perfect
            // infinitive reports the past.
            if ids[k] == w.to && k + 1 < a && toks[k + 1].kind == TokenKind::Word && !w.determiners.contains(&ids[k + 1]) && !w.have.contains(&ids[k + 1]) {
                let verb = toks[k + 1].text(text);
                let capitalised = verb.chars().next().is_some_and(char::is_uppercase);
                let to_is_preposition = k > 0 && w.to_preposition_heads.contains(&ids[k - 1]);
                if !capitalised && w.bare_verb(verb, ids[k + 1]) && !to_is_preposition && !self.infinitive_of_a_deed(text, toks, ids, k) {
                    return Modality::Planned;
                }
            }
        }
        // Imperatives ("Let me know", "please call", "Strike the camps!"):
        // a bare verb opening its clause, followed by an object or particle.
        let lead_ok = (clause_start..a).all(|k| w.imperative_lead.contains(&ids[k]) || toks[k].kind == TokenKind::OpenQuote);
        let please = a > clause_start && toks[a - 1].text(text).eq_ignore_ascii_case("please");
        let mixed_case = word.chars().skip(1).any(char::is_uppercase);
        if lead_ok && b == a + 1 && !mixed_case && w.bare_verb(word, ids[a]) && !w.irregular_past.contains(&ids[a]) && (please || (b < toks.len() && w.imperative_next.contains(&ids[b]))) {
            return Modality::Planned;
        }
        // Walk back over auxiliaries and adverbs.
        let mut i = a;
        let mut be_present = false;
        let mut be_past = false;
        let mut have = false;
        let mut have_present = false;
        let mut been = false;
        let mut being = false;
        let mut steps = 0;
        while i > clause_start && steps < 5 {
            let prev = ids[i - 1];
            let prev_text = toks[i - 1].text(text);
            // "the army's killing of their commander": a possessive before
            // a nominal -ing form, not "is".
            if matches!(prev_text, "'s" | "’s") && toks.get(b).is_some_and(|t| t.text(text).eq_ignore_ascii_case("of")) {
                break;
            }
            if w.be_present.contains(&prev) {
                be_present = true;
            } else if w.be_past.contains(&prev) {
                be_past = true;
            } else if w.have.contains(&prev) {
                have = true;
                have_present = !prev_text.eq_ignore_ascii_case("had") && !prev_text.eq_ignore_ascii_case("'d");
            } else if prev_text.eq_ignore_ascii_case("being") {
                being = true;
            } else if prev_text.eq_ignore_ascii_case("been") || prev_text.eq_ignore_ascii_case("be") {
                been |= prev_text.eq_ignore_ascii_case("been");
            } else if !(prev_text.len() > 3 && prev_text.ends_with("ly")) {
                break;
            }
            i -= 1;
            steps += 1;
        }
        // "Russia has been shelling the city for weeks": begun and not over.
        if have_present && been && lower_ends("ing") {
            return Modality::Ongoing;
        }
        if have || be_past {
            return Modality::Occurred;
        }
        if be_present && (being || lower_ends("ing")) {
            return Modality::Ongoing;
        }
        // A verb in the simple present after its subject tells a state or a
        // habit that holds now, not a happening: "Cities collaborate in a
        // state", "legal experts reject the views", "a firm which
        // coordinates shipments", "they refuse to pay". Headlines (where the
        // present tells the past) are not in the body text.
        if !be_present && !been && !being && b == a + 1 && self.simple_present_after_subject(text, toks, ids, i, a, clause_start) {
            return Modality::Ongoing;
        }
        Modality::Occurred
    }

    /// The trigger at `a` is a verb in the simple present right after its
    /// subject (at `subject_end - 1`, only adverbs between): a bare form
    /// after "you/they/people…" (not "I/we": "We reject any interference"
    /// performs the act) or a plural noun in -s ("Cities collaborate",
    /// "legal experts reject"), or an -s form after "he/she/it/who/which"
    /// ("a firm which coordinates shipments"). A "do" form before the subject
    /// ("At no time did the firm agree"), "a/an" before a plural (a modifier:
    /// "a students protest") or a form of "be"/"have" right after the
    /// trigger (a noun: "the arms deal was signed") rules it out, and so does
    /// a relative word before a plural in -s (then a verb: "a deal that
    /// includes tariff cuts") or a modal or "do" form anywhere before.
    fn simple_present_after_subject(&self, text: &str, toks: &[Token], ids: &[u32], subject_end: usize, a: usize, clause_start: usize) -> bool {
        let w = &self.lex.w;
        let word = toks[a].text(text);
        if subject_end == 0 || !word.starts_with(|c: char| c.is_ascii_lowercase()) || w.irregular_past.contains(&ids[a]) || w.same_form_pasts.contains(&ids[a]) {
            return false;
        }
        if toks.get(a + 1).is_some_and(|_| w.noun_after_verbs.contains(&ids[a + 1])) {
            return false;
        }
        // "when it arrives on Monday", "if you touch him": the present of a
        // subordinate clause tells the future or a supposition.
        let from = clause_start.saturating_sub(1).min(subject_end.saturating_sub(3));
        if (from..a).any(|k| w.present_subordinators.contains(&ids[k])) {
            return false;
        }
        // "they would sometimes kill": a modal tells the habit (or the plan);
        // its own cues decide.
        if (clause_start..a).any(|k| w.do_forms.contains(&ids[k]) || w.modal_verbs.contains(&ids[k])) {
            return false;
        }
        let s = subject_end - 1;
        let subject = toks[s].text(text);
        let bare = w.bare_verb(word, ids[a]);
        // The relative word that opens the clause may stand just before it
        // ("Flexport, which coordinates shipments"); other subjects are inside.
        if subject_end <= clause_start && (bare || s + 1 < clause_start) {
            return false;
        }
        if bare && w.present_plural_subjects.contains(&ids[s]) {
            return true;
        }
        if bare {
            let plural_noun = subject.len() > 3
                && ends_as_plural(subject)
                && subject.bytes().all(|c| c.is_ascii_alphabetic())
                && !w.determiners.contains(&ids[s])
                && !w.habitual_adverbs.contains(&ids[s]);
            let blocked = s > 0 && (w.singular_articles.contains(&ids[s - 1]) || w.present_subject_blockers.contains(&ids[s - 1]));
            return plural_noun && !blocked;
        }
        // The -s form: "coordinates", "accuses", "refuses" (not "-ss").
        word.len() > 3 && word.ends_with('s') && !word.ends_with("ss") && w.present_singular_subjects.contains(&ids[s])
    }
}

/// The local token of the verb that opens a sentence as an invitation or
/// instruction to the reader: a verb of `invitation_verbs` in any case
/// ("Visit the show", "VISIT the show", "Please join us"), after nothing
/// but words such as "please" or "so" (`imperative_lead`) and opening
/// quotes, followed by an object or particle (`imperative_next`, not a
/// preposition: "Visit to Beijing ends …" is a noun) or a name ("Visit
/// Harrisburg this fall").
pub(crate) fn invitation_opener(lex: &Lexicon, text: &str, toks: &[Token], ids: &[u32]) -> Option<usize> {
    let w = &lex.w;
    let k = (0..toks.len()).find(|&k| !(w.imperative_lead.contains(&ids[k]) || toks[k].kind == TokenKind::OpenQuote))?;
    if !w.invitation_verbs.contains(&ids[k]) || toks[k].kind != TokenKind::Word {
        return None;
    }
    let next = toks.get(k + 1)?;
    let object = w.imperative_next.contains(&ids[k + 1]) && !w.locative.contains(&ids[k + 1]);
    let name = next.kind == TokenKind::Word && next.text(text).starts_with(char::is_uppercase) && !w.locative.contains(&ids[k + 1]) && !w.determiners.contains(&ids[k + 1]);
    (object || name).then_some(k)
}

/// Whether the noun at `a` follows "of" (past up to three determiners and
/// modifiers) after token `from`: "the video of the attack".
fn after_of(lex: &Lexicon, text: &str, toks: &[Token], ids: &[u32], from: usize, a: usize) -> bool {
    let mut k = a;
    while k > from + 1 && a - k < 4 {
        k -= 1;
        if ids[k] == lex.w.of {
            return true;
        }
        if toks[k].kind != TokenKind::Word || !toks[k].text(text).starts_with(|c: char| c.is_lowercase()) {
            return false;
        }
    }
    false
}

/// Whether a word could be a bare verb after "to" (not "to Kuwait", "to
/// the", "to talks", "to retaliation").
pub(crate) fn looks_like_base_verb(word: &str) -> bool {
    let lower = word.to_ascii_lowercase();
    if word.chars().next().is_some_and(char::is_uppercase) && word.chars().skip(1).any(char::is_uppercase) {
        return false;
    }
    if !lower.bytes().all(|b| b.is_ascii_lowercase() || b == b'-') {
        return false;
    }
    !ends_as_plural(&lower) && !["ed", "ing", "tion", "sion", "ment", "ance", "ence", "ity", "ism", "ship", "age", "ness", "ure"].iter().any(|s| lower.len() > s.len() + 2 && lower.ends_with(s))
}

/// The word ends as a plural in -s does ("cities", "experts"; not "-ss",
/// "-us", "-is": "press", "status", "crisis").
fn ends_as_plural(word: &str) -> bool {
    word.ends_with('s') && !word.ends_with("ss") && !word.ends_with("us") && !word.ends_with("is")
}

/// A year written in digits, 1900-2099 ("by 2012").
pub(crate) fn is_year(word: &str) -> bool {
    word.len() == 4 && word.bytes().all(|c| c.is_ascii_digit()) && (word.starts_with("19") || word.starts_with("20"))
}

fn class_modality(class: CueClass) -> Modality {
    match class {
        CueClass::Future | CueClass::Would | CueClass::Planned | CueClass::FutureTime => Modality::Planned,
        CueClass::Possible | CueClass::Deontic => Modality::Possible,
        CueClass::Threatened => Modality::Threatened,
        CueClass::Denied => Modality::Denied,
        CueClass::Negator | CueClass::Negation => Modality::Negated,
        CueClass::Conditional => Modality::Conditional,
        CueClass::Ongoing => Modality::Ongoing,
        CueClass::Occurred | CueClass::Transparent | CueClass::Reporting | CueClass::Barrier => Modality::Occurred,
    }
}

/// Punctuation that ends a clause: `;` `:` dashes, quote marks, brackets.
fn is_boundary_token(text: &str, t: &Token) -> bool {
    match t.kind {
        TokenKind::Dash | TokenKind::OpenQuote | TokenKind::CloseQuote | TokenKind::Terminal => true,
        TokenKind::Punct => matches!(t.text(text), ";" | ":" | "(" | ")" | "\""),
        _ => false,
    }
}

/// Convenience: the modality of the event at byte span `trigger` of `text`,
/// segmenting the text first. For many events of one text, segment once and
/// use [`ModalityClassifier::classify`].
pub fn classify_modality(text: &str, trigger: Span) -> ModalityJudgement {
    let seg = newsledger_text::segment(text);
    ModalityClassifier::english().classify(text, &seg, trigger)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn modality_of(sentence: &str, word: &str) -> Modality {
        let start = sentence.find(word).expect("word in sentence");
        classify_modality(sentence, Span::new(start, start + word.len())).modality
    }

    #[test]
    fn modal_and_embedding_cues() {
        assert_eq!(modality_of("The army plans to strike the town next week.", "strike"), Modality::Planned);
        assert_eq!(modality_of("Officials said troops would be deployed.", "deployed"), Modality::Planned);
        assert_eq!(modality_of("Rebels may have attacked the convoy.", "attacked"), Modality::Possible);
        assert_eq!(modality_of("The group threatened to bomb the bridge.", "bomb"), Modality::Threatened);
        assert_eq!(modality_of("The ministry denied that its jets bombed the market.", "bombed"), Modality::Denied);
        assert_eq!(modality_of("The army refused to withdraw.", "withdraw"), Modality::Negated);
        assert_eq!(modality_of("Rights groups cited allegations of arbitrary detentions by the police.", "detentions"), Modality::Possible);
    }

    #[test]
    fn negation_and_double_negation() {
        assert_eq!(modality_of("Israeli jets did not strike the camp.", "strike"), Modality::Negated);
        assert_eq!(modality_of("No evidence has been released.", "released"), Modality::Negated);
        assert_eq!(modality_of("They have not ruled out acting alone.", "acting"), Modality::Possible);
    }

    #[test]
    fn conditional_scopes_over_the_main_clause() {
        assert_eq!(modality_of("If approved, the operation would focus on drone strikes.", "strikes"), Modality::Conditional);
        assert_eq!(modality_of("The army will attack unless the rebels withdraw.", "attack"), Modality::Conditional);
    }

    #[test]
    fn relative_clause_is_outside_the_modal() {
        let s = "The mission would build on a campaign in the Caribbean, where U.S. forces have conducted strikes on boats.";
        assert_eq!(modality_of(s, "strikes"), Modality::Occurred);
        assert_eq!(modality_of(s, "build"), Modality::Planned);
    }

    #[test]
    fn right_cues_of_event_nouns() {
        assert_eq!(modality_of("Training has begun, though deployment is not imminent.", "deployment"), Modality::Planned);
        assert_eq!(modality_of("He hinted that similar operations could extend into Mexico.", "operations"), Modality::Possible);
        assert_eq!(modality_of("The raid was called off at dawn.", "raid"), Modality::Negated);
    }

    #[test]
    fn imperatives_are_not_events_that_happened() {
        assert_eq!(modality_of("Let me know if you have questions.", "Let"), Modality::Planned);
        assert_eq!(modality_of("“Strike the camps now,” he told the pilots.", "Strike"), Modality::Planned);
        assert_eq!(modality_of("Attack on convoy kills five.", "Attack"), Modality::Occurred);
    }

    #[test]
    fn bare_verbs_under_a_condition_did_not_happen() {
        let s = "She wrote: \"If you cannot reach the city, take a truck and attack the checkpoint at night.\"";
        assert_eq!(modality_of(s, "attack"), Modality::Conditional);
        let s = "If the talks fail, they bomb the bridges.";
        assert_eq!(modality_of(s, "bomb"), Modality::Conditional);
        // A past-tense verb and an event noun keep their reading.
        let s = "Rebels attacked the convoy at dawn on the main road, and the army will answer if it can.";
        assert_eq!(modality_of(s, "attacked"), Modality::Occurred);
        let s = "The attack on the convoy at dawn on the main road was condemned, and the army will answer if it can.";
        assert_eq!(modality_of(s, "attack"), Modality::Occurred);
    }

    #[test]
    fn plots_and_schedules_are_not_events_that_happened() {
        assert_eq!(modality_of("Police uncovered two bombing plots against churches in the capital.", "bombing"), Modality::Planned);
        assert_eq!(modality_of("The cell plotted to bomb a train station.", "bomb"), Modality::Planned);
        assert_eq!(modality_of("The next round of talks is set to begin in Doha.", "talks"), Modality::Planned);
        assert_eq!(modality_of("The minister recommended foreign troops withdraw from the province.", "withdraw"), Modality::Planned);
    }

    #[test]
    fn a_perfect_infinitive_reports_the_past() {
        assert_eq!(modality_of("Gunmen were reported to have attacked a checkpoint overnight.", "attacked"), Modality::Occurred);
        assert_eq!(modality_of("Two guards are believed to have been killed.", "killed"), Modality::Occurred);
        assert_eq!(modality_of("The rebels plan to attack the airport.", "attack"), Modality::Planned);
    }

    #[test]
    fn a_participial_opener_does_not_scope_over_the_main_clause() {
        assert_eq!(modality_of("Refusing to resign, the mayor signed the accord on Friday.", "signed"), Modality::Occurred);
        assert_eq!(modality_of("Refusing to resign, the mayor did not sign the accord.", "sign"), Modality::Negated);
    }

    #[test]
    fn presupposed_events_keep_their_reading() {
        // The inquiry is requested; the shooting it is into took place.
        assert_eq!(modality_of("The union demanded an inquiry into the shooting of two miners.", "shooting"), Modality::Occurred);
        assert_eq!(modality_of("The army would retaliate after the attack on its base.", "attack"), Modality::Occurred);
        assert_eq!(modality_of("The army would retaliate after the attack on its base.", "retaliate"), Modality::Planned);
        assert_eq!(modality_of("The governor vowed to crush the protests in the north.", "protests"), Modality::Occurred);
        // A phrase with its own cue keeps it; without a presupposing word the object of a plan is planned.
        assert_eq!(modality_of("Talks continued over the proposed withdrawal of troops.", "withdrawal"), Modality::Planned);
        assert_eq!(modality_of("Ministers met to discuss a withdrawal of troops.", "withdrawal"), Modality::Planned);
    }

    #[test]
    fn habits_hedged_subjects_and_back_references_happened() {
        assert_eq!(modality_of("The militias would sometimes burn the villages they passed.", "burn"), Modality::Occurred);
        assert_eq!(modality_of("The militias would burn the villages if paid.", "burn"), Modality::Conditional);
        assert_eq!(modality_of("Forty suspected smugglers were arrested on Monday.", "arrested"), Modality::Occurred);
        assert_eq!(modality_of("Police are investigating a suspected bombing at the market.", "bombing"), Modality::Possible);
        assert_eq!(modality_of("We will not be deterred by these attacks.", "attacks"), Modality::Occurred);
    }

    #[test]
    fn an_ongoing_cue_reaches_its_own_clause_only() {
        assert_eq!(modality_of("Fighting continued through the night and the broadcaster withdrew its crews from the city.", "withdrew"), Modality::Occurred);
        assert_eq!(modality_of("The army continued to shell the town.", "shell"), Modality::Ongoing);
    }

    #[test]
    fn a_past_verb_after_an_aside_or_an_infinitive_happened() {
        // A parenthesis inside the clause does not make the verb after it open a new one (an imperative).
        assert_eq!(modality_of("The drones arrived at dawn (0200 GMT) and struck a fuel depot.", "struck"), Modality::Occurred);
        assert_eq!(modality_of("The blasts came at night (local time) and destroyed the bridge.", "destroyed"), Modality::Occurred);
        // A finite past verb coordinated after an infinitive is the subject's own.
        assert_eq!(modality_of("The envoy urged the court to reconsider and spoke with the judge.", "spoke"), Modality::Occurred);
        assert_eq!(modality_of("The general ordered them to retreat and attacked the town himself.", "attacked"), Modality::Occurred);
        // Still planned: base verbs and passives under the infinitive.
        assert_eq!(modality_of("The rebels plan to storm the building and seize hostages.", "seize"), Modality::Planned);
        assert_eq!(modality_of("The migrants expect to be detained and deported.", "deported"), Modality::Planned);
        assert_eq!(modality_of("(Update) Strike the camps now.", "Strike"), Modality::Planned);
    }

    #[test]
    fn a_relative_future_time_after_the_event_dates_it_ahead() {
        assert_eq!(modality_of("The carmaker has announced 4,000 layoffs over the next three years.", "layoffs"), Modality::Planned);
        assert_eq!(modality_of("Steelworks closing two plants by 2031", "closing"), Modality::Planned);
        assert_eq!(modality_of("Ministers hold talks with the rebels next week in Geneva.", "talks"), Modality::Planned);
        assert_eq!(modality_of("The envoy's visit later this month is the first in a decade.", "visit"), Modality::Planned);
        // A past verb in the clause: the span is the story's own past.
        assert_eq!(modality_of("The raids killed 40 people over the next two days.", "raids"), Modality::Occurred);
        assert_eq!(modality_of("Troops withdrew from the town by 2009.", "withdrew"), Modality::Occurred);
        // The time of an infinitive after the noun, or of a later clause, is not the noun's.
        assert_eq!(modality_of("The protest was an attempt to topple the council by 2030.", "protest"), Modality::Occurred);
        assert_eq!(modality_of("Police reported the arrests, and elections follow next year.", "arrests"), Modality::Occurred);
        // "the next day" tells of the past; only a plural span or a deictic unit counts.
        assert_eq!(modality_of("Fighting resumed in the city the next day.", "Fighting"), Modality::Occurred);
    }

    #[test]
    fn an_event_announced_ahead_of_time_is_planned() {
        assert_eq!(modality_of("The shipyard announced 2,500 job cuts on Tuesday.", "job cuts"), Modality::Planned);
        assert_eq!(modality_of("Brussels unveils new sanctions on the regime", "sanctions"), Modality::Planned);
        // Reported after the fact: a determined noun phrase, a result, a plan that exists.
        assert_eq!(modality_of("The police announced the arrest of three suspects.", "arrest"), Modality::Occurred);
        assert_eq!(modality_of("The ministry announced a sharp drop in exports.", "drop"), Modality::Occurred);
        assert_eq!(modality_of("The union announced plans for a march.", "plans"), Modality::Occurred);
        // An attributive participle is no announcing verb; a that-clause is judged on its own.
        assert_eq!(modality_of("The long-awaited and previously announced merger closed on Friday.", "merger"), Modality::Occurred);
        assert_eq!(modality_of("The army announced that jets struck the depot.", "struck"), Modality::Occurred);
    }

    #[test]
    fn offered_negotiated_scheduled_and_delayed_events_are_not_done() {
        assert_eq!(modality_of("The mayor offered talks with the strikers.", "talks"), Modality::Planned);
        assert_eq!(modality_of("The two governments are negotiating the release of the sailors.", "release"), Modality::Planned);
        assert_eq!(modality_of("A vote on the motion has been scheduled for June.", "vote"), Modality::Planned);
        assert_eq!(modality_of("The launch was delayed after a fuel leak.", "launch"), Modality::Planned);
        // "offers" and "requests" are also plural nouns: no cue.
        assert_eq!(modality_of("Ceasefire offers collapsed and the shelling resumed.", "collapsed"), Modality::Occurred);
    }

    #[test]
    fn a_time_clause_under_a_future_main_clause_has_not_happened() {
        assert_eq!(modality_of("The minister will resign when the inquiry concludes.", "concludes"), Modality::Planned);
        assert_eq!(modality_of("The troops would stay until the rebels surrendered.", "surrendered"), Modality::Planned);
        assert_eq!(modality_of("The envoy will leave before signing the accord.", "signing"), Modality::Planned);
        // A past main clause; a noun of the time clause names what exists.
        assert_eq!(modality_of("The troops left when the rebels surrendered.", "surrendered"), Modality::Occurred);
        assert_eq!(modality_of("Aid will flow until the war ends.", "war"), Modality::Occurred);
    }

    #[test]
    fn tense_decides_when_no_cue() {
        assert_eq!(modality_of("Police arrested three men on Monday.", "arrested"), Modality::Occurred);
        assert_eq!(modality_of("Troops are deploying along the border.", "deploying"), Modality::Ongoing);
        assert_eq!(modality_of("Russia has been shelling the city for three weeks.", "shelling"), Modality::Ongoing);
        // A deed answered for is done; one prepared for is not.
        assert_eq!(modality_of("Israel vowed to retaliate for the rocket attack.", "attack"), Modality::Occurred);
        assert_eq!(modality_of("Hamas promised revenge for the airstrike on its base.", "airstrike"), Modality::Occurred);
        assert_eq!(modality_of("The army is preparing for the attack on the city.", "attack"), Modality::Planned);
        assert_eq!(modality_of("The rebels have been fighting near the dam since May.", "fighting"), Modality::Ongoing);
        assert_eq!(modality_of("The army had been shelling the town for a week when talks began.", "shelling"), Modality::Occurred);
        assert_eq!(modality_of("The town has been shelled every night.", "shelled"), Modality::Occurred);
        assert_eq!(modality_of("The officials said 12 people were killed.", "killed"), Modality::Occurred);
    }
}
