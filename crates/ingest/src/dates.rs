//! Publication dates as pages and bylines print them, with their precision.
//!
//! A date without a year ("Nov. 3") keeps its month and day and says the year
//! is unknown; [`PartialDate::resolve`] fills the year only from a date the
//! user supplied (`--published`), never from the clock.

use newsledger_model::DatePrecision;

/// A date as far as the text states it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct PartialDate {
    pub year: Option<i32>,
    pub month: Option<u8>,
    pub day: Option<u8>,
    /// Hour and minute, local to the page, when printed.
    pub time: Option<(u8, u8)>,
}

const MONTHS: &[(&str, u8)] = &[
    ("january", 1), ("jan", 1), ("february", 2), ("feb", 2), ("march", 3), ("mar", 3), ("april", 4), ("apr", 4),
    ("may", 5), ("june", 6), ("jun", 6), ("july", 7), ("jul", 7), ("august", 8), ("aug", 8), ("september", 9),
    ("sept", 9), ("sep", 9), ("october", 10), ("oct", 10), ("november", 11), ("nov", 11), ("december", 12), ("dec", 12),
    // Spanish, for Mexican outlets.
    ("enero", 1), ("febrero", 2), ("marzo", 3), ("abril", 4), ("mayo", 5), ("junio", 6), ("julio", 7), ("agosto", 8),
    ("septiembre", 9), ("setiembre", 9), ("octubre", 10), ("noviembre", 11), ("diciembre", 12),
];

fn month_of(word: &str) -> Option<u8> {
    let w = word.to_ascii_lowercase();
    MONTHS.iter().find(|(name, _)| *name == w).map(|(_, m)| *m)
}

fn days_in_month(year: Option<i32>, month: u8) -> u8 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 => match year {
            Some(y) if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
            Some(_) => 28,
            None => 29,
        },
        _ => 31,
    }
}

impl PartialDate {
    /// Parses the common shapes: ISO 8601 (`2025-11-03T07:00:00-05:00`),
    /// RFC 2822 (`Mon, 03 Nov 2025 07:00:00 -0500`), `November 3, 2025`,
    /// `3 Nov 2025`, `11/03/2025` (US order), and year-less `Nov. 3 / 7 AM EDT`.
    /// Returns `None` when no month or year can be found.
    pub fn parse(s: &str) -> Option<PartialDate> {
        let s = s.trim();
        if let Some(d) = parse_iso(s) {
            return Some(d);
        }
        // Something that starts like ISO 8601 but is not valid is not a date.
        if s.len() >= 7 && s.as_bytes()[..4].iter().all(u8::is_ascii_digit) && s.as_bytes()[4] == b'-' {
            return None;
        }
        let mut d = PartialDate::default();
        let words: Vec<&str> = s.split(|c: char| !c.is_alphanumeric() && c != ':').filter(|w| !w.is_empty()).collect();
        let mut numbers: Vec<(usize, u32)> = Vec::new();
        for (i, w) in words.iter().enumerate() {
            if let Some(m) = month_of(w) {
                if d.month.is_none() {
                    d.month = Some(m);
                }
            } else if w.contains(':') {
                let mut hm = w.split(':');
                if let (Some(Ok(h)), Some(Ok(m))) = (hm.next().map(str::parse::<u8>), hm.next().map(str::parse::<u8>)) {
                    if h < 24 && m < 60 && d.time.is_none() {
                        d.time = Some((h, m));
                    }
                }
            } else if let Ok(n) = w.parse::<u32>() {
                numbers.push((i, n));
            } else if w.eq_ignore_ascii_case("pm") || w.eq_ignore_ascii_case("am") {
                // "7 AM": the number before is an hour.
                let pm = w.eq_ignore_ascii_case("pm");
                if let Some(pos) = numbers.iter().position(|(j, n)| *j + 1 == i && *n <= 12) {
                    let (_, h) = numbers.remove(pos);
                    let h = (h % 12) as u8 + if pm { 12 } else { 0 };
                    d.time = Some((h, 0));
                } else if let Some((h, m)) = d.time {
                    d.time = Some(((h % 12) + if pm { 12 } else { 0 }, m));
                }
            }
        }
        for &(_, n) in &numbers {
            if (1000..=2999).contains(&n) && d.year.is_none() {
                d.year = Some(n as i32);
            }
        }
        let small: Vec<u32> = numbers.iter().map(|(_, n)| *n).filter(|n| (1..=31).contains(n)).collect();
        if d.month.is_some() {
            d.day = small.first().map(|n| *n as u8);
        } else if small.len() >= 2 && d.year.is_some() {
            // 11/03/2025: US order unless the first cannot be a month.
            let (a, b) = (small[0], small[1]);
            let (m, day) = if a <= 12 { (a, b) } else { (b, a) };
            if m <= 12 {
                d.month = Some(m as u8);
                d.day = Some(day as u8);
            }
        }
        if let (Some(m), Some(day)) = (d.month, d.day) {
            if day > days_in_month(d.year, m) {
                d.day = None;
            }
        }
        (d.month.is_some() || d.year.is_some()).then_some(d)
    }

    /// The precision of what is stated.
    pub fn precision(&self) -> DatePrecision {
        match (self.year, self.month, self.day) {
            (Some(_), Some(_), Some(_)) => DatePrecision::Day,
            (Some(_), Some(_), None) => DatePrecision::Month,
            (Some(_), None, _) => DatePrecision::Year,
            _ => DatePrecision::Unknown,
        }
    }

    /// Fills a missing year from `supplied` (the user's `--published`):
    /// the supplied year, or the one before when the month/day would fall
    /// after the supplied date (an article is not published in its future).
    pub fn resolve(mut self, supplied: Option<PartialDate>) -> PartialDate {
        if self.year.is_none() {
            if let Some(sup) = supplied {
                if let Some(y) = sup.year {
                    let later = match (self.month, sup.month) {
                        (Some(m), Some(sm)) => (m, self.day.unwrap_or(1)) > (sm, sup.day.unwrap_or(31)),
                        _ => false,
                    };
                    self.year = Some(if later { y - 1 } else { y });
                }
                if self.month.is_none() {
                    self.month = sup.month;
                    self.day = sup.day;
                }
            }
        }
        self
    }

    /// Schema v1's `published` value: `YYYY-MM-DD[Thh:mm]`, `YYYY-MM` or `YYYY`;
    /// `None` when the year is unknown.
    pub fn to_published(&self) -> Option<String> {
        let y = self.year?;
        Some(match (self.month, self.day, self.time) {
            (Some(m), Some(d), Some((h, mi))) => format!("{y:04}-{m:02}-{d:02}T{h:02}:{mi:02}"),
            (Some(m), Some(d), None) => format!("{y:04}-{m:02}-{d:02}"),
            (Some(m), None, _) => format!("{y:04}-{m:02}"),
            _ => format!("{y:04}"),
        })
    }
}

fn parse_iso(s: &str) -> Option<PartialDate> {
    let b = s.as_bytes();
    let digits = |r: std::ops::Range<usize>| -> Option<u32> {
        let part = s.get(r)?;
        (!part.is_empty() && part.bytes().all(|c| c.is_ascii_digit())).then(|| part.parse().ok())?
    };
    let year = digits(0..4)? as i32;
    let mut d = PartialDate { year: Some(year), ..Default::default() };
    if b.len() == 4 {
        return Some(d);
    }
    if b.get(4) != Some(&b'-') {
        return None;
    }
    let month = digits(5..7)?;
    if !(1..=12).contains(&month) {
        return None;
    }
    d.month = Some(month as u8);
    if b.len() == 7 {
        return Some(d);
    }
    if b.get(7) != Some(&b'-') {
        return None;
    }
    let day = digits(8..10)?;
    if day == 0 || day > days_in_month(Some(year), month as u8) as u32 {
        return None;
    }
    d.day = Some(day as u8);
    if matches!(b.get(10), Some(b'T' | b' ')) {
        if let (Some(h), Some(m)) = (digits(11..13), digits(14..16)) {
            if h < 24 && m < 60 && b.get(13) == Some(&b':') {
                d.time = Some((h as u8, m as u8));
            }
        }
    } else if b.len() > 10 {
        return None;
    }
    Some(d)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(s: &str) -> Option<String> {
        PartialDate::parse(s).and_then(|d| d.to_published())
    }

    #[test]
    fn common_shapes() {
        assert_eq!(p("2025-11-03").as_deref(), Some("2025-11-03"));
        assert_eq!(p("2025-11-03T07:00:00-05:00").as_deref(), Some("2025-11-03T07:00"));
        assert_eq!(p("Mon, 03 Nov 2025 07:00:00 -0500").as_deref(), Some("2025-11-03T07:00"));
        assert_eq!(p("November 3, 2025").as_deref(), Some("2025-11-03"));
        assert_eq!(p("Friday, January 4, 2019").as_deref(), Some("2019-01-04"));
        assert_eq!(p("3 Nov. 2025, 5:30 PM").as_deref(), Some("2025-11-03T17:30"));
        assert_eq!(p("11/03/2025").as_deref(), Some("2025-11-03"));
        assert_eq!(p("25/12/2024").as_deref(), Some("2024-12-25"));
        assert_eq!(p("2025-11").as_deref(), Some("2025-11"));
        assert_eq!(p("3 de noviembre de 2025").as_deref(), Some("2025-11-03"));
    }

    #[test]
    fn yearless_date_keeps_year_unknown() {
        let d = PartialDate::parse("Nov. 3 / 7 AM EDT").unwrap();
        assert_eq!((d.year, d.month, d.day, d.time), (None, Some(11), Some(3), Some((7, 0))));
        assert_eq!(d.to_published(), None);
        assert_eq!(d.precision(), DatePrecision::Unknown);
    }

    #[test]
    fn supplied_date_fills_the_year() {
        let sup = PartialDate::parse("2025-11-03");
        let d = PartialDate::parse("Nov. 3").unwrap().resolve(sup);
        assert_eq!(d.to_published().as_deref(), Some("2025-11-03"));
        // December 30 printed in an article supplied as published 2026-01-02
        // belongs to the year before.
        let d = PartialDate::parse("Dec. 30").unwrap().resolve(PartialDate::parse("2026-01-02"));
        assert_eq!(d.year, Some(2025));
    }

    #[test]
    fn rejects_impossible_dates() {
        assert_eq!(p("2025-02-30"), None);
        assert_eq!(p("2025-13-01"), None);
        assert!(PartialDate::parse("no date here").is_none());
        assert_eq!(PartialDate::parse("February 30, 2024").unwrap().precision(), DatePrecision::Month);
    }
}
