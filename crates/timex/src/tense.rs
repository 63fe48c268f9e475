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
        if let Some(tense) = word_tense(text, t) {
            return Some(with_auxiliary(text, toks, i, tense));
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
        if let Some(tense) = word_tense(text, &toks[i]) {
            return Some(with_auxiliary(text, toks, i, tense));
        }
        if !toks[i].capitalised {
            steps += 1;
        }
        i += 1;
    }
    None
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
/// ("is scheduled" present, "will be held" future, "was held" past).
fn with_auxiliary(text: &str, toks: &[Tok], i: usize, tense: Tense) -> Tense {
    if tense != Tense::Past {
        return tense;
    }
    let mut k = i;
    for _ in 0..3 {
        let Some(p) = k.checked_sub(1) else { return tense };
        k = p;
        let t = &toks[k];
        if t.kind != Kind::Word {
            return tense;
        }
        let w = &text[t.start as usize..t.end as usize];
        let is = |x: &str| w.eq_ignore_ascii_case(x);
        if is("not") || is("also") || is("already") || is("just") || is("being") || is("now") || is("still") {
            continue;
        }
        if is("is") || is("are") || is("am") {
            return Tense::Present;
        }
        if is("be") {
            return Tense::Future;
        }
        return tense;
    }
    tense
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
