//! Words of asking, agreeing, meeting, blaming and withdrawing (and a few of
//! sanctioning, deploying and striking) used for something that is no such
//! act.
//!
//! A monitor counts requests, agreements and consultations between parties.
//! "I completely agree with that" is an opinion, "Patel spoke with Wikinews"
//! an interview, "the research paper talks about systems" and "meeting their
//! needs" no meeting, "the Constitution demands a trial" asks nothing of
//! anyone, "demand for mail-in ballots" is demand for goods, "dismissed from
//! his post" is a firing, "the law has condemned many women to …" dooms
//! them, "withdrew its storm warnings" retreats from nothing, "free from
//! corporate control" frees no one. Likewise "remove tariffs" imposes no
//! sanction, "Firefighters dispatched 30 vehicles" mobilizes no force and "a
//! 1912 strike by textile workers" is a labour strike, not an attack.
//! [`no_such_act`] says so for one candidate and the extractor makes no event
//! of it.
//!
//! The word lists are in `data/en/events_acts.tsv`, interned in the shared
//! lexicon (`lex.w.acts`); each check compares word ids of the sentence and
//! starts with one id test of the trigger's head word.

use std::ops::Range;

use newsledger_model::EventType;
use newsledger_text::TokenKind;

use super::lexicon::{Lexicon, Trigger, WordList, Words};
use crate::Doc;

/// The lists of `events_acts.tsv`.
pub(crate) struct Acts {
    agree_forms: WordList,
    opinion_objects: WordList,
    opinion_nouns: WordList,
    opinion_followers: WordList,
    opinion_followers_and: WordList,
    decision_words: WordList,
    talk_forms: WordList,
    meet_forms: WordList,
    meet_skip: WordList,
    met_things: WordList,
    interview_partners: WordList,
    interview_preps: WordList,
    request_verb_forms: WordList,
    request_subject_skip: WordList,
    requirement_subjects: WordList,
    market_demand_after: WordList,
    market_demand_before: WordList,
    demand_nouns: WordList,
    dismiss_forms: WordList,
    condemn_forms: WordList,
    condemned_people: WordList,
    retreat_forms: WordList,
    retreat_things: WordList,
    retreat_places: WordList,
    retreat_nouns: WordList,
    candidacy_words: WordList,
    free_forms: WordList,
    free_next: WordList,
    technical_things: WordList,
    aid_forms: WordList,
    sanction_nouns: WordList,
    sanction_skip: WordList,
    sanction_removal: WordList,
    sanction_relief_after: WordList,
    mobilize_send_forms: WordList,
    rescue_services: WordList,
    mobilize_armed: WordList,
    labour_strike_forms: WordList,
    labour_words: WordList,
    strike_arms: WordList,
    /// Read by `roles` (see `events_acts.tsv`).
    pub(crate) convening_nouns: WordList,
    pub(crate) cause_verbs: WordList,
    pub(crate) cause_verbs_to: WordList,
    pub(crate) undergo_verbs: WordList,
    pub(crate) beside_preps: WordList,
    pub(crate) agent_preps_after: WordList,
    pub(crate) noun_ing: WordList,
}

impl Acts {
    pub(super) fn from_lists(list: &mut impl FnMut(&str) -> WordList) -> Acts {
        Acts {
            agree_forms: list("agree_forms"),
            opinion_objects: list("opinion_objects"),
            opinion_nouns: list("opinion_nouns"),
            opinion_followers: list("opinion_followers"),
            opinion_followers_and: list("opinion_followers_and"),
            decision_words: list("decision_words"),
            talk_forms: list("talk_forms"),
            meet_forms: list("meet_forms"),
            meet_skip: list("meet_skip"),
            met_things: list("met_things"),
            interview_partners: list("interview_partners"),
            interview_preps: list("interview_preps"),
            request_verb_forms: list("request_verb_forms"),
            request_subject_skip: list("request_subject_skip"),
            requirement_subjects: list("requirement_subjects"),
            market_demand_after: list("market_demand_after"),
            market_demand_before: list("market_demand_before"),
            demand_nouns: list("demand_nouns"),
            dismiss_forms: list("dismiss_forms"),
            condemn_forms: list("condemn_forms"),
            condemned_people: list("condemned_people"),
            retreat_forms: list("retreat_forms"),
            retreat_things: list("retreat_things"),
            retreat_places: list("retreat_places"),
            retreat_nouns: list("retreat_nouns"),
            candidacy_words: list("candidacy_words"),
            free_forms: list("free_forms"),
            free_next: list("free_next"),
            technical_things: list("technical_things"),
            aid_forms: list("aid_forms"),
            sanction_nouns: list("sanction_nouns"),
            sanction_skip: list("sanction_skip"),
            sanction_removal: list("sanction_removal"),
            sanction_relief_after: list("sanction_relief_after"),
            mobilize_send_forms: list("mobilize_send_forms"),
            rescue_services: list("rescue_services"),
            mobilize_armed: list("mobilize_armed"),
            labour_strike_forms: list("labour_strike_forms"),
            labour_words: list("labour_words"),
            strike_arms: list("strike_arms"),
            convening_nouns: list("convening_nouns"),
            cause_verbs: list("cause_verbs"),
            cause_verbs_to: list("cause_verbs_to"),
            undergo_verbs: list("undergo_verbs"),
            beside_preps: list("beside_preps"),
            agent_preps_after: list("agent_preps_after"),
            noun_ing: list("noun_ing"),
        }
    }

    #[cfg(test)]
    fn all(&self) -> [&WordList; 47] {
        [
            &self.agree_forms, &self.opinion_objects, &self.opinion_nouns, &self.opinion_followers, &self.opinion_followers_and, &self.decision_words,
            &self.talk_forms, &self.meet_forms, &self.meet_skip, &self.met_things, &self.interview_partners, &self.interview_preps,
            &self.request_verb_forms, &self.request_subject_skip, &self.requirement_subjects, &self.market_demand_after, &self.market_demand_before,
            &self.demand_nouns, &self.dismiss_forms, &self.condemn_forms, &self.condemned_people, &self.retreat_forms,
            &self.retreat_things, &self.retreat_places, &self.retreat_nouns, &self.candidacy_words, &self.technical_things, &self.aid_forms, &self.free_forms, &self.free_next, &self.sanction_nouns, &self.sanction_skip,
            &self.sanction_removal, &self.sanction_relief_after, &self.mobilize_send_forms, &self.rescue_services, &self.mobilize_armed,
            &self.labour_strike_forms, &self.labour_words, &self.strike_arms, &self.convening_nouns, &self.cause_verbs,
            &self.cause_verbs_to, &self.undergo_verbs, &self.beside_preps, &self.agent_preps_after, &self.noun_ing,
        ]
    }
}

/// One sentence's word ids and tokens, indexed from the sentence start.
struct Sent<'s> {
    doc: &'s Doc<'s>,
    ids: &'s [u32],
    start: usize,
    n: usize,
}

impl Sent<'_> {
    fn is_punct(&self, k: usize) -> bool {
        !matches!(self.doc.seg.tokens[self.start + k].kind, TokenKind::Word | TokenKind::Number)
    }

    fn text(&self, k: usize) -> &str {
        self.doc.seg.tokens[self.start + k].text(self.doc.text)
    }

    /// Token `k` is the word of id `id` (one of the lexicon's own ids: "to", "from").
    fn is(&self, k: usize, id: u32) -> bool {
        k < self.n && self.ids[k] == id
    }

    fn has(&self, list: &WordList, k: usize) -> bool {
        k < self.n && list.contains(self.ids[k])
    }

    fn at(&self, list: &WordList, k: usize) -> bool {
        k < self.n && list.starts_at(self.ids, k, self.n)
    }

    fn capitalised(&self, k: usize) -> bool {
        self.text(k).starts_with(|c: char| c.is_uppercase())
    }

    fn any(&self, list: &WordList) -> bool {
        (0..self.n).any(|k| self.at(list, k))
    }
}

/// The candidate at tokens `a..b` of sentence `sent` names no act of its
/// type (see the module comment).
pub(super) fn no_such_act(doc: &Doc<'_>, ids: &[u32], lex: &Lexicon, sent: Range<usize>, a: usize, b: usize, trigger: &Trigger) -> bool {
    let w = &lex.w;
    let g = &w.acts;
    let head = ids[a];
    let relevant = match trigger.event_type {
        EventType::Agree => g.agree_forms.contains(head),
        EventType::Consult | EventType::Request | EventType::Reject | EventType::Accuse | EventType::Retreat | EventType::Concede | EventType::Sanction => true,
        EventType::Support | EventType::Aid => b == a + 1,
        EventType::Mobilize => g.mobilize_send_forms.contains(head),
        EventType::Assault => g.labour_strike_forms.contains(head) && b == a + 1,
        _ => false,
    };
    if !relevant {
        return false;
    }
    let s = Sent { doc, ids: &ids[sent.clone()], start: sent.start, n: sent.len() };
    let (la, lb) = (a - sent.start, b - sent.start);
    match trigger.event_type {
        EventType::Agree => agrees_in_opinion(&s, g, w, lb),
        EventType::Consult => (g.talk_forms.contains(head) && s.is(lb, w.about)) || (g.meet_forms.contains(head) && meets_a_need(&s, g, lb)) || interview(&s, g, la, lb),
        EventType::Request => {
            (g.request_verb_forms.contains(head) && required_by_thing(&s, g, la)) || (g.demand_nouns.contains(head) && lb == la + 1 && market_demand(&s, g, la, lb))
        }
        EventType::Reject => g.dismiss_forms.contains(head) && s.is(lb, w.from),
        EventType::Accuse => g.condemn_forms.contains(head) && lb == la + 1 && dooms(&s, g, w, lb),
        EventType::Retreat => {
            g.retreat_forms.contains(head)
                && lb == la + 1
                && (withdraws_a_notice(&s, g, lb) || (g.retreat_nouns.contains(head) && la > 0 && s.has(&g.retreat_places, la - 1)) || leaves_a_race(doc, ids, lex, &s, sent.start))
        }
        EventType::Support | EventType::Aid => technical_help(&s, g, w, la, lb),
        EventType::Concede => g.free_forms.contains(head) && lb == la + 1 && s.has(&g.free_next, lb),
        EventType::Sanction => g.sanction_nouns.contains(ids[b - 1]) && sanction_removed(&s, g, la, lb),
        EventType::Mobilize => sent_by_rescuers(&s, g, la, lb),
        EventType::Assault => labour_strike(&s, g),
        _ => false,
    }
}

/// "agree with that", "agreed with him", "agreed with La Riva, saying…",
/// "agreed with the assessment", "agreed, saying…", "agreed and cautioned",
/// "agreed that vaccines have done more good than harm".
fn agrees_in_opinion(s: &Sent<'_>, g: &Acts, w: &Words, lb: usize) -> bool {
    let n = s.n;
    if lb >= n {
        return false;
    }
    let word = s.text(lb);
    if word == "with" {
        let k = lb + 1;
        if k >= n {
            return false;
        }
        // A party and what is agreed follow: "agreed with them to form a coalition".
        let then_terms = (k + 1..n.min(k + 4)).any(|j| s.is(j, w.to) || s.text(j) == "on");
        if s.has(&g.opinion_objects, k) {
            return !then_terms;
        }
        if s.text(k) == "the" && s.has(&g.opinion_nouns, k + 1) {
            return true;
        }
        // A name and then the end of the clause: "agreed with La Riva, saying".
        if s.capitalised(k) {
            let mut j = k;
            while j < n && !s.is_punct(j) && s.capitalised(j) {
                j += 1;
            }
            return j >= n || (s.is_punct(j) && !then_terms) || s.has(&g.opinion_followers, j);
        }
        return false;
    }
    if s.is_punct(lb) && matches!(word, ",") {
        return s.has(&g.opinion_followers, lb + 1);
    }
    if word == "and" {
        return s.has(&g.opinion_followers_and, lb + 1);
    }
    if word == "that" {
        // The clause up to the next punctuation has no word of a decision.
        let mut k = lb + 1;
        while k < n && !s.is_punct(k) {
            if s.has(&g.decision_words, k) {
                return false;
            }
            k += 1;
        }
        return k > lb + 2;
    }
    false
}

/// "meeting their needs", "met the deadline": the first word after the verb
/// past `meet_skip` is a need or a target.
fn meets_a_need(s: &Sent<'_>, g: &Acts, lb: usize) -> bool {
    let mut k = lb;
    while k < s.n.min(lb + 4) && s.has(&g.meet_skip, k) {
        k += 1;
    }
    s.has(&g.met_things, k)
}

/// An interview partner after "with"/"to" (past "the"/"a") anywhere in the
/// sentence, or right before the verb as its subject, or opening the
/// sentence ("With Wikinews, Jephcott discussed …").
fn interview(s: &Sent<'_>, g: &Acts, la: usize, _lb: usize) -> bool {
    (0..s.n).any(|k| {
        if !s.has(&g.interview_partners, k) {
            return false;
        }
        if k + 1 == la {
            return true;
        }
        let mut j = k;
        while j > 0 && matches!(s.text(j - 1), "the" | "a" | "The" | "A") {
            j -= 1;
        }
        j > 0 && s.has(&g.interview_preps, j - 1)
    })
}

/// "the Constitution demands a trial", "mandatory sentencing called for at
/// least 20 years", "the warnings called for gale force winds": the word
/// right before the verb (past a few adverbs) is a law, a plan or a forecast.
fn required_by_thing(s: &Sent<'_>, g: &Acts, la: usize) -> bool {
    let mut k = la;
    while k > 0 {
        k -= 1;
        if s.has(&g.request_subject_skip, k) {
            continue;
        }
        // "the Constitution demands": a capitalised law after "the".
        return s.has(&g.requirement_subjects, k) && (!s.capitalised(k) || (k > 0 && s.text(k - 1).eq_ignore_ascii_case("the")));
    }
    false
}

/// "the increased demand for mail-in ballots", "called the demand
/// unprecedented": demand for goods.
fn market_demand(s: &Sent<'_>, g: &Acts, la: usize, lb: usize) -> bool {
    if la > 0 && s.has(&g.market_demand_before, la - 1) {
        return true;
    }
    let mut k = lb;
    let mut words = 0;
    while k < s.n && words < 3 {
        if !s.is_punct(k) {
            if s.has(&g.market_demand_after, k) {
                return true;
            }
            words += 1;
        } else if matches!(s.text(k), "." | ";" | ",") {
            return false;
        }
        k += 1;
    }
    false
}

/// "was condemned to death", "has condemned many women … to resort to",
/// "has condemned many women, generally of limited means, to resort to"
/// (an aside between commas inside the object, of up to eight words, is
/// passed over: events29).
fn dooms(s: &Sent<'_>, g: &Acts, w: &Words, lb: usize) -> bool {
    if s.is(lb, w.to) {
        return true;
    }
    let Some(people) = (lb..s.n.min(lb + 2)).find(|&k| s.at(&g.condemned_people, k)) else {
        return false;
    };
    let mut k = people + 1;
    let mut words = 0;
    while k < s.n && words < 6 {
        if s.text(k) == "," {
            // The aside closes at the next comma; "to" must follow it at once.
            let close = (k + 1..s.n.min(k + 10)).find(|&j| s.is_punct(j));
            return close.is_some_and(|j| s.text(j) == "," && s.is(j + 1, w.to));
        }
        if s.is_punct(k) {
            return false;
        }
        if s.is(k, w.to) {
            return true;
        }
        words += 1;
        k += 1;
    }
    false
}

/// "withdrew from the race", "sought the nomination but withdrew before the
/// primaries", "The party nominated a ticket of X and Y. X withdrew in
/// March": a candidate who leaves an election retreats from no position
/// (events29). A word of candidacy (`candidacy_words`) in the sentence or
/// the one before it, and no armed force (`mobilize_armed`) in the sentence
/// ("withdraw our troops" in a candidate's speech, "the removal of US
/// troops … a hasty withdrawal" stay retreats).
fn leaves_a_race(doc: &Doc<'_>, ids: &[u32], lex: &Lexicon, s: &Sent<'_>, start: usize) -> bool {
    let g = &lex.w.acts;
    if s.any(&g.mobilize_armed) {
        return false;
    }
    if s.any(&g.candidacy_words) {
        return true;
    }
    // The sentence before, in the same paragraph.
    let Some(si) = doc.seg.sentence_at(doc.seg.tokens[start].start as usize) else {
        return false;
    };
    let Some(prev) = si.checked_sub(1).map(|p| &doc.seg.sentences[p]) else {
        return false;
    };
    if doc.text.get(prev.end..doc.seg.sentences[si].start).is_some_and(|gap| gap.contains('\n')) {
        return false;
    }
    prev.tokens.clone().any(|k| g.candidacy_words.starts_at(ids, k, prev.tokens.end))
}

/// "support for all hardware the release supported", "Red Hat supported
/// architectures", "added to the lines to aid in shutdowns": backing a
/// machine or helping with a task is no SUPPORT or AID (events29). A
/// technical thing (`technical_things`) within six words before the trigger
/// or four after it, in its clause; or the verb "aid" followed by "in".
fn technical_help(s: &Sent<'_>, g: &Acts, w: &Words, la: usize, lb: usize) -> bool {
    // The verb only ("to aid in", "would aid in"): "the delivery of aid in
    // an attempt to …" is the noun.
    if s.has(&g.aid_forms, la) && s.is(lb, w.in_) && la > 0 && (s.is(la - 1, w.to) || w.aux.contains(&s.ids[la - 1])) {
        return true;
    }
    let before = (la.saturating_sub(6)..la).rev().take_while(|&k| !s.is_punct(k) || s.text(k) == ",").any(|k| s.at(&g.technical_things, k));
    let after = (lb..s.n.min(lb + 4)).take_while(|&k| !s.is_punct(k)).any(|k| s.at(&g.technical_things, k));
    before || after
}

/// "withdrew its tropical storm warnings": a notice within five words.
fn withdraws_a_notice(s: &Sent<'_>, g: &Acts, lb: usize) -> bool {
    (lb..s.n.min(lb + 5)).take_while(|&k| !s.is_punct(k)).any(|k| s.has(&g.retreat_things, k))
}

/// "remove tariffs", "rolling back existing tariffs", "lifted sanctions",
/// "tariff concessions": a removal word before the noun, or a relief noun
/// right after it.
fn sanction_removed(s: &Sent<'_>, g: &Acts, la: usize, lb: usize) -> bool {
    if s.has(&g.sanction_relief_after, lb) {
        return true;
    }
    let mut k = la;
    let mut steps = 0;
    while k > 0 && steps < 5 {
        k -= 1;
        steps += 1;
        if s.at(&g.sanction_removal, k) || (k > 0 && g.sanction_removal.phrase_len_at(s.ids, k - 1, k + 1) == Some(2)) {
            return true;
        }
        let word = s.text(k);
        let number = word.bytes().next().is_some_and(|c| c.is_ascii_digit());
        if !(number || s.has(&g.sanction_skip, k)) {
            return false;
        }
    }
    false
}

/// "Firefighters dispatched around 30 vehicles; personnel …": a rescue
/// service within four words before the verb and no armed force after it.
fn sent_by_rescuers(s: &Sent<'_>, g: &Acts, la: usize, lb: usize) -> bool {
    let mut rescue = false;
    let mut k = la;
    while k > 0 && la - k < 4 {
        k -= 1;
        if s.is_punct(k) {
            break;
        }
        if s.at(&g.rescue_services, k) || (k > 0 && g.rescue_services.phrase_len_at(s.ids, k - 1, k + 1) == Some(2)) {
            rescue = true;
            break;
        }
    }
    rescue && !(lb..s.n.min(lb + 6)).any(|k| s.has(&g.mobilize_armed, k))
}

/// A strike noun in a sentence naming workers or a union and no word of
/// arms: "during a 1912 strike by textile workers".
fn labour_strike(s: &Sent<'_>, g: &Acts) -> bool {
    s.any(&g.labour_words) && !s.any(&g.strike_arms)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_list_has_words() {
        let lex = Lexicon::english();
        for list in lex.w.acts.all() {
            assert!(list.first_words().next().is_some());
        }
    }
}
