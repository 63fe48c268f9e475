//! Sources, quotes and attribution of statements.
//!
//! Three passes over the segmented text:
//!
//! 1. **Frames.** Every speech or attribution cue outside quotation marks
//!    ("said", "told", "according to", "claims") gets its speaker: the
//!    source phrase right before it (after adverbs: "Trump has repeatedly
//!    called"), right after it when inverted ("…,” said the official"), or
//!    the sentence's subject for participles ("…, saying, “…”"). Speakers
//!    are resolved to sources: named entities, anonymous descriptions with
//!    count and affiliation, pronouns and role nouns ("she", "the
//!    president") to the latest fitting source, definite descriptions ("the
//!    officials") back to the source they repeat. "told NBC News",
//!    "according to Reuters" in a speaker's sentence set `via`.
//! 2. **Direct and partial quotes.** Quote-mark segments take the speaker of
//!    the frame right after them or right before them. A segment without a
//!    frame continues the previous quotation of its paragraph (split quotes
//!    "'A,' Trump said. 'B.'" become ONE quote whose evidence runs from the
//!    first to the last part, text joined with " … "), or, at a paragraph
//!    start, keeps the previous paragraph's speaker (multi-paragraph quotes
//!    are one quote). Fragments inside a sentence ("called the cartels a
//!    “national security threat”") are partial quotes when the sentence has a
//!    speaker, and are dropped otherwise (scare quotes, titles).
//! 3. **Indirect quotes and attributions.** Frames not used by a direct quote
//!    attribute their clause: after the verb ("said the plan…", "told NBC
//!    News that…"), before it ("…, officials confirmed."), or around it
//!    ("The plan, officials said, would…"). Speech verbs give indirect
//!    quotes; "according to" and belief verbs give attributions only.
//!    Every quote's content is also recorded as an attribution.

pub mod lexicon;
mod np;
mod quotes;
mod turns;

use newsledger_model::{EntityType, Quote, QuoteKind, Source, SourceKind, Span};
use newsledger_text::TokenKind;

use crate::entities::{ActorKind, Gender, Registry};
use crate::{Attribution, Doc, Extractor, SourceMention};
use lexicon::{HeadClass, Hint, PronounRef, Verb};
use np::{Ctx, Descr, Np, NpKind};
pub use quotes::{find_segments, Segment};

pub struct SourceExtractor;

impl Extractor for SourceExtractor {
    fn name(&self) -> &'static str {
        "sources"
    }

    fn run(&self, doc: &mut Doc<'_>) {
        extract(doc);
    }
}

/// A speech or attribution cue with its speaker.
#[derive(Debug, Clone)]
struct Frame {
    /// First and last+1 token of the cue ("according to" is two).
    cue: (usize, usize),
    lemma: &'static str,
    verb: Option<Verb>,
    subj: Option<Np>,
    /// The second of two coordinated speakers ("Ford and Fry replied"): a
    /// source of its own; the statement goes to the first, `subj`.
    also: Option<Np>,
    inverted: bool,
    participle: bool,
    recipient: Option<Np>,
    /// Token after the cue and its recipient.
    after: usize,
    sentence: usize,
    /// Resolved source index.
    source: Option<usize>,
    used: bool,
    /// "in what organizers estimated at 1.7 million": the frame credits a
    /// figure in a relative clause; its content is the rest of that clause.
    figure: bool,
    /// "Twelve deaths were confirmed by the health ministry": a passive
    /// cue whose agent is the speaker; its content is the passive subject.
    passive: bool,
    /// "The figure of 64 dead, given by the Pentagon, …": a passive
    /// participle after the phrase it credits, with no auxiliary.
    reduced: bool,
}

struct SrcRec {
    src: Source,
    entity: Option<usize>,
    descr: Option<Descr>,
    /// Lower-cased description without its determiner, for de-duplication.
    key: String,
    gender: Option<char>,
    person: bool,
    plural: bool,
    org: bool,
    last_pos: usize,
}

#[derive(Default)]
struct Table {
    recs: Vec<SrcRec>,
    mentions: Vec<(usize, Span)>,
    /// Byte ranges inside quote marks: names there are quoted, not present.
    quoted: Vec<(usize, usize)>,
    /// Byte offset where each sentence starts, in order.
    sentence_starts: Vec<usize>,
    /// The article's interview answers, if it is an interview.
    interview: Option<turns::Interview>,
    /// The country a bare state body ("the government said") belongs to.
    countries: crate::entities::country_context::CountryContext,
}

impl Table {
    fn is_quoted(&self, pos: usize) -> bool {
        self.quoted.iter().any(|&(a, b)| a <= pos && pos < b)
    }

    fn sentence_of(&self, pos: usize) -> usize {
        self.sentence_starts.partition_point(|&s| s <= pos)
    }
}

/// Runs the source, quote and attribution passes over `doc`.
pub fn extract(doc: &mut Doc<'_>) {
    let text = doc.text;
    let seg = &doc.seg;
    if seg.tokens.is_empty() {
        return;
    }
    let mut ctx = Ctx::new(text, &seg.tokens, &doc.facts.entities, &doc.notes.token_lex);
    ctx.dateline_end = doc.article.dateline.as_ref().and_then(|d| dateline_end(&ctx, d));
    let mut times: Vec<(usize, usize)> = doc.facts.times.iter().map(|t| token_range(&ctx, t.evidence)).collect();
    times.sort_unstable();
    ctx.times = times;
    let reg = Registry::bundled();
    let segments = find_segments(text, seg);
    let mut in_quote = vec![false; seg.tokens.len()];
    for s in &segments {
        let end = s.close.unwrap_or_else(|| seg.tokens.partition_point(|t| (t.start as usize) < s.end).saturating_sub(1));
        for q in in_quote.iter_mut().take(end + 1).skip(s.open) {
            *q = true;
        }
    }

    // Pass 1: frames, resolved in text order.
    let mut frames = find_frames(&ctx, seg, &in_quote);
    // "Violence continued", "rescuers responded", "contended for the
    // nomination": a verb that reports speech only with the words it
    // reports makes no frame, and so no source, without them.
    frames.retain(|f| !f.verb.is_some_and(|v| v.needs_words) || reports_words(&ctx, seg, f, &in_quote));
    frames.retain(|f| !claims_a_possession(&ctx, f));
    let mut table = Table {
        quoted: segments.iter().map(|s| (s.start, s.end)).collect(),
        sentence_starts: seg.sentences.iter().map(|s| seg.tokens.get(s.tokens.start).map_or(0, |t| t.start as usize)).collect(),
        interview: turns::find_interview(&ctx),
        countries: crate::entities::country_context::CountryContext::of_doc(doc),
        ..Table::default()
    };
    // "Two women were injured, according to the reports", "Reports said
    // 12 died": unnamed reports name no claimant. What they say is the
    // outlet's, passed on unverified (`Annotations::hearsay`), as with
    // "reportedly".
    // ("Some media reports put the toll at 40": "reports" read as the verb
    // of "Some media" is inside such a subject and names no one either.)
    let unnamed: Vec<(usize, usize)> = frames.iter().filter_map(|f| f.subj.as_ref().filter(|np| unnamed_reports(&ctx, np)).map(|np| (np.start, np.end))).collect();
    let hearsay: Vec<bool> = frames.iter().map(|f| unnamed.iter().any(|&(a, b)| f.subj.as_ref().is_some_and(|np| np.start == a && np.end == b) || (a <= f.cue.0 && f.cue.0 < b))).collect();
    for (f, _) in frames.iter_mut().zip(&hearsay).filter(|(_, &h)| !h) {
        let src = f.subj.as_ref().and_then(|np| resolve(&ctx, reg, &mut table, np));
        if let Some(np) = &f.also {
            resolve(&ctx, reg, &mut table, np);
        }
        let rec = f.recipient.as_ref().and_then(|np| match &np.kind {
            NpKind::Entity { entity, .. } if is_outlet(&ctx, reg, *entity) => resolve(&ctx, reg, &mut table, np),
            _ => None,
        });
        if let (Some(s), Some(r)) = (src, rec) {
            if s != r && table.recs[s].src.via.is_none() {
                table.recs[s].src.via = Some(table.recs[r].src.id.clone());
            }
        }
        f.source = src;
    }
    relay_through_outlets(&ctx, reg, &mut table, &frames);

    // Pass 2: direct and partial quotes.
    let mut out: Vec<QuoteOut> = Vec::new();
    assign_segments(&ctx, reg, &mut table, seg, &segments, &mut frames, &mut out);

    // Pass 3: indirect quotes and attributions from the remaining frames.
    let mut attributions: Vec<(Span, usize, Span, &'static str)> = Vec::new();
    let clauses: Vec<Option<(usize, usize)>> = frames.iter().map(|f| if f.used || f.source.is_none() { None } else { clause_of(&ctx, seg, f, &in_quote) }).collect();
    for (fi, f) in frames.iter().enumerate() {
        let Some(src) = f.source else { continue };
        let Some((a, mut b)) = clauses[fi] else { continue };
        // "The BBC, citing local officials, said 25 people had died": what
        // the outlet reports is the claim of whom it cites (`via` the outlet:
        // see `relay_through_outlets`).
        let outlet_speaks = matches!(f.subj.as_ref().map(|np| &np.kind), Some(NpKind::Entity { entity, .. }) if is_outlet(&ctx, reg, *entity));
        let src = if outlet_speaks { frames.iter().filter(|g| g.sentence == f.sentence && g.lemma == "cite").find_map(|g| g.source).unwrap_or(src) } else { src };
        // A frame inside the content of a later one in its sentence
        // ("Witnesses said 40 died, Human Rights Watch said"; "…, citing
        // hospital records" is the inner speaker's own evidence): its content
        // ends where the outer one's does. The inner speaker is the claimant
        // (the outer one relays), unless it is only evidence the outer
        // speaker cites: a document ("Hospital records show 30 were killed,
        // the ministry said") or whom evidence came from ("testimony from
        // people on the ground reveal …, said Amnesty International").
        let (cue_at, _) = ctx.span(f.cue.0, f.cue.1);
        // (Frames are in text order: the later ones of the sentence follow.)
        let outer = frames[fi + 1..]
            .iter()
            .zip(&clauses[fi + 1..])
            .take_while(|(g, _)| g.sentence == f.sentence)
            .filter(|(g, _)| g.cue.0 > f.cue.1 && g.lemma != "cite")
            .find_map(|(g, clause)| clause.filter(|&(ga, gb)| ga <= cue_at && cue_at < gb).map(|(_, gb)| (gb, g)));
        if let Some((outer_end, g)) = outer {
            let document = matches!(&f.subj, Some(Np { kind: NpKind::Descr(d), .. }) if d.head.class == HeadClass::Doc);
            if document || evidence_from(&ctx, f, seg.sentences[f.sentence].tokens.start) {
                continue;
            }
            b = b.min(outer_end);
            if b <= a {
                continue;
            }
            // "Police said 12 were killed, Reuters reported": police, via Reuters.
            if let (Some(NpKind::Entity { entity, .. }), Some(outlet)) = (g.subj.as_ref().map(|np| &np.kind), g.source) {
                if is_outlet(&ctx, reg, *entity) && outlet != src && table.recs[src].src.via.is_none() {
                    table.recs[src].src.via = Some(table.recs[outlet].src.id.clone());
                }
            }
        }
        let (cs, ce) = ctx.span(f.cue.0, f.cue.1);
        let content = Span::new(a, b);
        attributions.push((content, src, Span::new(cs, ce), f.lemma));
        // "vowed to continue" is a commitment, not reported speech.
        let infinitive = text[a..b].starts_with("to ");
        // A figure credited in a relative clause is no reported speech.
        // A passive subject ("Twelve deaths were confirmed by …") is what
        // the agent said, but not in words one could quote.
        // "Iran denied the accusation": the denier did not say the claim.
        let speech = f.verb.is_some_and(|v| !v.belief && v.clause) && !infinitive && !f.figure && !f.passive && denied_claim_object(&ctx, f, content_end(&ctx, seg.sentences[f.sentence].tokens.start, seg.sentences[f.sentence].tokens.end)).is_none();
        if speech {
            out.push(QuoteOut {
                start: a,
                end: b,
                text: text[a..b].to_string(),
                kind: QuoteKind::Indirect,
                source: Some(src),
                verb: Some(text[cs..ce].to_string()),
                cue: Some((Span::new(cs, ce), f.lemma)),
                parts: vec![(a, b)],
            });
        }
    }

    // Pass 4: an interview's answers.
    if let Some(interview) = table.interview.take() {
        turns::interview_quotes(&ctx, reg, &interview, &mut table, &mut out);
    }

    for (f, _) in frames.iter().zip(&hearsay).filter(|(_, &h)| h) {
        if let Some((a, b)) = clause_of(&ctx, seg, f, &in_quote) {
            doc.notes.hearsay.push(Span::new(a, b));
        }
    }

    let mut unattributed: Vec<Span> = Vec::new();
    out.sort_by_key(|q| (q.start, q.end));
    out.dedup_by(|b, a| a.start == b.start && a.end == b.end && a.kind == b.kind);
    for (i, q) in out.iter().enumerate() {
        let source = q.source.map(|s| table.recs[s].src.id.clone());
        if let (Some(s), Some((cue, lemma))) = (q.source, q.cue) {
            if q.kind != QuoteKind::Indirect {
                attributions.push((Span::new(q.start, q.end), s, cue, lemma));
                // The narration between the quoted parts is not the speaker's.
                for w in q.parts.windows(2) {
                    let gap = Span::new(continued_in_own_words(&ctx, seg, w[0].1), w[1].0);
                    if gap.start < gap.end {
                        unattributed.push(gap);
                    }
                }
            }
        }
        doc.facts.quotes.push(Quote {
            id: format!("q{}", i + 1),
            text: q.text.clone(),
            kind: q.kind,
            source,
            verb: q.verb.clone(),
            evidence: Span::new(q.start, q.end),
        });
    }
    attributions.sort_by_key(|a| (a.0.start, a.0.end));
    for (content, src, cue, lemma) in attributions {
        doc.notes.attributions.push(Attribution { content, source: table.recs[src].src.id.clone(), cue, cue_lemma: lemma.to_string() });
    }
    doc.notes.unattributed = unattributed;
    for (src, span) in &table.mentions {
        doc.notes.source_mentions.push(SourceMention { source: table.recs[*src].src.id.clone(), span: *span });
    }
    doc.facts.sources = table.recs.into_iter().map(|r| r.src).collect();
}

/// The end of a quoted part that the reporter's sentence goes on with the
/// speaker's words ("…, “if he had been more disciplined” and stuck to one
/// genre."): the rest of the sentence after "and"/"or" is still the
/// speaker's statement. Otherwise `end` itself.
fn continued_in_own_words(ctx: &Ctx<'_>, seg: &newsledger_text::Segmentation, end: usize) -> usize {
    let k = seg.token_at(end);
    // The closing mark, then the conjunction.
    let close = (k..ctx.toks.len().min(k + 2)).find(|&i| ctx.toks[i].kind == TokenKind::CloseQuote);
    let Some(close) = close else { return end };
    let next = close + 1;
    if next >= ctx.toks.len() || !(ctx.word(next) == "and" || ctx.word(next) == "or") || ctx.toks[next].newline_before {
        return end;
    }
    let Some(si) = seg.sentence_at(ctx.toks[next].start as usize) else { return end };
    let s = &seg.sentences[si];
    let last = content_end(ctx, s.tokens.start, s.tokens.end);
    if last <= next {
        return end;
    }
    // Not past another quotation in the same sentence.
    if (next..last).any(|i| matches!(ctx.toks[i].kind, TokenKind::OpenQuote | TokenKind::CloseQuote)) {
        return end;
    }
    ctx.toks[last - 1].end as usize
}

/// A quote being built.
struct QuoteOut {
    start: usize,
    end: usize,
    text: String,
    kind: QuoteKind,
    source: Option<usize>,
    verb: Option<String>,
    cue: Option<(Span, &'static str)>,
    /// The quoted byte ranges it joins: a split quote's evidence runs from
    /// its first part to its last, over the frame and any narration between
    /// them, which the speaker did not say (`Annotations::unattributed`).
    parts: Vec<(usize, usize)>,
}

fn is_outlet(ctx: &Ctx<'_>, reg: &Registry, entity: usize) -> bool {
    ctx.entities[entity].actor.as_deref().and_then(|a| reg.get(a)).is_some_and(|a| a.kind == ActorKind::Outlet)
}

/// Last token of a sentence's content: before the final terminal and closers.
fn content_end(ctx: &Ctx<'_>, from: usize, to: usize) -> usize {
    let mut e = to;
    while e > from && matches!(ctx.toks[e - 1].kind, TokenKind::Terminal | TokenKind::CloseQuote) {
        e -= 1;
    }
    while e > from && matches!(ctx.word(e - 1), ")" | "]" | "," | ";" | ":") {
        e -= 1;
    }
    e
}

fn find_frames(ctx: &Ctx<'_>, seg: &newsledger_text::Segmentation, in_quote: &[bool]) -> Vec<Frame> {
    let mut frames = Vec::new();
    // The verb of a figure clause found at its relative word, so the verb
    // does not make a second frame of its own.
    let mut figure_verb_at: Option<usize> = None;
    // The report noun a dismissal rejects ("dismissed media reports that"):
    // no speech verb of its own.
    let mut report_noun_at: Option<usize> = None;
    for (si, s) in seg.sentences.iter().enumerate() {
        let se = s.tokens.end;
        // A dateline ("BUFFALO, N.Y. —") is where the story was filed, never
        // a speaker: the sentence starts after it.
        let ss = ctx.dateline_end.filter(|&d| s.tokens.start < d && d < se).unwrap_or(s.tokens.start);
        for (v, &quoted) in in_quote.iter().enumerate().take(se).skip(ss) {
            if quoted || !ctx.is_word(v) {
                continue;
            }
            if figure_verb_at == Some(v) || report_noun_at == Some(v) {
                continue;
            }
            let info = ctx.info[v];
            if info.figure_relative {
                if let Some(f) = figure_frame(ctx, v, se, si) {
                    figure_verb_at = Some(f.cue.0);
                    frames.push(f);
                    continue;
                }
            }
            // Fixed cues: "according to X", "citing X".
            // ("X was quoted by state media as saying": X speaks; see below.)
            let passive_quoted = ctx.word_is(v, "quoted") && is_passive(ctx, v, ss);
            if info.phrase_start && !passive_quoted {
                if let Some((len, lemma)) = ctx.slex.frames.iter().find_map(|(ws, lemma)| {
                    ws.iter().enumerate().all(|(k, w)| v + k < se && ctx.word_is(v + k, w)).then_some((ws.len(), *lemma))
                }) {
                    let subj = report_sender(ctx, v + len, se).or_else(|| ctx.parse_np(v + len, se)).or_else(|| cue_acronym(ctx, v + len, se));
                    let subj = subj.map(|np| named_in_apposition(ctx, np, se));
                    if let Some(np) = subj {
                        let after = np.end;
                        frames.push(Frame { cue: (v, v + len), lemma, verb: None, subj: Some(np), also: None, inverted: true, participle: false, recipient: None, after, sentence: si, source: None, used: false, figure: false, passive: false, reduced: false });
                    }
                    continue;
                }
            }
            if info.figure_giver {
                if let Some(f) = giver_frame(ctx, v, ss, se, si) {
                    frames.push(f);
                    continue;
                }
            }
            if info.figure_setter || info.figure_reviser {
                if let Some(f) = tally_frame(ctx, v, ss, se, si) {
                    frames.push(f);
                    continue;
                }
            }
            if info.stance.is_some() {
                if let Some(f) = stance_frame(ctx, v, ss, se, si) {
                    frames.push(f);
                    continue;
                }
            }
            if info.dismissal {
                if let Some((f, noun)) = dismissal_frame(ctx, v, ss, se, si) {
                    report_noun_at = Some(noun);
                    frames.push(f);
                    continue;
                }
            }
            let Some(verb) = info.verb else { continue };
            // "Interior Minister X was quoted (by state media) as saying …":
            // the passive subject speaks, whoever quoted them; "Reuters
            // quoted officials as saying …": the object speaks, and who
            // quoted them relays (like a recipient outlet).
            if verb.lemma == "quote" {
                let (speaker, relay, after) = if passive_quoted {
                    let by = ctx.word_is(v + 1, "by").then(|| ctx.parse_np(v + 2, se)).flatten();
                    (subject_before(ctx, v, ss), by.clone(), by.map_or(v + 1, |np| np.end))
                } else {
                    let object = ctx.parse_np(v + 1, se);
                    let after = object.as_ref().map_or(v + 1, |np| np.end);
                    (object, subject_before(ctx, v, ss), after)
                };
                let as_saying = ctx.word_is(after, "as") && after + 1 < se && ctx.info[after + 1].verb.is_some_and(|x| x.clause);
                if let (Some(subj), true) = (speaker, as_saying) {
                    frames.push(Frame { cue: (v, v + 1), lemma: verb.lemma, verb: Some(verb), subj: Some(subj), also: None, inverted: !passive_quoted, participle: false, recipient: relay, after, sentence: si, source: None, used: false, figure: false, passive: false, reduced: false });
                }
                continue;
            }
            if verb.lemma == "deny" && deny_withholds(ctx.text, ctx.toks, v, se) {
                continue;
            }
            // "If your friend says the stock will double": speech told as a
            // supposition was never said, so no one is cited.
            if hypothetical_speech(ctx, v, ss) {
                continue;
            }
            // "Democratic state senator Maria Lopez said", "state officials
            // said": a verb form that is also a source modifier
            // (`sources_modifiers.tsv`), right before a lower-case head or
            // title, modifies it; it does not speak. ("Witnesses state
            // officials were slow": after a plural head or a plural pronoun,
            // a subject it agrees with, it is the verb.)
            let subject_right_before = v > ss && ((ctx.info[v - 1].head.is_some_and(|h| h.plural) && (v - 1 == ss || !ctx.is_capitalised(v - 1))) || ctx.info[v - 1].pronoun.is_some_and(|p| p.plural));
            if info.modifier.is_some() && v + 1 < se && !ctx.is_capitalised(v + 1) && (ctx.info[v + 1].head.is_some() || ctx.info[v + 1].title.is_some()) && !subject_right_before {
                continue;
            }
            // "people accused of crimes", "a man charged with murder": a
            // participle right before a preposition, with no auxiliary, was
            // done to the phrase before it; no one speaks.
            if verb.reduced_passive && v + 1 < se && ctx.info[v + 1].preposition && !is_passive(ctx, v, ss) {
                continue;
            }
            // "a firm called eTranslate", "a retreat called Bryn Tirion":
            // the verb names, it reports nothing.
            if verb.names && names_a_thing(ctx, v, ss, se) {
                continue;
            }
            // "called" etc. need a subject of their own; "said" may be inverted.
            let mut subj = subject_before(ctx, v, ss);
            // "a London-based think tank", "the two Post-Soviet states",
            // "an ex-Muslim tweet": the verb form is the head noun of the
            // phrase before it.
            if subj.as_ref().is_some_and(|np| modifier_before_verb(ctx, np, v)) {
                continue;
            }
            // "issued a statement outside Washington, D.C. saying …": a
            // place right before a participle is no speaker; the sentence's
            // subject says it.
            let place_before_participle = verb.participle
                && subj.as_ref().is_some_and(|np| np.end == v && matches!(np.kind, NpKind::Entity { entity, .. } if matches!(ctx.entities[entity].entity_type, EntityType::Gpe | EntityType::Loc)));
            if place_before_participle {
                subj = None;
            }
            // "drafted by Tom Reyes, who said …", "released a statement
            // which read: …": the relative word before the verb stands for
            // the phrase before it (srcev35).
            // (Not a passive, "a treaty, which had been agreed under
            // Obama"; nor a belief, "a refugee who feared retaliation"; nor
            // a form that is also a noun, "posts which state".)
            // ("staffers who reported for duty": a preposition right after
            // the verb, with no quote to follow, reports nothing.)
            let reports = !(v + 1 < se && ctx.info[v + 1].preposition && !(v + 1..se).any(|k| ctx.toks[k].kind == TokenKind::OpenQuote));
            if subj.is_none() && reports && !verb.participle && !verb.belief && !verb.noun_form && !is_passive(ctx, v, ss) {
                subj = relative_speaker(ctx, v, ss);
            }
            // "Police responded and confirmed that …": two verbs joined by
            // "and" share the subject before the first.
            if subj.is_none() && v >= ss + 3 && ctx.word_is(v - 1, "and") && ctx.info[v - 2].verb.is_some() {
                subj = subject_before(ctx, v - 2, ss);
            }
            // "…, with the toll rising to 22, reported officials, …": a
            // speaker after a verb without an object that closes the clause
            // is inverted, not a subject before the phrase ("El Paso,
            // Texas, with …" has none).
            // ("said that Rudolph “…”" opens a clause: no inverted speaker.)
            // Only a speaker closed by a comma or the sentence end counts
            // here ("says Du Pont still holds …" reports a clause).
            let inverted_ahead = !verb.object
                && v > ss
                && ctx.word(v - 1) == ","
                && !ctx.word_is(v + 1, "that")
                && inverted_speaker(ctx, v, ss, se).is_some_and(|np| np.end >= se || ctx.toks[np.end].kind == TokenKind::Terminal || matches!(ctx.word(np.end), "," | ";"));
            // "The minister, who visited the site, has said …": auxiliaries
            // and adverbs may stand between the aside's comma and the verb.
            // (A perfect's "has" / "have" / "had" only: "…, could reveal"
            // after a modal is no speech.)
            // ("Mahan's director, X, has alleged ties to …": "alleged" before
            // its noun is what others allege of X.)
            let adjective = ctx.word_is(v, "alleged") && !ctx.word_is(v + 1, "that");
            let group = if adjective { v } else { (ss..v).rev().take_while(|&k| ctx.word(k) != "," && ctx.info[k].verb.is_none() && (["has", "have", "had"].iter().any(|a| ctx.word_is(k, a)) || (ctx.info[k].adverb && !ctx.info[k].finite))).last().unwrap_or(v) };
            if subj.is_none() && group > ss + 2 && ctx.word(group - 1) == "," && !inverted_ahead {
                // (The block below reads the aside up to the verb group.)
                let v = group;
                // "President Bush yesterday, asked whether …, replied": the
                // subject stands before a comma-delimited clause.
                let floor = ss.max(v.saturating_sub(30));
                if let Some(c) = (floor..v - 1).rev().find(|&k| ctx.word(k) == ",") {
                    // ("Rain falls on Titan, but the poles are wetter, said
                    // …": a clause opened by a conjunction is no aside.)
                    // ("Biden, while campaigning in Michigan, called": "while"
                    // opens an aside.)
                    let coordinated = matches!(ctx.word(c + 1), "but" | "and" | "or" | "so" | "yet");
                    if !coordinated && !(c + 1..v - 1).any(|k| matches!(ctx.toks[k].kind, TokenKind::Terminal | TokenKind::OpenQuote | TokenKind::CloseQuote) || ctx.info[k].verb.is_some_and(|vb| !vb.participle && k == c + 1)) {
                        // (Nor is the object of a preposition a subject:
                        // "occurs everywhere on Titan, …".)
                        let object_of_preposition = |np: &Np| {
                            np.start > ss
                                && ctx.info[np.start - 1].preposition
                                && !ctx.is_capitalised(np.start - 1)
                                && !ctx.word_is(np.start - 1, "by")
                                && matches!(np.kind, NpKind::Entity { entity, .. } if matches!(ctx.entities[entity].entity_type, EntityType::Gpe | EntityType::Loc | EntityType::Misc))
                        };
                        subj = subject_before(ctx, c, ss);
                        let mut named_in_apposition = false;
                        // "Carlineo's attorney, Sonya Zoghlin, said": a name
                        // in apposition is the speaker, the phrase before
                        // it the role.
                        // "The militant organisation, the Islamic State of
                        // Iraq and the Levant, claimed": a generic
                        // organisation head with a name in apposition is
                        // the name.
                        if let Some(name) = subj.as_ref().filter(|np| is_generic_org(np)).and_then(|_| appositive_org_name(ctx, c + 1, v - 1)) {
                            subj = subj.map(|outer| Np { start: outer.start, end: name.end, kind: name.kind });
                        } else if let Some(person) = subj.as_ref().and_then(|_| {
                            // "Another co-author, civil engineering professor
                            // Julian Marshall, said": the name after the words
                            // that describe the person, who are the role.
                            let named = ctx.parse_inverted_speaker(c + 1, v - 1).filter(|np| np.end == v - 1).is_some_and(|np| matches!(np.kind, NpKind::Entity { entity, role: None, .. } if ctx.entities[entity].entity_type == EntityType::Person) || matches!(np.kind, NpKind::NewName { role: None, .. }));
                            if named { None } else { ctx.person_after_description(c + 1, v - 1) }
                        }) {
                            named_in_apposition = true;
                            subj = subj.map(|outer| Np { start: outer.start, end: person.end, kind: person.kind });
                        } else if let (Some(outer), Some(inner)) = (&subj, ctx.parse_inverted_speaker(c + 1, v - 1).filter(|np| np.end == v - 1)) {
                            let role = Some((outer.start, c));
                            named_in_apposition = matches!(inner.kind, NpKind::Entity { entity, role: None, .. } if ctx.entities[entity].entity_type == EntityType::Person) || matches!(inner.kind, NpKind::NewName { role: None, .. });
                            subj = match inner.kind {
                                NpKind::Entity { entity, role: None, honorific } if ctx.entities[entity].entity_type == EntityType::Person => Some(Np { start: outer.start, end: inner.end, kind: NpKind::Entity { entity, role, honorific } }),
                                NpKind::NewName { name, role: None } => Some(Np { start: outer.start, end: inner.end, kind: NpKind::NewName { name, role } }),
                                _ => subj,
                            };
                        }
                        // "Johnnie Wilson, of Springfield, Va., said": the
                        // place is in an aside opened by its preposition; the
                        // subject stands before that aside's comma.
                        if !named_in_apposition && subj.as_ref().is_some_and(object_of_preposition) {
                            let np_start = subj.as_ref().map_or(c, |np| np.start);
                            let c2 = np_start.checked_sub(2).filter(|&k| k > ss && ctx.word(k) == ",");
                            subj = c2.and_then(|k| subject_before(ctx, k, ss)).filter(|np| !object_of_preposition(np));
                        }
                    }
                }
            }
            let mut inverted = false;
            let mut participle = false;
            if subj.is_none() && verb.participle && v > ss && (ctx.word(v - 1) == "," || place_before_participle) {
                // "Nine people died, the governor said, adding that …": the
                // speaker of the inverted frame right before adds it, not
                // the sentence's subject.
                let inverted_before = frames
                    .last()
                    .filter(|p: &&Frame| p.sentence == si && !p.passive && !p.figure && p.verb.is_some() && (p.after.max(p.cue.1)..v - 1).all(|k| ctx.in_time(k) || ctx.info[k].adverb))
                    .and_then(|p| p.subj.clone());
                subj = inverted_before.or_else(|| sentence_subject(ctx, ss, v));
                participle = subj.is_some();
            }
            if subj.is_none() {
                // A closing mark the tokenizer took for an opening one
                // ("yet, " said): quoted before, not after.
                let prev_close = v > ss && (ctx.toks[v - 1].kind == TokenKind::CloseQuote || (ctx.toks[v - 1].kind == TokenKind::OpenQuote && in_quote[v - 1]));
                let after_quote = prev_close || (v >= ss + 2 && ctx.word(v - 1) == "," && ctx.toks[v - 2].kind == TokenKind::CloseQuote);
                // "Says Michael Hirsch, …: “…”" opens the sentence.
                let opens = v == ss || (v == ss + 1 && ctx.toks[ss].kind == TokenKind::OpenQuote);
                if after_quote || opens || (v > ss && ctx.word(v - 1) == ",") {
                    // "…, said the official." — the phrase must close the
                    // clause, not open a reported one ("…, said negotiators
                    // would meet").
                    if let Some(np) = inverted_speaker(ctx, v, ss, se) {
                        subj = Some(np);
                        inverted = true;
                    }
                }
            }
            let mut hearer = None;
            let mut passive = false;
            // "A death toll of 45 was reported by local media": the passive
            // subject is the statement, not a source, so no subject need
            // parse; the agent speaks. A verb with a hearer ("was told by")
            // needs the hearer as its subject.
            let statement_subject = subj.is_none() && !verb.object && verb.clause && !verb.belief;
            if (subj.is_some() || statement_subject) && !inverted && !participle && verb.lemma != "quote" && is_passive(ctx, v, ss) {
                // "she was told by X of …": X speaks, she hears. Without an
                // agent ("he was told that …") the speaker is unknown.
                let mut by = v + 1;
                while by < se && ctx.info[by].adverb {
                    by += 1;
                }
                // "by fire chief Marek Olszewski": lower-case words the
                // lexicon does not know may stand before the title.
                let agent = if ctx.word_is(by, "by") {
                    (by + 1..(by + 4).min(se)).take_while(|&k| k == by + 1 || (ctx.is_word(k - 1) && !ctx.is_capitalised(k - 1) && ctx.info[k - 1].verb.is_none())).find_map(|k| ctx.parse_inverted_speaker(k, se))
                } else {
                    None
                };
                // "reported by 5 p.m.": a time, not an agent.
                let Some(agent) = agent.filter(|np| !ctx.times.iter().any(|&(a, b)| a < np.end && np.start < b)) else { continue };
                hearer = subj.replace(agent);
                inverted = true;
                passive = !verb.object && verb.clause && !verb.belief;
            } else if let (Some(np), true) = (&subj, verb.noun_form && !inverted && !participle) {
                // "News reports said …": a speech verb right after the
                // form makes it the noun, and the phrase the speaker.
                let before_a_speech_verb = v + 1 < se && ctx.info[v + 1].verb.is_some();
                // "movies and TV shows": a singular verb form cannot follow
                // two things joined by "and", so this is the noun.
                let joined = np.start > ss && ctx.word(v).ends_with('s') && matches!(ctx.word(np.start - 1).to_ascii_lowercase().as_str(), "and" | "or");
                if before_a_speech_verb || joined || noun_reading(ctx, np, ss) {
                    continue;
                }
            }
            let mut also = None;
            if let (Some(np), false) = (&subj, inverted || participle) {
                match coordination(ctx, np, ss) {
                    Coordination::None => {}
                    // "a letter to Kevin McAleenan, director of the Department
                    // of Homeland Security and Alex Azar, … said": both names
                    // are objects; the subject is not in the text.
                    Coordination::InPrepositionalObject => subj = None,
                    Coordination::Speakers(first) => also = subj.replace(first),
                    // The officials of two countries: no one government is
                    // theirs.
                    Coordination::SharedHead(start) => {
                        if let Some(n) = subj.as_mut() {
                            n.start = start;
                            if let NpKind::Descr(d) = &mut n.kind {
                                d.country = None;
                            }
                        }
                    }
                }
            }
            if subj.is_none() {
                continue;
            }
            // "The statement read: …", "… reads Judge Cole's statement": a
            // verb of a document's words needs a document (or "it") as its
            // subject ("a message to the parliamentarians read out on
            // Monday" is no speech of theirs; srcev35).
            // (The document may stand anywhere from the phrase to the verb:
            // "released a statement which read", "the decree signed by the
            // Pope read".)
            let is_doc = |k: usize| ctx.info[k].head.is_some_and(|h| h.class == HeadClass::Doc);
            if verb.document_only && !subj.as_ref().is_some_and(|np| matches!(np.kind, NpKind::Pronoun(_)) || (np.start.min(v)..np.end.max(v)).any(is_doc)) {
                continue;
            }
            let mut after = if inverted { subj.as_ref().map_or(v + 1, |n| n.end) } else { v + 1 };
            let mut recipient = None;
            if verb.object && !inverted {
                if let Some(np) = ctx.parse_np(v + 1, se) {
                    after = np.end;
                    recipient = Some(np);
                } else if v + 1 < se && ctx.is_word(v + 1) && ctx.word(v + 1).chars().all(char::is_lowercase) && ctx.info[v + 1].verb.is_none() && !ctx.word_is(v + 1, "that") {
                    // "told reporters", "told lawmakers".
                    after = v + 2;
                }
            }
            if hearer.is_some() {
                recipient = hearer;
            }
            frames.push(Frame { cue: (v, v + 1), lemma: verb.lemma, verb: Some(verb), subj, also, inverted, participle, recipient, after, sentence: si, source: None, used: false, figure: false, passive, reduced: false });
        }
    }
    frames
}

/// The speaker of a speech verb at `v` whose subject is a relative word
/// ("who", "which", "that", across "has"/"had" and adverbs): the phrase the
/// word stands for, right before it (across a comma for "who"/"which").
/// "Tom Reyes, a biologist at Yale, who said": the name before the
/// description speaks, the description is the role. "a statement which
/// said": the document's issuer, when the clause names one ("X released a
/// statement which said"), else the document. Not after a preposition ("in
/// which he said") nor a clause that ends before it ("the fact that").
fn relative_speaker(ctx: &Ctx<'_>, v: usize, ss: usize) -> Option<Np> {
    let mut r = v;
    while r > ss && (ctx.info[r - 1].adverb || ctx.info[r - 1].finite) {
        r -= 1;
    }
    if r < ss + 2 || !ctx.info[r - 1].speaker_relative {
        return None;
    }
    let rel = r - 1;
    let mut j = rel;
    if ctx.word(j - 1) == "," {
        if !ctx.info[rel].comma_relative {
            return None;
        }
        j -= 1;
    }
    if j <= ss || ctx.info[j - 1].preposition && !ctx.is_capitalised(j - 1) {
        return None;
    }
    if j < rel {
        if let Some(person) = person_before_description(ctx, j, ss) {
            return Some(person);
        }
    }
    let np = subject_before(ctx, j, ss).filter(|np| np.end == j && !matches!(np.kind, NpKind::Pronoun(_)))?;
    // "X released a statement which read": the issuer the clause names.
    if let NpKind::Descr(d) = &np.kind {
        if d.head.class == HeadClass::Doc {
            if let (Some(issuer), _) = issuer_at(ctx, d.head_tok, ss) {
                return Some(issuer);
            }
        }
    }
    // "The insider who wrote op-eds … said": a restrictive relative on the
    // sentence's subject; the main verb after it makes the frame. (Only a
    // determiner and modifiers before the phrase: a name, pronoun,
    // preposition or speech verb there makes the phrase an object.)
    let opens_sentence = np.start <= ss + 3 && (ss..np.start).all(|k| ctx.is_word(k) && ctx.mention_at(k).is_none() && ctx.info[k].pronoun.is_none() && ctx.info[k].verb.is_none() && !ctx.info[k].preposition && !ctx.info[k].clause_link);
    if j == rel && opens_sentence {
        return None;
    }
    // A place is no speaker ("a doctor here in the US who writes"); a
    // thing after a preposition is not what "which" stands for ("in
    // mainland China, which claims"), though a person is ("according to
    // police, who said").
    if let NpKind::Entity { entity, .. } = np.kind {
        if matches!(ctx.entities[entity].entity_type, EntityType::Gpe | EntityType::Loc | EntityType::Fac) {
            return None;
        }
    }
    let after_preposition = np.start > ss && ctx.info[np.start - 1].preposition && !ctx.is_capitalised(np.start - 1);
    if after_preposition && !ctx.info[rel].person_relative {
        return None;
    }
    Some(np)
}

/// "Tom Reyes, a biologist at Yale, who said": before the comma at `j`,
/// a description set off by an earlier comma after a person's name; the
/// person, with the description as the role.
fn person_before_description(ctx: &Ctx<'_>, j: usize, ss: usize) -> Option<Np> {
    let c = (ss.max(j.saturating_sub(14))..j).rev().find(|&k| ctx.word(k) == ",")?;
    if c + 2 > j || (c + 1..j).any(|k| !ctx.is_word(k) || ctx.info[k].verb.is_some()) || ctx.info[c + 1].quant.is_none() {
        return None;
    }
    let role = Some((c + 1, j));
    let outer = subject_before(ctx, c, ss)?;
    match outer.kind {
        NpKind::Entity { entity, role: None, honorific } if ctx.entities[entity].entity_type == EntityType::Person => Some(Np { start: outer.start, end: j, kind: NpKind::Entity { entity, role, honorific } }),
        NpKind::NewName { name, role: None } => Some(Np { start: outer.start, end: j, kind: NpKind::NewName { name, role } }),
        _ => None,
    }
}

/// The phrase `np` right before the verb form at `v` cannot be its
/// subject, so the form is the head noun the phrase modifies:
/// - the phrase ends in a hyphenated adjective ("a London-based think
///   tank", "the Saudi-led coalition"; `hyphen_modifier`);
/// - a base form after a singular subject: an indefinite article ("an
///   ex-Muslim tweet") or a one-word name of a place, people or thing ("the
///   200 yard Individual Medley state title", "Republican state schools
///   Superintendent …");
/// - an "-s" form after a count of more than one ("the two Post-Soviet
///   states").
fn modifier_before_verb(ctx: &Ctx<'_>, np: &Np, v: usize) -> bool {
    if np.end != v || np.end <= np.start {
        return false;
    }
    let last = ctx.word(np.end - 1);
    if let Some((_, suffix)) = last.rsplit_once('-') {
        if ctx.slex.info(suffix).hyphen_modifier {
            return true;
        }
    }
    let Some(verb) = ctx.info[v].verb else { return false };
    let form = ctx.word(v);
    let base = form.eq_ignore_ascii_case(verb.lemma);
    let third_singular = !base && form.ends_with('s') && !form.ends_with("ss");
    // (Only where the phrase ends in a name or a hyphenated word: "a
    // second person briefed on the trade phone call said" ends in a head.)
    // (Not a name that may write one: "a New York Times report that …", "a
    // Donald Trump tweet attacking …" credit the outlet and the person.)
    let indefinite = matches!(ctx.word(np.start).to_ascii_lowercase().as_str(), "a" | "an" | "one" | "each" | "every");
    // (A people's or party's adjective alone is one too, whatever a tagger
    // made of it: "Republican state schools Superintendent …".)
    let adjective = np.end == np.start + 1 && matches!(ctx.lexs[np.start].place, Some(crate::entities::lexicon::PlaceKind::Demonym(_) | crate::entities::lexicon::PlaceKind::Norp));
    let lone_name = !last.ends_with('s')
        && (adjective || matches!(np.kind, NpKind::Entity { entity, .. } if matches!(ctx.entities[entity].entity_type, EntityType::Gpe | EntityType::Loc | EntityType::Norp | EntityType::Misc)));
    // ("Each state has …": a determiner alone, whatever a tagger made of it.)
    let modifier_word = np.end == np.start + 1 || last.contains('-') || matches!(np.kind, NpKind::Entity { entity, .. } if matches!(ctx.entities[entity].entity_type, EntityType::Gpe | EntityType::Loc | EntityType::Norp | EntityType::Misc));
    if base && ((indefinite && modifier_word) || lone_name) {
        return true;
    }
    // (A year is no count: "I hope in 2017 America says".)
    let counted = (np.start..np.end).any(|k| {
        ctx.info[k].quant.is_some_and(|q| q.count.is_some_and(|c| c > 1)) || (ctx.toks[k].kind == TokenKind::Number && ctx.word(k).parse::<u32>().is_ok_and(|n| (2..1000).contains(&n)))
    });
    third_singular && counted
}

/// The speech verb at `v` stands in a supposed case: a word of
/// `hypothetical` ("if", "unless", "suppose") opens its clause, at most
/// eight words before it with no punctuation between ("if your friend says
/// …", "unless the minister says otherwise"). Not past a comma ("If, as
/// officials said, the bridge holds": the aside is said).
fn hypothetical_speech(ctx: &Ctx<'_>, v: usize, ss: usize) -> bool {
    (v.saturating_sub(8).max(ss)..v).rev().take_while(|&k| ctx.is_word(k) || ctx.toks[k].kind == TokenKind::Number).any(|k| ctx.info[k].hypothetical)
}

/// "The family claimed his body", "claimed the bodies of the victims",
/// "claimed the title": an active "claim" whose object, within a few words
/// and before any verb or clause word, is something taken into keeping
/// (`claimed_possession`) says nothing, so it makes no source.
fn claims_a_possession(ctx: &Ctx<'_>, f: &Frame) -> bool {
    if f.lemma != "claim" || f.inverted || f.passive || f.verb.is_none() {
        return false;
    }
    let end = ctx.toks.len().min(f.after + 4);
    for k in f.after..end {
        if ctx.info[k].claimed_possession {
            return true;
        }
        if ctx.is_possessive(k) {
            continue;
        }
        if !ctx.is_word(k) || ctx.info[k].finite || ctx.info[k].verb.is_some() || ctx.word_is(k, "that") {
            return false;
        }
    }
    false
}

/// Whether the frame `f` has words to report: a quote in its sentence, at
/// the end of the sentence before or at the start of the one after (same
/// paragraph: "“…” He continued.", "She responded: “…”"), or content the
/// attribution pass would credit ("responded … that we must …").
fn reports_words(ctx: &Ctx<'_>, seg: &newsledger_text::Segmentation, f: &Frame, in_quote: &[bool]) -> bool {
    let s = &seg.sentences[f.sentence];
    if in_quote[s.tokens.clone()].iter().any(|&q| q) {
        return true;
    }
    let prev = f.sentence.checked_sub(1).map(|i| &seg.sentences[i]).filter(|p| p.paragraph == s.paragraph);
    if prev.is_some_and(|p| in_quote[p.tokens.end.saturating_sub(2).max(p.tokens.start)..p.tokens.end].iter().any(|&q| q)) {
        return true;
    }
    let next = seg.sentences.get(f.sentence + 1).filter(|n| n.paragraph <= s.paragraph + 1);
    if next.is_some_and(|n| n.tokens.start < n.tokens.end && in_quote[n.tokens.start]) {
        return true;
    }
    clause_of(ctx, seg, f, in_quote).is_some()
}

/// "a firm called eTranslate, which …", "a company called Zorin
/// Industries which …": a name right after the naming form at `v` that
/// closes the phrase (punctuation, a relative word, a conjunction or a
/// preposition follows), so no second object ("called Smith a liar") and no
/// quote ("called Biden “sleepy”") makes it speech. Not after a quote
/// ("“Over here!” called Smith.").
fn names_a_thing(ctx: &Ctx<'_>, v: usize, ss: usize, se: usize) -> bool {
    // ("eTranslate", "iPhone": a capital inside the word marks a name too.)
    let name_word = |k: usize| ctx.is_word(k) && ctx.word(k).chars().any(char::is_uppercase);
    let n = v + 1;
    if n >= se || !name_word(n) || ctx.in_time(n) || ctx.info[n].title.is_some() || ctx.info[n].pronoun.is_some() {
        return false;
    }
    let after_quote = (v.saturating_sub(2).max(ss)..v).any(|k| matches!(ctx.toks[k].kind, TokenKind::CloseQuote));
    // Only after a common noun ("a firm called", "another company called")
    // or a comma ("…, called Flyboard Air."): after a name the verb is the
    // name's act ("The AP called Nevada for Biden", "Trump called Biden").
    // ("The AP also called Nevada": adverbs first.)
    let mut p = v;
    while p > ss && ctx.info[p - 1].adverb {
        p -= 1;
    }
    let after_common_noun = p > ss && (ctx.word(p - 1) == "," || (ctx.is_word(p - 1) && !ctx.word(p - 1).chars().any(char::is_uppercase) && ctx.mention_at(p - 1).is_none()));
    if after_quote || !after_common_noun {
        return false;
    }
    let end = match ctx.mention_at(n) {
        Some((e, _)) => e,
        None => (n..se).find(|&k| !name_word(k)).unwrap_or(se),
    };
    if end >= se {
        return true;
    }
    let w = ctx.word(end);
    matches!(ctx.toks[end].kind, TokenKind::Terminal) || matches!(w, "," | ";" | ":" | "(" | ")" | "—" | "–") || ctx.info[end].preposition || CLAUSE_WORDS.closers.contains(&w.to_ascii_lowercase())
}

/// The speaker right after the verb at `v` when the phrase closes the
/// clause ("…, said the official."), not when it opens a reported one
/// ("…, said negotiators would meet").
fn inverted_speaker(ctx: &Ctx<'_>, v: usize, ss: usize, se: usize) -> Option<Np> {
    let mut np = ctx.parse_inverted_speaker(v + 1, se)?;
    // "“…,” reads Judge Ann Cole's statement": the possessor of the
    // document speaks (srcev35).
    if np.end + 2 <= se && ctx.is_possessive(np.end) && !matches!(np.kind, NpKind::Descr(_) | NpKind::Pronoun(_)) && ctx.info[np.end + 1].head.is_some_and(|h| h.class == HeadClass::Doc) {
        np.end += 2;
    }
    let e = np.end;
    let closes = e >= se
        || matches!(ctx.toks[e].kind, TokenKind::Terminal | TokenKind::CloseQuote | TokenKind::OpenQuote)
        || matches!(ctx.word(e), "," | ";" | ":" | "—" | "–" | "(")
        || matches!(ctx.word(e), "at" | "in" | "on" | "during" | "before" | "after" | "from" | "of" | "with" | "to")
        || after_only_adjuncts(ctx, e, content_end(ctx, ss, se));
    closes.then_some(np)
}

/// "according to credible reports received by Amnesty", "according to
/// reports from the Red Cross": the reports are the means, who sent or
/// gathered them the claimant. A document head within four words of `k`
/// (only lower-case adjectives or a determiner before it, which the phrase
/// parser need not know), a linking phrase, then a speaker phrase that is
/// no place ("reports from Gaza" names where, not who).
fn report_sender(ctx: &Ctx<'_>, k: usize, se: usize) -> Option<Np> {
    let head = (k..(k + 4).min(se)).find(|&h| ctx.info[h].head.is_some_and(|hd| hd.class == HeadClass::Doc))?;
    let plain = (k..head).all(|j| ctx.is_word(j) && ctx.word(j).chars().all(char::is_lowercase) && ctx.info[j].verb.is_none() && !ctx.info[j].preposition);
    if !plain {
        return None;
    }
    let link = ctx.slex.report_links.iter().find(|l| l.iter().enumerate().all(|(j, w)| head + 1 + j < se && ctx.word_is(head + 1 + j, w)))?;
    let np = ctx.parse_inverted_speaker(head + 1 + link.len(), se)?;
    // The sender phrase must end the cue ("reports from The Wrap and
    // Deadline" parses only "The Wrap"): else the whole phrase is read as
    // before, a document.
    let e = np.end;
    let closes = e >= se || ctx.toks[e].kind == TokenKind::Terminal || matches!(ctx.word(e), "," | ";" | ":" | "—" | "–" | ")");
    if !closes {
        return None;
    }
    let place = matches!(np.kind, NpKind::Entity { entity, .. } if matches!(ctx.entities[entity].entity_type, EntityType::Gpe | EntityType::Loc | EntityType::Fac));
    (!place && !matches!(np.kind, NpKind::Pronoun(_))).then_some(np)
}

/// "according to WHO, …": an all-capital word of two to eight letters
/// right after a fixed cue is a name even where the tagger missed it (and
/// "WHO" is not the relative word there), when a clause break or the
/// sentence end follows it.
fn cue_acronym(ctx: &Ctx<'_>, k: usize, se: usize) -> Option<Np> {
    let w = ctx.word(k);
    let acronym = k < se && ctx.is_word(k) && is_acronym(w);
    let closes = k + 1 >= se || matches!(ctx.word(k + 1), "," | ";" | ":" | "—" | "–" | ")") || ctx.toks[k + 1].kind == TokenKind::Terminal;
    (acronym && closes).then_some(Np { start: k, end: k + 1, kind: NpKind::OrgName { name: (k, k + 1), outlet: false } })
}

/// "Officials put the death toll at 44", "the ministry puts the number of
/// dead at 12": the subject of a setter verb at `v` gives the figure of the
/// tally noun after it; the content runs from the verb to the clause's end,
/// as in a figure clause. The tally noun comes within four words and "at"
/// after it before any punctuation ("put the number of dead at").
fn tally_frame(ctx: &Ctx<'_>, v: usize, ss: usize, se: usize, si: usize) -> Option<Frame> {
    let lim = se.min(v + 5);
    // "The ministry later revised the toll down to 12", "Authorities
    // raised the death toll to 31": a reviser sets a toll, count or figure
    // "to" a number (claims22).
    let reviser = !ctx.info[v].figure_setter;
    let tally = (v + 1..lim).find(|&k| ctx.info[k].tally_noun && (!reviser || ctx.info[k].revised_tally))?;
    (tally + 1..se.min(tally + 6)).take_while(|&k| ctx.is_word(k)).find(|&k| ctx.word_is(k, "at") || (reviser && ctx.word_is(k, "to")))?;
    // "Officials in the province, speaking on condition of anonymity, put
    // the toll at 33": an aside between commas (why they are not named, or
    // a participle phrase) may stand between the subject and the verb.
    let np = subject_before(ctx, v, ss).or_else(|| {
        if v < ss + 3 || ctx.word(v - 1) != "," {
            return None;
        }
        let c = (ss.max(v.saturating_sub(20))..v - 1).rev().find(|&k| ctx.word(k) == ",")?;
        ctx.speaker_aside_at(c + 1, v - 1).then(|| subject_before(ctx, c, ss)).flatten()
    })?;
    Some(Frame { cue: (v, v + 1), lemma: "estimate", verb: None, subj: Some(np), also: None, inverted: false, participle: false, recipient: None, after: v + 1, sentence: si, source: None, used: false, figure: true, passive: false, reduced: false })
}

/// "The figure of 64 dead, given by the Pentagon, could not be verified",
/// "a toll of 120 provided by the ministry": a passive participle
/// (`given` in `sources_figure_words.tsv`) with its agent after a phrase
/// that holds a figure credits the agent with that phrase (back to a
/// clause break; see `clause_of`). A phrase without a figure ("This
/// graphic, provided by Statista,"), or one that names no tally or
/// document ("The 12 hostages, released by the rebels,"), is no claim of
/// the agent's.
fn giver_frame(ctx: &Ctx<'_>, v: usize, ss: usize, se: usize, si: usize) -> Option<Frame> {
    if v <= ss || !ctx.word_is(v + 1, "by") {
        return None;
    }
    let end = if ctx.word(v - 1) == "," { v - 1 } else { v };
    let from = (ss..end).rev().find(|&k| matches!(ctx.word(k), "," | ";" | ":" | "—" | "–" | "(" | ")")).map_or(ss, |k| k + 1);
    let figure = has_figure(ctx, from, end);
    // A tally or document noun makes the phrase a statement of a figure:
    // "The 12 hostages, released by the rebels," is a deed.
    let stated = (from..end).any(|k| ctx.info[k].tally_noun || ctx.info[k].report_noun || ctx.info[k].head.is_some_and(|h| h.class == HeadClass::Doc));
    if !stated {
        return None;
    }
    let agent = ctx.parse_inverted_speaker(v + 2, se).filter(|np| !matches!(np.kind, NpKind::Pronoun(_)) && !ctx.times.iter().any(|&(a, b)| a < np.end && np.start < b))?;
    // "The death toll, given by the ministry, rose to 45": the figure may
    // come in the predicate after the participle phrase.
    // (A tally only: "The report, published by the committee, runs to 300
    // pages" gives no figure of the report's.)
    if !figure && (!(from..end).any(|k| ctx.info[k].tally_noun) || giver_predicate_end(ctx, agent.end, se).is_none()) {
        return None;
    }
    let after = agent.end;
    Some(Frame { cue: (v, v + 1), lemma: "give", verb: None, subj: Some(agent), also: None, inverted: true, participle: false, recipient: None, after, sentence: si, source: None, used: false, figure: false, passive: true, reduced: true })
}

/// A number, or a count of two or more, among tokens `from..to`.
fn has_figure(ctx: &Ctx<'_>, from: usize, to: usize) -> bool {
    (from..to).any(|k| ctx.toks[k].kind == TokenKind::Number || ctx.info[k].quant.and_then(|q| q.count).is_some_and(|c| c >= 2))
}

/// After a participle phrase that gives a tally ("The death toll, given by
/// the ministry,"), whose agent ends at `agent_end`: the end of the
/// predicate that states the tally's figure ("rose to 45", "stood at 61
/// on Monday"), when one follows. A time may close the agent phrase ("released
/// by the army on Monday"); the predicate opens with a lower-case word and
/// holds a number before the next clause break.
fn giver_predicate_end(ctx: &Ctx<'_>, agent_end: usize, se: usize) -> Option<usize> {
    let mut k = agent_end;
    while k < se && (ctx.in_time(k) || (ctx.info[k].preposition && k + 1 < se && ctx.in_time(k + 1))) {
        k += 1;
    }
    if k < se && ctx.word(k) == "," {
        k += 1;
    }
    if k >= se || !ctx.is_word(k) || ctx.is_capitalised(k) {
        return None;
    }
    let end = (k..se).find(|&x| matches!(ctx.word(x), "," | ";" | ":" | "—" | "–" | "(") || matches!(ctx.toks[x].kind, TokenKind::Terminal | TokenKind::OpenQuote | TokenKind::CloseQuote)).unwrap_or(se);
    (end - k <= 8 && has_figure(ctx, k, end)).then_some(end)
}

/// "The figures of 300 dead were disputed by the ministry", "The claim that
/// 12 protesters were shot was rejected by the army" (claims27): a stance
/// participle (`stance` in `claims_stance_participles.tsv`) after an
/// auxiliary, not negated, with its "by" agent, whose passive subject (back
/// to a clause break) names a statement — a tally, report or document noun.
/// The agent takes the stance (lemma "dispute" or "deny") on that subject:
/// a passive frame, so its content is the subject and it makes no quote.
/// "The plan was rejected by parliament" names no statement; "killed by a
/// bomb", "by Monday" are no stance participle or no agent.
fn stance_frame(ctx: &Ctx<'_>, v: usize, ss: usize, se: usize, si: usize) -> Option<Frame> {
    let lemma = ctx.info[v].stance?;
    if v <= ss + 1 || !is_passive(ctx, v, ss) || (ss..v).rev().take(3).any(|k| ctx.info[k].negation) {
        return None;
    }
    let mut by = v + 1;
    while by < se && ctx.info[by].adverb {
        by += 1;
    }
    // "The mayor was accused of taking 3 bribes by prosecutors": an
    // accusation's agent may follow its "of" phrase (in the same clause).
    if lemma == "accuse" && ctx.word_is(by, "of") {
        by = (by + 1..se.min(by + 12)).take_while(|&k| !matches!(ctx.word(k), "," | ";" | ":" | "—" | "–" | "(") && ctx.toks[k].kind != TokenKind::Terminal).find(|&k| ctx.word_is(k, "by"))?;
    }
    if !ctx.word_is(by, "by") {
        return None;
    }
    let from = (ss..v).rev().find(|&k| matches!(ctx.word(k), "," | ";" | ":" | "—" | "–" | "(" | ")")).map_or(ss, |k| k + 1);
    // (Whom an accusation accuses is a person or body, no statement.)
    let stated = lemma == "accuse" || (from..v).any(|k| ctx.info[k].tally_noun || ctx.info[k].report_noun || ctx.info[k].head.is_some_and(|h| h.class == HeadClass::Doc));
    if !stated {
        return None;
    }
    let agent = ctx.parse_inverted_speaker(by + 1, se).filter(|np| !matches!(np.kind, NpKind::Pronoun(_)) && !ctx.times.iter().any(|&(a, b)| a < np.end && np.start < b))?;
    let after = agent.end;
    // An accusation's content is the whole clause, accused and charge
    // (`clause_of`): not passive.
    let passive = lemma != "accuse";
    Some(Frame { cue: (v, v + 1), lemma, verb: None, subj: Some(agent), also: None, inverted: true, participle: false, recipient: None, after, sentence: si, source: None, used: false, figure: false, passive, reduced: false })
}

/// "Officials dismissed reports that 30 soldiers had died", "The rebels
/// rejected claims that …": a verb that rejects what others report
/// (`dismissal`), up to three words ("the", "media", "earlier"), a report
/// noun and "that". The verb's subject denies the clause: the frame is a
/// denial ("deny") that makes no quote, for the subject did not say the
/// clause. "did not dismiss reports" denies nothing.
fn dismissal_frame(ctx: &Ctx<'_>, v: usize, ss: usize, se: usize, si: usize) -> Option<(Frame, usize)> {
    if v > ss && ctx.info[v - 1].negation {
        return None;
    }
    let noun = (v + 1..se.min(v + 5)).find(|&k| ctx.info[k].report_noun)?;
    if !ctx.word_is(noun + 1, "that") || (v + 1..noun).any(|k| !ctx.is_word(k) || ctx.info[k].verb.is_some()) {
        return None;
    }
    // "Officials have flatly dismissed": auxiliaries and adverbs before it.
    let mut j = v;
    while j > ss && (ctx.info[j - 1].finite || ctx.info[j - 1].adverb) {
        j -= 1;
    }
    // "…, dismissing reports that …": the sentence's subject.
    let subj = subject_before(ctx, j, ss).or_else(|| (j > ss && ctx.word(j - 1) == ",").then(|| sentence_subject(ctx, ss, j)).flatten())?;
    let verb = lexicon::Verb { lemma: "deny", quotes: false, clause: true, object: false, participle: false, belief: true, noun_form: false, plain_object: false, needs_words: false, names: false, reduced_passive: false, found_object: false, document_only: false };
    Some((Frame { cue: (v, v + 1), lemma: "deny", verb: Some(verb), subj: Some(subj), also: None, inverted: false, participle: false, recipient: None, after: v + 1, sentence: si, source: None, used: false, figure: false, passive: false, reduced: false }, noun))
}

/// "in what organizers estimated at 1.7 million people", "what police put
/// at 5,000", "what the ministry said were 12 dead": the relative word at
/// `rel`, a source phrase, adverbs, then a verb that credits a figure to
/// that source. The verb is the cue.
fn figure_frame(ctx: &Ctx<'_>, rel: usize, se: usize, si: usize) -> Option<Frame> {
    let np = ctx.parse_np(rel + 1, se)?;
    if matches!(np.kind, NpKind::Pronoun(_)) {
        return None;
    }
    let mut v = np.end;
    while v < se && ctx.info[v].adverb && !ctx.info[v].figure_verb {
        v += 1;
    }
    if v + 1 >= se || !ctx.info[v].figure_verb {
        return None;
    }
    let verb = ctx.info[v].verb;
    let lemma = verb.map_or("estimate", |vb| vb.lemma);
    Some(Frame { cue: (v, v + 1), lemma, verb, subj: Some(np), also: None, inverted: false, participle: false, recipient: None, after: v + 1, sentence: si, source: None, used: false, figure: true, passive: false, reduced: false })
}

/// A description whose head is an organisation noun ("the militant
/// organisation", "the company"): what it names is given elsewhere.
fn is_generic_org(np: &Np) -> bool {
    matches!(&np.kind, NpKind::Descr(d) if d.head.class == HeadClass::Org)
}

/// An organisation's name filling tokens `from..to` exactly (an apposition
/// between commas): an optional "the", then capitalised words and the words
/// that join a name's parts ("the Islamic State of Iraq and the Levant"),
/// at least two capitalised. A tagged organisation covering it all is that
/// entity; a person or a place is not an organisation's name.
fn appositive_org_name(ctx: &Ctx<'_>, from: usize, to: usize) -> Option<Np> {
    let first = if from < to && ctx.word_is(from, "the") { from + 1 } else { from };
    if first >= to || to - first > 12 || !ctx.is_capitalised(first) || !ctx.is_capitalised(to - 1) {
        return None;
    }
    let joiner = |k: usize| np::NAME_JOINERS.iter().any(|w| ctx.word(k) == *w);
    if !(first..to).all(|k| (ctx.is_capitalised(k) && ctx.is_word(k)) || joiner(k)) || (first..to).filter(|&k| ctx.is_capitalised(k)).count() < 2 {
        return None;
    }
    if let Some((end, e)) = ctx.mention_at(first) {
        let t = ctx.entities[e].entity_type;
        if matches!(t, EntityType::Person | EntityType::Loc) || (end == to && t != EntityType::Org) {
            return None;
        }
        if end == to {
            return Some(Np { start: from, end: to, kind: NpKind::Entity { entity: e, role: None, honorific: None } });
        }
    }
    Some(Np { start: from, end: to, kind: NpKind::OrgName { name: (first, to), outlet: false } })
}

/// The source phrase ending right before the verb at `v` (adverbs between
/// are skipped); the longest one that parses.
fn subject_before(ctx: &Ctx<'_>, v: usize, ss: usize) -> Option<Np> {
    let mut j = v;
    loop {
        // "The ministry on Sunday said", "officials last week said": a
        // time, with its preposition, between the subject and the verb.
        if let Some(k) = ctx.time_ending_at(j).filter(|&k| k > ss) {
            j = if k > ss + 1 && ctx.info[k - 1].preposition { k - 1 } else { k };
        } else if j > ss && ctx.info[j - 1].adverb {
            j -= 1;
        } else {
            break;
        }
    }
    // "the World Health Organization (WHO) told", "Deutsche Welle (DW)
    // reported": the acronym in parentheses after a name repeats it; the
    // speaker is the phrase before it.
    if j >= ss + 4 && ctx.word(j - 1) == ")" && ctx.word(j - 3) == "(" && is_acronym(ctx.word(j - 2)) {
        j -= 3;
    }
    if j == ss {
        return None;
    }
    // "Znak.com reported": the period inside the address is no boundary.
    if j >= ss + 3 && ctx.domain_end(j - 3, j) == Some(j) {
        return Some(Np { start: j - 3, end: j, kind: NpKind::OrgName { name: (j - 3, j), outlet: true } });
    }
    if let Some(study) = study_subject(ctx, j, ss) {
        return Some(study);
    }
    let floor = ss.max(j.saturating_sub(24));
    let mut best: Option<Np> = None;
    let mut s = j;
    while s > floor {
        s -= 1;
        let t = &ctx.toks[s];
        if matches!(t.kind, TokenKind::Terminal | TokenKind::OpenQuote | TokenKind::CloseQuote) || matches!(ctx.word(s), ";" | "(" | ")") {
            break;
        }
        // ("Iranian state television said": a verb form that is also a
        // noun may be a modifier inside the phrase.)
        // ("A spokeswoman who asked not to be identified said": the verb of
        // a phrase saying why the speaker is not named is inside the phrase.)
        let unnamed_clause = s > ss && ctx.anonymity_phrase_at(s - 1, j);
        // ("Data published by the ministry show": a participle that gives
        // a document, with its agent, is inside the phrase.)
        let giver = ctx.info[s].figure_giver && s > ss && ctx.word_is(s + 1, "by");
        if s + 1 < j && !unnamed_clause && !giver && ctx.info[s].verb.is_some_and(|vb| !vb.participle && !(vb.noun_form && ctx.info[s].modifier.is_some())) {
            break;
        }
        if let Some(np) = ctx.parse_np(s, j) {
            if np.end == j {
                // A pronoun only stands right before the verb.
                if matches!(np.kind, NpKind::Pronoun(_)) && s + 1 != j {
                    continue;
                }
                best = Some(np);
            }
        }
    }
    if best.is_none() {
        best = (2..=4).rev().find(|&len| j >= ss + len && ctx.bare_name(j - len, j)).map(|len| Np { start: j - len, end: j, kind: NpKind::NewName { name: (j - len, j), role: None } });
    }
    if best.is_none() {
        best = body_with_topic(ctx, j, ss);
    }
    let best = best.filter(|np| !opening_preposition(ctx, np) && !studied_group(ctx, np, ss))?;
    let best = ctx.org_name_ending(&best, ss).unwrap_or(best);
    Some(person_of_body(ctx, &best, ss).unwrap_or(best))
}

/// "Mike Hale of the World Bank said", "Dr. Lena Park of the World Health
/// Organization (WHO) told": a body after "of" is where the named person
/// before it works; the person speaks. Only a named person (an entity or
/// a name after a title), never a description ("officials of the
/// ministry" stay the ministry's).
fn person_of_body(ctx: &Ctx<'_>, body: &Np, ss: usize) -> Option<Np> {
    let is_body = match body.kind {
        NpKind::Entity { entity, .. } => ctx.entities[entity].entity_type == EntityType::Org,
        NpKind::OrgName { .. } => true,
        _ => false,
    };
    let of = body.start.checked_sub(1).filter(|&k| k > ss && is_body && ctx.word_is(k, "of"))?;
    let person = subject_before(ctx, of, ss)?;
    let named = match person.kind {
        NpKind::Entity { entity, .. } => ctx.entities[entity].entity_type == EntityType::Person,
        NpKind::NewName { .. } => true,
        _ => false,
    };
    named.then_some(Np { end: body.end, ..person })
}

/// "WHO", "IEDCR", "DW": two to eight capital letters.
fn is_acronym(w: &str) -> bool {
    (2..=8).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_uppercase())
}

/// "The Lancet Commission on pollution and health found", "the Kessler
/// Institute for water research estimated": a named body (its name ends in
/// a word of `sources_topic_bodies.txt`) whose name goes on in lower case
/// with "on", "for" or "into" and its topic, up to the verb at `j`. The
/// topic is a few plain words ("pollution and health"): no comma, number,
/// name, pronoun or verb, so a list ("the Commission on roads, bridges and
/// schools") or a clause never becomes part of a name. The whole is one
/// organisation's name, linked to the entity of its first part.
fn body_with_topic(ctx: &Ctx<'_>, j: usize, ss: usize) -> Option<Np> {
    const MAX_TOPIC_WORDS: usize = 5;
    let plain = |k: usize| {
        ctx.toks[k].kind == TokenKind::Word && !ctx.is_capitalised(k) && ctx.info[k].verb.is_none() && !ctx.info[k].finite && ctx.info[k].pronoun.is_none() && ctx.mention_at(k).is_none()
    };
    let mut p = j;
    while p > ss + 1 && j - p <= MAX_TOPIC_WORDS && plain(p - 1) {
        p -= 1;
        if matches!(ctx.word(p), "on" | "for" | "into") && p + 1 < j && ctx.slex.is_topic_body(ctx.word(p - 1)) {
            // The organisation's mention ends right at the preposition.
            let start = (p.saturating_sub(8).max(ss)..p).find(|&s| ctx.mention_at(s).is_some_and(|(mend, e)| mend == p && ctx.entities[e].entity_type == EntityType::Org))?;
            let np_start = if start > ss && ctx.word_is(start - 1, "the") { start - 1 } else { start };
            return Some(Np { start: np_start, end: j, kind: NpKind::OrgName { name: (start, j), outlet: false } });
        }
    }
    None
}

/// "one study in 24 older adults found", "a survey of 1,000 voters
/// showed", "One small study in 50 people with diabetes showed": the study
/// speaks, named with what it studied, though the words right before the
/// verb are a counted group or a name inside that phrase. `j`: the verb.
/// The study noun must head a document description
/// (`sources_heads.tsv`) that opens the verb's clause: no comma, quote or
/// finite verb between.
fn study_subject(ctx: &Ctx<'_>, j: usize, ss: usize) -> Option<Np> {
    const MAX_PHRASE: usize = 14;
    let mut k = j;
    while k > ss.max(j.saturating_sub(MAX_PHRASE)) {
        k -= 1;
        let t = &ctx.toks[k];
        if matches!(t.kind, TokenKind::Terminal | TokenKind::OpenQuote | TokenKind::CloseQuote | TokenKind::Dash) || matches!(ctx.word(k), "," | ";" | "(" | ")" | ":") || ctx.info[k].finite || ctx.info[k].verb.is_some_and(|vb| !vb.participle) {
            return None;
        }
        if !(ctx.info[k].study && k + 2 < j && matches!(ctx.word(k + 1).to_ascii_lowercase().as_str(), "in" | "of" | "among")) {
            continue;
        }
        // The longest description ending at the study noun. It must open
        // the clause, perhaps after a few words the parser does not know
        // ("One small study", "The largest study"), which then belong to
        // the name; not as the object of a verb, relative or preposition
        // ("researchers who ran a study in 40 clinics said": they speak).
        let clause_opening = |s: usize| -> Option<usize> {
            let mut b = s;
            while b > ss && s - b < 4 {
                let w = ctx.word(b - 1).to_ascii_lowercase();
                if !matches!(ctx.toks[b - 1].kind, TokenKind::Word | TokenKind::Number) || matches!(w.as_str(), "and" | "but" | "that") {
                    return Some(b);
                }
                if matches!(w.as_str(), "who" | "which" | "whom" | "whose") || ctx.info[b - 1].preposition || ctx.info[b - 1].verb.is_some() || ctx.info[b - 1].finite {
                    return None;
                }
                b -= 1;
            }
            (b == ss).then_some(b)
        };
        let from = k.saturating_sub(5).max(ss);
        return (from..=k).find_map(|s| {
            let np = ctx.parse_np(s, k + 1).filter(|np| np.end == k + 1)?;
            let NpKind::Descr(d) = &np.kind else { return None };
            let start = clause_opening(np.start)?;
            (d.head.class == HeadClass::Doc).then(|| Np { start, end: j, kind: np.kind.clone() })
        });
    }
    None
}

/// "One study in 19 people found", "a survey of 1,000 voters showed": a
/// counted group in a phrase after a study noun was studied; it does not
/// speak (the study does).
fn studied_group(ctx: &Ctx<'_>, np: &Np, ss: usize) -> bool {
    let NpKind::Descr(d) = &np.kind else { return false };
    d.count.is_some()
        && np.start >= ss + 2
        && matches!(ctx.word(np.start - 1).to_ascii_lowercase().as_str(), "in" | "of" | "among")
        && ctx.info[np.start - 2].study
}

/// "deny" at token `v` in the sense "withhold from": "denying flu vaccines
/// to migrants", "denied him bail", "was denied entry". A denial of a claim
/// takes a clause, a gerund or a claim ("denied that…", "denied the
/// allegations", "denied any link to the attack": so "to" alone does not
/// mark the sense). `se`: the end of the sentence.
pub(crate) fn deny_withholds(text: &str, toks: &[newsledger_text::Token], v: usize, se: usize) -> bool {
    let slex = lexicon::SourceLexicon::english();
    let elex = crate::events::lexicon::Lexicon::english();
    let word = |k: usize| toks[k].text(text);
    // ("denied US claims": capital "US", the country, has an id of its own.)
    let object_pronoun = |k: usize| elex.w.object_pronouns.contains(&elex.vocab.get(word(k)));
    for (k, tok) in toks.iter().enumerate().take(se.min(v + 9)).skip(v + 1) {
        let info = slex.info(word(k));
        if word(k).eq_ignore_ascii_case("that") || matches!(word(k), "," | ";" | ":") || matches!(tok.kind, TokenKind::Terminal | TokenKind::OpenQuote | TokenKind::CloseQuote | TokenKind::Dash) {
            return false;
        }
        if info.withheld || (k == v + 1 && object_pronoun(k)) {
            return true;
        }
        if info.verb.is_some() {
            return false;
        }
    }
    false
}

/// What stands before a subject phrase joined by "and"/"or".
enum Coordination {
    /// No coordination, or clauses joined ("Police arrested him and officials
    /// said…").
    None,
    /// The first conjunct is a preposition's object, so the phrase is too.
    InPrepositionalObject,
    /// Two speakers: the first conjunct.
    Speakers(Np),
    /// "US and Iraqi officials", "the Russian and Syrian defence
    /// ministries": the first conjunct is a country or people's word that
    /// shares the head of the second; the subject starts at the token
    /// given.
    SharedHead(usize),
}

/// "Ford and Fry replied": the subject `np` is the second of two phrases
/// joined by "and" when the first one opens the clause (at the sentence
/// start, after a comma, "that" or "but").
fn coordination(ctx: &Ctx<'_>, np: &Np, ss: usize) -> Coordination {
    if np.start < ss + 2 || !matches!(ctx.word(np.start - 1).to_ascii_lowercase().as_str(), "and" | "or") {
        return Coordination::None;
    }
    // The name before "and" with the words that join a name's parts ("the
    // Department of Homeland Security"): opened by a preposition, it is the
    // preposition's object ("a letter to … the Department of Homeland
    // Security and Alex Azar").
    let and = np.start - 1;
    let mut k = and;
    while k > ss && (ctx.is_capitalised(k - 1) || np::NAME_JOINERS.iter().any(|w| ctx.word(k - 1) == *w)) {
        k -= 1;
    }
    if k < and && ctx.info[k].preposition && !ctx.is_capitalised(k) {
        return Coordination::InPrepositionalObject;
    }
    let Some(first) = subject_before(ctx, and, ss).filter(|f| !matches!(f.kind, NpKind::Pronoun(_))) else { return Coordination::None };
    if country_word_sharing_head(ctx, &first, np) {
        return Coordination::SharedHead(first.start);
    }
    if first.start == ss {
        return Coordination::Speakers(first);
    }
    let before = ctx.word(first.start - 1).to_ascii_lowercase();
    if matches!(before.as_str(), "," | "that" | "but" | "—" | "–") || ctx.toks[first.start - 1].kind == TokenKind::OpenQuote {
        return Coordination::Speakers(first);
    }
    Coordination::None
}

/// `first` ("US", "the Russian") is one country or people's word, at most
/// after a determiner, and `second` a description that opens with another
/// ("Iraqi officials", "Syrian defense ministries"): one phrase whose head
/// both share.
fn country_word_sharing_head(ctx: &Ctx<'_>, first: &Np, second: &Np) -> bool {
    let NpKind::Descr(_) = second.kind else { return false };
    let word = if first.end == first.start + 2 && ctx.word_is(first.start, "the") { first.start + 1 } else { first.start };
    first.end == word + 1 && ctx.lexs[word].country().is_some() && ctx.lexs[second.start].country().is_some()
}

/// The phrase `np` before a verb form that is also a noun modifies that
/// noun instead of being its subject: "Listed US states as having …",
/// "other news reports", "the only two Arab states", "the Jewish state's".
fn noun_reading(ctx: &Ctx<'_>, np: &Np, ss: usize) -> bool {
    // "Data published by the ministry show": the agent of a document's
    // participle stands for the document before it.
    if np.start > ss + 1 && ctx.word_is(np.start - 1, "by") && ctx.info[np.start - 2].figure_giver {
        return false;
    }
    if np.start > ss && ctx.is_word(np.start - 1) {
        let w = ctx.word(np.start - 1).to_ascii_lowercase();
        let modifier_before = ctx.info[np.start - 1].quant.is_some()
            || w.ends_with("ed")
            || matches!(w.as_str(), "of" | "in" | "for" | "from" | "across" | "by" | "to" | "with" | "other" | "its" | "their" | "his" | "her" | "our" | "these" | "those" | "local" | "several" | "many" | "some");
        if modifier_before {
            return true;
        }
    }
    // A place or people's adjective after a determiner or count, or alone
    // in the singular, is a modifier: "two Arab", "the Jewish", "Arab".
    let NpKind::Entity { entity, .. } = np.kind else { return false };
    if !matches!(ctx.entities[entity].entity_type, EntityType::Gpe | EntityType::Norp | EntityType::Loc) {
        return false;
    }
    let determined = (np.start..np.end).any(|k| ctx.info[k].quant.is_some() || ctx.toks[k].kind == TokenKind::Number);
    let lone_adjective = np.end == np.start + 1 && matches!(ctx.lexs[np.start].place, Some(crate::entities::lexicon::PlaceKind::Demonym(_))) && !ctx.word(np.start).ends_with('s');
    determined || lone_adjective
}

/// "Per reports, …", "Her post …": a sentence-opening preposition or
/// possessive a tagger took for a one-word name.
fn opening_preposition(ctx: &Ctx<'_>, np: &Np) -> bool {
    np.end == np.start + 1 && matches!(np.kind, NpKind::Entity { .. } | NpKind::NewName { .. }) && ctx.info[np.start].not_speaker
}

/// A be-form among the auxiliaries before the verb at `v` and a past
/// participle at `v` ("she was told", "it has been reported"): passive.
fn is_passive(ctx: &Ctx<'_>, v: usize, ss: usize) -> bool {
    let w = ctx.word(v).to_ascii_lowercase();
    let participle = w.ends_with("ed") || matches!(w.as_str(), "told" | "said" | "written" | "shown" | "known" | "thought" | "given" | "heard" | "taken" | "spoken" | "found");
    if !participle {
        return false;
    }
    let mut k = v;
    while k > ss && ctx.info[k - 1].adverb {
        k -= 1;
        if matches!(ctx.word(k).to_ascii_lowercase().as_str(), "is" | "was" | "were" | "are" | "been" | "being" | "be") {
            return true;
        }
    }
    false
}

/// The subject of a sentence: a source phrase at its start, or after an
/// opening adverbial that ends with a comma ("On Monday, Sheinbaum…").
fn sentence_subject(ctx: &Ctx<'_>, ss: usize, lim: usize) -> Option<Np> {
    let good = |np: &Np| !matches!(np.kind, NpKind::Descr(ref d) if d.head.class == HeadClass::Doc);
    let good = |np: &Np| good(np) && !opening_preposition(ctx, np);
    if let Some(np) = ctx.parse_np(ss, lim).filter(good) {
        return Some(np);
    }
    let comma = (ss..lim.min(ss + 8)).find(|&k| ctx.word(k) == ",")?;
    ctx.parse_np(comma + 1, lim).filter(good)
}

fn norm_key(ctx: &Ctx<'_>, np: &Np) -> String {
    let mut a = np.start;
    if ctx.info[a].quant.is_some_and(|q| q.definite) && a + 1 < np.end {
        a += 1;
    }
    let mut k = ctx.slice(a, np.end).to_lowercase();
    k.retain(|c| c != ',');
    k
}

/// A person's gender: the actor registry's, else what the first name
/// says (`first_names_gender.tsv`).
fn gender_of(reg: &Registry, ctx: &Ctx<'_>, entity: usize) -> Option<char> {
    let e = &ctx.entities[entity];
    if let Some(g) = e.actor.as_deref().and_then(|a| reg.get(a)).and_then(|a| a.gender) {
        return Some(if g == Gender::Male { 'm' } else { 'f' });
    }
    if e.entity_type != EntityType::Person {
        return None;
    }
    e.canonical.as_deref().and_then(|c| name_gender(ctx, c)).or_else(|| name_gender(ctx, &e.text))
}

/// The gender a full name's first name says: "Mary Okafor" → 'f'. A single
/// word is most often a surname ("Grant", "Rose") and says nothing.
fn name_gender(ctx: &Ctx<'_>, name: &str) -> Option<char> {
    let mut words = name.split_whitespace();
    let first = words.next()?;
    words.next()?;
    ctx.slex.info(first).first_name
}

fn compatible(g: Option<char>, want: char) -> bool {
    want == '-' || g.is_none_or(|g| g == want)
}

/// Resolves a source phrase to a source, creating it when new.
fn resolve(ctx: &Ctx<'_>, reg: &Registry, table: &mut Table, np: &Np) -> Option<usize> {
    let (ps, pe) = ctx.span(np.start, np.end);
    let span = Span::new(ps, pe);
    let found = match &np.kind {
        NpKind::Pronoun(p) => resolve_pronoun(ctx, reg, table, p, ps),
        NpKind::Entity { entity, role, honorific } => Some(source_for_entity(ctx, reg, table, *entity, np, *role, *honorific)),
        NpKind::NewName { name, role } => {
            let key = ctx.slice(name.0, name.1).to_lowercase();
            match table.recs.iter().position(|r| r.key == key && r.entity.is_none()) {
                Some(i) => Some(i),
                None => {
                    let role_text = role.map(|(a, b)| ctx.slice(a, b).to_string());
                    // After an apposition ("the mayor of Lyon, Gérard
                    // Collomb") the name is the person's alone.
                    // Nor is a title or honorific before it ("Dr. Ines
                    // Morel", "Gen. Ode Bakker"): that is the role.
                    let src = Source { name: ctx.slice(name.0, name.1).to_string(), kind: SourceKind::Person, role: role_text, evidence: span, ..Default::default() };
                    let gender = name_gender(ctx, ctx.slice(name.0, name.1));
                    Some(push(table, src, None, None, key, gender, true, false, false, ps))
                }
            }
        }
        NpKind::Descr(d) => Some(resolve_descr(ctx, reg, table, np, d, ps)),
        NpKind::OrgName { name, outlet } => {
            let key = ctx.slice(name.0, name.1).to_lowercase();
            // The entity the tagger found for part of the name ("Znak" of
            // "Znak.com") joins this source.
            let entity = ctx.mention_at(name.0).map(|(_, e)| e).filter(|&e| ctx.entities[e].entity_type != EntityType::Person);
            match table.recs.iter().position(|r| r.key == key || (entity.is_some() && r.entity == entity)) {
                Some(i) => Some(i),
                None => {
                    let kind = if *outlet { SourceKind::Outlet } else { SourceKind::Organization };
                    let src = Source { name: ctx.slice(name.0, name.1).to_string(), kind, entity: entity.map(|e| ctx.entities[e].id.clone()), evidence: span, ..Default::default() };
                    Some(push(table, src, entity, None, key, None, false, false, true, ps))
                }
            }
        }
    };
    if let Some(i) = found {
        table.recs[i].last_pos = table.recs[i].last_pos.max(ps);
        table.mentions.push((i, span));
    }
    found
}

#[allow(clippy::too_many_arguments)]
fn push(table: &mut Table, mut src: Source, entity: Option<usize>, descr: Option<Descr>, key: String, gender: Option<char>, person: bool, plural: bool, org: bool, pos: usize) -> usize {
    src.id = format!("s{}", table.recs.len() + 1);
    table.recs.push(SrcRec { src, entity, descr, key, gender, person, plural, org, last_pos: pos });
    table.recs.len() - 1
}

fn source_for_entity(ctx: &Ctx<'_>, reg: &Registry, table: &mut Table, entity: usize, np: &Np, role: Option<(usize, usize)>, honorific: Option<char>) -> usize {
    let role_text = role.map(|(a, b)| ctx.slice(a, b).trim_end_matches(',').trim().to_string());
    if let Some(i) = table.recs.iter().position(|r| r.entity == Some(entity)) {
        if table.recs[i].src.role.is_none() && role_text.is_some() {
            table.recs[i].src.role = role_text;
        }
        if table.recs[i].gender.is_none() {
            table.recs[i].gender = honorific.filter(|h| *h != '-');
        }
        return i;
    }
    let e = &ctx.entities[entity];
    let actor = e.actor.as_deref().and_then(|a| reg.get(a));
    let kind = match actor.map(|a| a.kind) {
        Some(ActorKind::Government) => SourceKind::Government,
        Some(ActorKind::Outlet) => SourceKind::Outlet,
        Some(ActorKind::Person) => SourceKind::Person,
        Some(ActorKind::Igo | ActorKind::ArmedGroup | ActorKind::CriminalGroup | ActorKind::Organization) => SourceKind::Organization,
        None => match e.entity_type {
            EntityType::Person => SourceKind::Person,
            EntityType::Org => SourceKind::Organization,
            EntityType::Gpe => SourceKind::Government,
            // (claims31) "Democrats said", "Republicans argued", "Americans
            // told pollsters": the members of a party, nation or faith,
            // none of them named, are unnamed people who speak for a group,
            // as "officials" are (anonymous, no count).
            EntityType::Norp => SourceKind::Anonymous,
            _ => SourceKind::Other,
        },
    };
    // The name as printed, without a leading article or an appositive.
    let (mstart, name_end) = match np.kind {
        NpKind::Entity { .. } => (np.start..np.end).find_map(|k| ctx.mention_at(k).filter(|(_, en)| *en == entity).map(|(mend, _)| (k, mend))).unwrap_or((np.start, np.end)),
        _ => (np.start, np.end),
    };
    // "the Pentagon", "both Vindman [and Williams]": the name without its
    // determiner.
    // ("The Hill", "The Atlantic": an outlet whose name has its article
    // keeps it where the mention starts with it.)
    let article_in_name = |start: usize| start == mstart && actor.is_some_and(|a| a.name.starts_with("The ")) && ctx.word(start) == "The";
    let skip_determiner = |start: usize| if ctx.info[start].quant.is_some_and(|q| q.definite) && start + 1 < name_end && !ctx.word_is(start + 1, "of") && !article_in_name(start) { start + 1 } else { start };
    let mut start = skip_determiner(np.start);
    // "the mayor of Paris, Anne Hidalgo,": the role is in `role`, the name
    // is the person's. ("The militant group, the Islamic State of Iraq and
    // the Levant,": the name after the comma loses its determiner too.)
    if let Some(c) = (start..name_end).rev().find(|&k| ctx.word(k) == ",") {
        start = skip_determiner(c + 1);
    }
    let (ps, pe) = ctx.span(np.start, np.end);
    let person = e.entity_type == EntityType::Person;
    // "Gen. Mark Halloway", "Dr. Owen Dempsey", "President Ana Ruiz": the
    // title is the role (an honorific is dropped), not part of the name;
    // the evidence keeps the phrase as printed.
    // (Not when the office's own phrase runs into the mention: "the High
    // Commissioner for Human Rights" is an office, whatever the tagger says.)
    let office_phrase = mstart > start && matches!(ctx.word(mstart - 1), "for" | "of" | "on" | "to" | "at" | "in");
    if person && !office_phrase {
        if let Some((_, b)) = role.filter(|&(_, b)| b > start && b <= mstart) {
            start = b;
        }
        while start < mstart && ctx.lexs[start].title.is_some() {
            start += 1;
        }
    }
    // A person's affiliation from a country or organisation in the role;
    // an organisation first, wherever it stands, as the narrower of the two
    // ("the United States' National Cancer Institute's director").
    let affiliation = role.and_then(|(a, b)| {
        let org = (a..b).find_map(|k| ctx.mention_at(k).map(|(_, en)| &ctx.entities[en]).filter(|x| x.entity_type == EntityType::Org));
        if let Some(x) = org {
            return Some(x.canonical.clone().unwrap_or_else(|| x.text.clone()));
        }
        (a..b).find_map(|k| {
            // A capital is the city's office ("the mayor of London"), a
            // country or demonym the government's.
            let capital = matches!(ctx.lex.place_kind(ctx.word(k)), Some(crate::entities::lexicon::PlaceKind::Capital(_)));
            if let Some(c) = ctx.lex.country_of(ctx.word(k)).filter(|_| !capital) {
                return Some(format!("{} government", c.adjective));
            }
            // "the mayor of Paris": the office belongs to the city.
            ctx.mention_at(k).map(|(_, en)| &ctx.entities[en]).filter(|x| matches!(x.entity_type, EntityType::Gpe | EntityType::Loc)).map(|x| x.canonical.clone().unwrap_or_else(|| x.text.clone()))
        })
    });
    // "The Health Ministry in Gaza": a body's place after its name.
    // (The place as printed: "Gaza", not the country it is in.)
    let place = (!person && name_end + 1 < np.end && matches!(ctx.word(name_end), "in" | "of" | "from" | "at"))
        .then(|| (name_end + 1..np.end).find_map(|k| ctx.mention_at(k).map(|(mend, en)| (k, mend, en))))
        .flatten()
        // ("Democrats in Congress": a party's members, by the body they sit in.)
        .filter(|&(_, _, en)| matches!(ctx.entities[en].entity_type, EntityType::Gpe | EntityType::Loc) || (e.entity_type == EntityType::Norp && ctx.entities[en].entity_type == EntityType::Org))
        .map(|(k, mend, _)| ctx.slice(k, mend).to_string());
    // A person printed as one word of the full name the article gives
    // ("Sondland said", "Thanks, Junior" after "Junior Gaspard") is named
    // in full: the printed word alone says less.
    let printed = ctx.slice(start, name_end);
    let full = person && !printed.contains(' ') && e.text.contains(' ') && e.text.split_whitespace().any(|w| w == printed) && e.text.chars().all(|c| c.is_alphabetic() || matches!(c, ' ' | '.' | '-' | '\'' | '’'));
    let name = if full { e.text.clone() } else { printed.to_string() };
    let kind = if actor.is_none() { name_kind(&name, &e.text, kind) } else { kind };
    let kind = if kind == SourceKind::Other && !full { lone_name_kind(ctx, start, name_end, e).unwrap_or(kind) } else { kind };
    let src = Source {
        name,
        kind,
        anonymous: kind == SourceKind::Anonymous,
        entity: Some(e.id.clone()),
        role: role_text,
        affiliation: if person { affiliation } else { place },
        evidence: Span::new(ps, pe),
        ..Default::default()
    };
    let gender = gender_of(reg, ctx, entity).or(honorific.filter(|h| *h != '-'));
    let org = !person;
    push(table, src, Some(entity), None, e.text.to_lowercase(), gender, person, false, org, ps)
}

/// The kind of a source the tagger typed a place or left miscellaneous,
/// printed as tokens `a..b` (entity's fullest name `full`), where the
/// tagger's type is wrong (claims29):
/// * a place the lexicons know speaks through its government ("The city
///   of Calabasas announced");
/// * a law ("the Digital Millennium Copyright Act", printed "the DMCA")
///   is a text, a document;
/// * one word with a capital inside ("GitHub alleged") is a company's
///   name: no person's name is printed so ("McCain", "DeBose" have one
///   lower-case letter before it; "Mac…" opens surnames);
/// * one plain capitalised word that opens its clause ("Swalwell has
///   denied", "…, Day said") is a person's surname: the tagger's place or
///   miscellaneous type came from the word alone.
fn lone_name_kind(ctx: &Ctx<'_>, a: usize, b: usize, e: &newsledger_model::Entity) -> Option<SourceKind> {
    let printed = ctx.slice(a, b);
    let full = e.text.as_str();
    // (A people's name, "Americans", "Democrats", is no place's.)
    let known_place = crate::entities::lexicon::Lexicon::english().place_kind(printed).is_some() || newsledger_geo::Gazetteer::global().is_ok_and(|g| !g.candidates(printed, &mut String::new()).is_empty());
    if matches!(e.entity_type, EntityType::Loc | EntityType::Fac) && known_place {
        return Some(SourceKind::Government);
    }
    if full.contains(' ') && full.rsplit(' ').next().is_some_and(|w| LAW_HEADS.iter().any(|h| h == w)) {
        return Some(SourceKind::Document);
    }
    if b != a + 1 || !matches!(e.entity_type, EntityType::Loc | EntityType::Misc) {
        return None;
    }
    let mut chars = printed.chars();
    if !chars.next().is_some_and(|c| c.is_uppercase()) {
        return None;
    }
    let rest: Vec<char> = chars.collect();
    let lower = rest.iter().take_while(|c| c.is_lowercase()).count();
    if lower == rest.len() {
        // A sentence's first word, or one after punctuation: the name is
        // the clause's subject, not the end of a name the tagger split
        // ("Prawo i Sprawiedliwość") or a group in a list.
        let opens = a == 0 || !ctx.toks[a - 1].text(ctx.text).chars().any(char::is_alphanumeric);
        return (opens && lower >= 2).then_some(SourceKind::Person);
    }
    let camel = lower >= 2 && !printed.starts_with("Mac") && rest[lower].is_uppercase() && rest[lower + 1..].iter().any(|c| c.is_lowercase());
    camel.then_some(SourceKind::Organization)
}

/// Source kinds by a source's name (`sources_name_kinds.tsv`): (kind,
/// whole name only, words).
static NAME_KINDS: std::sync::LazyLock<Vec<(SourceKind, bool, Vec<String>)>> = std::sync::LazyLock::new(|| {
    crate::entities::lexicon::data_lines(include_str!("../../data/en/sources_name_kinds.tsv"))
        .filter_map(|l| {
            let mut c = l.split('\t');
            let kind = match c.next()?.trim() {
                "outlet" => SourceKind::Outlet,
                "government" => SourceKind::Government,
                "organization" => SourceKind::Organization,
                _ => return None,
            };
            let alone = c.next()?.trim() == "alone";
            Some((kind, alone, c.next()?.split_whitespace().map(str::to_string).collect()))
        })
        .collect()
});

/// Last words of a law's full name (`document` in sources_name_kinds.tsv).
static LAW_HEADS: std::sync::LazyLock<Vec<String>> = std::sync::LazyLock::new(|| {
    crate::entities::lexicon::data_lines(include_str!("../../data/en/sources_name_kinds.tsv"))
        .filter(|l| l.split('\t').next().is_some_and(|k| k.trim() == "document"))
        .flat_map(|l| l.split('\t').nth(2).unwrap_or("").split_whitespace().map(str::to_string).collect::<Vec<_>>())
        .collect()
});

/// The kind of a source no registry actor names, from its printed `name`
/// and the entity's fullest name `full`: "Forbes" alone is the outlet,
/// "Kamloops Police" the city's police, "Gun Violence Archive" an
/// organisation; else `kind`.
fn name_kind(name: &str, full: &str, kind: SourceKind) -> SourceKind {
    let last = name.rsplit(' ').next().unwrap_or(name);
    for (k, alone, words) in NAME_KINDS.iter() {
        let hit = if *alone { name == full && words.iter().any(|w| w == name) } else { name.contains(' ') && words.iter().any(|w| w == last) };
        let open = match k {
            SourceKind::Outlet => matches!(kind, SourceKind::Other | SourceKind::Person | SourceKind::Organization),
            SourceKind::Government => matches!(kind, SourceKind::Other | SourceKind::Organization),
            _ => kind == SourceKind::Other,
        };
        if hit && open {
            return *k;
        }
    }
    kind
}

fn resolve_pronoun(ctx: &Ctx<'_>, reg: &Registry, table: &mut Table, p: &lexicon::Pronoun, pos: usize) -> Option<usize> {
    match p.refers_to {
        PronounRef::Person if !p.plural => {
            // In an interview's answer, "he" and "she" are someone the
            // speaker names in the answer ("((Jaya)) … my sister's husband
            // … He told me …" names no one), never the speaker, nor anyone
            // named in the introduction or an earlier turn. The speaker's
            // "I" is the pronoun without gender.
            let answer = table.interview.as_ref().filter(|_| p.gender != '-').and_then(|iv| iv.answer_at(ctx, pos));
            let (speaker, since) = answer.map_or((None, 0), |(e, from)| (Some(e), from));
            // "I" is never someone's relative named by a possessive ("her
            // husband", "my mom", "Ford's father"): that is another person.
            let relative_of_someone = |r: &SrcRec| p.gender == '-' && r.src.anonymous && possessed_description(&r.src.name);
            let from_table = table.recs.iter().enumerate().filter(|(_, r)| r.person && !r.plural && since <= r.last_pos && r.last_pos < pos && compatible(r.gender, p.gender) && (speaker.is_none() || r.entity != speaker) && !relative_of_someone(r)).max_by_key(|(_, r)| r.last_pos);
            // A person named since the last speaker may be the new one, but
            // not as a possessor ("at Epstein's mansion"), nor after "he" /
            // "she" of the same gender in its sentence ("he was photographed
            // with Epstein"): there the pronoun's own referent is still the
            // one talked about, the name an object (srcev35).
            let table_pos = from_table.map(|(_, r)| r.last_pos);
            let demoted = |m: &Span| {
                if table_pos.is_none_or(|t| m.start <= t) {
                    return false;
                }
                let (a, b) = token_range(ctx, *m);
                let sent_byte = table.sentence_of(m.start).checked_sub(1).map_or(0, |s| table.sentence_starts[s]);
                let from = ctx.toks.partition_point(|t| (t.start as usize) < sent_byte);
                // (A possessor that opens its sentence is its topic:
                // "Fraser's appearance was … He quipped".)
                let opens = (from..a).all(|k| ctx.is_capitalised(k) || ctx.info[k].quant.is_some());
                if ctx.is_possessive(b) && !opens {
                    return true;
                }
                if p.gender == '-' {
                    return false;
                }
                (from..a).any(|k| ctx.info[k].pronoun.is_some_and(|q| q.refers_to == PronounRef::Person && !q.plural && q.gender == p.gender))
            };
            let from_entities = ctx
                .entities
                .iter()
                .enumerate()
                .filter(|(i, e)| e.entity_type == EntityType::Person && Some(*i) != speaker && compatible(gender_of(reg, ctx, *i), p.gender))
                .filter_map(|(i, e)| e.mentions.iter().filter(|m| since <= m.start && m.end <= pos && !table.is_quoted(m.start) && !demoted(m)).map(|m| m.start).max().map(|s| (i, s)))
                .max_by_key(|(_, s)| *s);
            match (from_table, from_entities) {
                // The speaker still wins over a name that came later in the
                // speaker's own sentence ("Fabi said Innopac viewed Mr.
                // Pattison's decision … “…,” he said"): that name is an
                // object, the speaker the subject.
                (Some((ti, r)), Some((_, es))) if r.last_pos >= es || table.sentence_of(r.last_pos) == table.sentence_of(es) => Some(ti),
                (_, Some((ei, es))) => {
                    let m = ctx.entities[ei].mentions.iter().find(|m| m.start == es).copied()?;
                    let (a, b) = token_range(ctx, m);
                    let np = Np { start: a, end: b, kind: NpKind::Entity { entity: ei, role: None, honorific: None } };
                    let i = source_for_entity(ctx, reg, table, ei, &np, None, None);
                    if table.recs[i].gender.is_none() && p.gender != '-' {
                        table.recs[i].gender = Some(p.gender);
                    }
                    Some(i)
                }
                (Some((ti, _)), None) => Some(ti),
                (None, None) => None,
            }
        }
        PronounRef::Org => table.recs.iter().enumerate().filter(|(_, r)| r.org && r.last_pos < pos).max_by_key(|(_, r)| r.last_pos).map(|(i, _)| i),
        // "They" reaches back two sentences at most: further back the text
        // has usually moved to people who are no source yet ("Gov. Holcomb
        // and the leaders … They seem … However, they said"), and no
        // speaker is better than a wrong one.
        _ => table
            .recs
            .iter()
            .enumerate()
            .filter(|(_, r)| (r.plural || r.org) && r.last_pos < pos && table.sentence_of(pos) <= table.sentence_of(r.last_pos) + 2)
            .max_by_key(|(_, r)| r.last_pos)
            .map(|(i, _)| i),
    }
}

/// A description opened by a possessive: "her husband", "my mom",
/// "Ford's father".
fn possessed_description(name: &str) -> bool {
    let first = name.split_whitespace().next().unwrap_or("");
    CLAUSE_WORDS.possessives.contains(&first.to_lowercase()) || name.contains("'s ") || name.contains("’s ")
}

/// The word groups of `sources_clause_words.tsv`, lower case.
#[derive(Default)]
struct ClauseWords {
    closers: std::collections::HashSet<String>,
    possessives: std::collections::HashSet<String>,
}

static CLAUSE_WORDS: std::sync::LazyLock<ClauseWords> = std::sync::LazyLock::new(|| {
    let mut w = ClauseWords::default();
    for crate::entities::lexicon::KindRow { kind, word, .. } in crate::entities::lexicon::kind_rows(include_str!("../../data/en/sources_clause_words.tsv")) {
        match kind {
            "closer" => w.closers.insert(word),
            "possessive" => w.possessives.insert(word),
            _ => false,
        };
    }
    w
});

fn token_range(ctx: &Ctx<'_>, m: Span) -> (usize, usize) {
    let a = ctx.toks.partition_point(|t| (t.start as usize) < m.start);
    let mut b = a;
    while b < ctx.toks.len() && (ctx.toks[b].start as usize) < m.end {
        b += 1;
    }
    (a, b.max(a + 1))
}

fn affiliation(ctx: &Ctx<'_>, d: &Descr) -> Option<String> {
    // "Ford's father", "the Smiths' neighbour": a relative's or
    // acquaintance's possessor is a person or family (the tagger may call
    // the surname an organisation), not whom they speak for.
    if d.head.kin {
        return None;
    }
    if let Some(o) = d.org {
        let e = &ctx.entities[o];
        return Some(e.canonical.clone().unwrap_or_else(|| e.text.clone()));
    }
    if let Some(c) = d.country {
        let adj = &ctx.lex.countries[c].adjective;
        return match d.hint {
            Hint::Mil => Some(format!("{adj} military")),
            Hint::Intel => Some(format!("{adj} intelligence")),
            Hint::Police => Some(format!("{adj} police")),
            _ if d.head.affiliated || d.head.class == HeadClass::Org => Some(format!("{adj} government")),
            _ => None,
        };
    }
    if let Some((a, b)) = d.body {
        return Some(ctx.slice(a, b).to_string());
    }
    (d.hint == Hint::UsGov).then(|| "US government".to_string())
}

/// "The government said", "police said", "the army said" with no country
/// in the phrase: the country the article settles for it
/// ([`CountryContext`](crate::entities::country_context::CountryContext):
/// the one country the paragraph names up to here, else the article's only
/// one), as "Turkish government", "Turkish military", "Turkish police".
fn state_body_country(ctx: &Ctx<'_>, table: &Table, np: &Np, d: &Descr) -> Option<String> {
    if d.head.class != HeadClass::Org || d.country.is_some() || d.org.is_some() || d.body.is_some() {
        return None;
    }
    let kind = d.head.state_body?;
    let c = table.countries.at(ctx.toks[np.start].start as usize)?;
    Some(format!("{} {kind}", ctx.lex.country(c).adjective))
}

/// "according to his aunt, Jana Varga, …", "according to a neighbour, Tom
/// Reyes, …": a description with a person's name in apposition is that
/// person, the description the role.
fn named_in_apposition(ctx: &Ctx<'_>, np: Np, se: usize) -> Np {
    if !matches!(np.kind, NpKind::Descr(_)) || np.end + 2 >= se || ctx.word(np.end) != "," {
        return np;
    }
    let closes = |e: usize| e >= se || ctx.toks[e].kind == TokenKind::Terminal || matches!(ctx.word(e), "," | ";");
    let role = Some((np.start, np.end));
    // The tagger's person, or a name it missed ("Tom Reyes").
    if let Some((mend, entity)) = ctx.mention_at(np.end + 1).filter(|&(mend, e)| ctx.entities[e].entity_type == EntityType::Person && closes(mend)) {
        return Np { start: np.start, end: mend, kind: NpKind::Entity { entity, role, honorific: None } };
    }
    match ctx.parse_inverted_speaker(np.end + 1, se) {
        Some(Np { kind: NpKind::NewName { name, .. }, .. }) if closes(name.1) => Np { start: np.start, end: name.1, kind: NpKind::NewName { name, role } },
        // "according to a witness, retired teacher Maria Lopez, …": the
        // name after the words that describe the person.
        // name after the words that describe the person, who are the role.
        _ => match (np.end + 2..se.min(np.end + 14)).find(|&k| closes(k)).and_then(|c| ctx.person_after_description(np.end + 1, c)) {
            Some(person) => Np { start: np.start, end: person.end, kind: person.kind },
            None => np,
        },
    }
}

/// Verb forms whose subject issues a document (`sources_issuing_verbs.txt`),
/// as lower-case word sequences.
static ISSUING_VERBS: std::sync::LazyLock<Vec<Vec<String>>> = std::sync::LazyLock::new(|| {
    crate::entities::lexicon::data_lines(include_str!("../../data/en/sources_issuing_verbs.txt")).map(|l| l.split_whitespace().map(str::to_lowercase).collect::<Vec<_>>()).filter(|w| !w.is_empty()).collect()
});

/// Who issued the document that the definite description `np` ("the
/// statement", "the report") names again, when the same or one of the two
/// previous sentences says so: "X issued / released / put out a statement",
/// "a statement from X" / "by X", "X said in a statement". The nearest
/// earlier mention of the head noun decides; `None` when it names no issuer.
fn document_issuer(ctx: &Ctx<'_>, table: &Table, np: &Np, d: &Descr) -> Option<Np> {
    let head = ctx.word(d.head_tok).to_lowercase();
    let stem = head.strip_suffix('s').unwrap_or(&head).to_string();
    let pos = ctx.toks[np.start].start as usize;
    let si = table.sentence_of(pos).checked_sub(1)?;
    let token_at = |byte: usize| ctx.toks.partition_point(|t| (t.start as usize) < byte);
    let sentence_start = |k: usize| table.sentence_of(ctx.toks[k].start as usize).checked_sub(1).map_or(0, |s| token_at(table.sentence_starts[s]));
    // "The army's statement said …": the issuer is in the phrase itself.
    if np.start > 0 && ctx.is_possessive(np.start - 1) {
        return subject_before(ctx, np.start - 1, sentence_start(np.start));
    }
    // "Acme's statement read …", "the WHO's website said": the possessor
    // inside the phrase, before its head (srcev35).
    if let Some(k) = (np.start + 1..d.head_tok).rev().find(|&k| ctx.is_possessive(k)) {
        // (A name the tagger found, or a phrase that parses alone.)
        let named = (np.start..k).find_map(|s| ctx.mention_at(s).filter(|&(end, _)| end == k).map(|(_, entity)| Np { start: s, end: k, kind: NpKind::Entity { entity, role: None, honorific: None } }));
        if let Some(issuer) = named.or_else(|| subject_before(ctx, k, np.start)) {
            return Some(issuer);
        }
    }
    let names_document = |k: usize| {
        let w = ctx.word(k).to_lowercase();
        w == head || w == stem || w.strip_suffix('s') == Some(stem.as_str())
    };
    // The nearest earlier mention in this sentence or the two before it.
    // "The statement also said …; …, the statement said, …": a definite
    // mention that names no issuer refers further back itself, as far
    // again; an indefinite one ("a statement was posted online") is a new
    // document.
    let (mut from, mut si) = (np.start, si);
    loop {
        let window = token_at(table.sentence_starts[si.saturating_sub(2)]);
        let mention = (window..from).rev().find(|&k| names_document(k))?;
        let (issuer, definite) = issuer_at(ctx, mention, sentence_start(mention));
        if issuer.is_some() || !definite {
            return issuer;
        }
        from = mention;
        si = table.sentence_of(ctx.toks[mention].start as usize).checked_sub(1)?;
    }
}

/// The issuer the sentence gives for the document named at token
/// `mention` (sentence from `ss`), and whether that mention is definite.
fn issuer_at(ctx: &Ctx<'_>, mention: usize, ss: usize) -> (Option<Np>, bool) {
    let se = (mention..ctx.toks.len()).find(|&k| ctx.toks[k].kind == TokenKind::Terminal).unwrap_or(ctx.toks.len());
    // "a statement from the army", "a report by Human Rights Watch".
    if mention + 2 < se && (ctx.word_is(mention + 1, "from") || ctx.word_is(mention + 1, "by")) {
        return (ctx.parse_inverted_speaker(mention + 2, se), false);
    }
    // Back over the determiner and modifiers ("a joint written statement")
    // to the verb or preposition before them.
    let mut k = mention;
    while k > ss && mention - k < 4 && ctx.is_word(k - 1) && !ctx.is_possessive(k - 1) && !ctx.word(k - 1).chars().next().is_some_and(char::is_uppercase) && ctx.info[k - 1].verb.is_none() && !ctx.word_is(k - 1, "in") && !ISSUING_VERBS.iter().any(|v| ctx.word_is(k - 1, &v[v.len() - 1])) {
        k -= 1;
    }
    // (A capitalised "The" that opens the sentence stops the walk back.)
    let definite = (k.saturating_sub(1).max(ss)..mention).any(|j| ctx.word_is(j, "the"));
    // "the army's statement".
    if k > ss && ctx.is_possessive(k - 1) {
        return (subject_before(ctx, k - 1, ss), definite);
    }
    // "X said in a statement".
    if k >= ss + 2 && ctx.word_is(k - 1, "in") && ctx.info[k - 2].verb.is_some() {
        return (subject_before(ctx, k - 2, ss), definite);
    }
    // "X, in a statement delivered via the press secretary, announced": the
    // subject before the comma that opens the aside.
    if k >= ss + 3 && ctx.word_is(k - 1, "in") && ctx.word(k - 2) == "," {
        return (subject_before(ctx, k - 2, ss), definite);
    }
    let issuer = ISSUING_VERBS.iter().find(|v| k >= ss + v.len() && v.iter().enumerate().all(|(j, w)| ctx.word_is(k - v.len() + j, w))).and_then(|verb| subject_before(ctx, k - verb.len(), ss));
    (issuer, definite)
}

fn resolve_descr(ctx: &Ctx<'_>, reg: &Registry, table: &mut Table, np: &Np, d: &Descr, pos: usize) -> usize {
    // "Two officials, speaking on condition of anonymity, said": the phrase
    // says why they are not named; it is no part of who they are.
    let unnamed_end = ctx.anonymity_phrase_within(d.head_tok + 1, np.end);
    let named = Np { end: unnamed_end.unwrap_or(np.end), ..np.clone() };
    let np = &named;
    let key = norm_key(ctx, np);
    let has_det = ctx.info[np.start].quant.is_some() || ctx.toks[np.start].kind == TokenKind::Number;
    let refers_back = d.definite || (!has_det && !d.has_mods);
    // "The army issued a statement on Monday. The statement said …": the
    // document stands for its issuer, also when an earlier "the statement"
    // had none (so this looks before reusing the same description).
    // "The army's statement said …" names the issuer in the phrase.
    // ("Acme's statement", "the WHO's website": srcev35.)
    let possessed = (np.start > 0 && ctx.is_possessive(np.start - 1)) || (np.start + 1..d.head_tok).any(|k| ctx.is_possessive(k));
    if d.head.class == HeadClass::Doc && (d.definite || possessed) {
        if let Some(issuer) = document_issuer(ctx, table, np, d) {
            if let Some(i) = resolve(ctx, reg, table, &issuer) {
                return i;
            }
        }
    }
    // The same description again.
    if let Some(i) = table.recs.iter().position(|r| r.key == key && r.descr.is_some()) {
        return i;
    }
    match d.head.class {
        HeadClass::Role if refers_back => {
            let lemma = d.head.lemma;
            // "the acting Prime Minister of Iraq": an office of a named body
            // refers back only to a holder of that office of that body.
            let of_body = (d.head_tok + 2 < np.end && ctx.word_is(d.head_tok + 1, "of")).then(|| ctx.slice(d.head_tok + 2, np.end).trim_start_matches("the ").to_lowercase());
            let fits = |x: &str| {
                let x = x.to_lowercase();
                x.contains(lemma) && of_body.as_deref().is_none_or(|b| x.contains(b))
            };
            let by_role = table
                .recs
                .iter()
                .enumerate()
                .filter(|(_, r)| r.person && r.last_pos < pos)
                .filter(|(_, r)| {
                    r.src.role.as_deref().is_some_and(fits)
                        || r.entity.and_then(|e| ctx.entities[e].actor.as_deref()).and_then(|a| reg.get(a)).and_then(|a| a.role.as_deref()).is_some_and(fits)
                })
                .max_by_key(|(_, r)| r.last_pos)
                .map(|(i, _)| i);
            if let Some(i) = by_role {
                return i;
            }
            // A registry office holder mentioned earlier ("the president"
            // after "Sheinbaum").
            let by_registry = ctx
                .entities
                .iter()
                .enumerate()
                .filter(|(_, e)| e.actor.as_deref().and_then(|a| reg.get(a)).and_then(|a| a.role.as_deref()).is_some_and(|x| fits(x) && !x.starts_with("former")))
                .filter_map(|(i, e)| e.mentions.iter().filter(|m| m.start < pos).map(|m| m.start).max().map(|s| (i, e, s)))
                .max_by_key(|(_, _, s)| *s)
                .map(|(i, e, _)| (i, e));
            if let Some((ei, e)) = by_registry {
                let m = e.mentions[0];
                let (a, b) = token_range(ctx, m);
                let enp = Np { start: a, end: b, kind: NpKind::Entity { entity: ei, role: None, honorific: None } };
                return source_for_entity(ctx, reg, table, ei, &enp, None, None);
            }
        }
        HeadClass::Anon | HeadClass::Spokes if refers_back => {
            let back = table
                .recs
                .iter()
                .enumerate()
                .filter(|(_, r)| r.descr.as_ref().is_some_and(|x| x.head.lemma == d.head.lemma && x.head.plural == d.head.plural) && r.last_pos < pos)
                .max_by_key(|(_, r)| r.last_pos)
                .map(|(i, _)| i);
            if let Some(i) = back {
                return i;
            }
        }
        HeadClass::Org if d.definite && !d.has_mods => {
            // "the ministry" → the latest organisation named with that word.
            let lemma = d.head.lemma;
            let back = table
                .recs
                .iter()
                .enumerate()
                .filter(|(_, r)| r.org && r.last_pos < pos && (r.src.name.to_lowercase().contains(lemma) || r.descr.as_ref().is_some_and(|x| x.head.lemma == lemma)))
                .max_by_key(|(_, r)| r.last_pos)
                .map(|(i, _)| i);
            if let Some(i) = back {
                return i;
            }
            let ent = ctx.entities.iter().enumerate().rev().find(|(_, e)| e.entity_type == EntityType::Org && e.text.to_lowercase().contains(lemma) && e.mentions.first().is_some_and(|m| m.start < pos));
            if let Some((ei, e)) = ent {
                let (a, b) = token_range(ctx, e.mentions[0]);
                let enp = Np { start: a, end: b, kind: NpKind::Entity { entity: ei, role: None, honorific: None } };
                return source_for_entity(ctx, reg, table, ei, &enp, None, None);
            }
        }
        _ => {}
    }
    // "according to the Vox website": an outlet's website is the outlet.
    if d.head.class == HeadClass::Doc && ctx.info[d.head_tok].site_head {
        let outlet = (np.start..np.end).find_map(|a| ctx.mention_at(a).filter(|&(b, ei)| b <= np.end && is_outlet(ctx, reg, ei)).map(|(b, ei)| (a, b, ei)));
        if let Some((a, b, ei)) = outlet {
            let enp = Np { start: a, end: b, kind: NpKind::Entity { entity: ei, role: None, honorific: None } };
            return source_for_entity(ctx, reg, table, ei, &enp, None, None);
        }
    }
    let (kind, anonymous, person) = match d.head.class {
        HeadClass::Anon => (SourceKind::Anonymous, true, true),
        HeadClass::Spokes | HeadClass::Role if unnamed_end.is_some() => (SourceKind::Anonymous, true, true),
        HeadClass::Spokes => (SourceKind::Person, false, true),
        HeadClass::Role => (SourceKind::Person, !d.definite, true),
        HeadClass::Org => {
            let gov = matches!(d.hint, Hint::Gov | Hint::Mil | Hint::Police | Hint::UsGov | Hint::Intel)
                || matches!(d.head.lemma, "government" | "ministry" | "military" | "army" | "navy" | "police" | "authority" | "administration" | "embassy" | "air force" | "armed forces" | "general staff");
            (if gov { SourceKind::Government } else { SourceKind::Organization }, false, false)
        }
        HeadClass::Doc => (SourceKind::Document, false, false),
    };
    let (ps, pe) = ctx.span(np.start, np.end);
    let name = ctx.slice(np.start, np.end).trim_end_matches(',').trim().to_string();
    let src = Source {
        name,
        kind,
        anonymous,
        count: if anonymous { d.count } else { None },
        affiliation: affiliation(ctx, d).or_else(|| state_body_country(ctx, table, np, d)),
        role: if matches!(d.head.class, HeadClass::Role | HeadClass::Spokes) { Some(ctx.slice(d.head_tok, d.head_tok + 1).to_string()) } else { None },
        evidence: Span::new(ps, pe),
        ..Default::default()
    };
    let plural = d.head.plural;
    push(table, src, None, Some(d.clone()), key, None, person, plural, !person, pos)
}

/// "according to NBC News" or "…, citing X" in a sentence where someone else
/// speaks: the outlet relays that speaker.
fn relay_through_outlets(ctx: &Ctx<'_>, reg: &Registry, table: &mut Table, frames: &[Frame]) {
    for f in frames {
        let Some(np) = &f.subj else { continue };
        let NpKind::Entity { entity, .. } = np.kind else { continue };
        if !is_outlet(ctx, reg, entity) {
            continue;
        }
        let Some(outlet) = f.source else { continue };
        let outlet_id = table.recs[outlet].src.id.clone();
        for g in frames.iter().filter(|g| g.sentence == f.sentence && g.source.is_some() && g.source != Some(outlet)) {
            // The outlet relays a speaker with "according to" and is relayed
            // through with "citing": the outlet's own "reported, citing X".
            let relays = f.lemma == "according to" || g.lemma == "cite";
            if let Some(s) = g.source.filter(|_| relays) {
                if table.recs[s].src.via.is_none() {
                    table.recs[s].src.via = Some(outlet_id.clone());
                }
            }
        }
    }
}

/// The previous quote while walking segments: (index in `out`, paragraph,
/// sentence of its end, source, cue, whether its frame came right after it).
type LastQuote = (usize, usize, usize, Option<usize>, Option<(Span, &'static str)>, bool);

/// Direct and partial quotes from the quote-mark segments.
fn assign_segments(ctx: &Ctx<'_>, reg: &Registry, table: &mut Table, seg: &newsledger_text::Segmentation, segments: &[Segment], frames: &mut [Frame], out: &mut Vec<QuoteOut>) {
    let mut last: Option<LastQuote> = None;
    for sg in segments {
        let open_sent = seg.sentence_at(ctx.toks[sg.open].start as usize).unwrap_or(0);
        let close_sent = sg.close.and_then(|c| seg.sentence_at(ctx.toks[c].start as usize)).unwrap_or(open_sent);
        let kind = classify(ctx, seg, sg, open_sent);
        // A fragment belongs to the verb that governs it ("called the
        // cartels a “threat”, arguing…"); a whole quote to the frame after it.
        let after = || sg.close.and_then(|c| frame_after(ctx, frames, c, close_sent)).filter(|&fi| !states_its_own(ctx, seg, sg, &frames[fi]));
        let before = || frame_before(ctx, frames, sg.open, open_sent, kind);
        let frame = if kind == QuoteKind::Partial { before().or_else(after) } else { after().or_else(before) };
        let content = ctx.text[sg.start..sg.end].to_string();
        if let Some(fi) = frame {
            if kind == QuoteKind::Direct {
                frames[fi].used = true;
            }
            let f = &frames[fi];
            let (cs, ce) = ctx.span(f.cue.0, f.cue.1);
            let cue = Some((Span::new(cs, ce), f.lemma));
            let verb = Some(ctx.text[cs..ce].to_string());
            // "'A,' Trump said, 'B.'": B continues A when this frame served A.
            if let Some((qi, _, _, src, last_cue, true)) = last {
                // The same frame: "'A,' X worries. But, he notes, 'B'" is two.
                if src == f.source && last_cue == cue && kind == QuoteKind::Direct && out[qi].kind == QuoteKind::Direct && sg.paragraph == seg.sentences[open_sent].paragraph && continues_split(ctx, frames, fi, sg) {
                    extend(&mut out[qi], sg, &content, " … ");
                    last = Some((qi, sg.paragraph, close_sent, src, cue, false));
                    continue;
                }
            }
            out.push(QuoteOut { start: sg.start, end: sg.end, text: content, kind, source: f.source, verb, cue, parts: vec![(sg.start, sg.end)] });
            let after_frame = sg.close.is_some_and(|c| frame_after(ctx, frames, c, close_sent) == Some(fi));
            last = Some((out.len() - 1, sg.paragraph, close_sent, f.source, cue, after_frame));
            continue;
        }
        // No frame of its own.
        if kind == QuoteKind::Partial {
            continue;
        }
        // A quote mark run that does not end its sentence ("“Transition” is
        // a reference to…") is a mention, not a continuation.
        let ends_sentence = match sg.close {
            Some(c) => c + 1 >= ctx.toks.len() || ctx.toks[c + 1].newline_before || matches!(ctx.toks[c + 1].kind, TokenKind::Terminal | TokenKind::OpenQuote) || ctx.text[sg.start..sg.end].ends_with(['.', '?', '!']) || seg.sentence_at(ctx.toks[c + 1].start as usize) != Some(close_sent),
            None => true,
        };
        if !ends_sentence {
            continue;
        }
        // A quote opened right after a colon belongs to the sentence the
        // colon ends (see `colon_speaker`), not to the quote before it.
        if let Some((src, cue)) = colon_speaker(ctx, reg, table, seg, frames, sg.open) {
            out.push(QuoteOut { start: sg.start, end: sg.end, text: content, kind: QuoteKind::Direct, source: Some(src), verb: None, cue: Some(cue), parts: vec![(sg.start, sg.end)] });
            last = Some((out.len() - 1, sg.paragraph, close_sent, Some(src), Some(cue), false));
            continue;
        }
        // A quote sentence right after a sentence whose speaker speaks
        // ("Mr. Price said future restructuring would … “We don't need the
        // cash.”").
        let prev_frame = (open_sent > 0 && sg.open == seg.sentences[open_sent].tokens.start)
            .then(|| frames.iter().rposition(|f| f.sentence + 1 == open_sent && f.source.is_some() && f.verb.is_some() && seg.sentences[f.sentence].paragraph == sg.paragraph))
            .flatten();
        let last_is_older = last.is_none_or(|(_, _, sent, _, _, _)| sent + 1 < open_sent);
        if let (Some(fi), true) = (prev_frame, last_is_older) {
            let f = &frames[fi];
            let (cs, ce) = ctx.span(f.cue.0, f.cue.1);
            let cue = Some((Span::new(cs, ce), f.lemma));
            out.push(QuoteOut { start: sg.start, end: sg.end, text: content, kind: QuoteKind::Direct, source: f.source, verb: None, cue, parts: vec![(sg.start, sg.end)] });
            last = Some((out.len() - 1, sg.paragraph, close_sent, f.source, cue, false));
            continue;
        }
        match last {
            // Split quote: the next sentence of the same paragraph, or a
            // continued multi-paragraph quotation.
            Some((qi, para, sent, src, cue, _)) if (para == sg.paragraph && open_sent <= sent + 1) || sg.continues_previous => {
                let sep = if sg.continues_previous { " " } else { " … " };
                extend(&mut out[qi], sg, &content, sep);
                last = Some((qi, sg.paragraph, close_sent, src, cue, false));
            }
            // A new quoted paragraph right after a quoting paragraph keeps
            // its speaker.
            Some((_, para, _, src, cue, _)) if sg.paragraph == para + 1 && starts_paragraph(ctx, seg, sg) => {
                out.push(QuoteOut { start: sg.start, end: sg.end, text: content, kind: QuoteKind::Direct, source: src, verb: None, cue, parts: vec![(sg.start, sg.end)] });
                last = Some((out.len() - 1, sg.paragraph, close_sent, src, cue, false));
            }
            _ => {
                out.push(QuoteOut { start: sg.start, end: sg.end, text: content, kind: QuoteKind::Direct, source: None, verb: None, cue: None, parts: vec![(sg.start, sg.end)] });
                last = Some((out.len() - 1, sg.paragraph, close_sent, None, None, false));
            }
        }
    }
}

/// The speaker of a quote that opens right after a colon (token `open`)
/// when no frame reaches it; the colon ends the sentence that introduces
/// the quote, on the quote's line or the line before:
/// - a frame of that sentence before the colon speaks ("Mike Ryan of the
///   WHO told the press the drugs were only part of the solution: “…”",
///   "X said in a statement:" on the line before the quote);
/// - else the sentence's subject, a person, body or pronoun, followed by
///   its verb ("Governor X addressed the public: “…”", "In his message, he
///   praised …: “…”");
/// - a document as that subject stands for its issuer when one is named,
///   in the phrase or earlier ("Trump's statement read: “…”", "The
///   statement read: “…”" after "The army issued a statement"); a
///   document with no issuer ("The study outlined …:", "The 14th
///   Amendment states:") names no one, and the quote keeps no speaker.
///
/// The cue is the colon, as "say": the subject's verb need not be one of
/// speech ("disagreed", "praised Mendez on Twitter").
fn colon_speaker(ctx: &Ctx<'_>, reg: &Registry, table: &mut Table, seg: &newsledger_text::Segmentation, frames: &[Frame], open: usize) -> Option<(usize, (Span, &'static str))> {
    let colon = open.checked_sub(1).filter(|&k| ctx.word(k) == ":")?;
    let cs = seg.sentence_at(ctx.toks[colon].start as usize)?;
    let ss = seg.sentences[cs].tokens.start;
    let ss = ctx.dateline_end.filter(|&d| ss < d && d < colon).unwrap_or(ss);
    let (a, b) = ctx.span(colon, colon + 1);
    let cue = (Span::new(a, b), "say");
    if let Some(f) = frames.iter().find(|f| f.sentence == cs && f.cue.1 <= colon && f.source.is_some() && f.verb.is_some() && !f.figure && !f.passive) {
        let (ca, cb) = ctx.span(f.cue.0, f.cue.1);
        return Some((f.source?, (Span::new(ca, cb), f.lemma)));
    }
    // The subject at the sentence start, or after an opening phrase of one
    // or two commas ("However, addressing the leaders, X proposed:").
    // When the colon ends the second of two joined clauses ("…, and the
    // company will be left to wonder: “…”"), that clause's subject first
    // (a list's "and" opens no clause: "apologizes to her family, her
    // children, and the life she left:").
    let joined = (ss + 1..colon).rev().find(|&k| ctx.word(k) == ";" || (matches!(ctx.word(k), "and" | "but") && ctx.word(k - 1) == ","));
    let mut starts: Vec<usize> = joined.map(|k| k + 1).into_iter().collect();
    starts.push(ss);
    starts.extend((ss..colon.min(ss + 14)).filter(|&k| ctx.word(k) == ",").take(2).map(|k| k + 1));
    let verb_follows = |np: &Np| np.end < colon && ctx.is_word(np.end) && ctx.word(np.end).chars().next().is_some_and(char::is_lowercase);
    let np = starts.into_iter().find_map(|k| ctx.parse_np(k, colon).filter(|np| verb_follows(np) && !opening_preposition(ctx, np)))?;
    let speaker = match &np.kind {
        NpKind::Descr(d) if d.head.class == HeadClass::Doc => document_issuer(ctx, table, &np, d)?,
        NpKind::Entity { entity, .. } if !matches!(ctx.entities[*entity].entity_type, EntityType::Person | EntityType::Org | EntityType::Gpe | EntityType::Norp) => return None,
        _ => np,
    };
    Some((resolve(ctx, reg, table, &speaker)?, cue))
}

/// A frame after a quote that ended its sentence and that carries its own
/// reported clause ("…bran.” Mr. Maxwell said he wouldn't be surprised…")
/// reports something else, not the quote.
fn states_its_own(ctx: &Ctx<'_>, seg: &newsledger_text::Segmentation, sg: &Segment, f: &Frame) -> bool {
    if f.inverted || f.participle || !ctx.text[sg.start..sg.end].ends_with(['.', '?', '!']) {
        return false;
    }
    let s = &seg.sentences[f.sentence];
    let ce = content_end(ctx, s.tokens.start, s.tokens.end);
    let fe = frame_end(f);
    fe < ce && !after_only_adjuncts(ctx, fe, ce) && !matches!(ctx.word(fe), "," | ";" | ":" | "—" | "–")
}

fn extend(q: &mut QuoteOut, sg: &Segment, content: &str, sep: &str) {
    q.end = sg.end;
    q.parts.push((sg.start, sg.end));
    q.text.push_str(sep);
    q.text.push_str(content);
}

fn starts_paragraph(ctx: &Ctx<'_>, seg: &newsledger_text::Segmentation, sg: &Segment) -> bool {
    seg.paragraphs.get(sg.paragraph).is_some_and(|p| p.start == ctx.toks[sg.open].start as usize)
}

/// The segment opens right after the frame that closed the previous one
/// ("…,” Trump said, “…").
fn continues_split(ctx: &Ctx<'_>, frames: &[Frame], fi: usize, sg: &Segment) -> bool {
    let f = &frames[fi];
    let end = frame_end(f);
    let mut k = end;
    while k < sg.open && (ctx.info[k].adverb || matches!(ctx.word(k), "," | ":" | "—" | "–")) {
        k += 1;
    }
    k == sg.open
}

fn frame_start(f: &Frame) -> usize {
    match (&f.subj, f.inverted || f.participle) {
        (Some(np), false) => np.start.min(f.cue.0),
        _ => f.cue.0,
    }
}

fn frame_end(f: &Frame) -> usize {
    let mut e = f.after.max(f.cue.1);
    if let Some(np) = &f.subj {
        if f.inverted {
            e = e.max(np.end);
        }
    }
    e
}

/// A frame that starts right after the closing mark (after a comma or dash).
fn frame_after(ctx: &Ctx<'_>, frames: &[Frame], close: usize, sent: usize) -> Option<usize> {
    let mut k = close + 1;
    while k < ctx.toks.len() && matches!(ctx.word(k), "," | "—" | "–") {
        k += 1;
    }
    if k >= ctx.toks.len() || ctx.toks[k].newline_before {
        return None;
    }
    // ("…." An official from TfL stated: "…": a frame that ends with a
    // colon or an opening mark introduces the next quote.)
    let introduces_next = |f: &Frame| {
        let e = frame_end(f);
        e < ctx.toks.len() && (ctx.word(e) == ":" || ctx.toks[e].kind == TokenKind::OpenQuote)
    };
    frames.iter().position(|f| {
        let s = frame_start(f);
        (f.sentence == sent || f.sentence == sent + 1) && s == k && f.lemma != "according to" && f.verb.is_some_and(|v| v.quotes || v.clause) && !introduces_next(f)
    })
}

/// A frame before the opening mark in the same sentence: right before it
/// (after a comma or colon) for direct quotes, anywhere before for partial
/// ones; then any frame later in the sentence.
fn frame_before(ctx: &Ctx<'_>, frames: &[Frame], open: usize, sent: usize, kind: QuoteKind) -> Option<usize> {
    let mut best: Option<usize> = None;
    for (fi, f) in frames.iter().enumerate() {
        if f.sentence != sent || frame_end(f) > open {
            continue;
        }
        let near = {
            let gap = open - frame_end(f);
            let between_ok = (frame_end(f)..open).all(|k| !matches!(ctx.toks[k].kind, TokenKind::Terminal | TokenKind::OpenQuote | TokenKind::CloseQuote));
            // A colon or comma right before the mark lets the frame stand
            // further back ("Says X, chief investment officer of …: “…”").
            let punct = open > 0 && matches!(ctx.word(open - 1), ":" | ",");
            between_ok && (gap <= 8 || (punct && gap <= 30))
        };
        if kind == QuoteKind::Direct && !near {
            continue;
        }
        if best.is_none_or(|b| frame_end(&frames[b]) <= frame_end(f)) {
            best = Some(fi);
        }
    }
    if best.is_some() {
        return best;
    }
    // "…,” the ministry, in a statement released on Monday, said.
    frames.iter().position(|f| f.sentence == sent && f.cue.0 > open && f.verb.is_some() && f.cue.0 - open < 40 && f.source.is_some())
}

/// Direct when the quote is a sentence or clause of its own; partial when
/// it is a fragment inside the reporter's sentence.
fn classify(ctx: &Ctx<'_>, seg: &newsledger_text::Segmentation, sg: &Segment, open_sent: usize) -> QuoteKind {
    let ss = seg.sentences[open_sent].tokens.start;
    let first = ctx.text[sg.start..sg.end].chars().next();
    let upper = first.is_some_and(|c| c.is_uppercase() || c.is_ascii_digit());
    if sg.open == ss || sg.continues_previous {
        return QuoteKind::Direct;
    }
    let prev = sg.open - 1;
    let pw = ctx.word(prev);
    if matches!(pw, "," | ":" | "—" | "–" | "(") || ctx.toks[prev].kind == TokenKind::CloseQuote {
        return QuoteKind::Direct;
    }
    if upper && ctx.info[prev].verb.is_some() {
        return QuoteKind::Direct;
    }
    let words = ctx.text[sg.start..sg.end].split_whitespace().count();
    let ends_sentence = ctx.text[sg.start..sg.end].ends_with(['.', '?', '!']);
    if upper && ends_sentence && words >= 5 {
        return QuoteKind::Direct;
    }
    QuoteKind::Partial
}

/// The byte range of the clause a frame attributes.
fn clause_of(ctx: &Ctx<'_>, seg: &newsledger_text::Segmentation, f: &Frame, in_quote: &[bool]) -> Option<(usize, usize)> {
    let s = &seg.sentences[f.sentence];
    let (ss, se) = (s.tokens.start, s.tokens.end);
    let ce = content_end(ctx, ss, se);
    let fs = frame_start(f);
    let fe = frame_end(f);
    // "was quoted as saying (that) …": the clause follows "as saying".
    let quoted_as_saying = f.lemma == "quote" && fe + 2 < ce && ctx.word_is(fe, "as") && ctx.info[fe + 1].verb.is_some_and(|v| v.clause);
    let span = |a: usize, b: usize| -> Option<(usize, usize)> {
        let mut a = a;
        // A dateline opening the story ("BOGOTA, March 4 (Reuters) -").
        if a == ss {
            a = ctx.dateline_end.filter(|&d| a < d && d < b).unwrap_or(a);
        }
        // Skip a leading "that", commas and time adverbs ("said Sunday
        // that"); at least two words.
        // (Not at the sentence start: there the words are the content's own,
        // "Further charges may be laid, police said".)
        while a < b && (matches!(ctx.word(a), "," | ":" | "—" | "–") || ctx.word_is(a, "that") || (a > ss && ctx.info[a].adverb) || (ctx.word_is(a, "on") && a + 1 < b && ctx.info[a + 1].adverb)) {
            a += 1;
        }
        let mut b = b;
        while b > a && matches!(ctx.word(b - 1), "," | ":" | "—" | "–") {
            b -= 1;
        }
        if b < a + 2 || in_quote[a] && ctx.toks[a].kind == TokenKind::OpenQuote {
            return None;
        }
        let (x, _) = ctx.span(a, b);
        let (_, y) = ctx.span(a, b);
        Some((x, y))
    };
    if quoted_as_saying {
        return span(fe + 2, reporter_resumes(ctx, fe + 2, ce));
    }
    // "X described witnessing 35 bodies", "recalled seeing the gunmen": a
    // verb of telling ("describe" takes no clause of its own) with a gerund
    // of perception right after it reports what the speaker perceived.
    if f.verb.is_some() && !f.inverted && !f.passive && !f.participle && fe == f.cue.1 && fe + 1 < ce && ctx.info[fe].perception_gerund {
        return span(fe, subordinate_clause_end(ctx, ss, fs, fe, reporter_resumes(ctx, fe, ce)));
    }
    // "claimed responsibility for the attack, which killed 11": the claim
    // is the deed; what the relative clause adds is the reporter's.
    if f.lemma == "claim" && fe < ce && ctx.info[fe].claimed_deed {
        let end = (fe..ce).find(|&k| matches!(ctx.word(k), "," | ";" | ":" | "—" | "–") || ctx.word_is(k, "which")).unwrap_or(ce);
        return span(fe, end);
    }
    // "Iran denied the accusation", "The army denied the reports": a
    // denial whose object is only the claim it denies reports no clause,
    // but its subject is who takes the stance on that claim. The object
    // is the content (no quote: see pass 3).
    if let Some(end) = denied_claim_object(ctx, f, ce) {
        let (x, y) = ctx.span(fe, end);
        return Some((x, y));
    }
    // "The mayor was accused (by prosecutors) of taking 3 bribes (by
    // prosecutors)": a passive accusation (`stance_frame`) credits its
    // agent with the clause, the accused and the charge (claims27).
    if f.lemma == "accuse" && f.inverted && f.verb.is_none() {
        let from = (ss..f.cue.0).rev().find(|&k| matches!(ctx.word(k), "," | ";" | ":" | "—" | "–")).map_or(ss, |k| k + 1);
        return span(from, reporter_resumes(ctx, f.cue.1, ce));
    }
    // A figure clause ("what organizers estimated at 1.7 million people")
    // runs from the verb to the next clause break.
    if f.figure {
        let end = (fe..ce).find(|&k| matches!(ctx.word(k), "," | ";" | ":" | "—" | "–" | "(" | ")") || matches!(ctx.toks[k].kind, TokenKind::Terminal | TokenKind::OpenQuote | TokenKind::CloseQuote)).unwrap_or(ce);
        return span(fe, end);
    }
    // A clause after the cue ends where the reporter speaks again about
    // another party ("…, but the ministry has not confirmed the attack").
    let ce_after = subordinate_clause_end(ctx, ss, fs, fe, reporter_resumes(ctx, fe, ce));
    // Clause after the cue: "said (that) …", "told NBC News that …".
    let mut k = fe;
    let look = (fe + 7).min(ce);
    while k < look {
        if ctx.word_is(k, "that") {
            return span(k + 1, ce_after);
        }
        // "reported its source said that …": that "that" is the inner
        // speaker's; this frame reports the whole clause.
        // ("said in a tweet that …": a verb form after a determiner is
        // the noun.)
        if k > fe && ctx.info[k].verb.is_some_and(|v| v.clause) && ctx.info[k - 1].quant.is_none() {
            break;
        }
        if matches!(ctx.toks[k].kind, TokenKind::Terminal | TokenKind::OpenQuote) || ctx.word(k) == "," {
            break;
        }
        k += 1;
    }
    // "Twelve deaths were confirmed by the ministry": the passive subject
    // before the auxiliaries, back to a clause break, is what the agent
    // said ("30 were killed, the figure was announced by X" credits X with
    // "the figure" only).
    if f.passive {
        let mut a = f.cue.0;
        while a > ss && ctx.info[a - 1].adverb {
            a -= 1;
        }
        // "The figure of 64 dead, given by the Pentagon,": the phrase
        // before the participle's comma.
        if f.reduced && a > ss + 1 && ctx.word(a - 1) == "," {
            a -= 1;
        }
        let from = (ss..a).rev().find(|&k| matches!(ctx.word(k), "," | ";" | ":" | "—" | "–")).map_or(ss, |k| k + 1);
        // "The death toll, given by the ministry, rose to 45": with no
        // figure before the participle, what the agent gave runs on to the
        // end of the predicate that states it.
        if f.reduced && !has_figure(ctx, from, a) {
            if let Some(end) = giver_predicate_end(ctx, f.after, se) {
                return span(from, end);
            }
        }
        return span(from, a);
    }
    // "charged with murder", "accused of fraud", "warned of attacks": a
    // prepositional object, not a reported clause.
    // "said about 200 fighters crossed": "about" before a number is "some";
    // "said at least 12 people were killed": "at least"/"at most" bound it.
    let approx = (ctx.word_is(fe, "about") && fe + 1 < ce && ctx.toks[fe + 1].kind == TokenKind::Number)
        || (ctx.word_is(fe, "at") && fe + 1 < ce && (ctx.word_is(fe + 1, "least") || ctx.word_is(fe + 1, "most")));
    // "Amnesty accused security forces of killing at least 100
    // protesters": the accusation is the accuser's claim, the accused with
    // what they are accused of.
    if f.lemma == "accuse" && !f.inverted && !f.passive && !f.participle {
        let of = (f.cue.1..ce.min(f.cue.1 + 6)).take_while(|&k| ctx.is_word(k) && (k == f.cue.1 || ctx.info[k].verb.is_none())).find(|&k| ctx.word_is(k, "of"));
        if of.is_some_and(|o| o > f.cue.1 && o + 2 < ce && ctx.is_word(o + 1) && ctx.word(o + 1).ends_with("ing")) {
            return span(f.cue.1, ce_after);
        }
    }
    let prepositional = !approx && ["with", "of", "for", "by", "against", "about", "into", "at", "through"].iter().any(|p| ctx.word_is(fe, p));
    // "said in a statement." reports no clause of its own.
    // "added his seventh goal for the Islanders, and X stopped 27 shots":
    // a plain object, not a reported clause.
    let plain_object = (f.verb.is_some_and(|v| v.plain_object) && plain_object_after(ctx, fe, ce)) || (f.verb.is_some_and(|v| v.found_object) && found_object_after(ctx, fe, ce));
    // "Officials said 8 died": a clause of two words, a count and a verb in
    // the past tense.
    let counted_and_verb = fe + 2 == ce
        && (ctx.toks[fe].kind == TokenKind::Number || ctx.info[fe].quant.and_then(|q| q.count).is_some_and(|c| c >= 2))
        && ctx.is_word(fe + 1)
        && !ctx.is_capitalised(fe + 1)
        && ctx.word(fe + 1).ends_with("ed")
        && ctx.info[fe + 1].head.is_none();
    let after_is_clause = f.verb.is_some_and(|v| v.clause) && !f.inverted && (fe + 2 < ce || counted_and_verb) && !matches!(ctx.word(fe), ",") && !prepositional && !plain_object && !after_only_adjuncts(ctx, fe, ce);
    // "On Monday, officials said …", "Per reports, the sources said …": a
    // short opening phrase before the comma, not a clause the frame closes.
    // A participial opener ("Speaking on al-Masirah TV in Yemen, the
    // spokesperson said …") may be longer.
    let participial_opener = {
        let w = ctx.word(ss);
        w.len() > 4 && w.ends_with("ing") && ctx.is_capitalised(ss)
    };
    let opening = fs > ss && (fs <= ss + 7 || (participial_opener && fs <= ss + 14)) && {
        let w = ctx.word(ss).to_ascii_lowercase();
        // ("per", "later", "separately" … come from the not-speaker and
        // adverb word lists.)
        // ("As of Tuesday, the ministry said …": a time the figure holds at.)
        participial_opener || ctx.info[ss].adverb || ctx.info[ss].not_speaker || matches!(w.as_str(), "on" | "in" | "at" | "after" | "before" | "during" | "since" | "by" | "meanwhile" | "however" | "elsewhere")
            || (w == "as" && ctx.word_is(ss + 1, "of"))
    };
    // ("The rebels denied involvement, saying 14 fighters had been
    // captured": a participle frame stands after its comma.)
    if after_is_clause && (fs == ss || opening || f.participle || !matches!(ctx.word(fs.saturating_sub(1)), ",")) {
        return span(fe, ce_after);
    }
    // "According to X, …" at the start: the clause after the first comma.
    if fs <= ss + 1 && f.lemma == "according to" {
        // "According to UNHCR: 40 refugees drowned": a colon right after
        // the claimant opens the clause as a comma would.
        if fe < ce && ctx.word(fe) == ":" {
            return span(fe + 1, reporter_resumes(ctx, fe + 1, ce));
        }
        if let Some(c) = (fe..ce).find(|&k| ctx.word(k) == ",") {
            return span(c + 1, reporter_resumes(ctx, c + 1, ce));
        }
    }
    if fs <= ss + 1 && fe < ce && ctx.word(fe) == "," {
        return span(fe + 1, ce);
    }
    // "…, X said." / "…, according to X." at the end; "X, Y said, Z" inside.
    // The phrase may start before the parsed speaker ("…, agency officials
    // said", "…, the mayor's office said"): a few plain words after the
    // comma.
    let fs = if f.inverted || f.figure { fs } else { speaker_phrase_start(ctx, ss, fs) };
    // ("…, as the Court of Session found.": "as" before the speaker, after
    // the comma, when the frame closes the sentence. Not inside it: "For
    // example, as Herbert notes, being able to …" credits what follows,
    // and "did not, as it promised, address …" is no promise of the whole.)
    // A pronoun ("…, as I said.") is a speaker's aside, not a citation.
    // What is credited starts after the last "that" before it ("X argued
    // that the intent was …, as the court found": the court found the
    // intent, not that X argued).
    let closes = fe >= ce || ctx.toks[fe.min(se - 1)].kind == TokenKind::Terminal || after_only_adjuncts(ctx, fe, ce);
    let named = !matches!(f.subj.as_ref().map(|np| &np.kind), Some(NpKind::Pronoun(_)) | None);
    if closes && named && fs > ss + 2 && !f.inverted && ctx.word_is(fs - 1, "as") && ctx.word(fs - 2) == "," {
        // ("does not answer whether Scott had a gun, as police have said":
        // the police said he had one.)
        let from = (ss..fs - 2).rev().find(|&k| ctx.word_is(k, "that") || ctx.word_is(k, "whether")).map_or(ss, |k| k + 1);
        return span(from, fs - 2);
    }
    if fs > ss && (ctx.word(fs - 1) == "," || f.lemma == "according to") {
        let before = fs - usize::from(ctx.word(fs - 1) == ",");
        // ("…, according to an AFP tally based on official sources": a
        // participle phrase, no clause, may follow the claimant.)
        let participle_phrase = f.lemma == "according to" && (fe..ce).all(|k| !ctx.info[k].finite && !matches!(ctx.word(k), "," | ";" | ":"));
        // ("…, officials said, speaking on condition of anonymity.": the
        // speaker's own aside closes the sentence.)
        // (A time may come first: "police said Sunday, adding …".)
        let c = (fe..ce).find(|&k| !ctx.in_time(k)).unwrap_or(ce);
        let aside = c + 1 < ce && ctx.word(c) == "," && ctx.speaker_aside_at(c + 1, ce);
        if fe >= ce || ctx.toks[fe.min(se - 1)].kind == TokenKind::Terminal || after_only_adjuncts(ctx, fe, ce) || participle_phrase || aside {
            return span(ss, before);
        }
        // ("While only 15% own one according to a 2011 study, organizers
        // reported …": with no comma before it, "according to" closes the
        // clause it follows.)
        // A time of the telling may stand before that comma ("killing at
        // least 20 according to provincial officials on Thursday, and …").
        let mut after = fe;
        if after + 1 < ce && ctx.info[after].preposition && ctx.in_time(after + 1) {
            after += 1;
        }
        while after < ce && ctx.in_time(after) {
            after += 1;
        }
        // (A count may end that clause: "killing at least 20 according to …".)
        let closes_a_phrase = ctx.is_word(fs - 1) || ctx.toks[fs - 1].kind == TokenKind::Number;
        if after < ce && ctx.word(after) == "," && f.lemma == "according to" && closes_a_phrase {
            return span(ss, before);
        }
        // (claims33) "After the protest, according to a report citing the
        // mayor's office, twenty people were arrested": a "citing" phrase
        // after the claimant runs to its comma (no finite verb inside; a
        // possessive "'s" is none), and the frame is a parenthetical all
        // the same.
        let cites = |k: usize| ctx.slex.frames.iter().any(|(ws, lemma)| *lemma == "cite" && ws.iter().enumerate().all(|(j, w)| k + j < ce && ctx.word_is(k + j, w)));
        let fe = if f.lemma == "according to" && fe < ce && cites(fe) { (fe + 1..ce).find(|&k| ctx.word(k) == ",").filter(|&c| (fe + 1..c).all(|k| !ctx.info[k].finite || matches!(ctx.word(k), "'s" | "’s"))).unwrap_or(fe) } else { fe };
        if ctx.word(fe) == "," {
            // Parenthetical: the whole sentence is the content.
            return span(ss, ce);
        }
    }
    None
}

/// "reports", "the reports", "some reports", "unconfirmed reports":
/// a plural report noun with only determiners and the words of
/// `hearsay_modifier` before it and nothing after it, so no one is named
/// ("Israeli media reports", "reports from the ministry", "witness
/// accounts", "The report" — one document, told of before — name one;
/// "media reports", "local reports" are the generic media, a claimant).
fn unnamed_reports(ctx: &Ctx<'_>, np: &Np) -> bool {
    let NpKind::Descr(d) = &np.kind else { return false };
    d.head.class == HeadClass::Doc
        && d.head.plural
        && ctx.info[d.head_tok].report_noun
        && np.end == d.head_tok + 1
        && d.country.is_none()
        && d.org.is_none()
        && d.body.is_none()
        && (np.start..d.head_tok).all(|k| ctx.info[k].hearsay_modifier)
}

/// The end token of the object of an active "deny" frame when that object
/// names only the claim denied: up to three plain words, then a report noun
/// or a word for what one is accused of (`report_noun`, `denied_object` in
/// `speech_object_words.tsv`), then its modifiers up to a clause break:
/// "denied the accusation", "denied the allegations against him", "has
/// denied involvement in the attack". `ce`: the sentence's content end.
/// (A clause after "that" is found before this is asked.)
fn denied_claim_object(ctx: &Ctx<'_>, f: &Frame, ce: usize) -> Option<usize> {
    if f.lemma != "deny" || f.inverted || f.passive || f.figure || f.verb.is_none() {
        return None;
    }
    let fe = frame_end(f);
    let noun = (fe..ce.min(fe + 4)).take_while(|&k| ctx.is_word(k) && (ctx.info[k].verb.is_none() || ctx.info[k].report_noun)).find(|&k| ctx.info[k].report_noun || ctx.info[k].denied_object)?;
    let end = (noun + 1..ce).find(|&k| matches!(ctx.word(k), "," | ";" | ":" | "—" | "–" | "(") || matches!(ctx.toks[k].kind, TokenKind::Terminal | TokenKind::OpenQuote | TokenKind::CloseQuote) || ctx.word_is(k, "that")).unwrap_or(ce);
    // ("denied the reports that …" has its clause; "denied the claims
    // were true" a verb of its own: both are reported clauses.)
    ((noun + 1..end).all(|k| !ctx.info[k].finite && ctx.info[k].verb.is_none()) && !ctx.word_is(end, "that")).then_some(end)
}

/// The frame's subject is the object of a preposition after a lower-case
/// word ("testimony from people on the ground reveal …", "reports by local
/// residents show …"): whom the evidence came from, not who states it.
/// The word before the preposition may open the sentence ("Accounts by").
fn evidence_from(ctx: &Ctx<'_>, f: &Frame, ss: usize) -> bool {
    let Some(np) = f.subj.as_ref().filter(|_| !f.inverted && !f.participle && !f.passive) else { return false };
    let p = np.start;
    p >= ss + 2 && ctx.info[p - 1].preposition && ctx.is_word(p - 2) && (p - 2 == ss || !ctx.is_capitalised(p - 2)) && ctx.info[p - 2].verb.is_none()
}

/// The start of the phrase that ends with the speaker at `fs`: after a
/// comma up to three tokens before it, when only words that are no verb,
/// conjunction or relative word stand between ("…, agency officials said",
/// "…, the mayor's office said"); else `fs`.
fn speaker_phrase_start(ctx: &Ctx<'_>, ss: usize, fs: usize) -> usize {
    let floor = ss.max(fs.saturating_sub(4));
    let Some(comma) = (floor..fs).rev().find(|&k| ctx.word(k) == ",") else { return fs };
    let plain = (comma + 1..fs).all(|k| {
        ctx.is_possessive(k)
            || (ctx.is_word(k)
                && ctx.info[k].verb.is_none()
                && !ctx.info[k].finite
                && !ctx.info[k].contrast
                && !ctx.info[k].preposition
                && !ctx.info[k].clause_link)
    });
    if plain && comma + 1 < fs {
        comma + 1
    } else {
        fs
    }
}

/// Where the reporter's own clause about another party starts inside
/// tokens `from..to`: a semicolon, or a comma and a contrastive conjunction
/// ("but", "though"), followed by a named party or description (not a
/// pronoun, which may be the speaker again) and a speech verb, the party's
/// answer ("; the army did not confirm", ", but the ministry has not
/// confirmed"). A clause without one ("…, but the US had only recently come
/// to believe he was dead") may still be the speaker's. `to` when there is
/// none.
/// Words that open a subordinate clause (`sources_subordinators.txt`).
static SUBORDINATORS: std::sync::LazyLock<Vec<String>> = std::sync::LazyLock::new(|| crate::entities::lexicon::data_lines(include_str!("../../data/en/sources_subordinators.txt")).map(|l| l.trim().to_lowercase()).filter(|w| !w.is_empty()).collect());

/// The end of a clause reported by a frame (cue from `fs` to `fe`) in a
/// subordinate clause that opens the sentence at `ss` ("Before the examiner
/// concluded that he hanged himself, his death was …"): the comma that
/// closes the subordinate clause, when no comma stands before the frame;
/// else `end`.
fn subordinate_clause_end(ctx: &Ctx<'_>, ss: usize, fs: usize, fe: usize, end: usize) -> usize {
    if fs <= ss || !ctx.is_word(ss) || (ss..fs).any(|k| ctx.word(k) == ",") || !SUBORDINATORS.iter().any(|w| ctx.word_is(ss, w)) {
        return end;
    }
    // ("As of Tuesday the ministry said …" names a time, not a clause.)
    if ctx.word_is(ss, "as") && ctx.word_is(ss + 1, "of") {
        return end;
    }
    // ("As I said earlier, …": a frame with nothing but adjuncts before the
    // comma points at what follows.)
    match (fe..end).find(|&k| ctx.word(k) == ",") {
        Some(k) if k > fe + 1 && !after_only_adjuncts(ctx, fe, k) => k,
        _ => end,
    }
}

fn reporter_resumes(ctx: &Ctx<'_>, from: usize, to: usize) -> usize {
    for k in from..to {
        let subject_at = match ctx.word(k) {
            ";" => k + 1,
            // "…, though the figure could not be confirmed": the reporter
            // on the figure just reported.
            "," if k + 3 < to && ctx.info[k + 1].contrast && ctx.info[k + 2].quant.is_some_and(|q| q.definite) && (ctx.info[k + 3].tally_noun || ctx.info[k + 3].report_noun) => return k,
            "," if k + 1 < to && ctx.info[k + 1].contrast => k + 2,
            // "…, a figure that could not be verified", "…, a claim Kyiv
            // did not comment on": the reporter's apposition to the clause.
            // "…, denying reports of deaths", "…, adding that …": the
            // speaker's next act, not the clause reported.
            // (", without providing evidence": the reporter's.)
            "," if k + 1 < to && (ctx.info[k + 1].verb.is_some_and(|v| v.participle) || ctx.word_is(k + 1, "citing") || (ctx.word_is(k + 1, "without") && k + 2 < to && ctx.word(k + 2).ends_with("ing"))) => return k,
            "," if k + 2 < to && ctx.info[k + 1].quant.is_some_and(|q| !q.definite && q.count.is_none_or(|c| c == 1)) && (ctx.info[k + 2].tally_noun || ctx.info[k + 2].report_noun) => return k,
            _ => continue,
        };
        let Some(np) = ctx.parse_np(subject_at, to) else { continue };
        if matches!(np.kind, NpKind::Pronoun(_)) {
            continue;
        }
        // Auxiliaries count as adverbs in the speech lexicon ("has
        // repeatedly called").
        let mut v = np.end;
        while v < to && ctx.info[v].verb.is_none() && (ctx.info[v].adverb || ctx.info[v].finite || ctx.info[v].negation) {
            v += 1;
        }
        // ("…, while Israel put the figure at 20": a tally's setter.)
        if v < to && (ctx.info[v].verb.is_some() || ctx.info[v].figure_setter) {
            return k;
        }
    }
    to
}

/// The token after the article's dateline (`dateline`, found by ingest)
/// and the dash that ends it, when the text opens with it: "BUFFALO, N.Y.
/// —", "WASHINGTON (Reuters) -", "BOGOTA, March 4 (Reuters) -". Between the
/// printed dateline and the dash only a credit or a date may stand.
fn dateline_end(ctx: &Ctx<'_>, dateline: &newsledger_model::Dateline) -> Option<usize> {
    let lead = ctx.text.len() - ctx.text.trim_start().len();
    if dateline.text.is_empty() || !ctx.text[lead..].starts_with(dateline.text.as_str()) {
        return None;
    }
    let after = lead + dateline.text.len();
    let first = ctx.toks.partition_point(|t| (t.start as usize) < after);
    for k in first..ctx.toks.len().min(first + 10) {
        if ctx.toks[k].kind == TokenKind::Dash || matches!(ctx.word(k), "-" | "--") {
            return (k + 1 < ctx.toks.len()).then_some(k + 1);
        }
        let credit_or_date = ctx.is_capitalised(k) || ctx.toks[k].kind == TokenKind::Number || matches!(ctx.word(k), "," | "." | "(" | ")");
        if !credit_or_date || ctx.info[k].verb.is_some() {
            return None;
        }
    }
    None
}


/// A counted or determined noun phrase starts at `from` and runs, within
/// five words and with no auxiliary verb, into a preposition, "as", a
/// conjunction, punctuation or the end (`to`): the object of a verb like
/// "added" ("added 25 points in …", "added a goal as …", "agreed a deal
/// to …"), where "added two people were hurt" reports a clause.
fn plain_object_after(ctx: &Ctx<'_>, from: usize, to: usize) -> bool {
    // "posted US$2 million bond": a sum of money opens the object as a
    // number does. Skip its currency sign, and country letters glued to it.
    let mut from = from;
    while from + 1 < to && ctx.toks[from].end == ctx.toks[from + 1].start && !matches!(ctx.toks[from].kind, TokenKind::Number) && {
        let w = ctx.word(from);
        w.chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_punctuation() || matches!(c, '€' | '£' | '¥')) && w.chars().count() <= 3
    } {
        from += 1;
    }
    if from >= to || !(ctx.info[from].object_opener || ctx.toks[from].kind == TokenKind::Number) {
        return false;
    }
    for k in from + 1..to.min(from + 6) {
        let w = ctx.word(k);
        // A past form after the head ("added three people died") is the
        // clause's verb.
        let past = k >= from + 2 && w.len() >= 4 && w.ends_with("ed") && w.starts_with(|c: char| c.is_ascii_lowercase());
        // "posted a message on X blaming Iran": a document carries speech.
        let document = ctx.info[k].head.is_some_and(|h| h.class == HeadClass::Doc) || ctx.word_is(k, "message");
        if ctx.info[k].finite || past || document || ctx.word_is(k, "that") || ctx.word_is(k, "who") {
            return false;
        }
        if ctx.info[k].preposition || ctx.word_is(k, "as") || ctx.word_is(k, "and") || ctx.word_is(k, "or") || matches!(w, "," | ";" | ":" | "—" | "–") {
            return true;
        }
    }
    to <= from + 6
}

/// "A family friend found the car in the hotel parking lot.", "found his
/// keys near the door": a determined phrase (a few words, no verb form,
/// "that" or "who") that runs into a preposition of place or time, or to
/// the end of the sentence, is the thing found. "found the car had been
/// moved", "found the majority of voters backed him" report a clause.
/// (Stricter than [`plain_object_after`]: "found" takes clauses far more
/// often than "added" does, so any other preposition, a capital or a comma
/// leaves the clause reading; the words are `found_*` in
/// `speech_object_words.tsv`.)
fn found_object_after(ctx: &Ctx<'_>, from: usize, to: usize) -> bool {
    if from >= to || !(ctx.info[from].object_opener || ctx.info[from].found_opener) {
        return false;
    }
    for k in from + 1..to.min(from + 6) {
        let w = ctx.word(k);
        // ("the suspect's car": a possessor is part of the phrase.)
        if ctx.is_possessive(k) || (k + 1 < to && ctx.is_possessive(k + 1)) {
            continue;
        }
        if ctx.info[k].finite || ctx.info[k].verb.is_some() || w.ends_with("ed") || ctx.info[k].found_clause {
            return false;
        }
        if ctx.info[k].found_place {
            return true;
        }
        if ctx.is_capitalised(k) || matches!(w, "," | ";" | ":" | "—" | "–" | "and" | "or") {
            return false;
        }
    }
    to <= from + 6
}

/// Only a time or place adjunct follows ("said on Monday", "said recently",
/// "said in a statement on Wednesday", "said on Tuesday, November 19": up
/// to six such words; a time expression's numbers and commas count too).
fn after_only_adjuncts(ctx: &Ctx<'_>, from: usize, to: usize) -> bool {
    let time_comma = |k: usize| ctx.word(k) == "," && k > from && ctx.in_time(k - 1) && k + 1 < to && ctx.in_time(k + 1);
    to <= from || (to - from <= 6 && (from..to).all(|k| ctx.info[k].adverb || ctx.is_capitalised(k) || ctx.info[k].adjunct || ctx.in_time(k) || time_comma(k)))
}

#[cfg(test)]
mod tests;
