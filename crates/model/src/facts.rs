//! The facts extracted from one article. Every fact carries evidence: a
//! [`Span`] of code points into the article text.

use serde::{Deserialize, Serialize};

use crate::{DatePrecision, Span};

/// Everything the extract stage found in one article. Ids are local to the
/// article (`e1`, `s1`, `q1`, `c1`, `v1`, `t1`, `p1`); the store qualifies
/// them with the article id.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Facts {
    #[serde(default)]
    pub entities: Vec<Entity>,
    #[serde(default)]
    pub sources: Vec<Source>,
    #[serde(default)]
    pub quotes: Vec<Quote>,
    #[serde(default)]
    pub claims: Vec<Claim>,
    #[serde(default)]
    pub events: Vec<Event>,
    /// Time expressions, normalised against the article's date.
    #[serde(default)]
    pub times: Vec<TimeExpr>,
    /// Place mentions resolved to coordinates.
    #[serde(default)]
    pub places: Vec<PlaceMention>,
}

impl Facts {
    pub fn is_empty(&self) -> bool {
        self.entities.is_empty()
            && self.sources.is_empty()
            && self.quotes.is_empty()
            && self.claims.is_empty()
            && self.events.is_empty()
            && self.times.is_empty()
            && self.places.is_empty()
    }
}

macro_rules! string_enum {
    ($(#[$m:meta])* $name:ident { $($(#[$vm:meta])* $variant:ident = $s:literal),+ $(,)? } default $default:ident) => {
        $(#[$m])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        pub enum $name {
            $($(#[$vm])* #[serde(rename = $s)] $variant),+
        }
        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];
            pub fn as_str(&self) -> &'static str {
                match self { $($name::$variant => $s),+ }
            }
            /// Parses the serialised name (case-insensitive).
            pub fn parse(s: &str) -> Option<$name> {
                $(if s.eq_ignore_ascii_case($s) { return Some($name::$variant); })+
                None
            }
        }
        impl Default for $name {
            fn default() -> Self { $name::$default }
        }
        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

string_enum! {
    /// Entity types (OntoNotes-style names; CoNLL's PER/ORG/LOC/MISC map onto
    /// PERSON/ORG/LOC/MISC).
    EntityType {
        Person = "PERSON", Org = "ORG", Gpe = "GPE", Loc = "LOC", Norp = "NORP",
        Fac = "FAC", Event = "EVENT", Misc = "MISC",
    } default Misc
}

/// A named thing mentioned in the article, with all its mentions.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Entity {
    pub id: String,
    /// The fullest surface form seen in the article ("Claudia Sheinbaum").
    pub text: String,
    #[serde(rename = "type")]
    pub entity_type: EntityType,
    /// The registry's canonical name ("U.S. Department of Defense" for
    /// "the Pentagon"), or `None` when the actor is not in the registry.
    pub canonical: Option<String>,
    /// The registry id of the actor (`us.dod`), when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub actor: Option<String>,
    pub mentions: Vec<Span>,
}

string_enum! {
    /// What kind of thing a source is.
    SourceKind {
        Person = "person", Organization = "organization", Government = "government",
        Outlet = "outlet", Document = "document", Anonymous = "anonymous", Other = "other",
    } default Other
}

/// Someone the article attributes information to: a speaker or claimant.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Source {
    pub id: String,
    /// As the article names it ("Mexican President Claudia Sheinbaum",
    /// "two current U.S. officials").
    pub name: String,
    pub kind: SourceKind,
    pub anonymous: bool,
    /// How many people the source stands for, when the text says ("two" → 2).
    pub count: Option<u32>,
    /// Who the source works for or speaks for ("US government").
    pub affiliation: Option<String>,
    /// Id of the source that relays this one ("told NBC News" → NBC News).
    pub via: Option<String>,
    /// Id of the entity this source is, when it is a named entity.
    pub entity: Option<String>,
    /// Role or title as printed ("Mexican President").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    /// First mention of the source.
    #[serde(default)]
    pub evidence: Span,
}

string_enum! {
    QuoteKind { Direct = "direct", Indirect = "indirect", Partial = "partial" } default Direct
}

/// Something a source said, directly or reported.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Quote {
    pub id: String,
    /// The quoted content (without the quote marks for direct quotes).
    pub text: String,
    pub kind: QuoteKind,
    /// Id from `sources`, or `None` when the speaker is not found.
    pub source: Option<String>,
    /// The speech verb ("said", "told", "added").
    pub verb: Option<String>,
    /// The content's span (for split quotes, from the first to the last part).
    pub evidence: Span,
}

string_enum! {
    /// How far the article lets a reader trust a claim.
    ClaimStatus {
        /// The outlet asserts it in its own voice.
        Asserted = "asserted",
        /// A named or anonymous source asserts it.
        Attributed = "attributed",
        /// The text says it is unverified, unconfirmed, or that no evidence was released.
        Unverified = "unverified",
        /// Another source in the text contradicts it.
        Disputed = "disputed",
        /// The subject of the claim denies it.
        Denied = "denied",
        /// The text reports independent confirmation.
        Confirmed = "confirmed",
    } default Asserted
}

/// A number in the text with what it counts.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Quantity {
    /// The best single value (for ranges, the low end).
    pub value: Option<f64>,
    /// `person`, `operation`, `troop`, `usd`, `percent`, …
    pub unit: Option<String>,
    /// What is counted, as printed ("people", "cartel leaders").
    pub what: Option<String>,
    /// The predicate ("killed", "deployed", "extradited").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub predicate: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub low: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub high: Option<f64>,
    /// The number as printed ("at least 14", "tens of thousands").
    #[serde(default)]
    pub text: String,
    #[serde(default)]
    pub evidence: Span,
    /// Set when this quantity is a whole of which the sentence's predicate
    /// holds for a part only ("half of the 300 hostages were released",
    /// "two of the 12 miners died"): the whole then has no `predicate`, and
    /// the part says how much of it and what happened to it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub part: Option<QuantityPart>,
}

/// The part of a counted whole that a predicate holds for.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct QuantityPart {
    /// The part as printed ("roughly half", "two", "30%", "most").
    pub text: String,
    /// Its count, when the part is a number ("two" → 2); that number is
    /// also a quantity of its own, with the predicate.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<f64>,
    /// Its share of the whole, when the part says one ("half" → 0.5,
    /// "30%" → 0.3); vague parts ("most", "some") have none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fraction: Option<f64>,
    /// What happened to the part ("released", "died").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub predicate: Option<String>,
}

/// A statement carrying a quantity or an event assertion, with its claimant.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Claim {
    pub id: String,
    pub text: String,
    pub quantities: Vec<Quantity>,
    /// Id from `sources`; `None` means the outlet itself asserts it.
    pub source: Option<String>,
    pub status: ClaimStatus,
    pub evidence: Span,
    /// Id of the event the claim is about, when there is one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event: Option<String>,
}

string_enum! {
    /// PLOVER event types.
    EventType {
        Agree = "AGREE", Consult = "CONSULT", Support = "SUPPORT", Concede = "CONCEDE",
        Cooperate = "COOPERATE", Aid = "AID", Retreat = "RETREAT", Request = "REQUEST",
        Accuse = "ACCUSE", Reject = "REJECT", Threaten = "THREATEN", Protest = "PROTEST",
        Sanction = "SANCTION", Mobilize = "MOBILIZE", Coerce = "COERCE", Assault = "ASSAULT",
    } default Consult
}

string_enum! {
    /// Did it happen, according to the text?
    Modality {
        Occurred = "occurred", Ongoing = "ongoing", Planned = "planned",
        /// "If approved, the operation would…"
        Conditional = "conditional",
        /// "may", "could"
        Possible = "possible",
        /// A stated intent to harm.
        Threatened = "threatened",
        /// A source says it did not happen.
        Denied = "denied",
        /// The text says it did not happen.
        Negated = "negated",
    } default Occurred
}

impl Modality {
    /// True only for modalities that assert the event took place.
    pub fn happened(&self) -> bool {
        matches!(self, Modality::Occurred | Modality::Ongoing)
    }
}

string_enum! {
    /// How precisely a place is known (coarsest last).
    PlacePrecision {
        Point = "point", City = "city", Admin2 = "admin2", Admin1 = "admin1", Country = "country",
        Region = "region", Sea = "sea",
    } default Country
}

/// A resolved place.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Place {
    pub name: String,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    /// ISO 3166-1 alpha-2, when the place is in one country.
    pub country: Option<String>,
    pub precision: PlacePrecision,
    /// Gazetteer id (`geonames:3530597`, `region:caribbean`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gazetteer_id: Option<String>,
}

/// A place named in the text, resolved.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct PlaceMention {
    pub id: String,
    pub text: String,
    pub place: Place,
    pub evidence: Span,
}

string_enum! {
    /// Where an event's place came from, so a reader can weigh it: named in the
    /// event's own sentence, carried over from the event an anaphor refers back
    /// to ("such operations"), only the article's dateline (where the
    /// reporter filed from, which is not always where it happened), or only
    /// the one country the event's paragraph, or else the whole article,
    /// names (country precision: the story's country, not a located spot).
    PlaceBasis { Sentence = "sentence", Reference = "reference", Dateline = "dateline", Context = "context" } default Sentence
}

/// When an event happened, as far as the text says.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct EventDate {
    /// ISO-like value (`2025-02`, `2025-11-03`, `2025-W44`, `2024-10-01/..`).
    pub value: Option<String>,
    pub precision: DatePrecision,
}

string_enum! {
    /// The kind of an unnamed group that acts or is acted on, after ACLED's
    /// actor types (`Inter1`/`Inter2`): state forces 1, rebels 2, militia 3
    /// (political and identity militias, 3 and 4), rioters 5, protesters 6,
    /// civilians 7, other 8 (external forces, peacekeepers, private security).
    /// Unidentified armed groups ("gunmen") are militia: ACLED codes them 3.
    GroupCategory {
        StateForces = "state_forces", Rebels = "rebels", Militia = "militia", Rioters = "rioters",
        Protesters = "protesters", Civilians = "civilians", Other = "other",
    } default Other
}

/// An unnamed group in an event role: the phrase as printed, where it
/// stands, its kind, and the country the phrase names, if any ("Israeli
/// troops" → `IL`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct GroupRole {
    pub text: String,
    pub evidence: Span,
    pub category: GroupCategory,
    /// ISO 3166-1 alpha-2 code of the country the phrase names.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
}

/// Something reported to have happened, or planned, threatened, denied….
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Event {
    pub id: String,
    #[serde(rename = "type")]
    pub event_type: EventType,
    /// Sub-type where the text gives one ("drone strike", "designation").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mode: Option<String>,
    pub modality: Modality,
    /// Entity id of who acts, when known.
    pub actor: Option<String>,
    /// Entity id of who is acted on, when known.
    pub target: Option<String>,
    /// Who acts, as an unnamed group ("police", "gunmen", "Israeli
    /// troops"), when no entity fills `actor`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub actor_group: Option<GroupRole>,
    /// Who is acted on, as an unnamed group ("12 civilians",
    /// "protesters"), when no entity fills `target`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target_group: Option<GroupRole>,
    pub place: Option<Place>,
    /// Where `place` came from; absent when there is no place.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place_basis: Option<PlaceBasis>,
    pub date: Option<EventDate>,
    /// Id from `sources`; `None` means the outlet itself asserts it.
    pub source: Option<String>,
    /// The word that evokes the event ("strikes", "deployed").
    #[serde(default)]
    pub trigger: String,
    pub evidence: Span,
}

string_enum! {
    TimeType { Date = "date", Time = "time", Duration = "duration", Set = "set" } default Date
}

/// A time expression with its normalised value.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct TimeExpr {
    pub id: String,
    pub text: String,
    #[serde(rename = "type")]
    pub time_type: TimeType,
    /// TimeML-style value (`2025-02`, `2025-11-03`, `P1W`, `PAST_REF`), when
    /// it can be resolved.
    pub value: Option<String>,
    pub precision: DatePrecision,
    /// TimeML modifier: `APPROX` ("about"), `START` ("early"), `END`,
    /// `MORE_THAN`, … when the text qualifies the time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub modifier: Option<String>,
    pub evidence: Span,
}
