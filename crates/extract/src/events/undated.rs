//! Events whose text gives no date still say so: every event carries a
//! `date` with a precision, `unknown` when nothing in its sentence dates it.
//! What is still known is kept: an event the article reports as having
//! happened (or as going on) did so by the article's date, so its value is
//! the open interval up to that day ("XXXX-XX-XX/2025-11-03", the form a
//! "since …" date with an unknown start takes). A plan, a threat or a
//! denial has no such bound.

use newsledger_model::{DatePrecision, Event, EventDate};

/// Give every event without a date an `unknown` one, bounded by the
/// article's day (`anchor`, `YYYY-MM-DD…`) when the event happened.
pub(super) fn date_the_undated(events: &mut [Event], anchor: Option<&str>) {
    let day = anchor.map(|a| a.get(..10).unwrap_or(a));
    for e in events.iter_mut().filter(|e| e.date.is_none()) {
        let value = day.filter(|_| e.modality.happened()).map(|d| format!("XXXX-XX-XX/{d}"));
        e.date = Some(EventDate { value, precision: DatePrecision::Unknown });
    }
}
