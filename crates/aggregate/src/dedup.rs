//! Near-duplicate detection with MinHash over word 3-shingles.
//!
//! We use one-permutation hashing (each shingle is hashed once and kept in
//! one of [`SIGNATURE_LEN`] buckets) with rotation densification for empty
//! buckets, which costs one hash per shingle instead of one per shingle and
//! permutation. Locality-sensitive hashing over [`BANDS`] bands of
//! [`ROWS`] values finds candidates: two texts with Jaccard similarity 0.9
//! share a band with probability > 0.999; at 0.5, about 6%.

use newsledger_model::Fingerprint;

pub const SIGNATURE_LEN: usize = 128;
pub const BANDS: usize = 16;
pub const ROWS: usize = SIGNATURE_LEN / BANDS;
/// Words per shingle.
pub const SHINGLE: usize = 3;
/// Estimated Jaccard similarity at or above which an article is a
/// near-duplicate (a syndicated or lightly edited copy).
pub const NEAR_DUPLICATE: f32 = 0.9;

#[inline]
fn mix64(mut x: u64) -> u64 {
    // splitmix64 finaliser: a cheap, well-distributed 64-bit mix.
    x ^= x >> 30;
    x = x.wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x ^= x >> 27;
    x = x.wrapping_mul(0x94d0_49bb_1331_11eb);
    x ^ (x >> 31)
}

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;

/// FNV-1a over a word's lower-cased bytes (the tests' reference; the
/// fingerprint computes the same hash while it scans).
#[cfg(test)]
fn word_hash(word: &str) -> u64 {
    let mut h: u64 = FNV_OFFSET;
    for b in word.bytes() {
        h ^= b.to_ascii_lowercase() as u64;
        h = h.wrapping_mul(FNV_PRIME);
    }
    h
}

/// Each ASCII byte lower-cased when it is alphanumeric, 0 when it is not.
const ASCII_WORD_BYTE: [u8; 128] = {
    let mut t = [0u8; 128];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        if c.is_ascii_alphanumeric() {
            t[b] = c.to_ascii_lowercase();
        }
        b += 1;
    }
    t
};

/// Calls `each` with the hash ([`word_hash`]) of every maximal run of
/// alphanumeric characters of `text`, in order. One pass over the bytes:
/// ASCII is classified and lower-cased by one table look-up (runs of it in
/// a tight inner loop), other characters through `newsledger_text::chars`
/// (the same answers as `char::is_alphanumeric`).
#[inline]
fn for_each_word_hash(text: &str, mut each: impl FnMut(u64)) {
    let bytes = text.as_bytes();
    let mut h = FNV_OFFSET;
    let mut in_word = false;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b < 0x80 {
            let mut lower = ASCII_WORD_BYTE[b as usize];
            if lower == 0 {
                if in_word {
                    each(h);
                    h = FNV_OFFSET;
                    in_word = false;
                }
                i += 1;
                continue;
            }
            // A run of ASCII alphanumerics.
            loop {
                h ^= lower as u64;
                h = h.wrapping_mul(FNV_PRIME);
                i += 1;
                match bytes.get(i) {
                    Some(&next) if next < 0x80 && ASCII_WORD_BYTE[next as usize] != 0 => lower = ASCII_WORD_BYTE[next as usize],
                    _ => break,
                }
            }
            in_word = true;
            continue;
        }
        // `i` is always on a char boundary: we step by whole chars.
        let Some(c) = text[i..].chars().next() else { break };
        let len = c.len_utf8();
        if newsledger_text::chars::is_alphanumeric(c) {
            // Non-ASCII bytes hash as they are (to_ascii_lowercase leaves them).
            for &x in &bytes[i..i + len] {
                h ^= x as u64;
                h = h.wrapping_mul(FNV_PRIME);
            }
            in_word = true;
        } else if in_word {
            each(h);
            h = FNV_OFFSET;
            in_word = false;
        }
        i += len;
    }
    if in_word {
        each(h);
    }
}

/// The fingerprint of `text`, or `None` when it has fewer than
/// [`SHINGLE`] words (too short to compare meaningfully).
pub fn fingerprint(text: &str) -> Option<Fingerprint> {
    let mut window = [0u64; SHINGLE];
    let mut words = 0usize;
    const EMPTY: u64 = u64::MAX;
    let mut buckets = [EMPTY; SIGNATURE_LEN];
    for_each_word_hash(text, |word| {
        window.rotate_left(1);
        window[SHINGLE - 1] = word;
        words += 1;
        if words < SHINGLE {
            return;
        }
        let mut h = 0u64;
        for (i, w) in window.iter().enumerate() {
            h = mix64(h ^ w.rotate_left(17 * i as u32));
        }
        let bucket = (h % SIGNATURE_LEN as u64) as usize;
        let value = h / SIGNATURE_LEN as u64;
        if value < buckets[bucket] {
            buckets[bucket] = value;
        }
    });
    if words < SHINGLE {
        return None;
    }
    // Densify: an empty bucket borrows the next non-empty one to its right
    // (circularly), salted by the distance so that borrowed values differ.
    let mut signature = vec![0u32; SIGNATURE_LEN];
    for i in 0..SIGNATURE_LEN {
        let mut j = i;
        let mut step = 0u64;
        while buckets[j] == EMPTY {
            j = (j + 1) % SIGNATURE_LEN;
            step += 1;
        }
        signature[i] = (mix64(buckets[j] ^ step.wrapping_mul(0x9e37_79b9_7f4a_7c15)) >> 32) as u32;
    }
    let bands = (0..BANDS)
        .map(|b| {
            let mut h = mix64(b as u64 + 1);
            for v in &signature[b * ROWS..(b + 1) * ROWS] {
                h = mix64(h ^ *v as u64);
            }
            // Keep it positive as an SQLite integer.
            h >> 1
        })
        .collect();
    Some(Fingerprint { signature, bands })
}

/// Estimated Jaccard similarity of two signatures.
pub fn similarity(a: &[u32], b: &[u32]) -> f32 {
    if a.len() != b.len() || a.is_empty() {
        return 0.0;
    }
    a.iter().zip(b).filter(|(x, y)| x == y).count() as f32 / a.len() as f32
}

/// The most similar candidate at or above [`NEAR_DUPLICATE`].
pub fn best_near_duplicate<'c>(fp: &Fingerprint, candidates: &'c [(String, Vec<u32>)]) -> Option<(&'c str, f32)> {
    candidates
        .iter()
        .map(|(id, sig)| (id.as_str(), similarity(&fp.signature, sig)))
        .filter(|(_, s)| *s >= NEAR_DUPLICATE)
        .max_by(|a, b| a.1.total_cmp(&b.1))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn story(n: usize, seed: usize) -> String {
        // Varied vocabulary so that shingles are distinct.
        (0..n).map(|i| format!("w{}x{}", (i * 7919 + seed * 104729) % 100_003, i % 13)).collect::<Vec<_>>().join(" ")
    }

    #[test]
    fn identical_texts_are_identical() {
        let t = story(400, 1);
        let (a, b) = (fingerprint(&t).unwrap(), fingerprint(&t).unwrap());
        assert_eq!(similarity(&a.signature, &b.signature), 1.0);
        assert_eq!(a.bands, b.bands);
    }

    #[test]
    fn light_edits_stay_near_duplicates() {
        let original = story(600, 1);
        // A syndicated copy: new first sentence, a changed word near the end.
        let mut words: Vec<String> = original.split(' ').map(str::to_string).collect();
        words[550] = "changed".into();
        let copy = format!("Reprinted with permission. {}", words.join(" "));
        let (a, b) = (fingerprint(&original).unwrap(), fingerprint(&copy).unwrap());
        let s = similarity(&a.signature, &b.signature);
        assert!(s >= NEAR_DUPLICATE, "similarity {s}");
        assert!(a.bands.iter().any(|x| b.bands.contains(x)), "shares an LSH band");
    }

    #[test]
    fn different_stories_are_not_duplicates() {
        let (a, b) = (fingerprint(&story(600, 1)).unwrap(), fingerprint(&story(600, 2)).unwrap());
        assert!(similarity(&a.signature, &b.signature) < 0.2);
        // Half the text shared: similar topic, not a copy.
        let half = format!("{} {}", &story(300, 1), &story(300, 3));
        let c = fingerprint(&half).unwrap();
        let s = similarity(&a.signature, &c.signature);
        assert!(s < NEAR_DUPLICATE && s > 0.1, "similarity {s}");
    }

    #[test]
    fn case_and_punctuation_do_not_matter_but_tiny_texts_have_none() {
        let a = fingerprint("The Pentagon said, on Monday, that strikes continued in the region").unwrap();
        let b = fingerprint("the pentagon said on monday that STRIKES continued in the region.").unwrap();
        assert_eq!(similarity(&a.signature, &b.signature), 1.0);
        assert!(fingerprint("two words").is_none());
    }

    #[test]
    fn word_hashes_match_a_split_on_non_alphanumerics() {
        let text = "Жители Мариуполя—said   it's 3,5 «Ελλάδα» naïve\u{301}x 中文。end Straße-Ⅻ ½ x";
        let expected: Vec<u64> = text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(word_hash).collect();
        let mut got = Vec::new();
        for_each_word_hash(text, |h| got.push(h));
        assert_eq!(got, expected);
        assert!(got.len() > 10);
    }

    #[test]
    fn best_candidate_is_chosen() {
        let fp = fingerprint(&story(300, 1)).unwrap();
        let near = fingerprint(&story(300, 1)).unwrap();
        let far = fingerprint(&story(300, 9)).unwrap();
        let cands = vec![("far".to_string(), far.signature), ("near".to_string(), near.signature)];
        assert_eq!(best_near_duplicate(&fp, &cands).map(|c| c.0), Some("near"));
        assert!(best_near_duplicate(&fp, &cands[..1]).is_none());
    }
}
