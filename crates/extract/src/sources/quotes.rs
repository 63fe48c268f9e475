//! Quote-mark pairing: the stretches of text between double quote marks,
//! including quotations that run over several paragraphs (a paragraph that
//! opens a quote without closing it continues at the next paragraph's
//! opening mark).

use newsledger_text::{Segmentation, TokenKind};

/// One stretch of quoted text.
#[derive(Debug, Clone)]
pub struct Segment {
    /// Token index of the opening mark.
    pub open: usize,
    /// Token index of the closing mark; `None` when the paragraph ended first.
    pub close: Option<usize>,
    /// Byte range of the content, without the marks, surrounding white space
    /// and a final comma.
    pub start: usize,
    pub end: usize,
    pub paragraph: usize,
    /// The previous segment's quotation continues in this one (paragraph
    /// continuation).
    pub continues_previous: bool,
}

fn is_double_mark(s: &str) -> bool {
    matches!(s, "\"" | "\u{201C}" | "\u{201D}" | "\u{201E}" | "\u{00AB}" | "\u{00BB}")
}

fn trim_content(text: &str, mut start: usize, mut end: usize) -> (usize, usize) {
    let s = &text[start..end];
    let lead = s.len() - s.trim_start().len();
    start += lead;
    let s = &text[start..end];
    end = start + s.trim_end().len();
    if text[start..end].ends_with(',') {
        end -= 1;
    }
    (start, end)
}

/// A quote mark: first and last token (two for `` and ''), and whether
/// it can only open, only close, or either.
#[derive(Debug, Clone, Copy)]
struct Mark {
    first: usize,
    last: usize,
    role: MarkRole,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum MarkRole {
    Open,
    Close,
    /// A straight or doubled-apostrophe mark: the tokenizer's guess from
    /// spacing, which pairing may overrule.
    Guess(bool),
}

/// Double quote marks: “ ” „ « » and ", plus the typewriter pairs `` and ''
/// of older wire copy.
fn find_marks(text: &str, toks: &[newsledger_text::Token]) -> Vec<Mark> {
    let mut marks = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        let t = &toks[i];
        let w = t.text(text);
        let glued_next = toks.get(i + 1).is_some_and(|n| !n.space_before && !n.newline_before);
        // The tokenizer gives `` and '' as single quote tokens.
        if w == "``" {
            marks.push(Mark { first: i, last: i, role: MarkRole::Open });
            i += 1;
            continue;
        }
        if w == "''" {
            let opens = i == 0 || t.space_before || t.newline_before;
            marks.push(Mark { first: i, last: i, role: MarkRole::Guess(opens) });
            i += 1;
            continue;
        }
        if matches!(w, "'" | "\u{2019}") && glued_next && toks[i + 1].text(text) == w {
            marks.push(Mark { first: i, last: i + 1, role: MarkRole::Guess(t.kind == TokenKind::OpenQuote) });
            i += 2;
            continue;
        }
        if matches!(t.kind, TokenKind::OpenQuote | TokenKind::CloseQuote) && is_double_mark(w) {
            let role = match w {
                "\"" => MarkRole::Guess(t.kind == TokenKind::OpenQuote),
                _ if t.kind == TokenKind::OpenQuote => MarkRole::Open,
                _ => MarkRole::Close,
            };
            marks.push(Mark { first: i, last: i, role });
        }
        i += 1;
    }
    marks
}

/// Pairs the double quote marks of a segmented text.
pub fn find_segments(text: &str, seg: &Segmentation) -> Vec<Segment> {
    let toks = &seg.tokens;
    let mut para_of_tok = vec![0usize; toks.len()];
    for (pi, p) in seg.paragraphs.iter().enumerate() {
        for si in p.sentences.clone() {
            for t in seg.sentences[si].tokens.clone() {
                para_of_tok[t] = pi;
            }
        }
    }
    let mut out: Vec<Segment> = Vec::new();
    let mut open: Option<Mark> = None;
    let mut pending_continuation = false;
    for m in find_marks(text, toks) {
        let t = &toks[m.first];
        // A paragraph ended with the quotation still open.
        if let Some(o) = open {
            if para_of_tok[m.first] != para_of_tok[o.first] {
                let pend = seg.paragraphs[para_of_tok[o.first]].end;
                let (s, e) = trim_content(text, toks[o.last].end as usize, pend);
                out.push(Segment { open: o.first, close: None, start: s, end: e, paragraph: para_of_tok[o.first], continues_previous: pending_continuation });
                open = None;
                // It continues only if this paragraph opens with a quote mark.
                pending_continuation = m.role != MarkRole::Close && seg.paragraphs[para_of_tok[m.first]].start == t.start as usize;
            }
        }
        // A straight mark glued to the previous word closes even when the
        // tokenizer guessed "open"; one with white space on both sides
        // ("yet, " said") closes an open quotation.
        let glued = m.first > 0 && !t.space_before && !t.newline_before && toks[m.first - 1].kind != TokenKind::OpenQuote;
        let free = t.space_before && toks.get(m.last + 1).is_none_or(|n| n.space_before);
        let closes = match m.role {
            MarkRole::Close => true,
            MarkRole::Open => false,
            MarkRole::Guess(opens) => !opens || (open.is_some() && (glued || free)),
        };
        match (open, closes) {
            (Some(o), true) => {
                let (s, e) = trim_content(text, toks[o.last].end as usize, t.start as usize);
                if s < e {
                    out.push(Segment { open: o.first, close: Some(m.last), start: s, end: e, paragraph: para_of_tok[o.first], continues_previous: pending_continuation });
                }
                pending_continuation = false;
                open = None;
            }
            (None, false) => {
                open = Some(m);
            }
            (Some(_), false) => {
                // Two opening marks: the first was unpaired.
                open = Some(m);
                pending_continuation = false;
            }
            (None, true) => {}
        }
    }
    if let Some(o) = open {
        let pend = seg.paragraphs.get(para_of_tok[o.first]).map_or(text.len(), |p| p.end);
        let (s, e) = trim_content(text, toks[o.last].end as usize, pend);
        if s < e {
            out.push(Segment { open: o.first, close: None, start: s, end: e, paragraph: para_of_tok[o.first], continues_previous: pending_continuation });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn contents(text: &str) -> Vec<(String, bool)> {
        let seg = newsledger_text::segment(text);
        find_segments(text, &seg).iter().map(|s| (text[s.start..s.end].to_string(), s.continues_previous)).collect()
    }

    #[test]
    fn pairs_curly_and_straight_marks() {
        let got = contents("“We will win,” she said. He called it \"a farce.\"");
        assert_eq!(got, vec![("We will win".to_string(), false), ("a farce.".to_string(), false)]);
    }

    #[test]
    fn pairs_typewriter_marks() {
        let got = contents("``We will win,'' she said. ''It never ended,'' he said.");
        assert_eq!(got, vec![("We will win".to_string(), false), ("It never ended".to_string(), false)]);
    }

    #[test]
    fn multi_paragraph_quotes_continue() {
        let text = "“The first part goes on.\n\n“The second part ends here,” he said.";
        let got = contents(text);
        assert_eq!(got, vec![("The first part goes on.".to_string(), false), ("The second part ends here".to_string(), true)]);
    }
}

