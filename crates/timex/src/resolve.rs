//! Normalisation: a [`Sem`] plus the anchor date, the tense around the
//! expression and the last date the text mentioned, to a TimeML value.

use jiff::civil::{Date, Weekday};
use newsledger_model::{DatePrecision, TimeType};

use crate::lexicon::{Holiday, Tense, Unit};
use crate::sem::{Amount, PartCode, Sem};

/// The resolved form of one expression.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Resolved {
    pub time_type: TimeType,
    pub value: Option<String>,
    pub precision: DatePrecision,
}

/// The last calendar point the text mentioned, for "that day", "the next
/// morning", "two days later", and for bare clock times.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Reference {
    pub date: Date,
    pub precision: DatePrecision,
    /// The quarter or half the reference names ("2009-Q3"), for "the
    /// same period a year earlier".
    pub part: Option<PartCode>,
}

pub(crate) struct Context {
    pub anchor: Option<Date>,
    pub tense: Option<Tense>,
    pub reference: Option<Reference>,
    /// A reference mentioned close before (same or previous sentence), for clock times.
    pub near_reference: Option<Reference>,
    /// A deadline preposition governs the expression ("by Jan. 14", "until
    /// Dec. 1"): a date just ahead stays ahead even in a past-tense clause.
    pub deadline: bool,
    /// "effective Feb. 1": a date a change takes effect on, as often just
    /// past as just ahead; the nearer one wins, with no lean to the past.
    pub effective: bool,
    /// The deadline was set, not lived through: a verb that sets or moves
    /// one is near ("gave them until mid-November", "adjourned to
    /// February"), or a contract names it ("for January delivery"). A
    /// deadline just ahead then stays ahead in a past clause, where "was
    /// envoy until December" and "by December, they worsened" are past.
    pub deadline_set: bool,
    /// The last quarter or half-year the text named ("the third quarter"):
    /// in a results story "a year ago" and "a year earlier" mean that
    /// period one year back, as TimeBank annotates them ("third-quarter
    /// sales rose to $9 million from $7 million a year ago": last year's Q3).
    pub last_part: Option<Reference>,
    /// The expression closes a span of time ("4 p.m. to midnight", "until
    /// midnight"): a midnight there ends its day whatever the tense.
    pub ends_span: bool,
}

impl Context {
    /// The reported period one year back, when the text named one.
    fn reported_period_a_year_before(&self) -> Option<String> {
        self.last_part.and_then(|p| same_period_a_year_before(p, None))
    }
}

/// Which way an underspecified date leans.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Lean {
    Past,
    Future,
    Nearest,
    /// The nearer candidate, with no lean to the past.
    Even,
}

impl Context {
    fn lean(&self) -> Lean {
        if self.effective {
            return Lean::Even;
        }
        match self.tense {
            Some(Tense::Past) => Lean::Past,
            Some(Tense::Future) | Some(Tense::Present) => Lean::Future,
            Some(Tense::FutureInPast) | Some(Tense::PlanInPast) | None => Lean::Nearest,
        }
    }
}

pub(crate) fn resolve(sem: &Sem, cx: &Context) -> Resolved {
    use DatePrecision as P;
    let date = |value: Option<String>, precision| Resolved { time_type: TimeType::Date, value, precision };
    match sem {
        Sem::Cal { year, month, day, weekday } => resolve_cal(*year, *month, *day, *weekday, cx),
        Sem::CalRelYear { month, day, year_offset, .. } => {
            let y = cx.anchor.map(|a| a.year() as i32 + year_offset);
            match (y, day) {
                (Some(y), Some(d)) => date(Date::new(y as i16, *month as i8, *d as i8).ok().map(ymd), P::Day),
                (Some(y), None) => date(Some(format!("{y:04}-{month:02}")), P::Month),
                (None, Some(d)) => date(Some(format!("XXXX-{month:02}-{d:02}")), P::Day),
                (None, None) => date(Some(format!("XXXX-{month:02}")), P::Month),
            }
        }
        Sem::Decade { decade, century_known } => {
            let d = if *century_known {
                Some(*decade)
            } else {
                cx.anchor.map(|a| {
                    let y = a.year() as i32;
                    let mut d = (y / 100) * 10 + decade;
                    // A decade starting within two years is the coming one
                    // ("the nineties" written in 1989), a later one the last
                    // century's ("the 70s", "the thirties" written in 2025).
                    if d * 10 > y + 2 {
                        d -= 10;
                    }
                    d
                })
            };
            date(d.map(|d| format!("{d:03}")), P::Interval)
        }
        Sem::Century(c) => date(Some(format!("{c:02}")), P::Interval),
        Sem::QuarterEnded { month } if cx.last_part.is_none() && *month > 1 => {
            let code = PartCode::Quarter((*month - 2) / 3 + 1);
            resolve(&Sem::Part { code, year: None, rel: None }, &Context { tense: Some(Tense::Past), ..*cx })
        }
        Sem::QuarterEnded { .. } => resolve(&Sem::Part { code: PartCode::AnyQuarter, year: None, rel: None }, cx),
        Sem::Part { code: PartCode::AnyQuarter, year: None, rel: None } if cx.last_part.is_some_and(|p| matches!(p.part, Some(PartCode::Quarter(_)))) => {
            // "the quarter", "the latest period" in a results story: the
            // quarter it named.
            let p = cx.last_part.map(|p| format!("{:04}-Q{}", p.date.year(), quarter_of(p.date)));
            date(p, P::Year)
        }
        Sem::Part { code: PartCode::AnyQuarter, year: None, rel } => {
            // "this quarter", "last quarter"; "the quarter" in past-tense
            // text is the one just ended.
            let offset = rel.unwrap_or(if cx.lean() == Lean::Future { 0 } else { -1 });
            date(cx.anchor.and_then(|a| shift_value(a, Unit::Quarter, offset as f64)), P::Year)
        }
        Sem::Part { code: PartCode::AnyQuarter, year: Some(y), .. } => {
            // "the 1988 quarter": the quarter the text reports on, in that
            // year; without one named, the quarter before the anchor's.
            let q = match cx.last_part.and_then(|p| p.part) {
                Some(PartCode::Quarter(q)) => Some(q as i32),
                _ => cx.anchor.map(|a| (quarter_of(a) + 2) % 4 + 1),
            };
            date(q.map(|q| format!("{y:04}-Q{q}")), P::Year)
        }
        Sem::Part { code, year, rel } => {
            let code_str = part_code(*code, cx.anchor);
            // Results are reported in the present tense ("our third-quarter
            // results show"): a quarter or half goes forward only in the future tense.
            let lean = match (code, cx.tense) {
                (PartCode::Quarter(_) | PartCode::Half(_), Some(Tense::Present)) => Lean::Past,
                _ => cx.lean(),
            };
            let year = match (year, rel, cx.anchor) {
                (Some(y), _, _) => Some(*y),
                (None, Some(r), Some(a)) => Some(part_year(*code, *r, a)),
                (None, None, Some(a)) => Some(part_year_by_lean(*code, lean, a)),
                _ => None,
            };
            let value = match (year, code_str) {
                (Some(y), Some(c)) => Some(format!("{y:04}-{c}")),
                (None, Some(c)) if rel.is_none() => Some(format!("XXXX-{c}")),
                _ => None,
            };
            date(value, P::Year)
        }
        Sem::PartRelYear { code, year_offset } => {
            let value = match (part_code(*code, cx.anchor), cx.anchor) {
                (Some(c), Some(a)) => Some(format!("{:04}-{c}", a.year() as i32 + year_offset)),
                _ => None,
            };
            date(value, P::Year)
        }
        Sem::Rel { unit, offset } => {
            let precision = unit_precision(*unit);
            let value = cx.anchor.and_then(|a| {
                let y = a.year() as i32;
                match unit {
                    // "this decade" is 202, "the last century" 19: the unit itself, not a year.
                    Unit::Decade => Some(format!("{:03}", y / 10 + offset)),
                    Unit::Century => Some(format!("{:02}", y / 100 + offset)),
                    // "the weekend" in a past-tense clause early in the week is the one just gone.
                    Unit::Weekend if *offset == 0 && cx.lean() != Lean::Future && a.weekday().to_monday_one_offset() <= 5 => {
                        shift_value(a, Unit::Weekend, -1.0)
                    }
                    _ => shift_value(a, *unit, *offset as f64),
                }
            });
            date(value, precision)
        }
        Sem::RelWeekday { weekday, offset } => {
            let value = cx.anchor.and_then(|a| {
                let wd = weekday_of(*weekday)?;
                let d = match offset {
                    -1 => a.nth_weekday(-1, wd).ok()?,
                    1 => a.nth_weekday(1, wd).ok()?,
                    _ => {
                        // "this Friday": the one in the anchor's week.
                        let back = a.weekday().to_monday_zero_offset() as i64;
                        let monday = add_days(a, -back)?;
                        add_days(monday, wd.to_monday_zero_offset() as i64)?
                    }
                };
                Some(ymd(d))
            });
            date(value, P::Day)
        }
        Sem::RelMonth { month, offset } => {
            let value = match cx.anchor {
                Some(a) => {
                    let am = a.month() as u8;
                    let y = a.year() as i32;
                    let year = match offset {
                        -1 => if *month < am { y } else { y - 1 },
                        1 => if *month > am { y } else { y + 1 },
                        _ => y,
                    };
                    Some(format!("{year:04}-{month:02}"))
                }
                None => None,
            };
            date(value, P::Month)
        }
        Sem::Deictic(n) => date(cx.anchor.and_then(|a| add_days(a, *n as i64)).map(ymd), P::Day),
        Sem::Ago { amount: Some(n), unit: Unit::Year, sign: -1 } if *n == 1.0 && cx.last_part.is_some() => {
            date(cx.reported_period_a_year_before(), P::Year)
        }
        Sem::AYearEarlier => match cx.reported_period_a_year_before() {
            Some(v) => date(Some(v), P::Year),
            None => resolve(&Sem::Anaphor { unit: Unit::Year, offset: -1.0 }, cx),
        },
        Sem::Ago { amount, unit, sign } => {
            let precision = unit_precision(*unit);
            let value = match (amount, cx.anchor) {
                (Some(n), Some(a)) => shift_value(a, *unit, *sign as f64 * n),
                _ => None,
            };
            date(value, precision)
        }
        Sem::Then => match cx.near_reference {
            Some(r) if r.part.is_none() => {
                let value = match r.precision {
                    P::Day => Some(ymd(r.date)),
                    P::Month => Some(format!("{:04}-{:02}", r.date.year(), r.date.month())),
                    P::Year => Some(format!("{:04}", r.date.year())),
                    _ => None,
                };
                date(value, r.precision)
            }
            _ => date(None, P::Unknown),
        },
        Sem::Anaphor { unit, offset } => {
            // "that same day" after "last October": a day of that month,
            // which one the text does not say ("1998-10-XX"); the anchor
            // day would be a guess with no ground.
            if *offset == 0.0 {
                if let Some(v) = cx.reference.and_then(|r| unknown_part_of(r, *unit)) {
                    return date(Some(v), unit_precision(*unit));
                }
            }
            let base = match cx.reference {
                Some(r) if precision_rank(r.precision) <= precision_rank(unit_precision(*unit)) => Some(r.date),
                _ => cx.anchor,
            };
            date(base.and_then(|b| shift_value(b, *unit, *offset)), unit_precision(*unit))
        }
        Sem::CurrentPeriod { unit } => resolve(&Sem::Anaphor { unit: *unit, offset: 0.0 }, &Context { reference: cx.reference.filter(|r| unknown_part_of(*r, *unit).is_none()), ..*cx }),
        Sem::SameLastYear { unit } => {
            let period_of_report = matches!(unit, None | Some(Unit::Quarter)) && cx.last_part.is_some();
            let value = match (cx.reference, cx.anchor) {
                _ if period_of_report => cx.reported_period_a_year_before(),
                (Some(r), _) => same_period_a_year_before(r, *unit),
                (None, Some(a)) => {
                    let unit = unit.unwrap_or(Unit::Year);
                    let r = Reference { date: a, precision: unit_precision(unit), part: None };
                    same_period_a_year_before(r, Some(unit))
                }
                (None, None) => None,
            };
            let precision = value.as_deref().map_or(P::Unknown, value_precision);
            date(value, precision)
        }
        Sem::ReportedYear => {
            let year = cx.last_part.map(|p| p.date.year()).or(cx.anchor.map(|a| a.year()));
            date(year.map(|y| format!("{y:04}")), P::Year)
        }
        Sem::Ref(r) => date(Some((*r).to_string()), P::Unknown),
        Sem::Holiday { holiday, year, rel, year_offset } => {
            let value = match (year, cx.anchor) {
                (Some(y), _) => holiday_date(*holiday, *y).map(ymd),
                (None, Some(a)) => {
                    let pick = |y: i32| holiday_date(*holiday, y);
                    let y = a.year() as i32;
                    let chosen = match rel {
                        _ if year_offset.is_some() => pick(y + year_offset.unwrap_or(0)),
                        Some(-1) => pick(y).filter(|d| *d < a).or_else(|| pick(y - 1)),
                        Some(1) => pick(y).filter(|d| *d > a).or_else(|| pick(y + 1)),
                        Some(_) => pick(y),
                        None => choose_year(a, cx.lean(), cx.deadline, pick),
                    };
                    chosen.map(ymd)
                }
                (None, None) => match holiday {
                    Holiday::Fixed(m, d) => Some(format!("XXXX-{m:02}-{d:02}")),
                    _ => None,
                },
            };
            date(value, P::Day)
        }
        Sem::Duration { amount, unit } => {
            Resolved { time_type: TimeType::Duration, value: Some(duration_value(*amount, *unit)), precision: P::Unknown }
        }
        Sem::Period(v) => Resolved { time_type: TimeType::Duration, value: Some((*v).to_string()), precision: P::Unknown },
        Sem::Set(v) => Resolved { time_type: TimeType::Set, value: Some(v.clone()), precision: P::Unknown },
        Sem::Clock { hour, minute, date: on, utc } => {
            let mut hour = *hour;
            let day = match on {
                Some(d) => day_of(d, cx),
                None => match (cx.near_reference, cx.anchor) {
                    (Some(r), _) if r.precision == P::Day => Some(Ok(r.date)),
                    (_, Some(a)) => {
                        // "firefighters were still at work as of midnight":
                        // told in the past, the midnight with no day named
                        // is the one that began the article's day, not the
                        // one that ends it.
                        if hour == 24 && cx.tense == Some(Tense::Past) && !cx.ends_span {
                            hour = 0;
                        }
                        Some(Ok(a))
                    }
                    _ => None,
                },
            };
            let zone = if *utc { "Z" } else { "" };
            let value = match day {
                Some(Ok(d)) => Some(format!("{}T{hour:02}:{minute:02}{zone}", ymd(d))),
                Some(Err(partial)) => Some(format!("{partial}T{hour:02}:{minute:02}{zone}")),
                None => Some(format!("XXXX-XX-XXT{hour:02}:{minute:02}{zone}")),
            };
            Resolved { time_type: TimeType::Time, value, precision: P::Minute }
        }
        Sem::PartOfDay { date: on, part } => {
            // "overnight" is the night before the article's day, but "the
            // storm will arrive overnight" is the night ahead.
            let tonight = Sem::Anaphor { unit: Unit::Day, offset: 0.0 };
            let on: &Sem = match **on {
                Sem::Anaphor { unit: Unit::Day, offset } if offset == -1.0 && *part == "NI" && cx.tense == Some(Tense::Future) => &tonight,
                _ => on,
            };
            let value = match day_of(on, cx) {
                Some(Ok(d)) => Some(format!("{}T{part}", ymd(d))),
                Some(Err(partial)) => Some(format!("{partial}T{part}")),
                None => None,
            };
            // TimeBank types most "Friday night"s as DATE; the value carries the part of day.
            Resolved { time_type: TimeType::Date, value, precision: P::Day }
        }
        Sem::WeekOf(inner) => {
            let value = match day_of(inner, cx) {
                Some(Ok(d)) => Some(week_value(d)),
                _ => None,
            };
            date(value, P::Week)
        }
    }
}

/// The day a date-like `Sem` falls on: `Ok(date)`, or `Err(partial value)`
/// such as "XXXX-WXX-5" when it cannot be pinned down.
fn day_of(sem: &Sem, cx: &Context) -> Option<Result<Date, String>> {
    let r = resolve(sem, cx);
    let v = r.value?;
    if r.precision != DatePrecision::Day {
        return None;
    }
    match parse_ymd(&v) {
        Some(d) => Some(Ok(d)),
        None => Some(Err(v)),
    }
}

fn resolve_cal(year: Option<i32>, month: Option<u8>, day: Option<u8>, weekday: Option<u8>, cx: &Context) -> Resolved {
    use DatePrecision as P;
    let date = |value: Option<String>, precision| Resolved { time_type: TimeType::Date, value, precision };
    match (year, month, day) {
        (Some(y), Some(m), Some(d)) => date(Date::new(y as i16, m as i8, d as i8).ok().map(ymd), P::Day),
        (Some(y), Some(m), None) => date(Some(format!("{y:04}-{m:02}")), P::Month),
        (Some(y), None, _) => date(Some(format!("{y:04}")), P::Year),
        (None, Some(m), Some(d)) => {
            let value = match cx.anchor {
                Some(a) => {
                    let make = |y: i32| Date::new(y as i16, m as i8, d as i8).ok();
                    // "Monday, Oct. 26": the weekday picks the year when one candidate fits.
                    let by_weekday = weekday.and_then(weekday_of).and_then(|w| {
                        let y = a.year() as i32;
                        let fits: Vec<Date> = [y, y - 1, y + 1].into_iter().filter_map(make).filter(|c| c.weekday() == w).collect();
                        (fits.len() == 1).then(|| fits[0])
                    });
                    by_weekday.or_else(|| choose_year(a, cx.lean(), cx.deadline, make)).map(ymd)
                }
                None => Some(format!("XXXX-{m:02}-{d:02}")),
            };
            date(value, P::Day)
        }
        (None, Some(m), None) => {
            let value = match cx.anchor {
                Some(a) => {
                    let am = a.month() as u8;
                    let y = a.year() as i32;
                    let year = if m == am {
                        y
                    } else {
                        let month_index = |y: i32, m: u8| y * 12 + m as i32;
                        let now = month_index(y, am);
                        let past = if m < am { y } else { y - 1 };
                        let future = if m > am { y } else { y + 1 };
                        let back = now - month_index(past, m);
                        let ahead = month_index(future, m) - now;
                        // Unlike a day ("a Dec. 1 deadline"), a bare month in a
                        // past-tense clause is not a plan: it stays in the past,
                        // unless a deadline was set for it at most two months
                        // ahead ("gave them until mid-November"). Without a past
                        // tense a deadline month lies ahead when that near, and
                        // is otherwise the nearer one ("pay down the loan by
                        // February").
                        let lean = match cx.lean() {
                            lean if cx.deadline && ahead <= 2 && (lean != Lean::Past || cx.deadline_set) => Lean::Future,
                            Lean::Nearest if cx.deadline => Lean::Even,
                            lean => lean,
                        };
                        if lean != Lean::Past && pick_future(lean, back as i64 * 31, ahead as i64 * 31) { future } else { past }
                    };
                    Some(format!("{year:04}-{m:02}"))
                }
                None => Some(format!("XXXX-{m:02}")),
            };
            date(value, P::Month)
        }
        (None, None, _) => match weekday {
            Some(wd) => {
                let value = match (cx.anchor, weekday_of(wd)) {
                    (Some(a), Some(w)) => {
                        let d = if a.weekday() == w {
                            Some(a)
                        } else {
                            // "would be traveling Thursday": the moment a
                            // "would" looks ahead from is days old at most
                            // when a bare weekday is named, so the weekday
                            // lies ahead (dates and months lean to the nearest).
                            let lean = if cx.tense == Some(Tense::FutureInPast) { Lean::Future } else { cx.lean() };
                            match lean {
                                Lean::Future => a.nth_weekday(1, w).ok(),
                                Lean::Past | Lean::Nearest => a.nth_weekday(-1, w).ok(),
                                Lean::Even => {
                                    let (back, ahead) = (a.nth_weekday(-1, w).ok(), a.nth_weekday(1, w).ok());
                                    match (back, ahead) {
                                        (Some(b), Some(f)) => Some(if days_between(a, f) < days_between(b, a) { f } else { b }),
                                        (b, f) => b.or(f),
                                    }
                                }
                            }
                        };
                        d.map(ymd)
                    }
                    _ => Some(format!("XXXX-WXX-{wd}")),
                };
                date(value, P::Day)
            }
            None => date(None, P::Unknown),
        },
    }
}

/// Picks the year of a month-day (or holiday) without one: the candidate on
/// the side the tense says, or the nearest one.
fn choose_year(anchor: Date, lean: Lean, deadline: bool, make: impl Fn(i32) -> Option<Date>) -> Option<Date> {
    let y = anchor.year() as i32;
    let this = make(y)?;
    if this == anchor {
        return Some(this);
    }
    let (past, future) = if this < anchor { (Some(this), make(y + 1)) } else { (make(y - 1), Some(this)) };
    let (Some(past), Some(future)) = (past, future) else { return past.or(future) };
    let back = days_between(past, anchor);
    let ahead = days_between(anchor, future);
    let lean = if lean == Lean::Past && deadline && ahead <= 31 { Lean::Future } else { lean };
    // A future-tense cue next to a date of last week is more likely a misread
    // tense than a date eleven months ahead.
    let lean = if lean == Lean::Future && back <= 14 && ahead > 300 { Lean::Nearest } else { lean };
    // Likewise a past-tense cue next to a date two weeks ahead: a writer
    // names the year of a date eleven months back.
    let lean = if lean == Lean::Past && ahead <= 14 && back > 300 { Lean::Nearest } else { lean };
    Some(if pick_future(lean, back, ahead) { future } else { past })
}

/// Whether an underspecified date goes forward, given how many days back
/// and ahead its two candidates lie. With no tense cue the past wins unless
/// the future candidate is much nearer (news reports the past).
fn pick_future(lean: Lean, back: i64, ahead: i64) -> bool {
    match lean {
        Lean::Future => true,
        Lean::Past => false,
        Lean::Nearest => 3 * ahead < back,
        Lean::Even => ahead < back,
    }
}

fn days_between(a: Date, b: Date) -> i64 {
    (b - a).get_days() as i64
}

fn part_code(code: PartCode, anchor: Option<Date>) -> Option<String> {
    Some(match code {
        PartCode::Season(s) => s.to_string(),
        PartCode::Quarter(q) => format!("Q{q}"),
        PartCode::Half(h) => format!("H{h}"),
        PartCode::AnyQuarter => format!("Q{}", quarter_of(anchor?)),
    })
}

fn quarter_of(d: Date) -> i32 {
    (d.month() as i32 - 1) / 3 + 1
}

/// First month of a season, quarter or half.
fn part_start_month(code: PartCode, anchor: Date) -> i32 {
    match code {
        PartCode::Season("SP") => 3,
        PartCode::Season("SU") => 6,
        PartCode::Season("FA") => 9,
        PartCode::Season(_) => 12,
        PartCode::Quarter(q) => (q as i32 - 1) * 3 + 1,
        PartCode::Half(h) => (h as i32 - 1) * 6 + 1,
        PartCode::AnyQuarter => (quarter_of(anchor) - 1) * 3 + 1,
    }
}

fn part_len_months(code: PartCode) -> i32 {
    match code {
        PartCode::Half(_) => 6,
        _ => 3,
    }
}

/// The year of "last fall" (-1), "this summer" (0), "next spring" (+1),
/// "last quarter" (AnyQuarter, -1).
fn part_year(code: PartCode, rel: i32, anchor: Date) -> i32 {
    let y = anchor.year() as i32;
    let am = anchor.month() as i32;
    if code == PartCode::AnyQuarter {
        // Relative quarters move the quarter, not the year; handled by caller via code.
        let q = quarter_of(anchor) + rel;
        return if q < 1 { y - 1 } else if q > 4 { y + 1 } else { y };
    }
    let start = part_start_month(code, anchor);
    let end = start + part_len_months(code) - 1;
    match rel {
        -1 => if end < am { y } else { y - 1 },
        1 => if start > am { y } else { y + 1 },
        _ => y,
    }
}

fn part_year_by_lean(code: PartCode, lean: Lean, anchor: Date) -> i32 {
    let y = anchor.year() as i32;
    let am = anchor.month() as i32;
    let start = part_start_month(code, anchor);
    let len = part_len_months(code);
    match lean {
        // Results come out after the period ends: "expects to report a
        // third-quarter loss" in October is this year's third quarter.
        Lean::Future if matches!(code, PartCode::Quarter(_) | PartCode::Half(_)) => {
            if start + len + 3 > am { y } else { y + 1 }
        }
        Lean::Future => if start + len > am { y } else { y + 1 },
        Lean::Past => if start <= am { y } else { y - 1 },
        // Not begun this year: this year's if it starts sooner than last
        // year's ended ("the fourth quarter" in August is this year's, in
        // January last year's).
        Lean::Nearest | Lean::Even => {
            if start <= am {
                return y;
            }
            let ahead = start - am;
            let back = am + 12 - (start + len - 1);
            if ahead < back { y } else { y - 1 }
        }
    }
}

fn unit_precision(unit: Unit) -> DatePrecision {
    match unit {
        Unit::Year | Unit::Quarter | Unit::Half => DatePrecision::Year,
        Unit::Decade | Unit::Century => DatePrecision::Interval,
        Unit::Month => DatePrecision::Month,
        Unit::Week | Unit::Weekend => DatePrecision::Week,
        Unit::Day => DatePrecision::Day,
        Unit::Hour | Unit::Minute | Unit::Second => DatePrecision::Day,
    }
}

/// A day (or month) of a coarser reference, the finer fields unknown:
/// a day of October 1998 is "1998-10-XX", a month of 1998 "1998-XX".
fn unknown_part_of(r: Reference, unit: Unit) -> Option<String> {
    if r.part.is_some() {
        return None;
    }
    let (y, m) = (r.date.year(), r.date.month());
    match (unit, r.precision) {
        (Unit::Day, DatePrecision::Month) => Some(format!("{y:04}-{m:02}-XX")),
        (Unit::Day, DatePrecision::Year) => Some(format!("{y:04}-XX-XX")),
        (Unit::Month, DatePrecision::Year) => Some(format!("{y:04}-XX")),
        _ => None,
    }
}

/// Coarseness order: a reference can stand in for a unit at least as coarse.
fn precision_rank(p: DatePrecision) -> u8 {
    match p {
        DatePrecision::Minute => 0,
        DatePrecision::Day => 1,
        DatePrecision::Week => 2,
        DatePrecision::Month => 3,
        DatePrecision::Year => 4,
        DatePrecision::Interval => 5,
        DatePrecision::Unknown => 6,
    }
}

/// `base` moved by `n` units, written at that unit's granularity.
fn shift_value(base: Date, unit: Unit, n: f64) -> Option<String> {
    let whole = n.round();
    let exact = (n - whole).abs() < 1e-9;
    let y = base.year() as i32;
    match unit {
        Unit::Year if exact => Some(format!("{:04}", y + whole as i32)),
        Unit::Year => shift_value(base, Unit::Month, n * 12.0),
        Unit::Decade => Some(format!("{:04}", y + (n * 10.0).round() as i32)),
        Unit::Century => Some(format!("{:04}", y + (n * 100.0).round() as i32)),
        Unit::Quarter if exact => {
            let q0 = y * 4 + quarter_of(base) - 1 + whole as i32;
            Some(format!("{:04}-Q{}", q0.div_euclid(4), q0.rem_euclid(4) + 1))
        }
        Unit::Half if exact => {
            let h0 = y * 2 + (base.month() as i32 - 1) / 6 + whole as i32;
            Some(format!("{:04}-H{}", h0.div_euclid(2), h0.rem_euclid(2) + 1))
        }
        Unit::Quarter | Unit::Half => None,
        Unit::Month if exact => {
            let m0 = y * 12 + base.month() as i32 - 1 + whole as i32;
            Some(format!("{:04}-{:02}", m0.div_euclid(12), m0.rem_euclid(12) + 1))
        }
        Unit::Month => shift_value(base, Unit::Day, (n * 30.0).round()),
        Unit::Week | Unit::Weekend if exact => {
            let d = add_days(base, whole as i64 * 7)?;
            let w = week_value(d);
            Some(if unit == Unit::Weekend { format!("{w}-WE") } else { w })
        }
        Unit::Week | Unit::Weekend => shift_value(base, Unit::Day, (n * 7.0).round()),
        Unit::Day => Some(ymd(add_days(base, n.round() as i64)?)),
        Unit::Hour | Unit::Minute | Unit::Second => Some(ymd(base)),
    }
}

/// TimeML duration value: P3Y, PT16H, PT5H30M, P1.5Y, PXY.
pub(crate) fn duration_value(amount: Amount, unit: Unit) -> String {
    let Some(n) = amount else {
        return match unit {
            Unit::Year => "PXY",
            Unit::Quarter => "PXQ",
            Unit::Month => "PXM",
            Unit::Week => "PXW",
            Unit::Day => "PXD",
            Unit::Weekend => "PXWE",
            Unit::Hour => "PTXH",
            Unit::Minute => "PTXM",
            Unit::Second => "PTXS",
            Unit::Decade => "PXDE",
            // TimeBank writes a century C, a millennium L ("P2L").
            Unit::Century => "PXC",
            Unit::Half => "PXY",
        }
        .to_string();
    };
    let (n, unit) = match unit {
        Unit::Decade => (n * 10.0, Unit::Year),
        Unit::Century => (n * 100.0, Unit::Year),
        Unit::Weekend => (n * 2.0, Unit::Day),
        Unit::Half => (n * 6.0, Unit::Month),
        u => (n, u),
    };
    let is_int = (n - n.round()).abs() < 1e-9;
    // "two thousand years": millennia.
    if unit == Unit::Year && is_int && n >= 1000.0 && (n as i64) % 1000 == 0 {
        return format!("P{}L", n as i64 / 1000);
    }
    if !is_int {
        // Move a fraction down one unit where that makes it whole: 5.5 hours = PT5H30M.
        let (sub, factor, time) = match unit {
            Unit::Year => ("M", 12.0, false),
            Unit::Month => ("D", 30.0, false),
            Unit::Week => ("D", 7.0, false),
            Unit::Day => ("H", 24.0, true),
            Unit::Hour => ("M", 60.0, true),
            Unit::Minute => ("S", 60.0, true),
            _ => ("", 0.0, false),
        };
        let whole = n.trunc();
        let rest = (n - whole) * factor;
        if factor > 0.0 && (rest - rest.round()).abs() < 1e-6 {
            let big = unit_letter(unit);
            let (t_big, t_sub) = (matches!(unit, Unit::Hour | Unit::Minute | Unit::Second), time);
            let mut v = String::from("P");
            if whole > 0.0 {
                if t_big {
                    v.push('T');
                }
                v.push_str(&format!("{}{}", whole as i64, big));
            }
            if t_sub && !v.contains('T') {
                v.push('T');
            }
            v.push_str(&format!("{}{}", rest.round() as i64, sub));
            return v;
        }
    }
    let num = if is_int { format!("{}", n.round() as i64) } else { format!("{n}") };
    match unit {
        Unit::Hour | Unit::Minute | Unit::Second => format!("PT{num}{}", unit_letter(unit)),
        Unit::Quarter => format!("P{num}Q"),
        _ => format!("P{num}{}", unit_letter(unit)),
    }
}

fn unit_letter(unit: Unit) -> &'static str {
    match unit {
        Unit::Year => "Y",
        Unit::Quarter => "Q",
        Unit::Month => "M",
        Unit::Week => "W",
        Unit::Day => "D",
        Unit::Hour => "H",
        Unit::Minute => "M",
        Unit::Second => "S",
        Unit::Decade => "DE",
        Unit::Century => "CE",
        Unit::Weekend => "WE",
        Unit::Half => "H",
    }
}

pub(crate) fn ymd(d: Date) -> String {
    format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day())
}

pub(crate) fn parse_ymd(s: &str) -> Option<Date> {
    let b = s.as_bytes();
    if s.len() < 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let y: i16 = s.get(0..4)?.parse().ok()?;
    let m: i8 = s.get(5..7)?.parse().ok()?;
    let d: i8 = s.get(8..10)?.parse().ok()?;
    Date::new(y, m, d).ok()
}

fn week_value(d: Date) -> String {
    let w = d.iso_week_date();
    format!("{:04}-W{:02}", w.year(), w.week())
}

fn add_days(d: Date, n: i64) -> Option<Date> {
    d.checked_add(jiff::Span::new().try_days(n).ok()?).ok()
}

fn weekday_of(n: u8) -> Option<Weekday> {
    Weekday::from_monday_one_offset(n as i8).ok()
}

/// Date of a holiday in year `y` (US calendar for the movable ones).
fn holiday_date(h: Holiday, y: i32) -> Option<Date> {
    let y16 = y as i16;
    let nth = |month: i8, n: i8, wd: Weekday| Date::new(y16, month, 1).ok()?.nth_weekday_of_month(n, wd).ok();
    match h {
        Holiday::Fixed(m, d) => Date::new(y16, m as i8, d as i8).ok(),
        Holiday::Thanksgiving => nth(11, 4, Weekday::Thursday),
        Holiday::LaborDay => nth(9, 1, Weekday::Monday),
        Holiday::MemorialDay => nth(5, -1, Weekday::Monday),
        Holiday::ElectionDay => {
            // The Tuesday after the first Monday of November.
            let monday = nth(11, 1, Weekday::Monday)?;
            add_days(monday, 1)
        }
        Holiday::Easter => easter(y),
        Holiday::BlackFriday => add_days(nth(11, 4, Weekday::Thursday)?, 1),
        Holiday::CyberMonday => add_days(nth(11, 4, Weekday::Thursday)?, 4),
    }
}

/// Gregorian Easter Sunday (anonymous Gregorian algorithm).
fn easter(y: i32) -> Option<Date> {
    let a = y % 19;
    let b = y / 100;
    let c = y % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    Date::new(y as i16, month as i8, day as i8).ok()
}

/// "the same period a year earlier": the reference's period (or the `unit`
/// around the reference's date) one year back.
fn same_period_a_year_before(r: Reference, unit: Option<Unit>) -> Option<String> {
    let y = r.date.year() as i32 - 1;
    let back = r.date.checked_sub(jiff::Span::new().years(1)).ok()?;
    let grain = match unit {
        Some(u) => u,
        None => match (r.part, r.precision) {
            (Some(PartCode::Quarter(_)), _) => Unit::Quarter,
            (Some(PartCode::Half(_)), _) => Unit::Half,
            (_, DatePrecision::Day | DatePrecision::Minute) => Unit::Day,
            (_, DatePrecision::Week) => Unit::Week,
            (_, DatePrecision::Month) => Unit::Month,
            _ => Unit::Year,
        },
    };
    match grain {
        Unit::Quarter => Some(format!("{y:04}-Q{}", quarter_of(r.date))),
        Unit::Half => Some(format!("{y:04}-H{}", (r.date.month() as i32 - 1) / 6 + 1)),
        Unit::Month => Some(format!("{y:04}-{:02}", r.date.month())),
        Unit::Week | Unit::Weekend => Some(week_value(back)),
        Unit::Day => Some(ymd(back)),
        _ => Some(format!("{y:04}")),
    }
}

/// The precision a date value is written at.
fn value_precision(v: &str) -> DatePrecision {
    match v.len() {
        4 => DatePrecision::Year,
        7 if v.as_bytes()[5] == b'Q' || v.as_bytes()[5] == b'H' => DatePrecision::Year,
        7 => DatePrecision::Month,
        8 => DatePrecision::Week,
        _ => DatePrecision::Day,
    }
}

/// The date a resolved value pins down, for use as the next reference.
pub(crate) fn reference_of(r: &Resolved) -> Option<Reference> {
    let v = r.value.as_deref()?;
    match r.precision {
        DatePrecision::Day | DatePrecision::Minute => parse_ymd(v).map(|date| Reference { date, precision: DatePrecision::Day, part: None }),
        DatePrecision::Month => {
            let y: i16 = v.get(0..4)?.parse().ok()?;
            let m: i8 = v.get(5..7)?.parse().ok()?;
            Date::new(y, m, 1).ok().map(|date| Reference { date, precision: DatePrecision::Month, part: None })
        }
        DatePrecision::Year => {
            let y: i16 = v.get(0..4)?.parse().ok()?;
            if v.len() == 4 {
                return Date::new(y, 1, 1).ok().map(|date| Reference { date, precision: DatePrecision::Year, part: None });
            }
            // "the spring of 2023 … two years later": a season dates what
            // follows by its year (its first month stands for it).
            if let Some(month) = match v.get(4..) {
                Some("-SP") => Some(3),
                Some("-SU") => Some(6),
                Some("-FA") => Some(9),
                Some("-WI") => Some(12),
                _ => None,
            } {
                return Date::new(y, month, 1).ok().map(|date| Reference { date, precision: DatePrecision::Year, part: None });
            }
            // "2009-Q3", "2009-H1": kept for "the year-earlier quarter".
            let n: u8 = v.get(6..7)?.parse().ok()?;
            let (part, month) = match v.as_bytes().get(5)? {
                b'Q' if (1..=4).contains(&n) => (PartCode::Quarter(n), (n - 1) * 3 + 1),
                b'H' if (1..=2).contains(&n) => (PartCode::Half(n), (n - 1) * 6 + 1),
                _ => return None,
            };
            if v.len() != 7 {
                return None;
            }
            Date::new(y, month as i8, 1).ok().map(|date| Reference { date, precision: DatePrecision::Year, part: Some(part) })
        }
        _ => None,
    }
}
