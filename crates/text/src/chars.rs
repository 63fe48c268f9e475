//! Character classes without the standard library's slow path.
//!
//! `char::is_alphanumeric` and `char::is_alphabetic` are a byte compare for
//! ASCII but a binary search over Unicode range tables for anything else;
//! on Cyrillic, Greek or accented Latin text that search was ~10 % of all
//! instructions of the pipeline (tokenizer, fingerprint). These functions
//! give exactly the standard library's answers: ASCII is answered inline,
//! code points below [`TABLE_END`] (every alphabet used in European,
//! Middle-Eastern and Indic news) from bitmaps the build script fills from
//! the standard library itself (`build.rs`), and the rest by the standard
//! library.

/// Code points below this are answered from the bitmaps (U+0000–U+2FFF:
/// 1.5 KB per class). `build.rs` has the same bound.
const TABLE_END: u32 = 0x3000;
const WORDS: usize = (TABLE_END / 64) as usize;

// `ALPHABETIC` and `ALPHANUMERIC`: bit `cp % 64` of word `cp / 64` is set
// when the code point is of the class.
include!(concat!(env!("OUT_DIR"), "/char_tables.rs"));

#[inline]
fn lookup(table: &[u64; WORDS], cp: u32) -> bool {
    table[(cp / 64) as usize] & (1u64 << (cp % 64)) != 0
}

/// Whole blocks beyond [`TABLE_END`] whose every code point is a letter:
/// the CJK Unified Ideographs (U+4E00–U+9FFF) and the Hangul syllables
/// (U+AC00–U+D7A3). Chinese, Japanese and Korean pages are written almost
/// entirely in them; answering them here keeps those pages off the
/// standard library's range search (the every-char test checks the claim).
#[inline]
fn in_letter_block(cp: u32) -> bool {
    (0x4E00..=0x9FFF).contains(&cp) || (0xAC00..=0xD7A3).contains(&cp)
}

/// Same answer as [`char::is_alphanumeric`], faster on non-ASCII text.
#[inline]
pub fn is_alphanumeric(c: char) -> bool {
    let cp = c as u32;
    if cp < 0x80 {
        (c as u8).is_ascii_alphanumeric()
    } else if cp < TABLE_END {
        lookup(&ALPHANUMERIC, cp)
    } else {
        in_letter_block(cp) || c.is_alphanumeric()
    }
}

/// Same answer as [`char::is_alphabetic`], faster on non-ASCII text.
#[inline]
pub fn is_alphabetic(c: char) -> bool {
    let cp = c as u32;
    if cp < 0x80 {
        (c as u8).is_ascii_alphabetic()
    } else if cp < TABLE_END {
        lookup(&ALPHABETIC, cp)
    } else {
        in_letter_block(cp) || c.is_alphabetic()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn agrees_with_the_standard_library_on_every_char() {
        for cp in 0..=0x10FFFFu32 {
            if let Some(c) = char::from_u32(cp) {
                assert_eq!(is_alphanumeric(c), c.is_alphanumeric(), "U+{cp:04X}");
                assert_eq!(is_alphabetic(c), c.is_alphabetic(), "U+{cp:04X}");
            }
        }
    }

    #[test]
    fn examples() {
        assert!(is_alphanumeric('Ж') && is_alphabetic('é') && is_alphanumeric('٣'));
        assert!(!is_alphabetic('٣') && !is_alphanumeric('—') && !is_alphanumeric(' '));
        assert!(is_alphabetic('中') && !is_alphanumeric('。'));
    }
}
