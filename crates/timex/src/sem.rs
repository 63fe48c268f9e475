//! What the grammar recognised, before it is resolved against the anchor.

use crate::lexicon::{Holiday, Unit};

/// A number in a time expression; `None` is an unspecified amount
/// ("several years", "a few days", "years").
pub(crate) type Amount = Option<f64>;

#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Sem {
    /// A calendar date with the fields the text states. A missing year is
    /// resolved against the anchor; a missing month or day stays unstated.
    Cal { year: Option<i32>, month: Option<u8>, day: Option<u8>, weekday: Option<u8> },
    /// A month (and day) in a year given relative to the anchor:
    /// "February this year", "April next year".
    /// `year_words` is how many tokens the year phrase takes ("this year":
    /// 2, "of next year": 3); they stay outside the extent.
    CalRelYear { month: u8, day: Option<u8>, year_offset: i32, year_words: u8 },
    /// "the 1990s" (199), "the '60s" (century unknown: resolved from the anchor).
    Decade { decade: i32, century_known: bool },
    /// "the 20th century" (19).
    Century(i32),
    /// A season, quarter or half-year: `(code, year)`; code is "SP", "Q3", "H1"…
    /// The year is absolute, or relative to the anchor via `rel`.
    Part { code: PartCode, year: Option<i32>, rel: Option<i32> },
    /// "the quarter ended July 31": the quarter the text reports on if it
    /// named one (a company's fiscal numbering), else the calendar quarter
    /// holding most of the three months up to that month (May-July: Q2).
    QuarterEnded { month: u8 },
    /// A season, quarter or half of a year given relative to the anchor's:
    /// "the first quarter of last year" (-1), "the summer of next year" (+1).
    PartRelYear { code: PartCode, year_offset: i32 },
    /// "last week" (-1), "this month" (0), "next year" (+1), relative to the anchor.
    Rel { unit: Unit, offset: i32 },
    /// "last Friday", "next Monday", "this Thursday".
    RelWeekday { weekday: u8, offset: i32 },
    /// Month with an explicit relative year: "last November", "next March".
    RelMonth { month: u8, offset: i32 },
    /// today (0), yesterday (-1), tomorrow (1).
    Deictic(i32),
    /// `n` units before (`sign` -1) or after (+1) the anchor: "two weeks ago".
    Ago { amount: Amount, unit: Unit, sign: i32 },
    /// Relative to the last date the text mentioned: "that day" (0),
    /// "the next day" (+1), "two days later" (+2), "a year earlier" (-1).
    Anaphor { unit: Unit, offset: f64 },
    /// "the end of the month", "the beginning of the week": the period of
    /// the date the text is at, when that date is as fine as the period,
    /// else the anchor's (never "1998-XX": a month is meant, not a year).
    CurrentPeriod { unit: Unit },
    /// "until then", "by that time": the date mentioned just before, at
    /// the precision it was given ("expires on Nov. 30; until then …").
    Then,
    /// "a year earlier": in a results story (a quarter or half named
    /// before) that period a year back, else like `Anaphor` one year back.
    AYearEarlier,
    /// "the same month a year ago", "the year-earlier period": the period
    /// the text last mentioned (or `unit`), one year back.
    SameLastYear { unit: Option<Unit> },
    /// "the full year", "the entire year": the year of the quarter or half
    /// the text reports on, else the anchor's year.
    ReportedYear,
    /// PAST_REF, PRESENT_REF, FUTURE_REF.
    Ref(&'static str),
    /// A holiday; `rel` is "last"/"next"/"this" before it, `year_offset` a
    /// year relative to the anchor's after it ("Christmas last year").
    Holiday { holiday: Holiday, year: Option<i32>, rel: Option<i32>, year_offset: Option<i32> },
    Duration { amount: Amount, unit: Unit },
    /// The length of one period, already in TimeML form: "annual profit" (P1Y).
    Period(&'static str),
    /// A recurring time, already in TimeML form ("P1D", "XXXX-WXX-1").
    Set(String),
    /// A clock time, possibly with the date it falls on.
    /// `utc`: the text gives the time in UTC/GMT (value ends in "Z").
    Clock { hour: u8, minute: u8, date: Option<Box<Sem>>, utc: bool },
    /// A date narrowed to a part of the day: "Friday night", "this morning".
    PartOfDay { date: Box<Sem>, part: &'static str },
    /// "the week of March 6".
    WeekOf(Box<Sem>),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum PartCode {
    Season(&'static str),
    Quarter(u8),
    Half(u8),
    /// "the quarter" without a number: the quarter the anchor falls in.
    AnyQuarter,
}

impl Sem {
    /// Whether this is a calendar point (a date or time), as opposed to a
    /// duration, a set or a vague reference.
    pub fn is_point(&self) -> bool {
        !matches!(self, Sem::Duration { .. } | Sem::Period(_) | Sem::Set(_) | Sem::Ref(_))
    }
}
