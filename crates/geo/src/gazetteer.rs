//! The built gazetteer: decoding `data/gazetteer.bin` and looking names up.
//!
//! The file is written by `scripts/build_gazetteer.py` (its docstring has the
//! byte layout). It is compiled into the binary and opened once, on first
//! use. The file already holds the finished name index (every normalised
//! name with its merged postings, sorted and front-coded), so opening it is
//! one pass that copies the names into one buffer and fills an
//! open-addressing hash table: no sorting, merging or per-name allocation.
//! A lookup is one hash of a short string, a probe or two, and allocates
//! nothing.

use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

use newsledger_model::{Place, PlacePrecision};

use crate::GeoError;

static GAZETTEER_BIN: &[u8] = include_bytes!("../data/gazetteer.bin");

const MAGIC: &[u8; 8] = b"NLGZ\x02\x00\x00\x00";
const RECORD_LEN: usize = 26;
const NO_PARENT: u32 = u32::MAX;
/// Bit of a name record's text end: a longer name continues this one.
const CONTINUES: u32 = 1 << 31;

/// What sort of place an entry is. Finer than [`PlacePrecision`]: admin-2
/// areas and continents are kept apart from admin-1 areas and regions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Kind {
    Country,
    Admin1,
    /// Second-level division (county, province, district, municipality).
    Admin2,
    City,
    /// A hand-listed region ("Middle East", "Sahel", "U.S.-Mexico border").
    Region,
    /// A sea, ocean, gulf or strait.
    Sea,
    Continent,
}

impl Kind {
    fn from_byte(b: u8) -> Option<Kind> {
        Some(match b {
            0 => Kind::Country,
            1 => Kind::Admin1,
            2 => Kind::Admin2,
            3 => Kind::City,
            4 => Kind::Region,
            5 => Kind::Sea,
            6 => Kind::Continent,
            _ => return None,
        })
    }

    /// The schema's precision for this kind. The schema has no admin-2
    /// level, so admin-2 areas report `admin1` (the next coarser level).
    pub fn precision(self) -> PlacePrecision {
        match self {
            Kind::Country => PlacePrecision::Country,
            Kind::Admin1 => PlacePrecision::Admin1,
            Kind::Admin2 => PlacePrecision::Admin2,
            Kind::City => PlacePrecision::City,
            Kind::Region | Kind::Continent => PlacePrecision::Region,
            Kind::Sea => PlacePrecision::Sea,
        }
    }

    /// Areas a mention can name without being a settlement; they are what
    /// a capitalised word next to other capitalised words may still be.
    pub fn is_area(self) -> bool {
        !matches!(self, Kind::City | Kind::Admin2)
    }
}

/// Index of a place in the gazetteer.
pub type PlaceId = u32;

/// One gazetteer entry.
#[derive(Debug, Clone, Copy)]
pub struct Entry {
    pub kind: Kind,
    /// A national capital.
    pub capital: bool,
    /// ISO 3166-1 alpha-2, or `[0, 0]` when the place is in no one country.
    pub cc: [u8; 2],
    lat_e4: i32,
    lon_e4: i32,
    /// People living there (for admin areas: the sum over their towns in
    /// GeoNames; 0 for regions and seas).
    pub population: u32,
    /// GeoNames id, 0 when there is none.
    pub geonames_id: u32,
    /// The admin-1 area containing this place, for cities and admin-2 areas.
    pub parent: Option<PlaceId>,
    pub name: &'static str,
    /// Stable id of hand-listed places ("caribbean").
    slug: &'static str,
}

impl Entry {
    pub fn lat(&self) -> f64 {
        f64::from(self.lat_e4) / 10_000.0
    }
    pub fn lon(&self) -> f64 {
        f64::from(self.lon_e4) / 10_000.0
    }
    pub fn country(&self) -> Option<&str> {
        if self.cc == [0, 0] {
            return None;
        }
        std::str::from_utf8(&self.cc).ok()
    }
}

/// A place a name can refer to, with how the name was listed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Posting {
    pub place: PlaceId,
    pub flags: u8,
}

impl Posting {
    /// Valid only right after "Place," ("Long Beach, CA").
    pub const QUALIFIER_ONLY: u8 = 1;
    /// An acronym or dotted abbreviation ("UK", "U.S."): the only kind of
    /// name a short all-capital token may match.
    pub const ACRONYM: u8 = 2;
    /// The entry's own name (not an alternate or alias).
    pub const PRIMARY: u8 = 4;

    pub fn is(&self, flag: u8) -> bool {
        self.flags & flag != 0
    }
}

/// What the gazetteer knows about one normalised name.
#[derive(Debug, Clone, Copy)]
pub struct Lookup<'g> {
    /// Places with this name; empty when the name is only the start of
    /// longer names.
    pub postings: &'g [Posting],
    /// Some longer name starts with this one plus a space.
    pub continues: bool,
}

/// Hasher for the word lists here and in the extractors: a multiply-rotate
/// hash over 8-byte words. Keys are short words from our own data, for which
/// it is several times faster than the default SipHash, and there is no
/// hash-flooding concern. The name index's slots depend on it: changing
/// `write` means rebuilding the gazetteer file.
#[derive(Default, Clone, Copy)]
pub struct Fnv(u64);

impl Fnv {
    #[inline]
    fn mix(&mut self, w: u64) {
        self.0 = (self.0.rotate_left(5) ^ w).wrapping_mul(HASH_K);
    }
}

const HASH_K: u64 = 0x517c_c1b7_2722_0a95;

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        // The last multiply leaves the low bits (the table index) depending
        // on the low input bytes only: fold the well-mixed high half down.
        self.0 ^ (self.0 >> 29)
    }
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            self.mix(u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut b = [0u8; 8];
            b[..rest.len()].copy_from_slice(rest);
            self.mix(u64::from_le_bytes(b) ^ ((rest.len() as u64) << 59));
        }
    }
    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.mix(u64::from(i));
    }
    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.mix(i as u64);
    }
}

/// `HashMap`/`HashSet` builder for [`Fnv`].
pub type FnvBuild = BuildHasherDefault<Fnv>;

/// The decoded gazetteer.
pub struct Gazetteer {
    entries: Vec<Entry>,
    /// Per name: (end of its text in `name_text`, with [`CONTINUES`];
    /// end of its postings). Each name starts where the previous ends.
    names: Vec<(u32, u32)>,
    /// The names, concatenated (ASCII).
    name_text: Vec<u8>,
    postings: Vec<Posting>,
    /// Open-addressing hash table of name indexes + 1 (0 empty).
    table: Vec<u32>,
    table_mask: usize,
    /// Non-ASCII characters and how they fold, sorted by character.
    fold: Vec<(char, &'static str)>,
    /// Size of the file it was decoded from.
    pub file_len: usize,
}

impl std::fmt::Debug for Gazetteer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Gazetteer").field("places", &self.entries.len()).field("names", &self.name_count()).finish()
    }
}

struct Reader {
    bytes: &'static [u8],
    at: usize,
}

impl Reader {
    fn take(&mut self, n: usize) -> Result<&'static [u8], GeoError> {
        let end = self.at.checked_add(n).filter(|&e| e <= self.bytes.len()).ok_or(GeoError::Truncated(self.at))?;
        let s = &self.bytes[self.at..end];
        self.at = end;
        Ok(s)
    }
    fn u8(&mut self) -> Result<u8, GeoError> {
        Ok(self.take(1)?[0])
    }
    fn u32(&mut self) -> Result<u32, GeoError> {
        let b = self.take(4)?;
        Ok(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }
}

static GLOBAL: OnceLock<Result<Gazetteer, GeoError>> = OnceLock::new();

impl Gazetteer {
    /// The bundled gazetteer, opened on first use (a few milliseconds, once
    /// per process).
    pub fn global() -> Result<&'static Gazetteer, GeoError> {
        GLOBAL.get_or_init(|| Gazetteer::decode(GAZETTEER_BIN)).as_ref().map_err(Clone::clone)
    }

    /// Decodes a gazetteer file. Strings borrow from `bytes`, which must
    /// therefore live for the whole program (the bundled file does).
    pub fn decode(bytes: &'static [u8]) -> Result<Gazetteer, GeoError> {
        let mut r = Reader { bytes, at: 0 };
        if r.take(8)? != MAGIC {
            return Err(GeoError::BadMagic);
        }
        let n_fold = r.u32()? as usize;
        let n_places = r.u32()? as usize;
        let blob_len = r.u32()? as usize;
        let n_names = r.u32()? as usize;
        let n_postings = r.u32()? as usize;
        let text_len = r.u32()? as usize;
        let names_len = r.u32()? as usize;

        let mut fold = Vec::with_capacity(n_fold);
        for _ in 0..n_fold {
            let cp = r.u32()?;
            let len = usize::from(r.u8()?);
            let rep = std::str::from_utf8(r.take(len)?).map_err(|_| GeoError::BadText(r.at))?;
            let ch = char::from_u32(cp).ok_or(GeoError::BadText(r.at))?;
            fold.push((ch, rep));
        }
        fold.sort_by_key(|&(c, _)| c);

        let records_at = r.at;
        let records = r.take(n_places.checked_mul(RECORD_LEN).ok_or(GeoError::Truncated(r.at))?)?;
        let blob_start = r.at;
        let blob = r.take(blob_len)?;
        let names_at = r.at;
        let name_bytes = r.take(names_len)?;
        if r.at != bytes.len() {
            return Err(GeoError::Trailing(r.at));
        }

        let blob = std::str::from_utf8(blob).map_err(|e| GeoError::BadText(blob_start + e.valid_up_to()))?;
        let mut entries = Vec::with_capacity(n_places);
        let mut at = 0usize;
        for (i, rec) in records.chunks_exact(RECORD_LEN).enumerate() {
            let rec_at = records_at + i * RECORD_LEN;
            let kind = Kind::from_byte(rec[0]).ok_or(GeoError::BadRecord(rec_at))?;
            let u32_at = |k: usize| u32::from_le_bytes([rec[k], rec[k + 1], rec[k + 2], rec[k + 3]]);
            let len = usize::from(u16::from_le_bytes([rec[24], rec[25]]));
            let end = at + len;
            let seg = blob.get(at..end).ok_or(GeoError::BadText(blob_start + at))?;
            at = end;
            let (name, slug) = seg.split_once('\u{1e}').unwrap_or((seg, ""));
            let parent = u32_at(20);
            entries.push(Entry {
                kind,
                capital: rec[1] & 1 != 0,
                cc: [rec[2], rec[3]],
                lat_e4: u32_at(4) as i32,
                lon_e4: u32_at(8) as i32,
                population: u32_at(12),
                geonames_id: u32_at(16),
                parent: (parent != NO_PARENT).then_some(parent),
                name,
                slug,
            });
        }
        if at != blob_len {
            return Err(GeoError::Truncated(blob_start + at));
        }

        let (names, name_text, postings) = decode_names(name_bytes, names_at, n_names, n_postings, text_len, n_places)?;
        // Table at most 70% full, so that probes stay short and always
        // reach an empty slot.
        let mut size = 1usize;
        while size * 7 < names.len() * 10 + 7 {
            size *= 2;
        }
        let mut gaz = Gazetteer { entries, names, name_text, postings, table: vec![0; size], table_mask: size - 1, fold, file_len: bytes.len() };
        for i in 0..gaz.names.len() {
            let (text, _, _) = gaz.name(i);
            let mut slot = slot_of(text, gaz.table_mask);
            while gaz.table[slot] != 0 {
                slot = (slot + 1) & gaz.table_mask;
            }
            gaz.table[slot] = i as u32 + 1;
        }
        Ok(gaz)
    }

    /// Name `i`: its text, whether a longer name continues it, and its
    /// postings range (checked when the file was opened).
    fn name(&self, i: usize) -> (&[u8], bool, std::ops::Range<usize>) {
        let (t_start, p_start) = if i == 0 { (0, 0) } else { self.names[i - 1] };
        let (t_end, p_end) = self.names[i];
        let text = &self.name_text[(t_start & !CONTINUES) as usize..(t_end & !CONTINUES) as usize];
        (text, t_end & CONTINUES != 0, p_start as usize..p_end as usize)
    }

    /// Every normalised name with its postings (for diagnostics: which
    /// places share a name, and under which flags).
    pub fn names(&self) -> impl Iterator<Item = (&str, &[Posting])> {
        (0..self.names.len()).map(|i| {
            let (text, _, postings) = self.name(i);
            (std::str::from_utf8(text).unwrap_or(""), &self.postings[postings])
        })
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
    /// Number of distinct normalised names (prefixes included).
    pub fn name_count(&self) -> usize {
        self.names.len()
    }

    pub fn entry(&self, id: PlaceId) -> &Entry {
        &self.entries[id as usize]
    }

    pub fn entries(&self) -> impl Iterator<Item = (PlaceId, &Entry)> {
        self.entries.iter().enumerate().map(|(i, e)| (i as PlaceId, e))
    }

    /// Looks up an already normalised key (see [`Gazetteer::normalise_into`]).
    pub fn lookup(&self, key: &str) -> Option<Lookup<'_>> {
        let key = key.as_bytes();
        let mut slot = slot_of(key, self.table_mask);
        loop {
            let v = self.table[slot] as usize;
            if v == 0 {
                return None;
            }
            let (text, continues, postings) = self.name(v - 1);
            if text == key {
                return Some(Lookup { postings: &self.postings[postings], continues });
            }
            slot = (slot + 1) & self.table_mask;
        }
    }

    /// The places named `name` (any spelling; normalised here).
    pub fn candidates(&self, name: &str, buf: &mut String) -> &[Posting] {
        buf.clear();
        self.normalise_into(name, buf);
        self.lookup(buf).map_or(&[], |l| l.postings)
    }

    /// Appends the matching key of `s` to `out`: lower-case ASCII words
    /// separated by single spaces, accents folded ("Culiacán" → "culiacan"),
    /// periods and apostrophes dropped ("U.S." → "us"), other punctuation a
    /// word break. The same function as `normalise` in the build script.
    pub fn normalise_into(&self, s: &str, out: &mut String) {
        normalise_with(&self.fold, s, out);
    }

    /// The gazetteer id of a place: `geonames:<id>` where GeoNames has one,
    /// else `region:<slug>`, `admin1:<CC>:<name>` or `admin2:<CC>:<name>`.
    pub fn gazetteer_id(&self, id: PlaceId) -> String {
        let e = self.entry(id);
        if e.geonames_id != 0 {
            return format!("geonames:{}", e.geonames_id);
        }
        let mut key = String::new();
        self.normalise_into(e.name, &mut key);
        let slug = key.replace(' ', "-");
        let cc = e.country().unwrap_or("");
        match e.kind {
            Kind::Region | Kind::Sea | Kind::Continent => format!("region:{}", e.slug),
            Kind::Admin1 => format!("admin1:{cc}:{slug}"),
            Kind::Admin2 => {
                let mut parent = String::new();
                if let Some(p) = e.parent {
                    self.normalise_into(self.entry(p).name, &mut parent);
                }
                format!("admin2:{cc}:{}:{slug}", parent.replace(' ', "-"))
            }
            Kind::Country | Kind::City => format!("place:{cc}:{slug}"),
        }
    }

    /// The schema's [`Place`] for an entry.
    pub fn place(&self, id: PlaceId) -> Place {
        let e = self.entry(id);
        Place {
            name: e.name.to_string(),
            lat: Some(e.lat()),
            lon: Some(e.lon()),
            country: e.country().map(str::to_string),
            precision: e.kind.precision(),
            gazetteer_id: Some(self.gazetteer_id(id)),
        }
    }

    /// The most populous place named exactly `name`: the population-prior
    /// baseline. Hand-listed regions have no population and lose to any
    /// settlement of the same name.
    pub fn most_populous(&self, name: &str, buf: &mut String) -> Option<PlaceId> {
        self.candidates(name, buf)
            .iter()
            .filter(|p| !p.is(Posting::QUALIFIER_ONLY))
            .max_by_key(|p| (self.entry(p.place).population, std::cmp::Reverse(p.place)))
            .map(|p| p.place)
    }
}

/// Decodes the name section (see the build script): name records, the
/// names' text and the postings. Errors carry file offsets.
#[allow(clippy::type_complexity)]
fn decode_names(
    bytes: &[u8],
    base: usize,
    n_names: usize,
    n_postings: usize,
    text_len: usize,
    n_places: usize,
) -> Result<(Vec<(u32, u32)>, Vec<u8>, Vec<Posting>), GeoError> {
    if text_len >= CONTINUES as usize || n_postings > u32::MAX as usize {
        return Err(GeoError::BadRecord(base));
    }
    // Sizes come from the file: cap what is reserved up front by what the
    // section could possibly hold.
    let mut names = Vec::with_capacity(n_names.min(bytes.len() / 3));
    let mut text: Vec<u8> = Vec::with_capacity(text_len.min(bytes.len().saturating_mul(256)));
    let mut postings = Vec::with_capacity(n_postings.min(bytes.len()));
    let mut at = 0usize;
    let mut prev_start = 0usize;
    let byte = |at: &mut usize| -> Result<u8, GeoError> {
        let b = *bytes.get(*at).ok_or(GeoError::Truncated(base + *at))?;
        *at += 1;
        Ok(b)
    };
    let varint = |at: &mut usize| -> Result<u64, GeoError> {
        // Most values fit one byte.
        if let Some(&b) = bytes.get(*at).filter(|&&b| b < 0x80) {
            *at += 1;
            return Ok(u64::from(b));
        }
        let mut v = 0u64;
        for shift in (0..64).step_by(7) {
            let b = byte(at)?;
            v |= u64::from(b & 0x7f) << shift;
            if b & 0x80 == 0 {
                return Ok(v);
            }
        }
        Err(GeoError::BadRecord(base + *at))
    };
    while at < bytes.len() {
        let rec_at = at;
        let shared = usize::from(byte(&mut at)?);
        let more = usize::from(byte(&mut at)?);
        let start = text.len();
        if shared > start - prev_start {
            return Err(GeoError::BadRecord(base + rec_at));
        }
        text.extend_from_within(prev_start..prev_start + shared);
        let tail = bytes.get(at..at + more).ok_or(GeoError::Truncated(base + at))?;
        if !tail.is_ascii() {
            return Err(GeoError::BadText(base + at));
        }
        text.extend_from_slice(tail);
        at += more;
        prev_start = start;
        let head = varint(&mut at)?;
        for _ in 0..head >> 1 {
            let v = varint(&mut at)?;
            let place = v >> 3;
            if place >= n_places as u64 {
                return Err(GeoError::BadRecord(base + at));
            }
            postings.push(Posting { place: place as PlaceId, flags: (v & 7) as u8 });
        }
        if text.len() >= CONTINUES as usize || postings.len() > u32::MAX as usize {
            return Err(GeoError::BadRecord(base + rec_at));
        }
        let continues = if head & 1 != 0 { CONTINUES } else { 0 };
        names.push((text.len() as u32 | continues, postings.len() as u32));
    }
    if names.len() != n_names || postings.len() != n_postings || text.len() != text_len {
        return Err(GeoError::BadRecord(base + at));
    }
    Ok((names, text, postings))
}

/// First table slot of a name.
fn slot_of(key: &[u8], mask: usize) -> usize {
    let mut h = Fnv::default();
    h.write(key);
    h.finish() as usize & mask
}

fn normalise_with(fold: &[(char, &'static str)], s: &str, out: &mut String) {
    let mut pending_space = false;
    let base_len = out.len();
    for ch in s.chars() {
        let rep: &str;
        let mut tmp = [0u8; 4];
        if ch.is_ascii() {
            if ch.is_ascii_alphanumeric() {
                rep = ch.to_ascii_lowercase().encode_utf8(&mut tmp);
            } else if matches!(ch, '.' | '\'' | '`') {
                continue;
            } else {
                pending_space = true;
                continue;
            }
        } else {
            match fold.binary_search_by_key(&ch, |&(c, _)| c) {
                Ok(i) => {
                    rep = fold[i].1;
                    if rep.is_empty() {
                        continue;
                    }
                }
                Err(_) => {
                    pending_space = true;
                    continue;
                }
            }
        }
        if pending_space && out.len() > base_len {
            out.push(' ');
        }
        pending_space = false;
        out.push_str(rep);
    }
}

/// Great-circle distance in kilometres (haversine, mean Earth radius).
pub fn distance_km(lat1: f64, lon1: f64, lat2: f64, lon2: f64) -> f64 {
    let (p1, p2) = (lat1.to_radians(), lat2.to_radians());
    let dp = (lat2 - lat1).to_radians();
    let dl = (lon2 - lon1).to_radians();
    let a = (dp / 2.0).sin().powi(2) + p1.cos() * p2.cos() * (dl / 2.0).sin().powi(2);
    2.0 * 6371.0088 * a.sqrt().min(1.0).asin()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn truncated_or_damaged_files_are_errors_not_panics() {
        assert!(Gazetteer::decode(GAZETTEER_BIN).is_ok());
        let n = GAZETTEER_BIN.len();
        for cut in [0, 7, 40, n / 3, n / 2, n - 1] {
            assert!(Gazetteer::decode(&GAZETTEER_BIN[..cut]).is_err(), "cut at {cut}");
        }
        // Damage bytes across the file (records, names, postings): decoding
        // may fail or succeed, and lookups on a result must not panic.
        for at in (64..n).step_by(n / 37) {
            let mut bytes = GAZETTEER_BIN.to_vec();
            bytes[at] ^= 0xa5;
            let bytes: &'static [u8] = Box::leak(bytes.into_boxed_slice());
            if let Ok(g) = Gazetteer::decode(bytes) {
                for name in ["mexico", "culiacan", "new york", "us"] {
                    let _ = g.lookup(name);
                }
            }
        }
    }

    #[test]
    fn every_prefix_of_a_multi_word_name_continues() {
        let g = Gazetteer::global().unwrap_or_else(|e| panic!("{e}"));
        let new = g.lookup("new").unwrap_or_else(|| panic!("no \"new\""));
        assert!(new.continues);
        let ny = g.lookup("new york").unwrap_or_else(|| panic!("no \"new york\""));
        assert!(!ny.postings.is_empty());
        assert!(g.lookup("new yor").is_none());
    }
}
