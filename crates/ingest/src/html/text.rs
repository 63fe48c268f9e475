//! Character references and whitespace: raw HTML text → readable text.

use memchr::memchr;

use super::entity_table::ENTITIES;

/// Windows-1252 meanings of the C1 range, which HTML applies to numeric
/// references like `&#150;`.
const C1_REPLACEMENTS: [char; 32] = [
    '\u{20AC}', '\u{81}', '\u{201A}', '\u{0192}', '\u{201E}', '\u{2026}', '\u{2020}', '\u{2021}',
    '\u{02C6}', '\u{2030}', '\u{0160}', '\u{2039}', '\u{0152}', '\u{8D}', '\u{017D}', '\u{8F}',
    '\u{90}', '\u{2018}', '\u{2019}', '\u{201C}', '\u{201D}', '\u{2022}', '\u{2013}', '\u{2014}',
    '\u{02DC}', '\u{2122}', '\u{0161}', '\u{203A}', '\u{0153}', '\u{9D}', '\u{017E}', '\u{0178}',
];

fn lookup_entity(name: &str) -> Option<char> {
    ENTITIES
        .binary_search_by(|(k, _)| k.as_bytes().cmp(name.as_bytes()))
        .ok()
        .map(|i| ENTITIES[i].1)
}

/// Decodes the reference starting at `s[0] == '&'`. Returns the character
/// and how many bytes it used, or `None` if this '&' is literal.
fn decode_reference(s: &str) -> Option<(char, usize)> {
    let b = s.as_bytes();
    if b.get(1) == Some(&b'#') {
        let (radix, digits_start) = if matches!(b.get(2), Some(b'x' | b'X')) {
            (16, 3)
        } else {
            (10, 2)
        };
        let mut end = digits_start;
        let mut value: u32 = 0;
        while end < b.len() {
            let Some(d) = (b[end] as char).to_digit(radix) else {
                break;
            };
            // Saturate: any overlong number is an invalid code point anyway.
            value = value.saturating_mul(radix).saturating_add(d);
            end += 1;
        }
        if end == digits_start {
            return None;
        }
        let used = if b.get(end) == Some(&b';') {
            end + 1
        } else {
            end
        };
        let c = match value {
            0 => '\u{FFFD}',
            0x80..=0x9F => C1_REPLACEMENTS[(value - 0x80) as usize],
            _ => char::from_u32(value).unwrap_or('\u{FFFD}'),
        };
        return Some((c, used));
    }
    let mut end = 1;
    while end < b.len() && end <= 32 && b[end].is_ascii_alphanumeric() {
        end += 1;
    }
    if end == 1 {
        return None;
    }
    let name = &s[1..end];
    if b.get(end) == Some(&b';') {
        return lookup_entity(name).map(|c| (c, end + 1));
    }
    // A few references are recognised without ';' (legacy), as browsers do.
    match name {
        "amp" | "AMP" => Some(('&', end)),
        "lt" | "LT" => Some(('<', end)),
        "gt" | "GT" => Some(('>', end)),
        "quot" | "QUOT" => Some(('"', end)),
        "nbsp" => Some(('\u{A0}', end)),
        "copy" => Some(('©', end)),
        "reg" => Some(('®', end)),
        _ => None,
    }
}

/// True for characters that render as (collapsible) white space.
#[inline]
pub(crate) fn is_space(c: char) -> bool {
    matches!(
        c,
        ' ' | '\t' | '\n' | '\r' | '\u{0C}' | '\u{A0}' | '\u{2000}'
            ..='\u{200B}' | '\u{202F}' | '\u{205F}' | '\u{3000}' | '\u{FEFF}'
    )
}

/// Whether the non-ASCII character `b` starts with is white space or
/// invisible for [`push_collapsed`] (the non-ASCII part of [`is_space`], the
/// soft hyphen and the zero-width (non-)joiners), decided on its UTF-8
/// bytes.
#[inline]
fn is_special_non_ascii(b: &[u8]) -> bool {
    match b[0] {
        // U+00A0, U+00AD.
        0xC2 => matches!(b.get(1), Some(0xA0 | 0xAD)),
        // U+2000–U+200D, U+202F; U+205F.
        0xE2 => matches!((b.get(1), b.get(2)), (Some(0x80), Some(0x80..=0x8D | 0xAF)) | (Some(0x81), Some(0x9F))),
        // U+3000.
        0xE3 => b.get(1..3) == Some(&[0x80, 0x80]),
        // U+FEFF.
        0xEF => b.get(1..3) == Some(&[0xBB, 0xBF]),
        _ => false,
    }
}

/// [`BYTE_CLASS`]: copied as is.
const PLAIN: u8 = 0;
/// [`BYTE_CLASS`]: ASCII white space or `&`.
const NOT_PLAIN: u8 = 1;
/// [`BYTE_CLASS`]: the first byte of a character that may be white space
/// or invisible (see [`is_special_non_ascii`]).
const MAYBE_SPECIAL: u8 = 2;

/// What one byte of text is, for [`is_plain`] (one lookup per byte of every
/// text node the emitter copies).
static BYTE_CLASS: [u8; 256] = {
    let mut t = [PLAIN; 256];
    t[b'&' as usize] = NOT_PLAIN;
    t[b'\t' as usize] = NOT_PLAIN;
    t[b'\n' as usize] = NOT_PLAIN;
    t[0x0C] = NOT_PLAIN;
    t[b'\r' as usize] = NOT_PLAIN;
    t[b' ' as usize] = NOT_PLAIN;
    t[0xC2] = MAYBE_SPECIAL;
    t[0xE2] = MAYBE_SPECIAL;
    t[0xE3] = MAYBE_SPECIAL;
    t[0xEF] = MAYBE_SPECIAL;
    t
};

/// Whether byte `x` (starting `b`) can be copied as is: not a reference,
/// not white space, not an invisible character.
#[inline]
fn is_plain(x: u8, b: &[u8]) -> bool {
    match BYTE_CLASS[usize::from(x)] {
        PLAIN => true,
        MAYBE_SPECIAL => !is_special_non_ascii(b),
        _ => false,
    }
}

const ONES: u64 = 0x0101_0101_0101_0101;
const HIGHS: u64 = 0x8080_8080_8080_8080;

/// The high bit of every zero byte of `x`, and of no other byte.
#[inline]
fn zero_bytes(x: u64) -> u64 {
    !((x & !HIGHS).wrapping_add(!HIGHS) | x) & HIGHS
}

/// The high bit of every byte of `w` that is not surely plain: below `'` (ASCII
/// white space, `&`, the space itself), 0xC2 or 0xE0–0xEF (these start every
/// special non-ASCII character). A superset of the bytes [`is_plain`]
/// refuses, cheap to test eight at a time.
#[inline]
fn unsure_bytes(w: u64) -> u64 {
    let below_quote = !((w & !HIGHS).wrapping_add(ONES * (0x80 - 0x27)) | w) & HIGHS;
    below_quote | zero_bytes(w ^ (ONES * 0xC2)) | zero_bytes((w & (ONES * 0xF0)) ^ (ONES * 0xE0))
}

/// Whether the eight bytes of `b` from `at` (`at > 0`, a ninth byte after
/// them) all pass the byte loop of [`push_collapsed`]: each is surely plain,
/// or a space followed by a surely plain byte (a lone space inside a run).
#[inline]
fn word_is_plain(b: &[u8], at: usize) -> bool {
    let (Some(word), Some(&ninth)) = (b.get(at..).and_then(|s| s.first_chunk::<8>()), b.get(at + 8)) else {
        return false;
    };
    let w = u64::from_le_bytes(*word);
    let unsure = unsure_bytes(w);
    let spaces = zero_bytes(w ^ (ONES * u64::from(b' ')));
    // What follows each byte: the next one, and for the last the ninth.
    let ninth_unsure = unsure_bytes(u64::from(ninth)) & 0x80;
    let unsure_next = (unsure >> 8) | (ninth_unsure << 56);
    unsure & !spaces == 0 && spaces & unsure_next == 0
}

/// Appends `raw` HTML text to `out` with references decoded and white space
/// collapsed to single spaces. `pending_space` carries a space between calls
/// so that text split over inline tags joins correctly; a space is never
/// written at the start of `out`.
pub(crate) fn push_collapsed(out: &mut String, raw: &str, pending_space: &mut bool) {
    let mut rest = raw;
    while !rest.is_empty() {
        // Fast path: copy in one piece a run of characters that stay as
        // they are, including single spaces between them (already
        // collapsed). The run ends on a character boundary: at ASCII, or
        // at the first byte of a special character.
        let b = rest.as_bytes();
        let mut plain = 0;
        // Eight bytes at a time while a whole word passes (most words of
        // prose), else a byte at a time for the next eight.
        'run: loop {
            if plain > 0 && word_is_plain(b, plain) {
                plain += 8;
                continue;
            }
            let stop = (plain + 8).min(b.len());
            while plain < stop {
                let x = b[plain];
                if !is_plain(x, &b[plain..]) {
                    let lone_space = x == b' ' && plain > 0 && b.get(plain + 1).is_some_and(|&n| is_plain(n, &b[plain + 1..]));
                    if !lone_space {
                        break 'run;
                    }
                }
                plain += 1;
            }
            if plain >= b.len() {
                break;
            }
        }
        if plain > 0 {
            if *pending_space && !out.is_empty() {
                out.push(' ');
            }
            *pending_space = false;
            out.push_str(&rest[..plain]);
            rest = &rest[plain..];
            continue;
        }
        let (c, used) = if b[0] == b'&' {
            decode_reference(rest).unwrap_or(('&', 1))
        } else {
            match rest.chars().next() {
                Some(c) => (c, c.len_utf8()),
                None => break,
            }
        };
        rest = &rest[used..];
        push_collapsed_char(out, c, pending_space);
    }
}

/// One decoded character of collapsed text: white space is remembered as
/// one pending space, invisible characters are dropped.
fn push_collapsed_char(out: &mut String, c: char, pending_space: &mut bool) {
    if is_space(c) {
        *pending_space = true;
    } else if c == '\u{AD}' || c == '\u{200C}' || c == '\u{200D}' {
        // Soft hyphen and zero-width joiners: invisible, drop.
    } else {
        if *pending_space && !out.is_empty() {
            out.push(' ');
        }
        *pending_space = false;
        out.push(c);
    }
}

/// Appends `raw` text keeping its line structure (for `<pre>`): references
/// decoded, `\r\n` → `\n`, other characters kept.
pub(crate) fn push_preformatted(out: &mut String, raw: &str) {
    let mut rest = raw;
    while !rest.is_empty() {
        let Some(amp) = memchr(b'&', rest.as_bytes()) else {
            out.push_str(&rest.replace('\r', ""));
            return;
        };
        out.push_str(&rest[..amp].replace('\r', ""));
        rest = &rest[amp..];
        let (c, used) = decode_reference(rest).unwrap_or(('&', 1));
        out.push(c);
        rest = &rest[used..];
    }
}

/// Decodes references and collapses white space of a short attribute value
/// or text, trimmed.
pub(crate) fn clean(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    let mut pending = false;
    push_collapsed(&mut out, raw, &mut pending);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_references() {
        assert_eq!(
            clean("Tom &amp; Jerry&#8217;s &lt;b&gt; &copy 2020 &#x201C;hi&#x201d;"),
            "Tom & Jerry’s <b> © 2020 “hi”"
        );
        assert_eq!(clean("a&nbsp;b &#150; c"), "a b – c");
        assert_eq!(clean("AT&T &unknown; & &#;"), "AT&T &unknown; & &#;");
        assert_eq!(clean("&#99999999999;x"), "\u{FFFD}x");
    }

    /// The character-at-a-time version [`push_collapsed`] must agree with
    /// (its run copying is what is under test; the per-character rule is shared).
    fn push_collapsed_reference(out: &mut String, raw: &str, pending_space: &mut bool) {
        let mut rest = raw;
        while let Some(first) = rest.chars().next() {
            let (c, used) = if first == '&' {
                decode_reference(rest).unwrap_or(('&', 1))
            } else {
                (first, first.len_utf8())
            };
            rest = &rest[used..];
            push_collapsed_char(out, c, pending_space);
        }
    }

    #[test]
    fn fast_path_agrees_with_the_reference() {
        let mut pieces: Vec<String> = ["a", "Bc", " ", "  ", "\t", "\n", "\r\n", "&amp;", "&nbsp;", "&#8217;", "&x", "&", "x;", "é", "’", "“", "Д", "中", "😀", "\u{b}", "\u{c}"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        // Every special character and its neighbours in UTF-8.
        for c in ['\u{9F}', '\u{A0}', '\u{A1}', '\u{AC}', '\u{AD}', '\u{AE}', '\u{1FFF}', '\u{2000}', '\u{200B}', '\u{200C}', '\u{200D}', '\u{200E}', '\u{202E}', '\u{202F}', '\u{2030}', '\u{205E}', '\u{205F}', '\u{2060}', '\u{2FFF}', '\u{3000}', '\u{3001}', '\u{FEFE}', '\u{FEFF}', '\u{FF00}'] {
            pieces.push(c.to_string());
        }
        // A small deterministic generator: every pair and many longer mixes.
        let mut next = crate::test_rng(0x2545_F491_4F6C_DD1Du64);
        let mut inputs: Vec<String> = Vec::new();
        for a in &pieces {
            for b in &pieces {
                inputs.push(format!("{a}{b}"));
                inputs.push(format!("{a} {b} {a}"));
            }
        }
        for _ in 0..20_000 {
            let len = 1 + next(12);
            inputs.push((0..len).map(|_| pieces[next(pieces.len())].as_str()).collect());
        }
        // Long runs of prose with the pieces sprinkled in, so that the
        // eight-byte steps meet every piece at every offset.
        let words = ["word", "the", "Quick", "brown", "fox’s", "Дом", "a", "!\"#$%'", "(x)", "\u{7f}", "ÿ", "\u{e000}"];
        for _ in 0..20_000 {
            let mut input = String::new();
            for _ in 0..1 + next(30) {
                match next(8) {
                    0 => input.push_str(pieces[next(pieces.len())].as_str()),
                    1..=3 => input.push(' '),
                    _ => input.push_str(words[next(words.len())]),
                }
            }
            inputs.push(input);
        }
        for input in &inputs {
            for start_pending in [false, true] {
                let (mut fast, mut slow) = (String::from("x"), String::from("x"));
                let (mut pf, mut ps) = (start_pending, start_pending);
                push_collapsed(&mut fast, input, &mut pf);
                push_collapsed_reference(&mut slow, input, &mut ps);
                assert_eq!((&fast, pf), (&slow, ps), "{input:?}");
                let (mut fast, mut slow) = (String::new(), String::new());
                let (mut pf, mut ps) = (start_pending, start_pending);
                push_collapsed(&mut fast, input, &mut pf);
                push_collapsed_reference(&mut slow, input, &mut ps);
                assert_eq!((&fast, pf), (&slow, ps), "{input:?}");
            }
        }
    }

    #[test]
    fn plain_words_pass_the_byte_loop() {
        // The byte loop's test for position `i` of a run (i > 0).
        let passes = |b: &[u8], i: usize| {
            is_plain(b[i], &b[i..]) || (b[i] == b' ' && b.get(i + 1).is_some_and(|&n| is_plain(n, &b[i + 1..])))
        };
        let fillers = [b'a', b' ', 0xD0, 0x80];
        for x in 0..=255u8 {
            for y in [b'a', b' ', b'&', b'\n', 0xC2, 0xA0, 0xE2, 0x80] {
                for &fill in &fillers {
                    for k in 0..9 {
                        // b[0] starts the run; the word is b[1..9], b[9] follows.
                        let mut b = vec![fill; 10];
                        b[1 + k] = x;
                        if k < 8 {
                            b[2 + k] = y;
                        }
                        if word_is_plain(&b, 1) {
                            assert!((1..9).all(|i| passes(&b, i)), "{b:?}");
                        }
                    }
                }
            }
        }
        // Words of prose do take the eight-byte step.
        assert!(word_is_plain(b"xThe quick fox", 1));
        assert!(!word_is_plain(b"xThe  quick fox", 1));
        assert!(!word_is_plain("xThe\u{a0}quick".as_bytes(), 1));
        assert!(!word_is_plain(b"xThe quic", 1), "no ninth byte");
    }

    #[test]
    fn byte_classes_agree_with_the_definition() {
        // ASCII: plain unless '&' or ASCII white space; other bytes: plain
        // unless they can start a special character.
        for x in 0..=255u8 {
            let expected = if x < 0x80 {
                if x == b'&' || x.is_ascii_whitespace() { NOT_PLAIN } else { PLAIN }
            } else if matches!(x, 0xC2 | 0xE2 | 0xE3 | 0xEF) {
                MAYBE_SPECIAL
            } else {
                PLAIN
            };
            assert_eq!(BYTE_CLASS[usize::from(x)], expected, "{x:#x}");
        }
        // Every special non-ASCII character starts with a MAYBE_SPECIAL byte.
        for c in (0x80..=0x10FFFFu32).filter_map(char::from_u32) {
            let mut buf = [0u8; 4];
            let s = c.encode_utf8(&mut buf).as_bytes();
            if is_special_non_ascii(s) {
                assert_eq!(BYTE_CLASS[usize::from(s[0])], MAYBE_SPECIAL, "{c:?}");
            }
        }
    }

    #[test]
    fn collapses_white_space() {
        assert_eq!(clean("  a \n\t b  "), "a b");
        let mut out = String::new();
        let mut pending = false;
        push_collapsed(&mut out, "one ", &mut pending);
        push_collapsed(&mut out, "two", &mut pending);
        push_collapsed(&mut out, "three ", &mut pending);
        assert_eq!(out, "one twothree");
        assert!(pending);
    }

    #[test]
    fn table_is_sorted() {
        assert!(ENTITIES
            .windows(2)
            .all(|w| w[0].0.as_bytes() < w[1].0.as_bytes()));
        assert_eq!(lookup_entity("mdash"), Some('—'));
    }

    #[test]
    fn preformatted_keeps_lines() {
        let mut out = String::new();
        push_preformatted(&mut out, "a  b\r\n&lt;c&gt;");
        assert_eq!(out, "a  b\n<c>");
    }
}
