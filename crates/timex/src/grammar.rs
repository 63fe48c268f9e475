//! Recognition: a hand-written, longest-match grammar over [`Tok`]s.
//!
//! At each token the matcher tries every pattern that can start there and
//! keeps the longest; the text between matches is skipped. Each pattern
//! returns the token index after it and a [`Sem`], the meaning still
//! unresolved (the anchor date and the tense are applied in `resolve`).

use crate::lexicon::{self, Cue, Entry, Unit};
use crate::sem::{Amount, PartCode, Sem};
use crate::tokens::{Kind, Tok};

/// One recognised expression: tokens `first..end` and what they mean.
#[derive(Debug, Clone)]
pub(crate) struct Found {
    pub first: usize,
    pub end: usize,
    pub sem: Sem,
    /// TimeML `mod` ("APPROX", "START", "MORE_THAN"…).
    pub modifier: Option<&'static str>,
    /// Where the next match may start: past `end` when words that belong
    /// to the expression's meaning stay out of its extent ("February
    /// [this year]").
    pub consumed: usize,
}

pub(crate) struct Matcher<'a> {
    text: &'a str,
    toks: &'a [Tok],
}

/// What a modifier in front of the core may attach to.
#[derive(Clone, Copy, PartialEq, Eq)]
enum PrefixFor {
    Amount,
    Point,
}

impl<'a> Matcher<'a> {
    pub fn new(text: &'a str, toks: &'a [Tok]) -> Self {
        Matcher { text, toks }
    }

    /// All expressions, left to right, non-overlapping.
    pub fn find_all(&self) -> Vec<Found> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < self.toks.len() {
            if !self.can_start(i) {
                i += 1;
                continue;
            }
            match self.longest_at(i) {
                Some(f) if f.end > i => {
                    if let Some(low) = self.range_low_end(&f).filter(|low| out.last().is_none_or(|p: &Found| p.end <= low.first)) {
                        out.push(low);
                    }
                    i = f.consumed.max(f.end);
                    let second = self.second_day(&f);
                    out.push(f);
                    if let Some(s) = second {
                        i = s.end;
                        out.push(s);
                    }
                }
                _ => i += 1,
            }
        }
        self.share_years(&mut out);
        out
    }

    /// "April 24 and 25", "March 10-12": the bare second day is a date of
    /// the same month.
    fn second_day(&self, f: &Found) -> Option<Found> {
        let Sem::Cal { year, month: Some(month), day: Some(_), .. } = f.sem else { return None };
        let k = f.consumed.max(f.end);
        let joined = self.is_cue(k, Cue::And) || self.is_cue(k, Cue::Or) || self.is_cue(k, Cue::To) || self.is(k, "through") || self.punct(k, '-') || self.punct(k, '–');
        if !joined {
            return None;
        }
        let (day, after) = self.day_number(k + 1)?;
        // "April 24 and 25 May" is two full dates; "May 5 and 6 people" no date.
        if self.month(after).is_some() || self.unit(after).is_some() || self.tok(after).is_some_and(|t| t.kind == Kind::Number) {
            return None;
        }
        let w = self.word(after).unwrap_or("");
        if self.tok(after).is_some_and(|t| t.kind == Kind::Word && t.entry.is_none() && !t.capitalised) && !["in", "at", "on", "of", "to", "and", "or", "when", "with", "for"].iter().any(|x| w.eq_ignore_ascii_case(x)) {
            return None;
        }
        // "August 6 and 9, 1945": the year closes the pair and is the
        // second day's (the first takes it in `share_years`).
        let (year, after) = match (year, self.punct(after, ',')) {
            (None, true) => match self.year_number(after + 1) {
                Some(y) => (Some(y), after + 2),
                None => (None, after),
            },
            _ => (year, after),
        };
        let sem = Sem::Cal { year, month: Some(month), day: Some(day), weekday: None };
        Some(Found { first: k + 1, end: after, sem, modifier: None, consumed: after })
    }

    /// "from May 1 to October 31, 2010", "on March 3 and March 9, 1999",
    /// "August 6 and 9, 1945": a date with no year, joined to the next one
    /// by "and", "to", a dash or a comma alone, takes that date's year (the
    /// year before when its month comes later: "December 20 to January 5,
    /// 2011"). Walked from the end, so a list shares its last year.
    fn share_years(&self, out: &mut [Found]) {
        for i in (1..out.len()).rev() {
            let Sem::Cal { year: Some(y), month: Some(m2), day: Some(_), .. } = out[i].sem else { continue };
            let Sem::Cal { year: None, month: Some(m1), day: Some(_), .. } = out[i - 1].sem else { continue };
            let gap = out[i - 1].consumed.max(out[i - 1].end)..out[i].first;
            if gap.is_empty() || gap.len() > 2 {
                continue;
            }
            let joiner = |k: usize| self.is_cue(k, Cue::And) || self.is_cue(k, Cue::To) || self.is(k, "through") || self.punct(k, '-') || self.punct(k, '–') || self.punct(k, ',');
            if !gap.clone().all(joiner) || (gap.len() == 2 && !self.punct(gap.start, ',')) {
                continue;
            }
            let year = if m1 > m2 { y - 1 } else { y };
            if let Sem::Cal { year: ref mut slot, .. } = out[i - 1].sem {
                *slot = Some(year);
            }
        }
    }

    /// "between 60 and 90 days", "between two to six days": the bare first
    /// number is a duration of the same unit (TimeML marks both ends of
    /// the range; without "between", as in "two to three weeks", the
    /// corpora disagree and nothing is added).
    fn range_low_end(&self, f: &Found) -> Option<Found> {
        let Sem::Duration { amount: Some(_), unit } = f.sem else { return None };
        let joiner = f.first.checked_sub(1)?;
        if !(self.is_cue(joiner, Cue::And) || self.is_cue(joiner, Cue::To) || self.punct(joiner, '-') || self.punct(joiner, '–')) {
            return None;
        }
        // The first number takes one to three tokens ("60", "two", "twenty-four").
        let start = (joiner.saturating_sub(3)..joiner).find(|&s| self.amount(s).is_some_and(|(a, end)| a.is_some() && end == joiner))?;
        if start == 0 || !self.is(start - 1, "between") || self.is(start, "a") || self.is(start, "an") {
            return None;
        }
        let (amount, _) = self.amount(start)?;
        Some(Found { first: start, end: joiner, sem: Sem::Duration { amount, unit }, modifier: None, consumed: joiner })
    }

    /// A cheap filter: only tokens that can open some pattern are tried.
    fn can_start(&self, i: usize) -> bool {
        let t = &self.toks[i];
        match t.kind {
            Kind::Number => true,
            Kind::Word => {
                let Some(e) = t.entry else { return false };
                if e.month.is_some() || e.weekday.is_some() || e.unit.is_some() || e.season.is_some() || e.part_of_day.is_some() || e.holiday.is_some() || e.set.is_some()
                    || e.deictic.is_some() || e.reference.is_some() || e.decade.is_some()
                {
                    return true;
                }
                if e.number.is_some() || e.ordinal.is_some() {
                    // "a", "one", "first": only before another time word, a
                    // number or a hyphen ("eight trading days": a unit next).
                    return self.toks.get(i + 1).is_some_and(|n| n.kind != Kind::Word || n.entry.is_some()) || self.counted_days(i + 1) || self.is(i + 1, "additional");
                }
                match e.cue {
                    // Frequent function words: only worth trying before a time word or number.
                    Some(Cue::The | Cue::That | Cue::At | Cue::Up | Cue::More | Cue::Less | Cue::Over | Cue::Under) => {
                        self.toks.get(i + 1).is_some_and(|n| n.kind == Kind::Number || n.entry.is_some())
                    }
                    Some(
                        Cue::Last | Cue::Previous | Cue::Next | Cue::Following | Cue::This | Cue::Coming | Cue::Past | Cue::Early
                        | Cue::Late | Cue::Mid | Cue::Earlier | Cue::Later | Cue::Approx | Cue::Every | Cue::Per | Cue::Recent
                        | Cue::Current | Cue::Present | Cue::Fiscal | Cue::New | Cue::Several | Cue::Few | Cue::Many,
                    ) => true,
                    Some(Cue::Then) => i > 0,
                    Some(Cue::As) => self.is(i + 1, "soon"),
                    _ => false,
                }
            }
            Kind::Punct => self.punct(i, '\'') || self.punct(i, '’'),
        }
    }

    // ---- token helpers -------------------------------------------------

    fn tok(&self, i: usize) -> Option<&Tok> {
        self.toks.get(i)
    }

    fn word(&self, i: usize) -> Option<&'a str> {
        let t = self.toks.get(i)?;
        (t.kind == Kind::Word).then(|| &self.text[t.start as usize..t.end as usize])
    }

    fn is(&self, i: usize, w: &str) -> bool {
        self.word(i).is_some_and(|x| x.eq_ignore_ascii_case(w))
    }

    fn entry(&self, i: usize) -> Option<&'static Entry> {
        self.toks.get(i).and_then(|t| t.entry)
    }

    fn cue(&self, i: usize) -> Option<Cue> {
        self.entry(i).and_then(|e| e.cue)
    }

    fn is_cue(&self, i: usize, c: Cue) -> bool {
        self.cue(i) == Some(c)
    }

    fn punct(&self, i: usize, c: char) -> bool {
        self.toks.get(i).is_some_and(|t| t.is_punct(self.text, c))
    }

    /// Token `i` touches the previous one (no whitespace between).
    fn glued(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| !t.space_before)
    }

    fn hyphen(&self, i: usize) -> bool {
        (self.punct(i, '-') || self.punct(i, '‐') || self.punct(i, '–')) && self.glued(i) && self.glued(i + 1)
    }

    fn digits(&self, i: usize) -> Option<(u32, u8)> {
        let t = self.toks.get(i)?;
        if t.kind != Kind::Number || t.digits == 0 {
            return None;
        }
        Some((t.number?, t.digits))
    }

    fn month(&self, i: usize) -> Option<u8> {
        let t = self.toks.get(i)?;
        let e = t.entry?;
        let m = e.month?;
        if e.capital_only && !t.capitalised {
            return None;
        }
        Some(m)
    }

    /// A month name, with the period of an abbreviation: returns (month, next index, abbreviated).
    fn month_name(&self, i: usize) -> Option<(u8, usize, bool)> {
        let m = self.month(i)?;
        let w = self.word(i)?;
        let full = w.len() > 4 || matches!(w.to_ascii_lowercase().as_str(), "may" | "june" | "july");
        if self.punct(i + 1, '.') && self.glued(i + 1) && !full {
            return Some((m, i + 2, true));
        }
        Some((m, i + 1, !full))
    }

    fn weekday(&self, i: usize) -> Option<(u8, usize)> {
        let t = self.toks.get(i)?;
        let e = t.entry?;
        let d = e.weekday?;
        if e.capital_only && !t.capitalised {
            return None;
        }
        let w = self.word(i)?;
        if w.len() <= 4 {
            // "more massive than the Sun.", "the Sat. test": after an article
            // or a possessive an abbreviation is a noun, not a day.
            if i > 0 && ["the", "a", "our", "its", "their", "his", "her"].iter().any(|d| self.is(i - 1, d)) {
                return None;
            }
            // Abbreviations need the period or a capital: "Sat." "Wed".
            if self.punct(i + 1, '.') && self.glued(i + 1) {
                return Some((d, i + 2));
            }
            // Without the period only in a date ("Wed, Nov. 5"): "The Sun
            // reported" names a newspaper.
            // "Sun, a maker of workstations" is the company: the comma
            // must lead on to the month or day.
            let date_at = |k: usize| self.month(k).is_some() || self.day_number(k).is_some();
            let in_date = date_at(i + 1) || self.punct(i + 1, ',') && date_at(i + 2);
            if !t.capitalised || !in_date {
                return None;
            }
            return Some((d, i + 1));
        }
        Some((d, i + 1))
    }

    /// "trading days", "business days" at `i`.
    fn counted_days(&self, i: usize) -> bool {
        self.unit(i + 1) == Some(Unit::Day) && ["trading", "business", "working", "calendar"].iter().any(|w| self.is(i, w))
    }

    fn unit(&self, i: usize) -> Option<Unit> {
        self.entry(i).and_then(|e| e.unit)
    }

    fn is_plural_unit(&self, i: usize) -> bool {
        self.unit(i).is_some() && self.word(i).is_some_and(|w| w.ends_with('s') || w.ends_with('S'))
    }

    fn day_number(&self, i: usize) -> Option<(u8, usize)> {
        let (n, d) = self.digits(i)?;
        if !(1..=31).contains(&n) || d > 2 {
            return None;
        }
        let mut j = i + 1;
        if self.is_cue(j, Cue::OrdSuffix) && self.glued(j) {
            j += 1;
        }
        Some((n as u8, j))
    }

    /// A four-digit year (or "'98"-style two-digit year after an apostrophe).
    fn year_number(&self, i: usize) -> Option<i32> {
        let (n, d) = self.digits(i)?;
        if d == 4 && (1000..=2199).contains(&n) {
            return Some(n as i32);
        }
        None
    }

    /// Numbers: digits (with "1/2" fractions and decimals), number words
    /// ("twenty-four", "a hundred"), "a"/"an", and vague amounts ("several",
    /// "a few", "many"). Returns (amount, next index).
    fn amount(&self, i: usize) -> Option<(Amount, usize)> {
        let t = self.tok(i)?;
        if t.kind == Kind::Number {
            let n = t.number? as f64;
            let mut j = i + 1;
            let mut value = n;
            // "3.5"
            if self.punct(j, '.') && self.glued(j) && self.glued(j + 1) {
                if let Some(frac_tok) = self.tok(j + 1).filter(|t| t.kind == Kind::Number && t.digits > 0) {
                    let frac_text = &self.text[frac_tok.start as usize..frac_tok.end as usize];
                    if let Ok(f) = format!("0.{frac_text}").parse::<f64>() {
                        value += f;
                        j += 2;
                    }
                }
            }
            // "5 1/2"
            if let (Some((a, _)), true, Some((b, _))) = (self.digits(j), self.punct(j + 1, '/'), self.digits(j + 2)) {
                if b > a && b <= 16 && a > 0 && self.glued(j + 1) && self.glued(j + 2) {
                    value += a as f64 / b as f64;
                    j += 3;
                }
            }
            return Some((Some(value), j));
        }
        let e = t.entry?;
        match e.cue {
            Some(Cue::Several) | Some(Cue::Many) => return Some((None, i + 1)),
            Some(Cue::Few) => return Some((None, i + 1)),
            _ => {}
        }
        // "the last couple of months", "the next couple of weeks"
        if self.is(i, "couple") && self.is(i + 1, "of") && i > 0 && self.cue(i - 1).is_some_and(|c| matches!(c, Cue::Last | Cue::Past | Cue::Next | Cue::Previous | Cue::Coming | Cue::Following)) {
            return Some((Some(2.0), i + 2));
        }
        if self.is(i, "a") || self.is(i, "an") {
            if self.is_cue(i + 1, Cue::Few) {
                return Some((None, i + 2));
            }
            if self.is(i + 1, "couple") {
                let j = if self.is(i + 2, "of") { i + 3 } else { i + 2 };
                return Some((Some(2.0), j));
            }
            if self.is(i + 1, "dozen") {
                return Some((Some(12.0), i + 2));
            }
            if self.is(i + 1, "hundred") {
                return Some((Some(100.0), i + 2));
            }
            if self.is(i + 1, "half") {
                return Some((Some(0.5), i + 2));
            }
            return Some((Some(1.0), i + 1));
        }
        if self.is(i, "half") {
            // "half an hour", "half a century"
            if self.is(i + 1, "a") || self.is(i + 1, "an") {
                return Some((Some(0.5), i + 2));
            }
            return None;
        }
        let n = e.number?;
        let mut value = n as f64;
        let mut j = i + 1;
        if (20..=90).contains(&n) && n % 10 == 0 {
            // "twenty-four", "twenty four"
            let k = if self.hyphen(j) { j + 1 } else { j };
            if let Some(u) = self.entry(k).and_then(|e| e.number).filter(|u| (1..=9).contains(u)) {
                if !self.is(k, "a") && !self.is(k, "an") {
                    value += u as f64;
                    j = k + 1;
                }
            }
        }
        if self.is(j, "hundred") {
            value *= 100.0;
            j += 1;
        }
        // "two thousand years" (a length; "two thousand" alone is the year 2000)
        if self.is(j, "thousand") && self.unit(j + 1).is_some() {
            value *= 1000.0;
            j += 1;
        }
        // "two and a half"
        if self.is(j, "and") && self.is(j + 1, "a") && self.is(j + 2, "half") {
            value += 0.5;
            j += 3;
        }
        Some((Some(value), j))
    }

    // ---- the matcher ---------------------------------------------------

    fn longest_at(&self, i: usize) -> Option<Found> {
        let (core_start, prefix_for, modifier) = self.prefix(i).unwrap_or((i, None, None));
        let mut best: Option<(usize, Sem)> = None;
        let mut consider = |r: Option<(usize, Sem)>| {
            if let Some((end, sem)) = r {
                if best.as_ref().is_none_or(|(e, _)| end > *e) {
                    best = Some((end, sem));
                }
            }
        };
        let s = core_start;
        consider(self.p_numeric_date(s));
        consider(self.p_month_first(s));
        consider(self.p_day_first(s));
        consider(self.p_year(s));
        consider(self.p_weekday(s));
        consider(self.p_relative(s));
        consider(self.p_deictic(s));
        consider(self.p_part_before_day(s));
        consider(self.p_reference(s));
        consider(self.p_amount_unit(s));
        consider(self.p_recent(s));
        consider(self.p_set(s));
        consider(self.p_clock(s));
        consider(self.p_quarter(s));
        consider(self.p_century(s));
        consider(self.p_season(s));
        consider(self.p_holiday(s));
        consider(self.p_anaphor(s));
        consider(self.p_year_end(s));
        consider(self.p_part_alone(s));
        consider(self.p_term(s));
        consider(self.p_fiscal_year(s));
        consider(self.p_units_ahead(s));
        consider(self.p_overnight(s));
        consider(self.p_over_the_units(s));
        consider(self.p_nth_day_of(s));
        let (end, sem) = best?;
        if let Some(pf) = prefix_for {
            let ok = match pf {
                PrefixFor::Amount => matches!(sem, Sem::Duration { .. } | Sem::Ago { .. }),
                PrefixFor::Point => sem.is_point() && !matches!(sem, Sem::Ago { .. } | Sem::Clock { .. }),
            };
            if !ok {
                // The words in front belong to something else; match the core alone.
                return (core_start > i).then(|| self.longest_at(core_start)).flatten();
            }
        }
        let end = self.trailing(end, &sem);
        // Hedges ("about", "nearly") set the mod and stay in the extent, as
        // the TimeML guidelines and TimeBank have them (AQUAINT and
        // MEANTIME leave them out; only strict span scores differ).
        let first = i;
        // "February this year", "April next year": TimeML corpora keep the
        // month alone in the extent and its value carries the year.
        let consumed = end;
        let end = match sem {
            Sem::CalRelYear { year_words, .. } => end - year_words as usize,
            _ => end,
        };
        Some(Found { first, end, sem, modifier, consumed })
    }

    /// Extends a match over glued suffixes TimeML keeps ("-long").
    fn trailing(&self, end: usize, sem: &Sem) -> usize {
        if matches!(sem, Sem::Duration { .. }) && self.hyphen(end) && (self.is_cue(end + 1, Cue::Long) || self.is_cue(end + 1, Cue::Old)) {
            return end + 2;
        }
        end
    }

    /// Whether "over" at `i` means "more than": at the start of a clause
    /// or after a word that takes a length ("for", "in", "lasted", "just").
    fn over_means_more_than(&self, i: usize) -> bool {
        let Some(p) = i.checked_sub(1) else { return true };
        match self.tok(p) {
            Some(t) if t.kind == Kind::Word => self.word(p).is_some_and(lexicon::over_length_word),
            Some(t) if t.kind == Kind::Number => false,
            _ => true,
        }
    }

    /// Modifiers in front of the core: returns (core start, what they can
    /// modify, TimeML mod).
    fn prefix(&self, i: usize) -> Option<(usize, Option<PrefixFor>, Option<&'static str>)> {
        let c = self.cue(i)?;
        let amount = Some(PrefixFor::Amount);
        let point = Some(PrefixFor::Point);
        match c {
            Cue::Approx => Some((i + 1, amount, Some("APPROX"))),
            // "over the past year": "over" is a preposition there.
            Cue::Over if self.is_cue(i + 1, Cue::The) => None,
            Cue::More | Cue::Less if self.is_cue(i + 1, Cue::Than) => {
                Some((i + 2, amount, Some(if c == Cue::More { "MORE_THAN" } else { "LESS_THAN" })))
            }
            // "over a week", "for over two years", "lasted over an hour":
            // more than. After another word it is a preposition ("worth $4
            // billion over 10 years", "evolved over several years", "used
            // over three years"): the span it names, no modifier.
            Cue::Over if !self.over_means_more_than(i) => None,
            Cue::Over => Some((i + 1, amount, Some("MORE_THAN"))),
            Cue::Under => Some((i + 1, amount, Some("LESS_THAN"))),
            Cue::At if self.is_cue(i + 1, Cue::Least) => Some((i + 2, amount, Some("EQUAL_OR_MORE"))),
            Cue::At if self.is_cue(i + 1, Cue::Most) => Some((i + 2, amount, Some("EQUAL_OR_LESS"))),
            Cue::Up if self.is_cue(i + 1, Cue::To) => Some((i + 2, amount, Some("EQUAL_OR_LESS"))),
            Cue::Early => {
                let j = if self.hyphen(i + 1) { i + 2 } else { i + 1 };
                Some((j, point, Some("START")))
            }
            Cue::Late => {
                let j = if self.hyphen(i + 1) { i + 2 } else { i + 1 };
                Some((j, point, Some("END")))
            }
            // "earlier that day" is one expression; "earlier Friday",
            // "later this week" are an adverb and an expression.
            Cue::Earlier | Cue::Later if self.is_cue(i + 1, Cue::That) => {
                Some((i + 1, point, Some(if c == Cue::Earlier { "START" } else { "END" })))
            }
            Cue::Mid => {
                let j = if self.hyphen(i + 1) { i + 2 } else { i + 1 };
                Some((j, point, Some("MID")))
            }
            // "the early summer", "the late-spring frost": the article
            // makes the season word a noun, and the hedge its part.
            Cue::The if self.cue(i + 1).is_some_and(|c| matches!(c, Cue::Early | Cue::Late | Cue::Mid)) => {
                let j = if self.hyphen(i + 2) { i + 3 } else { i + 2 };
                self.entry(j).and_then(|e| e.season)?;
                let m = match self.cue(i + 1) {
                    Some(Cue::Early) => "START",
                    Some(Cue::Late) => "END",
                    _ => "MID",
                };
                Some((j, point, Some(m)))
            }
            Cue::The if self.is_cue(i + 2, Cue::Of) => {
                let m = match self.cue(i + 1) {
                    Some(Cue::End) => "END",
                    Some(Cue::Beginning) => "START",
                    Some(Cue::Middle) => "MID",
                    _ => return None,
                };
                // "the end of the year", "the beginning of March"
                Some((i + 3, point, Some(m)))
            }
            _ => None,
        }
    }

    // ---- patterns --------------------------------------------------------

    /// 2025-11-03, 2025/11/03, 11/03/2025, 11/3/98.
    fn p_numeric_date(&self, i: usize) -> Option<(usize, Sem)> {
        let (a, da) = self.digits(i)?;
        let sep = if self.punct(i + 1, '-') { '-' } else if self.punct(i + 1, '/') { '/' } else { return None };
        if !(self.glued(i + 1) && self.glued(i + 2)) {
            return None;
        }
        let (b, db) = self.digits(i + 2)?;
        let third = if self.punct(i + 3, sep) && self.glued(i + 3) && self.glued(i + 4) { self.digits(i + 4) } else { None };
        if da == 4 {
            let month = b as u8;
            if !(1..=12).contains(&month) || db > 2 {
                return None;
            }
            if let Some((c, dc)) = third {
                if dc <= 2 && (1..=31).contains(&c) {
                    let end = i + 5;
                    return Some((end, Sem::Cal { year: Some(a as i32), month: Some(month), day: Some(c as u8), weekday: None }));
                }
                return None;
            }
            // "in 2004-05", "the 2009-10 season": two years running, a
            // fiscal year or season, not May 2004; the first year stands
            // (as "2012-13" gives 2012).
            if sep == '-' && db == 2 && b == (a + 1) % 100 {
                return None;
            }
            if sep == '-' && db == 2 {
                return Some((i + 3, Sem::Cal { year: Some(a as i32), month: Some(month), day: None, weekday: None }));
            }
            return None;
        }
        // US order M/D/Y, only with slashes.
        if sep != '/' || da > 2 || db > 2 {
            return None;
        }
        let (c, dc) = third?;
        let year = match dc {
            4 => c as i32,
            2 => if c < 50 { 2000 + c as i32 } else { 1900 + c as i32 },
            _ => return None,
        };
        if !(1..=12).contains(&a) || !(1..=31).contains(&b) {
            return None;
        }
        Some((i + 5, Sem::Cal { year: Some(year), month: Some(a as u8), day: Some(b as u8), weekday: None }))
    }

    /// [Weekday[,]] Month [day[,] [year]] | Month year | Month.
    fn p_month_first(&self, i: usize) -> Option<(usize, Sem)> {
        let (weekday, j) = match self.weekday(i) {
            Some((d, j)) => {
                let j = if self.punct(j, ',') { j + 1 } else { j };
                (Some(d), j)
            }
            None => (None, i),
        };
        let (month, mut k, abbreviated) = self.month_name(j)?;
        if let Some((day, after_day)) = self.day_number(k) {
            // "Nov. 3 2025" / "Nov. 3, 2025"
            let mut end = after_day;
            let mut year = None;
            let y_at = if self.punct(after_day, ',') { after_day + 1 } else { after_day };
            if let Some(y) = self.year_number(y_at) {
                year = Some(y);
                end = y_at + 1;
            }
            if year.is_none() {
                if let Some(off) = self.relative_year(after_day) {
                    return Some((after_day + 2, Sem::CalRelYear { month, day: Some(day), year_offset: off, year_words: 2 }));
                }
            }
            // A day number followed by a unit or another number is not a date
            // ("May 5 people" is unlikely; "March 20 years ago" is).
            if year.is_none() && (self.unit(after_day).is_some() || self.tok(after_day).is_some_and(|t| t.kind == Kind::Number && t.space_before)) {
                return None;
            }
            return Some((end, Sem::Cal { year, month: Some(month), day: Some(day), weekday }));
        }
        if weekday.is_some() {
            return None;
        }
        // "January 1998", "Jan. 1998", "January of 1998"
        let y_at = if self.is_cue(k, Cue::Of) || self.punct(k, ',') { k + 1 } else { k };
        if let Some(y) = self.year_number(y_at) {
            return Some((y_at + 1, Sem::Cal { year: Some(y), month: Some(month), day: None, weekday: None }));
        }
        if let Some((y, end)) = self.spoken_year(y_at) {
            return Some((end, Sem::Cal { year: Some(y), month: Some(month), day: None, weekday: None }));
        }
        // "February this year", "April next year", "October of next year"
        if let Some(off) = self.relative_year(k) {
            return Some((k + 2, Sem::CalRelYear { month, day: None, year_offset: off, year_words: 2 }));
        }
        if self.is_cue(k, Cue::Of) {
            if let Some(off) = self.relative_year(k + 1) {
                return Some((k + 3, Sem::CalRelYear { month, day: None, year_offset: off, year_words: 3 }));
            }
        }
        // A bare month. Abbreviations and words that are also common
        // words ("may", "march") need a temporal cue before them.
        let ambiguous = abbreviated || self.entry(j).is_some_and(|e| e.capital_only);
        if ambiguous {
            let cue_before = j > 0 && self.cue(j - 1).is_some_and(|c| {
                matches!(c, Cue::In | Cue::Since | Cue::Until | Cue::From | Cue::Of | Cue::Early | Cue::Late | Cue::Mid | Cue::Before | Cue::After | Cue::Last | Cue::Next | Cue::This)
            });
            let cue_before = cue_before || (j > 0 && (self.is(j - 1, "by") || self.is(j - 1, "during") || self.is(j - 1, "for")));
            // "from March to May": the second month of a range.
            let cue_before = cue_before
                || (j > 1
                    && (self.is_cue(j - 1, Cue::To) || self.is(j - 1, "through"))
                    && (self.month(j - 2).is_some() || (j > 2 && self.year_number(j - 2).is_some() && self.month(j - 3).is_some())));
            // "the March accession", "the May elections" (full names only)
            let cue_before = cue_before || (!abbreviated && j > 0 && self.is_cue(j - 1, Cue::The));
            if !cue_before || (abbreviated && !self.punct(k - 1, '.')) {
                return None;
            }
        }
        // "March to" as a verb; keep it out ("decided in March to close
        // the mine" is the month: a preposition frames it).
        let framed = j > 0 && (self.is_cue(j - 1, Cue::In) || self.is_cue(j - 1, Cue::Since) || self.is_cue(j - 1, Cue::Until) || self.is_cue(j - 1, Cue::From) || self.is(j - 1, "by") || self.is(j - 1, "during"));
        if self.is(j, "march") && !framed && self.is(k, "to") && self.tok(k + 1).is_some_and(|t| t.kind == Kind::Word) {
            return None;
        }
        k = k.max(j + 1);
        Some((k, Sem::Cal { year: None, month: Some(month), day: None, weekday: None }))
    }

    /// "this year" (0), "last year" (-1), "next year" (+1) at `i`.
    fn relative_year(&self, i: usize) -> Option<i32> {
        if self.unit(i + 1) != Some(Unit::Year) || self.is_plural_unit(i + 1) {
            return None;
        }
        match self.cue(i)? {
            Cue::This => Some(0),
            Cue::Last => Some(-1),
            Cue::Next => Some(1),
            _ => None,
        }
    }

    /// 3 November [2025], the 3rd of November.
    fn p_day_first(&self, i: usize) -> Option<(usize, Sem)> {
        let start = if self.is_cue(i, Cue::The) { i + 1 } else { i };
        let (day, mut j) = self.day_number(start)?;
        if self.is_cue(j, Cue::Of) {
            j += 1;
        }
        let (month, k, _) = self.month_name(j)?;
        let y_at = if self.punct(k, ',') { k + 1 } else { k };
        if let Some(y) = self.year_number(y_at) {
            return Some((y_at + 1, Sem::Cal { year: Some(y), month: Some(month), day: Some(day), weekday: None }));
        }
        Some((k, Sem::Cal { year: None, month: Some(month), day: Some(day), weekday: None }))
    }

    /// 1998, the 1990s, '90s, fiscal 1998, the year 2000.
    fn p_year(&self, i: usize) -> Option<(usize, Sem)> {
        let mut j = i;
        let mut explicit = false;
        if self.is_cue(j, Cue::The) {
            j += 1;
        }
        if self.is_cue(j, Cue::Fiscal) {
            j += 1;
            explicit = true;
            if self.is(j, "year") {
                j += 1;
            }
        } else if self.is(j, "year") && (self.year_number(j + 1).is_some() || self.spoken_year(j + 1).is_some()) {
            j += 1;
            explicit = true;
        }
        // '90s and ’98
        if self.punct(j, '\'') || self.punct(j, '’') {
            let (n, d) = self.digits(j + 1)?;
            if d != 2 || !self.glued(j + 1) {
                return None;
            }
            if self.is_cue(j + 2, Cue::S) && self.glued(j + 2) && n % 10 == 0 {
                return Some((j + 3, Sem::Decade { decade: (n / 10) as i32, century_known: false }));
            }
            return None;
        }
        // "the 70s", "the 70s and 80s": a decade of the century the anchor
        // picks (not "in his 70s", an age).
        if let Some((n, 2)) = self.digits(j) {
            let decade_word = self.is_cue(j + 1, Cue::S) && self.glued(j + 1) && n % 10 == 0;
            let after_the = j > 0 && self.is_cue(j - 1, Cue::The);
            let after_decade = j > 1 && (self.is_cue(j - 1, Cue::And) || self.is_cue(j - 1, Cue::Or) || self.is_cue(j - 1, Cue::To)) && self.is_cue(j - 2, Cue::S);
            if decade_word && i == j && (after_the || after_decade) {
                return Some((j + 2, Sem::Decade { decade: (n / 10) as i32, century_known: false }));
            }
            return None;
        }
        // "the nineties", "the early eighties" ("early" is a prefix the
        // matcher strips; the article stays outside the extent).
        if let Some(d) = self.entry(j).and_then(|e| e.decade) {
            let hedged = j > 1 && self.cue(j - 1).is_some_and(|c| matches!(c, Cue::Early | Cue::Late | Cue::Mid));
            let after_the = j > 0 && self.is_cue(j - 1, Cue::The) || hedged && self.is_cue(j - 2, Cue::The);
            if after_the && i == j {
                return Some((j + 1, Sem::Decade { decade: i32::from(d), century_known: false }));
            }
            return None;
        }
        if let Some((y, end)) = self.spoken_year(j) {
            return Some((end, Sem::Cal { year: Some(y), month: None, day: None, weekday: None }));
        }
        let y = self.year_number(j)?;
        let after = j + 1;
        // "1990s"
        if self.is_cue(after, Cue::S) && self.glued(after) && y % 10 == 0 {
            // "the 1990s": the article stays outside the extent (it is
            // matched again from the next token).
            if j != i {
                return None;
            }
            return Some((after + 1, Sem::Decade { decade: y / 10, century_known: true }));
        }
        if !explicit && !self.plausible_year(j, y) {
            return None;
        }
        // The article in front belongs to the year only in "the year 2000".
        if self.is_cue(i, Cue::The) && i + 1 >= j {
            return None;
        }
        Some((after, Sem::Cal { year: Some(y), month: None, day: None, weekday: None }))
    }

    /// A year read out in words, as broadcast transcripts write it:
    /// "nineteen ninety-six", "nineteen eighty", "two thousand". Returns
    /// (year, next index).
    fn spoken_year(&self, i: usize) -> Option<(i32, usize)> {
        let word_number = |k: usize| -> Option<u32> {
            let t = self.tok(k)?;
            if t.kind != Kind::Word {
                return None;
            }
            self.entry(k)?.number
        };
        let century = word_number(i)?;
        if century == 2 && self.is(i + 1, "thousand") {
            return Some((2000, i + 2));
        }
        if !(11..=20).contains(&century) {
            return None;
        }
        let tens = word_number(i + 1).filter(|n| (20..=90).contains(n) && n % 10 == 0)?;
        let mut y = century * 100 + tens;
        let mut end = i + 2;
        if self.hyphen(end) {
            if let Some(unit) = word_number(end + 1).filter(|n| (1..=9).contains(n)) {
                y += unit;
                end += 2;
            }
        }
        Some((y as i32, end))
    }

    /// Whether a four-digit number at `i` reads as a year.
    fn plausible_year(&self, i: usize, y: i32) -> bool {
        let prev_text = if i > 0 { self.tok(i - 1).map(|t| &self.text[t.start as usize..t.end as usize]) } else { None };
        if let Some(p) = prev_text {
            // "mid-2026", "late-1990": the hedge prefix, not a minus or a range.
            let hedged = p == "-" && i >= 2 && self.cue(i - 2).is_some_and(|c| matches!(c, Cue::Mid | Cue::Early | Cue::Late)) && self.glued(i - 1);
            if matches!(p, "$" | "€" | "£" | "#" | "No" | "no" | "+" | "-" | "/" | ":" | "." | "¥") && self.glued(i) && !hedged {
                return false;
            }
            if p == "$" || p == "US$" {
                return false;
            }
        }
        // Glued to something on the right ("1998-2000" is fine, "1998.5" not).
        if let Some(next) = self.tok(i + 1) {
            let nt = &self.text[next.start as usize..next.end as usize];
            if !next.space_before && (nt == "." && self.tok(i + 2).is_some_and(|t| t.kind == Kind::Number && !t.space_before)) {
                return false;
            }
            if matches!(nt, "%") {
                return false;
            }
            if next.kind == Kind::Word && next.space_before {
                let lower = nt.to_ascii_lowercase();
                // Counted things, not years.
                if matches!(
                    lower.as_str(),
                    "percent" | "people" | "troops" | "soldiers" | "persons" | "men" | "women" | "children" | "members"
                        | "workers" | "employees" | "jobs" | "tons" | "tonnes" | "miles" | "kilometers" | "km" | "feet"
                        | "meters" | "votes" | "shares" | "points" | "cases" | "deaths" | "dead" | "homes" | "houses"
                        | "units" | "cars" | "vehicles" | "pounds" | "dollars" | "yen" | "barrels" | "acres" | "hours"
                        | "days" | "years" | "students" | "residents" | "refugees" | "police" | "officers" | "delegates"
                        | "copies" | "rounds" | "calories" | "words" | "pages" | "prisoners" | "civilians" | "victims"
                ) {
                    return false;
                }
            }
        }
        (1800..=2100).contains(&y) || i > 0 && self.cue(i - 1).is_some_and(|c| matches!(c, Cue::In | Cue::Since | Cue::Until | Cue::From))
    }

    /// Friday, Friday morning, Friday's.
    fn p_weekday(&self, i: usize) -> Option<(usize, Sem)> {
        let (d, j) = self.weekday(i)?;
        let sem = Sem::Cal { year: None, month: None, day: None, weekday: Some(d) };
        if let Some(part) = self.part_of_day(j) {
            // "flights leave on Tuesday nights": a plural part of the day
            // makes the day recur.
            if self.one_part_of_day(j).is_none() {
                return Some((j + 1, Sem::Set(format!("XXXX-WXX-{d}T{part}"))));
            }
            return Some((j + 1, Sem::PartOfDay { date: Box::new(sem), part }));
        }
        Some((j, sem))
    }

    /// "afternoon yesterday", "(mid-)morning Friday": the part of the day
    /// written before its day (the usual order is "yesterday afternoon").
    fn p_part_before_day(&self, i: usize) -> Option<(usize, Sem)> {
        let part = self.one_part_of_day(i)?;
        if let Some(d) = self.entry(i + 1).and_then(|e| e.deictic).filter(|&d| d != i8::MAX) {
            return Some((i + 2, Sem::PartOfDay { date: Box::new(Sem::Deictic(d as i32)), part }));
        }
        // "mid-morning on Sunday"
        let d_at = if self.is_cue(i + 1, Cue::On) { i + 2 } else { i + 1 };
        let (d, end) = self.weekday(d_at)?;
        let date = Sem::Cal { year: None, month: None, day: None, weekday: Some(d) };
        Some((end, Sem::PartOfDay { date: Box::new(date), part }))
    }

    /// A part of the day in the singular ("mornings" make sets).
    fn one_part_of_day(&self, i: usize) -> Option<&'static str> {
        self.part_of_day(i).filter(|_| !self.word(i).is_some_and(|w| w.ends_with('s') || w.ends_with('S')))
    }

    fn part_of_day(&self, i: usize) -> Option<&'static str> {
        let p = self.entry(i)?.part_of_day?;
        (!self.is(i, "overnight") && !self.is(i, "noon") && !self.is(i, "midday") && !self.is(i, "midnight")).then_some(p)
    }

    /// last/next/this/coming/past/previous + unit | weekday | month | season | holiday.
    fn p_relative(&self, i: usize) -> Option<(usize, Sem)> {
        let mut j = i;
        let with_the = self.is_cue(j, Cue::The);
        if with_the {
            j += 1;
        }
        // "the first nine months", "the first six weeks": a duration.
        if with_the && self.entry(j).and_then(|e| e.ordinal) == Some(1) {
            let (amount, u_at) = self.amount(j + 1)?;
            if self.is(j + 1, "a") || self.is(j + 1, "an") || !self.is_plural_unit(u_at) {
                return None;
            }
            // "the first two quarters of 1990": the year's first half.
            if amount == Some(2.0) && self.unit(u_at) == Some(Unit::Quarter) && self.is_cue(u_at + 1, Cue::Of) {
                if let Some(y) = self.year_number(u_at + 2) {
                    return Some((u_at + 3, Sem::Part { code: PartCode::Half(1), year: Some(y), rel: None }));
                }
            }
            return Some((u_at + 1, Sem::Duration { amount, unit: self.unit(u_at)? }));
        }
        // "in coming weeks"
        if !with_the && self.is_cue(j, Cue::Coming) && self.is_plural_unit(j + 1) {
            return Some((j + 2, Sem::Duration { amount: None, unit: self.unit(j + 1)? }));
        }
        // "the quarter" (the one just reported, in past-tense text), "the year".
        if with_the && i + 1 == j {
            // ("the quarter century anniversary": twenty-five years.)
            if self.is(j, "quarter") && !self.is_cue(j + 1, Cue::Of) && !self.punct(j + 1, '-') && !self.is(j + 1, "century") {
                // "the quarter ended July 31": the end date stays an
                // expression of its own.
                if let Some((month, _, _)) = self.month_name(j + 2).filter(|_| self.is_cue(j + 1, Cue::Ended)) {
                    return Some((j + 1, Sem::QuarterEnded { month }));
                }
                return Some((j + 1, Sem::Part { code: PartCode::AnyQuarter, year: None, rel: None }));
            }
            // "the year ended Sept. 30", "the fiscal year ending June 30": a
            // company's accounting year, which TimeML writes as the
            // duration it is (P1Y), not as a calendar year.
            let fiscal = usize::from(self.is_cue(j, Cue::Fiscal));
            if self.is(j + fiscal, "year") && self.is_cue(j + fiscal + 1, Cue::Ended) {
                return Some((j + fiscal + 1, Sem::Duration { amount: Some(1.0), unit: Unit::Year }));
            }
            let year_alone = self.is(j, "year")
                && !self.punct(j + 1, '-')
                && self.year_number(j + 1).is_none()
                && !self.cue(j + 1).is_some_and(|c| matches!(c, Cue::Of | Cue::Ended | Cue::Earlier | Cue::Ago | Cue::Before));
            if year_alone {
                return Some((j + 1, Sem::Anaphor { unit: Unit::Year, offset: 0.0 }));
            }
            // "for the nine months": TimeBank keeps the article in the extent.
            if let Some((amount @ Some(_), u_at)) = self.amount(j) {
                let counted = !self.is(j, "a") && !self.is(j, "an") && self.is_plural_unit(u_at);
                let calendar_unit = self.unit(u_at).is_some_and(|u| matches!(u, Unit::Day | Unit::Week | Unit::Month | Unit::Year | Unit::Quarter));
                // "the two years ago", "the three years earlier", "the five years-old" are other shapes.
                let shifted = self.cue(u_at + 1).is_some_and(|c| matches!(c, Cue::Ago | Cue::Old | Cue::Earlier | Cue::Later)) || self.hyphen(u_at + 1);
                if counted && calendar_unit && !shifted {
                    return Some((u_at + 1, Sem::Duration { amount, unit: self.unit(u_at)? }));
                }
            }
            // "the full year" ("the entire year", "the whole year") of a
            // results story: the year of the period it reports ("lost $40
            // million in the fourth quarter of 2030 and $90 million for the
            // entire year" is 2030), else the year under way.
            if (self.is_cue(j, Cue::Full) || self.is_cue(j, Cue::Entire)) && self.is(j + 1, "year") && !self.punct(j + 2, '-') && !self.is_cue(j + 2, Cue::Ended) {
                return Some((j + 2, Sem::ReportedYear));
            }
            // "the latest period": the quarter the story reports.
            if self.is(j, "latest") && self.is(j + 1, "period") {
                return Some((j + 2, Sem::Part { code: PartCode::AnyQuarter, year: None, rel: None }));
            }
        }
        let c = self.cue(j)?;
        // "could last six weeks", "expected to last two days", "will last
        // for years": the verb, and the length after it stands alone.
        // ("compared to last year", "which last week approved": no length
        // follows, a date.)
        let length_follows = self.amount(j + 1).is_some_and(|(_, u_at)| self.unit(u_at).is_some());
        if c == Cue::Last && !with_the && length_follows && j > 0 && self.word(j - 1).is_some_and(lexicon::verb_lead) {
            return None;
        }
        let offset = match c {
            Cue::Last | Cue::Previous | Cue::Past => -1,
            Cue::Next | Cue::Coming | Cue::Following => 1,
            Cue::This | Cue::Current | Cue::Present => 0,
            _ => return None,
        };
        // "the current fiscal year", "next fiscal year"
        let k = if self.is_cue(j + 1, Cue::Fiscal) && self.is(j + 2, "year") { j + 2 } else { j + 1 };
        // "the past two years", "the next few weeks", "the last 20 years": durations.
        if with_the || c == Cue::Past || c == Cue::Next || c == Cue::Last || c == Cue::Coming {
            if let Some((amount, u_at)) = self.amount(k) {
                if !self.is(k, "a") && !self.is(k, "an") {
                    if let Some(unit) = self.unit(u_at) {
                        return Some((u_at + 1, Sem::Duration { amount, unit }));
                    }
                }
            }
            // "the past several years"
        }
        // "the following day", "the previous year": anaphoric.
        if with_the && matches!(c, Cue::Following | Cue::Previous | Cue::Next) {
            if let Some(unit) = self.unit(k) {
                if unit == Unit::Day || unit == Unit::Week || unit == Unit::Month || unit == Unit::Year || unit == Unit::Weekend {
                    if self.is_plural_unit(k) {
                        return None;
                    }
                    return Some((k + 1, Sem::Anaphor { unit, offset: offset as f64 }));
                }
            }
            if let Some(part) = self.part_of_day(k) {
                let date = Sem::Anaphor { unit: Unit::Day, offset: offset as f64 };
                return Some((k + 1, Sem::PartOfDay { date: Box::new(date), part }));
            }
        }
        if c == Cue::Following || (c == Cue::Previous && !with_the) {
            return None;
        }
        if let Some(unit) = self.unit(k) {
            if self.is_plural_unit(k) {
                // "the past years", "these days": vague.
                if c == Cue::This && self.is(j, "these") && unit == Unit::Day {
                    return Some((k + 1, Sem::Ref("PRESENT_REF")));
                }
                if matches!(c, Cue::Past | Cue::Last | Cue::Coming | Cue::Next) && with_the {
                    return Some((k + 1, Sem::Duration { amount: None, unit }));
                }
                return None;
            }
            if (c == Cue::Present || c == Cue::Current) && !matches!(unit, Unit::Year | Unit::Quarter | Unit::Month | Unit::Week) {
                return None;
            }
            // "the past year" is the year before, as TimeBank annotates it
            // (like "the last year"); "the past month" a duration.
            if with_the && c == Cue::Past && unit != Unit::Year {
                return Some((k + 1, Sem::Duration { amount: Some(1.0), unit }));
            }
            // "the last year" is the year before, like "last year" (AQUAINT, MEANTIME);
            // "the last decade" a stretch of ten years.
            if with_the && c == Cue::Last && matches!(unit, Unit::Decade | Unit::Century) {
                return Some((k + 1, Sem::Duration { amount: Some(1.0), unit }));
            }
            if unit == Unit::Day && offset != 0 {
                // "the next day" handled above; "last day" is not a date.
                return None;
            }
            if matches!(unit, Unit::Hour | Unit::Minute | Unit::Second) {
                return None;
            }
            if unit == Unit::Half {
                return None;
            }
            if unit == Unit::Quarter {
                return Some((k + 1, Sem::Part { code: PartCode::AnyQuarter, year: None, rel: Some(offset) }));
            }
            return Some((k + 1, Sem::Rel { unit, offset }));
        }
        if let Some((d, after)) = self.weekday(k) {
            let base = Sem::RelWeekday { weekday: d, offset };
            if let Some(part) = self.part_of_day(after) {
                return Some((after + 1, Sem::PartOfDay { date: Box::new(base), part }));
            }
            return Some((after, base));
        }
        if let Some(m) = self.month(k) {
            let (_, after, _) = self.month_name(k).unwrap_or((m, k + 1, false));
            if self.day_number(after).is_some() {
                // "last Nov. 3" is not a pattern of ours.
                return None;
            }
            return Some((after, Sem::RelMonth { month: m, offset }));
        }
        if let Some(season) = self.entry(k).and_then(|e| e.season) {
            return Some((k + 1, Sem::Part { code: PartCode::Season(season), year: None, rel: Some(offset) }));
        }
        if let Some((end, Sem::Holiday { holiday, .. })) = self.p_holiday(k) {
            return Some((end, Sem::Holiday { holiday, year: None, rel: Some(offset), year_offset: None }));
        }
        if let Some(part) = self.part_of_day(k) {
            // "this morning", "last night", "this evening"
            let day = match (c, part) {
                (Cue::This, _) => 0,
                (Cue::Last, "NI") | (Cue::Last, "EV") => -1,
                _ => return None,
            };
            if with_the {
                return None;
            }
            return Some((k + 1, Sem::PartOfDay { date: Box::new(Sem::Deictic(day)), part }));
        }
        None
    }

    /// today, yesterday, tomorrow, tonight [+ part of day]; the day before yesterday.
    fn p_deictic(&self, i: usize) -> Option<(usize, Sem)> {
        if self.is_cue(i, Cue::The) && self.is(i + 1, "day") && (self.is(i + 2, "before") || self.is(i + 2, "after")) {
            let d = self.entry(i + 3)?.deictic?;
            if d == i8::MAX {
                return None;
            }
            let shift = if self.is(i + 2, "before") { -1 } else { 1 };
            return Some((i + 4, Sem::Deictic(d as i32 + shift)));
        }
        let d = self.entry(i)?.deictic?;
        if d == i8::MAX {
            return Some((i + 1, Sem::PartOfDay { date: Box::new(Sem::Deictic(0)), part: "NI" }));
        }
        // "today's" is still today; "today" as generic "nowadays" cannot be told apart here.
        if let Some(part) = self.part_of_day(i + 1) {
            return Some((i + 2, Sem::PartOfDay { date: Box::new(Sem::Deictic(d as i32)), part }));
        }
        Some((i + 1, Sem::Deictic(d as i32)))
    }

    /// now, currently, recently, the future, the past, the present, these days.
    fn p_reference(&self, i: usize) -> Option<(usize, Sem)> {
        // "will one day be", "could one day replace": some day to come, not
        // a day's length ("the strike lasted one day").
        // Also before a modal ("the church one day may reopen") and between
        // a subject pronoun and its verb ("the hope he one day follows").
        if i > 0 && self.is(i, "one") && self.is(i + 1, "day") {
            // (A word the lexicon knows may still be the verb, "returns",
            // unless it is a time word or a preposition: "one day after".)
            let verb_next = self.tok(i + 2).is_some_and(|t| t.kind == Kind::Word && !t.capitalised)
                && (self.entry(i + 2).is_none() || self.entry(i + 2).is_some_and(|e| e.tense.is_some() && e.unit.is_none()))
                && !["after", "before", "later", "earlier", "ago", "ahead", "of", "in"].iter().any(|w| self.is(i + 2, w));
            let pronoun_before = ["he", "she", "they", "we", "i", "you"].iter().any(|p| self.is(i - 1, p));
            if (self.is_cue(i - 1, Cue::Modal) || pronoun_before) && verb_next || self.is_cue(i + 2, Cue::Modal) {
                return Some((i + 2, Sem::Ref("FUTURE_REF")));
            }
        }
        if self.is_cue(i, Cue::The) || self.is(i, "a") {
            let k = i + 1;
            // "the near future", "the distant past"
            let k = if self.is_cue(k, Cue::Near) || self.is_cue(k, Cue::Recent) { k + 1 } else { k };
            let r = if self.is(k, "future") && !self.punct(k + 1, '-') {
                "FUTURE_REF"
            } else if self.is(k, "past") && !self.is_cue(k + 1, Cue::Of) && self.unit(k + 1).is_none() && self.amount(k + 1).is_none() {
                "PAST_REF"
            } else if self.is(k, "present") && !self.is_cue(k + 1, Cue::Of) && self.tok(k + 1).is_none_or(|t| t.kind != Kind::Word) {
                "PRESENT_REF"
            } else {
                return None;
            };
            if self.is(i, "a") && r != "FUTURE_REF" {
                return None;
            }
            return Some((k + 1, Sem::Ref(r)));
        }
        // "current market conditions", "its current position": TimeML marks
        // the adjective as the present (TimeBank about half its uses);
        // "the then current price" is a past one. "The current year" and
        // "the current quarter" are calendar periods (matched from "the").
        if self.is_cue(i, Cue::Current) {
            let noun_after = self.tok(i + 1).is_some_and(|t| t.kind == Kind::Word) && self.unit(i + 1).is_none() && !self.is_cue(i + 1, Cue::Fiscal);
            if !noun_after {
                return None;
            }
            let then = i > 0 && self.is(i - 1, "then");
            return Some((i + 1, Sem::Ref(if then { "PAST_REF" } else { "PRESENT_REF" })));
        }
        let e = self.entry(i)?;
        if let Some(r) = e.reference {
            if self.is(i, "future") {
                // "future" alone is an adjective far more often than a time.
                return None;
            }
            // "now" as a discourse marker ("Now, …") at the start of a sentence is still PRESENT_REF in TimeML;
            // "the now-defunct agency" is an adjective.
            if self.hyphen(i + 1) {
                return None;
            }
            return Some((i + 1, Sem::Ref(r)));
        }
        None
    }

    /// Number + unit: durations ("three years", "16-hour", "5 1/2 hours"),
    /// "N units ago", "N units later/earlier", "years" alone.
    fn p_amount_unit(&self, i: usize) -> Option<(usize, Sem)> {
        let (amount, mut j, bare) = match self.amount(i) {
            Some((a, j)) => (a, j, false),
            None => {
                // bare plural unit: "for years", "in recent days", "decades-long"
                if self.is_plural_unit(i) && !matches!(self.unit(i), Some(Unit::Quarter) | Some(Unit::Half)) {
                    (None, i, true)
                } else if self.unit(i).is_some_and(|u| matches!(u, Unit::Day | Unit::Week | Unit::Month | Unit::Year | Unit::Hour))
                    && self.hyphen(i + 1)
                    && self.is_cue(i + 2, Cue::Long)
                {
                    // "day-long", "year-long"
                    return Some((i + 3, Sem::Duration { amount: Some(1.0), unit: self.unit(i)? }));
                } else {
                    return None;
                }
            }
        };
        // "another", "more": "two more weeks"
        if !bare && (self.is_cue(j, Cue::More) || self.is(j, "additional") || self.is(j, "full")) && self.unit(j + 1).is_some() {
            j += 1;
        }
        // "eight trading days", "ten business days": days counted on a
        // calendar of their own are still days.
        if !bare && self.counted_days(j) {
            j += 1;
        }
        // "16-hour", "five-year"
        if !bare && self.hyphen(j) && self.unit(j + 1).is_some() {
            j += 1;
        }
        let unit = self.unit(j)?;
        if unit == Unit::Half {
            return None;
        }
        // "a year-earlier loss", "the year-ago results": a comparison, not a length.
        if unit == Unit::Year && self.hyphen(j + 1) && (self.is_cue(j + 2, Cue::Earlier) || self.is_cue(j + 2, Cue::Ago)) {
            return None;
        }
        // "the 1988 quarter", "the 1988 second quarter": a year, not a count.
        if !bare && self.year_number(i).is_some() && (unit == Unit::Quarter || self.unit(j + 1).is_some_and(|u| matches!(u, Unit::Quarter | Unit::Half))) {
            return None;
        }
        let amount_is_article = !bare && (self.is(i, "a") || self.is(i, "an"));
        // "a months-long siege", "a decades-long conflict": many, not one.
        let amount = if amount_is_article && self.is_plural_unit(j) && self.hyphen(j + 1) && self.is_cue(j + 2, Cue::Long) { None } else { amount };
        let vague = amount.is_none();
        if bare {
            // A bare plural unit is only a time in a few frames.
            let before = i.checked_sub(1);
            let framed = before.is_some_and(|b| {
                self.is(b, "for") || self.is_cue(b, Cue::Recent) || self.is(b, "within") || self.is(b, "in")
            }) || (self.hyphen(i + 1) && self.is_cue(i + 2, Cue::Long))
                || self.is_cue(i + 1, Cue::Ago)
                || self.is_cue(i + 1, Cue::Later);
            if !framed {
                return None;
            }
        }
        // "a several-year tenure" is a length; "several year" is not.
        if !bare && vague && !self.is_plural_unit(j) && !(j > 0 && self.hyphen(j - 1)) {
            return None;
        }
        // A count of units read as a quantity of something else ("a day's pay") is still fine.
        let mut end = j + 1;
        // "a minute and a half", "an hour and a half later"
        let mut amount = amount;
        if let Some(n) = amount.filter(|n| n.fract() == 0.0) {
            if !self.is_plural_unit(j) && self.is(end, "and") && (self.is(end + 1, "a") || self.is(end + 1, "an")) && self.is(end + 2, "half") {
                amount = Some(n + 0.5);
                end += 3;
            }
        }
        // "a week or so ago", "a year or so later"
        if self.is(end, "or") && self.is(end + 1, "so") && (self.is_cue(end + 2, Cue::Ago) || self.is_cue(end + 2, Cue::Later) || self.is_cue(end + 2, Cue::Earlier)) {
            end += 2;
        }
        // "ago"
        if self.is_cue(end, Cue::Ago) {
            if vague {
                return Some((end + 1, Sem::Ref("PAST_REF")));
            }
            return Some((end + 1, Sem::Ago { amount, unit, sign: -1 }));
        }
        // "two years from now" / "a year from today"
        if self.is_cue(end, Cue::From) && (self.is(end + 1, "now") || self.is(end + 1, "today")) && !vague {
            return Some((end + 2, Sem::Ago { amount, unit, sign: 1 }));
        }
        // "two days later", "a year earlier"
        if !vague && (self.is_cue(end, Cue::Later) || self.is_cue(end, Cue::Earlier)) {
            let sign = if self.is_cue(end, Cue::Later) { 1.0 } else { -1.0 };
            if unit == Unit::Year && sign < 0.0 && amount == Some(1.0) {
                return Some((end + 1, Sem::AYearEarlier));
            }
            if matches!(unit, Unit::Day | Unit::Week | Unit::Month | Unit::Year) {
                return Some((end + 1, Sem::Anaphor { unit, offset: sign * amount.unwrap_or(1.0) }));
            }
        }
        if amount_is_article {
            // "a year" on its own: a set after a quantity ("$5 a year"), else a duration.
            // "three times a week", "twice a year": how often, a set.
            // "$2 million a year", "700 seats a week": the period of a rate,
            // part of the quantity it divides (TimeBank leaves these out).
            // ("comes a day after the vote" is an interval, "sparks a year
            // or two of unrest" and "plus a year's worth" are lengths: no rate.)
            let no_rate = self.is(end, "after") || self.is(end, "before") || self.is(end, "or") || (self.punct(end, '\'') && self.is(end + 1, "s"));
            if i > 0 && !no_rate && self.after_quantity(i - 1) {
                return self.frequency_word(i - 1).then(|| (end, Sem::Set(crate::resolve::duration_value(Some(1.0), unit))));
            }
            if unit == Unit::Weekend {
                return None;
            }
        }
        if unit == Unit::Weekend {
            return None;
        }
        // Ages ("a 44-year-old protester", "44 years old") describe people, not times.
        if !bare && self.hyphen(end) && self.is_cue(end + 1, Cue::Old) {
            return None;
        }
        if !bare && self.is_cue(end, Cue::Old) {
            return None;
        }
        // "a second betrayal", "a second A380", "a second-term president":
        // the ordinal, not the unit.
        if amount_is_article
            && self.is(j, "second")
            && ((self.tok(end).is_some_and(|t| t.kind != Kind::Punct) && self.cue(end).is_none()) || self.hyphen(end))
        {
            return None;
        }
        // "about three-quarters of its food", "more than a quarter of the
        // market": a fraction ("a quarter of a century", "the two quarters
        // of 1990" stay times).
        if unit == Unit::Quarter && self.is_cue(end, Cue::Of) {
            let after = end + 1;
            let owner = ["its", "their", "his", "her", "our", "all", "those", "these"].iter().any(|w| self.is(after, w));
            let the_thing = self.is_cue(after, Cue::The) && self.unit(after + 1).is_none() && self.year_number(after + 1).is_none() && !self.is(after + 1, "fiscal");
            if owner || the_thing {
                return None;
            }
        }
        // "about a quarter of its dealers": a fraction. "A quarter" is a
        // time only after a preposition that takes one ("in a quarter").
        if amount_is_article && unit == Unit::Quarter {
            let framed = i > 0 && ["in", "for", "within", "over", "than", "per", "each", "every"].iter().any(|w| self.is(i - 1, w));
            if !framed {
                return None;
            }
        }
        Some((end, Sem::Duration { amount, unit }))
    }

    /// "recent days", "recent years": a vague duration.
    fn p_recent(&self, i: usize) -> Option<(usize, Sem)> {
        if !self.is_cue(i, Cue::Recent) || !self.is_plural_unit(i + 1) {
            return None;
        }
        let unit = self.unit(i + 1)?;
        if !matches!(unit, Unit::Day | Unit::Week | Unit::Month | Unit::Year | Unit::Decade) {
            return None;
        }
        Some((i + 2, Sem::Duration { amount: None, unit }))
    }

    /// "by year end", "at year's end", "before year-end": the end of the
    /// year under way, written as that year (TimeML puts no mod on it).
    fn p_year_end(&self, i: usize) -> Option<(usize, Sem)> {
        if !self.is(i, "year") || i == 0 {
            return None;
        }
        let governed = ["by", "at", "before", "until", "till", "through", "toward", "towards", "around"].iter().any(|p| self.is(i - 1, p));
        if !governed {
            return None;
        }
        let k = if (self.punct(i + 1, '\'') || self.punct(i + 1, '’')) && self.is_cue(i + 2, Cue::S) {
            i + 3
        } else if self.hyphen(i + 1) {
            i + 2
        } else {
            i + 1
        };
        if !self.is_cue(k, Cue::End) || self.is_cue(k + 1, Cue::Of) {
            return None;
        }
        Some((k + 1, Sem::Rel { unit: Unit::Year, offset: 0 }))
    }

    /// "orders poured in during the morning", "by mid-afternoon the
    /// operation was over": a part of the day after a preposition, on the
    /// day the text is at (as "that day"). A bare "afternoon" needs "the" or
    /// a hedge ("mid", "early", "late") in front; "in the morning of March
    /// 3" is left to the date after it.
    fn p_part_alone(&self, i: usize) -> Option<(usize, Sem)> {
        let the = self.is_cue(i, Cue::The);
        let k = if the { i + 1 } else { i };
        let part = self.one_part_of_day(k)?;
        if self.is_cue(k + 1, Cue::Of) {
            return None;
        }
        // "the morning after", "the night before": left to the anaphors;
        // "in the morning session": a noun.
        if self.is(k + 1, "after") || self.is(k + 1, "before") || self.entry(k + 1).is_some_and(|e| e.daypart_noun) {
            return None;
        }
        let mut p = i.checked_sub(1)?;
        let mut hedged = false;
        if !the {
            if self.hyphen(p) {
                p = p.checked_sub(1)?;
            }
            if !self.cue(p).is_some_and(|c| matches!(c, Cue::Early | Cue::Late | Cue::Mid)) {
                return None;
            }
            hedged = true;
            p = p.checked_sub(1)?;
        }
        let framed = ["in", "during", "through", "throughout", "by", "until"].iter().any(|w| self.is(p, w));
        if !framed || !(the || hedged) {
            return None;
        }
        Some((k + 1, Sem::PartOfDay { date: Box::new(Sem::Anaphor { unit: Unit::Day, offset: 0.0 }), part }))
    }

    /// "lower earnings for the fiscal year": the fiscal year under way,
    /// written as the anchor's year as TimeBank does ("the fiscal year
    /// ended Sept. 30" is a length, left to the rule for "the year ended";
    /// "throughout the fiscal year" is a length too).
    fn p_fiscal_year(&self, i: usize) -> Option<(usize, Sem)> {
        if !self.is_cue(i, Cue::The) || !self.is_cue(i + 1, Cue::Fiscal) || self.unit(i + 2) != Some(Unit::Year) || self.is_plural_unit(i + 2) {
            return None;
        }
        let framed = i > 0 && ["for", "in", "during"].iter().any(|w| self.is(i - 1, w));
        let across = i > 0 && ["throughout", "over"].iter().any(|w| self.is(i - 1, w));
        let open = ["ended", "ending", "ends", "end", "beginning", "begins", "began", "starting", "starts", "started", "that", "which", "to", "through"].iter().any(|w| self.is(i + 3, w))
            || self.is_cue(i + 3, Cue::Ended)
            || self.is_cue(i + 3, Cue::Of);
        if open {
            return None;
        }
        if across {
            return Some((i + 3, Sem::Duration { amount: Some(1.0), unit: Unit::Year }));
        }
        framed.then_some((i + 3, Sem::Rel { unit: Unit::Year, offset: 0 }))
    }

    /// "in the weeks ahead", "the months ahead": a vague length from now.
    fn p_units_ahead(&self, i: usize) -> Option<(usize, Sem)> {
        // ("in the days ahead of the vote": "ahead of" is a preposition.)
        if !self.is_cue(i, Cue::The) || !self.is_plural_unit(i + 1) || !self.is(i + 2, "ahead") || self.is_cue(i + 3, Cue::Of) {
            return None;
        }
        let unit = self.unit(i + 1)?;
        matches!(unit, Unit::Day | Unit::Week | Unit::Month | Unit::Year).then_some((i + 3, Sem::Duration { amount: None, unit }))
    }

    /// "hard work over the years", "grew over the decades": a vague length
    /// (TimeML leaves the preposition out: "the years"). Only after "over"
    /// ("through the years", "the years that followed" are left alone), and
    /// not before a number or "of" ("over the years 2005 to 2008", "over the
    /// years of war" name their own span).
    fn p_over_the_units(&self, i: usize) -> Option<(usize, Sem)> {
        if i == 0 || !self.is_cue(i - 1, Cue::Over) || !self.is_cue(i, Cue::The) || !self.is_plural_unit(i + 1) {
            return None;
        }
        let unit = self.unit(i + 1)?;
        if !matches!(unit, Unit::Year | Unit::Decade | Unit::Century) {
            return None;
        }
        let then_own_span = self.is_cue(i + 2, Cue::Of) || self.tok(i + 2).is_some_and(|t| t.kind == Kind::Number);
        if then_own_span {
            return None;
        }
        Some((i + 2, Sem::Duration { amount: None, unit }))
    }

    /// "Today is the eighth day of the blockade", "It's the second day of
    /// an offensive": the n-th day of something, told in the present, is
    /// the day the article is written (TimeBank gives both its such uses
    /// the article's date). Told in the past ("it was the third day of
    /// protests") or after a preposition ("on the first day of the trial")
    /// the day is not known, and nothing is matched.
    fn p_nth_day_of(&self, i: usize) -> Option<(usize, Sem)> {
        if i == 0 || !self.is_cue(i, Cue::The) || !self.is(i + 2, "day") || !self.is_cue(i + 3, Cue::Of) {
            return None;
        }
        let ordinal = self.entry(i + 1).and_then(|e| e.ordinal).is_some_and(|n| n >= 1);
        // The subject is the day itself: "today is", "it is", "this is",
        // "it's" ("the deadline is the first day of March" says nothing of
        // today).
        let day_subject = |k: usize| ["today", "it", "this"].iter().any(|w| self.is(k, w));
        let present = (self.is(i - 1, "is") && i >= 2 && day_subject(i - 2))
            || (self.is_cue(i - 1, Cue::S) && i >= 3 && (self.punct(i - 2, '\'') || self.punct(i - 2, '’')) && day_subject(i - 3));
        (ordinal && present).then_some((i + 3, Sem::Deictic(0)))
    }

    /// "Drones struck Kyiv overnight", "overnight losses in New York": the
    /// night before the day the text is at (the article's, unless a day was
    /// named: "London shares fell Friday, depressed by overnight losses in
    /// New York" is Thursday night), written as the earlier day's night.
    /// "an overnight flight", "the overnight rate" are kinds of things.
    fn p_overnight(&self, i: usize) -> Option<(usize, Sem)> {
        if !self.is(i, "overnight") || (i > 0 && (self.is(i - 1, "an") || self.is(i - 1, "a"))) {
            return None;
        }
        if self.entry(i + 1).is_some_and(|e| e.daypart_noun) {
            return None;
        }
        Some((i + 1, Sem::PartOfDay { date: Box::new(Sem::Anaphor { unit: Unit::Day, offset: -1.0 }), part: "NI" }))
    }

    /// "in the near term", "for the long term", "as soon as possible": a
    /// vague future (TimeML FUTURE_REF).
    fn p_term(&self, i: usize) -> Option<(usize, Sem)> {
        if self.is(i, "as") && self.is(i + 1, "soon") && self.is(i + 2, "as") && self.is(i + 3, "possible") {
            return Some((i + 4, Sem::Ref("FUTURE_REF")));
        }
        // "at a later date"
        if self.is(i, "a") && self.is_cue(i + 1, Cue::Later) && self.is(i + 2, "date") && i > 0 && self.is(i - 1, "at") {
            return Some((i + 3, Sem::Ref("FUTURE_REF")));
        }
        if !self.is_cue(i, Cue::The) || !self.is(i + 2, "term") || !["near", "short", "long"].iter().any(|w| self.is(i + 1, w)) {
            return None;
        }
        // "the long term effects", "the short-term": an adjective, no time.
        if self.tok(i + 3).is_some_and(|t| t.kind == Kind::Word) || self.hyphen(i + 2) {
            return None;
        }
        let framed = i > 0 && ["in", "for", "over", "during", "of"].iter().any(|w| self.is(i - 1, w));
        framed.then_some((i + 3, Sem::Ref("FUTURE_REF")))
    }

    /// Token `i` ends a quantity ("$5 million", "3 percent", "twice").
    /// "times", "twice", "once": a count of occurrences, before the period
    /// it recurs in.
    fn frequency_word(&self, i: usize) -> bool {
        ["times", "twice", "once", "thrice"].iter().any(|w| self.is(i, w))
    }

    fn after_quantity(&self, i: usize) -> bool {
        let Some(t) = self.tok(i) else { return false };
        if t.kind == Kind::Number {
            return true;
        }
        let w = &self.text[t.start as usize..t.end as usize];
        // "24 hours a day", "hundreds of interviews a day": a plural count before.
        if t.kind == Kind::Word && w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && self.entry(i).is_none_or(|e| e.unit.is_some() || e.daypart_noun) {
            return true;
        }
        matches!(
            w.to_ascii_lowercase().as_str(),
            "million" | "billion" | "trillion" | "thousand" | "percent" | "times" | "twice" | "once" | "thrice" | "dollars" | "cents" | "euros" | "pounds" | "%"
        )
    }

    /// daily, weekly; every/each day|Monday|morning; per year.
    fn p_set(&self, i: usize) -> Option<(usize, Sem)> {
        let e = self.entry(i)?;
        if let Some(v) = e.set {
            // "quarterly dividend", "quarterly results", "adjusted quarterly":
            // TimeBank marks none of them.
            if self.is(i, "quarterly") {
                return None;
            }
            // "annual profit", "monthly sales": the amount of one period, a duration.
            if self.entry(i + 1).is_some_and(|n| n.measure) && v.starts_with('P') {
                return Some((i + 1, Sem::Period(v)));
            }
            // "annual" only counts as a set before nothing temporal; "annual report" is not a time.
            if self.is(i, "annual") {
                return None;
            }
            // "the daily", "the Communist Party daily Granma": a newspaper.
            let noun_use = i > 0 && self.is_cue(i - 1, Cue::The) && self.tok(i + 1).is_none_or(|t| t.kind != Kind::Word);
            let before_name = self.tok(i + 1).is_some_and(|t| t.kind == Kind::Word && t.capitalised && t.space_before);
            if noun_use || before_name {
                return None;
            }
            return Some((i + 1, Sem::Set(v.to_string())));
        }
        let c = e.cue?;
        if c == Cue::Every {
            let k = i + 1;
            if let Some((amount, u_at)) = self.amount(k) {
                if let (Some(unit), false) = (self.unit(u_at), self.is(k, "a")) {
                    return Some((u_at + 1, Sem::Set(crate::resolve::duration_value(amount, unit))));
                }
            }
            if let Some(unit) = self.unit(k) {
                if unit == Unit::Weekend {
                    return Some((k + 1, Sem::Set("XXXX-WXX-WE".into())));
                }
                return Some((k + 1, Sem::Set(crate::resolve::duration_value(Some(1.0), unit))));
            }
            if let Some((d, after)) = self.weekday(k) {
                let mut v = format!("XXXX-WXX-{d}");
                let mut end = after;
                if let Some(part) = self.part_of_day(after) {
                    v.push('T');
                    v.push_str(part);
                    end += 1;
                }
                return Some((end, Sem::Set(v)));
            }
            if let Some(part) = self.part_of_day(k) {
                return Some((k + 1, Sem::Set(format!("XXXX-XX-XXT{part}"))));
            }
            if let Some(m) = self.month(k) {
                return Some((k + 1, Sem::Set(format!("XXXX-{m:02}"))));
            }
            if let Some(season) = self.entry(k).and_then(|e| e.season) {
                return Some((k + 1, Sem::Set(format!("XXXX-{season}"))));
            }
            return None;
        }
        // "three times per week" is how often; "15 million instructions
        // per second", "$20 per hour" are rates (see `p_amount_unit`).
        if c == Cue::Per {
            let unit = self.unit(i + 1)?;
            if i > 0 && self.after_quantity(i - 1) && self.frequency_word(i - 1) {
                return Some((i + 2, Sem::Set(crate::resolve::duration_value(Some(1.0), unit))));
            }
        }
        None
    }

    /// 10:35 a.m. [EDT] [Friday]; 7 AM; noon; midnight; 4 in the morning.
    fn p_clock(&self, i: usize) -> Option<(usize, Sem)> {
        let (hour, minute, mut j) = if let Some((h, hd)) = self.digits(i) {
            if hd > 2 || h > 24 {
                return None;
            }
            let mut j = i + 1;
            let mut minute = 0u32;
            let mut has_minutes = false;
            if (self.punct(j, ':') || self.punct(j, '.')) && self.glued(j) && self.glued(j + 1) {
                if let Some((m, 2)) = self.digits(j + 1) {
                    if m < 60 {
                        minute = m;
                        has_minutes = true;
                        j += 2;
                    }
                }
            }
            let mut hour = h;
            match self.ampm(j) {
                Some((pm, after)) => {
                    if hour == 0 || hour > 12 {
                        return None;
                    }
                    if pm && hour < 12 {
                        hour += 12;
                    }
                    if !pm && hour == 12 {
                        hour = 0;
                    }
                    j = after;
                }
                None => {
                    if self.is(j, "o") && self.punct(j + 1, '\'') && self.is(j + 2, "clock") {
                        j += 3;
                    } else if self.is_cue(j, Cue::In) && self.is_cue(j + 1, Cue::The) && self.part_of_day(j + 2).is_some() {
                        let part = self.part_of_day(j + 2)?;
                        if matches!(part, "AF" | "EV" | "NI") && hour < 12 {
                            hour += 12;
                        }
                        j += 3;
                    } else if has_minutes && self.punct(j, '.') && self.glued(j) && self.glued(j + 1) && self.digits(j + 1).is_some() {
                        // "touched the pad first in 15:00.27": a race time, not a clock.
                        return None;
                    } else if !(has_minutes && self.tok(i).is_some_and(|t| t.digits == 2) && self.punct(i + 1, ':')) {
                        // "18:30" needs the colon and two-digit hour; plain numbers are not times.
                        return None;
                    }
                }
            }
            if hour > 23 {
                return None;
            }
            (hour as u8, minute as u8, j)
        } else if self.is(i, "noon") || self.is(i, "midday") {
            (12, 0, i + 1)
        } else if self.is(i, "midnight") && !self.is(i + 1, "sun") {
            // ("to see the midnight sun": the sun of a summer night, no time.)
            // TimeML's midnight ends the day it names: "the offer expires at
            // midnight Friday" is Friday T24:00. "Just after midnight" is
            // already the next day's first hour.
            let after = (i.saturating_sub(2)..i).any(|k| self.is(k, "after") || self.is(k, "past"));
            (if after { 0 } else { 24 }, 0, i + 1)
        } else {
            return None;
        };
        // time zone; UTC (and GMT, the same clock) is written "Z" in ISO 8601.
        let mut utc = false;
        if let Some(zone) = self.entry(j).and_then(|e| e.zone) {
            utc = matches!(zone, "UTC" | "GMT" | "Z");
            j += 1;
        } else if self.is(j, "local") && self.is(j + 1, "time") && self.clock_date_at(j + 2) {
            // "6 p.m. local time on Tuesday": the zone of the place, no offset
            // to write; the day still dates the time.
            j += 2;
        }
        // attached date: "10 p.m. Friday", "9 a.m. on Tuesday", "noon today"
        let mut date = None;
        let d_at = if self.is_cue(j, Cue::On) { j + 1 } else { j };
        if let Some((end, sem)) = self.p_month_first(d_at).or_else(|| self.p_weekday(d_at)).or_else(|| self.p_deictic(d_at)) {
            if matches!(sem, Sem::Cal { day: Some(_), .. } | Sem::Cal { weekday: Some(_), .. } | Sem::Deictic(_)) {
                date = Some(Box::new(sem));
                j = end;
            }
        }
        // "at 16:15 UTC, June 1": a day after a comma dates the time, outside the extent.
        if date.is_none() && self.punct(j, ',') {
            if let Some((_, sem)) = self.p_month_first(j + 1).or_else(|| self.p_day_first(j + 1)) {
                if matches!(sem, Sem::Cal { day: Some(_), .. }) {
                    date = Some(Box::new(sem));
                }
            }
        }
        // "10:35 a.m. (0735 GMT) Friday": the day after a short aside dates
        // the time, though it stays outside the extent.
        if date.is_none() && self.punct(j, '(') {
            let close = (j + 1..(j + 8).min(self.toks.len())).find(|&k| self.punct(k, ')'));
            if let Some(c) = close {
                if let Some((_, sem)) = self.p_weekday(c + 1).or_else(|| self.p_deictic(c + 1)) {
                    if matches!(sem, Sem::Cal { weekday: Some(_), .. } | Sem::Deictic(_)) {
                        date = Some(Box::new(sem));
                    }
                }
            }
        }
        Some((j, Sem::Clock { hour, minute, date, utc }))
    }

    /// a.m. / p.m. / AM / pm: returns (is_pm, next index).
    /// A day that can date a clock time starts at `i` ("Tuesday", "on
    /// June 1", "today").
    fn clock_date_at(&self, i: usize) -> bool {
        let d_at = if self.is_cue(i, Cue::On) { i + 1 } else { i };
        self.p_month_first(d_at).or_else(|| self.p_weekday(d_at)).or_else(|| self.p_deictic(d_at)).is_some()
    }

    fn ampm(&self, i: usize) -> Option<(bool, usize)> {
        if let Some(pm) = self.entry(i).and_then(|e| e.ampm) {
            let j = if self.punct(i + 1, '.') && self.glued(i + 1) && self.abbrev_period_ok(i + 1) { i + 2 } else { i + 1 };
            return Some((pm, j));
        }
        let pm = if self.is(i, "a") {
            false
        } else if self.is(i, "p") {
            true
        } else {
            return None;
        };
        if self.punct(i + 1, '.') && self.glued(i + 1) && self.is(i + 2, "m") && self.glued(i + 2) {
            let j = if self.punct(i + 3, '.') && self.glued(i + 3) && self.abbrev_period_ok(i + 3) { i + 4 } else { i + 3 };
            return Some((pm, j));
        }
        None
    }

    /// A period after an abbreviation at the end of a sentence also ends the
    /// sentence; keep it inside the expression only when the text goes on in
    /// the same sentence (TimeML extents leave the full stop out).
    fn abbrev_period_ok(&self, i: usize) -> bool {
        match self.tok(i + 1) {
            None => false,
            Some(t) => {
                let sentence_starts = t.kind == Kind::Word
                    && t.capitalised
                    && t.space_before
                    && self.entry(i + 1).and_then(|e| e.zone).is_none()
                    && self.weekday(i + 1).is_none();
                !(t.newline_before || sentence_starts)
            }
        }
    }

    /// [the] first quarter [of 1998]; third-quarter; the first half; fiscal 1998 first quarter.
    fn p_quarter(&self, i: usize) -> Option<(usize, Sem)> {
        if let Some(r) = self.possessive_year_part(i) {
            return Some(r);
        }
        let mut j = i;
        if self.is_cue(j, Cue::The) {
            j += 1;
        }
        // "the fiscal first quarter"
        if self.is_cue(i, Cue::The) && self.is_cue(j, Cue::Fiscal) && self.entry(j + 1).is_some_and(|e| e.ordinal.is_some()) {
            j += 1;
        }
        // "the 1988 second quarter", "the fiscal 1990 first quarter", "the 1988 quarter"
        let y_at = if self.is_cue(j, Cue::Fiscal) { j + 1 } else { j };
        if let Some(y) = self.year_number(y_at).filter(|_| self.is_cue(i, Cue::The) || y_at > j) {
            if self.is(y_at + 1, "quarter") {
                return Some((y_at + 2, Sem::Part { code: PartCode::AnyQuarter, year: Some(y), rel: None }));
            }
            let (found_end, sem) = self.p_quarter(y_at + 1)?;
            return match sem {
                Sem::Part { code, year: None, rel: None } if code != PartCode::AnyQuarter => Some((found_end, Sem::Part { code, year: Some(y), rel: None })),
                _ => None,
            };
        }
        let (ord, mut k) = match self.digits(j) {
            Some((n, 1)) if self.is_cue(j + 1, Cue::OrdSuffix) && self.glued(j + 1) => (n as i8, j + 2),
            Some(_) => return None,
            None => (self.entry(j).and_then(|e| e.ordinal)?, j + 1),
        };
        if self.hyphen(k) {
            k += 1;
        }
        let unit = self.unit(k)?;
        let code = match (unit, ord) {
            (Unit::Quarter, 1..=4) => PartCode::Quarter(ord as u8),
            (Unit::Quarter, -1) => PartCode::Quarter(4),
            (Unit::Half, 1..=2) => PartCode::Half(ord as u8),
            (Unit::Half, -1) => PartCode::Half(2),
            _ => return None,
        };
        if self.is_plural_unit(k) {
            return None;
        }
        let mut end = k + 1;
        let mut year = None;
        // "of 1998", "of fiscal 1998", "1998"
        let mut y_at = end;
        if self.is_cue(y_at, Cue::Of) || self.is_cue(y_at, Cue::In) {
            y_at += 1;
        }
        if self.is_cue(y_at, Cue::Fiscal) {
            y_at += 1;
        }
        // "the last half of the '80s": TimeML has no half of a decade; the
        // decade stands for it.
        if self.is_cue(end, Cue::Of) && matches!(code, PartCode::Half(_)) {
            let d_at = if self.is_cue(end + 1, Cue::The) { end + 2 } else { end + 1 };
            for at in [end + 1, d_at] {
                if let Some((d_end, decade @ Sem::Decade { .. })) = self.p_year(at) {
                    return Some((d_end, decade));
                }
            }
        }
        if let Some(y) = self.year_number(y_at) {
            year = Some(y);
            end = y_at + 1;
        } else if self.is_cue(y_at, Cue::Of) || self.is_cue(end, Cue::Of) {
            // "of this year", "of last year", "of next year", "of the next year"
            let mut r_at = if self.is_cue(end, Cue::Of) { end + 1 } else { y_at };
            if self.is_cue(r_at, Cue::The) && matches!(self.cue(r_at + 1), Some(Cue::Next | Cue::Last)) {
                r_at += 1;
            }
            let rel = match self.cue(r_at) {
                Some(Cue::This) => Some(0),
                Some(Cue::Last) => Some(-1),
                Some(Cue::Next) => Some(1),
                _ => None,
            };
            if let Some(rel) = rel {
                if self.unit(r_at + 1) == Some(Unit::Year) && !self.is_plural_unit(r_at + 1) {
                    return Some((r_at + 2, Sem::PartRelYear { code, year_offset: rel }));
                }
            }
        }
        if year.is_none() {
            // "the second half of its convention", "the first half of the
            // match": a half of something that is not a period.
            if self.is_cue(end, Cue::Of) {
                let mut at = end + 1;
                while self.is_cue(at, Cue::The) || self.word(at).is_some_and(|w| ["its", "their", "his", "her", "this", "that", "a", "an"].iter().any(|d| w.eq_ignore_ascii_case(d))) {
                    at += 1;
                }
                // ("a loss for the third quarter of $226 million": an amount;
                // "the first half of the new year": a period after a word or two.)
                let timely = |k: usize| {
                    self.year_number(k).is_some()
                        || self.is_cue(k, Cue::Fiscal)
                        || self.entry(k).is_some_and(|e| e.unit.is_some() || e.month.is_some() || e.season.is_some() || e.decade.is_some() || e.holiday.is_some())
                };
                if self.tok(at).is_some_and(|t| t.kind == Kind::Word) && !(at..at + 3).any(timely) {
                    return None;
                }
            } else if self.in_match_sentence(i) {
                // "pulled away in the second half despite an off day in
                // front of goal": the match's half.
                return None;
            }
        }
        Some((end, Sem::Part { code, year, rel: None }))
    }

    /// The sentence around token `i` speaks of a sports match
    /// (`match_words.txt`). Looked at only for a bare "the first half" /
    /// "the fourth quarter", which are rare.
    fn in_match_sentence(&self, i: usize) -> bool {
        let ends_sentence = |k: usize| self.punct(k, '.') || self.punct(k, '!') || self.punct(k, '?');
        let mut a = i;
        while a > 0 && !ends_sentence(a - 1) && !self.toks[a].paragraph_before && i - a < 40 {
            a -= 1;
        }
        let mut b = i;
        while b < self.toks.len() && !ends_sentence(b) && (b == i || !self.toks[b].paragraph_before) && b - i < 40 {
            b += 1;
        }
        (a..b).any(|k| self.toks[k].kind == Kind::Word && self.word(k).is_some_and(lexicon::match_word))
    }

    /// "this year's third quarter", "next year's first half", "1990's
    /// second quarter": one expression, the quarter of that year (TimeML
    /// marks the whole phrase; read apart, "this year" would be a second,
    /// spurious expression). "last year's quarter" / "last year's period"
    /// is the reported period a year back, like "the year-ago quarter".
    fn possessive_year_part(&self, i: usize) -> Option<(usize, Sem)> {
        enum YearIs {
            Relative(i32),
            Absolute(i32),
        }
        // Cheap test first: an apostrophe one or two tokens on.
        let apostrophe = |k: usize| self.punct(k, '\'') || self.punct(k, '’');
        if !apostrophe(i + 1) && !apostrophe(i + 2) {
            return None;
        }
        let (year, k) = match self.relative_year(i) {
            Some(off) => (YearIs::Relative(off), i + 2),
            None => (YearIs::Absolute(self.year_number(i)?), i + 1),
        };
        if !apostrophe(k) || !self.is_cue(k + 1, Cue::S) {
            return None;
        }
        let q_at = k + 2;
        if matches!(year, YearIs::Relative(-1)) && !self.is_plural_unit(q_at) {
            if self.is(q_at, "quarter") {
                return Some((q_at + 1, Sem::SameLastYear { unit: Some(Unit::Quarter) }));
            }
            if self.is(q_at, "period") {
                return Some((q_at + 1, Sem::SameLastYear { unit: None }));
            }
        }
        let (end, sem) = self.p_quarter(q_at)?;
        let Sem::Part { code, year: None, rel: None } = sem else { return None };
        if code == PartCode::AnyQuarter || matches!(code, PartCode::Season(_)) {
            return None;
        }
        let sem = match year {
            YearIs::Relative(year_offset) => Sem::PartRelYear { code, year_offset },
            YearIs::Absolute(y) => Sem::Part { code, year: Some(y), rel: None },
        };
        Some((end, sem))
    }

    /// the 20th century, the twentieth century.
    fn p_century(&self, i: usize) -> Option<(usize, Sem)> {
        let j = if self.is_cue(i, Cue::The) { i + 1 } else { i };
        let (n, k) = if let Some((n, d)) = self.digits(j) {
            if d > 2 || !(self.is_cue(j + 1, Cue::OrdSuffix) && self.glued(j + 1)) {
                return None;
            }
            (n as i32, j + 2)
        } else {
            let o = self.entry(j).and_then(|e| e.ordinal)?;
            if o < 1 {
                return None;
            }
            (o as i32, j + 1)
        };
        if !(1..=30).contains(&n) || self.unit(k) != Some(Unit::Century) || self.is_plural_unit(k) {
            return None;
        }
        Some((k + 1, Sem::Century(n - 1)))
    }

    /// [the] summer [of 1998]; spring 1999.
    fn p_season(&self, i: usize) -> Option<(usize, Sem)> {
        let mut j = i;
        let the = self.is_cue(j, Cue::The);
        if the {
            j += 1;
        }
        let season = self.entry(j).and_then(|e| e.season)?;
        let mut end = j + 1;
        let y_at = if self.is_cue(end, Cue::Of) { end + 1 } else { end };
        if let Some(y) = self.year_number(y_at) {
            end = y_at + 1;
            return Some((end, Sem::Part { code: PartCode::Season(season), year: Some(y), rel: None }));
        }
        // "the winter of nineteen ninety-four", as transcripts write it
        if y_at > end {
            if let Some((y, next)) = self.spoken_year(y_at) {
                return Some((next, Sem::Part { code: PartCode::Season(season), year: Some(y), rel: None }));
            }
        }
        // "the summer of last year", "spring next year"
        let r_at = if self.is_cue(end, Cue::Of) { end + 1 } else { end };
        if let Some(off) = self.relative_year(r_at) {
            if the || r_at == end {
                return Some((r_at + 2, Sem::PartRelYear { code: PartCode::Season(season), year_offset: off }));
            }
        }
        // A bare season word is often a verb or noun ("fall", "spring"); need a frame.
        // "in early summer", "the late-spring frost": a hedge in front
        // makes it a noun when a preposition or an article frames the
        // hedge; "an early fall in prices" is a drop.
        let hedge_at = if i > 1 && self.hyphen(i - 1) { i - 2 } else { i.saturating_sub(1) };
        let hedged = i > 0
            && self.cue(hedge_at).is_some_and(|c| matches!(c, Cue::Early | Cue::Late | Cue::Mid))
            && hedge_at > 0
            && (self.is_cue(hedge_at - 1, Cue::The) || self.is_cue(hedge_at - 1, Cue::In) || self.is_cue(hedge_at - 1, Cue::Since) || self.is_cue(hedge_at - 1, Cue::Until) || self.is_cue(hedge_at - 1, Cue::Of) || self.is(hedge_at - 1, "by") || self.is(hedge_at - 1, "during") || self.is(hedge_at - 1, "from") || self.is(hedge_at - 1, "through"))
            && !self.is_cue(end, Cue::In);
        let framed = the || hedged || (i > 0 && (self.is_cue(i - 1, Cue::In) || self.is_cue(i - 1, Cue::Since) || self.is_cue(i - 1, Cue::Until) || self.is(i - 1, "by") || self.is(i - 1, "during") || self.is(i - 1, "this")));
        if !framed || self.is_cue(end, Cue::Of) {
            return None;
        }
        Some((end, Sem::Part { code: PartCode::Season(season), year: None, rel: Some(0) }))
    }

    /// Christmas, Thanksgiving [Day], New Year's Day, Election Day [1998],
    /// Black Friday.
    fn p_holiday(&self, i: usize) -> Option<(usize, Sem)> {
        let t = self.tok(i)?;
        if !t.capitalised {
            return None;
        }
        let (holiday, end) = if self.is_cue(i, Cue::New) && self.is(i + 1, "year") {
            // New Year's Day / New Year's Eve
            let mut k = i + 2;
            if (self.punct(k, '\'') || self.punct(k, '’')) && self.is(k + 1, "s") {
                k += 2;
            }
            if self.is(k, "day") {
                (crate::lexicon::Holiday::Fixed(1, 1), k + 1)
            } else if self.is(k, "eve") {
                (crate::lexicon::Holiday::Fixed(12, 31), k + 1)
            } else {
                return None;
            }
        } else {
            let h = self.entry(i)?.holiday?;
            // Named days of the US shopping season: a date, not "the nearest
            // Friday"; "Black" and "Cyber" alone are nothing.
            let weekday = match h {
                crate::lexicon::Holiday::BlackFriday => Some("friday"),
                crate::lexicon::Holiday::CyberMonday => Some("monday"),
                _ => None,
            };
            if let Some(day) = weekday {
                if !self.is(i + 1, day) || !self.tok(i + 1)?.capitalised {
                    return None;
                }
                return self.holiday_with_year(h, i + 2);
            }
            let needs_day = self.is(i, "independence") || self.is(i, "election") || self.is(i, "memorial") || self.is(i, "labor") || self.is(i, "valentine");
            let mut k = i + 1;
            if self.is(i, "valentine") && (self.punct(k, '\'') || self.punct(k, '’')) && self.is(k + 1, "s") {
                k += 2;
            }
            if self.is(k, "day") || (self.is(i, "easter") && self.is(k, "sunday")) {
                (h, k + 1)
            } else if needs_day {
                return None;
            } else if self.is(k, "eve") && matches!(h, crate::lexicon::Holiday::Fixed(12, 25)) {
                (crate::lexicon::Holiday::Fixed(12, 24), k + 1)
            } else {
                (h, k)
            }
        };
        // "Christmas trees", "Easter eggs": a kind of thing, no date.
        if self.tok(end).is_some_and(|t| t.kind == Kind::Word && !t.capitalised) && self.word(end).is_some_and(lexicon::holiday_object_noun) {
            return None;
        }
        self.holiday_with_year(holiday, end)
    }

    /// A holiday ending before token `end`, with the year that may follow
    /// ("Christmas 1998", "Thanksgiving Day last year").
    fn holiday_with_year(&self, holiday: crate::lexicon::Holiday, mut end: usize) -> Option<(usize, Sem)> {
        let mut year = None;
        let y_at = if self.punct(end, ',') { end + 1 } else { end };
        if let Some(y) = self.year_number(y_at) {
            year = Some(y);
            end = y_at + 1;
        } else if let Some(off) = self.relative_year(end) {
            // "Thanksgiving Day last year": the holiday of that year.
            return Some((end + 2, Sem::Holiday { holiday, year: None, rel: None, year_offset: Some(off) }));
        }
        Some((end, Sem::Holiday { holiday, year, rel: None, year_offset: None }))
    }

    /// After "the": "same month a year ago", "same period last year",
    /// "year-earlier quarter", "prior-year period".
    fn p_same_last_year(&self, k: usize) -> Option<(usize, Sem)> {
        // The period: a unit or "period"/"time"; `None` is the reference's own.
        let period = |i: usize| -> Option<Option<Unit>> {
            if self.is(i, "period") || self.is(i, "time") {
                return Some(None);
            }
            let u = self.unit(i)?;
            (matches!(u, Unit::Day | Unit::Week | Unit::Month | Unit::Quarter | Unit::Half) && !self.is_plural_unit(i)).then_some(Some(u))
        };
        let year_word = |i: usize| self.unit(i) == Some(Unit::Year) && !self.is_plural_unit(i);
        // "the comparable year-ago quarter", "the same year-earlier period"
        if self.is_cue(k, Cue::Same) && self.hyphen(k + 2) {
            if let Some(r) = self.p_same_last_year(k + 1) {
                return Some(r);
            }
        }
        // "year-earlier quarter", "year-ago period", "prior-year quarter"
        if self.hyphen(k + 1) {
            let compound = (year_word(k) && (self.is(k + 2, "earlier") || self.is(k + 2, "ago") || self.is(k + 2, "before")))
                || ((self.is(k, "prior") || self.is(k, "previous")) && year_word(k + 2));
            if compound {
                // "the year-ago third quarter"
                if let Some((end, Sem::Part { code: PartCode::Quarter(_) | PartCode::Half(_), year: None, rel: None })) = self.p_quarter(k + 3) {
                    return Some((end, Sem::SameLastYear { unit: None }));
                }
                let unit = period(k + 3)?;
                return Some((k + 4, Sem::SameLastYear { unit }));
            }
            return None;
        }
        // "the quarter a year ago", "the period a year earlier"
        if let Some(unit) = period(k) {
            let b = k + 1;
            if (self.is(b, "a") || self.is(b, "one")) && year_word(b + 1) && (self.is_cue(b + 2, Cue::Ago) || self.is(b + 2, "earlier")) {
                return Some((b + 3, Sem::SameLastYear { unit }));
            }
        }
        if !self.is_cue(k, Cue::Same) {
            return None;
        }
        let unit = period(k + 1)?;
        let b = k + 2;
        // "a year ago", "a year earlier", "one year before"
        if (self.is(b, "a") || self.is(b, "one")) && year_word(b + 1) && (self.is_cue(b + 2, Cue::Ago) || self.is(b + 2, "earlier") || self.is(b + 2, "before")) {
            return Some((b + 3, Sem::SameLastYear { unit }));
        }
        // "last year", "of last year", "in the previous year", "the year before"
        let c = if self.is_cue(b, Cue::Of) || self.is_cue(b, Cue::In) { b + 1 } else { b };
        if (self.is(c, "last") || self.is(c, "previous") || self.is(c, "prior")) && year_word(c + 1) {
            return Some((c + 2, Sem::SameLastYear { unit }));
        }
        if self.is_cue(c, Cue::The) {
            if (self.is(c + 1, "previous") || self.is(c + 1, "prior") || self.is(c + 1, "preceding")) && year_word(c + 2) {
                return Some((c + 3, Sem::SameLastYear { unit }));
            }
            if year_word(c + 1) && (self.is(c + 2, "before") || self.is(c + 2, "earlier")) {
                return Some((c + 3, Sem::SameLastYear { unit }));
            }
        }
        None
    }

    /// that day, that same day, the same day, that year, later that year, the day before.
    fn p_anaphor(&self, i: usize) -> Option<(usize, Sem)> {
        let j = i;
        if self.is_cue(j, Cue::The) {
            if let Some(r) = self.p_same_last_year(j + 1) {
                return Some(r);
            }
        }
        // "year-earlier net income", "the year-ago results": the compound
        // alone (TimeBank leaves "the" and the noun out when the noun is no period).
        if self.unit(j) == Some(Unit::Year) && !self.is_plural_unit(j) && self.hyphen(j + 1) && (self.is_cue(j + 2, Cue::Earlier) || self.is_cue(j + 2, Cue::Ago)) {
            return Some((j + 3, Sem::SameLastYear { unit: None }));
        }
        // "until then", "by that time": a deadline preposition points back
        // to the date just mentioned (the preposition stays out of the
        // extent); "since then" and a bare "then" are left alone.
        // (The cheap cue tests first: this runs at every candidate token.)
        if (self.is_cue(j, Cue::Then) || self.is_cue(j, Cue::That)) && j > 0 && (self.is_cue(j - 1, Cue::Until) || self.is(j - 1, "by")) {
            if self.is_cue(j, Cue::Then) {
                return Some((j + 1, Sem::Then));
            }
            if self.is_cue(j, Cue::That) && self.is_cue(j + 1, Cue::Moment) {
                return Some((j + 2, Sem::Then));
            }
        }
        if self.is_cue(j, Cue::That) || (self.is_cue(j, Cue::The) && self.is_cue(j + 1, Cue::Same)) {
            let mut k = j + 1;
            if self.is_cue(k, Cue::Same) {
                k += 1;
            }
            // "that night", "later that evening", "the same morning": a part
            // of the day the text is at, as "that day" is the day (TimeML
            // marks it as that day's part). "that morning session" is a
            // noun, and "that" there most often a conjunction ("warned that
            // night shifts would end"); "that night of terror" is left too.
            if let Some(part) = self.one_part_of_day(k) {
                let noun_follows = self.entry(k + 1).is_some_and(|e| e.daypart_noun) || self.hyphen(k + 1) || self.is_cue(k + 1, Cue::Of);
                if noun_follows {
                    return None;
                }
                return Some((k + 1, Sem::PartOfDay { date: Box::new(Sem::Anaphor { unit: Unit::Day, offset: 0.0 }), part }));
            }
            let unit = self.unit(k)?;
            if !matches!(unit, Unit::Day | Unit::Week | Unit::Month | Unit::Year) || self.is_plural_unit(k) {
                return None;
            }
            return Some((k + 1, Sem::Anaphor { unit, offset: 0.0 }));
        }
        // "the day before", "the year previous", "the week after"
        let around = |k: usize| {
            if self.is(k, "before") || self.is(k, "previous") || self.is(k, "earlier") {
                Some(-1.0)
            } else if self.is(k, "after") || self.is(k, "later") {
                Some(1.0)
            } else {
                None
            }
        };
        let unit_at = || self.unit(j + 1).filter(|u| matches!(u, Unit::Day | Unit::Week | Unit::Month | Unit::Year) && !self.is_plural_unit(j + 1));
        if let Some((unit, off)) = self.is_cue(j, Cue::The).then(unit_at).flatten().and_then(|u| Some((u, around(j + 2)?))) {
            if self.entry(j + 3).and_then(|e| e.deictic).is_some() {
                return None; // "the day before yesterday": deictic
            }
            if self.weekday(j + 3).is_some() || self.cue(j + 3) == Some(Cue::Last) {
                return None;
            }
            // "the day before authorities issued…": "before" opens a clause, not an expression.
            if self.tok(j + 3).is_some_and(|t| t.kind != Kind::Punct) {
                return None;
            }
            return Some((j + 3, Sem::Anaphor { unit, offset: off }));
        }
        // "the end of the month", "the beginning of the week": the period
        // the text is in (as "that month"); "the end of the day" is an idiom.
        if self.is_cue(j, Cue::The)
            && j >= 2
            && self.is_cue(j - 1, Cue::Of)
            && self.cue(j - 2).is_some_and(|c| matches!(c, Cue::End | Cue::Beginning | Cue::Middle))
            && self.unit(j + 1).is_some_and(|u| matches!(u, Unit::Week | Unit::Month))
            && !self.is_plural_unit(j + 1)
            && !self.is_cue(j + 2, Cue::Of)
        {
            return Some((j + 2, Sem::CurrentPeriod { unit: self.unit(j + 1)? }));
        }
        if self.is_cue(j, Cue::The) && self.is(j + 1, "weekend") {
            return Some((j + 2, Sem::Rel { unit: Unit::Weekend, offset: 0 }));
        }
        // "the last week of March", "the first week of May 2009": the full week at that end of the month.
        if self.is_cue(j, Cue::The) && self.is(j + 2, "week") && self.is_cue(j + 3, Cue::Of) {
            let ord = self.entry(j + 1).and_then(|e| e.ordinal)?;
            let (month, mut end, _) = self.month_name(j + 4)?;
            let day = match ord {
                1..=4 => ord as u8 * 7,
                -1 if month == 2 => 25,
                -1 => 28,
                _ => return None,
            };
            let y_at = if self.punct(end, ',') { end + 1 } else { end };
            let year = self.year_number(y_at);
            if year.is_some() {
                end = y_at + 1;
            }
            return Some((end, Sem::WeekOf(Box::new(Sem::Cal { year, month: Some(month), day: Some(day), weekday: None }))));
        }
        if self.is_cue(j, Cue::The) && self.is(j + 1, "week") && self.is_cue(j + 2, Cue::Of) {
            let (end, sem) = self.p_month_first(j + 3).or_else(|| self.p_day_first(j + 3))?;
            if matches!(sem, Sem::Cal { day: Some(_), .. }) {
                return Some((end, Sem::WeekOf(Box::new(sem))));
            }
        }
        None
    }
}
