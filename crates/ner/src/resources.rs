//! The lexicon as sorted tables: word forms (Brown cluster, log-probability),
//! lower-case forms (embedding classes) and gazetteer phrases, keyed by
//! 64-bit hashes. Built from the text resources of `data/<lang>/` either at compile time (`build.rs`, which
//! includes this file, so it needs only std, `newsledger_text` and
//! `crate::hash`) or at run time ([`crate::Lexicon::from_parts`]); the
//! compiled form is a flat little-endian file that loads with no parsing
//! beyond copying numbers.

use crate::hash::{hash_lower, hash_str, Hasher, PhraseKey};

/// Gazetteer type names, in the order of `lexicon::GazType`.
pub(crate) const GAZ_TYPE_NAMES: [&str; 16] = [
    "loc.country",
    "loc.city",
    "loc.state",
    "loc.region",
    "per.first",
    "per.last",
    "per.title",
    "org.known",
    "org.keyword",
    "misc.demonym",
    "org.sport",
    "org.company",
    "org.party",
    "misc.event",
    "misc.religion",
    "misc.language",
];

/// The plain-text gazetteers of `data/<lang>/`, in the order they are read
/// (hand-written lists; `lexicon.rs` embeds the same files).
#[allow(dead_code)] // read by build.rs
pub(crate) const PLAIN_GAZETTEERS: [&str; 7] = [
    "gazetteer-extra.tsv",
    "gazetteer-org-sport.tsv",
    "gazetteer-org-company.tsv",
    "gazetteer-org-party.tsv",
    "gazetteer-misc-event.tsv",
    "gazetteer-misc-religion.tsv",
    "gazetteer-misc-language.tsv",
];

/// Phrase flag: the key is a proper prefix of some phrase. Types take the
/// bits below it.
pub(crate) const PREFIX: u32 = 1 << 31;

/// Top key bits that index the buckets of a [`SortedTable`].
const BUCKET_BITS: u32 = 16;

const MAGIC: &[u8; 8] = b"NLLEX\0\0\x03";

/// A map from 64-bit hashes to `u32` values: keys sorted, plus the start of
/// each range of keys sharing their top [`BUCKET_BITS`] bits, so a look-up
/// scans a handful of keys.
pub(crate) struct SortedTable {
    keys: Vec<u64>,
    values: Vec<u32>,
    buckets: Vec<u32>,
}

impl SortedTable {
    /// From `(key, value)` pairs in the order they were read; values of
    /// equal keys are combined with `merge(earlier, later)`.
    pub(crate) fn build(mut entries: Vec<(u64, u32)>, merge: impl Fn(u32, u32) -> u32) -> SortedTable {
        entries.sort_by_key(|&(k, _)| k);
        let mut keys: Vec<u64> = Vec::with_capacity(entries.len());
        let mut values: Vec<u32> = Vec::with_capacity(entries.len());
        for (k, v) in entries {
            match (keys.last(), values.last_mut()) {
                (Some(&last), Some(old)) if last == k => *old = merge(*old, v),
                _ => {
                    keys.push(k);
                    values.push(v);
                }
            }
        }
        SortedTable::from_sorted(keys, values)
    }

    fn from_sorted(keys: Vec<u64>, values: Vec<u32>) -> SortedTable {
        let mut buckets = vec![0u32; (1 << BUCKET_BITS) + 1];
        for &k in &keys {
            buckets[(k >> (64 - BUCKET_BITS)) as usize + 1] += 1;
        }
        for b in 1..buckets.len() {
            buckets[b] += buckets[b - 1];
        }
        SortedTable { keys, values, buckets }
    }

    #[inline]
    pub(crate) fn get(&self, key: u64) -> Option<u32> {
        let b = (key >> (64 - BUCKET_BITS)) as usize;
        let (start, end) = (self.buckets[b] as usize, self.buckets[b + 1] as usize);
        let at = self.keys.get(start..end)?.iter().position(|&k| k == key)?;
        self.values.get(start + at).copied()
    }

    pub(crate) fn len(&self) -> usize {
        self.keys.len()
    }

    #[allow(dead_code)] // written by build.rs
    fn write(&self, out: &mut Vec<u8>) {
        out.extend_from_slice(&(self.keys.len() as u32).to_le_bytes());
        for k in &self.keys {
            out.extend_from_slice(&k.to_le_bytes());
        }
        for v in &self.values {
            out.extend_from_slice(&v.to_le_bytes());
        }
    }

    fn read(r: &mut Bytes<'_>) -> Result<SortedTable, String> {
        let n = r.u32()? as usize;
        let keys: Vec<u64> = r.take(n * 8)?.chunks_exact(8).map(|c| u64::from_le_bytes(c.try_into().unwrap_or_default())).collect();
        let values: Vec<u32> = r.take(n * 4)?.chunks_exact(4).map(|c| u32::from_le_bytes(c.try_into().unwrap_or_default())).collect();
        if keys.windows(2).any(|w| w[0] >= w[1]) {
            return Err("lexicon table keys out of order".into());
        }
        Ok(SortedTable::from_sorted(keys, values))
    }
}

struct Bytes<'a>(&'a [u8]);

impl<'a> Bytes<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], String> {
        if self.0.len() < n {
            return Err("lexicon tables truncated".into());
        }
        let (head, rest) = self.0.split_at(n);
        self.0 = rest;
        Ok(head)
    }
    fn u32(&mut self) -> Result<u32, String> {
        let mut b = [0u8; 4];
        b.copy_from_slice(self.take(4)?);
        Ok(u32::from_le_bytes(b))
    }
    fn u64(&mut self) -> Result<u64, String> {
        let mut b = [0u8; 8];
        b.copy_from_slice(self.take(8)?);
        Ok(u64::from_le_bytes(b))
    }
}

/// Everything the lexicon holds.
pub(crate) struct LexiconTables {
    /// Word hash ([`hash_str`]) → `cluster << 8 | min(−10·log-prob, 255)`.
    pub words: SortedTable,
    /// Lower-case word hash ([`hash_str`]) → `fine << 16 | coarse`: its
    /// classes in the k-means clustering of word embeddings (both ≥ 1).
    pub embeddings: SortedTable,
    /// Phrase key ([`PhraseKey`]) → bit set of gazetteer types, plus [`PREFIX`].
    pub phrases: SortedTable,
    pub max_phrase_tokens: u32,
    /// Identifies the resource text, so that a model trained with one
    /// lexicon is not run with another.
    pub fingerprint: u64,
}

impl LexiconTables {
    /// From `word\tcluster\tneglogprob10` lines, `word\tfine\tcoarse`
    /// embedding-class lines and gazetteers (`type\tphrase` lines; `#`
    /// comments).
    pub(crate) fn build(clusters: &str, embeddings: &str, gazetteers: &[&str]) -> Result<LexiconTables, String> {
        let mut fp = Hasher::new(99);
        let mut words = Vec::with_capacity(clusters.len() / 12);
        for (n, line) in clusters.lines().enumerate() {
            let mut cols = line.split('\t');
            let (Some(w), Some(c), Some(p)) = (cols.next(), cols.next(), cols.next()) else {
                return Err(format!("clusters line {}: expected 3 columns", n + 1));
            };
            let cluster: u32 = c.parse().map_err(|_| format!("clusters line {}: bad cluster", n + 1))?;
            let nlp: u32 = p.parse().map_err(|_| format!("clusters line {}: bad log-prob", n + 1))?;
            if cluster >= 1 << 24 {
                return Err(format!("clusters line {}: cluster id above 2^24", n + 1));
            }
            words.push((hash_str(w), cluster << 8 | nlp.min(255)));
            fp.add(hash_str(line));
        }
        // A later line for the same form wins, as in a map.
        let words = SortedTable::build(words, |_, later| later);
        let mut classes = Vec::with_capacity(embeddings.len() / 12);
        for (n, line) in embeddings.lines().enumerate() {
            let mut cols = line.split('\t');
            let (Some(w), Some(f), Some(c)) = (cols.next(), cols.next(), cols.next()) else {
                return Err(format!("embedding classes line {}: expected 3 columns", n + 1));
            };
            let fine: u32 = f.parse().map_err(|_| format!("embedding classes line {}: bad fine class", n + 1))?;
            let coarse: u32 = c.parse().map_err(|_| format!("embedding classes line {}: bad coarse class", n + 1))?;
            if fine == 0 || coarse == 0 || fine >= 1 << 16 || coarse >= 1 << 16 {
                return Err(format!("embedding classes line {}: classes must be in 1..65536", n + 1));
            }
            classes.push((hash_str(w), fine << 16 | coarse));
            fp.add(hash_str(line));
        }
        let embeddings = SortedTable::build(classes, |_, later| later);
        let mut phrases = Vec::new();
        let mut max_phrase_tokens = 1;
        for text in gazetteers {
            for (n, line) in text.lines().enumerate() {
                if line.is_empty() || line.starts_with('#') {
                    continue;
                }
                let Some((ty, phrase)) = line.split_once('\t') else {
                    return Err(format!("gazetteer line {}: expected type<TAB>phrase", n + 1));
                };
                let Some(ty) = GAZ_TYPE_NAMES.iter().position(|&t| t == ty) else {
                    return Err(format!("gazetteer line {}: unknown type {ty:?}", n + 1));
                };
                let tokens = newsledger_text::tokenize(phrase);
                if tokens.is_empty() || tokens.len() > 8 {
                    continue;
                }
                let mut key = PhraseKey::new();
                for (k, t) in tokens.iter().enumerate() {
                    key.push(hash_lower(t.text(phrase)));
                    // Proper prefixes are marked so that matching can stop as
                    // soon as a token sequence is no phrase's prefix.
                    let bit = if k + 1 == tokens.len() { 1 << ty } else { PREFIX };
                    phrases.push((key.finish(), bit));
                }
                max_phrase_tokens = max_phrase_tokens.max(tokens.len() as u32);
                fp.add(hash_str(line));
            }
        }
        let phrases = SortedTable::build(phrases, |a, b| a | b);
        Ok(LexiconTables { words, embeddings, phrases, max_phrase_tokens, fingerprint: fp.finish() })
    }

    #[allow(dead_code)] // written by build.rs
    pub(crate) fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(32 + 12 * (self.words.len() + self.embeddings.len() + self.phrases.len()));
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&self.max_phrase_tokens.to_le_bytes());
        out.extend_from_slice(&self.fingerprint.to_le_bytes());
        self.words.write(&mut out);
        self.embeddings.write(&mut out);
        self.phrases.write(&mut out);
        out
    }

    pub(crate) fn from_bytes(bytes: &[u8]) -> Result<LexiconTables, String> {
        let mut r = Bytes(bytes);
        if r.take(8)? != MAGIC {
            return Err("not newsledger lexicon tables".into());
        }
        let max_phrase_tokens = r.u32()?;
        let fingerprint = r.u64()?;
        let words = SortedTable::read(&mut r)?;
        let embeddings = SortedTable::read(&mut r)?;
        let phrases = SortedTable::read(&mut r)?;
        Ok(LexiconTables { words, embeddings, phrases, max_phrase_tokens, fingerprint })
    }
}
