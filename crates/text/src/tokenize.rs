//! The tokenizer: one pass over the text, no regular expressions, no
//! allocation beyond the output vector.

use crate::abbrev::is_dotted_initialism;
use crate::chars::{is_alphabetic, is_alphanumeric};
use crate::{Lexicon, Token, TokenKind};

/// Tokenises `text` with the English lexicon.
pub fn tokenize(text: &str) -> Vec<Token> {
    tokenize_with(text, Lexicon::english())
}

#[inline]
fn char_at(text: &str, i: usize) -> Option<char> {
    let b = *text.as_bytes().get(i)?;
    if b < 0x80 {
        Some(b as char)
    } else {
        text[i..].chars().next()
    }
}

#[inline]
fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

fn is_open_quote_char(c: char) -> bool {
    matches!(c, '“' | '‘' | '«' | '„' | '‹')
}

fn is_close_quote_char(c: char) -> bool {
    matches!(c, '”' | '»' | '›')
}

/// The kind of a straight quote or of an apostrophe standing outside a word.
/// Straight quotes (and a stray ’) open after a space, a line start or an
/// opening bracket/dash; otherwise they close, except for the apostrophe of
/// a plural possessive ("the rebels' camps"): after an "s", with no single
/// quotation open for it to close, it is punctuation. As a closing quote it
/// would end clauses and quotations in mid-phrase.
fn straight_quote_kind(text: &str, i: usize, c: char, single_open: bool) -> TokenKind {
    let prev = text[..i].chars().next_back();
    let opens = match prev {
        None => true,
        Some(p) => p.is_whitespace() || matches!(p, '(' | '[' | '{' | '—' | '–') || is_open_quote_char(p),
    };
    let opens = if c == '’' { opens && char_at(text, i + c.len_utf8()).is_some_and(is_alphanumeric) } else { opens };
    if opens {
        TokenKind::OpenQuote
    } else if is_apostrophe(c) && !single_open && matches!(prev, Some('s' | 'S')) {
        TokenKind::Punct
    } else {
        TokenKind::CloseQuote
    }
}

/// Whether a single quotation is open after the token `token` of `kind`.
fn single_quote_open_after(open: bool, token: &str, kind: TokenKind) -> bool {
    match kind {
        TokenKind::OpenQuote => open || matches!(token, "‘" | "'" | "’" | "`"),
        TokenKind::CloseQuote if matches!(token, "’" | "'") => false,
        _ => open,
    }
}

fn is_dash_char(c: char) -> bool {
    matches!(c, '—' | '–' | '―')
}

/// Byte classes of ASCII characters: white space as `char::is_whitespace`
/// says (tab to carriage return, space), alphanumerics, the rest.
const OTHER: u8 = 0;
const SPACE: u8 = 1;
const ALNUM: u8 = 2;

static ASCII_CLASS: [u8; 128] = {
    let mut t = [OTHER; 128];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        t[b] = if matches!(c, b'\t'..=b'\r' | b' ') {
            SPACE
        } else if c.is_ascii_alphanumeric() {
            ALNUM
        } else {
            OTHER
        };
        b += 1;
    }
    t
};

/// Every byte: an ASCII alphanumeric or not (the word scan's inner loop).
static ASCII_ALNUM: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    t
};

/// Clitics split off the end of a word, as CoNLL/PTB tokenise them.
const CLITICS: &[&str] = &["n't", "'s", "'re", "'ve", "'ll", "'d", "'m", "’s", "’re", "’ve", "’ll", "’d", "’m", "n’t"];

pub(crate) fn tokenize_with(text: &str, lexicon: &Lexicon) -> Vec<Token> {
    let mut tokens: Vec<Token> = Vec::with_capacity(text.len() / 5 + 1);
    let len = text.len();
    let mut i = 0;
    let mut space_before = false;
    let mut newline_before = false;
    // A single quotation mark (‘ ' `) has opened and not yet closed.
    let mut single_open = false;
    let push = |tokens: &mut Vec<Token>, start: usize, end: usize, kind: TokenKind, sb: &mut bool, nb: &mut bool| {
        tokens.push(Token { start: start as u32, end: end as u32, kind, space_before: *sb, newline_before: *nb });
        *sb = false;
        *nb = false;
    };
    while i < len {
        let b = text.as_bytes()[i];
        // ASCII (most of most texts) is classified by one table look-up;
        // other characters are decoded.
        let (c, class) = if b < 0x80 {
            (b as char, ASCII_CLASS[b as usize])
        } else {
            let Some(c) = text[i..].chars().next() else { break };
            let class = if c.is_whitespace() {
                SPACE
            } else if is_alphanumeric(c) {
                ALNUM
            } else {
                OTHER
            };
            (c, class)
        };
        let clen = c.len_utf8();
        if class == SPACE {
            space_before = true;
            if c == '\n' {
                newline_before = true;
                // A quotation in single quotes does not run past its paragraph.
                single_open = false;
            }
            i += clen;
            continue;
        }
        let start = i;
        if class == ALNUM {
            let (end, apostrophe) = scan_word(text, i, lexicon);
            // Split a clitic off the end ("Mexico’s" → "Mexico" "’s"). Every
            // clitic holds an apostrophe, and a word holds one only where
            // the scan glued one in: most words skip the list.
            let word = &text[start..end];
            let clitic = if apostrophe {
                CLITICS.iter().find(|cl| word.len() > cl.len() && word.ends_with(*cl) && !word.ends_with('.'))
            } else {
                None
            };
            let kind = word_kind(word);
            match clitic {
                Some(cl) => {
                    let split = end - cl.len();
                    push(&mut tokens, start, split, kind, &mut space_before, &mut newline_before);
                    push(&mut tokens, split, end, TokenKind::Word, &mut space_before, &mut newline_before);
                }
                None => push(&mut tokens, start, end, kind, &mut space_before, &mut newline_before),
            }
            i = end;
            continue;
        }
        let (end, kind) = if c == '.' {
            let mut j = i;
            while char_at(text, j) == Some('.') {
                j += 1;
            }
            (j, TokenKind::Terminal)
        } else if c == '…' {
            (i + clen, TokenKind::Terminal)
        } else if c == '!' || c == '?' {
            let mut j = i;
            while matches!(char_at(text, j), Some('!' | '?')) {
                j += 1;
            }
            (j, TokenKind::Terminal)
        } else if is_dash_char(c) {
            (i + clen, TokenKind::Dash)
        } else if c == '-' && char_at(text, i + 1) == Some('-') {
            let mut j = i;
            while char_at(text, j) == Some('-') {
                j += 1;
            }
            (j, TokenKind::Dash)
        } else if c == '`' {
            // Typewriter/PTB-style opening quotes: `` or `.
            let end = if char_at(text, i + 1) == Some('`') { i + 2 } else { i + 1 };
            (end, TokenKind::OpenQuote)
        } else if c == '\'' && char_at(text, i + 1) == Some('\'') {
            // '' closes a `` quotation.
            (i + 2, TokenKind::CloseQuote)
        } else if is_open_quote_char(c) {
            (i + clen, TokenKind::OpenQuote)
        } else if is_close_quote_char(c) {
            (i + clen, TokenKind::CloseQuote)
        } else if c == '"' || is_apostrophe(c) {
            (i + clen, straight_quote_kind(text, i, c, single_open))
        } else {
            (i + clen, TokenKind::Punct)
        };
        push(&mut tokens, start, end, kind, &mut space_before, &mut newline_before);
        single_open = single_quote_open_after(single_open, &text[start..end], kind);
        i = end;
    }
    tokens
}

fn word_kind(word: &str) -> TokenKind {
    let b = word.as_bytes();
    if b[0].is_ascii_digit() && b.iter().all(|c| c.is_ascii_digit() || *c == b',' || *c == b'.') && !word.ends_with('.') {
        TokenKind::Number
    } else {
        TokenKind::Word
    }
}

/// Scans a word starting at `i` (an alphanumeric char) and returns its end
/// and whether an apostrophe was glued into it.
fn scan_word(text: &str, i: usize, lexicon: &Lexicon) -> (usize, bool) {
    let mut j = i;
    let mut apostrophe = false;
    let bytes = text.as_bytes();
    loop {
        // A run of alphanumerics (and combining marks); ASCII bytes are
        // classified without decoding a char.
        loop {
            while j < bytes.len() && ASCII_ALNUM[bytes[j] as usize] {
                j += 1;
            }
            match bytes.get(j) {
                Some(&b) if b >= 0x80 => match text[j..].chars().next() {
                    Some(c) if is_alphanumeric(c) || is_combining(c) => j += c.len_utf8(),
                    _ => break,
                },
                _ => break,
            }
        }
        let Some(c) = char_at(text, j) else { return (j, apostrophe) };
        // Most words end at a space: only a possible glue character needs
        // its neighbours decoded.
        if !matches!(c, '-' | '‐' | '/' | '\'' | '’' | ',' | '.' | ':' | '&') {
            return (j, apostrophe);
        }
        let after = char_at(text, j + c.len_utf8());
        let prev = text[..j].chars().next_back();
        let glue = match c {
            '-' | '‐' => after.is_some_and(is_alphanumeric),
            // Dates and fractions: "11/3", "1/2".
            '/' => prev.is_some_and(|p| p.is_ascii_digit()) && after.is_some_and(|a| a.is_ascii_digit()),
            '\'' | '’' => after.is_some_and(is_alphabetic),
            ',' | '.' | ':' => prev.is_some_and(|p| p.is_ascii_digit()) && after.is_some_and(|a| a.is_ascii_digit()),
            '&' => prev.is_some_and(|p| p.is_uppercase()) && after.is_some_and(|a| a.is_uppercase()),
            _ => false,
        };
        if glue {
            apostrophe |= is_apostrophe(c);
            j += c.len_utf8();
            continue;
        }
        if c == '.' {
            return (scan_period(text, i, j, lexicon), apostrophe);
        }
        return (j, apostrophe);
    }
}

/// The word `text[i..j]` is followed by a period at `j`: decide whether the
/// period belongs to the word (abbreviation, initial, "U.S.") and return the
/// token's end.
fn scan_period(text: &str, i: usize, j: usize, lexicon: &Lexicon) -> usize {
    let word = &text[i..j];
    // Dotted initialism: letter . letter . (… "U.S.", "a.m.", "D.C.").
    if word.chars().count() == 1 && word.chars().all(is_alphabetic) {
        let mut k = j;
        loop {
            // At a '.', look for "X." to continue.
            let next = char_at(text, k + 1);
            match next {
                Some(n) if is_alphabetic(n) && char_at(text, k + 1 + n.len_utf8()) == Some('.') => {
                    k += 1 + n.len_utf8();
                }
                _ => break,
            }
        }
        let candidate = &text[i..k];
        if k > j && is_dotted_initialism(candidate) {
            return k + 1;
        }
        // A single capital letter and a period is an initial ("John F. Kennedy").
        if word.chars().all(char::is_uppercase) {
            return j + 1;
        }
    }
    if lexicon.is_abbreviation(word) {
        return j + 1;
    }
    j
}

fn is_combining(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F)
}

#[cfg(test)]
mod tests {
    use super::*;

    // The tokenizer as it was before the ASCII class table and the
    // apostrophe flag: the definition the fast one must equal.
    fn tokenize_reference(text: &str, lexicon: &Lexicon) -> Vec<Token> {
        let mut tokens: Vec<Token> = Vec::with_capacity(text.len() / 5 + 1);
        let len = text.len();
        let mut i = 0;
        let mut space_before = false;
        let mut newline_before = false;
        // A single quotation mark (‘ ' `) has opened and not yet closed.
        let mut single_open = false;
        let push = |tokens: &mut Vec<Token>, start: usize, end: usize, kind: TokenKind, sb: &mut bool, nb: &mut bool| {
            tokens.push(Token { start: start as u32, end: end as u32, kind, space_before: *sb, newline_before: *nb });
            *sb = false;
            *nb = false;
        };
        while i < len {
            let Some(c) = char_at(text, i) else { break };
            let clen = c.len_utf8();
            if c.is_whitespace() {
                space_before = true;
                if c == '\n' {
                    newline_before = true;
                    // A quotation in single quotes does not run past its paragraph.
                    single_open = false;
                }
                i += clen;
                continue;
            }
            let start = i;
            if is_alphanumeric(c) {
                let end = scan_word_reference(text, i, lexicon);
                // Split a clitic off the end ("Mexico’s" → "Mexico" "’s").
                let word = &text[start..end];
                // Every clitic holds an apostrophe (' or ’, whose last byte is
                // 0x99) within a word's last five bytes: most words skip the list.
                let tail = &word.as_bytes()[word.len().saturating_sub(5)..];
                let clitic = if tail.iter().any(|&b| b == b'\'' || b == 0x99) {
                    CLITICS.iter().find(|cl| word.len() > cl.len() && word.ends_with(*cl) && !word.ends_with('.'))
                } else {
                    None
                };
                let kind = word_kind(word);
                match clitic {
                    Some(cl) => {
                        let split = end - cl.len();
                        push(&mut tokens, start, split, kind, &mut space_before, &mut newline_before);
                        push(&mut tokens, split, end, TokenKind::Word, &mut space_before, &mut newline_before);
                    }
                    None => push(&mut tokens, start, end, kind, &mut space_before, &mut newline_before),
                }
                i = end;
                continue;
            }
            let (end, kind) = if c == '.' {
                let mut j = i;
                while char_at(text, j) == Some('.') {
                    j += 1;
                }
                (j, TokenKind::Terminal)
            } else if c == '…' {
                (i + clen, TokenKind::Terminal)
            } else if c == '!' || c == '?' {
                let mut j = i;
                while matches!(char_at(text, j), Some('!' | '?')) {
                    j += 1;
                }
                (j, TokenKind::Terminal)
            } else if is_dash_char(c) {
                (i + clen, TokenKind::Dash)
            } else if c == '-' && char_at(text, i + 1) == Some('-') {
                let mut j = i;
                while char_at(text, j) == Some('-') {
                    j += 1;
                }
                (j, TokenKind::Dash)
            } else if c == '`' {
                // Typewriter/PTB-style opening quotes: `` or `.
                let end = if char_at(text, i + 1) == Some('`') { i + 2 } else { i + 1 };
                (end, TokenKind::OpenQuote)
            } else if c == '\'' && char_at(text, i + 1) == Some('\'') {
                // '' closes a `` quotation.
                (i + 2, TokenKind::CloseQuote)
            } else if is_open_quote_char(c) {
                (i + clen, TokenKind::OpenQuote)
            } else if is_close_quote_char(c) {
                (i + clen, TokenKind::CloseQuote)
            } else if c == '"' || is_apostrophe(c) {
                (i + clen, straight_quote_kind(text, i, c, single_open))
            } else {
                (i + clen, TokenKind::Punct)
            };
            push(&mut tokens, start, end, kind, &mut space_before, &mut newline_before);
            single_open = single_quote_open_after(single_open, &text[start..end], kind);
            i = end;
        }
        tokens
    }

    /// Scans a word starting at `i` (an alphanumeric char) and returns its end.
    fn scan_word_reference(text: &str, i: usize, lexicon: &Lexicon) -> usize {
        let mut j = i;
        loop {
            // A run of alphanumerics (and combining marks); ASCII bytes are
            // classified without decoding a char.
            let bytes = text.as_bytes();
            while let Some(&b) = bytes.get(j) {
                if b < 0x80 {
                    if !b.is_ascii_alphanumeric() {
                        break;
                    }
                    j += 1;
                    continue;
                }
                match text[j..].chars().next() {
                    Some(c) if is_alphanumeric(c) || is_combining(c) => j += c.len_utf8(),
                    _ => break,
                }
            }
            let Some(c) = char_at(text, j) else { return j };
            // Most words end at a space: only a possible glue character needs
            // its neighbours decoded.
            if !matches!(c, '-' | '‐' | '/' | '\'' | '’' | ',' | '.' | ':' | '&') {
                return j;
            }
            let after = char_at(text, j + c.len_utf8());
            let prev = text[..j].chars().next_back();
            let glue = match c {
                '-' | '‐' => after.is_some_and(is_alphanumeric),
                // Dates and fractions: "11/3", "1/2".
                '/' => prev.is_some_and(|p| p.is_ascii_digit()) && after.is_some_and(|a| a.is_ascii_digit()),
                '\'' | '’' => after.is_some_and(is_alphabetic),
                ',' | '.' | ':' => prev.is_some_and(|p| p.is_ascii_digit()) && after.is_some_and(|a| a.is_ascii_digit()),
                '&' => prev.is_some_and(|p| p.is_uppercase()) && after.is_some_and(|a| a.is_uppercase()),
                _ => false,
            };
            if glue {
                j += c.len_utf8();
                continue;
            }
            if c == '.' {
                return scan_period(text, i, j, lexicon);
            }
            return j;
        }
    }

    fn same(text: &str) {
        let lexicon = Lexicon::english();
        assert_eq!(tokenize_with(text, lexicon), tokenize_reference(text, lexicon), "{text:?}");
    }

    #[test]
    fn ascii_classes_agree_with_char() {
        for b in 0u8..0x80 {
            let c = b as char;
            let class = ASCII_CLASS[b as usize];
            assert_eq!(class == SPACE, c.is_whitespace(), "{b:#x}");
            assert_eq!(class == ALNUM, c.is_alphanumeric(), "{b:#x}");
        }
    }

    const PIECES: &[&str] = &[
        "Mexico", "Mexico’s", "don't", "can’t", "they're", "I'm", "we’ve", "she'd", "rock'n'roll", "o'clock", "’s", "'s", "n't",
        "U.S.", "a.m.", "Gen.", "Mr.", "J.", "etc.", "...", "!?", "…", "1,500", "3.5", "11/3", "10:30", "AT&T", "well-known",
        "x‐y", "--", "—", "–", "``", "''", "\"", "“", "”", "«", "»", "‘", "’", "'", "(", "[", " ", "  ", "\n", "\n\n", "\t",
        "\u{b}", "\u{c}", "\r\n", "\u{a0}", "\u{2009}", "\u{3000}", "\u{85}", "\u{1c}", "é", "Жовтня", "naïve\u{301}", "日本",
        "😀", "ß", "½", "Ⅻ", "٣", "x", "7", ",", ".", ":", "&", "-", "/", "Ελλάδα",
    ];

    #[test]
    fn equals_the_reference_on_random_mixes() {
        let mut state = 0x2545_f491_4f6c_dd1du64;
        let mut next = move || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        for _ in 0..30_000 {
            let n = (next() % 10) as usize;
            let mut text = String::new();
            for _ in 0..n {
                text.push_str(PIECES[(next() % PIECES.len() as u64) as usize]);
            }
            same(&text);
        }
        for text in ["", "The ministry’s spokesman didn't say.", "He said \"no.\" Then: 'yes'.", "U.S.-Mexico talks at 9 a.m. on Jan. 5."] {
            same(text);
        }
    }
}
