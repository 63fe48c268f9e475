//! Articles to facts.
//!
//! The extract stage is a [`Pipeline`] of [`Extractor`]s run in order over one
//! [`Doc`]. Each extractor reads the article, the segmentation and what earlier
//! extractors found, and adds facts. A new extractor is one type implementing
//! [`Extractor`], registered in [`Pipeline::for_language`].
//!
//! **Offsets.** Inside the pipeline every [`Span`] in `doc.facts` is a *byte*
//! range into `doc.text` (that is what Rust string code works in).
//! [`Pipeline::analyze`] converts all of them to code points once, at the end,
//! as schema v1 requires. Extractors never convert.
//!
//! **Invariant.** Extract never touches the store or the network: it is a pure
//! function of the article (and the bundled lexicons and models).

mod doc;
mod pipeline;

pub mod claims;
mod denial;
pub mod entities;
pub mod events;
pub mod places;
pub mod sources;
pub mod times;
mod transcript;

pub use doc::{Annotations, Attribution, Doc, NerSpan, SourceMention};
pub use pipeline::{Extractor, Pipeline, Pipelines, StageTimings};
