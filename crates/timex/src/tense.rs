//! The tense of the clause around an expression, from nearby words: enough
//! to tell "said Friday" (the Friday before the anchor) from "will meet
//! Friday" (the Friday after).

use crate::lexicon::Tense;
use crate::tokens::{Kind, Tok};

/// How far to look on each side, in tokens.
const WINDOW: usize = 8;

/// The tense signalled nearest to tokens `first..end`: left context first
/// (the governing verb usually precedes), then right.
pub(crate) fn tense_near(text: &str, toks: &[Tok], first: usize, end: usize) -> Option<Tense> {
    // "as early as Tuesday", "as soon as Friday": a time not reached yet.
    if first >= 3 {
        let w = |k: usize| &text[toks[k].start as usize..toks[k].end as usize];
        if w(first - 1).eq_ignore_ascii_case("as") && w(first - 3).eq_ignore_ascii_case("as") && ["early", "soon"].iter().any(|x| w(first - 2).eq_ignore_ascii_case(x)) {
            return Some(Tense::Future);
        }
    }
    // A verb or auxiliary decides; a non-verb cue ("until", "ago") only
    // when no verb is near.
    let mut weak: Option<Tense> = None;
    let mut i = first;
    let mut steps = 0;
    while i > 0 && steps < WINDOW {
        // A headline or a dateline says nothing about the next paragraph.
        if toks[i].paragraph_before {
            break;
        }
        i -= 1;
        steps += 1;
        let t = &toks[i];
        if is_boundary(text, toks, i) {
            break;
        }
        match cue_at(text, toks, i) {
            Some((tense, false)) => return Some(tense),
            Some((tense, true)) => weak = weak.or(Some(tense)),
            None => {}
        }
        // Names ("the National Rifle Association") do not use up the window.
        if t.capitalised {
            steps -= 1;
        }
    }
    let mut i = end;
    let mut steps = 0;
    while i < toks.len() && steps < WINDOW {
        if is_boundary(text, toks, i) || toks[i].paragraph_before {
            break;
        }
        // "… by the time of June elections, said an OSCE official": an
        // inverted reporting tag dates the saying, and what follows it is
        // the speaker's, so the search stops. ("On Monday, the minister
        // said" is the clause's own verb: still read.)
        if i > end && toks[i - 1].is_punct(text, ',') && toks[i].entry.is_some_and(|e| e.reporting) {
            break;
        }
        match cue_at(text, toks, i) {
            // "On Monday they agreed to meet": the agreeing is dated.
            Some((Tense::FutureInPast, false)) if toks[i].entry.is_some_and(|e| e.intent) => return Some(Tense::Past),
            Some((tense, false)) => return Some(tense),
            Some((tense, true)) => weak = weak.or(Some(tense)),
            None => {}
        }
        if !toks[i].capitalised {
            steps += 1;
        }
        i += 1;
    }
    weak
}

/// The tense of the nearest verb before token `first` in its sentence, however
/// far: "The second attack was in Linwood, killing eight people, on the
/// same day" is told in the past though no verb is near "the same day".
pub(crate) fn sentence_tense_before(text: &str, toks: &[Tok], first: usize) -> Option<Tense> {
    let mut i = first;
    while i > 0 && !toks[i].paragraph_before {
        i -= 1;
        if is_boundary(text, toks, i) {
            break;
        }
        if let Some((tense, false)) = cue_at(text, toks, i) {
            return Some(tense);
        }
    }
    None
}

/// The tense token `i` signals, and whether the cue is weak (not a verb).
fn cue_at(text: &str, toks: &[Tok], i: usize) -> Option<(Tense, bool)> {
    let t = &toks[i];
    let w = |k: usize| toks.get(k).filter(|t| t.kind == Kind::Word).map_or("", |t| &text[t.start as usize..t.end as usize]);
    let word = w(i);
    // "plans to leave" looks ahead, "vacation plans" says nothing; the verb
    // "planned"/"planning" looks ahead ("planned a march on Saturday")
    // unless a determiner makes it an adjective ("a planned attack").
    if word.get(..4).is_some_and(|p| p.eq_ignore_ascii_case("plan")) {
        let ahead = match word.len() {
            4 | 5 => w(i + 1).eq_ignore_ascii_case("to"),
            7 | 8 if word.ends_with("ed") || word.ends_with("ng") => {
                let before = i.checked_sub(1).map_or("", w);
                // "began as (previously) planned Saturday night": what the
                // plan said, told in the past; the clause's verb decides.
                // ("will not attend on Sunday as planned." still looks ahead:
                // there the plan closes the clause.)
                let adverb = before.len() > 4 && before.ends_with("ly");
                let as_at = if adverb { i.checked_sub(2) } else { i.checked_sub(1) };
                if as_at.is_some_and(|k| w(k).eq_ignore_ascii_case("as")) && !w(i + 1).is_empty() {
                    return None;
                }
                // "a vigil planned for Saturday was cancelled", "the march
                // planned at the campus on Friday will go ahead": a participle
                // after its noun, before a preposition, names the plan; the
                // clause's own verb decides. ("They planned for months",
                // "was planned for Friday": a subject or an auxiliary makes it
                // a verb, which still looks ahead.)
                let after_noun = toks.get(i.wrapping_sub(1)).is_some_and(|p| p.kind == Kind::Word && !p.capitalised && p.entry.is_none())
                    && !["is", "was", "are", "were", "be", "been", "being", "has", "have", "had", "they", "we", "he", "she", "it", "i", "you", "who", "which", "that", "also", "still", "already", "originally", "initially"]
                        .iter()
                        .any(|x| before.eq_ignore_ascii_case(x));
                if i > 0 && word.ends_with("ed") && after_noun && ["for", "at", "on", "in", "during", "outside", "inside", "near", "across", "around", "by"].iter().any(|x| w(i + 1).eq_ignore_ascii_case(x)) {
                    return None;
                }
                // After a preposition it is an adjective too ("four rounds
                // of planned outages in October").
                !["a", "an", "the", "its", "their", "his", "her", "our", "this", "that", "of", "for", "in", "on", "at", "with", "after", "before", "amid", "during"]
                    .iter()
                    .any(|d| before.eq_ignore_ascii_case(d))
            }
            _ => return None,
        };
        return ahead.then_some((Tense::Future, false));
    }
    // "hopes to finish in September", "aims to open by June": an aim looks
    // ahead ("the hope that…" says nothing).
    if ["hope", "hopes", "hoping", "aim", "aims", "aiming"].iter().any(|h| word.eq_ignore_ascii_case(h)) {
        return w(i + 1).eq_ignore_ascii_case("to").then_some((Tense::Future, false));
    }
    // "due to injuries", "due to the weather": a cause, not a plan ("due
    // to be heard", "due to arrive" still look ahead).
    if word.eq_ignore_ascii_case("due") && w(i + 1).eq_ignore_ascii_case("to") {
        let next = w(i + 2);
        let lower = next.to_ascii_lowercase();
        let determiner = ["the", "a", "an", "his", "her", "its", "their", "this", "that", "these", "those", "bad", "poor", "heavy", "lack"].contains(&lower.as_str());
        let plural_noun = lower.len() > 3 && lower.ends_with('s') && !lower.ends_with("ss") && !lower.ends_with("us");
        let name = toks.get(i + 2).is_some_and(|t| t.capitalised || t.kind == Kind::Number);
        if determiner || plural_noun || name {
            return None;
        }
    }
    // "next to the embassy": a preposition, not "next week".
    if word.eq_ignore_ascii_case("next") && w(i + 1).eq_ignore_ascii_case("to") {
        return None;
    }
    // "talks set to resume Monday": arranged, so ahead.
    if word.eq_ignore_ascii_case("set") && w(i + 1).eq_ignore_ascii_case("to") && !w(i + 2).is_empty() {
        return Some((Tense::Future, false));
    }
    let tense = word_tense(text, t)?;
    // "value-added", "state-owned", "smaller-than-expected": a word glued
    // to a hyphen before it ends a compound adjective, no verb.
    // A verb prefix keeps the verb ("re-elected", "co-founded").
    if i >= 2 && !t.space_before && toks[i - 1].is_punct(text, '-') && !toks[i - 1].space_before {
        let before = &text[toks[i - 2].start as usize..toks[i - 2].end as usize];
        if !["re", "co", "pre", "de", "un", "mis", "out", "over", "under"].iter().any(|p| before.eq_ignore_ascii_case(p)) {
            return None;
        }
    }
    // "a still unspecified date", "the previously announced plan": a
    // regular "-ed" form after a determiner is an adjective, not a verb.
    if tense == Tense::Past && t.entry.is_none() && after_determiner(text, toks, i) {
        return None;
    }
    // "agreed to meet in New York from May 12": the meeting's date, seen
    // from the past. (Scanning right from a date, the verb follows it and
    // dates the agreeing: `tense_near` reads it as a past.)
    if t.entry.is_some_and(|e| e.intent) && w(i + 1).eq_ignore_ascii_case("to") && toks.get(i + 2).is_some_and(|n| n.kind == Kind::Word && !n.capitalised) {
        return Some((Tense::FutureInPast, false));
    }
    // "agreed to meet", "did not meet", "the vote": a bare form that is no
    // finite verb says nothing (the word before decides, if a cue).
    if t.entry.is_some_and(|e| e.bare) {
        let before = i.checked_sub(1).map_or("", w).to_ascii_lowercase();
        let not_finite = ["to", "did", "does", "do", "not", "t", "could", "would", "should", "can", "may", "might", "must", "will", "ll", "a", "an", "the", "this", "that", "its", "their", "his", "her", "our", "next", "last", "first", "final", "key"];
        if before.is_empty() || not_finite.contains(&before.as_str()) {
            return None;
        }
    }
    let weak = t.entry.is_some_and(|e| e.tense_weak);
    if weak {
        return Some((tense, true));
    }
    // "had been scheduled for January 25, but was delayed": the plan of a
    // past moment, not one still ahead; "was last scheduled for July 25":
    // a plan seen from a past moment, either side of the article's date.
    if tense == Tense::Future {
        match auxiliary_before(text, toks, i) {
            Some(Aux::Had) => return Some((Tense::PlanInPast, false)),
            Some(Aux::Was) => return Some((Tense::FutureInPast, false)),
            None => {}
        }
    }
    // "has been scheduled for", "is expected", "was set to": the participle
    // of a planning verb after an auxiliary looks ahead ("had been" looks
    // ahead from a past moment only).
    if is_auxiliary(word) && planning_participle_after(text, toks, i) {
        let planned = match word.to_ascii_lowercase().as_str() {
            "had" => Tense::PlanInPast,
            // "was last scheduled for July 25": seen from a past moment.
            "was" | "were" => Tense::FutureInPast,
            _ => Tense::Future,
        };
        return Some((planned, false));
    }
    with_auxiliary(text, toks, i, tense).map(|t| (t, false))
}

/// Token `i` follows a determiner, possibly across adverbs ("a still",
/// "the recently", "its newly").
fn after_determiner(text: &str, toks: &[Tok], i: usize) -> bool {
    let mut k = i;
    for _ in 0..3 {
        let Some(p) = k.checked_sub(1) else { return false };
        k = p;
        let t = &toks[k];
        if t.kind != Kind::Word {
            return false;
        }
        let w = &text[t.start as usize..t.end as usize];
        let is = |x: &str| w.eq_ignore_ascii_case(x);
        if is("still") || is("yet") || is("not") || (w.len() > 4 && w.ends_with("ly")) {
            continue;
        }
        return ["a", "an", "the", "its", "their", "his", "her", "our", "your", "this", "these", "those", "each", "every", "no"].iter().any(|d| is(d));
    }
    false
}

/// A past auxiliary before a planning participle.
enum Aux {
    /// "had been scheduled"
    Had,
    /// "was scheduled", "were expected"
    Was,
}

/// The past auxiliary up to three words before token `i`, across "been"
/// and adverbs ("had been initially scheduled", "was last scheduled").
fn auxiliary_before(text: &str, toks: &[Tok], i: usize) -> Option<Aux> {
    let mut k = i;
    for _ in 0..3 {
        k = k.checked_sub(1)?;
        let t = &toks[k];
        if t.kind != Kind::Word {
            return None;
        }
        let w = &text[t.start as usize..t.end as usize];
        let is = |x: &str| w.eq_ignore_ascii_case(x);
        if is("had") {
            return Some(Aux::Had);
        }
        if is("was") || is("were") {
            return Some(Aux::Was);
        }
        if is("been") || is("not") || is("long") || is("last") || is("also") || is("already") || (w.len() > 4 && w.ends_with("ly")) {
            continue;
        }
        return None;
    }
    None
}

fn is_auxiliary(w: &str) -> bool {
    ["has", "have", "had", "was", "were", "is", "are"].iter().any(|a| w.eq_ignore_ascii_case(a))
}

/// An auxiliary at `i` followed (within three words) by "scheduled",
/// "expected", "due", "set to"…
fn planning_participle_after(text: &str, toks: &[Tok], i: usize) -> bool {
    for k in i + 1..(i + 4).min(toks.len()) {
        let t = &toks[k];
        if t.kind != Kind::Word {
            return false;
        }
        let w = &text[t.start as usize..t.end as usize];
        let is = |x: &str| w.eq_ignore_ascii_case(x);
        if is("been") || is("being") || is("not") || is("also") || is("now") || is("still") || is("already") || is("originally") {
            continue;
        }
        if is("planning") {
            return true;
        }
        if is("set") {
            return toks.get(k + 1).is_some_and(|n| {
                let nw = &text[n.start as usize..n.end as usize];
                nw.eq_ignore_ascii_case("to") || nw.eq_ignore_ascii_case("for")
            });
        }
        return t.entry.is_some_and(|e| e.tense == Some(Tense::Future) && !e.tense_weak);
    }
    false
}

fn is_boundary(text: &str, toks: &[Tok], i: usize) -> bool {
    let t = &toks[i];
    if t.kind != Kind::Punct {
        return false;
    }
    let s = &text[t.start as usize..t.end as usize];
    match s {
        "!" | "?" | ";" => true,
        "." => {
            // An abbreviation's period ("Nov.", "a.m.", "U.S.") is not a boundary.
            let prev = i.checked_sub(1).map(|p| &toks[p]);
            !prev.is_some_and(|p| p.kind == Kind::Word && !t.space_before && is_abbreviation(&text[p.start as usize..p.end as usize]))
        }
        _ => false,
    }
}

/// A past form after an auxiliary is a participle: the auxiliary decides
/// ("is scheduled" present, "will be held" future, "was held" past, "could
/// be found" nothing).
fn with_auxiliary(text: &str, toks: &[Tok], i: usize, tense: Tense) -> Option<Tense> {
    if tense != Tense::Past {
        return Some(tense);
    }
    let mut k = i;
    for _ in 0..3 {
        let Some(p) = k.checked_sub(1) else { return Some(tense) };
        k = p;
        let t = &toks[k];
        if t.kind != Kind::Word {
            return Some(tense);
        }
        let w = &text[t.start as usize..t.end as usize];
        let is = |x: &str| w.eq_ignore_ascii_case(x);
        if is("not") || is("also") || is("already") || is("just") || is("being") || is("now") || is("still") {
            continue;
        }
        if is("is") || is("are") || is("am") {
            return Some(Tense::Present);
        }
        if is("be") {
            // "could be located Friday" reports the past as often as not.
            let word_at = |m: usize| &text[toks[m].start as usize..toks[m].end as usize];
            let mut m = k.checked_sub(1);
            if m.is_some_and(|m| word_at(m).eq_ignore_ascii_case("not")) {
                m = m.and_then(|m| m.checked_sub(1));
            }
            return if m.is_some_and(|m| word_at(m).eq_ignore_ascii_case("could")) { None } else { Some(Tense::Future) };
        }
        return Some(tense);
    }
    Some(tense)
}

pub(crate) fn word_tense(text: &str, t: &Tok) -> Option<Tense> {
    if t.kind != Kind::Word {
        return None;
    }
    if let Some(tense) = t.entry.and_then(|e| e.tense) {
        return Some(tense);
    }
    if t.entry.is_some() {
        return None;
    }
    let w = &text[t.start as usize..t.end as usize];
    let b = w.as_bytes();
    // Capitalised "-ed" words are names ("United States", "Ahmed").
    if t.capitalised {
        return None;
    }
    if b.len() >= 5 && b[b.len() - 2..].eq_ignore_ascii_case(b"ed") && !b[b.len() - 3].eq_ignore_ascii_case(&b'e') {
        // "killed", "reported"; not "need", "speed", "hundred".
        if !w.eq_ignore_ascii_case("hundred") && !w.eq_ignore_ascii_case("indeed") {
            return Some(Tense::Past);
        }
    }
    None
}

fn is_abbreviation(w: &str) -> bool {
    w.len() == 1
        || matches!(
            w,
            "Jan" | "Feb" | "Mar" | "Apr" | "Jun" | "Jul" | "Aug" | "Sep" | "Sept" | "Oct" | "Nov" | "Dec" | "Mr" | "Mrs" | "Ms" | "Dr"
                | "Gen" | "Sen" | "Rep" | "Gov" | "Lt" | "Col" | "Sgt" | "St" | "Jr" | "Sr" | "Co" | "Inc" | "Corp" | "Ltd" | "vs" | "No"
        )
}
