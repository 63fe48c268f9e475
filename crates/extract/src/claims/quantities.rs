//! Numbers with what they count: "at least 14 people were killed",
//! "deployed 10,000 troops", "tens of thousands of American deaths".
//!
//! A quantity is a number (digits or words, possibly vague: "dozens",
//! "tens of thousands"), optional bounds ("at least", "up to", "between 20
//! and 30"), the noun phrase it counts and the predicate that says what
//! happened to it. Numbers that are dates, years, clock times, ages, parts of
//! names ("Title 50") and ordinals are not quantities; identifiers such as
//! "MS-13", "F-16" and phone numbers are single word tokens and never reach
//! the parser.

use std::ops::Range;

use newsledger_model::{Quantity, QuantityPart, Span};
use newsledger_text::{Segmentation, Token, TokenKind};

use crate::events::lexicon::{Bound, Lexicon, NumberKind};

/// A quantity found in the text, with the token positions the claim and
/// event extractors need. Token indexes are into `Segmentation::tokens`.
#[derive(Debug, Clone)]
pub(crate) struct QuantityMention {
    pub quantity: Quantity,
    pub sentence: usize,
    /// The number and its bound words.
    pub tokens: Range<usize>,
    /// The number, the noun phrase it counts and its predicate, whichever
    /// reach furthest.
    pub extent: Range<usize>,
    /// Token of the predicate verb, when one was found.
    pub predicate_token: Option<usize>,
}

/// Predicates whose object is people even when no noun says so ("killing 12").
const PERSON_PREDICATES: &[&str] = &[
    "killed", "died", "dead", "wounded", "injured", "arrested", "detained", "abducted", "kidnapped", "displaced", "executed", "extradited",
    "deported", "missing", "evacuated", "rescued", "freed", "released", "captured", "shot", "expelled", "charged", "convicted", "sentenced",
    "attended", "protested", "gathered", "joined", "took part",
];

/// Whether a unit names a measurement of a thing (a length, weight, speed,
/// area, power; `measure` in quantities_shapes.tsv), not a count of people,
/// events or money.
pub(crate) fn is_measure_unit(unit: &str) -> bool {
    SHAPE_WORDS.measure.contains(&unit.to_ascii_lowercase())
}

/// Finds the quantities of `text`. Spans are byte offsets.
pub fn extract_quantities(text: &str, seg: &Segmentation) -> Vec<Quantity> {
    let lex = Lexicon::english();
    let ids = lex.vocab.token_ids(text, &seg.tokens);
    find_quantities(text, seg, &ids).into_iter().map(|m| m.quantity).collect()
}

pub(crate) fn find_quantities(text: &str, seg: &Segmentation, ids: &[u32]) -> Vec<QuantityMention> {
    let lex = Lexicon::english();
    let mut out = Vec::new();
    let models = model_numbers(text, seg);
    for (si, sent) in seg.sentences.iter().enumerate() {
        let first_of_sentence = out.len();
        let mut i = sent.tokens.start;
        while i < sent.tokens.end {
            // Only digits, list words (number words, bounds, "a", "between")
            // and hyphenated words ("twenty-five", "20-30") can start a quantity.
            let t = &seg.tokens[i];
            let listed = lex.starts_quantity.get(ids[i] as usize).copied().unwrap_or(false);
            let hyphenated_number = || {
                let b = &text.as_bytes()[t.start as usize..t.end as usize];
                t.kind == TokenKind::Word && (matches!(b[0] | 0x20, b't' | b'f' | b's' | b'e' | b'n') || b[0].is_ascii_digit()) && b.contains(&b'-')
            };
            let with_magnitude = || t.kind == TokenKind::Word && magnitude_suffixed(t.text(text)).is_some();
            if t.kind != TokenKind::Number && !listed && !hyphenated_number() && !with_magnitude() {
                i += 1;
                continue;
            }
            let found = parse_at(text, seg, ids, lex, si, sent.tokens.clone(), i)
                .or_else(|| elided_count(text, seg, ids, lex, sent.tokens.clone(), i, &out[first_of_sentence..]))
                .or_else(|| vote_tally(text, &seg.tokens, si, sent.tokens.clone(), i))
                .or_else(|| elided_subject(text, seg, ids, lex, si, sent.tokens.clone(), i, &out[first_of_sentence..]));
            match found {
                Some(m) if in_idiom(text, &seg.tokens, sent.tokens.clone(), i) => i = m.tokens.end.max(i + 1),
                Some(m) if is_model_number(text, &seg.tokens, &models, &m, &out[first_of_sentence..]) => {
                    // "five new 737 aircraft": the count before the model
                    // counts the model's noun.
                    if let Some(prev) = out[first_of_sentence..].last_mut().filter(|p| p.tokens.end + 1 >= m.tokens.start && p.extent.end <= m.tokens.start) {
                        let model = m.quantity.text.as_str();
                        prev.quantity.what = Some(match (&prev.quantity.what, &m.quantity.what) {
                            (Some(a), Some(b)) => format!("{a} {model} {b}"),
                            (None, Some(b)) => format!("{model} {b}"),
                            (Some(a), None) => format!("{a} {model}"),
                            (None, None) => model.to_string(),
                        });
                        if prev.quantity.unit.is_none() {
                            prev.quantity.unit = m.quantity.unit.clone();
                        }
                        prev.extent.end = prev.extent.end.max(m.extent.end);
                    }
                    i = m.tokens.end.max(i + 1)
                }
                Some(m) => {
                    i = m.tokens.end.max(i + 1);
                    out.push(m);
                }
                None => i += 1,
            }
        }
        mark_parts(text, &seg.tokens, ids, lex, sent.tokens.start, &mut out[first_of_sentence..]);
        share_with_included(text, &seg.tokens, sent.tokens.start, &mut out[first_of_sentence..]);
        share_with_breakdown(text, &seg.tokens, ids, lex, sent.tokens.end, &mut out[first_of_sentence..]);
        share_with_toll_list(text, &seg.tokens, ids, lex, &mut out[first_of_sentence..]);
    }
    out
}

/// (claims32) "killed at least 62, including 54 children", "killed 62,
/// including, according to officials, 54 children": a count of people with
/// no predicate right after "including" (or after an aside between commas
/// that follows it) is part of the count before it and shares its
/// predicate. `mentions` are one sentence's, in text order.
fn share_with_included(text: &str, toks: &[Token], sent_start: usize, mentions: &mut [QuantityMention]) {
    let is_inclusion = |k: usize| SHAPE_WORDS.inclusion.contains(&toks[k].text(text).to_ascii_lowercase());
    for m in 1..mentions.len() {
        if mentions[m].quantity.predicate.is_some() || mentions[m].quantity.unit.as_deref() != Some("person") {
            continue;
        }
        let start = mentions[m].tokens.start;
        if start == sent_start {
            continue;
        }
        let mut k = start - 1;
        // ", according to government reports," between the two.
        if toks[k].text(text) == "," {
            match (k.saturating_sub(8).max(sent_start)..k).rev().find(|&c| toks[c].text(text) == ",") {
                Some(c) if c > sent_start => k = c - 1,
                _ => continue,
            }
        }
        if !is_inclusion(k) {
            continue;
        }
        let Some(whole) = (0..m).rev().find(|&w| mentions[w].tokens.end <= k && mentions[w].quantity.unit.as_deref() == Some("person")) else {
            continue;
        };
        let (pred, tok) = (mentions[whole].quantity.predicate.clone(), mentions[whole].predicate_token);
        if pred.is_some() {
            mentions[m].quantity.predicate = pred;
            mentions[m].predicate_token = tok;
        }
    }
}

/// (claims33) "20 bodies had been recovered, eleven women and nine men",
/// "killed 12 people, seven soldiers and five civilians": a list of counts
/// of people right after the comma that closes a count's clause, with no
/// predicate of their own and summing to that count, breaks the count
/// down; its items are the same victims and share the count's predicate
/// (and so its claim), like an included count (`share_with_included`).
/// `mentions` are one sentence's, in text order.
fn share_with_breakdown(text: &str, toks: &[Token], ids: &[u32], lex: &Lexicon, sent_end: usize, mentions: &mut [QuantityMention]) {
    let person = |m: &QuantityMention| matches!(m.quantity.unit.as_deref(), Some("person" | "troop"));
    let mut w = 0;
    while w < mentions.len() {
        let whole = &mentions[w];
        let Some(total) = whole.quantity.value.filter(|_| person(whole) && whole.quantity.predicate.is_some() && whole.quantity.high.is_none()) else {
            w += 1;
            continue;
        };
        // The list starts right after the comma that ends the whole's
        // clause ("15 bodies had been found, …": the implied predicate of
        // "bodies" leaves the verb out of the extent), before any other count.
        let from = whole.extent.end.max(whole.tokens.end);
        let until = mentions.get(w + 1).map_or(sent_end, |n| n.tokens.start).min(sent_end).min(from + 8);
        let Some(comma) = (from..until).find(|&c| toks[c].text(text) == ",") else {
            w += 1;
            continue;
        };
        let mut items = Vec::new();
        let mut next_start = comma + 1;
        for (k, m) in mentions.iter().enumerate().skip(w + 1) {
            if m.tokens.start != next_start || !person(m) || m.quantity.predicate.is_some() || m.quantity.high.is_some() {
                break;
            }
            items.push(k);
            next_start = past_list_joiner(text, toks, ids, lex, m.extent.end, toks.len());
        }
        let sum: f64 = items.iter().filter_map(|&k| mentions[k].quantity.value).sum();
        if items.len() >= 2 && (sum - total).abs() < 0.5 {
            let (pred, tok) = (whole.quantity.predicate.clone(), whole.predicate_token);
            for &k in &items {
                mentions[k].quantity.predicate = pred.clone();
                mentions[k].predicate_token = tok;
            }
            w = items[items.len() - 1] + 1;
        } else {
            w += 1;
        }
    }
}

/// (claims33) "the confirmed deaths are nine villagers, two soldiers and
/// one police officer": the counts listed after a count that a toll before
/// it gave its predicate (its extent starts at the toll, with no verb) are
/// the toll's too. Items follow one another over ",", "and", ", and", have
/// no predicate of their own and count people or nothing the unit list
/// knows ("one member of the coast guard"). `mentions` are one
/// sentence's, in text order.
fn share_with_toll_list(text: &str, toks: &[Token], ids: &[u32], lex: &Lexicon, mentions: &mut [QuantityMention]) {
    // Whether the mention before the current one is the toll's count or
    // an item of its list.
    let mut in_list = false;
    for m in 1..mentions.len() {
        let prev = &mentions[m - 1];
        let toll = in_list || (prev.predicate_token.is_none() && prev.extent.start < prev.tokens.start && prev.quantity.predicate.is_some());
        in_list = false;
        let cur = &mentions[m];
        if !toll || cur.quantity.predicate.is_some() || !matches!(cur.quantity.unit.as_deref(), None | Some("person" | "troop")) || cur.quantity.what.is_none() {
            continue;
        }
        let e = past_list_joiner(text, toks, ids, lex, prev.extent.end, cur.tokens.start);
        if e != cur.tokens.start || e == prev.extent.end {
            continue;
        }
        let pred = prev.quantity.predicate.clone();
        let cur = &mut mentions[m];
        cur.quantity.predicate = pred;
        cur.quantity.unit = cur.quantity.unit.take().or(Some("person".into()));
        in_list = true;
    }
}

/// The token after the joiner that follows a list item ending at `at`:
/// past ",", "and"/"or", or ", and" (none of them at or after `limit`).
fn past_list_joiner(text: &str, toks: &[Token], ids: &[u32], lex: &Lexicon, at: usize, limit: usize) -> usize {
    let mut e = at;
    if e < limit && toks[e].text(text) == "," {
        e += 1;
    }
    if e < limit && (ids[e] == lex.w.and || ids[e] == lex.w.or) {
        e += 1;
    }
    e
}

/// The phrases of `quantities_idioms.tsv`, as lower-case words.
static IDIOMS: std::sync::LazyLock<Vec<Vec<String>>> = std::sync::LazyLock::new(|| {
    crate::entities::lexicon::data_lines(include_str!("../../data/en/quantities_idioms.tsv")).map(|line| line.split_whitespace().map(str::to_lowercase).collect::<Vec<_>>()).filter(|p| !p.is_empty()).collect()
});

/// Whether the number at token `i` stands in a phrase of
/// `quantities_idioms.tsv` ("on one occasion", "at one point") within
/// sentence tokens `sent`.
fn in_idiom(text: &str, toks: &[Token], sent: Range<usize>, i: usize) -> bool {
    let word = toks[i].text(text);
    IDIOMS.iter().any(|p| {
        p.iter().enumerate().any(|(k, w)| {
            w.eq_ignore_ascii_case(word) && i >= sent.start + k && i - k + p.len() <= sent.end && p.iter().enumerate().all(|(j, pw)| toks[i - k + j].text(text).eq_ignore_ascii_case(pw))
        })
    })
}

/// The words of `quantities_parts.tsv`: lower-case tokens and the share of
/// the whole they name, if any.
static PART_WORDS: std::sync::LazyLock<Vec<(Vec<String>, Option<f64>)>> = std::sync::LazyLock::new(|| {
    let mut words: Vec<(Vec<String>, Option<f64>)> = crate::entities::lexicon::data_lines(include_str!("../../data/en/quantities_parts.tsv"))
        .filter_map(|line| {
            let mut cols = line.split('\t');
            let phrase: Vec<String> = cols.next()?.split_whitespace().map(str::to_lowercase).collect();
            let fraction = cols.next().and_then(|f| f.trim().parse::<f64>().ok());
            (!phrase.is_empty()).then_some((phrase, fraction))
        })
        .collect();
    // Longest first, so "a third" wins over a shorter entry.
    words.sort_by_key(|(p, _)| std::cmp::Reverse(p.len()));
    words
});

/// "two of the 12 miners died", "30% of the 2,000 residents fled", "half
/// of the 300 hostages were released": the predicate holds for the part.
/// A part that is a quantity (`mentions[p]`) takes the whole's noun, unit
/// and predicate; the whole keeps its count, loses its predicate and
/// records the part. `mentions` are one sentence's, in text order.
fn mark_parts(text: &str, toks: &[Token], ids: &[u32], lex: &Lexicon, sent_start: usize, mentions: &mut [QuantityMention]) {
    let lower = |k: usize| toks[k].text(text).to_lowercase();
    for w in 0..mentions.len() {
        // "of", then an optional determiner, right before the whole.
        let start = mentions[w].tokens.start;
        let mut of = start;
        // ("the", "their": `whole_determiners` in events_function_words.tsv)
        if of > sent_start && lex.w.whole_determiners.contains(&ids[of - 1]) {
            of -= 1;
        } else if of > sent_start + 1 && matches!(toks[of - 1].text(text), "'s" | "’s") {
            // "five of the territory's six delegates", "two of Khan's 3
            // victims": a possessor of up to four words before the whole.
            let poss = of - 1;
            if let Some(k) = (poss.saturating_sub(4).max(sent_start + 1)..poss).rev().find(|&k| lower(k - 1) == "of" && (k..poss).all(|x| toks[x].kind == TokenKind::Word)) {
                of = k;
            }
        }
        if of == sent_start || lower(of - 1) != "of" {
            continue;
        }
        of -= 1;
        let numeric_part = (0..w).rev().find(|&p| mentions[p].tokens.end == of);
        let part = match numeric_part {
            Some(p) => {
                let pq = &mentions[p].quantity;
                let percent = pq.unit.as_deref() == Some("percent");
                QuantityPart { text: pq.text.clone(), value: (!percent).then_some(pq.value).flatten(), fraction: percent.then(|| pq.value.map(|v| v / 100.0)).flatten(), predicate: None }
            }
            None => {
                let Some((phrase, fraction)) = PART_WORDS.iter().find(|(phrase, _)| of >= sent_start + phrase.len() && phrase.iter().enumerate().all(|(j, word)| lower(of - phrase.len() + j) == *word)) else {
                    continue;
                };
                let first = of - phrase.len();
                QuantityPart { text: text[toks[first].start as usize..toks[of - 1].end as usize].to_string(), value: None, fraction: *fraction, predicate: None }
            }
        };
        // The whole's predicate, else one the part found before it ("lost
        // four of five").
        let part_predicate = numeric_part.and_then(|p| mentions[p].quantity.predicate.clone().zip(mentions[p].predicate_token));
        let whole = &mut mentions[w];
        let (predicate, predicate_token) = match (whole.quantity.predicate.take(), part_predicate) {
            (Some(pr), _) => (Some(pr), whole.predicate_token),
            (None, Some((pr, t))) => (Some(pr), Some(t)),
            (None, None) => (None, whole.predicate_token),
        };
        let (what, unit, extent_end) = (whole.quantity.what.clone(), whole.quantity.unit.clone(), whole.extent.end);
        whole.quantity.part = Some(QuantityPart { predicate: predicate.clone(), ..part });
        if let Some(p) = numeric_part {
            let pm = &mut mentions[p];
            pm.quantity.what = what;
            if pm.quantity.unit.as_deref() != Some("percent") {
                pm.quantity.unit = unit.or(pm.quantity.unit.take());
            }
            pm.quantity.predicate = predicate;
            pm.predicate_token = predicate_token;
            pm.extent.end = pm.extent.end.max(extent_end);
        }
    }
}

/// A number read from tokens: value, optional upper value of a range, and
/// the token just past it.
struct ParsedNumber {
    value: f64,
    high: Option<f64>,
    vague: bool,
    end: usize,
}

fn parse_digits(s: &str) -> Option<f64> {
    let cleaned: String = s.chars().filter(|c| *c != ',').collect();
    cleaned.parse::<f64>().ok()
}

/// Reads a number starting at token `i` (digits, "10 million", "fifteen",
/// "two hundred and fifty", "twenty-five", "a dozen", "dozens", "tens of
/// thousands").
fn parse_number(text: &str, toks: &[Token], ids: &[u32], lex: &Lexicon, i: usize, end: usize) -> Option<ParsedNumber> {
    let tok = toks.get(i)?;
    let w = &lex.w;
    let scale_after = |j: usize, value: f64| -> (f64, usize) {
        let mut value = value;
        let mut j = j;
        while j < end {
            match lex.numbers.longest_at(ids, j, j + 1) {
                Some((1, nw)) if matches!(nw.kind, NumberKind::Scale | NumberKind::Dozen) => {
                    value *= nw.value;
                    j += 1;
                }
                _ => break,
            }
        }
        (value, j)
    };
    // "20-30 gunmen": a range written as one token; not "2019-2020", a span
    // of years, nor "5-4", a score or a vote.
    if let Some((low, high)) = tok.text(text).split_once('-') {
        let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit() || b == b',');
        if digits(low) && digits(high) {
            let (low, high) = (parse_digits(low)?, parse_digits(high)?);
            if high <= low || (low >= 1800.0 && high <= 2100.0) {
                return None;
            }
            // "$40-50 billion": the magnitude applies to both ends.
            let (scale, j) = scale_after(i + 1, 1.0);
            return Some(ParsedNumber { value: low * scale, high: Some(high * scale), vague: false, end: j });
        }
    }
    if tok.kind == TokenKind::Number {
        let value = parse_digits(tok.text(text))?;
        let (value, j) = scale_after(i + 1, value);
        return Some(ParsedNumber { value, high: None, vague: false, end: j });
    }
    if tok.kind != TokenKind::Word {
        return None;
    }
    if let Some((value, needs_currency)) = magnitude_suffixed(tok.text(text)) {
        let after_currency = i > 0 && currency_of(toks[i - 1].text(text)).is_some();
        return (!needs_currency || after_currency).then_some(ParsedNumber { value, high: None, vague: false, end: i + 1 });
    }
    // "a dozen", "a hundred", "a million".
    if (ids[i] == w.a || ids[i] == w.an) && i + 1 < end {
        if let Some((1, nw)) = lex.numbers.longest_at(ids, i + 1, i + 2) {
            if matches!(nw.kind, NumberKind::Scale | NumberKind::Dozen) {
                let (value, j) = scale_after(i + 2, nw.value);
                return Some(ParsedNumber { value, high: None, vague: false, end: j });
            }
        }
    }
    // Vague amounts, possibly several words ("tens of thousands").
    if let Some((len, nw)) = lex.numbers.longest_at(ids, i, end) {
        if nw.kind == NumberKind::Vague {
            // ("a score of": a high equal to the value is an exact amount.)
            if nw.high == Some(nw.value) {
                return Some(ParsedNumber { value: nw.value, high: None, vague: false, end: i + len });
            }
            return Some(ParsedNumber { value: nw.value, high: nw.high, vague: true, end: i + len });
        }
    }
    // Cardinal words: accumulate like "two hundred and fifty thousand".
    let mut total = 0.0;
    let mut current = 0.0;
    let mut j = i;
    let mut any = false;
    while j < end {
        if let Some(v) = hyphenated_number(text, &toks[j], lex) {
            current += v;
            any = true;
            j += 1;
            continue;
        }
        match lex.numbers.longest_at(ids, j, j + 1) {
            Some((_, nw)) => match nw.kind {
                NumberKind::Unit | NumberKind::Teen | NumberKind::Tens => {
                    current += nw.value;
                    any = true;
                }
                NumberKind::Scale | NumberKind::Dozen if any => {
                    if nw.value >= 1000.0 {
                        total += current.max(1.0) * nw.value;
                        current = 0.0;
                    } else {
                        current = current.max(1.0) * nw.value;
                    }
                }
                _ => break,
            },
            None => {
                // "one and two thirds", "two and a half": a fraction after
                // the whole number.
                if any && ids[j] == w.and && j + 2 < end {
                    if let Some((frac, next)) = fraction_at(text, toks, ids, lex, j + 1, end) {
                        current += frac;
                        j = next;
                        continue;
                    }
                }
                // "two hundred and fifty"
                if any && ids[j] == w.and && j + 1 < end && lex.numbers.longest_at(ids, j + 1, j + 2).is_some() {
                    j += 1;
                    continue;
                }
                break;
            }
        }
        j += 1;
    }
    any.then_some(ParsedNumber { value: total + current, high: None, vague: false, end: j })
}

/// "a half", "a quarter", "two thirds", "three quarters" at token `i`: the
/// fraction's value and the token after it (denominators: `fraction` in
/// quantities_shapes.tsv).
fn fraction_at(text: &str, toks: &[Token], ids: &[u32], lex: &Lexicon, i: usize, end: usize) -> Option<(f64, usize)> {
    if i + 1 >= end {
        return None;
    }
    let numerator = if ids[i] == lex.w.a || ids[i] == lex.w.an {
        1.0
    } else {
        match lex.numbers.longest_at(ids, i, i + 1) {
            Some((1, nw)) if matches!(nw.kind, NumberKind::Unit) => nw.value,
            _ => return None,
        }
    };
    let word = toks[i + 1].text(text).to_ascii_lowercase();
    let denominator = *SHAPE_WORDS.fraction.get(&word)?;
    Some((numerator / denominator, i + 2))
}

/// "cut 4,300 jobs in France, 3,700 in Germany and 400 in Spain", "killing
/// 12 in Aleppo and 5 in Idlib": a bare count in a list after a counted
/// quantity of the same sentence counts the same thing, with the same
/// predicate. Only digits, only across a short stretch ending in a comma or
/// "and"/"or" that holds no other number and no predicate of its own, and
/// only when the count is followed by a place or the list goes on ("12
/// survived" has a verb of its own and is left alone).
#[allow(clippy::too_many_arguments)]
fn elided_count(text: &str, seg: &Segmentation, ids: &[u32], lex: &Lexicon, sent: Range<usize>, i: usize, earlier: &[QuantityMention]) -> Option<QuantityMention> {
    let toks = &seg.tokens;
    if toks[i].kind != TokenKind::Number {
        return None;
    }
    let prev = earlier.last()?;
    prev.quantity.what.as_ref()?;
    let gap = prev.extent.end..i;
    if gap.is_empty() || gap.len() > 6 {
        return None;
    }
    let listed = |k: usize| matches!(toks[k].text(text), "," | "and" | "or");
    if !listed(i - 1) || gap.clone().any(|k| toks[k].kind == TokenKind::Number || lex.predicates.contains_key(&ids[k])) {
        return None;
    }
    let num = parse_number(text, toks, ids, lex, i, sent.end)?;
    let raw = toks[i].text(text);
    if is_excluded(text, toks, ids, lex, sent.clone(), i, num.end, false, true, raw) {
        return None;
    }
    let goes_on = num.end >= sent.end
        || matches!(toks[num.end].kind, TokenKind::Terminal)
        || matches!(toks[num.end].text(text).to_ascii_lowercase().as_str(), "in" | "at" | "on" | "from" | "for" | "," | "and" | "or" | ";");
    if !goes_on {
        return None;
    }
    let start = toks[i].start as usize;
    let end = toks[num.end - 1].end as usize;
    let quantity = Quantity {
        value: Some(num.value),
        unit: prev.quantity.unit.clone(),
        what: prev.quantity.what.clone(),
        predicate: prev.quantity.predicate.clone(),
        low: None,
        high: None,
        text: text[start..end].to_string(),
        evidence: Span::new(start, end),
        part: None,
    };
    Some(QuantityMention { quantity, sentence: prev.sentence, tokens: i..num.end, extent: i..num.end, predicate_token: prev.predicate_token })
}

/// "15bn", "2.3tn", "40mn" (one token): the amount with its magnitude. A
/// single-letter suffix ("$5m", "£20k", "$3b") counts only after a currency
/// sign, where it cannot be a unit or a name ("4G", "3D", "5m of rope").
fn magnitude_suffixed(word: &str) -> Option<(f64, bool)> {
    let digits_end = word.find(|c: char| !(c.is_ascii_digit() || c == '.' || c == ','))?;
    let (number, suffix) = word.split_at(digits_end);
    if number.is_empty() || !number.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let (scale, needs_currency) = match suffix.to_ascii_lowercase().as_str() {
        "bn" => (1e9, false),
        "tn" | "trn" => (1e12, false),
        "mn" | "mln" => (1e6, false),
        "b" => (1e9, true),
        "m" => (1e6, true),
        "k" => (1e3, true),
        _ => return None,
    };
    Some((parse_digits(number.trim_end_matches('.'))? * scale, needs_currency))
}

/// The currency a sign written before an amount stands for ("$", "AU$").
fn currency_of(sign: &str) -> Option<&'static str> {
    match sign {
        "$" | "US$" => Some("usd"),
        "€" => Some("eur"),
        "£" => Some("gbp"),
        "A$" | "AU$" => Some("aud"),
        "C$" | "CA$" => Some("cad"),
        "HK$" => Some("hkd"),
        "NZ$" => Some("nzd"),
        _ => None,
    }
}

/// "twenty-five" (one token) → 25.
fn hyphenated_number(text: &str, tok: &Token, lex: &Lexicon) -> Option<f64> {
    let word = tok.text(text);
    let (tens, unit) = word.split_once('-')?;
    let t = lex.numbers.longest_at(&[lex.vocab.get(tens)], 0, 1)?.1;
    let u = lex.numbers.longest_at(&[lex.vocab.get(unit)], 0, 1)?.1;
    (t.kind == NumberKind::Tens && u.kind == NumberKind::Unit).then_some(t.value + u.value)
}

/// A lower-case word in "-ly" of five letters or more ("quietly",
/// "directly"); a possessed noun phrase ends before it.
fn is_adverb(word: &str) -> bool {
    word.len() > 4 && word.ends_with("ly") && word.starts_with(|c: char| c.is_ascii_lowercase())
}

fn is_capitalised(s: &str) -> bool {
    s.chars().next().is_some_and(char::is_uppercase)
}

/// Tries to read a quantity whose first token (bound word or number) is `i`.
fn parse_at(text: &str, seg: &Segmentation, ids: &[u32], lex: &Lexicon, si: usize, sent: Range<usize>, i: usize) -> Option<QuantityMention> {
    let toks = &seg.tokens;
    let w = &lex.w;
    let end = sent.end;
    // Bounds: "at least", "up to", "between … and …".
    let mut bound = None;
    let mut between = false;
    let mut j = i;
    if ids[i] == w.between {
        between = true;
        j = i + 1;
    } else if let Some((len, b)) = lex.bounds.longest_at(ids, i, end) {
        bound = Some(*b);
        j = i + len;
    }
    let num = parse_number(text, toks, ids, lex, j, end)?;
    let num_start = j;
    let mut k = num.end;
    let raw = toks[num_start].text(text);
    // "15-20" and "15bn" are word tokens but written in digits.
    let digits = toks[num_start].kind == TokenKind::Number || raw.starts_with(|c: char| c.is_ascii_digit());

    if is_excluded(text, toks, ids, lex, sent.clone(), num_start, k, bound.is_some() || between, digits, raw) {
        return None;
    }

    // Ranges: "20 to 30", "between 20 and 30", "20-30" (one word token).
    let mut high = num.high;
    if k + 1 < end && (ids[k] == w.to || ids[k] == w.or || (between && ids[k] == w.and) || toks[k].text(text) == "-") {
        if let Some(second) = parse_number(text, toks, ids, lex, k + 1, end) {
            if !second.vague && second.value >= num.value {
                high = Some(second.value);
                k = second.end;
            }
        }
    } else if between {
        return None;
    }
    // "66 or more people": a bound after the number.
    if bound.is_none() && !between {
        if let Some((len, b)) = lex.bounds_after.longest_at(ids, k, end) {
            bound = Some(*b);
            k += len;
        }
    }

    // Percent and currency.
    let mut unit: Option<String> = None;
    if k < end && toks[k].text(text) == "%" {
        unit = Some("percent".into());
        k += 1;
    } else if let Some((len, u)) = lex.units.longest_at(ids, k, end).filter(|(_, u)| u.unit == "percent") {
        unit = Some(u.unit.to_string());
        k += len;
    }
    let mut value = num.value;
    if unit.is_none() && num_start > sent.start {
        let mut sym = toks[num_start - 1].text(text);
        // "AU$ 52.5 million": the country letters glued before the sign.
        if sym == "$" && num_start - 1 > sent.start && toks[num_start - 2].end == toks[num_start - 1].start {
            let country = toks[num_start - 2];
            if country.text(text).bytes().all(|b| b.is_ascii_uppercase()) {
                sym = &text[country.start as usize..toks[num_start - 1].end as usize];
            }
        }
        if let Some(c) = currency_of(sym) {
            unit = Some(c.into());
        }
    }

    let measured = unit.is_some();

    // The noun phrase it counts.
    let mut np_start = k;
    if np_start < end && ids[np_start] == w.of {
        np_start += 1;
    }
    while np_start < end && w.np_skip.contains(&ids[np_start]) && ids[np_start] != w.of {
        np_start += 1;
    }
    // "rose to 230 last year": a time phrase after the number is not what
    // it counts.
    // ("late on Monday", "early this year"; not "one late arrival".)
    let late_early = |k: usize| {
        k + 1 >= end
            || toks[k + 1].kind != TokenKind::Word
            || matches!(toks[k + 1].text(text).to_ascii_lowercase().as_str(), "on" | "in" | "last" | "this" | "next" | "yesterday" | "today" | "tonight")
    };
    let time_phrase = np_start < end
        && match toks[np_start].text(text).to_ascii_lowercase().as_str() {
            "last" | "next" | "this" | "that" | "earlier" | "later" | "overnight" | "yesterday" | "today" | "tonight" => true,
            "late" | "early" => late_early(np_start),
            _ => false,
        };
    let mut np_end = np_start;
    // The phrase is four words at most, or three past a possessor ("the
    // world's most accomplished managers").
    let mut phrase_from = np_start;
    let mut longest = 4;
    let mut adverb_before_predicate = false;
    if unit.is_none() && !time_phrase {
        while np_end < end && np_end - phrase_from < longest {
            let t = &toks[np_end];
            let id = ids[np_end];
            // "two of Khan's victims": the possessor is not what is counted;
            // the phrase goes on to the possessed noun.
            if np_end > np_start && matches!(t.text(text), "'s" | "’s") && np_end + 1 < end && toks[np_end + 1].kind == TokenKind::Word {
                np_end += 1;
                phrase_from = np_end;
                longest = 3;
                continue;
            }
            if t.kind != TokenKind::Word || w.np_stop.contains(&id) || w.months.contains(&id) {
                break;
            }
            // A past form after a plural noun is the verb, not part of the
            // phrase ("over 400 firefighters participated", "several
            // thousand supporters turned out"; claims28).
            if np_end > np_start && {
                let prev = toks[np_end - 1].text(text);
                let cur = t.text(text);
                // (Not before a unit noun it modifies: "53 measles related deaths".)
                let modifies = np_end + 1 < end && lex.units.longest_at(ids, np_end + 1, np_end + 2).is_some();
                prev.len() > 3 && prev.ends_with('s') && !prev.ends_with("ss") && toks[np_end - 1].kind == TokenKind::Word && cur.len() > 4 && cur.ends_with("ed") && cur.bytes().all(|b| b.is_ascii_lowercase()) && !modifies
            } {
                break;
            }
            // Past a possessor an adverb ends the phrase ("the mayor's aides
            // quietly resigned", "plume's water vapor directly").
            if phrase_from > np_start && np_end > phrase_from && is_adverb(t.text(text)) {
                break;
            }
            // (claims32) An adverb right before a predicate verb modifies
            // the verb, not the counted noun ("five seriously injured",
            // "one passenger critically wounded").
            if is_adverb(t.text(text)) && np_end + 1 < end && lex.predicates.contains_key(&ids[np_end + 1]) {
                adverb_before_predicate = true;
                break;
            }
            // A predicate verb ends the phrase, unless it is its head noun
            // ("12 wounded", "eleven of the dead").
            if lex.predicates.contains_key(&id) && np_end > np_start && !(np_end == np_start + 1 && ids[np_start] == w.the) {
                break;
            }
            // ("36 arrest warrants": the predicate word modifies a noun of
            // things right after it, which is what is counted.)
            let modifies_things = np_end + 1 < end && lex.units.longest_at(ids, np_end + 1, np_end + 2).is_some_and(|(_, u)| u.unit != "person");
            if lex.predicates.contains_key(&id) && lex.units.longest_at(ids, np_end, np_end + 1).is_none() && !modifies_things {
                break;
            }
            np_end += 1;
            // Stop after a head noun the unit list knows, unless another noun follows it ("cartel leaders").
            if lex.units.longest_at(ids, np_end - 1, np_end).is_some()
                && !(np_end < end && toks[np_end].kind == TokenKind::Word && lex.units.longest_at(ids, np_end, np_end + 1).is_some())
            {
                break;
            }
        }
    }
    // Past a possessor "of" does not end the phrase ("the region's most
    // vocal critics of").
    while phrase_from > np_start && np_end > phrase_from + 1 && ids[np_end - 1] == w.of {
        np_end -= 1;
    }
    let mut what = (np_end > np_start).then(|| text[toks[np_start].start as usize..toks[np_end - 1].end as usize].to_string());
    // "the death toll has risen to 1,200": no noun after the number; the
    // total it is the level of stands before it.
    let mut total_start = None;
    let mut total_predicate = None;
    if unit.is_none() && what.is_none() {
        if let Some(total) = running_total(text, toks, sent.start, i) {
            what = Some(total.what);
            unit = Some("person".into());
            total_predicate = total.predicate;
            total_start = Some(total.first);
        }
    }
    let mut implied_predicate = None;
    if unit.is_none() && np_end > np_start {
        // The last unit noun in the phrase names the unit.
        for h in (np_start..np_end).rev() {
            if let Some((_, u)) = lex.units.longest_at(ids, h, np_end) {
                unit = Some(u.unit.to_string());
                implied_predicate = u.predicate;
                // (claims32) "two governing bodies", "the legislative
                // bodies": a modifier of institutions makes the head a body
                // of people, not the dead (`institution`).
                // (claims32) "25 wounded people", "93 injured people", "21
                // injured individuals": a modifier of harm before a head of
                // people gives the count its predicate.
                if u.predicate.is_none() && u.unit == "person" {
                    implied_predicate = (np_start..h).rev().find_map(|m| lex.units.longest_at(ids, m, m + 1).filter(|(_, mu)| mu.unit == "person").and_then(|(_, mu)| mu.predicate));
                }
                if h > np_start && u.predicate.is_some() && SHAPE_WORDS.institution.contains(&toks[h - 1].text(text).to_ascii_lowercase()) {
                    unit = Some("organization".into());
                    implied_predicate = None;
                }
                break;
            }
        }
    }
    // "3,000 of the National Guard", "200 of the union": "of" and a body
    // counts the body's members (claims29).
    if unit.is_none() && np_end > np_start && k < end && ids[k] == w.of {
        if let Some(u) = SHAPE_WORDS.member_body.get(&toks[np_end - 1].text(text).to_ascii_lowercase()) {
            unit = Some(u.clone());
        }
    }

    // The predicate: a verb after the phrase ("64 people have been killed")
    // or before the number ("deployed 10,000 troops").
    let mut after_np = if np_end > np_start { np_end } else { k };
    // "Sixty-six people or more were injured": a bound after the noun.
    if bound.is_none() && !between && np_end > np_start {
        if let Some((len, b)) = lex.bounds_after.longest_at(ids, np_end, end) {
            bound = Some(*b);
            after_np += len;
        }
    }
    let mut predicate_token = None;
    let mut p = after_np;
    let mut steps = 0;
    let mut skipped_coordinate = false;
    let mut took_part = false;
    let mut coordinate_article = false;
    let mut skipped_pp = false;
    let mut skipped_inclusion = false;
    let mut noun_predicate: Option<String> = None;
    // ("including four children": the count is part of one before it.)
    let included = i > sent.start && SHAPE_WORDS.inclusion.contains(&toks[i - 1].text(text).to_ascii_lowercase());
    while p < end && steps < 5 {
        let id = ids[p];
        if lex.predicates.contains_key(&id) {
            predicate_token = Some(p);
            break;
        }
        // "40,000 people took part": a verb of two words.
        if p + 1 < end && matches!(toks[p].text(text), "took" | "take" | "taking" | "takes") && toks[p + 1].text(text) == "part" {
            predicate_token = Some(p);
            took_part = true;
            break;
        }
        // (claims31) "337 users in 38 countries were arrested": a count of
        // places after "in" says where the counted were; its verb is theirs.
        if p + 2 < end && SHAPE_WORDS.where_preposition.contains(&toks[p].text(text).to_ascii_lowercase()) {
            if let Some(next) = parse_number(text, toks, ids, lex, p + 1, end) {
                if let Some((len, _)) = lex.units.longest_at(ids, next.end, end).filter(|(_, u)| SHAPE_WORDS.place_unit.contains(u.unit)) {
                    p = next.end + len;
                    steps += 1;
                    continue;
                }
            }
        }
        // (claims33) "13 students with minor injuries", "two men with
        // gunshot wounds": a "with" phrase of harm after the counted noun
        // says what happened to them (`harm_with`; up to two lower-case
        // modifiers before the noun).
        if np_end > np_start && toks[p].text(text).eq_ignore_ascii_case("with") {
            let harm = (p + 1..end.min(p + 4)).take_while(|&q| toks[q].kind == TokenKind::Word && toks[q].text(text).bytes().all(|b| b.is_ascii_lowercase() || b == b'-')).find_map(|q| SHAPE_WORDS.harm_with.get(toks[q].text(text)).map(|pr| (q, pr.clone())));
            if let Some((q, pr)) = harm {
                predicate_token = Some(q);
                noun_predicate = Some(pr);
                break;
            }
        }
        // (claims32) "three members of the family were killed", "the 176
        // people on board were all killed", "one person in the Philippines
        // has died": a short prepositional phrase after the counted noun
        // stands between it and its verb (`pp_skip`; once, four words at
        // most, no clause word inside).
        if !skipped_pp && np_end > np_start && SHAPE_WORDS.pp_skip.contains(&toks[p].text(text).to_ascii_lowercase()) {
            let mut q = p + 1;
            while q < end
                && q - p <= 4
                && toks[q].kind == TokenKind::Word
                && !lex.predicates.contains_key(&ids[q])
                && !w.aux.contains(&ids[q])
                && ids[q] != w.and
                && ids[q] != w.or
                && !SHAPE_WORDS.pp_skip.contains(&toks[q].text(text).to_ascii_lowercase())
                && !SHAPE_WORDS.pp_stop.contains(&toks[q].text(text).to_ascii_lowercase())
            {
                q += 1;
            }
            if q > p + 1 && q < end && (lex.predicates.contains_key(&ids[q]) || w.aux.contains(&ids[q]) || ids[q] == w.and || ids[q] == w.or) {
                skipped_pp = true;
                p = q;
                steps += 1;
                continue;
            }
        }
        // (claims32) "At least seven, including four children, died": the
        // verb after an inclusion between commas is the count's; and the
        // included count's own verb stands after its closing comma.
        if toks[p].text(text) == "," && !skipped_inclusion {
            let after = if p + 1 < end && SHAPE_WORDS.inclusion.contains(&toks[p + 1].text(text).to_ascii_lowercase()) {
                (p + 2..end.min(p + 10)).find(|&c| toks[c].text(text) == ",").map(|c| c + 1)
            } else if included {
                Some(p + 1)
            } else {
                None
            };
            if let Some(q) = after.filter(|&q| q < end && (lex.predicates.contains_key(&ids[q]) || w.aux.contains(&ids[q]))) {
                skipped_inclusion = true;
                p = q;
                steps += 1;
                continue;
            }
        }
        // "six soldiers and fifteen police officers were injured": the verb
        // after a coordinated count is this count's predicate too.
        if (id == w.and || id == w.or) && !skipped_coordinate {
            if let Some(next) = parse_number(text, toks, ids, lex, p + 1, end) {
                let mut q = next.end;
                while q < end && q - next.end < 4 && toks[q].kind == TokenKind::Word && !lex.predicates.contains_key(&ids[q]) && !w.aux.contains(&ids[q]) {
                    q += 1;
                }
                skipped_coordinate = true;
                p = q;
                continue;
            }
            // (claims32) "Two women and a man were injured": a conjunct
            // led by an article shares the verb too; it is kept only when
            // no verb before the count claims it ("police detained 12
            // people and a guard was injured").
            if p + 1 < end && (ids[p + 1] == w.a || ids[p + 1] == w.an || ids[p + 1] == w.the) {
                let mut q = p + 2;
                while q < end && q - p < 5 && toks[q].kind == TokenKind::Word && !lex.predicates.contains_key(&ids[q]) && !w.aux.contains(&ids[q]) && ids[q] != w.and && ids[q] != w.or {
                    q += 1;
                }
                if q > p + 2 {
                    skipped_coordinate = true;
                    coordinate_article = true;
                    p = q;
                    continue;
                }
            }
        }
        let t = toks[p].text(text);
        if !(w.aux.contains(&id) || (t.len() > 3 && t.ends_with("ly")) || SHAPE_WORDS.predicate_skip.contains(&t.to_ascii_lowercase())) {
            break;
        }
        p += 1;
        steps += 1;
    }
    let coordinate_predicate = if coordinate_article { predicate_token.take() } else { None };
    let mut left = i;
    let mut steps = 0;
    let mut phrasal = None;
    while predicate_token.is_none() && left > sent.start && steps < 4 {
        let id = ids[left - 1];
        if lex.predicates.contains_key(&id) {
            predicate_token = Some(left - 1);
            break;
        }
        // (claims32) "he injured a man and two women": a verb before a
        // first conjunct of up to three words is the count's verb too.
        if (id == w.and || id == w.or) && left - 1 > sent.start {
            let conj = left - 1;
            let mut q = conj;
            while q > sent.start && conj - q < 3 && toks[q - 1].kind == TokenKind::Word && !lex.predicates.contains_key(&ids[q - 1]) && !w.aux.contains(&ids[q - 1]) {
                q -= 1;
            }
            if q < conj && q > sent.start && lex.predicates.contains_key(&ids[q - 1]) {
                predicate_token = Some(q - 1);
            }
            break;
        }
        // "Gannett laid off several hundred": a verb of two words
        // (`phrasal` in quantities_shapes.tsv; claims29).
        if left >= sent.start + 2 {
            let two = format!("{} {}", toks[left - 2].text(text), toks[left - 1].text(text)).to_ascii_lowercase();
            if let Some(p) = SHAPE_WORDS.phrasal.get(&two) {
                predicate_token = Some(left - 2);
                phrasal = Some(p.clone());
                break;
            }
        }
        let t = toks[left - 1].text(text);
        // (claims32) "killed a total of 346 people", "killed a combined
        // 60", "killed an estimated 40": words that say how the count was
        // reached stand between a verb and its count (`predicate_lead`).
        if !(w.determiners.contains(&id) || id == w.of || SHAPE_WORDS.predicate_lead.contains(&t.to_ascii_lowercase())) {
            break;
        }
        left -= 1;
        steps += 1;
    }
    if predicate_token.is_none() {
        predicate_token = coordinate_predicate;
    }
    // A phrasal verb before a count with no noun counts people ("laid
    // off several hundred"); one before a noun counts it ("laid off 60
    // employees").
    if phrasal.is_some() && unit.is_none() && what.is_none() {
        unit = Some("person".into());
    }
    // (claims31) "in 38 countries": a count of places after "in" says
    // where; the verb after it is what happened to the count before.
    if i > sent.start && unit.as_deref().is_some_and(|u| SHAPE_WORDS.place_unit.contains(u)) && SHAPE_WORDS.where_preposition.contains(&toks[i - 1].text(text).to_ascii_lowercase()) {
        predicate_token = None;
    }
    let mut predicate = predicate_token
        .and_then(|p| if took_part { Some("took part".to_string()) } else if phrasal.is_some() { phrasal.clone() } else if noun_predicate.is_some() { noun_predicate.clone() } else { lex.predicates.get(&ids[p]).map(|s| s.to_string()) })
        .or_else(|| implied_predicate.map(str::to_string))
        .or(total_predicate);
    // (claims33) "the death toll rising to 22 people", "the confirmed
    // deaths are fourteen civilians": a toll named before a copula or a
    // verb of rising gives the people counted after it its predicate.
    if predicate.is_none() && total_start.is_none() && what.is_some() && matches!(unit.as_deref(), None | Some("person" | "troop")) {
        if let Some(total) = running_total(text, toks, sent.start, i).filter(|t| t.predicate.is_some()) {
            predicate = total.predicate;
            unit = unit.or(Some("person".into()));
            total_start = Some(total.first);
        }
    }
    if unit.is_none() && predicate.as_deref().is_some_and(|p| PERSON_PREDICATES.contains(&p)) {
        unit = Some("person".into());
    }
    if unit.is_none() && what.is_none() {
        return None;
    }
    // "one and a half times longer", "three times as many", "ten times the
    // size": a multiplier, not a count ("stabbed 10 times" stays).
    if np_end > np_start && toks[np_start].text(text).eq_ignore_ascii_case("times") && np_start + 1 < end {
        let next = toks[np_start + 1].text(text).to_ascii_lowercase();
        if SHAPE_WORDS.multiplier.contains(&next) {
            return None;
        }
    }
    // "a few years into his tenure", "two months later" (a point in time),
    // "for 33 years", "18 months behind schedule" (a duration): time
    // expressions, which the time extractor reads (MEANTIME marks them as
    // DURATION timexes, never as quantities).
    let time_unit = unit.as_deref().is_some_and(|u| matches!(u, "second" | "minute" | "hour" | "day" | "week" | "month" | "year" | "decade" | "century"))
        || (unit.is_none() && np_end == np_start + 1 && matches!(toks[np_start].text(text).to_ascii_lowercase().as_str(), "seconds" | "minutes" | "hours" | "days" | "weeks" | "months" | "years" | "decades"));
    let rate = k < end && matches!(toks[k].text(text).to_ascii_lowercase().as_str(), "a" | "an" | "per" | "each" | "every");
    // A prison term is a claim: "sentenced to 50 weeks", "faces up to 10
    // years in prison".
    let prison_term = || {
        let words = &*SHAPE_WORDS;
        let before = (sent.start.max(i.saturating_sub(4))..i).any(|p| words.sentence.contains(&toks[p].text(text).to_ascii_lowercase()));
        let after = np_end + 1 < end && toks[np_end].text(text).eq_ignore_ascii_case("in") && words.sentence.contains(&toks[np_end + 1].text(text).to_ascii_lowercase());
        before || after
    };
    if time_unit && np_end > np_start && !measured && !rate && !prison_term() {
        return None;
    }
    // "the final 717 jet", "their new 787 Dreamliner": a plain number
    // before a singular head is a model or a name, not a count.
    if digits
        && toks[num_start].kind == TokenKind::Number
        && num.end == num_start + 1
        && !raw.contains(',')
        && bound.is_none()
        && !between
        && high.is_none()
        && !measured
        && total_start.is_none()
        && num.value >= 2.0
        && num.value.fract() == 0.0
        && np_end > np_start
        && np_start == k
        && !rate
        && !lex.w.determiners.contains(&ids[k])
        && phrase_from == np_start
        && (np_start..head_end(text, toks, ids, lex, np_start, np_end)).all(|h| singular_head(toks[h].text(text)))
        // A capitalised head after a small number is a label ("2 Green"),
        // model numbers run to hundreds ("717 jet", "787 Dreamliner").
        && (num.value >= 100.0 || !is_capitalised(toks[np_end - 1].text(text)))
        && !(np_end < end && toks[np_end].kind == TokenKind::Number)
    {
        return None;
    }
    // Word numbers need a counted noun: "one of them", "one official" are
    // not counts; "six percent" and "£two million" are measured already.
    // ("five seriously injured": the verb says the count is of people.)
    // (claims33) "a car bomb killed five and wounded 110", "police
    // arrested three and detained 20", "the storm killed four": a word
    // number right after a verb of harm or arrest (`bare_object`) is its
    // object, people.
    let bare_object = what.is_none() && i > sent.start && predicate_token == Some(i - 1) && predicate.as_deref().is_some_and(|p| SHAPE_WORDS.bare_object.contains(p));
    let counts_people = (adverb_before_predicate || skipped_inclusion || bare_object) && predicate.as_deref().is_some_and(|p| PERSON_PREDICATES.contains(&p));
    if !digits && !num.vague && what.is_none() && !measured && !counts_people {
        return None;
    }
    // "one of the A380s is flying", "the Taurus being one of them", "one
    // of the solar system's best bets": one member of a set, no count,
    // unless something happened to it ("one of the hostages was freed").
    if raw.eq_ignore_ascii_case("one") && k < end && ids[k] == w.of && predicate.is_none() {
        return None;
    }

    let (low, high) = match (bound, high) {
        (_, Some(h)) if h != value => (Some(value), Some(h)),
        (Some(Bound::Low), _) => (Some(value), None),
        (Some(Bound::High), _) => (None, Some(value)),
        _ if num.vague => (Some(value), None),
        _ => (None, None),
    };
    if low.is_none() && high.is_some() && bound == Some(Bound::High) {
        value = high.unwrap_or(value);
    }
    let start = toks[i].start as usize;
    let end_byte = toks[k.max(num.end) - 1].end as usize;
    let number_text = text[start..end_byte].to_string();
    let mut extent_end = after_np.max(k);
    let mut extent_start = i;
    if let Some(p) = predicate_token {
        extent_end = extent_end.max(p + 1);
        extent_start = extent_start.min(p);
    }
    if let Some(t) = total_start {
        extent_start = extent_start.min(t);
    }
    let quantity = Quantity {
        value: Some(value),
        unit,
        what,
        predicate,
        low,
        high,
        text: number_text,
        evidence: Span::new(start, end_byte),
        part: None,
    };
    Some(QuantityMention { quantity, sentence: si, tokens: i..k, extent: extent_start..extent_end, predicate_token })
}

/// (claims32) Whether the count `m` states a threshold in a definition,
/// not a number of victims: "events where four or more people are killed",
/// "incidents in which at least three die", "a mass shooting is defined
/// as four or more people shot", "any attack that kills ten counts as a
/// massacre". Only the clause of the count is read (no comma between).
pub(crate) fn in_definition(text: &str, seg: &Segmentation, m: &QuantityMention) -> bool {
    let toks = &seg.tokens;
    let Some(sent) = seg.sentences.get(m.sentence) else { return false };
    let words = &*SHAPE_WORDS;
    let lower = |k: usize| toks[k].text(text).to_ascii_lowercase();
    let is_cut = |k: usize| matches!(toks[k].kind, TokenKind::Dash | TokenKind::Terminal) || matches!(toks[k].text(text), "," | ";" | ":");
    // Before the count: "<generic head> where|in which|when …" or "defined
    // as", within six tokens of the clause.
    let mut k = m.tokens.start;
    let mut seen = 0;
    while k > sent.tokens.start && seen < 6 && !is_cut(k - 1) {
        k -= 1;
        seen += 1;
        let w = lower(k);
        if words.definition_link.contains(&w) {
            let mut h = k;
            // "in which": the preposition before the relative word.
            if h > sent.tokens.start && words.definition_prep.contains(&lower(h - 1)) {
                h -= 1;
            }
            // The head is generic: after a verb of definition, a comma
            // (an apposition: "mass shootings, events where …") or at the
            // start; "the attacks in which 12 died" are particular ones.
            if h > sent.tokens.start && words.definition_head.contains(&lower(h - 1)) {
                let before = h - 1;
                if before == sent.tokens.start || matches!(toks[before - 1].text(text), "," | ":" | "(") || words.definition_verb.contains(&lower(before - 1)) || words.definition_quantifier.contains(&lower(before - 1)) {
                    return true;
                }
            }
        }
        if w == "as" && k > sent.tokens.start && words.definition_verb.contains(&lower(k - 1)) {
            return true;
        }
    }
    // After the count: "… counts as a massacre", "… qualify as".
    let mut k = m.extent.end.max(m.tokens.end);
    while k + 1 < sent.tokens.end && k < m.extent.end.max(m.tokens.end) + 10 && !is_cut(k) {
        if words.definition_after.contains(&lower(k)) && lower(k + 1) == "as" {
            return true;
        }
        k += 1;
    }
    false
}

/// The words of `quantities_tolls.tsv`, lower case.
#[derive(Default)]
struct TollWords {
    /// Head nouns with the predicate they stand for alone ("toll": killed).
    heads: std::collections::HashMap<String, Option<String>>,
    /// Head nouns counted by the words after their "of" ("number").
    heads_of: std::collections::HashSet<String>,
    /// Words saying what a total counts, with their predicate.
    modifiers: std::collections::HashMap<String, String>,
    bridges: std::collections::HashSet<String>,
    /// Heads that need a setter verb before them when nothing says what
    /// they count ("put the figure at 20").
    setter_heads: std::collections::HashSet<String>,
    /// Those verbs.
    setters: std::collections::HashSet<String>,
}

static TOLL_WORDS: std::sync::LazyLock<TollWords> = std::sync::LazyLock::new(|| {
    let mut w = TollWords::default();
    for crate::entities::lexicon::KindRow { kind, word, value } in crate::entities::lexicon::kind_rows(include_str!("../../data/en/quantities_tolls.tsv")) {
        let predicate = value.filter(|p| *p != "-");
        match kind {
            "head" => {
                w.heads.insert(word, predicate.map(str::to_string));
            }
            "head_of" => {
                w.heads_of.insert(word);
            }
            "modifier" => {
                w.modifiers.insert(word, predicate.unwrap_or("killed").to_string());
            }
            "bridge" => {
                w.bridges.insert(word);
            }
            "setter_head" => {
                w.heads.insert(word.clone(), None);
                w.setter_heads.insert(word);
            }
            "setter" => {
                w.setters.insert(word);
            }
            _ => {}
        }
    }
    w
});

/// A running total a number is the level of.
struct RunningTotal {
    /// "death toll", "number of people killed".
    what: String,
    predicate: Option<String>,
    /// Its first token.
    first: usize,
}

/// Reads leftwards from the number at token `number` over bridge words
/// ("has risen to", "stood at", "of") to a total named before them: "the
/// death toll (from the quake) has risen to 1,200", "the number of people
/// killed (in the strikes) rose to 85", "a death toll of 45". The total
/// must say what it counts ("toll" alone means deaths; "the number of
/// students rose to 500" is no casualty figure and is not read).
fn running_total(text: &str, toks: &[Token], sent_start: usize, number: usize) -> Option<RunningTotal> {
    let words = &*TOLL_WORDS;
    let lower = |k: usize| toks[k].text(text).to_ascii_lowercase();
    let mut k = number;
    while k > sent_start && number - k < 5 && words.bridges.contains(&lower(k - 1)) {
        k -= 1;
    }
    if k == number {
        return None;
    }
    // "The death toll, given by the ministry, rose to 45": a participle
    // phrase with its "by" agent, between commas, stands between the total
    // and the bridge; the total is before it.
    let k = skip_agent_phrase(text, toks, sent_start, k);
    // The head within a few words before the bridge ("toll from the
    // quake"), with no other number or clause break in between.
    let mut h = k;
    while h > sent_start && k - h < 7 {
        h -= 1;
        let t = &toks[h];
        if t.kind == TokenKind::Number || matches!(t.text(text), "," | ";" | ":" | "(" | ")") {
            return None;
        }
        let word = lower(h);
        if words.heads_of.contains(&word) {
            // "Hamas put the number at 8": set, with no "of", like "figure".
            if h + 1 == k && lower(k) == "at" && setter_before(text, toks, sent_start, h) {
                return Some(RunningTotal { what: toks[h].text(text).to_string(), predicate: None, first: h });
            }
            // "number of <…> killed": a counted word within the next words.
            if h + 1 >= k || lower(h + 1) != "of" {
                return None;
            }
            let (last, predicate) = (h + 2..k.min(h + 6)).rev().find_map(|m| words.modifiers.get(&lower(m)).map(|p| (m, p.clone())))?;
            let what = text[toks[h].start as usize..toks[last].end as usize].to_string();
            return Some(RunningTotal { what, predicate: Some(predicate), first: h });
        }
        let Some(head_predicate) = words.heads.get(&word) else { continue };
        // "death toll", "casualty count": the word before says what is counted.
        let before = (h > sent_start).then(|| lower(h - 1)).and_then(|b| words.modifiers.get(&b).cloned());
        let first = if before.is_some() { h - 1 } else { h };
        let predicate = before.or_else(|| head_predicate.clone());
        // "Israel put the figure at 20": a figure someone sets counts what
        // the sentence around it counts (`setter` heads; the predicate is
        // left open and taken from the figure it answers, if any).
        if predicate.is_none() && !(words.setter_heads.contains(&word) && lower(k) == "at" && setter_before(text, toks, sent_start, first)) {
            return None;
        }
        let what = text[toks[first].start as usize..toks[h].end as usize].to_string();
        return Some(RunningTotal { what, predicate, first });
    }
    None
}

/// Whether `word` (lower case) is a head a figure is set for ("put the
/// crowd at 20,000": `setter_head` in `quantities_tolls.tsv`).
pub(crate) fn is_set_figure_head(word: &str) -> bool {
    TOLL_WORDS.setter_heads.contains(word)
}

/// Whether "put", "puts", "putting", "placed" or "pegged" (`setter` in
/// `quantities_tolls.tsv`) stands before the head phrase starting at
/// `first`, over a determiner ("put the figure", "puts their number").
fn setter_before(text: &str, toks: &[Token], sent_start: usize, first: usize) -> bool {
    let words = &*TOLL_WORDS;
    let lower = |k: usize| toks[k].text(text).to_ascii_lowercase();
    (first.saturating_sub(2).max(sent_start)..first).rev().any(|k| words.setters.contains(&lower(k)))
}

/// When tokens before `k` are ", <participle> by <agent> ," (at most ten
/// tokens, no number: ", given by the ministry,", ", released by the army
/// on Monday,"), the token of the first comma; else `k`.
fn skip_agent_phrase(text: &str, toks: &[Token], sent_start: usize, k: usize) -> usize {
    if k < sent_start + 4 || toks[k - 1].text(text) != "," {
        return k;
    }
    let close = k - 1;
    let Some(open) = (close.saturating_sub(11).max(sent_start)..close).rev().find(|&c| toks[c].text(text) == ",") else { return k };
    let participle = toks[open + 1].text(text);
    let passive = participle.len() > 3 && participle.chars().all(|c| c.is_ascii_lowercase()) && (participle.ends_with("ed") || participle.ends_with("en"));
    let by = open + 2 < close && toks[open + 2].text(text) == "by";
    // "The toll, which officials said could rise, stood at 54": a relative
    // clause between commas (claims22).
    let relative = matches!(participle, "which" | "that");
    if ((passive && by) || relative) && !(open + 2..close).any(|c| toks[c].kind == TokenKind::Number) {
        open
    } else {
        k
    }
}


/// The word lists of `quantities_shapes.tsv`, lower case.
#[derive(Default)]
struct ShapeWords {
    plural: std::collections::HashSet<String>,
    measure: std::collections::HashSet<String>,
    change: std::collections::HashSet<String>,
    tally: std::collections::HashSet<String>,
    not_counted: std::collections::HashSet<String>,
    sentence: std::collections::HashSet<String>,
    vehicle: std::collections::HashSet<String>,
    fraction: std::collections::HashMap<String, f64>,
    vote_verb: std::collections::HashSet<String>,
    multiplier: std::collections::HashSet<String>,
    /// Two-word verbs before a count of people whose noun is left out
    /// ("laid off several hundred"): the two words → the predicate.
    phrasal: std::collections::HashMap<String, String>,
    /// Bodies whose members "N of the <body>" counts ("3,000 of the
    /// National Guard"): the body's head noun → the unit.
    member_body: std::collections::HashMap<String, String>,
    /// Words that may stand between a counted phrase and its predicate
    /// verb ("were all killed", "have been confirmed killed").
    predicate_skip: std::collections::HashSet<String>,
    /// Words that may stand between a predicate verb and the count after
    /// it besides determiners and "of" ("killed a total of 346").
    predicate_lead: std::collections::HashSet<String>,
    /// Modifiers that make a counted head a body of people, not remains
    /// ("two governing bodies").
    institution: std::collections::HashSet<String>,
    /// Prepositions of a short phrase between a counted noun and its verb
    /// ("three members of the family were killed").
    pp_skip: std::collections::HashSet<String>,
    /// Words that make the count after them part of the one before
    /// ("killed 62, including 54 children").
    inclusion: std::collections::HashSet<String>,
    /// A definition's words: the generic heads ("events where"), the links
    /// after them, the verbs of "defined as" and of "counts as".
    definition_head: std::collections::HashSet<String>,
    definition_link: std::collections::HashSet<String>,
    definition_verb: std::collections::HashSet<String>,
    definition_after: std::collections::HashSet<String>,
    /// "in which": a preposition before a definition's link; "any attack
    /// where", "all cases in which": quantifiers that make a head generic.
    definition_prep: std::collections::HashSet<String>,
    definition_quantifier: std::collections::HashSet<String>,
    /// Relative words that end the phrase `pp_skip` passes over ("three
    /// members of the family who …").
    pp_stop: std::collections::HashSet<String>,
    /// Prepositions after which a count of places says where
    /// ("in 38 countries"), and the units of such counts.
    where_preposition: std::collections::HashSet<String>,
    place_unit: std::collections::HashSet<String>,
    /// Predicates after which a word number with no noun counts people
    /// ("killed five and wounded 110"; claims33).
    bare_object: std::collections::HashSet<String>,
    /// Nouns of harm in a "with" phrase after a counted noun → the
    /// predicate ("13 students with minor injuries"; claims33).
    harm_with: std::collections::HashMap<String, String>,
}

static SHAPE_WORDS: std::sync::LazyLock<ShapeWords> = std::sync::LazyLock::new(|| {
    let mut w = ShapeWords::default();
    for crate::entities::lexicon::KindRow { kind, word, value } in crate::entities::lexicon::kind_rows(include_str!("../../data/en/quantities_shapes.tsv")) {
        match kind {
            "plural" => w.plural.insert(word),
            "measure" => w.measure.insert(word),
            "change" => w.change.insert(word),
            "tally" => w.tally.insert(word),
            "not_counted" => w.not_counted.insert(word),
            "sentence" => w.sentence.insert(word),
            "vehicle" => w.vehicle.insert(word),
            "vote_verb" => w.vote_verb.insert(word),
            "multiplier" => w.multiplier.insert(word),
            "predicate_skip" => w.predicate_skip.insert(word),
            "predicate_lead" => w.predicate_lead.insert(word),
            "institution" => w.institution.insert(word),
            "pp_skip" => w.pp_skip.insert(word),
            "inclusion" => w.inclusion.insert(word),
            "definition_head" => w.definition_head.insert(word),
            "definition_link" => w.definition_link.insert(word),
            "definition_verb" => w.definition_verb.insert(word),
            "definition_after" => w.definition_after.insert(word),
            "definition_prep" => w.definition_prep.insert(word),
            "definition_quantifier" => w.definition_quantifier.insert(word),
            "pp_stop" => w.pp_stop.insert(word),
            "where_preposition" => w.where_preposition.insert(word),
            "place_unit" => w.place_unit.insert(word),
            "bare_object" => w.bare_object.insert(word),
            "harm_with" => w.harm_with.insert(word, value.unwrap_or("injured").to_string()).is_none(),
            "phrasal" => w.phrasal.insert(word, value.unwrap_or("").to_string()).is_none(),
            "member_body" => w.member_body.insert(word, value.unwrap_or("person").to_string()).is_none(),
            "fraction" => {
                // "thirds 3": the word and its denominator.
                if let Some((f, d)) = word.split_once(' ').and_then(|(f, d)| Some((f.to_string(), d.trim().parse::<f64>().ok()?))) {
                    w.fraction.insert(f, d);
                }
                false
            }
            _ => false,
        };
    }
    w
});

/// Whether the head noun of a counted phrase is singular ("jet",
/// "Dreamliner", "replacement"), so that a number before it names a model:
/// no plural -s, and not a noun that counts without one ("police",
/// "aircraft") or a unit abbreviation ("km").
fn singular_head(word: &str) -> bool {
    // Abbreviations ("2 TFL", "4 oz") and unit words never take -s.
    if !word.chars().all(|c| c.is_alphabetic() || c == '-') || (word.len() > 1 && word.chars().all(|c| c.is_uppercase())) {
        return false;
    }
    let lower = word.to_lowercase();
    let words = &*SHAPE_WORDS;
    // ("gunmen", "fishermen", "townspeople", "schoolchildren": plurals
    // without -s.)
    let plural_s = (lower.ends_with('s') && !lower.ends_with("ss")) || ["men", "people", "children", "folk"].iter().any(|e| lower.ends_with(e));
    // "the 250 required", "60 needed": a participle, not a head noun.
    let participle = lower.ends_with("ed") || lower.ends_with("ing") || (lower.len() > 3 && lower.ends_with("ly"));
    !plural_s && !participle && !words.plural.contains(&lower) && !words.measure.contains(&lower)
}

/// Where the head of a phrase after a number ends when the phrase runs on
/// into its verb: at a determiner ("787 Dreamliner made [its] first
/// flight") or at a past form right after a singular noun ("the 777
/// freighter [landed]"). A participle first in the phrase stays ("5 armed
/// men", "the 250 required").
fn head_end(text: &str, toks: &[Token], ids: &[u32], lex: &Lexicon, np_start: usize, np_end: usize) -> usize {
    for h in np_start + 1..np_end {
        let word = toks[h].text(text);
        if lex.w.determiners.contains(&ids[h]) || (word.len() > 3 && word.ends_with("ed") && singular_head(toks[h - 1].text(text))) {
            return h;
        }
    }
    np_end
}

/// Plain three- or four-digit numbers the text uses as model names: right
/// after a capitalised word that does not start the sentence ("Boeing
/// 737", "Boeing's 787") or with a plural -s glued to them ("777s").
/// Computed once per text.
fn model_numbers<'t>(text: &'t str, seg: &Segmentation) -> std::collections::HashSet<&'t str> {
    let mut out = std::collections::HashSet::new();
    let toks = &seg.tokens;
    for sent in &seg.sentences {
        for k in sent.tokens.clone() {
            let t = toks[k].text(text);
            let model_digits = |s: &str| (3..=4).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit());
            if toks[k].kind == TokenKind::Word {
                if let Some(d) = t.strip_suffix('s').filter(|d| model_digits(d)) {
                    out.insert(d);
                }
                continue;
            }
            if toks[k].kind != TokenKind::Number || !model_digits(t) || k == sent.tokens.start {
                continue;
            }
            let mut p = k - 1;
            if matches!(toks[p].text(text), "'s" | "’s") && p > sent.tokens.start {
                p -= 1;
            }
            let sentence_initial = p == sent.tokens.start || matches!(toks[p - 1].kind, TokenKind::OpenQuote | TokenKind::Terminal);
            let name = toks[p].text(text);
            // ("the RAV4 Hybrid's 176 hp engine": a possessor's number with
            // a word after it is a measure.)
            let possessed = p + 1 < k;
            let word_after = k + 1 < sent.tokens.end && toks[k + 1].kind == TokenKind::Word && !is_capitalised(toks[k + 1].text(text));
            if toks[p].kind == TokenKind::Word && is_capitalised(name) && !sentence_initial && !is_month_name(name) && !(possessed && word_after) {
                out.insert(t);
            }
        }
    }
    out
}

fn is_month_name(word: &str) -> bool {
    const MONTHS: [&str; 12] = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
    let lower = word.trim_end_matches('.').to_ascii_lowercase();
    MONTHS.iter().any(|m| *m == lower || (lower.len() >= 3 && m.starts_with(&lower)))
}

/// Whether quantity `m` is a model number: a plain number the text uses
/// as a model name elsewhere ("the 737 narrowbody" in a text about the
/// "Boeing 737"), or one right after another count ("five new 737
/// aircraft", "two 747 jets").
fn is_model_number(text: &str, toks: &[Token], models: &std::collections::HashSet<&str>, m: &QuantityMention, earlier: &[QuantityMention]) -> bool {
    let q = &m.quantity;
    let raw = toks[m.tokens.start].text(text);
    let digits = raw.split('-').next().unwrap_or(raw);
    // "the 737-800 range": a variant of a model the text names, written
    // like a range (claims22).
    if m.tokens.len() == 1 && raw.contains('-') && models.contains(digits) && !q.unit.as_deref().is_some_and(|u| u == "percent" || currency_of_unit(u)) {
        return true;
    }
    if q.low.is_some() || q.high.is_some() || q.unit.as_deref().is_some_and(|u| u == "percent" || currency_of_unit(u)) || m.tokens.len() != 1 {
        return false;
    }
    if models.contains(digits) {
        return true;
    }
    if sibling_model(text, toks, models, m, digits) {
        return true;
    }
    if toks[m.tokens.start].kind != TokenKind::Number {
        return false;
    }
    earlier.last().is_some_and(|prev| {
        let gap = prev.tokens.end..m.tokens.start;
        let measured = prev.quantity.unit.as_deref().is_some_and(|u| u == "percent" || currency_of_unit(u));
        !measured
            && prev.extent.end == m.tokens.start
            && gap.len() <= 1
            && gap.clone().all(|g| {
                let w = toks[g].text(text);
                toks[g].kind == TokenKind::Word && w.chars().all(|c| c.is_ascii_lowercase() || c == '-') && !matches!(w, "in" | "of" | "to" | "and" | "or" | "per" | "out" | "from" | "by" | "than" | "x" | "for" | "at" | "with" | "on" | "over" | "under" | "about" | "a" | "an" | "the")
            })
    })
}

/// "Lufthansa ordered 30 Airbus 350s and retired its 340 jets": a
/// three-digit number after a possessive or "the", before a vehicle noun,
/// in the family of a model number the text names (same length, same
/// first digit, not a round hundred) is the sibling model.
fn sibling_model(text: &str, toks: &[Token], models: &std::collections::HashSet<&str>, m: &QuantityMention, digits: &str) -> bool {
    let k = m.tokens.start;
    if digits.len() != 3 || !digits.bytes().all(|b| b.is_ascii_digit()) || digits.ends_with("00") || k == 0 || models.is_empty() {
        return false;
    }
    let before = toks[k - 1].text(text).to_ascii_lowercase();
    if !matches!(before.as_str(), "its" | "their" | "his" | "her" | "the" | "our") {
        return false;
    }
    let head = m.quantity.what.as_deref().and_then(|w| w.split_whitespace().last()).map(str::to_lowercase);
    if !head.is_some_and(|h| SHAPE_WORDS.vehicle.contains(&h)) {
        return false;
    }
    models.iter().any(|d| d.len() == 3 && *d != digits && d.as_bytes()[0] == digits.as_bytes()[0])
}

/// Whether a unit name is a currency's ("usd", "gbp").
fn currency_of_unit(unit: &str) -> bool {
    ["usd", "eur", "gbp", "aud", "cad", "hkd", "nzd", "jpy", "cny", "inr", "rub", "chf", "yuan", "yen", "rupee", "peso", "euro", "dollar", "pound"].contains(&unit)
}

/// "passed 52-48", "the final vote count was 52-35": a score written as
/// one word after a vote word is a tally of votes. "The 5-4 vote" (before
/// its noun) is left alone.
fn vote_tally(text: &str, toks: &[Token], si: usize, sent: Range<usize>, i: usize) -> Option<QuantityMention> {
    let t = toks[i];
    if t.kind != TokenKind::Word || i == sent.start {
        return None;
    }
    let (a, b) = t.text(text).split_once('-')?;
    let digits = |s: &str| !s.is_empty() && s.len() <= 4 && s.bytes().all(|c| c.is_ascii_digit());
    if !digits(a) || !digits(b) {
        return None;
    }
    let (va, vb) = (parse_digits(a)?, parse_digits(b)?);
    if va < vb {
        return None;
    }
    let words = &*SHAPE_WORDS;
    let lower = |k: usize| toks[k].text(text).to_ascii_lowercase();
    // "approved the budget 301-112": a tally after the object of a vote
    // verb (a determiner and at most three words between).
    let after_object = || {
        (sent.start.max(i.saturating_sub(5))..i.saturating_sub(1)).any(|v| {
            SHAPE_WORDS.vote_verb.contains(&lower(v))
                && v + 2 < i
                && matches!(lower(v + 1).as_str(), "the" | "a" | "an" | "its" | "their" | "his" | "her" | "this" | "that")
                && (v + 2..i).all(|k| toks[k].kind == TokenKind::Word && toks[k].text(text).chars().all(|c| c.is_alphabetic() || c == '-'))
        })
    };
    if !words.tally.contains(&lower(i - 1)) && !after_object() {
        return None;
    }
    let mut vote = false;
    for k in (sent.start.max(i.saturating_sub(7))..i).rev() {
        if toks[k].kind != TokenKind::Word {
            break;
        }
        let w = lower(k);
        if w.starts_with("vote") || w == "ballot" || w == "ballots" || matches!(w.as_str(), "passed" | "approved" | "rejected" | "defeated") {
            vote = true;
            break;
        }
    }
    if !vote {
        return None;
    }
    let (start, end) = (t.start as usize, t.end as usize);
    let quantity = Quantity {
        value: Some(va),
        unit: Some("vote".into()),
        what: Some("votes".into()),
        predicate: None,
        low: None,
        high: None,
        text: text[start..end].to_string(),
        evidence: Span::new(start, end),
        part: None,
    };
    Some(QuantityMention { quantity, sentence: si, tokens: i..i + 1, extent: i..i + 1, predicate_token: None })
}

/// "Orders rose to 230", "job cuts of 10,000", "sales fell to 1.2 million
/// from 1.5 million": a bare number after a verb of change or "of" counts
/// the plural noun right before them. A second figure after "from" or "to"
/// counts what the first one did.
#[allow(clippy::too_many_arguments)]
fn elided_subject(text: &str, seg: &Segmentation, ids: &[u32], lex: &Lexicon, si: usize, sent: Range<usize>, i: usize, earlier: &[QuantityMention]) -> Option<QuantityMention> {
    let toks = &seg.tokens;
    if toks[i].kind != TokenKind::Number || i == sent.start {
        return None;
    }
    let num = parse_number(text, toks, ids, lex, i, sent.end)?;
    let raw = toks[i].text(text);
    if is_excluded(text, toks, ids, lex, sent.clone(), i, num.end, false, true, raw) {
        return None;
    }
    // Nothing counted after it: the clause ends or a link word follows.
    let bare = num.end >= sent.end
        || !matches!(toks[num.end].kind, TokenKind::Word)
        || matches!(toks[num.end].text(text).to_ascii_lowercase().as_str(), "from" | "to" | "in" | "on" | "last" | "this" | "by" | "after" | "since" | "and" | "or" | "as" | "at" | "late" | "early" | "earlier" | "later" | "overnight");
    if !bare {
        return None;
    }
    let words = &*SHAPE_WORDS;
    let lower = |k: usize| toks[k].text(text).to_ascii_lowercase();
    let link = lower(i - 1);
    let (what, unit, predicate) = if let Some(prev) = earlier.last().filter(|p| p.tokens.end + 1 == i && matches!(link.as_str(), "from" | "to") && p.quantity.what.is_some()) {
        (prev.quantity.what.clone(), prev.quantity.unit.clone(), prev.quantity.predicate.clone())
    } else {
        let mut k = i;
        while k > sent.start && i - k < 4 && words.change.contains(&lower(k - 1)) {
            k -= 1;
        }
        if k == i || k == sent.start || !matches!(link.as_str(), "to" | "at" | "of") {
            return None;
        }
        let head = toks[k - 1].text(text);
        let hl = head.to_ascii_lowercase();
        let plural = hl.len() > 3 && hl.ends_with('s') && !hl.ends_with("ss") && hl.chars().all(|c| c.is_ascii_alphabetic());
        if toks[k - 1].kind != TokenKind::Word || !plural || lex.w.aux.contains(&ids[k - 1]) || lex.w.determiners.contains(&ids[k - 1]) || words.change.contains(&hl) || words.not_counted.contains(&hl) {
            return None;
        }
        // A possessive or plural verb form ("it says", "he hopes") is no
        // counted noun: the word before must not be a pronoun.
        if k - 1 > sent.start && matches!(lower(k - 2).as_str(), "he" | "she" | "it" | "who" | "that" | "which") {
            return None;
        }
        let unit = lex.units.longest_at(ids, k - 1, k).map(|(_, u)| u.unit.to_string());
        (Some(head.to_string()), unit, None)
    };
    let start = toks[i].start as usize;
    let end = toks[num.end - 1].end as usize;
    let quantity = Quantity { value: Some(num.value), unit, what, predicate, low: None, high: None, text: text[start..end].to_string(), evidence: Span::new(start, end), part: None };
    Some(QuantityMention { quantity, sentence: si, tokens: i..num.end, extent: i..num.end, predicate_token: None })
}

/// Dates, years, clock times, ages, name parts.
#[allow(clippy::too_many_arguments)]
fn is_excluded(text: &str, toks: &[Token], ids: &[u32], lex: &Lexicon, sent: Range<usize>, start: usize, end: usize, bounded: bool, digits: bool, raw: &str) -> bool {
    let w = &lex.w;
    let prev = (start > sent.start).then(|| start - 1);
    let next = (end < sent.end).then_some(end);
    let is_month = |j: usize| w.months.contains(&ids[j]) && is_capitalised(toks[j].text(text));
    // Dates: "Nov. 3", "3 November", "November 3, 2025".
    if prev.is_some_and(is_month) || next.is_some_and(is_month) {
        return true;
    }
    if next.is_some_and(|n| ids[n] == w.of && n + 1 < sent.end && is_month(n + 1)) {
        return true;
    }
    // Clock times: "7 AM", "12:30".
    if next.is_some_and(|n| w.time_words.contains(&ids[n]) && !toks[n].text(text).eq_ignore_ascii_case("hours")) || raw.contains(':') {
        return true;
    }
    // Years: four digits from 1800 to 2100, unless a unit noun follows ("2000 troops").
    if digits && end == start + 1 && raw.len() == 4 && raw.bytes().all(|b| b.is_ascii_digit()) {
        let year: u32 = raw.parse().unwrap_or(0);
        let unit_follows = next.is_some_and(|n| lex.units.longest_at(ids, n, n + 1).is_some());
        if (1800..=2100).contains(&year) && !unit_follows {
            return true;
        }
    }
    // Decades: "the 1990s" is a single word token and never gets here.
    // Ages: "30 years old", "aged 30", "a 30-year-old" (one token), "Smith, 30,".
    if next.is_some_and(|n| (ids[n] == w.years || ids[n] == w.year) && n + 1 < sent.end && ids[n + 1] == w.old) {
        return true;
    }
    if prev.is_some_and(|p| ids[p] == w.aged || ids[p] == w.age) {
        return true;
    }
    // "between the ages of 14 and 18": both ends are ages.
    if (sent.start.max(start.saturating_sub(4))..start).any(|p| p + 1 < start && ids[p + 1] == w.of && toks[p].text(text).eq_ignore_ascii_case("ages")) {
        return true;
    }
    if digits && !bounded {
        if let (Some(p), Some(n)) = (prev, next) {
            if toks[p].text(text) == "," && toks[n].text(text) == "," && p > sent.start && is_capitalised(toks[p - 1].text(text)) {
                return true;
            }
        }
    }
    // Name parts: "Title 50", "Flight 370", "No. 3": a capitalised word right
    // before the number, not at the start of the sentence and not a number word.
    if !bounded {
        if let Some(p) = prev {
            let pt = toks[p].text(text);
            if pt == "#" || pt.eq_ignore_ascii_case("no.") {
                return true;
            }
            let sentence_initial = p == sent.start || matches!(toks[p - 1].kind, TokenKind::OpenQuote | TokenKind::Terminal);
            if toks[p].kind == TokenKind::Word && is_capitalised(pt) && !sentence_initial && lex.numbers.longest_at(ids, p, p + 1).is_none() {
                return true;
            }
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quantities(text: &str) -> Vec<Quantity> {
        extract_quantities(text, &newsledger_text::segment(text))
    }

    #[test]
    fn animals_killed_are_not_people() {
        for (s, what) in [
            ("The ministry ordered the killing of over 300,000 pigs.", "pigs"),
            ("Floods drowned 2,000 cattle in the valley.", "cattle"),
            ("Poachers killed 12 rhinos last year.", "rhinos"),
        ] {
            let q = quantities(s);
            let q = q.iter().find(|q| q.what.as_deref() == Some(what)).unwrap_or_else(|| panic!("{s}: {q:?}"));
            assert_eq!(q.unit.as_deref(), Some("animal"), "{s}: {q:?}");
        }
        // People killed beside them stay people.
        let q = quantities("The storm killed 40 people and 300 sheep.");
        assert_eq!(q.iter().map(|q| q.unit.as_deref()).collect::<Vec<_>>(), [Some("person"), Some("animal")], "{q:?}");
    }

    #[test]
    fn digits_words_and_vague_amounts() {
        let q = quantities("The Pentagon claims 64 people have been killed in 15 such operations.");
        assert_eq!(q.len(), 2, "{q:?}");
        assert_eq!(q[0].value, Some(64.0));
        assert_eq!(q[0].unit.as_deref(), Some("person"));
        assert_eq!(q[0].predicate.as_deref(), Some("killed"));
        assert_eq!(q[1].value, Some(15.0));
        assert_eq!(q[1].unit.as_deref(), Some("operation"));

        let q = quantities("Tens of thousands of American deaths each year.");
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].low, Some(20000.0));
        assert_eq!(q[0].what.as_deref(), Some("American deaths"));

        let q = quantities("The state designated six Mexican drug cartels as terrorist groups.");
        assert_eq!(q[0].value, Some(6.0));
        assert_eq!(q[0].what.as_deref(), Some("Mexican drug cartels"));
        assert_eq!(q[0].predicate.as_deref(), Some("designated"));
    }

    #[test]
    fn bounds_and_ranges() {
        let q = quantities("At least 14 were wounded and up to 30 people are missing.");
        assert_eq!(q[0].low, Some(14.0));
        assert_eq!(q[0].predicate.as_deref(), Some("wounded"));
        assert_eq!(q[1].high, Some(30.0));
        let q = quantities("Between 20 and 30 soldiers were deployed.");
        assert_eq!((q[0].low, q[0].high), (Some(20.0), Some(30.0)));
        assert_eq!(q[0].unit.as_deref(), Some("troop"));
        let q = quantities("A dozen protesters and more than 60 police officers were hurt.");
        assert_eq!(q[0].value, Some(12.0));
        assert_eq!(q[1].low, Some(60.0));
        // A range written as one word; a span of years and a score are none.
        let q = quantities("Witnesses said 20-30 gunmen were arrested.");
        assert_eq!((q[0].low, q[0].high, q[0].what.as_deref()), (Some(20.0), Some(30.0), Some("gunmen")));
        assert!(quantities("The 2019-2020 season was long.").is_empty());
        assert!(quantities("The 5-4 vote passed.").is_empty());
        // "of the dead": the nominal adjective is what is counted.
        let q = quantities("Eleven of the dead were children.");
        assert_eq!(q[0].what.as_deref(), Some("the dead"));
    }

    #[test]
    fn a_possessor_is_not_what_is_counted() {
        // (sentence, what, predicate)
        for (s, what, predicate) in [
            ("Two of the gunman's victims died in hospital.", "the gunman's victims", Some("died")),
            ("Three of the army's armoured vehicles were destroyed.", "the army's armoured vehicles", Some("destroyed")),
            ("Five of the region's most vocal critics of the plan spoke.", "the region's most vocal critics", None),
            ("Four of the mayor's aides quietly resigned.", "the mayor's aides", None),
        ] {
            let q = quantities(s);
            assert_eq!(q.len(), 1, "{s}: {q:?}");
            assert_eq!((q[0].what.as_deref(), q[0].predicate.as_deref()), (Some(what), predicate), "{s}");
        }
    }

    #[test]
    fn running_totals_with_the_number_after_them() {
        // (sentence, what, predicate, value)
        for (s, what, predicate, value) in [
            ("The death toll from the flooding has risen to 1,340, officials said.", "death toll", "killed", 1340.0),
            ("By Friday the toll stood at 37.", "toll", "killed", 37.0),
            ("The number of people wounded in the clashes climbed to 210.", "number of people wounded", "wounded", 210.0),
            ("Rescuers said the casualty count reached 88.", "casualty count", "casualties", 88.0),
            ("The ministry reported a death toll of 45.", "death toll", "killed", 45.0),
        ] {
            let q = quantities(s);
            assert_eq!(q.len(), 1, "{s}: {q:?}");
            assert_eq!((q[0].what.as_deref(), q[0].predicate.as_deref(), q[0].value), (Some(what), Some(predicate), Some(value)), "{s}");
            assert_eq!(q[0].unit.as_deref(), Some("person"), "{s}");
        }
        // A total that says nothing about people, or a number that counts
        // its own noun, is not read as one. ("The number of students rose
        // to 500" counts students, the noun before the verb: no toll.)
        for s in ["The number of students rose to 500.", "The toll rose to $5.", "The count was 3-2 after nine innings."] {
            let toll = |q: &Quantity| q.what.as_deref().is_some_and(|w| ["number", "toll", "count"].iter().any(|t| w.contains(t)));
            assert!(quantities(s).iter().all(|q| q.predicate.as_deref() != Some("killed") && !(q.unit.as_deref() == Some("person") && toll(q))), "{s}: {:?}", quantities(s));
        }
        let q = quantities("Six soldiers and fifteen police officers were injured; 3 guards or 2 drivers are missing.");
        let read: Vec<_> = q.iter().map(|q| (q.value, q.predicate.as_deref())).collect();
        assert_eq!(read, [(Some(6.0), Some("injured")), (Some(15.0), Some("injured")), (Some(3.0), Some("missing")), (Some(2.0), Some("missing"))]);
        let q = quantities("The death toll rose to 12, and 40 people were injured.");
        assert_eq!((q[1].what.as_deref(), q[1].predicate.as_deref()), (Some("people"), Some("injured")));
    }

    #[test]
    fn not_quantities() {
        for s in [
            "In February 2025, the agency acted.",
            "The strike happened on Nov. 3 at 7 AM.",
            "A 30-year-old man, John Smith, 45, was there.",
            "JSOC forces would operate under Title 50 authority.",
            "MS-13 and F-16 jets; call 555-1234.",
            "He was 30 years old.",
        ] {
            let q = quantities(s);
            assert!(q.is_empty(), "{s}: {q:?}");
        }
    }

    #[test]
    fn magnitudes_written_into_the_number() {
        // (sentence, value, unit)
        for (s, value, unit) in [
            ("Qatar placed an order worth $15bn on Monday.", 15e9, "usd"),
            ("The listing could raise £10bn for the group.", 10e9, "gbp"),
            ("The state spent $449K on the campaign.", 449e3, "usd"),
            ("The club paid €2.5m for the striker.", 2.5e6, "eur"),
            ("The fund lost $1.2tn last year.", 1.2e12, "usd"),
        ] {
            let q = quantities(s);
            assert_eq!(q.len(), 1, "{s}: {q:?}");
            assert_eq!((q[0].value, q[0].unit.as_deref()), (Some(value), Some(unit)), "{s}");
        }
        // A one-letter suffix without a currency sign is a unit or a name.
        for s in ["New 4G phones and 3D films went on sale.", "Rescuers lowered a 5m rope.", "The F16 flew low."] {
            assert!(quantities(s).is_empty(), "{s}: {:?}", quantities(s));
        }
        // A range takes the magnitude at both ends.
        let q = quantities("Buyers pledged $40-50 billion in purchases.");
        assert_eq!((q[0].low, q[0].high), (Some(40e9), Some(50e9)));
    }

    #[test]
    fn currencies_with_a_country_prefix() {
        let q = quantities("The package is worth AU$ 52.5 million (US$40.4 million), or C$60 million.");
        let units: Vec<_> = q.iter().map(|q| q.unit.as_deref()).collect();
        assert_eq!(units, [Some("aud"), Some("usd"), Some("cad")]);
        // A bracket before the sign is no country.
        let q = quantities("Lehman Brothers ($691.06 billion) was the largest.");
        assert_eq!(q[0].unit.as_deref(), Some("usd"));
    }

    #[test]
    fn percent_in_words() {
        for (s, value) in [("The layoffs equal about six percent of its workforce.", 6.0), ("Seventy-eight percent of Americans agreed.", 78.0), ("It owns twenty percent of the firm.", 20.0)] {
            let q = quantities(s);
            assert_eq!(q.len(), 1, "{s}: {q:?}");
            assert_eq!((q[0].value, q[0].unit.as_deref()), (Some(value), Some("percent")), "{s}");
        }
    }

    #[test]
    fn a_bare_count_in_a_list_counts_what_the_first_counted() {
        // (sentence, values, what, predicate)
        for (s, values, what, predicate) in [
            ("Airstrikes killed 12 people in Aleppo and 5 in Idlib on Sunday.", vec![12.0, 5.0], "people", Some("killed")),
            ("The firm will cut 4,300 jobs in France, 3,700 in Germany, 1,600 in Britain and 400 in Spain.", vec![4300.0, 3700.0, 1600.0, 400.0], "jobs", None),
            ("Police detained 40 protesters in the capital, 25 in Kisumu and 9 at the port.", vec![40.0, 25.0, 9.0], "protesters", Some("detained")),
        ] {
            let q = quantities(s);
            assert_eq!(q.iter().map(|q| q.value.unwrap_or(-1.0)).collect::<Vec<_>>(), values, "{s}: {q:?}");
            assert!(q.iter().all(|q| q.what.as_deref() == Some(what) && q.predicate.as_deref() == predicate), "{s}: {q:?}");
        }
        // Not the list's: a count with a verb of its own, a count past
        // another number (a year), a year itself.
        for (s, not_listed) in [
            ("Of the 30 passengers, 12 survived.", 12.0),
            ("About 40 people died in 2019, 30 in 2020.", 30.0),
            ("Officials counted 40 ballots, and 2019 was worse.", 2019.0),
        ] {
            let q = quantities(s);
            let first_what = q.first().and_then(|f| f.what.clone());
            assert!(q.iter().skip(1).all(|q| q.value != Some(not_listed) || q.what != first_what), "{s}: {q:?}");
        }
    }

    #[test]
    fn money_and_percent() {
        let q = quantities("The U.S. pledged $1.5 million in aid, 20% more than last year.");
        assert_eq!(q[0].value, Some(1_500_000.0));
        assert_eq!(q[0].unit.as_deref(), Some("usd"));
        assert_eq!(q[1].unit.as_deref(), Some("percent"));
    }
}
