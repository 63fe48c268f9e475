//! Time expressions resolved against the article date (wraps newsledger-timex).

use crate::{Doc, Extractor};

pub struct TimeExtractor;

impl Extractor for TimeExtractor {
    fn name(&self) -> &'static str {
        "times"
    }

    fn run(&self, _doc: &mut Doc<'_>) {}
}
