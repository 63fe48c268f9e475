//! Byte offsets (what Rust string code works in) to code-point offsets (what
//! schema v1 publishes).

use crate::Span;

/// Converts byte offsets in one text to Unicode code-point offsets.
///
/// Built once per article; conversion is O(1). Pure-ASCII texts (most news
/// in English) need no table at all.
#[derive(Debug, Clone)]
pub struct CharMap {
    /// `chars_before[b]` = number of code points before byte `b`; empty when
    /// the text is ASCII (identity).
    chars_before: Vec<u32>,
    len_bytes: usize,
}

impl CharMap {
    pub fn new(text: &str) -> Self {
        if text.is_ascii() {
            return CharMap { chars_before: Vec::new(), len_bytes: text.len() };
        }
        // A byte that is not a UTF-8 continuation byte (10xxxxxx) starts a
        // code point; continuation bytes map to the code point they belong to.
        let mut chars_before = Vec::with_capacity(text.len() + 1);
        let mut count = 0u32;
        for b in text.bytes() {
            if (b & 0xC0) != 0x80 {
                chars_before.push(count);
                count += 1;
            } else {
                chars_before.push(count - 1);
            }
        }
        chars_before.push(count);
        CharMap { chars_before, len_bytes: text.len() }
    }

    /// Code-point offset of byte offset `byte` (clamped to the text length).
    pub fn char_offset(&self, byte: usize) -> usize {
        let byte = byte.min(self.len_bytes);
        if self.chars_before.is_empty() {
            byte
        } else {
            self.chars_before[byte] as usize
        }
    }

    /// Converts a byte range into a code-point [`Span`].
    pub fn span(&self, byte_start: usize, byte_end: usize) -> Span {
        Span::new(self.char_offset(byte_start), self.char_offset(byte_end))
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
}
