//! Named entities: NER spans, registry canonicalisation, acronyms, surname coreference.

use crate::{Doc, Extractor};

pub struct EntityExtractor;

impl Extractor for EntityExtractor {
    fn name(&self) -> &'static str {
        "entities"
    }

    fn run(&self, _doc: &mut Doc<'_>) {}
}
