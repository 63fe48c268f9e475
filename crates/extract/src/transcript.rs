//! The layout of interview transcripts that more than one extractor reads.
//! Entities decide whether a label's words name a person; sources decide
//! whose turn the label opens. Both must agree on what a label is, so the
//! layout is read here, once.

use std::ops::Range;

use newsledger_text::{Token, TokenKind};

/// The longest label, in tokens between the parentheses ("((Ana M.
/// Ruiz))" is four words and a full stop).
const MAX_LABEL_TOKENS: usize = 5;

/// The words of a parenthesised speaker label, "((Ana Ruiz))" or
/// "((WN))", that opens the line at token `i`: the tokens between the
/// parentheses. The label must sit on one line and hold a word or more.
pub(crate) fn paren_label_at(text: &str, toks: &[Token], i: usize) -> Option<Range<usize>> {
    let punct = |k: usize, p: &str| toks.get(k).is_some_and(|t| t.kind != TokenKind::Word && t.text(text) == p);
    let same_line = |k: usize| toks.get(k).is_some_and(|t| !t.newline_before);
    if !(i == 0 || toks[i].newline_before) || !punct(i, "(") || !punct(i + 1, "(") {
        return None;
    }
    let close = (i + 2..toks.len().min(i + 3 + MAX_LABEL_TOKENS)).find(|&k| punct(k, ")"))?;
    (close > i + 2 && punct(close + 1, ")") && (i + 1..close + 2).all(same_line)).then_some(i + 2..close)
}

#[cfg(test)]
mod tests {
    use super::paren_label_at;

    /// The label's words at every token where one opens, as text.
    fn labels(text: &str) -> Vec<String> {
        let toks = newsledger_text::segment(text).tokens;
        (0..toks.len())
            .filter_map(|i| paren_label_at(text, &toks, i))
            .map(|r| text[toks[r.start].start as usize..toks[r.end - 1].end as usize].to_string())
            .collect()
    }

    #[test]
    fn labels_open_lines_and_close_on_the_same_line() {
        let text = "((Mara Lindqvist)) We started in a garage.\n((KT)) Why a garage?\n((Mara Lindqvist)) Rent.";
        assert_eq!(labels(text), ["Mara Lindqvist", "KT", "Mara Lindqvist"]);
        // Not at a line's start, empty, one parenthesis, broken over lines, too long.
        assert!(labels("He said ((Mara Lindqvist)) once.").is_empty());
        assert!(labels("(()) Nothing.\n(Mara) Once.\n((Mara\nLindqvist)) Broken.").is_empty());
        assert!(labels("((one two three four five six)) Too long to be a name.").is_empty());
    }
}
