//! Interview turns: an interview's answers are the interviewee's own words,
//! though no quotation mark or speech verb says so. Two layouts open each
//! turn with a label at the start of a line:
//!
//! - a speaker's name: "((Ana Ruiz)) We began in 2019." (Wikinews
//!   transcripts), "RUIZ: We began in 2019." or "Ana Ruiz: …" (broadcast
//!   transcripts). A label that names no person ("((WN))", the
//!   interviewer's code) opens a question.
//! - question and answer words (`data/<lang>/interview_labels.tsv`):
//!   "Q: … / A: …", the interviewee being the person the introduction
//!   (the text before the first label) names most.
//!
//! A turn runs over the following lines until the next label; each of its
//! paragraphs is one direct quote of the speaker, until a line names the
//! speaker again (narration, or the interviewer's "Thanks, Ana!"). An
//! article is read as an interview only when one speaker has two labelled
//! turns or more: one "Trump: …" line is a headline's shorthand, a list of
//! the arrested ("Ana Ruiz: possession of heroin, held on $20,000 bond")
//! names each person once, and "Location: Paris" names no one.

use std::sync::LazyLock;

use newsledger_model::{EntityType, QuoteKind, Span};
use newsledger_text::TokenKind;

use super::np::{Ctx, Np, NpKind};
use super::{source_for_entity, QuoteOut, Table};
use crate::entities::Registry;

/// The question and answer labels of an interview, lower case.
struct Labels {
    questions: Vec<String>,
    answers: Vec<String>,
}

static ENGLISH: LazyLock<Labels> = LazyLock::new(|| Labels::from_tsv(include_str!("../../data/en/interview_labels.tsv")));

impl Labels {
    fn from_tsv(tsv: &str) -> Labels {
        let mut labels = Labels { questions: Vec::new(), answers: Vec::new() };
        for row in crate::entities::lexicon::kind_rows(tsv) {
            match row.kind {
                "question" => labels.questions.push(row.word),
                "answer" => labels.answers.push(row.word),
                _ => {}
            }
        }
        labels
    }
}

/// Who speaks in a turn.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Turn {
    /// The interviewer's question: not quoted.
    Question,
    /// An answer of the interviewee of a Q/A layout.
    Answer,
    /// A named speaker: the entity's index.
    Speaker(usize),
}

/// A labelled line: the label's tokens `label.0..label.1`, the turn it
/// opens, and the token where the turn's words begin.
struct Label {
    turn: Turn,
    label: (usize, usize),
    words: usize,
    /// The turn goes on over the unlabelled lines after it (Q/A and
    /// parenthesised layouts, whose answers run over paragraphs); a
    /// broadcast transcript labels every paragraph.
    lines: bool,
}

/// An interview's answers, found before the quote passes (a pronoun in an
/// answer must know who speaks it).
pub(super) struct Interview {
    /// Token where each line starts.
    line_starts: Vec<usize>,
    answers: Vec<Answer>,
}

/// One answer: who gives it, its label, and the lines it runs over.
struct Answer {
    entity: usize,
    label: (usize, usize),
    /// Token where the answer's words begin, on its first line.
    words: usize,
    lines: std::ops::Range<usize>,
}

impl Interview {
    /// The speaker of the answer holding byte `pos`, and the byte where
    /// the answer's words begin, if any.
    pub(super) fn answer_at(&self, ctx: &Ctx<'_>, pos: usize) -> Option<(usize, usize)> {
        let n = ctx.toks.len();
        let byte = |tok: usize| ctx.toks.get(tok).map_or(ctx.text.len(), |t| t.start as usize);
        self.answers.iter().find(|a| byte(a.words) <= pos && pos < byte(self.line_starts.get(a.lines.end).copied().unwrap_or(n))).map(|a| (a.entity, byte(a.words)))
    }
}

/// The interview's answers; `None` when the article is no interview.
pub(super) fn find_interview(ctx: &Ctx<'_>) -> Option<Interview> {
    let labels = &*ENGLISH;
    let n = ctx.toks.len();
    let line_starts: Vec<usize> = (0..n).filter(|&i| i == 0 || ctx.toks[i].newline_before).collect();
    let mut found: Vec<(usize, Label)> = line_starts.iter().enumerate().filter_map(|(li, &i)| label_at(ctx, labels, i).map(|l| (li, l))).collect();
    // "Ana Ruiz: …" once is a name and a colon, not a speaker's turn (a
    // topic the interviewer raises, one entry of a list).
    let colon_turns = |t: Turn| found.iter().filter(|(_, l)| !l.lines && l.turn == t).count();
    let once: Vec<Turn> = found.iter().filter(|(_, l)| !l.lines && matches!(l.turn, Turn::Speaker(_)) && colon_turns(l.turn) < 2).map(|(_, l)| l.turn).collect();
    found.retain(|(_, l)| l.lines || !once.contains(&l.turn));
    // Someone speaks twice: "Victor Burton: possession of heroin, held
    // on $20,000 bond" down a list of the arrested is no transcript.
    let speaks_twice = |t: Turn| matches!(t, Turn::Answer | Turn::Speaker(_)) && found.iter().filter(|(_, l)| l.turn == t).count() >= 2;
    if !found.iter().any(|(_, l)| speaks_twice(l.turn)) {
        return None;
    }
    let first_label = ctx.toks[line_starts[found[0].0]].start as usize;
    let interviewee = found.iter().any(|(_, l)| l.turn == Turn::Answer).then(|| most_named_person(ctx, first_label)).flatten();
    let mut answers = Vec::new();
    for (k, (li, l)) in found.iter().enumerate() {
        let entity = match l.turn {
            Turn::Question => continue,
            Turn::Answer => match interviewee {
                Some(e) => e,
                None => continue,
            },
            Turn::Speaker(e) => e,
        };
        // The turn's lines: this one (after its label) to the next label,
        // or to a line that names the speaker, which is narration again.
        let next_label = found.get(k + 1).map_or(line_starts.len(), |(next, _)| *next);
        let last_line = if l.lines { next_label } else { li + 1 };
        // ("Thanks, Junior!" names Junior Gaspard too.)
        let name_words: Vec<&str> = ctx.entities[entity].text.split_whitespace().collect();
        let part_of_name = |e: usize| e == entity || (ctx.entities[e].entity_type == EntityType::Person && ctx.entities[e].text.split_whitespace().all(|w| name_words.contains(&w)));
        let names_speaker = |line: usize| {
            let (a, b) = (line_starts[line], line_starts.get(line + 1).copied().unwrap_or(n));
            (a..b).any(|t| ctx.mention_at(t).is_some_and(|(_, e)| part_of_name(e)))
        };
        let last_line = (li + 1..last_line).find(|&line| names_speaker(line)).unwrap_or(last_line);
        answers.push(Answer { entity, label: l.label, words: l.words, lines: *li..last_line });
    }
    Some(Interview { line_starts, answers })
}

/// Adds the quotes of an interview's answers to `out`, making each speaker
/// a source in `table`.
pub(super) fn interview_quotes(ctx: &Ctx<'_>, reg: &Registry, interview: &Interview, table: &mut Table, out: &mut Vec<QuoteOut>) {
    let n = ctx.toks.len();
    let line_starts = &interview.line_starts;
    // Each speaker's source, made once.
    let mut sources: Vec<(usize, usize)> = Vec::new();
    for answer in &interview.answers {
        let entity = answer.entity;
        let source = match sources.iter().find(|(e, _)| *e == entity) {
            Some(&(_, s)) => s,
            None => {
                // Named as the article first names the person ("Elizabeth
                // Warren", not the label's "WARREN").
                let (a, b) = (0..n).find_map(|t| ctx.mention_at(t).filter(|&(_, e)| e == entity).map(|(end, _)| (t, end))).unwrap_or(answer.label);
                let np = Np { start: a, end: b, kind: NpKind::Entity { entity, role: None, honorific: None } };
                let s = source_for_entity(ctx, reg, table, entity, &np, None, None);
                sources.push((entity, s));
                s
            }
        };
        let (cue_start, cue_end) = ctx.span(answer.label.0, answer.label.1);
        for line in answer.lines.clone() {
            let from = if line == answer.lines.start { answer.words } else { line_starts[line] };
            let to = line_starts.get(line + 1).copied().unwrap_or(n);
            if from >= to {
                continue;
            }
            let (start, end) = ctx.span(from, to);
            if out.iter().any(|q| q.start == start && q.end == end) {
                continue;
            }
            out.push(QuoteOut {
                start,
                end,
                text: ctx.text[start..end].to_string(),
                kind: QuoteKind::Direct,
                source: Some(source),
                verb: None,
                cue: Some((Span::new(cue_start, cue_end), "say")),
                parts: vec![(start, end)],
            });
        }
    }
}

/// The label opening the line at token `i`, if any.
fn label_at(ctx: &Ctx<'_>, labels: &Labels, i: usize) -> Option<Label> {
    let toks = ctx.toks;
    let punct = |k: usize, p: &str| toks.get(k).is_some_and(|t| t.kind != TokenKind::Word && t.text(ctx.text) == p);
    let same_line = |k: usize| toks.get(k).is_some_and(|t| !t.newline_before);
    // A colon after the label is optional in the parenthesised layout
    // ("((WSS)) : Which …").
    let after_colon = |k: usize| if punct(k, ":") && same_line(k) { k + 1 } else { k };
    // "((Name))" or "((CODE))".
    if punct(i, "(") && punct(i + 1, "(") {
        let label = crate::transcript::paren_label_at(ctx.text, toks, i)?;
        let turn = match person_label(ctx, label.start, label.end) {
            Some(e) => Turn::Speaker(e),
            None => Turn::Question,
        };
        return Some(Label { turn, label: (label.start, label.end), words: after_colon(label.end + 2), lines: true });
    }
    // "Q:", "Answer:".
    if punct(i + 1, ":") && same_line(i + 1) {
        let word = ctx.word(i).to_lowercase();
        if labels.questions.contains(&word) {
            return Some(Label { turn: Turn::Question, label: (i, i + 1), words: i + 2, lines: true });
        }
        if labels.answers.contains(&word) {
            return Some(Label { turn: Turn::Answer, label: (i, i + 1), words: i + 2, lines: true });
        }
    }
    // "RUIZ:", "Ana Ruiz:": a person's name of up to four words, then a
    // colon. Capitals that name no person ("HOST:", "ANCHOR:") open the
    // turn of someone not named: it ends the turn before.
    let colon = (i + 1..toks.len().min(i + 5)).find(|&k| punct(k, ":"))?;
    if !(i + 1..=colon).all(same_line) {
        return None;
    }
    let turn = match person_label(ctx, i, colon) {
        Some(e) => Turn::Speaker(e),
        None if all_capitals(ctx, i, colon) => Turn::Question,
        None => return None,
    };
    Some(Label { turn, label: (i, colon), words: colon + 1, lines: false })
}

/// Tokens `a..b` are words in capitals ("WARREN", "JOHN SMITH").
fn all_capitals(ctx: &Ctx<'_>, a: usize, b: usize) -> bool {
    (a..b).all(|k| {
        let w = ctx.word(k);
        ctx.is_word(k) && w.chars().count() >= 2 && w.chars().any(char::is_alphabetic) && w.chars().all(|c| !c.is_alphabetic() || c.is_uppercase())
    })
}

/// The person named exactly by tokens `a..b`: an all-capitals surname
/// ("RUIZ") of a person the article names in full, or a person mention
/// covering them.
fn person_label(ctx: &Ctx<'_>, a: usize, b: usize) -> Option<usize> {
    if !(a..b).all(|k| ctx.is_word(k)) {
        return None;
    }
    // A surname in capitals is the person named in full elsewhere, though
    // the tagger may have made an entity of the capitals alone.
    if all_capitals(ctx, a, b) {
        if let Some(e) = person_by_surname(ctx, &ctx.word(b - 1).to_lowercase()) {
            return Some(e);
        }
    }
    let (end, e) = ctx.mention_at(a)?;
    (end == b && ctx.entities[e].entity_type == EntityType::Person).then_some(e)
}

/// The one person of a name of two words or more whose last word is
/// `surname` (lower case); none when two people share it.
fn person_by_surname(ctx: &Ctx<'_>, surname: &str) -> Option<usize> {
    let mut persons = ctx.entities.iter().enumerate().filter(|(_, e)| e.entity_type == EntityType::Person && e.text.split_whitespace().count() >= 2);
    let found = persons.find(|(_, e)| e.text.split_whitespace().last().is_some_and(|w| w.to_lowercase() == surname))?;
    // Two people of that surname: the label does not say which.
    persons.find(|(_, e)| e.text.split_whitespace().last().is_some_and(|w| w.to_lowercase() == surname)).is_none().then_some(found.0)
}

/// The person the text before byte `end` names most often (the earliest
/// of a tie), by a name of two words or more: the interviewee an
/// introduction presents.
fn most_named_person(ctx: &Ctx<'_>, end: usize) -> Option<usize> {
    let mut best: Option<(usize, usize, usize)> = None;
    // A full name: one capitalised word at a sentence's start ("Readers
    // asked …") is too often no one.
    for (i, e) in ctx.entities.iter().enumerate().filter(|(_, e)| e.entity_type == EntityType::Person && e.text.split_whitespace().count() >= 2) {
        let before: Vec<usize> = e.mentions.iter().filter(|m| m.end <= end).map(|m| m.start).collect();
        let Some(&first) = before.iter().min() else { continue };
        let better = match best {
            None => true,
            Some((count, at, _)) => before.len() > count || (before.len() == count && first < at),
        };
        if better {
            best = Some((before.len(), first, i));
        }
    }
    best.map(|(_, _, i)| i)
}
