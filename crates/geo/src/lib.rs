//! Gazetteer lookup and place resolution.
//!
//! * [`Gazetteer`]: the bundled gazetteer (GeoNames countries, admin-1 and
//!   admin-2 areas, cities of 15,000+ people with alternate names, and
//!   hand-listed regions and seas), built by `scripts/build_gazetteer.py`
//!   into `data/gazetteer.bin` and decoded once, lazily.
//! * [`Resolver`]: picks the place a name refers to, with a population and
//!   kind prior, country/admin-1 context from the article, and qualifiers
//!   ("Culiacán, Sinaloa").
//! * [`resolve`]: one name with a [`Context`], for callers outside an
//!   article pass (the events extractor).
//! * [`Lexicon`]: per-language word lists for the place tagger.
//!
//! ```
//! let ctx = newsledger_geo::Context::new();
//! let p = newsledger_geo::resolve("Culiacán", &ctx).unwrap();
//! assert_eq!(p.country.as_deref(), Some("MX"));
//! ```

mod gazetteer;
mod lexicon;
mod resolve;

pub use gazetteer::{distance_km, Entry, Fnv, FnvBuild, Gazetteer, Kind, Lookup, PlaceId, Posting};
pub use lexicon::Lexicon;
pub use resolve::{looks_like_acronym, ArticleHints, Context, MentionQuery, Resolved, Resolver};

use newsledger_model::Place;

/// Why the bundled gazetteer could not be decoded (a build problem, not an
/// input problem: the file is compiled in).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum GeoError {
    #[error("gazetteer file does not start with the expected magic/version")]
    BadMagic,
    #[error("gazetteer file ends early (at byte {0})")]
    Truncated(usize),
    #[error("gazetteer file has trailing bytes (from byte {0})")]
    Trailing(usize),
    #[error("gazetteer file has invalid text near byte {0}")]
    BadText(usize),
    #[error("gazetteer file has an invalid record near byte {0}")]
    BadRecord(usize),
}

/// Resolves one place name with the bundled gazetteer and `context`.
/// `None` when the name is not in the gazetteer (or it failed to load).
pub fn resolve(name: &str, context: &Context) -> Option<Place> {
    let gaz = Gazetteer::global().ok()?;
    let mut r = Resolver::new(gaz);
    r.resolve_one(name, context).map(|res| gaz.place(res.place))
}
