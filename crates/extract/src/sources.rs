//! Sources, quotes and attribution of statements.

use crate::{Doc, Extractor};

pub struct SourceExtractor;

impl Extractor for SourceExtractor {
    fn name(&self) -> &'static str {
        "sources"
    }

    fn run(&self, _doc: &mut Doc<'_>) {}
}
