//! Time expressions resolved against the article date (wraps newsledger-timex).
//!
//! Every expression `newsledger_timex::find_times` finds becomes a
//! [`TimeExpr`] (`t1`, `t2`… in text order) with its TimeML value and
//! precision, resolved against `doc.anchor_date`.
//!
//! Intervals: where "since"/"until" governs the expression, the fact covers
//! the preposition too and its value is the interval (`2018/2025-11-05` for
//! "since 2018", `XXXX-XX-XX/2026-03` for "until March"), with precision
//! `interval`; "since <event>" phrases ("since Sheinbaum took office") come
//! out the same way with an unknown start (`XXXX-XX-XX/2025-11-05`). See the
//! `newsledger_timex` crate docs for the value conventions.

use newsledger_model::{DatePrecision, Span, TimeExpr};
use newsledger_timex::{find_times, Anchor, SignalKind, TimexKind};

use crate::{Doc, Extractor};

pub struct TimeExtractor;

impl Extractor for TimeExtractor {
    fn name(&self) -> &'static str {
        "times"
    }

    fn run(&self, doc: &mut Doc<'_>) {
        let anchor: Option<Anchor> = doc.anchor_date.as_deref().and_then(|d| d.parse().ok());
        for t in find_times(doc.text, anchor) {
            let mut start = t.start;
            let mut value = t.value.clone();
            let mut precision = t.precision;
            if t.kind == TimexKind::TimeMl {
                if let Some(signal) = t.signal.filter(|s| matches!(s.kind, SignalKind::Since | SignalKind::Until)) {
                    if let Some(interval) = t.interval_value(anchor) {
                        start = signal.start;
                        value = Some(interval);
                        precision = DatePrecision::Interval;
                    }
                }
            }
            let id = format!("t{}", doc.facts.times.len() + 1);
            doc.facts.times.push(TimeExpr {
                id,
                text: doc.text[start..t.end].to_string(),
                time_type: t.time_type,
                value,
                precision,
                modifier: t.modifier.map(|m| m.to_string()),
                evidence: Span { start, end: t.end },
            });
        }
    }
}
