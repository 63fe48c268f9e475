//! Types every stage of newsledger shares.
//!
//! The JSON shape of [`Analysis`] is **schema v1** (see `docs/schema.md` and
//! `docs/schema-v1.json`). Field names here are part of that public contract:
//! add fields freely, never rename or remove one without bumping
//! [`SCHEMA_VERSION`].
//!
//! Offsets in this crate's public types ([`Span`]) are **Unicode code points**
//! into [`Article::text`], so that `text[start:end]` in Python is the evidence.
//! Rust code works in byte offsets internally and converts with [`CharMap`]
//! at the edge.

mod charmap;
pub use charmap::byte_offset;
mod facts;

pub use charmap::CharMap;
pub use facts::*;

use serde::{Deserialize, Serialize};

/// Version of the JSON document produced by `newsledger analyze --json`.
pub const SCHEMA_VERSION: u32 = 1;

/// A half-open range `[start, end)` of Unicode code points into `Article::text`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, Default)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Self {
        debug_assert!(start <= end, "span start {start} after end {end}");
        Span { start, end }
    }
    pub fn len(&self) -> usize {
        self.end - self.start
    }
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }
    pub fn contains(&self, other: &Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
    pub fn overlaps(&self, other: &Span) -> bool {
        self.start < other.end && other.start < self.end
    }
}

/// How precisely a date is known. Serialised in lower case (`"day"`, …).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum DatePrecision {
    Minute,
    Day,
    Week,
    Month,
    Year,
    /// An open or closed range ("since Sheinbaum took office").
    Interval,
    #[default]
    Unknown,
}

impl DatePrecision {
    pub fn as_str(&self) -> &'static str {
        match self {
            DatePrecision::Minute => "minute",
            DatePrecision::Day => "day",
            DatePrecision::Week => "week",
            DatePrecision::Month => "month",
            DatePrecision::Year => "year",
            DatePrecision::Interval => "interval",
            DatePrecision::Unknown => "unknown",
        }
    }
}

/// "WASHINGTON, Nov. 3" at the head of a story.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct Dateline {
    /// The place as printed ("WASHINGTON").
    pub place: Option<String>,
    /// The whole dateline as printed ("WASHINGTON, Nov. 3").
    pub text: String,
}

/// A section heading inside the body, with the code-point range of the
/// section it heads (from the heading to the next heading or the end).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Section {
    pub title: String,
    pub start: usize,
    pub end: usize,
}

/// One news article after ingest: clean body text plus metadata.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Article {
    /// Stable id: `a` + the first 16 hex digits of the BLAKE3 hash of the
    /// normalised body text (see `newsledger_ingest::article_id`).
    pub id: String,
    pub url: Option<String>,
    pub outlet: Option<String>,
    pub title: Option<String>,
    #[serde(default)]
    pub byline: Vec<String>,
    pub dateline: Option<Dateline>,
    /// `YYYY-MM-DD[Thh:mm]`, or `YYYY-MM` / `YYYY` with a coarser precision;
    /// `None` when unknown.
    pub published: Option<String>,
    #[serde(default)]
    pub published_precision: DatePrecision,
    /// The publication date as the source printed it ("Nov. 3 / 7 AM EDT"),
    /// kept so a reader can see why `published` is what it is (or unknown).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published_text: Option<String>,
    /// BCP-47 primary language subtag ("en", "es"), or "und" when unknown.
    pub language: String,
    /// The clean body: paragraphs separated by a blank line (`"\n\n"`).
    pub text: String,
    #[serde(default)]
    pub captions: Vec<String>,
    #[serde(default)]
    pub sections: Vec<Section>,
    /// Where the article was read from (path, `-` for stdin, or the URL).
    /// Not part of the identity.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub origin: Option<String>,
}

/// The whole result of analysing one article: **schema v1**.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Analysis {
    pub schema_version: u32,
    pub article: Article,
    #[serde(flatten)]
    pub facts: Facts,
}

impl Analysis {
    pub fn new(article: Article, facts: Facts) -> Self {
        Analysis { schema_version: SCHEMA_VERSION, article, facts }
    }
}

/// A near-duplicate fingerprint of an article's text: a MinHash signature
/// and its locality-sensitive-hashing band keys (computed by the aggregate
/// stage, stored by the store).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Fingerprint {
    pub signature: Vec<u32>,
    pub bands: Vec<u64>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn analysis_serialises_with_schema_v1_top_level_names() {
        let a = Analysis::new(Article { id: "a1".into(), language: "en".into(), ..Default::default() }, Facts::default());
        let v = serde_json::to_value(&a).unwrap();
        let obj = v.as_object().unwrap();
        for key in ["schema_version", "article", "entities", "sources", "quotes", "claims", "events"] {
            assert!(obj.contains_key(key), "missing top-level key {key}");
        }
        assert_eq!(v["schema_version"], 1);
        assert_eq!(v["article"]["published_precision"], "unknown");
    }

    #[test]
    fn analysis_round_trips_through_json() {
        let mut facts = Facts::default();
        facts.events.push(Event {
            id: "v1".into(),
            event_type: EventType::Assault,
            mode: Some("drone strike".into()),
            modality: Modality::Conditional,
            trigger: "strikes".into(),
            evidence: Span::new(3, 9),
            ..Default::default()
        });
        let a = Analysis::new(Article { id: "a1".into(), text: "abc strikes".into(), ..Default::default() }, facts);
        let s = serde_json::to_string(&a).unwrap();
        assert!(s.contains("\"type\":\"ASSAULT\""), "{s}");
        assert!(s.contains("\"modality\":\"conditional\""), "{s}");
        let back: Analysis = serde_json::from_str(&s).unwrap();
        assert_eq!(back, a);
    }
}
