//! Byte offsets (what Rust string code works in) to code-point offsets (what
//! schema v1 publishes).

use crate::Span;

/// Converts byte offsets in one text to Unicode code-point offsets.
///
/// Built once per article; a conversion is a binary search over the text's
/// UTF-8 continuation bytes, of which English news has few (curly quotes,
/// dashes, accented names). Pure-ASCII texts need no table at all.
#[derive(Debug, Clone)]
pub struct CharMap {
    /// Byte offsets of the UTF-8 continuation bytes (10xxxxxx), ascending;
    /// empty when the text is ASCII (identity).
    continuation: Vec<u32>,
    len_bytes: usize,
}

impl CharMap {
    pub fn new(text: &str) -> Self {
        let bytes = text.as_bytes();
        let mut continuation = Vec::new();
        // Eight bytes at a time: a block without a high bit is ASCII and
        // maps one to one.
        let mut blocks = bytes.chunks_exact(8);
        let mut at = 0;
        for block in &mut blocks {
            let word = u64::from_le_bytes([block[0], block[1], block[2], block[3], block[4], block[5], block[6], block[7]]);
            if word & 0x8080_8080_8080_8080 != 0 {
                push_continuations(block, at, &mut continuation);
            }
            at += 8;
        }
        push_continuations(blocks.remainder(), at, &mut continuation);
        CharMap { continuation, len_bytes: text.len() }
    }

    /// Code-point offset of byte offset `byte` (clamped to the text length).
    /// A byte inside a multi-byte character maps to that character.
    pub fn char_offset(&self, byte: usize) -> usize {
        let byte = byte.min(self.len_bytes);
        if byte == self.len_bytes {
            return byte - self.continuation.len();
        }
        // Every continuation byte up to and including `byte` belongs to a
        // character that started earlier (or to the one `byte` is inside).
        byte - self.continuation.partition_point(|&c| c as usize <= byte)
    }

    /// Converts a byte range into a code-point [`Span`].
    pub fn span(&self, byte_start: usize, byte_end: usize) -> Span {
        Span::new(self.char_offset(byte_start), self.char_offset(byte_end))
    }
}

/// Appends the offsets (`base` + index) of the continuation bytes of `bytes`.
fn push_continuations(bytes: &[u8], base: usize, out: &mut Vec<u32>) {
    for (i, &b) in bytes.iter().enumerate() {
        if b & 0xC0 == 0x80 {
            out.push((base + i) as u32);
        }
    }
}

/// Byte offset of code-point offset `ch` in `text` (for readers of schema v1
/// offsets from Rust). Returns `text.len()` past the end.
pub fn byte_offset(text: &str, ch: usize) -> usize {
    text.char_indices().nth(ch).map(|(b, _)| b).unwrap_or(text.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ascii_is_identity() {
        let m = CharMap::new("hello world");
        assert_eq!(m.span(6, 11), Span::new(6, 11));
    }

    #[test]
    fn multibyte_offsets_count_code_points() {
        let text = "Mexico’s Sheinbaum — “We reject”";
        let m = CharMap::new(text);
        let b = text.find("Sheinbaum").unwrap();
        let s = m.span(b, b + "Sheinbaum".len());
        let chars: Vec<char> = text.chars().collect();
        let got: String = chars[s.start..s.end].iter().collect();
        assert_eq!(got, "Sheinbaum");
        let q = text.find("We").unwrap();
        let s = m.span(q, text.len());
        let got: String = chars[s.start..s.end].iter().collect();
        assert_eq!(got, "We reject”");
        assert_eq!(byte_offset(text, s.start), q);
    }

    /// Every byte offset, against a count of the characters that start
    /// before it (a byte inside a character maps to that character).
    #[test]
    fn every_offset_matches_a_character_count() {
        for text in ["", "abc", "é", "a—b“c”d", "日本語 text", "𝔘𝔫𝔦 ok", "x’s — “y”", "plain ascii text—then “quotes” and ✓ at byte twenty-something"] {
            let m = CharMap::new(text);
            for byte in 0..=text.len() + 2 {
                let b = byte.min(text.len());
                let starts = text.char_indices().filter(|&(i, _)| i < b).count();
                let expected = if text.is_char_boundary(b) { starts } else { starts - 1 };
                assert_eq!(m.char_offset(byte), expected, "{text:?} byte {byte}");
            }
        }
    }
}
