//! Quantities and claims with claimant and evidence status.

use crate::{Doc, Extractor};

pub struct ClaimExtractor;

impl Extractor for ClaimExtractor {
    fn name(&self) -> &'static str {
        "claims"
    }

    fn run(&self, _doc: &mut Doc<'_>) {}
}
