//! Reading CoNLL-2003 style files (`TOKEN ... TAG` per line, blank line
//! between sentences, `-DOCSTART-` between documents, IOB1 tags), and
//! turning a sentence's words into text + tokens as the runtime sees them.

use newsledger_text::{Token, TokenKind};

use crate::{Label, Mention, NerError};

/// One sentence of a CoNLL file.
#[derive(Debug, Clone, Default)]
pub struct Sentence {
    /// Index of the document (counted by `-DOCSTART-` lines).
    pub doc: usize,
    pub words: Vec<String>,
    /// The last column of each line, as written (IOB1 or IOB2).
    pub tags: Vec<String>,
}

impl Sentence {
    /// The gold mentions, reading tags with conlleval's rules (a chunk starts
    /// at `B-X`, or at `I-X` after a tag of another type).
    pub fn mentions(&self) -> Vec<Mention> {
        let mut out = Vec::new();
        let mut open: Option<(usize, &str)> = None;
        for (i, t) in self.tags.iter().enumerate() {
            let (prefix, ty) = t.split_once('-').unwrap_or((t.as_str(), ""));
            let starts = prefix == "B" || (prefix == "I" && open.map(|(_, o)| o) != Some(ty));
            if prefix == "O" || starts {
                if let Some((s, o)) = open.take() {
                    push_mention(&mut out, s..i, o);
                }
            }
            if starts {
                open = Some((i, ty));
            }
        }
        if let Some((s, o)) = open {
            push_mention(&mut out, s..self.tags.len(), o);
        }
        out
    }
}

fn push_mention(out: &mut Vec<Mention>, tokens: std::ops::Range<usize>, ty: &str) {
    if let Some(label) = Label::from_conll(ty) {
        out.push(Mention { tokens, label });
    }
}

/// Parses a CoNLL file's text. Sentences with no tokens are skipped.
pub fn parse(text: &str) -> Result<Vec<Sentence>, NerError> {
    let mut out = Vec::new();
    let mut cur = Sentence::default();
    let mut doc = 0usize;
    let mut seen_doc = false;
    for (n, line) in text.lines().enumerate() {
        let line = line.trim_end();
        if line.is_empty() {
            if !cur.words.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
            continue;
        }
        let mut cols = line.split_whitespace();
        let word = cols.next().unwrap_or("");
        if word == "-DOCSTART-" {
            if !cur.words.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
            if seen_doc {
                doc += 1;
            }
            seen_doc = true;
            continue;
        }
        let Some(tag) = line.split_whitespace().last().filter(|_| line.split_whitespace().count() >= 2) else {
            return Err(NerError::Format(format!("line {}: expected at least 2 columns", n + 1)));
        };
        cur.doc = doc;
        cur.words.push(word.to_string());
        cur.tags.push(tag.to_string());
    }
    if !cur.words.is_empty() {
        out.push(cur);
    }
    Ok(out)
}

/// Joins words with single spaces and returns the text with one token per
/// word, so pre-tokenised data can go through [`crate::Model::tag_sentence`].
pub fn words_to_tokens<S: AsRef<str>>(words: &[S]) -> (String, Vec<Token>) {
    let mut text = String::new();
    let mut tokens = Vec::with_capacity(words.len());
    for (i, w) in words.iter().enumerate() {
        let w = w.as_ref();
        if i > 0 {
            text.push(' ');
        }
        let start = text.len() as u32;
        text.push_str(w);
        let first = w.chars().next().unwrap_or(' ');
        let kind = if first.is_alphabetic() {
            TokenKind::Word
        } else if first.is_numeric() {
            TokenKind::Number
        } else {
            TokenKind::Punct
        };
        tokens.push(Token { start, end: text.len() as u32, kind, space_before: i > 0, newline_before: false });
    }
    (text, tokens)
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = "-DOCSTART- -X- O O\n\nMaria NNP I-NP I-PER\nLopez NNP I-NP I-PER\nvisited VBD I-VP O\nLima NNP I-NP I-LOC\n. . O O\n\n-DOCSTART- -X- O O\n\nAcme NNP I-NP I-ORG\nB-ORG NNP I-NP B-ORG\n";

    #[test]
    fn parses_sentences_documents_and_iob1_chunks() {
        let s = parse(SAMPLE).unwrap();
        assert_eq!(s.len(), 2);
        assert_eq!((s[0].doc, s[1].doc), (0, 1));
        let m = s[0].mentions();
        assert_eq!(m, vec![Mention { tokens: 0..2, label: Label::Per }, Mention { tokens: 3..4, label: Label::Loc }]);
        // B- starts a second adjacent chunk of the same type.
        assert_eq!(s[1].mentions().len(), 2);
    }

    #[test]
    fn tokens_index_the_joined_text() {
        let (text, toks) = words_to_tokens(&["U.S.", "troops", "."]);
        assert_eq!(text, "U.S. troops .");
        assert_eq!(toks[0].text(&text), "U.S.");
        assert_eq!(toks[2].text(&text), ".");
    }
}
