//! Shapes in which a trigger word tells no new happening (twenty-first
//! session): an agreement named as broken, an event noun used as a
//! statistic, a participle used as an adjective, and a crime named as a
//! charge. Each test runs once per candidate trigger, over a few tokens
//! around it; the word groups are in `events_function_words.tsv`.

use newsledger_text::TokenKind;

use super::lexicon::Lexicon;
use super::is_adverb;
use crate::Doc;

type Range = std::ops::Range<usize>;

/// "The ceasefire was violated", "violated the truce", "accused each other
/// of violating the truce", "the peace deal broke down", "the truce
/// collapsed", "ended the ceasefire": an agreement noun named as broken,
/// ended or collapsed. No agreement was made in that sentence (it was made
/// before), so it gives no AGREE event; the violation, when an act is
/// named ("by shelling the town"), is that act's own event.
/// Before the noun: a breach word, then only determiners, "of" and
/// modifiers. After it: auxiliaries and adverbs, then a breach word ("ended"
/// only intransitive: "the agreement ended the war" is no breach).
pub(super) fn broken_agreement(doc: &Doc<'_>, ids: &[u32], lex: &Lexicon, sent: Range, a: usize, b: usize) -> bool {
    let w = &lex.w;
    let toks = &doc.seg.tokens;
    // "agreed", "agree": the verb tells the agreeing itself.
    if toks[a].text(doc.text).get(..5).is_some_and(|p| p.eq_ignore_ascii_case("agree")) {
        return false;
    }
    let mut k = a;
    while k > sent.start && a - k < 4 {
        k -= 1;
        if w.agreement_breach_before.contains(&ids[k]) {
            return true;
        }
        let word = toks[k].kind == TokenKind::Word;
        if !word || (w.np_stop.contains(&ids[k]) && ids[k] != w.of) {
            break;
        }
    }
    let mut k = b;
    while k < sent.end && k - b < 4 {
        if w.agreement_breach_after.contains(&ids[k]) {
            let transitive = k + 1 < sent.end && w.determiners.contains(&ids[k + 1]);
            return !(transitive && ids[k] == w.agreement_ended);
        }
        if !(w.aux.contains(&ids[k]) || is_adverb(toks[k].text(doc.text))) {
            break;
        }
        k += 1;
    }
    false
}

/// An event noun in the plural used as a statistic or a category, not as
/// happenings told: the subject of a trend verb ("seizures rose 20%",
/// "arrests have fallen"), the object of a measuring verb ("CBP measures
/// seizures", "tracks drug seizures"), or the noun after "a rise in" /
/// "the rate of" ("a sharp rise in kidnappings"). "Police made 40 arrests
/// in Culiacan" is none of these and stays an event.
pub(super) fn statistic_noun(doc: &Doc<'_>, ids: &[u32], lex: &Lexicon, sent: Range, a: usize, b: usize) -> bool {
    let w = &lex.w;
    let toks = &doc.seg.tokens;
    let head = toks[b - 1].text(doc.text);
    if !head.ends_with('s') || head.ends_with("ss") {
        return false;
    }
    // Subject of a trend verb: auxiliaries and adverbs between, and a short
    // phrase after the noun ("attacks on aid workers doubled").
    let mut k = b;
    if k + 1 < sent.end && w.statistic_noun_preps.contains(&ids[k]) {
        let mut j = k + 1;
        while j < sent.end && j - k <= 3 && toks[j].kind == TokenKind::Word && toks[j].text(doc.text).starts_with(|c: char| c.is_ascii_lowercase()) && !w.np_stop.contains(&ids[j]) && !w.statistic_trend_verbs.contains(&ids[j]) {
            j += 1;
        }
        if j < sent.end && w.statistic_trend_verbs.contains(&ids[j]) {
            return true;
        }
    }
    while k < sent.end && k - b < 4 {
        if w.statistic_trend_verbs.contains(&ids[k]) {
            return true;
        }
        if !(w.aux.contains(&ids[k]) || is_adverb(toks[k].text(doc.text))) {
            break;
        }
        k += 1;
    }
    // Object of a measuring verb, or the noun after "rise in" / "rate of":
    // up to two lower-case modifiers between ("drug seizures").
    let mut k = a;
    let mut modifiers = 0;
    while k > sent.start {
        k -= 1;
        if w.statistic_measure_verbs.contains(&ids[k]) {
            return true;
        }
        if (ids[k] == w.of || ids[k] == w.in_) && k > sent.start {
            // "a rise in", "the number of", "a sharp rise in"
            return w.statistic_heads.contains(&ids[k - 1]);
        }
        let modifier = toks[k].kind == TokenKind::Word
            && toks[k].text(doc.text).starts_with(|c: char| c.is_ascii_lowercase())
            && !w.np_stop.contains(&ids[k])
            && !w.determiners.contains(&ids[k]);
        modifiers += 1;
        if !modifier || modifiers > 2 {
            return false;
        }
    }
    false
}

/// A participle used as an adjective before a noun: "Wounded soldiers were
/// taken to hospital", "two kidnapped girls", "aid for displaced families",
/// "Detained migrants said…". The people are described by what befell them
/// (told elsewhere, if at all); no new event. The participle opens the
/// sentence or follows a number or a preposition, and a lower-case noun
/// follows it, or a verb in its base form comes before it ("to not
/// vaccinate detained migrants"). ("Police detained migrants": a noun
/// before it, a verb.)
/// An "-ing" form only before a noun of a non-conflict sense ("invading
/// bacteria", "an attacking midfielder"; `nonconflict_heads`): "the
/// invading troops" keep their invasion.
pub(super) fn adjectival_participle(doc: &Doc<'_>, ids: &[u32], lex: &Lexicon, sent: Range, a: usize, b: usize) -> bool {
    let w = &lex.w;
    let toks = &doc.seg.tokens;
    if b != a + 1 || b >= sent.end {
        return false;
    }
    let word = toks[a].text(doc.text);
    let next = &toks[b];
    if next.kind != TokenKind::Word {
        return false;
    }
    if word.ends_with("ing") {
        return w.nonconflict_heads.contains(&ids[b]);
    }
    if !(word.len() > 4 && word.ends_with("ed")) {
        return false;
    }
    let next_word = next.text(doc.text);
    // "guarding captured ISIS fighters", "freed detained Houthi fighters": a
    // name used as a modifier, then a lower-case plural noun (events29).
    let name_modifier = next_word.starts_with(|c: char| c.is_ascii_uppercase())
        && b + 1 < sent.end
        && toks[b + 1].kind == TokenKind::Word
        && {
            let head = toks[b + 1].text(doc.text);
            head.len() > 3 && head.starts_with(|c: char| c.is_ascii_lowercase()) && head.ends_with('s') && !head.ends_with("ss") && !head.ends_with("ed") && !w.np_stop.contains(&ids[b + 1])
        };
    let noun = name_modifier
        || next_word.starts_with(|c: char| c.is_ascii_lowercase())
        && !next_word.ends_with("ed")
        && !is_adverb(next_word)
        && !w.np_stop.contains(&ids[b])
        && !w.determiners.contains(&ids[b])
        && !w.locative.contains(&ids[b])
        && !w.object_pronouns.contains(&ids[b])
        && !w.participle_not_nouns.contains(&ids[b]);
    if !noun {
        return false;
    }
    // "to not vaccinate detained migrants", "will house displaced
    // families": a verb in its base form before it (after "to", "not" or a
    // modal) has the participle's noun as its object.
    let after_base_verb = a >= sent.start + 2
        && toks[a - 1].kind == TokenKind::Word
        && toks[a - 1].text(doc.text).starts_with(|c: char| c.is_ascii_lowercase())
        && !w.aux.contains(&ids[a - 1])
        && w.base_verb_markers.contains(&ids[a - 2])
        // "not" itself only after "to" or an auxiliary ("to not vaccinate",
        // "did not house"), not "Not everyone agreed".
        && (!w.negation_words.contains(&ids[a - 2]) || (a >= sent.start + 3 && (ids[a - 3] == w.to || w.aux.contains(&ids[a - 3]))));
    // "guarding captured fighters", "began releasing detained protesters":
    // after a verb in -ing (not an event noun such as "shelling", nor one
    // after a determiner), the participle describes that verb's object
    // (events29).
    let after_ing_verb = a > sent.start + 1 && {
        let prev = toks[a - 1].text(doc.text);
        prev.len() > 5
            && prev.ends_with("ing")
            && prev.starts_with(|c: char| c.is_ascii_lowercase())
            && !w.aux.contains(&ids[a - 1])
            && !w.acts.noun_ing.contains(ids[a - 1])
            && lex.triggers.longest_at(ids, a - 1, a).is_none()
            && !w.determiners.contains(&ids[a - 2])
            && !matches!(toks[a - 2].text(doc.text), "'s" | "’s")
    };
    a == sent.start
        || after_base_verb
        || after_ing_verb
        || toks[a - 1].kind == TokenKind::Number
        || w.attributive_preps.contains(&ids[a - 1])
        || w.participle_openers.contains(&ids[a - 1])
}

/// A crime named as a charge: "faces charges of kidnapping", "was
/// convicted of murder", "accused of abduction", "charged with the
/// kidnapping of …", "arrested on suspicion of kidnapping". The outlet
/// reports an accusation or a court's finding, not the act: the crime's
/// event is `possible` (the charge itself is the ACCUSE or arrest event,
/// when a trigger tells it).
pub(super) fn crime_as_charge(doc: &Doc<'_>, ids: &[u32], lex: &Lexicon, sent: Range, a: usize) -> bool {
    let w = &lex.w;
    let toks = &doc.seg.tokens;
    // "conspiring to hack", "attempted to kill": the crime of agreeing or
    // trying is what the charge names.
    let a = if a >= sent.start + 2 && ids[a - 1] == w.to && w.inchoate_crimes.contains(&ids[a - 2]) { a - 2 } else { a };
    // "faces 18 charges in the US, including conspiring to hack": a charge
    // word up to six tokens before "including"; "pleaded guilty to
    // conspiring": one right before "to".
    if a > sent.start && w.charge_links.contains(&ids[a - 1]) {
        let reach = if ids[a - 1] == w.to { 1 } else { 6 };
        if (a.saturating_sub(1 + reach).max(sent.start)..a - 1).any(|j| w.charge_words.contains(&ids[j])) {
            return true;
        }
    }
    let mut k = a;
    let mut skipped = 0;
    // "of the kidnapping", "with aggravated murder"
    while k > sent.start {
        k -= 1;
        if w.charge_preps.contains(&ids[k]) {
            break;
        }
        skipped += 1;
        let modifier = toks[k].kind == TokenKind::Word && !w.np_stop.contains(&ids[k]);
        if !modifier || skipped > 2 {
            return false;
        }
    }
    if k == a || !w.charge_preps.contains(&ids[k]) {
        return false;
    }
    // "charges of", "two counts of", "on suspicion of", "accused of".
    (k.saturating_sub(3).max(sent.start)..k).any(|j| w.charge_words.contains(&ids[j]))
}
