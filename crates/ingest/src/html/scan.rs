//! Byte searches tuned for the short spans of markup: attribute areas,
//! attribute values and the white space between tags are mostly a few dozen
//! bytes, where a `memchr` call costs more in set-up and dispatch than the
//! search itself. These look at eight bytes at a time in a plain `u64`
//! ("SWAR") over the first [`SHORT`] bytes and hand longer spans to
//! `memchr`, which is faster there.

use memchr::{memchr, memchr3};

const ONES: u64 = 0x0101_0101_0101_0101;
const HIGHS: u64 = 0x8080_8080_8080_8080;

/// How many bytes are searched eight at a time before `memchr` takes over.
const SHORT: usize = 32;

/// The high bit of every zero byte of `x` is set in the result; bytes above
/// the first zero byte may also be marked (the subtraction borrows), so only
/// the lowest mark is exact — which is the one the searches use.
#[inline]
fn zero_bytes(x: u64) -> u64 {
    x.wrapping_sub(ONES) & !x & HIGHS
}

/// Eight bytes of `b` from `i` as a little-endian word (the first byte in
/// the lowest bits), or `None` near the end.
#[inline]
fn word_at(b: &[u8], i: usize) -> Option<u64> {
    b.get(i..)
        .and_then(|s| s.first_chunk::<8>())
        .map(|w| u64::from_le_bytes(*w))
}

/// Index of the lowest marked byte.
#[inline]
fn first_marked(marks: u64) -> usize {
    (marks.trailing_zeros() / 8) as usize
}

/// Position of the first `c` in `b` (same answer as `memchr(c, b)`).
#[inline]
pub(crate) fn find_byte(c: u8, b: &[u8]) -> Option<usize> {
    let pattern = ONES * u64::from(c);
    let mut i = 0;
    while let Some(w) = word_at(b, i) {
        let marks = zero_bytes(w ^ pattern);
        if marks != 0 {
            return Some(i + first_marked(marks));
        }
        i += 8;
        if i >= SHORT {
            return memchr(c, &b[i..]).map(|k| i + k);
        }
    }
    b[i..].iter().position(|&x| x == c).map(|k| i + k)
}

/// Position of the first of `c1`, `c2`, `c3` in `b` (same answer as
/// `memchr3(c1, c2, c3, b)`).
#[inline]
pub(crate) fn find_byte3(c1: u8, c2: u8, c3: u8, b: &[u8]) -> Option<usize> {
    let (p1, p2, p3) = (ONES * u64::from(c1), ONES * u64::from(c2), ONES * u64::from(c3));
    let mut i = 0;
    while let Some(w) = word_at(b, i) {
        let marks = zero_bytes(w ^ p1) | zero_bytes(w ^ p2) | zero_bytes(w ^ p3);
        if marks != 0 {
            return Some(i + first_marked(marks));
        }
        i += 8;
        if i >= SHORT {
            return memchr3(c1, c2, c3, &b[i..]).map(|k| i + k);
        }
    }
    b[i..]
        .iter()
        .position(|&x| x == c1 || x == c2 || x == c3)
        .map(|k| i + k)
}

/// Bytes that end an attribute name: ASCII white space, `=`, `/`, `>`.
pub(crate) static ENDS_ATTR_NAME: [bool; 256] = {
    let mut t = [false; 256];
    t[b'\t' as usize] = true;
    t[b'\n' as usize] = true;
    t[0x0C] = true;
    t[b'\r' as usize] = true;
    t[b' ' as usize] = true;
    t[b'=' as usize] = true;
    t[b'/' as usize] = true;
    t[b'>' as usize] = true;
    t
};

/// Position of the first byte of `b` that ends an attribute name
/// ([`ENDS_ATTR_NAME`]), or `b.len()`. Eight bytes at a time: a word is
/// passed over when it has no byte ≤ `' '` and no `=`, `/` or `>`; a
/// control byte that is not white space is stepped over.
#[inline]
pub(crate) fn attr_name_end(b: &[u8]) -> usize {
    let (eq, slash, gt) = (ONES * u64::from(b'='), ONES * u64::from(b'/'), ONES * u64::from(b'>'));
    let mut i = 0;
    while let Some(w) = word_at(b, i) {
        // Bytes below 0x21 (the high bit of `!w` keeps bytes ≥ 0x80 out);
        // as with `zero_bytes`, the lowest mark is exact.
        let low = w.wrapping_sub(ONES * 0x21) & !w & HIGHS;
        let marks = low | zero_bytes(w ^ eq) | zero_bytes(w ^ slash) | zero_bytes(w ^ gt);
        if marks == 0 {
            i += 8;
            continue;
        }
        let at = i + first_marked(marks);
        if ENDS_ATTR_NAME[usize::from(b[at])] {
            return at;
        }
        i = at + 1;
    }
    b[i..]
        .iter()
        .position(|&x| ENDS_ATTR_NAME[usize::from(x)])
        .map_or(b.len(), |k| i + k)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn agrees_with_memchr() {
        let alphabet = [b'a', b'>', b'"', b'\'', b'<', 0x00, 0x01, 0x7F, 0x80, 0xBE, 0xFF, b' '];
        let mut next = crate::test_rng(0x9E37_79B9_7F4A_7C15);
        let mut checked = 0;
        for len in 0..100 {
            for _ in 0..200 {
                // Mostly one filler byte, with a few others sprinkled in.
                let fill = alphabet[next(alphabet.len())];
                let mut b = vec![fill; len];
                for _ in 0..next(4) {
                    if len > 0 {
                        let at = next(len);
                        b[at] = alphabet[next(alphabet.len())];
                    }
                }
                for &c in &alphabet {
                    assert_eq!(find_byte(c, &b), memchr(c, &b), "{c} in {b:?}");
                }
                for &(c1, c2, c3) in &[(b'>', b'"', b'\''), (0x00, 0x80, 0xFF), (b'a', b'a', b' ')] {
                    assert_eq!(find_byte3(c1, c2, c3, &b), memchr3(c1, c2, c3, &b), "{b:?}");
                }
                checked += 1;
            }
        }
        assert_eq!(checked, 20_000);
    }

    #[test]
    fn attribute_names_end_where_the_table_says() {
        let alphabet = [b'a', b'-', b'=', b'/', b'>', b' ', b'\t', b'\n', 0x0B, 0x0C, b'\r', 0x00, 0x1F, 0x20, 0x21, 0x7F, 0x80, 0xA0, 0xFF, b'"'];
        let mut next = crate::test_rng(0xBF58_476D_1CE4_E5B9);
        for len in 0..60 {
            for _ in 0..300 {
                let fill = if next(2) == 0 { b'a' } else { alphabet[next(alphabet.len())] };
                let mut b = vec![fill; len];
                for _ in 0..next(5) {
                    if len > 0 {
                        let at = next(len);
                        b[at] = alphabet[next(alphabet.len())];
                    }
                }
                let expected = b.iter().position(|&x| ENDS_ATTR_NAME[usize::from(x)]).unwrap_or(b.len());
                assert_eq!(attr_name_end(&b), expected, "{b:?}");
            }
        }
    }
}
