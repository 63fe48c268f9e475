//! Place mentions resolved with the gazetteer (wraps newsledger-geo).

use crate::{Doc, Extractor};

pub struct PlaceExtractor;

impl Extractor for PlaceExtractor {
    fn name(&self) -> &'static str {
        "places"
    }

    fn run(&self, _doc: &mut Doc<'_>) {}
}
