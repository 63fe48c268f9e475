//! Hashing for features and lexicon keys: fixed (no random seed), so that a
//! model file stays valid across runs and machines. Self-contained (std
//! only): `build.rs` includes it to build the lexicon tables.

const K: u64 = 0x9E37_79B9_7F4A_7C15;

/// A streaming hasher over `u32` units (chars or other hashes).
#[derive(Clone, Copy)]
pub(crate) struct Hasher(u64);

impl Hasher {
    #[inline]
    pub(crate) fn new(seed: u64) -> Self {
        Hasher(seed ^ 0x243F_6A88_85A3_08D3)
    }
    #[inline]
    pub(crate) fn add(&mut self, x: u64) {
        self.0 = (self.0.rotate_left(5) ^ x).wrapping_mul(K);
    }
    #[inline]
    pub(crate) fn finish(self) -> u64 {
        mix(self.0)
    }
}

/// Murmur3's 64-bit finaliser: spreads every input bit over the output.
#[inline]
pub(crate) fn mix(mut h: u64) -> u64 {
    h ^= h >> 33;
    h = h.wrapping_mul(0xFF51_AFD7_ED55_8CCD);
    h ^= h >> 33;
    h = h.wrapping_mul(0xC4CE_B9FE_1A85_EC53);
    h ^= h >> 33;
    h
}

/// Hash of a string as given (no normalisation).
pub(crate) fn hash_str(s: &str) -> u64 {
    let mut h = Hasher::new(1);
    for c in s.chars() {
        h.add(c as u64);
    }
    h.finish()
}

/// Combines a feature template id with one value.
#[inline]
pub(crate) fn feat1(template: u32, a: u64) -> u64 {
    mix(a ^ (template as u64).wrapping_mul(K).rotate_left(17))
}

/// Combines a feature template id with two values.
#[inline]
pub(crate) fn feat2(template: u32, a: u64, b: u64) -> u64 {
    mix(a.rotate_left(23) ^ b.wrapping_mul(K) ^ (template as u64).wrapping_mul(0xD6E8_FEB8_6659_FD93))
}

/// Combines a feature template id with three values.
#[inline]
pub(crate) fn feat3(template: u32, a: u64, b: u64, c: u64) -> u64 {
    feat2(template, a, mix(b ^ c.rotate_left(31)))
}

/// A `BuildHasher` for maps whose keys are already good 64-bit hashes.
#[derive(Clone, Copy, Default)]
pub(crate) struct PreHashed;

pub(crate) struct PreHashedHasher(u64);

impl std::hash::BuildHasher for PreHashed {
    type Hasher = PreHashedHasher;
    fn build_hasher(&self) -> PreHashedHasher {
        PreHashedHasher(0)
    }
}

impl std::hash::Hasher for PreHashedHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0.rotate_left(8)) ^ b as u64;
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

/// Maps typographic variants to the ASCII forms of the training data
/// (CoNLL-2003 uses straight quotes and hyphens).
#[inline]
pub(crate) fn norm_char(c: char) -> char {
    match c {
        '’' | '‘' | '`' | '´' | 'ʼ' => '\'',
        '“' | '”' | '„' | '«' | '»' => '"',
        '—' | '–' | '―' | '‐' => '-',
        _ => c,
    }
}

#[inline]
pub(crate) fn add_lower(h: &mut Hasher, c: char) {
    if c.is_ascii() {
        h.add(c.to_ascii_lowercase() as u64);
    } else {
        for l in c.to_lowercase() {
            h.add(l as u64);
        }
    }
}

/// Hash of the normalised, lower-cased form: the key of gazetteer phrases.
pub(crate) fn hash_lower(s: &str) -> u64 {
    let mut h = Hasher::new(2);
    for c in s.chars() {
        add_lower(&mut h, norm_char(c));
    }
    h.finish()
}

/// Key of a token sequence in the gazetteer: a hash over the tokens'
/// lower-cased forms ([`hash_lower`]).
#[derive(Clone, Copy)]
pub(crate) struct PhraseKey(Hasher);

impl PhraseKey {
    pub(crate) fn new() -> Self {
        PhraseKey(Hasher::new(7))
    }
    pub(crate) fn push(&mut self, lower_hash: u64) {
        self.0.add(lower_hash);
    }
    pub(crate) fn finish(self) -> u64 {
        self.0.finish()
    }
}
