//! A small tokenizer tuned for time expressions: words, digit runs and single
//! punctuation marks, with byte offsets and lexicon entries attached.
//!
//! It is deliberately simpler than `newsledger_text`'s: the grammar wants
//! "16-hour" as `16` `-` `hour` and "1990s" as `1990` `s`, with a flag
//! saying whether whitespace came before each token.

use crate::lexicon::{pack_lower_ascii, Entry, LEXICON};
// The standard library answers non-ASCII letters by a range-table search;
// the text crate's bitmap gives the same answers far cheaper.
use newsledger_text::chars::is_alphabetic;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    Word,
    Number,
    Punct,
}

#[derive(Debug, Clone, Copy)]
pub(crate) struct Tok {
    pub start: u32,
    pub end: u32,
    pub kind: Kind,
    /// Whitespace (or the start of the text) precedes the token.
    pub space_before: bool,
    /// A line break precedes the token.
    pub newline_before: bool,
    /// A blank line (a paragraph break) precedes the token.
    pub paragraph_before: bool,
    /// The word starts with an upper-case letter.
    pub capitalised: bool,
    /// Value of a digit run; `None` for other tokens or when it overflows.
    pub number: Option<u32>,
    /// Number of digits of a digit run (for "08" vs "8", "1998" vs "98").
    pub digits: u8,
    pub entry: Option<&'static Entry>,
}

impl Tok {
    pub fn is_punct(&self, text: &str, c: char) -> bool {
        self.kind == Kind::Punct && text[self.start as usize..self.end as usize].starts_with(c)
    }
}

pub(crate) fn tokenize(text: &str) -> Vec<Tok> {
    let bytes = text.as_bytes();
    // News text has a token every 4-5 bytes.
    let mut toks = Vec::with_capacity(text.len() / 4 + 16);
    let mut i = 0;
    let mut space = true;
    let mut newline = true;
    let mut newlines = 2u8;
    while i < bytes.len() {
        let b = bytes[i];
        if b.is_ascii_whitespace() {
            space = true;
            if b == b'\n' {
                newline = true;
                newlines = newlines.saturating_add(1);
            }
            i += 1;
            continue;
        }
        let start = i;
        let mut tok = Tok {
            start: start as u32,
            end: 0,
            kind: Kind::Punct,
            space_before: space,
            newline_before: newline,
            paragraph_before: newlines >= 2,
            capitalised: false,
            number: None,
            digits: 0,
            entry: None,
        };
        if b.is_ascii_digit() {
            let mut j = i + 1;
            let mut value: u64 = (b - b'0') as u64;
            while j < bytes.len() && bytes[j].is_ascii_digit() {
                value = value.saturating_mul(10).saturating_add((bytes[j] - b'0') as u64);
                j += 1;
            }
            let mut digits = j - i;
            // Thousands separators: "1,500" is one number (and not a year).
            while j + 3 < bytes.len()
                && bytes[j] == b','
                && bytes[j + 1..j + 4].iter().all(u8::is_ascii_digit)
                && !bytes.get(j + 4).is_some_and(u8::is_ascii_digit)
            {
                for d in &bytes[j + 1..j + 4] {
                    value = value.saturating_mul(10).saturating_add((d - b'0') as u64);
                }
                j += 4;
                digits = 0;
            }
            tok.kind = Kind::Number;
            tok.number = u32::try_from(value).ok();
            tok.digits = digits.min(255) as u8;
            i = j;
        } else if b.is_ascii_alphabetic() || (b >= 0x80 && char_at(text, i).is_some_and(is_alphabetic)) {
            let mut j = i;
            let mut ascii = true;
            while j < bytes.len() {
                let c = bytes[j];
                if c.is_ascii_alphabetic() {
                    j += 1;
                } else if c >= 0x80 {
                    match char_at(text, j) {
                        Some(ch) if is_alphabetic(ch) => {
                            ascii = false;
                            j += ch.len_utf8();
                        }
                        _ => break,
                    }
                } else {
                    break;
                }
            }
            tok.kind = Kind::Word;
            tok.capitalised = b.is_ascii_uppercase();
            if ascii {
                tok.entry = lookup(&bytes[i..j]);
            }
            i = j;
        } else {
            i += char_at(text, i).map_or(1, char::len_utf8);
        }
        tok.end = i as u32;
        toks.push(tok);
        space = false;
        newline = false;
        newlines = 0;
    }
    toks
}

fn char_at(text: &str, i: usize) -> Option<char> {
    text.get(i..).and_then(|s| s.chars().next())
}

/// Lexicon entry of an ASCII word, case-insensitively, without allocating.
fn lookup(word: &[u8]) -> Option<&'static Entry> {
    LEXICON.get_packed(pack_lower_ascii(word)?)
}
