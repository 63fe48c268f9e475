//! A small tokenizer tuned for time expressions: words, digit runs and single
//! punctuation marks, with byte offsets and lexicon entries attached.
//!
//! It is deliberately simpler than `newsledger_text`'s: the grammar wants
//! "16-hour" as `16` `-` `hour` and "1990s" as `1990` `s`, with a flag
//! saying whether whitespace came before each token.

use crate::lexicon::{Entry, Lexicon, LEXICON, MAX_WORD_LEN};
#[cfg(test)]
use crate::lexicon::pack_lower_ascii;
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

/// Byte classes of the tokenizer, one table look-up per byte instead of
/// several range tests.
const SPACE: u8 = 1;
const DIGIT: u8 = 2;
const LETTER: u8 = 4;
const UPPER: u8 = 8;

static CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        t[b] = if c.is_ascii_whitespace() {
            SPACE
        } else if c.is_ascii_digit() {
            DIGIT
        } else if c.is_ascii_uppercase() {
            LETTER | UPPER
        } else if c.is_ascii_lowercase() {
            LETTER
        } else {
            0
        };
        b += 1;
    }
    t
};

pub(crate) fn tokenize(text: &str) -> Vec<Tok> {
    let bytes = text.as_bytes();
    let lexicon: &Lexicon = &LEXICON;
    // News text has a token every 4-5 bytes.
    let mut toks = Vec::with_capacity(text.len() / 4 + 16);
    let mut i = 0;
    let mut space = true;
    let mut newline = true;
    let mut newlines = 2u8;
    while i < bytes.len() {
        let b = bytes[i];
        let class = CLASS[b as usize];
        if class & SPACE != 0 {
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
        if class & DIGIT != 0 {
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
        } else if class & LETTER != 0 || (b >= 0x80 && char_at(text, i).is_some_and(is_alphabetic)) {
            let mut j = i;
            let mut ascii = true;
            loop {
                while j < bytes.len() && CLASS[bytes[j] as usize] & LETTER != 0 {
                    j += 1;
                }
                if j < bytes.len() && bytes[j] >= 0x80 {
                    if let Some(ch) = char_at(text, j).filter(|&ch| is_alphabetic(ch)) {
                        ascii = false;
                        j += ch.len_utf8();
                        continue;
                    }
                }
                break;
            }
            tok.kind = Kind::Word;
            tok.capitalised = class & UPPER != 0;
            if ascii && j - i <= MAX_WORD_LEN {
                tok.entry = lexicon.get_packed(pack_letters(bytes, i, j - i));
            }
            i = j;
        } else {
            // `i` is on a character boundary: the lead byte gives the width.
            i += utf8_width(b);
        }
        tok.end = i as u32;
        toks.push(tok);
        space = false;
        newline = false;
        newlines = 0;
    }
    toks
}

/// Width of the UTF-8 character whose first byte is `lead`.
fn utf8_width(lead: u8) -> usize {
    match lead {
        0xF0.. => 4,
        0xE0.. => 3,
        0xC0.. => 2,
        _ => 1,
    }
}

/// The lexicon key of the ASCII letters `bytes[at..at + len]` (1 to 16 of
/// them), lower-cased: equal to [`pack_lower_ascii`] of the word. Sixteen
/// bytes are read at once where the text has them; an ASCII letter is
/// lower-cased by setting bit 5.
fn pack_letters(bytes: &[u8], at: usize, len: usize) -> u128 {
    debug_assert!((1..=MAX_WORD_LEN).contains(&len));
    let raw = match bytes.get(at..at + 16).and_then(|w| <[u8; 16]>::try_from(w).ok()) {
        Some(w) => u128::from_le_bytes(w),
        None => {
            let mut buf = [0u8; 16];
            buf[..len].copy_from_slice(&bytes[at..at + len]);
            u128::from_le_bytes(buf)
        }
    };
    let mask = if len >= 16 { u128::MAX } else { (1u128 << (8 * len)) - 1 };
    (raw | (u128::from_le_bytes([0x20; 16]))) & mask
}

fn char_at(text: &str, i: usize) -> Option<char> {
    text.get(i..).and_then(|s| s.chars().next())
}

/// Lexicon entry of an ASCII word, case-insensitively, without allocating
/// (the definition the tokenizer's look-up is tested against).
#[cfg(test)]
fn lookup(word: &[u8]) -> Option<&'static Entry> {
    LEXICON.get_packed(pack_lower_ascii(word)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The tokenizer as it was before the byte-class table and the
    /// sixteen-byte packing: the definition the fast one must equal.
    fn tokenize_reference(text: &str) -> Vec<Tok> {
        let bytes = text.as_bytes();
        let mut toks = Vec::new();
        let (mut i, mut space, mut newline, mut newlines) = (0, true, true, 2u8);
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
            let mut tok = Tok {
                start: i as u32,
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

    fn same(text: &str) {
        let fast = format!("{:?}", tokenize(text));
        let reference = format!("{:?}", tokenize_reference(text));
        assert_eq!(fast, reference, "{text:?}");
    }

    const PIECES: &[&str] = &[
        "January", "JAN", "jan", "Monday", "TODAY", "today", "yesterday", "ago", "week", "quarter", "the", "since",
        "internationalisation", "abcdefghijklmnop", "abcdefghijklmnopq", "Thanksgiving", "x", "Z", "1990", "1990s",
        "08", "1,500", "1,5000", "12,345,678", "99999999999", "4294967296", "3", " ", "  ", "\n", "\n\n", "\t", "\r\n",
        ".", ",", "-", "'", "’", "“", "—", "é", "Ж", "Жовтня", "Café", "naïve", "日本", "😀", "ß", "İ", "\u{212A}elvin",
        "a.m.", "p.m.", "@", "[", "`", "{", "\u{a0}", "\u{2009}", "·",
    ];

    #[test]
    fn equals_the_reference_on_fixed_texts() {
        for t in [
            "",
            "On Jan. 14, 1990, the 16-hour talks ended; by the 1990s they met every Monday.",
            "ABCDEFGHIJKLMNOP abcdefghijklmnopq Tuesday",
            "Жовтня 2019 року — Café at 9 p.m. yesterday",
            "ends in a word",
            "today",
            "x",
            "\n\n\nDecember",
        ] {
            same(t);
        }
    }

    #[test]
    fn equals_the_reference_on_random_mixes() {
        let mut state = 0x2545_f491_4f6c_dd1du64;
        let mut next = move || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        for _ in 0..20_000 {
            let n = (next() % 12) as usize;
            let mut text = String::new();
            for _ in 0..n {
                text.push_str(PIECES[(next() % PIECES.len() as u64) as usize]);
            }
            same(&text);
        }
        // Every word length up to past the key size, at every distance from
        // the end of the text (the sixteen-byte read and its fallback).
        for len in 1..=18 {
            for tail in 0..18 {
                for upper in [false, true] {
                    let word: String = (0..len).map(|k| if upper && k % 2 == 0 { 'A' } else { 'z' }).collect();
                    same(&format!("{word}{}", ".".repeat(tail)));
                    same(&format!("{}{}", "may".repeat(len / 3 + 1), " ".repeat(tail)));
                }
            }
        }
    }

    #[test]
    fn packed_letters_equal_the_lower_cased_key() {
        let text = b"MoNdAyJanuaryXYZabcdefghijklmnopQRSTUVWXYZ";
        for at in 0..text.len() {
            for len in 1..=MAX_WORD_LEN.min(text.len() - at) {
                assert_eq!(Some(pack_letters(text, at, len)), pack_lower_ascii(&text[at..at + len]), "{at} {len}");
            }
        }
    }
}
