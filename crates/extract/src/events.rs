//! PLOVER events with modality, actor, target, place and date.

use crate::{Doc, Extractor};

pub struct EventExtractor;

impl Extractor for EventExtractor {
    fn name(&self) -> &'static str {
        "events"
    }

    fn run(&self, _doc: &mut Doc<'_>) {}
}
