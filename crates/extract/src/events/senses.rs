//! Conflict trigger words used in their everyday senses.
//!
//! A deal is "struck", stocks "rally", a study "demonstrated that…", a
//! suicide is "an indictment of the system", a singer will sing "if it kills
//! me", a hunter "killed and ate a wild rabbit", "plague has killed
//! millions", a player parries bolts "killing them in one hit". Each is a trigger of the events table in a sense that tells of
//! no attack, protest or prosecution; [`everyday_sense`] says so for one
//! candidate, and the extractor makes no event of it.
//!
//! The word lists are in `data/en/events_senses.tsv`, interned in the shared
//! [`Lexicon`] (`lex.w.senses`) like every other event word group: each
//! check compares the sentence's word ids, and phrases are matched on ids.

use std::ops::Range;

use newsledger_model::{EntityType, EventType};
use newsledger_text::{Token, TokenKind};

use super::lexicon::{Lexicon, Senses, Trigger, WordList};
use crate::entities::{ActorKind, Registry};
use crate::Doc;

/// The candidate trigger at tokens `a..b` of the sentence `sent` is a word
/// used in an everyday sense that reports no event of its type: a deal
/// struck, a rally of stocks or a politician's own rally, "demonstrated
/// that", "an indictment of the system", an idiom of killing or shooting, an
/// animal killed, or deaths by a disease.
pub(super) fn everyday_sense(doc: &Doc<'_>, ids: &[u32], lex: &Lexicon, sent: Range<usize>, a: usize, b: usize, trigger: &Trigger) -> bool {
    let g = &lex.w.senses;
    // Most candidates are of other types or words: one id test each.
    let head = ids[a];
    let relevant = match trigger.event_type {
        EventType::Assault => true,
        EventType::Protest => g.rally_forms.contains(head) || g.demonstrate_forms.contains(head) || g.clash_forms.contains(head),
        EventType::Coerce => g.indictment_forms.contains(head) || g.ban_forms.contains(head) || g.capture_forms.contains(head),
        EventType::Threaten => g.threaten_forms.contains(head),
        _ => false,
    };
    if !relevant {
        return false;
    }
    let s = Sentence { text: doc.text, toks: &doc.seg.tokens[sent.clone()], ids: &ids[sent.clone()], lex, g };
    let (la, lb) = (a - sent.start, b - sent.start);
    match trigger.event_type {
        EventType::Assault => {
            if g.clash_forms.contains(head) && s.clash_of_words(la) {
                return true;
            }
            if g.strike_forms.contains(head) && lb == la + 1 && s.strikes_a_bargain(la, lb) {
                return true;
            }
            if g.kill_forms.contains(head) && lb == la + 1 && (s.kill_idiom(la, lb) || s.kills_an_animal(lb) || s.any_in_sentence(&g.kill_game_words) || kills_a_product(doc, &s, lb) || kills_a_thing_phrase(doc, &s, lb)) {
                return true;
            }
            if g.shoot_forms.contains(head) && s.shoots_for_something(la, lb) {
                return true;
            }
            if g.attack_forms.contains(head) && lb == la + 1 && s.attacks_an_idea(la, lb) {
                return true;
            }
            disease_killed(&s, ids, lex, sent.start, la, trigger)
        }
        EventType::Protest => {
            if g.rally_forms.contains(head) {
                return s.market_rally() || politicians_rally(doc, &s, sent.start, la);
            }
            if g.demonstrate_forms.contains(head) {
                return s.demonstrates_something(la, lb);
            }
            g.clash_forms.contains(head) && s.clash_of_words(la)
        }
        EventType::Coerce => {
            s.censure(lb) || (g.ban_forms.contains(head) && s.weapon_banned(la, lb)) || (g.capture_forms.contains(head) && lb == la + 1 && (s.kills_an_animal(lb) || s.captures_a_thing(la)))
        }
        EventType::Threaten => lb == la + 1 && s.endangers(la, lb),
        _ => false,
    }
}

/// One sentence's tokens and word ids (indexed from the sentence start),
/// with the lists.
struct Sentence<'s> {
    text: &'s str,
    toks: &'s [Token],
    ids: &'s [u32],
    lex: &'s Lexicon,
    g: &'s Senses,
}

impl Sentence<'_> {
    fn len(&self) -> usize {
        self.ids.len()
    }

    /// The word at `k` is one of `list`.
    fn has(&self, list: &WordList, k: usize) -> bool {
        list.contains(self.ids[k])
    }

    /// A word or a phrase of `list` starts at `k`.
    fn at(&self, list: &WordList, k: usize) -> bool {
        list.starts_at(self.ids, k, self.len())
    }

    fn any_in_sentence(&self, list: &WordList) -> bool {
        (0..self.len()).any(|k| self.at(list, k))
    }

    /// Token `k` is neither a word nor a number.
    fn is_punct(&self, k: usize) -> bool {
        !matches!(self.toks[k].kind, TokenKind::Word | TokenKind::Number)
    }

    fn capitalised(&self, k: usize) -> bool {
        self.toks[k].text(self.text).starts_with(|c: char| c.is_uppercase())
    }

    /// "a deal had finally been struck", "the deal struck with Iran": the
    /// passive subject just before the verb; "struck the right balance",
    /// "strike an upbeat tone", "struck up a friendship": its object after it.
    fn strikes_a_bargain(&self, la: usize, lb: usize) -> bool {
        let g = self.g;
        // Only the participle has a passive subject ("after the deal strikes resumed" is a strike).
        if self.has(&g.strike_participle, la) && self.passive_subject_in(la, &g.strike_objects, false) {
            return true;
        }
        for k in lb..self.len().min(lb + 4) {
            if self.is_punct(k) {
                break;
            }
            if self.has(&g.strike_objects, k) {
                return true;
            }
            if !self.has(&g.strike_object_lead, k) {
                break;
            }
        }
        false
    }

    /// The passive subject of the participle at `la` is a word of `subjects`:
    /// the word just before it, across the auxiliaries and adverbs of
    /// `strike_passive_skip` (and, with `skip_ly`, any adverb in -ly:
    /// "were seriously threatened"), up to six words back, no punctuation
    /// between.
    fn passive_subject_in(&self, la: usize, subjects: &WordList, skip_ly: bool) -> bool {
        let mut k = la;
        while k > 0 && la - k < 6 {
            k -= 1;
            if self.is_punct(k) {
                return false;
            }
            let word = self.toks[k].text(self.text);
            if self.has(&self.g.strike_passive_skip, k) || (skip_ly && word.len() > 4 && word.ends_with("ly")) {
                continue;
            }
            return self.has(subjects, k);
        }
        false
    }

    /// "lives were seriously threatened", "a province threatened by mining",
    /// "acts that threaten the country's sovereignty", "when threatened, the
    /// slug …": something put at risk, no threat made by anyone.
    fn endangers(&self, la: usize, lb: usize) -> bool {
        let g = self.g;
        if self.has(&g.threaten_participle, la) {
            if la > 0 && self.has(&g.bare_participle_leads, la - 1) {
                return true;
            }
            if self.passive_subject_in(la, &g.endangered_subjects, true) {
                return true;
            }
        }
        (lb..self.len().min(lb + 4)).take_while(|&k| !self.is_punct(k) || matches!(self.toks[k].text(self.text), "'s" | "’s")).any(|k| self.has(&g.endangered_objects, k))
    }

    /// "if it kills me", "dressed to kill", "killing time", "she killed it",
    /// "killed the bill".
    fn kill_idiom(&self, la: usize, lb: usize) -> bool {
        let g = self.g;
        if la >= 2 && g.kill_idiom_before.phrase_len_at(self.ids, la - 2, la) == Some(2) {
            return true;
        }
        if lb >= self.len() {
            return false;
        }
        if self.has(&g.killed_things, lb) {
            // "killing it": the next token, not a longer noun phrase ("it
            // was" is a new clause, which is still "killed it").
            return true;
        }
        self.has(&g.killed_thing_dets, lb) && lb + 1 < self.len() && self.has(&g.killed_things, lb + 1) && !self.has(&g.killed_things_bare, lb + 1)
    }

    /// "the concerns of every resident would be captured": a passive (a
    /// form of "be" right before the participle, across the skipped
    /// auxiliaries and adverbs) whose nearest noun of interest before it,
    /// back to a comma, is a thing a record captures, not a person.
    fn captures_a_thing(&self, la: usize) -> bool {
        let g = self.g;
        let mut k = la;
        let mut passive = false;
        while k > 0 && self.has(&g.strike_passive_skip, k - 1) {
            k -= 1;
            passive |= self.has(&g.be_forms, k);
        }
        if !passive {
            return false;
        }
        let stop = k.saturating_sub(12);
        while k > stop {
            k -= 1;
            if matches!(self.toks[k].text(self.text), "," | ";" | ":") || self.has(&g.people_words, k) {
                return false;
            }
            if self.has(&g.captured_things, k) {
                return true;
            }
        }
        false
    }

    /// "attacked the government's housing policy", "attacked war as a
    /// means of …": the object, ending right there, is a policy or an
    /// idea; the attack is in words.
    fn attacks_an_idea(&self, la: usize, lb: usize) -> bool {
        let g = self.g;
        let mut k = lb;
        if k < self.len() && self.has(&g.killed_thing_dets, k) {
            k += 1;
        } else if k + 1 < self.len() && self.capitalised(k) && matches!(self.toks[k + 1].text(self.text), "'s" | "’s") {
            k += 2;
        } else if self.has(&g.attack_noun_forms, la) {
            // "future attack plans": a noun before a noun.
            return false;
        }
        // ("attacked the \"macho culture\"": a quoted phrase.)
        if k < self.len() && self.toks[k].kind == TokenKind::OpenQuote {
            k += 1;
        }
        let first = k;
        while k < self.len() && k - first < 4 && (!self.is_punct(k) || matches!(self.toks[k].text(self.text), "'s" | "’s")) && !self.capitalised(k) {
            if self.has(&g.attacked_ideas, k) {
                let end = k + 1 >= self.len() || self.is_punct(k + 1) || self.has(&g.animal_window_stops, k + 1) || self.has(&g.attacked_idea_next, k + 1);
                if end {
                    return true;
                }
            }
            k += 1;
        }
        false
    }

    /// "killed and ate a wild rabbit", "killed two deer": the first noun
    /// of interest after the verb, before a preposition, punctuation, a
    /// person word or a name, is an animal.
    fn kills_an_animal(&self, lb: usize) -> bool {
        let g = self.g;
        for k in lb..self.len().min(lb + 6) {
            if self.is_punct(k) || self.capitalised(k) || self.has(&g.animal_window_stops, k) || self.has(&g.people_words, k) {
                return false;
            }
            if self.has(&g.animals, k) {
                return true;
            }
        }
        false
    }

    /// "shooting for something worthy", "shoot for the stars": aiming. Not
    /// "the shooting for which he was jailed".
    fn shoots_for_something(&self, la: usize, lb: usize) -> bool {
        let g = self.g;
        lb == la + 1 && lb < self.len() && self.has(&g.shoot_aim_next, lb) && !(la > 0 && self.has(&g.shoot_noun_dets, la - 1))
    }

    /// "the rally in bank stocks", "the rally has broken above that trend
    /// line": a sentence about markets, and no people who gather in it.
    fn market_rally(&self) -> bool {
        self.any_in_sentence(&self.g.market_words) && !self.any_in_sentence(&self.g.rally_people)
    }

    /// "demonstrated in 2013 that…", "demonstrated the technology", "as
    /// demonstrated by his departure", "as they demonstrated repeatedly
    /// against the Thunder" (a sentence of the game).
    fn demonstrates_something(&self, la: usize, lb: usize) -> bool {
        let g = self.g;
        let w = &self.lex.w;
        let n = self.len();
        // Passive: protesting takes no object, so it has no passive (but
        // "were demonstrating" is a protest going on).
        // "have been clearly demonstrated": an adverb in -ly may stand between.
        if self.has(&g.demonstrate_participle, la) && la > 0 {
            let mut k = la - 1;
            while k > 0 && k + 2 >= la && self.toks[k].text(self.text).ends_with("ly") {
                k -= 1;
            }
            if self.has(&g.be_forms, k) {
                return true;
            }
        }
        if lb < n && self.ids[lb] == w.by && !(lb + 1 < n && (self.has(&g.by_crowd, lb + 1) || (self.ids[lb + 1] == w.the && lb + 2 < n && self.has(&g.by_crowd, lb + 2)))) {
            return true;
        }
        // An object right after the verb ("demonstrated a new drone"), not
        // a time ("demonstrated the day after the vote").
        if lb < n && self.has(&g.demonstrate_object_dets, lb) {
            let told_protest = (lb + 1..n.min(lb + 4)).any(|k| self.has(&g.protest_objects, k) || self.has(&g.that_time_words, k));
            if !told_protest {
                return true;
            }
        }
        // A clause of what was shown, in the verb's own clause, before
        // anything that tells a protest ("demonstrated in Paris to show that…").
        for k in lb..n.min(lb + 5) {
            if self.is_punct(k) || self.has(&g.protest_clause_stops, k) || ends_with_ing(self.toks[k].text(self.text)) {
                break;
            }
            if self.has(&g.demonstrate_clause_words, k) {
                let time = self.ids[k] == g.that && k + 1 < n && self.has(&g.that_time_words, k + 1);
                if !time {
                    return true;
                }
            }
        }
        self.any_in_sentence(&g.sports_words)
    }

    /// "an indictment of the system", "a profound indictment of our
    /// politics": across up to three modifiers after "of", a thing that can
    /// only be condemned, not prosecuted.
    fn censure(&self, lb: usize) -> bool {
        let n = self.len();
        if lb >= n || self.ids[lb] != self.lex.w.of {
            return false;
        }
        for k in lb + 1..n.min(lb + 5) {
            if self.is_punct(k) {
                return false;
            }
            // Not a possessive: "an indictment of the country's former president".
            let possessive = k + 1 < n && self.toks[k + 1].text(self.text).starts_with(['\'', '\u{2019}', '\u{2018}']);
            if self.at(&self.g.censured_things, k) && !possessive {
                return true;
            }
        }
        false
    }

    /// "Ministers clashed with the army chief over the budget", "the
    /// candidates clashed over immigration": a topic after the clash word,
    /// a speaker in the sentence and no harm or weapon named.
    fn clash_of_words(&self, la: usize) -> bool {
        let g = self.g;
        (la + 1..self.len()).any(|k| self.has(&g.clash_topic_preps, k)) && self.any_in_sentence(&g.clash_speakers) && !self.any_in_sentence(&g.clash_harm_words)
    }

    /// "the ban of landmines", "a global ban on the use of cluster
    /// munitions", "landmines were banned in 1997": a ban on a kind of
    /// weapon, a law or a treaty that coerces no one. Not "banned protesters
    /// from carrying weapons" (people banned), nor "a ban on weapons exports
    /// to Israel" (an embargo on a country).
    fn weapon_banned(&self, la: usize, lb: usize) -> bool {
        let g = self.g;
        let n = self.len();
        let mut k = lb;
        while k < n.min(lb + 6) {
            if self.is_punct(k) || self.has(&g.ban_person_stops, k) {
                break;
            }
            if let Some(len) = g.banned_weapons.len_at(self.ids, k, n) {
                let after = k + len;
                return !(after < n && self.has(&g.weapon_trade_words, after));
            }
            k += 1;
        }
        // The passive subject, or the weapon as the ban's modifier: "landmines
        // were banned", "nuclear tests have long been banned", "the gun ban".
        let mut k = la;
        while k > 0 && la - k < 5 {
            k -= 1;
            if self.has(&g.be_forms, k) || self.has(&g.ban_passive_skip, k) {
                continue;
            }
            return self.has(&g.banned_weapons, k);
        }
        false
    }
}

/// The word ends in "ing", in any case.
fn ends_with_ing(word: &str) -> bool {
    let b = word.as_bytes();
    b.len() >= 3 && b[b.len() - 3..].eq_ignore_ascii_case(b"ing")
}

/// "Trump said at a rally in Louisiana", "the senator told supporters at a
/// rally", "the governor held a rally": the rally is the speaker's own
/// campaign event when the subject of the verb before it is a public office
/// holder (a person of the actor registry) or carries a political title.
fn politicians_rally(doc: &Doc<'_>, s: &Sentence<'_>, start: usize, la: usize) -> bool {
    // "returned to the campaign trail with a rally", "ramped up his
    // campaign, holding up to five rallies": a campaign told beside it.
    if s.any_in_sentence(&s.g.campaign_rally_words) {
        return true;
    }
    // "Trump's Tulsa rally", "at one Biden rally": its holder right before
    // it, past "'s", a place name and the words of `rally_speaker_lead`.
    let mut k = la;
    while k > 0 && la - k < 4 {
        k -= 1;
        let word = s.toks[k].text(s.text);
        if matches!(word, "'s" | "’s") || s.has(&s.g.rally_speaker_lead, k) {
            continue;
        }
        if s.is_punct(k) || !s.capitalised(k) {
            break;
        }
        if politician_at(doc, s, start, k) {
            return true;
        }
    }
    // Back over "at a", "to a packed", "supporters at a" to the verb.
    let mut k = la;
    let verb = loop {
        if k == 0 || la - k > 5 {
            return false;
        }
        k -= 1;
        if s.is_punct(k) {
            return false;
        }
        if s.has(&s.g.rally_speaker_verbs, k) {
            break k;
        }
        if !s.has(&s.g.rally_speaker_lead, k) {
            return false;
        }
    };
    if verb == 0 || s.is_punct(verb - 1) {
        return false;
    }
    let subject = verb - 1;
    if s.has(&s.g.political_titles, subject) {
        return true;
    }
    politician_at(doc, s, start, subject)
}

/// The token `subject` is inside the name of a person who holds public
/// office (the actor registry) or carries a political title before the name.
fn politician_at(doc: &Doc<'_>, s: &Sentence<'_>, start: usize, subject: usize) -> bool {
    let toks = &doc.seg.tokens;
    let at = toks[start + subject].start as usize;
    let Some(entity) = doc.facts.entities.iter().find(|e| e.entity_type == EntityType::Person && e.mentions.iter().any(|m| m.start <= at && at < m.end)) else {
        return false;
    };
    if entity.actor.as_deref().and_then(|id| Registry::bundled().get(id)).is_some_and(|actor| actor.kind == ActorKind::Person) {
        return true;
    }
    // "Sen. Elizabeth Warren said at a rally": a title before the mention.
    let mention_start = entity.mentions.iter().find(|m| m.start <= at && at < m.end).map_or(at, |m| m.start);
    (0..subject).rev().find(|&j| (toks[start + j].start as usize) < mention_start).is_some_and(|j| s.has(&s.g.political_titles, j))
}

/// "an excuse to kill CentOS", "Apple killed the iPod": the object of a kill
/// verb, right after it or its determiner, is a name the entity pass reads
/// as MISC (a product, a law, a work; not a nationality word) and the
/// object ends with it: a product or a project ended, no one killed.
fn kills_a_product(doc: &Doc<'_>, s: &Sentence<'_>, lb: usize) -> bool {
    let mut k = lb;
    if k < s.len() && s.has(&s.g.killed_thing_dets, k) {
        k += 1;
    }
    if k >= s.len() || s.is_punct(k) {
        return false;
    }
    let at = s.toks[k].start as usize;
    let Some((i, m)) = doc.facts.entities.iter().enumerate().find_map(|(i, e)| e.mentions.iter().find(|m| m.start == at).map(|m| (i, m))) else {
        return false;
    };
    let e = &doc.facts.entities[i];
    // (A place is never killed either: "Google will kill Stadia", a
    // product the tagger took for a place; srcev35.)
    if !matches!(e.entity_type, EntityType::Misc | EntityType::Loc) || super::demonyms::is_nationality(doc, i, &doc.text[m.start..m.end]) {
        return false;
    }
    // The object ends with the name: the sentence ends, punctuation or a
    // conjunction follows ("kill CentOS, and …"; not "killed Iraqi civilians").
    // (Or a time: "will kill Stadia next year"; srcev35.)
    let next = (k..s.len()).find(|&j| s.toks[j].start as usize >= m.end).unwrap_or(s.len());
    next >= s.len() || s.is_punct(next) || s.has(&s.g.attacked_idea_next, next) || s.has(&s.g.animal_window_stops, next) || doc.facts.times.iter().any(|t| t.evidence.start == s.toks[next].start as usize)
}

/// "killed off its Stadia service", "will kill the photo app on Friday",
/// "killed the merger in committee": after "off" and a determiner, up to
/// three modifiers (names, lower-case words, none a person) and then a
/// word of `killed_things` or `killed_products` that ends the phrase (the
/// sentence ends, punctuation, a preposition, a conjunction or a time
/// follows). "killed a contract worker" goes on past "contract" to a
/// person, so it stays an attack (srcev35).
fn kills_a_thing_phrase(doc: &Doc<'_>, s: &Sentence<'_>, lb: usize) -> bool {
    let g = s.g;
    let mut k = lb;
    while k < s.len() && k < lb + 2 && s.has(&g.killed_thing_dets, k) {
        k += 1;
    }
    if k == lb {
        return false;
    }
    let stop = s.len().min(k + 4);
    while k < stop {
        // ("killed the leader of the project": the thing is not the object.)
        if s.is_punct(k) || s.has(&g.people_words, k) || s.has(&g.animal_window_stops, k) || s.has(&g.attacked_idea_next, k) {
            return false;
        }
        if (s.has(&g.killed_things, k) || s.has(&g.killed_products, k)) && !s.has(&g.killed_things_bare, k) {
            let next = k + 1;
            if next >= s.len() || s.has(&g.attacked_idea_next, next) || s.has(&g.animal_window_stops, next) {
                return true;
            }
            if s.is_punct(next) {
                return !matches!(s.toks[next].text(s.text), "'s" | "’s");
            }
            let at = s.toks[next].start as usize;
            return doc.facts.times.iter().any(|t| t.evidence.start == at);
        }
        k += 1;
    }
    false
}

/// "plague has killed millions", "the Black Death spread…, killing up to
/// 60 percent": a casualty word in a sentence naming a disease, with no
/// attacker before it; or an attack verb a few words after one ("the plague
/// struck Europe"). Single-word causes ("virus", "cholera") are the
/// extractor's own check; these are the ones it does not list.
fn disease_killed(s: &Sentence<'_>, ids: &[u32], lex: &Lexicon, start: usize, la: usize, trigger: &Trigger) -> bool {
    let cause_at = |k: usize| s.at(&s.g.disease_causes, k);
    if trigger.outcome {
        return !super::attacker_named(ids, lex, start..start + la) && (0..s.len()).any(cause_at);
    }
    (la.saturating_sub(4)..la).any(cause_at)
}
