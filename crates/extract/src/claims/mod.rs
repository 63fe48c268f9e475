//! Quantities and claims with claimant and evidence status.
//!
//! A claim is a statement that carries a number ("64 people have been killed
//! in 15 such operations") or, added by the event extractor, an event
//! assertion that a source makes or denies, or whose evidence the text rates
//! ("unconfirmed reports that soldiers had shelled the village": unverified,
//! no claimant, since no one is named). Each claim gets
//!
//! * its **source**: the attribution whose content covers it (filled by the
//!   source extractor for reported clauses and quotes; the narration
//!   between a split quote's parts is in none), else `None` (the outlet
//!   says it);
//! * its **status**: `denied` when the text reports a denial, `disputed`
//!   when the text contests it or another source gives a different figure
//!   for the same thing, `unverified` when the text says it could not be
//!   verified or that no evidence was released (in the same sentence, or in
//!   the next one when that sentence points back at "those figures"),
//!   `confirmed` when it reports independent verification; otherwise
//!   `attributed` (a source says it) or `asserted` (the outlet does).

pub mod quantities;

use newsledger_model::{Claim, ClaimStatus, Span};
use newsledger_text::TokenKind;

use crate::denial::{new_clause_between, SCOPE as DENIAL_SCOPE};
use crate::events::lexicon::{CueClass, EvidenceCue, Lexicon};
use crate::sources::deny_withholds;
use crate::{Doc, Extractor};

pub use quantities::extract_quantities;
use quantities::{find_quantities, QuantityMention};

/// Finds quantities and turns them into claims.
pub struct ClaimExtractor;

impl Extractor for ClaimExtractor {
    fn name(&self) -> &'static str {
        "claims"
    }

    fn run(&self, doc: &mut Doc<'_>) {
        let lex = Lexicon::english();
        let ids = if doc.notes.event_word_ids.len() == doc.seg.tokens.len() {
            std::mem::take(&mut doc.notes.event_word_ids)
        } else {
            lex.vocab.token_ids(doc.text, &doc.seg.tokens)
        };
        let mentions: Vec<QuantityMention> =
            find_quantities(doc.text, &doc.seg, &ids).into_iter().filter(|m| !is_source_count(doc, &ids, m) && !is_measurement(m) && !quantities::in_definition(doc.text, &doc.seg, m)).collect();

        // Quantities sharing a predicate ("64 people have been killed in 15
        // operations") make one claim; a quantity without a predicate joins
        // the nearest group before it in the sentence.
        // Quantities that different attributions cover are different
        // claims ("Hundreds of thousands marched in what organizers
        // estimated at 1.7 million"): the outlet's and the organizers'.
        let claimed_by: Vec<Option<Span>> = mentions.iter().map(|m| attribution_at(doc, m.quantity.evidence).map(|a| a.content)).collect();
        let mut groups: Vec<Vec<usize>> = Vec::new();
        for (mi, m) in mentions.iter().enumerate() {
            let joined = groups.iter_mut().rev().take(3).find(|g| {
                let li = *g.last().unwrap_or(&mi);
                let last = &mentions[li];
                last.sentence == m.sentence
                    && claimed_by[li] == claimed_by[mi]
                    && ((m.predicate_token.is_some() && last.predicate_token == m.predicate_token)
                        || (m.predicate_token.is_none() && m.tokens.start.saturating_sub(last.extent.end) <= 8))
            });
            match joined {
                Some(g) => g.push(mi),
                None => groups.push(vec![mi]),
            }
        }

        let mut claims: Vec<Claim> = Vec::new();
        for g in &groups {
            let first = &mentions[g[0]];
            let start_tok = g.iter().map(|&i| mentions[i].extent.start).min().unwrap_or(first.extent.start);
            let end_tok = g.iter().map(|&i| mentions[i].extent.end).max().unwrap_or(first.extent.end);
            let evidence = clause_span(doc, &ids, first.sentence, start_tok, end_tok);
            let (source, status) = assess(doc, &ids, first.quantity.evidence, first.sentence);
            let claim = Claim {
                id: String::new(),
                text: doc.slice(evidence).to_string(),
                quantities: g.iter().map(|&i| mentions[i].quantity.clone()).collect(),
                source,
                status,
                evidence,
                event: None,
            };
            claims.push(claim);
        }

        let base = doc.facts.claims.len();
        for (k, mut c) in claims.into_iter().enumerate() {
            c.id = format!("c{}", base + k + 1);
            doc.facts.claims.push(c);
        }
        doc.notes.event_word_ids = ids;
    }
}

/// "The wall was one and two thirds meters high", "the car will go 300
/// miles on a charge", "about 160 km (100 miles) east of the capital": a
/// measurement of a thing (a length, weight, speed, area; `measure` in
/// quantities_shapes.tsv) without a predicate is no claim, in quotes or
/// in the outlet's text: it counts no people, events or money and says
/// nothing happened. It stays a quantity (`extract_quantities`). Claims
/// keep counts of people, events, operations and arrests, money, percents,
/// and measurements with a predicate ("3.7 tons of explosives were seized").
fn is_measurement(m: &QuantityMention) -> bool {
    let q = &m.quantity;
    q.predicate.is_none() && q.unit.as_deref().is_some_and(quantities::is_measure_unit)
}

/// "Two current U.S. officials told NBC News": a count of sources, not a claim.
fn is_source_count(doc: &Doc<'_>, ids: &[u32], m: &QuantityMention) -> bool {
    if m.predicate_token.is_some() {
        return false;
    }
    let q = &m.quantity.evidence;
    if doc.facts.sources.iter().any(|s| s.evidence.start <= q.start && q.end <= s.evidence.end) {
        return true;
    }
    let lex = Lexicon::english();
    let after = m.extent.end;
    after < ids.len() && lex.cues.longest_at(ids, after, after + 2).is_some_and(|(_, c)| c.class == CueClass::Reporting)
}

/// The comma-delimited stretch of sentence `si` around tokens `from..to`
/// (without a leading "and"/"but"), as a byte span.
pub(crate) fn clause_span(doc: &Doc<'_>, ids: &[u32], si: usize, from: usize, to: usize) -> Span {
    let lex = Lexicon::english();
    let sent = &doc.seg.sentences[si];
    let toks = &doc.seg.tokens;
    let is_cut = |i: usize| {
        let t = &toks[i];
        matches!(t.kind, TokenKind::Dash | TokenKind::Terminal) || matches!(t.text(doc.text), "," | ";" | ":")
    };
    let mut s = from.max(sent.tokens.start);
    while s > sent.tokens.start && !is_cut(s - 1) {
        s -= 1;
    }
    while s < from && (ids[s] == lex.w.and || toks[s].text(doc.text).eq_ignore_ascii_case("but") || matches!(toks[s].kind, TokenKind::OpenQuote)) {
        s += 1;
    }
    let mut e = to.min(sent.tokens.end).max(s + 1);
    while e < sent.tokens.end && !is_cut(e) {
        e += 1;
    }
    Span::new(toks[s].start as usize, toks[e - 1].end as usize)
}

/// The narrowest attribution whose content covers `anchor`, unless the
/// anchor lies in narration inside it (`Annotations::unattributed`).
pub(crate) fn attribution_at<'d>(doc: &'d Doc<'_>, anchor: Span) -> Option<&'d crate::Attribution> {
    let covers = |x: Span, y: Span| x.start <= y.start && y.end <= x.end;
    let overlaps = |x: Span, y: Span| x.start < y.end && y.start < x.end;
    doc.notes
        .attributions
        .iter()
        .filter(|a| covers(a.content, anchor))
        .filter(|a| !doc.notes.unattributed.iter().any(|&n| covers(a.content, n) && overlaps(n, anchor)))
        // "The FSB said it denies nothing, and 12 people were killed", "The
        // army denied the report, and 12 people were killed": a denial of
        // nothing, or one whose clause ends before a coordinated clause that
        // holds the statement, is no one's stance on it (claims27).
        .filter(|a| !(DENIAL_SCOPE.denial_verbs.contains(&a.cue_lemma) && doc.seg.sentence_at(a.cue.start).is_some_and(|si| denial_misses(doc, si, a.cue, anchor))))
        .min_by_key(|a| a.content.end - a.content.start)
}

/// The claimant and status of the statement whose key words are at byte span
/// `anchor` in sentence `si`.
pub(crate) fn assess(doc: &Doc<'_>, ids: &[u32], anchor: Span, si: usize) -> (Option<String>, ClaimStatus) {
    let lex = Lexicon::english();
    let attribution = attribution_at(doc, anchor).filter(|a| !in_relative_aside(doc, si, a.cue, anchor));
    // Every quote with a speaker is also an attribution, so a quote's
    // evidence is not consulted: between the parts of a split quote stand
    // the frame and narration, which the speaker did not say.
    let source = attribution.map(|a| a.source.clone());

    // A cue inside the claimant's own other statement ("…, adding there
    // was “no evidence the drones came from the north”") is about that
    // statement: a speaker does not call their own claim unverified.
    let covers = |x: Span, y: Span| x.start <= y.start && y.end <= x.end;
    let own_other_statement = |cue: Span| {
        source.as_deref().is_some_and(|src| {
            doc.notes.attributions.iter().any(|a| a.source == src && covers(a.content, cue) && !covers(a.content, anchor))
                || doc.facts.quotes.iter().any(|q| q.source.as_deref() == Some(src) && covers(q.evidence, cue) && !covers(q.evidence, anchor))
        })
    };
    let toks = &doc.seg.tokens;
    let cues_of = |si: usize| -> Vec<EvidenceCue> {
        let r = doc.seg.sentences[si].tokens.clone();
        lex.evidence
            .scan(ids, r.start, r.end)
            .into_iter()
            .filter(|&(a, b, _)| !own_other_statement(Span::new(toks[a].start as usize, toks[b - 1].end as usize)))
            // "denying vaccines to migrants" withholds; it denies no claim.
            .filter(|&(a, b, c)| !(*c == EvidenceCue::Denied && b == a + 1 && deny_withholds(doc.text, toks, a, r.end)))
            .filter(|&(a, b, c)| *c != EvidenceCue::Hedge || hedges_clause_of(doc, ids, r.clone(), (a, b), anchor))
            .filter(|&(a, b, c)| !(*c == EvidenceCue::Disputed && b == a + 1 && names_a_dispute(doc, ids, r.clone(), a)))
            .filter(|&(a, b, c)| !(*c == EvidenceCue::Denied && denial_misses(doc, si, Span::new(toks[a].start as usize, toks[b - 1].end as usize), anchor)))
            // "The Pentagon said 5 were wounded, denying reports of deaths",
            // "The Pentagon, denying earlier reports, said 5 had died": a
            // denial in a participle clause of its own, after a comma, that
            // does not hold the statement denies something else.
            .filter(|&(a, _, c)| !(*c == EvidenceCue::Denied && denial_clause_elsewhere(doc, r.clone(), a, anchor)))
            // "denied involvement in the attack that killed 12", "denies the
            // two explosions are related": a denied link or role; the
            // events it names are not denied.
            .filter(|&(_, b, c)| !(*c == EvidenceCue::Denied && denies_a_link(doc, r.clone(), b, anchor)))
            // "Residents said 12 houses were burned, but the governor
            // denied the houses were targeted": a later denial with a
            // clause of its own does not reach the earlier claim.
            .filter(|&(a, b, c)| !(*c == EvidenceCue::Denied && later_denial_of_its_own_clause(doc, r.clone(), (a, b), anchor)))
            // "Hamas denied the report, and Israel put the number at 40":
            // the denial stays in its own clause; the next one has a
            // claimant of its own.
            .filter(|&(_, b, c)| !(*c == EvidenceCue::Denied && attribution.is_some_and(|att| att.cue_lemma != "deny" && coordinated_before(doc, r.clone(), b, att.cue.start.min(anchor.start)))))
            .map(|(_, _, c)| *c)
            .collect()
    };
    let mut cues = cues_of(si);
    let denied_here = cues.contains(&EvidenceCue::Denied);
    if si + 1 < doc.seg.sentences.len() && doc.seg.sentences[si + 1].paragraph.abs_diff(doc.seg.sentences[si].paragraph) <= 1 {
        let next = cues_of(si + 1);
        if next.contains(&EvidenceCue::Anaphor) {
            cues.extend(next);
        }
    }
    let denial = attribution.filter(|a| DENIAL_SCOPE.denial_verbs.contains(&a.cue_lemma));
    // "The group denied involvement in the attack that killed 12": the
    // attack is the outlet's statement, which the group neither says nor
    // denies.
    let link_denial = denial.is_some_and(|a| {
        let r = doc.seg.sentences[si].tokens.clone();
        let after_cue = r.clone().find(|&k| toks[k].start as usize >= a.cue.end).unwrap_or(r.end);
        denies_a_link(doc, r, after_cue, anchor)
    });
    let source = if link_denial { None } else { source };
    let denied_by_cue = denial.is_some() && !link_denial;
    // "For several days Iran denied the accusation", "Iran denied the
    // accusation that it had shot down the plane": a denied statement no
    // attribution covers, whose clause holds a denial, is the denier's
    // (source and status together say who takes which stance).
    // (claims29) "…, Dick Clark Productions denied that it had settled":
    // the denial that reaches the statement from the main clause of its
    // sentence; "He has always denied the allegations" in the next
    // sentence, which points back at the statement.
    let source = match source {
        None if cues.contains(&EvidenceCue::Denied) => denier_in_clause(doc, ids, si, anchor).or_else(|| {
            let at = if denied_here { si } else { si + 1 };
            denier_in_sentence(doc, at, anchor).or_else(|| denier_by_participle(doc, ids, at))
        }),
        s => s,
    };
    // (claims32) "the misstatement that 120 million people had died": the
    // outlet calls the figure wrong, but it is still someone's statement.
    let source = match source {
        None if !denied_by_cue && !cues.contains(&EvidenceCue::Denied) && cues.contains(&EvidenceCue::Disputed) => misstatement_speaker(doc, ids, si),
        s => s,
    };
    let status = if denied_by_cue || cues.contains(&EvidenceCue::Denied) {
        ClaimStatus::Denied
    } else if cues.contains(&EvidenceCue::Disputed) || attribution.is_some_and(|a| a.cue_lemma == "dispute") {
        ClaimStatus::Disputed
    } else if cues.contains(&EvidenceCue::Unverified) || cues.contains(&EvidenceCue::Hedge) || (source.is_none() && doc.notes.hearsay.iter().any(|&h| covers(h, anchor))) {
        ClaimStatus::Unverified
    } else if cues.contains(&EvidenceCue::Confirmed) {
        ClaimStatus::Confirmed
    } else if source.is_some() {
        ClaimStatus::Attributed
    } else {
        ClaimStatus::Asserted
    };
    (source, status)
}

/// "The toll, which officials said could rise, stood at 54": a cue inside a
/// relative clause between commas speaks of the clause only; a figure
/// after the closing comma is not its source's (claims22).
fn in_relative_aside(doc: &Doc<'_>, si: usize, cue: Span, anchor: Span) -> bool {
    let toks = &doc.seg.tokens;
    let Some(sent) = doc.seg.sentences.get(si) else { return false };
    let r = sent.tokens.clone();
    let Some(c) = r.clone().find(|&k| toks[k].start as usize >= cue.start) else { return false };
    let word = |k: usize| toks[k].text(doc.text);
    let opened = (r.start.max(c.saturating_sub(6))..c).rev().take_while(|&k| word(k) != ",").any(|k| k > r.start && word(k - 1) == "," && matches!(word(k), "which" | "who"));
    // The first comma after the cue closes the clause; a quotation in
    // between ("which the BBC describes as \"marred by torture, forced
    // confessions\"") runs on to the sentence's end.
    let Some(close) = (c..r.end).find(|&k| word(k) == "," || matches!(toks[k].kind, TokenKind::OpenQuote | TokenKind::CloseQuote)) else { return false };
    opened && word(close) == "," && (toks[close].end as usize) <= anchor.start && close + 1 < r.end && !matches!(word(close + 1), "and" | "or" | "but")
}

/// Whether the denial at byte span `cue` in sentence `si` misses the
/// statement at `anchor` after it (`crate::denial::denial_stops_before`:
/// "denies nothing", "denied the report, and 12 people were killed").
fn denial_misses(doc: &Doc<'_>, si: usize, cue: Span, anchor: Span) -> bool {
    let toks = &doc.seg.tokens;
    let Some(sent) = doc.seg.sentences.get(si) else { return false };
    let r = sent.tokens.clone();
    let Some(after) = r.clone().find(|&k| toks[k].start as usize >= cue.end) else { return false };
    // The statement's first token, or past it when it stands before the cue.
    let target = if cue.end <= anchor.start { (after..r.end).find(|&k| toks[k].end as usize > anchor.start).unwrap_or(r.end) } else { after };
    crate::denial::denial_stops_before(doc.text, toks, after, target, r.end)
}

/// Whether the one-word dispute cue at token `k` of sentence `sent` names a
/// dispute or a contested thing rather than someone disputing a statement
/// (claims27): after a determiner or preposition ("over disputed
/// resources", "split the disputed area", "a dispute"), or, as "dispute" /
/// "disputes", not followed by what is disputed ("mediating international
/// disputes as a friend to all"; `dispute_modifier` and `dispute_object` in
/// denial_scope.tsv). "The ministry disputed the figures", "they
/// dispute claims that …", "was disputed by" stay disputes.
fn names_a_dispute(doc: &Doc<'_>, ids: &[u32], sent: std::ops::Range<usize>, k: usize) -> bool {
    let toks = &doc.seg.tokens;
    let words = &*DENIAL_SCOPE;
    let lower = |j: usize| toks[j].text(doc.text).to_ascii_lowercase();
    if k > sent.start && words.dispute_modifiers.contains(&lower(k - 1)) {
        return true;
    }
    // "The toll was not disputed by the ministry": a negated dispute
    // contests nothing ("did not dispute" is a phrase of its own:
    // unverified, modality_evidence.tsv).
    if k > sent.start && words.dispute_negations.contains(&lower(k - 1)) {
        return true;
    }
    // "The seat was contested by 5 candidates": a count of agents competes.
    if k + 2 < sent.end && lower(k + 1) == "by" && (toks[k + 2].kind == TokenKind::Number || Lexicon::english().numbers.longest_at(ids, k + 2, sent.end).is_some()) {
        return true;
    }
    let w = lower(k);
    if matches!(w.as_str(), "dispute" | "disputes") {
        let next = k + 1;
        let object = next < sent.end && toks[next].kind == TokenKind::Word && (words.dispute_objects.contains(&lower(next)) || toks[next].kind == TokenKind::Number);
        return !object;
    }
    false
}

/// The source of a denial ("deny" attribution) whose cue stands in the
/// comma-delimited clause of the statement at `anchor` in sentence `si`.
fn denier_in_clause(doc: &Doc<'_>, ids: &[u32], si: usize, anchor: Span) -> Option<String> {
    let toks = &doc.seg.tokens;
    let r = doc.seg.sentences[si].tokens.clone();
    let at = r.clone().find(|&k| toks[k].end as usize > anchor.start).unwrap_or(r.start);
    let clause = clause_span(doc, ids, si, at, at + 1);
    doc.notes.attributions.iter().find(|a| a.cue_lemma == "deny" && clause.start <= a.cue.start && a.cue.end <= clause.end).map(|a| a.source.clone())
}

/// (claims31) "He has always denied the allegations, saying the sex was
/// consensual": a denial with a noun object is no attribution of its own,
/// but the participle clause after its comma ("saying", "insisting") shares
/// the denial's subject, whose attribution the sources already resolved.
/// The speaker of the first such participle after the denial cue in
/// sentence `si` is the one who denies.
fn denier_by_participle(doc: &Doc<'_>, ids: &[u32], si: usize) -> Option<String> {
    let toks = &doc.seg.tokens;
    let r = doc.seg.sentences.get(si)?.tokens.clone();
    let lex = Lexicon::english();
    let (_, denial_end, _) = lex.evidence.scan(ids, r.start, r.end).into_iter().find(|&(_, _, c)| *c == EvidenceCue::Denied)?;
    let comma = (denial_end..r.end).find(|&k| toks[k].text(doc.text) == ",")?;
    let participle = comma + 1;
    if participle >= r.end || !toks[participle].text(doc.text).ends_with("ing") {
        return None;
    }
    let cue_start = toks[participle].start as usize;
    doc.notes.attributions.iter().find(|a| a.cue.start == cue_start).map(|a| a.source.clone())
}

/// The first words of the cues that call a statement wrong
/// (`claims_misstatements.txt`).
static MISSTATEMENT_WORDS: std::sync::LazyLock<std::collections::HashSet<String>> =
    std::sync::LazyLock::new(|| crate::entities::lexicon::data_lines(include_str!("../../data/en/claims_misstatements.txt")).map(|l| l.trim().to_ascii_lowercase()).filter(|l| !l.is_empty()).collect());

/// (claims32) The speaker of a statement the outlet calls wrong in sentence
/// `si` ("… including the misstatement that 120 million people had died,
/// questions about Biden's health continued"): the named source with a
/// mention in the sentence nearest the cue, else the speaker of the last
/// attribution in the sentence before, in the same paragraph. None when
/// the sentence holds no such cue.
fn misstatement_speaker(doc: &Doc<'_>, ids: &[u32], si: usize) -> Option<String> {
    let toks = &doc.seg.tokens;
    let sent = doc.seg.sentences.get(si)?;
    let r = sent.tokens.clone();
    let lex = Lexicon::english();
    let (cue, _, _) = lex.evidence.scan(ids, r.start, r.end).into_iter().find(|&(a, _, c)| *c == EvidenceCue::Disputed && MISSTATEMENT_WORDS.contains(&toks[a].text(doc.text).to_ascii_lowercase()))?;
    let cue_at = toks[cue].start as usize;
    let (from, to) = (toks[r.start].start as usize, toks[r.end - 1].end as usize);
    let named = doc
        .facts
        .sources
        .iter()
        .filter(|s| !s.anonymous)
        .filter_map(|s| {
            let e = doc.facts.entities.iter().find(|e| Some(&e.id) == s.entity.as_ref())?;
            let m = e.mentions.iter().filter(|m| from <= m.start && m.end <= to).min_by_key(|m| m.start.abs_diff(cue_at))?;
            Some((m.start.abs_diff(cue_at), s.id.clone()))
        })
        .min();
    if let Some((_, id)) = named {
        return Some(id);
    }
    let prev = doc.seg.sentences.get(si.checked_sub(1)?)?;
    if prev.paragraph != sent.paragraph {
        return None;
    }
    let (pf, pt) = (toks[prev.tokens.start].start as usize, toks[prev.tokens.end - 1].end as usize);
    doc.notes.attributions.iter().filter(|a| pf <= a.cue.start && a.cue.end <= pt).max_by_key(|a| a.cue.start).map(|a| a.source.clone())
}

/// The source of the "deny" attribution in sentence `si` whose cue is
/// nearest the statement at `anchor`: the denial cue of that sentence
/// reached the statement (the cue filters of `assess` let it through), so
/// the one who denies is its speaker.
fn denier_in_sentence(doc: &Doc<'_>, si: usize, anchor: Span) -> Option<String> {
    let toks = &doc.seg.tokens;
    let r = doc.seg.sentences.get(si)?.tokens.clone();
    let (from, to) = (toks[r.start].start as usize, toks[r.end - 1].end as usize);
    doc.notes
        .attributions
        .iter()
        .filter(|a| a.cue_lemma == "deny" && from <= a.cue.start && a.cue.end <= to)
        .min_by_key(|a| a.cue.start.abs_diff(anchor.start))
        .map(|a| a.source.clone())
}

/// Whether the denial ending before token `after` of sentence `sent`
/// denies a link or a role rather than the statement at `anchor`: its
/// object (past a determiner) is a link word ("denied any involvement in
/// the attack that killed 12"), or its clause says the things it names
/// are related ("denies the two explosions are related", "denied the
/// blasts were linked"), with the statement before that word.
fn denies_a_link(doc: &Doc<'_>, sent: std::ops::Range<usize>, after: usize, anchor: Span) -> bool {
    let toks = &doc.seg.tokens;
    let words = &*DENIAL_SCOPE;
    let lower = |k: usize| toks[k].text(doc.text).to_ascii_lowercase();
    let mut k = after;
    while k < sent.end && words.link_skips.contains(&lower(k)) {
        k += 1;
    }
    if k < sent.end && words.link_objects.contains(&lower(k)) {
        return toks[k].start as usize <= anchor.start;
    }
    // The denied clause, up to a clause break: "… are (not) related",
    // "he knew of the 3 payments", "officers were involved in the shooting
    // of 3 teenagers"; or a relative clause in the denied object that
    // tells the outlet's figure ("the attack that killed 80 people").
    let clause_end = (after..sent.end).find(|&j| matches!(toks[j].text(doc.text), ";" | ":") || matches!(toks[j].kind, TokenKind::Terminal)).unwrap_or(sent.end);
    let within = |j: usize| (toks[after].start as usize) <= anchor.start && anchor.end <= toks[clause_end.max(j + 1) - 1].end as usize;
    for j in after..clause_end {
        let w = lower(j);
        if words.link_predicates.contains(&w) && j > after && words.link_subject_ends.contains(&lower(j - 1)) {
            // (claims27) A figure in the subject of the denied link ("denies
            // the two explosions are related") stands in the very clause
            // denied: that claim is the denier's denial. A figure after the
            // predicate ("were involved in the shooting of 3 teenagers")
            // tells what the outlet narrates.
            return within(j) && (toks[j].start as usize) <= anchor.start;
        }
        if matches!(w.as_str(), "that" | "which") && j > after && j + 1 < clause_end && words.relative_verbs.contains(&lower(j + 1)) {
            // ("denied reports that killed …": "that" opens what is
            // reported or denied, no relative clause; the report nouns are
            // the sources' `report_noun` words.)
            let noun = lower(j - 1);
            let report = crate::sources::lexicon::SourceLexicon::english().info(&noun).report_noun || words.denial_verbs.contains(&noun);
            if !report && toks[j].start as usize <= anchor.start {
                return true;
            }
        }
        if toks[j].text(doc.text) == "," {
            break;
        }
    }
    false
}

/// Whether the denial at tokens `cue` comes after the statement at
/// `anchor`, past a comma and a coordinator ("…, but the governor denied
/// …"), and takes a clause of its own ("denied (that) the houses were
/// targeted"), not a pronoun or a report noun ("denied it", "denied the
/// claim").
fn later_denial_of_its_own_clause(doc: &Doc<'_>, sent: std::ops::Range<usize>, cue: (usize, usize), anchor: Span) -> bool {
    let toks = &doc.seg.tokens;
    if (toks[cue.0].start as usize) < anchor.end {
        return false;
    }
    let anchor_tok = sent.clone().find(|&k| toks[k].end as usize > anchor.start).unwrap_or(sent.start);
    let lower = |k: usize| toks[k].text(doc.text).to_ascii_lowercase();
    let words = &*DENIAL_SCOPE;
    // (claims27) "Trump said he did indicate …, but denied that he made any
    // deal": a denial joined by a coordinator right before it, without a
    // comma, is a second predicate of the same subject.
    let mut before = cue.0;
    while before > anchor_tok + 1 && lower(before - 1).ends_with("ly") {
        before -= 1;
    }
    let joined = before > anchor_tok + 1 && words.coordinators.contains(&lower(before - 1));
    if !joined && !coordinated_before(doc, sent.clone(), anchor_tok, toks[cue.0].start as usize) {
        return false;
    }
    let mut k = cue.1;
    if k < sent.end && lower(k) == "that" {
        // "denied that S": a clause of its own.
        if k + 1 < sent.end && toks[k + 1].kind == TokenKind::Word {
            return true;
        }
        k += 1;
    }
    // (claims27) "…, while the city's police deny accusations of brutality":
    // an object that names its own content (a report noun with "of",
    // "against", "about"; any other noun) is not the earlier statement,
    // which only a pronoun or a bare report or tally noun points back at
    // ("denied it", "denied the claim", "disputed the figure").
    let mut o = cue.1;
    while o < sent.end && words.object_determiners.contains(&lower(o)) {
        o += 1;
    }
    if o < sent.end && toks[o].kind == TokenKind::Word && !words.back_pointers.contains(&lower(o)) {
        let slex = crate::sources::lexicon::SourceLexicon::english();
        let info = slex.info(&lower(o));
        let pointer = (info.report_noun || info.tally_noun) && !(o + 1 < sent.end && words.content_prepositions.contains(&lower(o + 1)));
        if !pointer {
            return true;
        }
    }
    (k + 1..sent.end.min(k + 6))
        .take_while(|&j| !matches!(toks[j].text(doc.text), "," | ";" | ":"))
        .any(|j| words.clause_verbs.contains(&lower(j)))
}

/// Whether, between token `from` of sentence `sent` and byte `to`, a comma
/// and a coordinator ("and", "but", "while") or a semicolon open a new
/// clause (`crate::denial::new_clause_between`).
fn coordinated_before(doc: &Doc<'_>, sent: std::ops::Range<usize>, from: usize, to: usize) -> bool {
    let toks = &doc.seg.tokens;
    let upto = (from..sent.end).find(|&k| toks[k].end as usize > to).unwrap_or(sent.end);
    new_clause_between(doc.text, toks, from, upto, sent.end)
}

/// Whether the denial cue at token `cue` opens a participle clause after a
/// comma ("…, denying reports of deaths") that ends (at a comma or the
/// sentence's end) without reaching the statement at `anchor`.
fn denial_clause_elsewhere(doc: &Doc<'_>, sent: std::ops::Range<usize>, cue: usize, anchor: Span) -> bool {
    let toks = &doc.seg.tokens;
    if cue <= sent.start || toks[cue - 1].text(doc.text) != "," || !toks[cue].text(doc.text).ends_with("ing") {
        return false;
    }
    let end = (cue..sent.end).find(|&k| matches!(toks[k].text(doc.text), "," | ";" | ":")).unwrap_or(sent.end);
    let (from, to) = (toks[cue].start as usize, toks[end.max(cue + 1) - 1].end as usize);
    !(from <= anchor.start && anchor.start < to)
}

/// Whether a hedge adverb at tokens `cue` of sentence `sent` stands in the
/// clause of the statement at byte span `anchor`: it opens the sentence
/// ("Reportedly, two people were killed"), or no clause break (comma,
/// semicolon, colon, dash) stands between them, nor, when the adverb
/// follows, a pronoun or relative word that opens a clause of its own ("the
/// five firearms he allegedly used"). When the adverb comes first, the
/// statement may also stand in the clause that tells the hedged clause's
/// outcome (`continues_hedged_clause`).
fn hedges_clause_of(doc: &Doc<'_>, ids: &[u32], sent: std::ops::Range<usize>, cue: (usize, usize), anchor: Span) -> bool {
    let toks = &doc.seg.tokens;
    let openers = &Lexicon::english().w.hedge_clause_openers;
    let opens = sent.clone().find(|&k| toks[k].kind == TokenKind::Word) == Some(cue.0);
    if opens {
        return true;
    }
    let anchor_tok = sent.clone().find(|&k| toks[k].end as usize > anchor.start).unwrap_or(sent.end);
    let follows = anchor_tok < cue.0;
    let between = if follows { anchor_tok..cue.0 } else { cue.1..anchor_tok };
    let breaks = |k: usize| matches!(toks[k].text(doc.text), "," | ";" | ":" | "—" | "–" | "(" | ")");
    !between.clone().any(|k| breaks(k) || (follows && openers.contains(&ids[k]))) || (!follows && continues_hedged_clause(doc, ids, between))
}

/// Whether tokens `between` (from just after a hedge to a claim's first
/// token) run to the end of the hedged clause, a comma, and a
/// non-restrictive clause that tells the outcome of the same report, in
/// which the claim stands: "The first attack reportedly was in the mosque
/// at 13:40 (0040 UTC), which left at least 42 people dead", "Gunmen
/// allegedly stormed the hotel, killing eight". A bracketed aside in the
/// hedged clause is skipped. No other break may stand before the comma —
/// the hedge inside a relative clause of its own ("Soldiers, who were
/// allegedly drunk, opened fire, killing nine") does not reach the main
/// clause's outcome — nor after it. A relative clause about something
/// else (", which has 40,000 residents") is not an outcome.
fn continues_hedged_clause(doc: &Doc<'_>, ids: &[u32], between: std::ops::Range<usize>) -> bool {
    let w = &Lexicon::english().w;
    let toks = &doc.seg.tokens;
    let text_of = |k: usize| toks[k].text(doc.text);
    let mut k = between.start;
    // The rest of the hedged clause, up to its comma.
    loop {
        if k >= between.end {
            return false;
        }
        match text_of(k) {
            "(" => {
                while k < between.end && text_of(k) != ")" {
                    k += 1;
                }
            }
            "," => break,
            ";" | ":" | "—" | "–" | ")" => return false,
            _ => {}
        }
        k += 1;
    }
    // The outcome clause: ", killing…" or ", which (has) left…". Its verb
    // may be the statement's own first token (an event's trigger).
    let is = |j: usize, words: &[u32]| j <= between.end && j < ids.len() && words.contains(&ids[j]);
    let mut v = k + 1;
    if is(v, &w.hedge_outcome_relatives) {
        v += 1;
        if is(v, &w.perfect_aux) {
            v += 1;
        }
        if !is(v, &w.hedge_outcome_verbs) {
            return false;
        }
    } else if !is(v, &w.hedge_outcome_participles) {
        return false;
    }
    !(v..between.end).any(|j| matches!(text_of(j), "," | ";" | ":" | "—" | "–" | "(" | ")"))
}

/// Predicates that count the same thing: the dead are "killed", "died" or "dead".
fn same_outcome(a: Option<&str>, b: Option<&str>) -> bool {
    fn class(p: Option<&str>) -> Option<&str> {
        match p {
            Some("killed" | "died" | "dead" | "executed") => Some("dead"),
            Some("wounded" | "injured") => Some("hurt"),
            Some("arrested" | "detained" | "captured") => Some("held"),
            other => other,
        }
    }
    class(a) == class(b)
}

/// Two sources giving different figures for the same thing, within a few
/// sentences, dispute each other ("the ministry said 12 were killed; the army
/// said 3"). "The same thing": the same unit and outcome, and claims linked
/// to events of the same type (`kinds[i]` = sentence and event type of
/// claim `i`), so a yearly national death toll does not dispute one
/// strike's toll; a tally with no event ("put the toll at 12") counts
/// only beside a claim that has one, in the same or the next sentence.
/// The calendar date of the incident a claim counts, as far as its own
/// sentence tells: the date expression of that sentence nearest to the
/// claim's first figure ("since an assault in Ghazni in August 2018, with
/// officials reporting at the time … hundreds killed": 2018-08, not the
/// "Monday" told earlier in the sentence). Only plain calendar values
/// (`2018`, `2018-08`, `2019-01-21`) are compared; weeks, ranges and
/// references to the present are left out.
pub(crate) fn incident_date(doc: &Doc<'_>, claim: &Claim, si: usize) -> Option<String> {
    let s = doc.seg.sentences.get(si)?;
    let anchor = claim.quantities.first().map_or(claim.evidence.start, |q| q.evidence.start);
    doc.facts
        .times
        .iter()
        .filter(|t| t.time_type == newsledger_model::TimeType::Date && s.start <= t.evidence.start && t.evidence.end <= s.end)
        .filter_map(|t| t.value.as_deref().filter(|v| is_calendar_value(v)).map(|v| (t.evidence.start.abs_diff(anchor).min(t.evidence.end.abs_diff(anchor)), v)))
        .min_by_key(|&(d, _)| d)
        .map(|(_, v)| v.to_string())
}

/// `2018`, `2018-08`, `2018-08-05`: digits and dashes in calendar order.
pub(crate) fn is_calendar_value(v: &str) -> bool {
    let parts: Vec<&str> = v.split('-').collect();
    parts.len() <= 3 && parts[0].len() == 4 && parts.iter().all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit())) && parts[1..].iter().all(|p| p.len() == 2)
}

pub(crate) fn mark_conflicting_figures(claims: &mut [Claim], kinds: &[(usize, Option<newsledger_model::EventType>, Option<String>)]) {
    let mut disputed = Vec::new();
    for i in 0..claims.len() {
        for j in i + 1..claims.len() {
            let (a, b) = (&claims[i], &claims[j]);
            let ((sa, ka, da), (sb, kb, db)) = (&kinds[i], &kinds[j]);
            let (sa, ka, sb, kb) = (*sa, *ka, *sb, *kb);
            // "…since an assault in August 2018, with officials reporting at
            // the time 150 killed" and "the attack had killed twelve" (this
            // Monday's): figures of incidents on different dates count
            // different things, and neither contradicts the other.
            if let (Some(x), Some(y)) = (da, db) {
                if !(x.starts_with(y.as_str()) || y.starts_with(x.as_str())) {
                    continue;
                }
            }
            // A tally told without an event word of its own ("the
            // government put the toll at 12") right next to one that has it
            // counts the same event; other figures without an event ("tens
            // of thousands of overdose deaths") may count anything.
            let tally = |c: &Claim| {
                let slex = crate::sources::lexicon::SourceLexicon::english();
                c.quantities.iter().any(|q| q.what.as_deref().is_some_and(|w| w.split_whitespace().any(|x| slex.info(x).tally_noun || quantities::is_set_figure_head(&x.to_lowercase()))))
            };
            let set_figure = |c: &Claim| tally(c) && c.quantities.iter().all(|q| q.predicate.is_none());
            let same_event = match (ka, kb) {
                (Some(x), Some(y)) => x == y,
                (Some(_), None) => sa.abs_diff(sb) <= 1 && tally(b),
                (None, Some(_)) => sa.abs_diff(sb) <= 1 && tally(a),
                // "Hamas said 60 people died, while Israel put the figure
                // at 20": a set figure with no predicate of its own answers
                // the figure beside it.
                (None, None) => sa.abs_diff(sb) <= 1 && (set_figure(a) || set_figure(b)),
            };
            // "Activists said 60 people died; officials said 14 were
            // killed": two sources in one sentence giving figures with the
            // same outcome count the same thing, whether or not an event
            // word was found for both.
            let told = |c: &Claim| c.quantities.iter().any(|q| q.predicate.is_some());
            let same_event = same_event || (sa == sb && told(a) && told(b));
            if sa.abs_diff(sb) > 3 || !same_event || a.source.is_none() || b.source.is_none() || a.source == b.source {
                continue;
            }
            // ("Israel put the figure at 20, while Hamas said 35 were
            // killed": a set figure with no event and no predicate of its
            // own counts what the other figure counts.)
            let outcome = |qa: &newsledger_model::Quantity, qb: &newsledger_model::Quantity| match (qa.predicate.as_deref(), qb.predicate.as_deref()) {
                (Some(_), Some(_)) => same_outcome(qa.predicate.as_deref(), qb.predicate.as_deref()),
                (None, Some(_)) => ka.is_none() && tally(a),
                (Some(_), None) => kb.is_none() && tally(b),
                // "The union said 10,000 workers walked out, but management
                // put the figure at 2,000": a set figure answers the
                // figure beside it in the same sentence.
                (None, None) => sa == sb && (set_figure(a) || set_figure(b)),
            };
            // Soldiers and police are people: "8 soldiers died" and "50
            // had been killed" count the same dead.
            let same_unit = |x: Option<&str>, y: Option<&str>| x.is_some() && (x == y || matches!((x, y), (Some("person"), Some("troop")) | (Some("troop"), Some("person"))));
            let conflict = a.quantities.iter().any(|qa| b.quantities.iter().any(|qb| same_unit(qa.unit.as_deref(), qb.unit.as_deref()) && outcome(qa, qb) && qa.value != qb.value));
            if conflict {
                disputed.push(i);
                disputed.push(j);
            }
        }
    }
    for i in disputed {
        let c = &mut claims[i];
        if matches!(c.status, ClaimStatus::Attributed | ClaimStatus::Asserted) {
            c.status = ClaimStatus::Disputed;
        }
    }
}
