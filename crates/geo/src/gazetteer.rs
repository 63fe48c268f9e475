//! The built gazetteer: decoding `data/gazetteer.bin` and looking names up.
//!
//! The file is written by `scripts/build_gazetteer.py` (its docstring has the
//! byte layout). It is compiled into the binary and decoded once, on first
//! use, into a hash map from normalised name to candidate places. After that
//! a lookup is one hash of a short string and allocates nothing.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

use newsledger_model::{Place, PlacePrecision};

use crate::GeoError;

static GAZETTEER_BIN: &[u8] = include_bytes!("../data/gazetteer.bin");

const MAGIC: &[u8; 8] = b"NLGZ\x01\x00\x00\x00";
const RECORD_LEN: usize = 26;
const NO_PARENT: u32 = u32::MAX;

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

#[derive(Debug, Clone, Copy)]
struct Slot {
    start: u32,
    len: u32,
    continues: bool,
}

/// FNV-1a: short keys, no need for DoS resistance (the keys are our data).
#[derive(Default)]
pub(crate) struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 { 0xcbf2_9ce4_8422_2325 } else { self.0 };
        for &b in bytes {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

pub(crate) type FnvBuild = BuildHasherDefault<Fnv>;

/// The decoded gazetteer.
pub struct Gazetteer {
    entries: Vec<Entry>,
    names: HashMap<&'static str, Slot, FnvBuild>,
    postings: Vec<Posting>,
    /// Non-ASCII characters and how they fold, sorted by character.
    fold: Vec<(char, &'static str)>,
    /// Size of the file it was decoded from.
    pub file_len: usize,
}

impl std::fmt::Debug for Gazetteer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Gazetteer").field("places", &self.entries.len()).field("names", &self.names.len()).finish()
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
    fn u16(&mut self) -> Result<u16, GeoError> {
        let b = self.take(2)?;
        Ok(u16::from_le_bytes([b[0], b[1]]))
    }
    fn u32(&mut self) -> Result<u32, GeoError> {
        let b = self.take(4)?;
        Ok(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }
    fn i32(&mut self) -> Result<i32, GeoError> {
        let b = self.take(4)?;
        Ok(i32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }
}

static GLOBAL: OnceLock<Result<Gazetteer, GeoError>> = OnceLock::new();

impl Gazetteer {
    /// The bundled gazetteer, decoded on first use (tens of milliseconds,
    /// once per process).
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

        let mut fold = Vec::with_capacity(n_fold);
        for _ in 0..n_fold {
            let cp = r.u32()?;
            let len = usize::from(r.u8()?);
            let rep = std::str::from_utf8(r.take(len)?).map_err(|_| GeoError::BadText(r.at))?;
            let ch = char::from_u32(cp).ok_or(GeoError::BadText(r.at))?;
            fold.push((ch, rep));
        }
        fold.sort_by_key(|&(c, _)| c);

        struct Raw {
            kind: Kind,
            flags: u8,
            cc: [u8; 2],
            lat: i32,
            lon: i32,
            pop: u32,
            gid: u32,
            parent: u32,
            len: u16,
        }
        let mut raws = Vec::with_capacity(n_places);
        for _ in 0..n_places {
            let kind = Kind::from_byte(r.u8()?).ok_or(GeoError::BadRecord(r.at))?;
            let flags = r.u8()?;
            let cc_b = r.take(2)?;
            raws.push(Raw {
                kind,
                flags,
                cc: [cc_b[0], cc_b[1]],
                lat: r.i32()?,
                lon: r.i32()?,
                pop: r.u32()?,
                gid: r.u32()?,
                parent: r.u32()?,
                len: r.u16()?,
            });
        }
        debug_assert_eq!(RECORD_LEN, 26);
        let blob_start = r.at;
        let blob = r.take(blob_len)?;
        if r.at != bytes.len() {
            return Err(GeoError::Trailing(r.at));
        }

        let mut entries = Vec::with_capacity(n_places);
        // (key, place, flags) for every name, built before the map.
        let mut keyed: Vec<(&'static str, PlaceId, u8)> = Vec::with_capacity(n_places * 3);
        let mut primary_arena = String::with_capacity(blob_len / 3);
        let mut primary_ranges: Vec<(usize, usize)> = Vec::with_capacity(n_places);
        let mut at = 0usize;
        for (i, raw) in raws.iter().enumerate() {
            let end = at + usize::from(raw.len);
            let seg = blob.get(at..end).ok_or(GeoError::Truncated(blob_start + at))?;
            let seg = std::str::from_utf8(seg).map_err(|_| GeoError::BadText(blob_start + at))?;
            at = end;
            let mut parts = seg.splitn(3, '\u{1e}');
            let name = parts.next().unwrap_or("");
            let slug = parts.next().unwrap_or("");
            let keys = parts.next().unwrap_or("");
            let id = i as PlaceId;
            let start = primary_arena.len();
            normalise_with(&fold, name, &mut primary_arena);
            primary_ranges.push((start, primary_arena.len()));
            for k in keys.split('\u{1f}').filter(|k| !k.is_empty()) {
                let mut flags = 0u8;
                let mut k = k;
                loop {
                    if let Some(rest) = k.strip_prefix('!') {
                        flags |= Posting::QUALIFIER_ONLY;
                        k = rest;
                    } else if let Some(rest) = k.strip_prefix('^') {
                        flags |= Posting::ACRONYM;
                        k = rest;
                    } else {
                        break;
                    }
                }
                keyed.push((k, id, flags));
            }
            entries.push(Entry {
                kind: raw.kind,
                capital: raw.flags & 1 != 0,
                cc: raw.cc,
                lat_e4: raw.lat,
                lon_e4: raw.lon,
                population: raw.pop,
                geonames_id: raw.gid,
                parent: (raw.parent != NO_PARENT).then_some(raw.parent),
                name,
                slug,
            });
        }
        if at != blob_len {
            return Err(GeoError::Truncated(blob_start + at));
        }
        // The normalised display names live as long as the program: the
        // gazetteer is built once per process.
        let arena: &'static str = Box::leak(primary_arena.into_boxed_str());
        for (i, &(s, e)) in primary_ranges.iter().enumerate() {
            if e > s {
                keyed.push((&arena[s..e], i as PlaceId, Posting::PRIMARY));
            }
        }

        // Group by key, merging flags of duplicate (key, place) pairs.
        keyed.sort_unstable_by(|a, b| a.0.cmp(b.0).then(a.1.cmp(&b.1)));
        let mut postings: Vec<Posting> = Vec::with_capacity(keyed.len());
        let mut names: HashMap<&'static str, Slot, FnvBuild> =
            HashMap::with_capacity_and_hasher(keyed.len() + keyed.len() / 4, FnvBuild::default());
        let mut i = 0;
        while i < keyed.len() {
            let key = keyed[i].0;
            let start = postings.len();
            while i < keyed.len() && keyed[i].0 == key {
                let (_, place, flags) = keyed[i];
                let has_own = postings.len() > start;
                match postings.last_mut() {
                    Some(last) if has_own && last.place == place => {
                        // The same place under the same key from two
                        // sources: primary or acronym if either is,
                        // qualifier-only only if both are.
                        const UNION: u8 = Posting::PRIMARY | Posting::ACRONYM;
                        last.flags = ((last.flags | flags) & UNION) | (last.flags & flags & Posting::QUALIFIER_ONLY);
                    }
                    _ => postings.push(Posting { place, flags }),
                }
                i += 1;
            }
            names.insert(key, Slot { start: start as u32, len: (postings.len() - start) as u32, continues: false });
            // Every word-prefix of a multi-word key continues.
            for (pos, _) in key.match_indices(' ') {
                let prefix = &key[..pos];
                names
                    .entry(prefix)
                    .and_modify(|s| s.continues = true)
                    .or_insert(Slot { start: 0, len: 0, continues: true });
            }
        }
        Ok(Gazetteer { entries, names, postings, fold, file_len: bytes.len() })
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
        let slot = self.names.get(key)?;
        let s = slot.start as usize;
        Some(Lookup { postings: &self.postings[s..s + slot.len as usize], continues: slot.continues })
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
