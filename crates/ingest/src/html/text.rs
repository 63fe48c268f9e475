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

/// Appends `raw` HTML text to `out` with references decoded and white space
/// collapsed to single spaces. `pending_space` carries a space between calls
/// so that text split over inline tags joins correctly; a space is never
/// written at the start of `out`.
pub(crate) fn push_collapsed(out: &mut String, raw: &str, pending_space: &mut bool) {
    let mut rest = raw;
    while !rest.is_empty() {
        // Fast path: copy runs of plain ASCII non-space, non-'&' bytes.
        let b = rest.as_bytes();
        let mut plain = 0;
        while plain < b.len()
            && b[plain] < 0x80
            && b[plain] != b'&'
            && !b[plain].is_ascii_whitespace()
        {
            plain += 1;
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
