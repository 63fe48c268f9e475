//! Time expressions: recognition and normalisation against the article date.
//!
//! [`find_times`] finds the time expressions of a text (TimeML TIMEX3
//! style: dates, times, durations and sets) and writes each one's value in
//! TimeML form, resolved against an [`Anchor`] (the article's publication
//! date) where the expression is relative:
//!
//! ```
//! use newsledger_timex::{find_times, Anchor};
//! let text = "The army said on Monday that two soldiers were killed last week.";
//! let anchor: Anchor = "2025-11-05".parse().unwrap();
//! let times = find_times(text, Some(anchor));
//! let values: Vec<_> = times.iter().map(|t| t.value.as_deref().unwrap_or("")).collect();
//! assert_eq!(values, ["2025-11-03", "2025-W44"]);
//! ```
//!
//! # Values
//!
//! Values follow TimeML (TIMEX3 `value`):
//!
//! | text                                | value                     | type     | precision  |
//! |-------------------------------------|---------------------------|----------|------------|
//! | "Nov. 3", "November 3, 2025"         | `2025-11-03`              | date     | day        |
//! | "in February" (anchor 2025-11-05)   | `2025-02`                 | date     | month      |
//! | "last week"                         | `2025-W44`                | date     | week       |
//! | "this year", "1998"                 | `2025`, `1998`            | date     | year       |
//! | "the third quarter", "last fall"    | `2025-Q3`, `2024-FA`      | date     | year       |
//! | "the first quarter of last year"    | `2024-Q1`                 | date     | year       |
//! | "next year's first half"            | `2026-H1`                 | date     | year       |
//! | "February this year"                | `2025-02` (extent "February") | date | month      |
//! | "the year-earlier quarter" (after "the third quarter") | `2024-Q3` | date | year     |
//! | "the 1990s", "the 70s", "the nineties" | `199`, `197`, `199`    | date     | interval   |
//! | "by year end"                       | `2025`                    | date     | year       |
//! | "the year ended Sept. 30"           | `P1Y`                     | duration | unknown    |
//! | "the past", "now", "the future"     | `PAST_REF`, `PRESENT_REF`, `FUTURE_REF` | date | unknown |
//! | "three years", "16-hour"            | `P3Y`, `PT16H`            | duration | unknown    |
//! | "between 60 and 90 days"            | `P60D` ("60"), `P90D`     | duration | unknown    |
//! | "annual profit", "quarterly sales"  | `P1Y`, `P3M` (extent "annual") | duration | unknown |
//! | "each year", "every Monday"         | `P1Y`, `XXXX-WXX-1`       | set      | unknown    |
//! | "7 AM EDT", "18:00 UTC"             | `2025-11-05T07:00`, `2025-11-05T18:00Z` | time | minute |
//! | "Friday night", "mid-afternoon yesterday" | `2025-10-31TNI`, `2025-11-04TAF` | date | day   |
//! | "the early summer"                  | `2025-SU` (mod `START`)   | date     | year       |
//! | "the first two quarters of 2026"    | `2026-H1`                 | date     | year       |
//! | "the quarter ended July 31"         | `2025-Q2` (unless the story named its quarter) | date | year |
//! | "will one day be"                   | `FUTURE_REF`              | date     | unknown    |
//!
//! ISO weeks are written with two digits (`2025-W07`), decades with three
//! (`199`), as ISO 8601 and the TimeML guidelines write them. "currently",
//! "recently" and "current" before a noun are reported as `PRESENT_REF` /
//! `PAST_REF` (TimeBank marks most of them); "previously", "formerly",
//! "soon", "already" are not (marked in too few of their uses).
//!
//! **Underspecified dates** ("Monday", "Feb. 10", "in February") are placed
//! by the tense of the clause around them, read from nearby words (auxiliaries,
//! irregular and "-ed" past forms, "will", "is scheduled"…; the headline or
//! dateline paragraph is not read for the body):
//!
//! * past tense picks the most recent one, future or present tense ("will
//!   meet Monday", "is scheduled for March", "has been scheduled", "planned
//!   to leave on Thursday", "the fair opens Wednesday") the next one; the
//!   anchor's own weekday is the anchor day. A verb decides before a
//!   non-verb cue ("until", "ago", "last"); "could be found Wednesday",
//!   "vacation plans" and "next to" decide nothing;
//! * a weekday after "until" inside a sentence lies ahead ("postponed until
//!   Tuesday"); quarters in the present tense ("third-quarter results show")
//!   are the ones reported, and without a tense the nearest one;
//! * with no tense cue, news reports the past: weekdays and months go back,
//!   and a month-day goes forward only when the next one is at least three
//!   times nearer than the last one ("Jan. 14" written on Jan. 5), or when
//!   the past one is eleven months back and the next one two weeks ahead,
//!   whatever the tense;
//! * a deadline ("by Jan. 14", "the Dec. 1 deadline") goes forward up to a
//!   month even in a past-tense clause; a "Monday, Oct. 26" picks the year in
//!   which Oct. 26 is a Monday.
//!
//! Hedges ("about", "nearly", "almost", "some") set [`Timex::modifier`] to
//! `APPROX` but stay outside the extent, as in TimeBank; "more than", "at
//! least", "early", "late", "mid" are inside it.
//!
//! **Without an anchor** nothing relative is guessed: what the text itself
//! says is kept with `X` for the unknown digits ("February" → `XXXX-02`,
//! "Monday" → `XXXX-WXX-1`, "Feb. 10" → `XXXX-02-10`), and purely relative
//! expressions ("last week", "two days ago") get no value (`None`) but keep
//! their precision.
//!
//! **Anaphoric expressions** ("that day", "the next morning", "two days
//! later", "a year earlier", "the year before") are resolved against the
//! last calendar point the text mentioned (of at least the needed
//! precision), else the anchor; "the same month a year ago", "the same
//! period last year" and "the year-earlier period" take that point's own
//! period (day, month, quarter…) one year back. "until then", "by then",
//! "by that time" are the date mentioned just before (nothing when none
//! was). In a results story, after "the nine months" (months reported on
//! that make no quarter or half) "a year earlier" is the year before, not
//! the last quarter.
//!
//! # Intervals ("since …")
//!
//! TimeML leaves prepositions out of the extent: in "since 2018" the
//! expression is `2018`, and the preposition is reported as the
//! expression's [`Signal`]. [`Timex::interval_value`] turns a signalled
//! expression into an interval written `start/end` (ISO 8601), with the
//! anchor date as the open end of "since" and `XXXX-XX-XX` for a bound the
//! text does not give: "since 2018" → `2018/2025-11-05`, "until March" →
//! `XXXX-XX-XX/2026-03`.
//!
//! When "since" introduces an event instead of a date ("since Sheinbaum
//! took office"), the event's date is unknown: [`find_times`] reports the
//! whole phrase as a [`TimexKind::EventAnchored`] expression with precision
//! `interval` and value `XXXX-XX-XX/2025-11-05` (unknown start, lasting up
//! to the anchor; `XXXX-XX-XX/PRESENT_REF` without an anchor). These are
//! not TIMEX3 expressions and scorers against TimeML should skip them.
//!
//! Offsets are **byte** offsets into the text given.

mod grammar;
mod lexicon;
mod resolve;
mod sem;
mod tense;
mod tokens;

use std::str::FromStr;

pub use newsledger_model::{DatePrecision, TimeType};

use crate::lexicon::Cue;
use crate::resolve::{Context, Reference};
use crate::tokens::{Kind, Tok};

/// Errors of this crate's constructors.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TimexError {
    #[error("not a calendar date (expected YYYY-MM-DD): {0:?}")]
    BadDate(String),
}

/// The date relative expressions are resolved against: the article's
/// publication date (TimeML's document creation time).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Anchor {
    date: jiff::civil::Date,
}

impl Anchor {
    pub fn from_ymd(year: i32, month: u32, day: u32) -> Result<Anchor, TimexError> {
        let bad = || TimexError::BadDate(format!("{year:04}-{month:02}-{day:02}"));
        let y = i16::try_from(year).map_err(|_| bad())?;
        let m = i8::try_from(month).map_err(|_| bad())?;
        let d = i8::try_from(day).map_err(|_| bad())?;
        let date = jiff::civil::Date::new(y, m, d).map_err(|_| bad())?;
        Ok(Anchor { date })
    }

    /// The date as `YYYY-MM-DD`.
    pub fn ymd(&self) -> String {
        resolve::ymd(self.date)
    }
}

impl FromStr for Anchor {
    type Err = TimexError;

    /// Reads `YYYY-MM-DD`; anything after the day (a time, a zone) is ignored.
    fn from_str(s: &str) -> Result<Anchor, TimexError> {
        let s = s.trim();
        let date = s.get(..10).and_then(resolve::parse_ymd).ok_or_else(|| TimexError::BadDate(s.to_string()))?;
        if s.len() > 10 && !s[10..].starts_with(['T', ' ', 't']) {
            return Err(TimexError::BadDate(s.to_string()));
        }
        Ok(Anchor { date })
    }
}

/// What kind of expression a [`Timex`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TimexKind {
    /// A time expression in the TimeML sense.
    TimeMl,
    /// "since \<event\>": an interval from an event whose date the text does
    /// not give, up to the anchor.
    EventAnchored,
}

/// A preposition that makes an expression one end of an interval.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SignalKind {
    /// "since 2018": from then up to the anchor.
    Since,
    /// "until March", "through 2026", "till Friday": up to then.
    Until,
    /// "from 2018" (often followed by "to …").
    From,
}

/// The signal word in front of an expression, with its byte span.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Signal {
    pub kind: SignalKind,
    pub start: usize,
    pub end: usize,
}

/// One time expression found in a text.
#[derive(Debug, Clone, PartialEq)]
pub struct Timex {
    /// Byte span in the text.
    pub start: usize,
    pub end: usize,
    pub time_type: TimeType,
    /// TimeML value; `None` when it cannot be resolved (a relative
    /// expression without an anchor).
    pub value: Option<String>,
    /// The finest calendar unit the value pins down.
    pub precision: DatePrecision,
    /// TimeML `mod`: "APPROX", "MORE_THAN", "LESS_THAN", "EQUAL_OR_MORE",
    /// "EQUAL_OR_LESS", "START", "MID", "END".
    pub modifier: Option<&'static str>,
    pub signal: Option<Signal>,
    pub kind: TimexKind,
}

impl Timex {
    /// The text of the expression.
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start..self.end]
    }

    /// For an expression behind "since"/"until", the interval it bounds as
    /// `start/end` (see the crate docs); `None` without a signal or value.
    pub fn interval_value(&self, anchor: Option<Anchor>) -> Option<String> {
        if self.kind == TimexKind::EventAnchored {
            return self.value.clone();
        }
        let signal = self.signal?;
        let v = self.value.as_deref()?;
        if self.time_type != TimeType::Date && self.time_type != TimeType::Time {
            return None;
        }
        let now = anchor.map_or_else(|| "PRESENT_REF".to_string(), |a| a.ymd());
        Some(match signal.kind {
            SignalKind::Since | SignalKind::From => format!("{v}/{now}"),
            SignalKind::Until => format!("XXXX-XX-XX/{v}"),
        })
    }
}

/// "that night", "later that evening", "the same morning": a part of the
/// day read back through "that" or "same".
fn that_part_of_day(text: &str, toks: &[Tok], f: &grammar::Found) -> bool {
    let anaphoric_part = matches!(&f.sem, sem::Sem::PartOfDay { date, .. } if matches!(**date, sem::Sem::Anaphor { offset, .. } if offset == 0.0));
    anaphoric_part && toks[f.first..f.end].iter().any(|t| ["that", "same"].iter().any(|w| text[t.start as usize..t.end as usize].eq_ignore_ascii_case(w)))
}

/// "the year", "that day", "the same month", "this week": the period the
/// text is at, read off the last date named.
fn is_same_period_anaphor(sem: &sem::Sem) -> bool {
    matches!(sem, sem::Sem::Anaphor { offset, .. } if *offset == 0.0) || matches!(sem, sem::Sem::CurrentPeriod { .. })
}

/// Whether the period a resolved value names (a year, month or day) was
/// over before `anchor`.
fn ended_before(r: &resolve::Resolved, anchor: jiff::civil::Date) -> bool {
    let Some(p) = resolve::reference_of(r).filter(|p| p.part.is_none()) else { return false };
    match p.precision {
        DatePrecision::Year => p.date.year() < anchor.year(),
        DatePrecision::Month => (p.date.year(), p.date.month()) < (anchor.year(), anchor.month()),
        DatePrecision::Day => p.date < anchor,
        _ => false,
    }
}

/// How far back (in tokens) a day told in the past still dates a bare clock
/// time told in the past: a news story's first paragraphs.
const PAST_CLOCK_REACH: usize = 200;

/// Finds and normalises the time expressions of `text` (byte spans, in
/// text order, non-overlapping).
pub fn find_times(text: &str, anchor: Option<Anchor>) -> Vec<Timex> {
    let toks = tokens::tokenize(text);
    let found = grammar::Matcher::new(text, &toks).find_all();
    let anchor_date = anchor.map(|a| a.date);
    let mut out = Vec::with_capacity(found.len());
    let mut reference: Option<(Reference, usize)> = None;
    // The latest reference not after the article's date: "remain in custody
    // until his next court appearance on April 5. … The first attack was at
    // about 13:40": a date still ahead is no reference for what already
    // happened, which the story told before it.
    let mut past_reference: Option<(Reference, usize)> = None;
    let mut last_part: Option<Reference> = None;
    // Whether each expression pushed sits in a past-tense clause.
    let mut told_past: Vec<bool> = Vec::with_capacity(found.len());
    // Where the last "the first nine months" (months to date, no quarter)
    // ended: "… in the first nine months, up from the same period last year".
    let mut months_to_date_end: Option<usize> = None;
    for f in &found {
        if inside_a_name(text, &toks, f.first, f.end) || capitalised_within(text, &toks, f) {
            continue;
        }
        let mut tense = tense::tense_near(text, &toks, f.first, f.end);
        // "Wednesday's ruling": a possessive weekday names something that
        // happened, unless the clause looks ahead ("will attend Friday's draw").
        if matches!(f.sem, sem::Sem::Cal { weekday: Some(_), month: None, .. }) && possessive_after(text, &toks, f.end) && tense != Some(lexicon::Tense::Future) {
            tense = Some(lexicon::Tense::Past);
        }
        // "postponed until Tuesday", "gave them until 9 a.m. Tuesday": a
        // weekday after "until" inside a sentence lies ahead whatever the
        // verb's tense ("Until Thursday, they had not…" opens a sentence).
        if f.first > 0 && is_until(text, &toks[f.first - 1]) && !sentence_start(text, &toks, f.first - 1) && names_weekday(&f.sem) {
            tense = Some(lexicon::Tense::Future);
        }
        // "crude for delivery in December", "wheat for delivery in March": a
        // futures contract's month lies ahead, whatever the market did.
        if f.first >= 3 && names_month_only(&f.sem) && ["for", "delivery", "in"].iter().enumerate().all(|(k, w)| text[toks[f.first - 3 + k].start as usize..toks[f.first - 3 + k].end as usize].eq_ignore_ascii_case(w)) {
            tense = Some(lexicon::Tense::Future);
        }
        // "attacks since late September", "has grown since March": the start
        // of a span that runs up to the article's date lies behind it,
        // whatever verb is near ("… since late September, analysts say").
        if f.first > 0 && toks[f.first - 1].entry.is_some_and(|e| e.cue == Some(Cue::Since)) && !matches!(f.sem, sem::Sem::Duration { .. }) {
            tense = Some(lexicon::Tense::Past);
        }
        // Past when the nearest cue says so and the nearest verb before the
        // expression agrees: in "Until then, the company said, …" the
        // reporting verb after it is not the tense of "then"; "on the same
        // day", far from any verb, takes the one before it.
        // (The scan back to the sentence start is made only when a
        // reference lies ahead: rarely.)
        let ahead_of_article = reference.is_some_and(|(r, _)| anchor_date.is_some_and(|a| r.date > a));
        let skip_reference = ahead_of_article
            && tense.is_none_or(|t| t == lexicon::Tense::Past)
            && tense::sentence_tense_before(text, &toks, f.first) == Some(lexicon::Tense::Past);
        let reference_here = if skip_reference { past_reference } else { reference };
        // With the date ahead set aside, a clock time falls back on the
        // article's day, as with no date near: an older date may be a
        // paragraph back ("had until Nov. 1 … early next year. This story
        // was updated at 5:45 p.m.").
        let near_reference = if skip_reference { None } else { reference.filter(|(_, at)| f.first.saturating_sub(*at) <= 40).map(|(r, _)| r) };
        // "A fire yesterday morning destroyed 200 homes. … It broke out at
        // around 3:30am": told in the past, a clock time with no day of its
        // own is a moment of the day the story tells, even a few paragraphs
        // on, not the article's day (which is when it was written). Only a
        // day not ahead of the article serves ("remain in custody until
        // April 5. … The first attack was at about 13:40" is Friday's).
        let near_reference = near_reference.or_else(|| {
            let bare_clock = matches!(f.sem, sem::Sem::Clock { date: None, .. });
            // "This story was updated at 5:45 p.m.": the page's own stamp.
            let stamp = || toks[f.first.saturating_sub(2)..f.first].iter().any(|t| lexicon::stamp_verb(&text[t.start as usize..t.end as usize]));
            (bare_clock && tense == Some(lexicon::Tense::Past) && !stamp())
                .then_some(past_reference)
                .flatten()
                .filter(|(r, at)| r.precision == DatePrecision::Day && r.part.is_none() && f.first.saturating_sub(*at) <= PAST_CLOCK_REACH)
                .map(|(r, _)| r)
        });
        // "by Jan. 14", "the Jan. 14 deadline"
        let deadline = (f.first > 0 && is_deadline_word(text, &toks[f.first - 1]))
            || moved_to(text, &toks, f.first)
            || toks.get(f.end).is_some_and(|t| text[t.start as usize..t.end as usize].eq_ignore_ascii_case("deadline"));
        let effective = f.first > 0 && text[toks[f.first - 1].start as usize..toks[f.first - 1].end as usize].eq_ignore_ascii_case("effective");
        // "crude for January delivery": a futures contract, ahead.
        let contract = toks.get(f.end).is_some_and(|t| ["delivery", "contract", "contracts", "futures", "settlement"].iter().any(|w| text[t.start as usize..t.end as usize].eq_ignore_ascii_case(w)));
        let before = &toks[f.first.saturating_sub(8)..f.first];
        let deadline_set = deadline && (contract || before.iter().any(|t| t.entry.is_some_and(|e| e.cue == Some(lexicon::Cue::Extend))));
        let ends_span = f.first > 0 && ["to", "until", "till", "through"].iter().any(|w| text[toks[f.first - 1].start as usize..toks[f.first - 1].end as usize].eq_ignore_ascii_case(w));
        let cx = Context { anchor: anchor_date, tense, reference: reference_here.map(|(r, _)| r), near_reference, deadline, effective, deadline_set, last_part, ends_span };
        let mut r = resolve::resolve(&f.sem, &cx);
        // "They will be admitted before the end of the year", after "a
        // decision taken last year": told in the future, "the year" (the same
        // day, that month) cannot be a period already over when the article
        // was written; the last date named is no reference for it, and it
        // falls back on the article's date. (A count off the reference, "ten
        // years later", may lie ahead of it, and keeps the reference.)
        if tense == Some(lexicon::Tense::Future) && reference_here.is_some() && is_same_period_anaphor(&f.sem) && anchor_date.is_some_and(|a| ended_before(&r, a)) {
            r = resolve::resolve(&f.sem, &Context { reference: None, near_reference: None, ..cx });
        }
        // "exports rose in the first nine months, up 4 percent from the same
        // period last year": that span a year back, which TimeML can only
        // write as the year before the article's (a month named earlier is
        // no part of it). A story that named its quarter has this already
        // (`last_part`).
        if matches!(f.sem, sem::Sem::SameLastYear { unit: None }) && last_part.is_none() {
            if let (Some(at), Some(a)) = (months_to_date_end, anchor_date) {
                if at <= f.first && f.first - at <= 25 && !crosses_sentence(text, &toks[at..f.first]) {
                    r = resolve::Resolved { time_type: TimeType::Date, value: Some(format!("{:04}", a.year() - 1)), precision: DatePrecision::Year };
                }
            }
        }
        let quarters_to_date = matches!(f.sem, sem::Sem::Duration { amount: Some(n), unit: lexicon::Unit::Quarter } if n == 2.0 || n == 3.0)
            && text[toks[f.first].start as usize..toks[f.first].end as usize].eq_ignore_ascii_case("the");
        if quarters_to_date || reports_months_to_date(text, &toks, f) {
            months_to_date_end = Some(f.end);
        }
        // "until then" with no date just before refers to an event: no time.
        if f.sem == sem::Sem::Then && r.value.is_none() {
            continue;
        }
        // "that night", "the same morning" read back to a day named within
        // the last 40 tokens ("on the night of March 10 … that night"); with
        // none so near, the night is an event's ("would have died had he not
        // been armed that night"), whose day the text does not give, and no
        // time is written rather than the wrong day.
        if that_part_of_day(text, &toks, f) {
            let day_near = reference_here.is_some_and(|(r, at)| r.precision == DatePrecision::Day && r.part.is_none() && at <= f.first && f.first - at <= 40);
            if !day_near {
                continue;
            }
        }
        // Only a quarter or half the text names itself becomes the reported
        // period; "the year-ago quarter" points back from it.
        if matches!(f.sem, sem::Sem::Part { .. } | sem::Sem::PartRelYear { .. } | sem::Sem::QuarterEnded { .. }) {
            // A period reported on has begun, and has ended when spoken of
            // in the future tense ("expects to report a third-quarter loss"
            // in October): "through the third quarter of 1990" and "expect
            // the trend to continue into the fourth quarter" are forecasts.
            let forecast = tense == Some(lexicon::Tense::Future);
            let months = |p: &Reference| if matches!(p.part, Some(sem::PartCode::Half(_))) { 6 } else { 3 };
            let ended = |p: &Reference, a: jiff::civil::Date| p.date.checked_add(jiff::Span::new().months(months(p))).is_ok_and(|end| end <= a);
            let reported = |p: &Reference| {
                p.part.is_some() && anchor_date.is_none_or(|a| p.date <= a && (!forecast || ended(p, a)))
            };
            if let Some(p) = resolve::reference_of(&r).filter(reported) {
                last_part = Some(p);
            }
        }
        // "For the nine months, net was $12 million, compared with $10
        // million a year earlier": after a quarter the story reports the
        // year to date, and "a year earlier" is those months a year back,
        // which TimeML can only write as the year. Three, six and twelve
        // months are a quarter, a half and a year, and keep their reading.
        if let Some(p) = last_part.filter(|_| reports_months_to_date(text, &toks, f)) {
            if let Ok(year_start) = jiff::civil::Date::new(p.date.year(), 1, 1) {
                last_part = Some(Reference { date: year_start, precision: DatePrecision::Year, part: None });
            }
        }
        // A part of the day read off the day the text is at ("in the
        // morning", "overnight") refines no reference of its own.
        let derived = match &f.sem {
            sem::Sem::PartOfDay { date, .. } => matches!(**date, sem::Sem::Anaphor { .. }) || f.end == f.first + 1,
            _ => false,
        };
        if f.sem.is_point() && !matches!(f.sem, sem::Sem::Clock { .. }) && !derived && !comparison_baseline(text, &toks, f) {
            if let Some(new_ref) = resolve::reference_of(&r) {
                reference = Some((new_ref, f.end));
                if anchor_date.is_none_or(|a| new_ref.date <= a) {
                    past_reference = reference;
                }
            }
        }
        let (start, end) = (toks[f.first].start as usize, toks[f.end - 1].end as usize);
        told_past.push(tense == Some(lexicon::Tense::Past));
        out.push(Timex {
            start,
            end,
            time_type: r.time_type,
            value: r.value,
            precision: r.precision,
            modifier: f.modifier,
            // "Violence continued through the evening": during it, not up to it.
            signal: signal_before(&toks, f.first).filter(|sg| !(matches!(f.sem, sem::Sem::PartOfDay { .. }) && text[sg.start..sg.end].to_ascii_lowercase().starts_with("through"))),
            kind: TimexKind::TimeMl,
        });
    }
    order_month_ranges(text, anchor_date, &told_past, &mut out);
    add_event_anchored(text, &toks, &found, anchor, &mut out);
    out
}

/// "from January to September", "between November and February": two bare
/// months read apart can land in different years the wrong way round
/// (January ahead, September behind). The pair is put in one order, less
/// than a year long: a year the text writes stays and the bare month takes
/// its side, a range told in the past ends before the article, and else the
/// placing whose end lies nearer the anchor wins.
fn order_month_ranges(text: &str, anchor: Option<jiff::civil::Date>, told_past: &[bool], out: &mut [Timex]) {
    let Some(anchor) = anchor else { return };
    let month_of = |t: &Timex| -> Option<(i32, i32)> {
        let v = t.value.as_deref()?;
        if t.precision != DatePrecision::Month || v.len() != 7 {
            return None;
        }
        Some((v.get(0..4)?.parse().ok()?, v.get(5..7)?.parse().ok()?))
    };
    let now = anchor.year() as i32 * 12 + anchor.month() as i32;
    for k in 1..out.len() {
        let (a, b) = (&out[k - 1], &out[k]);
        let between = text[a.end..b.start].trim().to_ascii_lowercase();
        if !["to", "through", "until", "and", "-", "–"].contains(&between.as_str()) {
            continue;
        }
        let opener = text[..a.start].trim_end().rsplit(|c: char| c.is_whitespace()).next().unwrap_or("").to_ascii_lowercase();
        if opener != "from" && opener != "between" {
            continue;
        }
        let (Some((ya, ma)), Some((yb, mb))) = (month_of(a), month_of(b)) else { continue };
        let (ia, ib) = (ya * 12 + ma, yb * 12 + mb);
        if ia < ib && ib - ia < 12 {
            continue;
        }
        let write = |i: i32| format!("{:04}-{:02}", (i - 1).div_euclid(12), (i - 1).rem_euclid(12) + 1);
        // A year the text writes stays; the bare month takes its side of it
        // ("from April to August 2005").
        let year_written = |t: &Timex| text[t.start..t.end].bytes().any(|c| c.is_ascii_digit());
        match (year_written(a), year_written(b)) {
            (true, true) => continue,
            (false, true) => {
                out[k - 1].value = Some(write(ib - (mb - ma).rem_euclid(12)));
                continue;
            }
            (true, false) => {
                out[k].value = Some(write(ia + (mb - ma).rem_euclid(12)));
                continue;
            }
            (false, false) => {}
        }
        // The two placings: the end in the start's year (or the next), or
        // the start in the end's year (or the one before).
        let end_after = |start: i32| start + (mb - ma).rem_euclid(12);
        let first = (ia, end_after(ia));
        let start_before = |end: i32| end - (mb - ma).rem_euclid(12);
        let second = (start_before(ib), ib);
        // A range told in the past ("rains fell between November and
        // February") ended before the article; otherwise the placing whose
        // end is nearer the anchor wins.
        let ended = told_past[k - 1] || told_past[k];
        let score = |p: (i32, i32)| if ended && p.1 > now { i32::MAX } else { (p.1 - now).abs() };
        let pick = if score(first) <= score(second) { first } else { second };
        out[k - 1].value = Some(write(pick.0));
        out[k].value = Some(write(pick.1));
    }
}

/// A count of months reported on as a period ("the nine months", "the
/// first eight months", "nine-month net"), not a quarter or a half: the
/// article or the hyphenated adjective tells a reporting period from a
/// plain length ("sales fell for nine months").
fn reports_months_to_date(text: &str, toks: &[Tok], f: &grammar::Found) -> bool {
    let sem::Sem::Duration { amount: Some(n), unit: lexicon::Unit::Month } = f.sem else { return false };
    if [3.0, 6.0, 12.0].contains(&n) {
        return false;
    }
    let first = &text[toks[f.first].start as usize..toks[f.first].end as usize];
    let span = &text[toks[f.first].start as usize..toks[f.end - 1].end as usize];
    first.eq_ignore_ascii_case("the") || span.contains('-')
}

/// A month with no day and no year ("December").
fn names_month_only(sem: &sem::Sem) -> bool {
    matches!(sem, sem::Sem::Cal { year: None, month: Some(_), day: None, weekday: None })
}

/// Whether a full stop (or "!", "?", ";") lies among `toks`.
fn crosses_sentence(text: &str, toks: &[Tok]) -> bool {
    toks.iter().any(|t| t.kind == tokens::Kind::Punct && matches!(&text[t.start as usize..t.end as usize], "." | ";" | "!" | "?"))
}

/// "by Jan. 14", "until Dec. 1", "before March 3", "for Feb. 10" (a set date).
/// "profit rose to $98 million from $71 million a year earlier", "prices
/// higher than a year ago": a period a year back named as the baseline of a
/// comparison. The story stays where it was, so a later "earlier in the
/// year" is still the year it reports, not the baseline's. ("A year ago, the
/// company bought…" moves the story back, and stays a reference.)
fn comparison_baseline(text: &str, toks: &[Tok], f: &grammar::Found) -> bool {
    if !matches!(f.sem, sem::Sem::Ago { .. } | sem::Sem::AYearEarlier | sem::Sem::SameLastYear { .. }) {
        return false;
    }
    let from = f.first.saturating_sub(10);
    for i in (from..f.first).rev() {
        let t = &toks[i];
        let w = &text[t.start as usize..t.end as usize];
        if t.kind == tokens::Kind::Punct && matches!(w, "." | ";" | "!" | "?") {
            return false;
        }
        if ["than", "from", "compared", "versus", "vs"].iter().any(|c| w.eq_ignore_ascii_case(c)) {
            return true;
        }
    }
    false
}

fn is_deadline_word(text: &str, t: &Tok) -> bool {
    let w = &text[t.start as usize..t.end as usize];
    ["by", "until", "till", "before", "for", "through"].iter().any(|d| w.eq_ignore_ascii_case(d))
}

/// "extended to Nov. 20", "postponed its offer to Dec. 1": "to" before
/// the date, a deadline verb a few words before it.
fn moved_to(text: &str, toks: &[Tok], first: usize) -> bool {
    let Some(to) = first.checked_sub(1) else { return false };
    if !text[toks[to].start as usize..toks[to].end as usize].eq_ignore_ascii_case("to") {
        return false;
    }
    toks[to.saturating_sub(5)..to].iter().any(|t| t.entry.is_some_and(|e| e.cue == Some(lexicon::Cue::Extend)))
}

fn is_until(text: &str, t: &Tok) -> bool {
    let w = &text[t.start as usize..t.end as usize];
    w.eq_ignore_ascii_case("until") || w.eq_ignore_ascii_case("till")
}

/// Token `i` opens a sentence or paragraph.
fn sentence_start(text: &str, toks: &[Tok], i: usize) -> bool {
    if i == 0 || toks[i].paragraph_before {
        return true;
    }
    let p = &toks[i - 1];
    p.kind == Kind::Punct && matches!(&text[p.start as usize..p.end as usize], "." | "!" | "?" | "\"" | "``" | "'")
}

/// A time word inside a name or title is no time: a programme ("ABC
/// News' \"This Week\"", "CBS's ''60 Minutes''", "VOA Today", "World News
/// Tonight"), a newspaper ("USA Today"), a film ("High Noon").
fn inside_a_name(text: &str, toks: &[Tok], first: usize, end: usize) -> bool {
    quoted_title(text, toks, first, end) || capitalised_inside_a_sentence(text, toks, first) || weekday_paper(toks, first, end) || year_after_a_name(text, toks, first, end) || award_title(text, toks, first, end) || holiday_in_a_name(text, toks, first, end)
}

/// "Marty McFly from Back to the Future", "the host of Imus in the
/// Morning": a part of the day or "future" written with a capital after a
/// lower-case word of the same expression, in a sentence written in sentence
/// case, is a word of a title or name, and the expression no time. (Units
/// are often capitalised in running text, "in the 14th Century", and stay;
/// months, weekdays and holidays are always capitalised.)
fn capitalised_within(text: &str, toks: &[Tok], f: &grammar::Found) -> bool {
    let first = &toks[f.first];
    if first.kind != Kind::Word || first.capitalised || matches!(f.sem, sem::Sem::Holiday { .. }) {
        return false;
    }
    let capital_time_word = toks[f.first + 1..f.end].iter().any(|t| {
        t.kind == Kind::Word
            && t.capitalised
            && t.entry.is_some_and(|e| e.part_of_day.is_some() || e.reference.is_some())
    });
    capital_time_word && sentence_case_around(text, toks, f.first)
}

/// "Easter Island", "the Great Orchestra of Christmas Charity", "Christmas
/// Island": a holiday's name followed by a capitalised word that is no time
/// word, in a sentence written in sentence case, is part of a name and no
/// date. ("Christmas Day", "Easter Monday", "Christmas 2019" are read as
/// times; a headline in title case, "Shoppers Flock to Stores Before
/// Christmas Rush", is left as it is.)
fn holiday_in_a_name(text: &str, toks: &[Tok], first: usize, end: usize) -> bool {
    let holiday = end == first + 1 && toks[first].entry.is_some_and(|e| e.holiday.is_some());
    let name_next = toks.get(end).is_some_and(|t| t.kind == Kind::Word && t.capitalised && t.space_before && !t.newline_before && t.entry.is_none());
    holiday && name_next && sentence_case_around(text, toks, first)
}

/// "player of the year", "Person of the Year", "employee of the month": an
/// award's name, the period in it no time (`award_nouns.txt`).
fn award_title(text: &str, toks: &[Tok], first: usize, end: usize) -> bool {
    let w = |k: usize| &text[toks[k].start as usize..toks[k].end as usize];
    end == first + 2
        && first >= 2
        && w(first).eq_ignore_ascii_case("the")
        && ["year", "month", "week", "season", "decade", "century"].iter().any(|u| w(first + 1).eq_ignore_ascii_case(u))
        && w(first - 1).eq_ignore_ascii_case("of")
        && lexicon::award_noun(w(first - 2))
}

/// "a joint venture called Orion 1980", "Expo 2030": a bare year glued to
/// a name word inside a sentence is the end of the name. (A month, a
/// holiday or a preposition before it is read by the grammar: "June 1980",
/// "Christmas 1980", "In 1980".)
fn year_after_a_name(text: &str, toks: &[Tok], first: usize, end: usize) -> bool {
    if end != first + 1 || toks[first].kind != Kind::Number || toks[first].digits != 4 || first == 0 {
        return false;
    }
    let p = &toks[first - 1];
    // ("FY2020": a fiscal year, no name.)
    let fiscal = text[p.start as usize..p.end as usize].eq_ignore_ascii_case("fy");
    p.kind == Kind::Word && p.capitalised && p.entry.is_none() && !fiscal && !sentence_start(text, toks, first - 1)
}

/// "the Sunday Times", "the Sunday Telegraph": a weekday that opens a
/// newspaper's name.
fn weekday_paper(toks: &[Tok], first: usize, end: usize) -> bool {
    end == first + 1
        && toks[first].entry.is_some_and(|e| e.weekday.is_some())
        && toks.get(end).is_some_and(|t| t.kind == Kind::Word && t.capitalised && t.space_before && t.entry.is_some_and(|e| e.weekday_title))
}

fn is_quote_mark(text: &str, t: &Tok) -> bool {
    t.kind == Kind::Punct && matches!(&text[t.start as usize..t.end as usize], "\"" | "\u{201c}" | "\u{201d}" | "`" | "'")
}

fn is_capitalised_word_or_number(t: &Tok) -> bool {
    t.kind == Kind::Number || (t.kind == Kind::Word && t.capitalised)
}

/// The expression fills, with other capitalised words, a quoted span of
/// two to six words ("\"This Week,\"", "''60 Minutes''"): a title. One
/// quoted word ("\"Tomorrow,\" he said") is speech.
fn quoted_title(text: &str, toks: &[Tok], first: usize, end: usize) -> bool {
    const MOST_WORDS: usize = 6;
    let mut a = first;
    while a > 0 && first - a < MOST_WORDS && is_capitalised_word_or_number(&toks[a - 1]) {
        a -= 1;
    }
    // An opening mark is glued to the word after it (the closing marks of
    // the sentence before are not).
    if a == 0 || !is_quote_mark(text, &toks[a - 1]) || toks[a].space_before {
        return false;
    }
    let mut b = end;
    while b < toks.len() && b - a < MOST_WORDS && is_capitalised_word_or_number(&toks[b]) {
        b += 1;
    }
    let mut close = b;
    if toks.get(close).is_some_and(|t| t.kind == Kind::Punct && matches!(&text[t.start as usize..t.end as usize], "," | "." | "?" | "!")) {
        close += 1;
    }
    // A closing mark is glued to the word before it and is no apostrophe ("Sunday's").
    let closes = toks.get(close).is_some_and(|t| is_quote_mark(text, t) && !t.space_before)
        && !toks.get(close + 1).is_some_and(|t| t.kind == Kind::Word && !t.space_before);
    b - a >= 2 && b - a <= MOST_WORDS && toks[a..b].iter().all(is_capitalised_word_or_number) && closes
}

/// A time word that is written in lower case in running text ("today",
/// "tonight", "noon"), capitalised after another word inside a
/// sentence-case sentence, is part of a name ("USA Today reported").
/// Months, weekdays and holidays are capitalised anyway; headlines in
/// title case ("Talks Resume in Geneva Today") keep their time words.
fn capitalised_inside_a_sentence(text: &str, toks: &[Tok], first: usize) -> bool {
    let t = &toks[first];
    if t.kind != Kind::Word || !t.capitalised || t.newline_before || first == 0 || sentence_start(text, toks, first) {
        return false;
    }
    // Only the lexicon's own time words: "on Election Day" starts with a
    // name word the grammar read as part of a holiday.
    let Some(e) = t.entry else { return false };
    if e.month.is_some() || e.weekday.is_some() || e.holiday.is_some() || e.capital_only {
        return false;
    }
    if !matches!(toks[first - 1].kind, Kind::Word | Kind::Number) {
        return false;
    }
    sentence_case_around(text, toks, first)
}

/// The sentence around token `i` has a lower-case word that title case
/// would capitalise ("This is VOA Today." has "is").
fn sentence_case_around(text: &str, toks: &[Tok], i: usize) -> bool {
    const REACH: usize = 40;
    let lower_word = |t: &Tok| t.kind == Kind::Word && !t.capitalised && !lexicon::title_case_lower(&text[t.start as usize..t.end as usize]);
    let mut k = i;
    while k > 0 && i - k < REACH && !sentence_start(text, toks, k) {
        k -= 1;
        if lower_word(&toks[k]) {
            return true;
        }
    }
    for t in toks.iter().skip(i + 1).take(REACH) {
        if t.paragraph_before || (t.kind == Kind::Punct && matches!(&text[t.start as usize..t.end as usize], "." | "!" | "?")) {
            break;
        }
        if lower_word(t) {
            return true;
        }
    }
    false
}

/// A weekday, alone or under a clock time or part of day.
fn names_weekday(sem: &sem::Sem) -> bool {
    match sem {
        sem::Sem::Cal { weekday: Some(_), month: None, .. } => true,
        sem::Sem::Clock { date: Some(d), .. } | sem::Sem::PartOfDay { date: d, .. } => names_weekday(d),
        _ => false,
    }
}

fn possessive_after(text: &str, toks: &[Tok], i: usize) -> bool {
    let apostrophe = toks.get(i).is_some_and(|t| t.is_punct(text, '\'') || t.is_punct(text, '’'));
    apostrophe && toks.get(i + 1).is_some_and(|t| !t.space_before && text[t.start as usize..t.end as usize].eq_ignore_ascii_case("s"))
}

fn signal_before(toks: &[Tok], first: usize) -> Option<Signal> {
    let i = first.checked_sub(1)?;
    let t = &toks[i];
    let kind = match t.entry.and_then(|e| e.cue)? {
        Cue::Since => SignalKind::Since,
        Cue::Until => SignalKind::Until,
        Cue::From => SignalKind::From,
        _ => return None,
    };
    Some(Signal { kind, start: t.start as usize, end: t.end as usize })
}

/// "since <event>": "since Sheinbaum took office", "since the election".
fn add_event_anchored(text: &str, toks: &[Tok], found: &[grammar::Found], anchor: Option<Anchor>, out: &mut Vec<Timex>) {
    let is_since = |t: &Tok| t.entry.and_then(|e| e.cue) == Some(Cue::Since);
    if !toks.iter().any(is_since) {
        return;
    }
    // Which tokens an expression covers, and which start one.
    let mut covered = vec![false; toks.len() + 1];
    let mut starts = vec![false; toks.len() + 1];
    for f in found {
        covered[f.first..f.end].iter_mut().for_each(|c| *c = true);
        starts[f.first] = true;
    }
    let covered = |i: usize| covered[i];
    let mut added = Vec::new();
    for (i, t) in toks.iter().enumerate() {
        if !is_since(t) || starts[i + 1] || covered(i) {
            continue;
        }
        // "ever since", "long since": adverbs.
        let Some(end) = event_clause_end(text, toks, i + 1) else { continue };
        if (i + 1..end).any(covered) {
            continue;
        }
        let value = Some(match anchor {
            Some(a) => format!("XXXX-XX-XX/{}", a.ymd()),
            None => "XXXX-XX-XX/PRESENT_REF".to_string(),
        });
        added.push(Timex {
            start: t.start as usize,
            end: toks[end - 1].end as usize,
            time_type: TimeType::Date,
            value,
            precision: DatePrecision::Interval,
            modifier: None,
            signal: Some(Signal { kind: SignalKind::Since, start: t.start as usize, end: t.end as usize }),
            kind: TimexKind::EventAnchored,
        });
    }
    if !added.is_empty() {
        out.extend(added);
        out.sort_by_key(|t| (t.start, t.end));
    }
}

/// The end (exclusive token index) of the event phrase after "since", or
/// `None` when what follows does not read as an event ("since it is…",
/// causal "since").
fn event_clause_end(text: &str, toks: &[Tok], from: usize) -> Option<usize> {
    const MAX: usize = 10;
    let first = toks.get(from)?;
    if first.kind != Kind::Word {
        return None;
    }
    let lower = |t: &Tok| text[t.start as usize..t.end as usize].to_ascii_lowercase();
    let w0 = lower(first);
    let determiner = matches!(w0.as_str(), "the" | "his" | "her" | "its" | "their" | "our" | "a" | "an" | "this" | "that");
    let pronoun_subject = matches!(w0.as_str(), "he" | "she" | "they" | "we" | "i" | "it" | "you");
    if !determiner && !pronoun_subject && !first.capitalised {
        return None;
    }
    let mut end = from;
    let mut past_verb = false;
    let mut present = false;
    while end < toks.len() && end - from < MAX {
        let t = &toks[end];
        if t.kind == Kind::Punct || (end > from && t.newline_before) {
            break;
        }
        let w = lower(t);
        if end > from && matches!(w.as_str(), "and" | "but" | "when" | "while" | "because" | "which" | "who" | "that") {
            break;
        }
        match tense::word_tense(text, t) {
            Some(lexicon::Tense::Past) => past_verb = true,
            Some(_) => present = true,
            None => {}
        }
        end += 1;
    }
    if end - from < 2 || present {
        return None;
    }
    if pronoun_subject || (!determiner && first.capitalised) {
        // A clause: needs its (past-tense) verb.
        return past_verb.then_some(end);
    }
    // A noun phrase: "since the election", "since the start of the war".
    Some(end)
}
