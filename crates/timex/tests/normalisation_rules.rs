//! One test per normalisation rule added in the second round (tense cues,
//! relative years, "the same period last year", decades, zones…), on
//! sentences written for these tests. Each asserts a normalised value.

use newsledger_timex::{find_times, Anchor, TimeType, Timex};

fn at(date: &str) -> Option<Anchor> {
    Some(date.parse().unwrap())
}

fn all(text: &str, anchor: Option<Anchor>) -> Vec<(String, String)> {
    find_times(text, anchor).iter().map(|t| (t.text(text).to_string(), t.value.clone().unwrap_or_default())).collect()
}

/// The single expression with this text.
fn one(text: &str, expr: &str, anchor: Option<Anchor>) -> Timex {
    let found: Vec<Timex> = find_times(text, anchor).into_iter().filter(|t| t.text(text) == expr).collect();
    assert_eq!(found.len(), 1, "{expr:?} in {text:?}: found {:?}", all(text, anchor));
    found[0].clone()
}

fn value(text: &str, expr: &str, anchor: &str) -> String {
    one(text, expr, at(anchor)).value.unwrap_or_default()
}

// ---- tense -------------------------------------------------------------

#[test]
fn a_verb_outweighs_until_at_the_start_of_a_sentence() {
    // Friday 7 May 2027: "until" alone would point ahead, the past perfect back.
    assert_eq!(value("Until Thursday, the police had not named a suspect.", "Thursday", "2027-05-07"), "2027-05-06");
}

#[test]
fn until_inside_a_sentence_points_ahead() {
    // Thursday 30 March 2028.
    assert_eq!(value("The agency postponed until Tuesday morning any decision on the permits.", "Tuesday morning", "2028-03-30"), "2028-04-04TMO");
    assert_eq!(value("Mediators gave the two sides until 9 a.m. Tuesday to sign.", "9 a.m. Tuesday", "2028-03-30"), "2028-04-04T09:00");
}

#[test]
fn could_be_does_not_make_the_future() {
    // Thursday 6 January 2028.
    assert_eq!(value("The missing fishermen could not be located Wednesday near the port.", "Wednesday", "2028-01-06"), "2028-01-05");
}

#[test]
fn plans_as_a_noun_is_no_tense_cue() {
    // Monday 14 August 2028: "vacation plans" must not pull Friday forward.
    assert_eq!(value("On Friday, when the minister cancelled her vacation plans, rescuers were still digging.", "Friday", "2028-08-14"), "2028-08-11");
}

#[test]
fn planned_to_points_ahead() {
    // Wednesday 27 September 2028.
    assert_eq!(value("The inspectors planned to leave the capital on Thursday for the border.", "Thursday", "2028-09-27"), "2028-09-28");
}

#[test]
fn planned_as_a_verb_points_ahead_as_an_adjective_not() {
    // Friday 7 January 2028.
    let text = "Exiles planned a large march downtown on Saturday and were planning to block the airport on Monday.";
    assert_eq!(value(text, "Saturday", "2028-01-07"), "2028-01-08");
    assert_eq!(value(text, "Monday", "2028-01-07"), "2028-01-10");
    assert_eq!(value("A planned strike was called off on Monday.", "Monday", "2028-01-07"), "2028-01-03");
    assert_eq!(value("The minister's visit is slated for September.", "September", "2028-08-26"), "2028-09");
}

#[test]
fn has_been_scheduled_points_ahead() {
    assert_eq!(value("A June 3 hearing has been scheduled in the district court.", "June 3", "2027-05-20"), "2027-06-03");
}

#[test]
fn can_is_present_and_points_ahead() {
    // December: the April summit is next year's.
    assert_eq!(value("The three states can join the summit in April.", "April", "2026-12-05"), "2027-04");
}

#[test]
fn a_past_verb_next_to_a_date_two_weeks_ahead() {
    // A writer would give the year of a date eleven months back.
    assert_eq!(value("By setting a Jan. 14 return date, the court allowed more appeals.", "Jan. 14", "2029-01-06"), "2029-01-14");
}

// ---- adverbs and non-times ---------------------------------------------

#[test]
fn vague_adverbs_are_not_times() {
    for text in [
        "The ministry previously denied the report.",
        "The ministry will soon publish the report.",
        "The formerly state-owned airline was sold.",
    ] {
        assert!(find_times(text, at("2027-03-01")).is_empty(), "{text}: {:?}", all(text, at("2027-03-01")));
    }
    assert!(find_times("The now-cancelled contract went to a rival.", at("2027-03-01")).is_empty());
}

#[test]
fn a_second_and_a_quarter_as_numbers() {
    assert!(find_times("A second A380 is also travelling to the show.", at("2027-03-01")).is_empty());
    assert!(find_times("No court has said a second-term governor could not be removed.", at("2027-03-01")).is_empty());
    assert!(find_times("The firm wants to close about a quarter of its 3,200 dealers.", at("2027-03-01")).is_empty());
    // Still a duration after a preposition that takes one.
    assert_eq!(value("Output doubled in a quarter.", "a quarter", "2027-03-01"), "P1Q");
}

#[test]
fn a_daily_before_a_name_is_a_newspaper() {
    assert!(find_times("The letter ran in the Communist Party daily Granma.", at("2027-03-01")).is_empty());
    assert_eq!(value("Flights to the island leave daily.", "daily", "2027-03-01"), "P1D");
}

// ---- years, quarters, seasons -----------------------------------------

#[test]
fn quarter_of_last_year() {
    let t = one("In the first quarter of last year, the carrier reported a loss.", "the first quarter of last year", at("2029-05-07"));
    assert_eq!(t.value.as_deref(), Some("2028-Q1"));
    assert_eq!(value("Sales peaked in the summer of last year.", "the summer of last year", "2029-05-07"), "2028-SU");
}

#[test]
fn quarter_in_present_tense_is_the_one_reported() {
    // November: "third-quarter results show" is this year's Q3, not next year's.
    assert_eq!(value("Our third-quarter results clearly show progress.", "third-quarter", "2029-11-03"), "2029-Q3");
}

#[test]
fn quarter_without_tense_is_the_nearest() {
    // In August the fourth quarter is this year's; in January, last year's.
    let text = "The closure of ten plants during the fourth quarter.";
    assert_eq!(value(text, "the fourth quarter", "2026-08-19"), "2026-Q4");
    assert_eq!(value(text, "the fourth quarter", "2026-01-19"), "2025-Q4");
}

#[test]
fn month_with_a_relative_year_keeps_the_month_as_extent() {
    let text = "Licences will not be renewed after October of next year.";
    assert_eq!(all(text, at("2029-11-03")), [("October".to_string(), "2030-10".to_string())]);
}

#[test]
fn the_last_year_is_the_year_before() {
    assert_eq!(value("The carmaker posted a profit for the last year of $2.7 billion.", "the last year", "2030-01-28"), "2029");
    // "the last decade" stays a stretch of time.
    assert_eq!(value("Prices tripled over the last decade.", "the last decade", "2030-01-28"), "P10Y");
}

#[test]
fn same_period_a_year_earlier() {
    let text = "Sales fell 35% in January, compared to the same month a year ago.";
    assert_eq!(value(text, "the same month a year ago", "2029-02-03"), "2028-01");
    let text = "Sales rose 43% in February compared to the same period last year.";
    assert_eq!(value(text, "the same period last year", "2030-03-02"), "2029-02");
    let text = "Third-quarter net rose 10% from $5 million in the year-earlier period.";
    assert_eq!(value(text, "the year-earlier period", "2029-10-20"), "2028-Q3");
    let text = "In the third quarter, net income rose 10% from the year-ago quarter.";
    assert_eq!(value(text, "the year-ago quarter", "2029-10-20"), "2028-Q3");
    let text = "Costs fell to $118 billion last year, $19 billion less than the year previous.";
    assert_eq!(value(text, "the year previous", "2030-01-28"), "2028");
}

#[test]
fn annual_profit_is_one_year() {
    let t = one("The airline posted its first annual loss since 1992.", "annual", at("2026-01-27"));
    assert_eq!(t.value.as_deref(), Some("P1Y"));
    assert_eq!(t.time_type, TimeType::Duration);
    // "annual" before anything else is still no time.
    assert!(find_times("The annual march drew thousands.", at("2026-01-27")).is_empty());
}

// ---- decades, days, weeks, clock times ---------------------------------

#[test]
fn two_digit_decades_after_the() {
    let text = "The plan rid the city of the boxy cars of the 70s and 80s.";
    assert_eq!(all(text, at("2029-02-03")), [("70s".to_string(), "197".to_string()), ("80s".to_string(), "198".to_string())]);
    // An age is no decade.
    assert!(find_times("The pilot is in his 70s.", at("2029-02-03")).is_empty());
}

#[test]
fn second_day_of_a_pair() {
    let text = "The summit will be held on April 24 and 25.";
    assert_eq!(all(text, at("2029-02-10")), [("April 24".to_string(), "2029-04-24".to_string()), ("25".to_string(), "2029-04-25".to_string())]);
    let text = "The talks will run from March 10-12 in Geneva.";
    assert_eq!(one(text, "12", at("2029-02-10")).value.as_deref(), Some("2029-03-12"));
}

#[test]
fn week_at_an_end_of_a_month() {
    assert_eq!(value("Car sales rebounded in the last week of March.", "the last week of March", "2029-04-02"), "2029-W13");
    assert_eq!(value("Talks resume in the first week of May.", "the first week of May", "2029-04-02"), "2029-W19");
}

#[test]
fn utc_clock_times_end_in_z() {
    assert_eq!(value("The aircraft took off on Tuesday at 18:00 UTC.", "18:00 UTC", "2029-12-18"), "2029-12-18T18:00Z");
    assert_eq!(value("The landing was at 08:30 GMT.", "08:30 GMT", "2029-12-18"), "2029-12-18T08:30Z");
    // Local zones keep the local clock.
    assert_eq!(value("The vote closes at 8 p.m. EST.", "8 p.m. EST", "2029-12-18"), "2029-12-18T20:00");
}

#[test]
fn a_day_after_a_comma_dates_the_clock_time() {
    let text = "At a press conference at 16:15 UTC, June 1, the chief executive spoke.";
    assert_eq!(value(text, "16:15 UTC", "2029-06-04"), "2029-06-01T16:15Z");
}

#[test]
fn currently_and_recently_are_references() {
    assert_eq!(value("The port is currently closed to ships.", "currently", "2027-03-01"), "PRESENT_REF");
    assert_eq!(value("The group has recently expanded its operations.", "recently", "2027-03-01"), "PAST_REF");
}

// ---- results stories: the reported quarter ----------------------------

#[test]
fn a_year_ago_after_a_quarter_is_that_quarter_a_year_back() {
    // Thursday 4 November 2027: the third quarter has just been reported.
    let text = "The brewer said third-quarter profit rose to $8 million from $6 million a year ago. \
                Sales climbed to $90 million from $84 million a year earlier.";
    assert_eq!(value(text, "third-quarter", "2027-11-04"), "2027-Q3");
    assert_eq!(value(text, "a year ago", "2027-11-04"), "2026-Q3");
    assert_eq!(value(text, "a year earlier", "2027-11-04"), "2026-Q3");
    // Without a quarter named, the calendar year before.
    assert_eq!(value("Rents were lower a year ago.", "a year ago", "2027-11-04"), "2026");
    assert_eq!(value("The mill closed in 2019. A year earlier it had cut 200 jobs.", "A year earlier", "2027-11-04"), "2018");
}

#[test]
fn a_forecast_quarter_is_not_the_reported_one() {
    let text = "Third-quarter profit at the mill rose. Analysts expect weak orders through the second quarter of 2028. Profit was lower a year ago.";
    assert_eq!(value(text, "the second quarter of 2028", "2027-11-04"), "2028-Q2");
    assert_eq!(value(text, "a year ago", "2027-11-04"), "2026-Q3");
}

#[test]
fn year_earlier_and_year_ago_alone() {
    let text = "For the fourth quarter the chain lost $2 million, compared with a year-earlier loss of $5 million. The year-ago results included a charge.";
    assert_eq!(value(text, "year-earlier", "2028-02-10"), "2026-Q4");
    assert_eq!(value(text, "year-ago", "2028-02-10"), "2026-Q4");
    assert_eq!(value("Its year-earlier profit was $4 million.", "year-earlier", "2028-02-10"), "2027");
}

#[test]
fn the_quarter_a_year_ago_and_the_year_ago_third_quarter() {
    let text = "Profit for the third quarter fell. For the quarter a year ago the company earned more, and in the year-ago third quarter it sold more cars.";
    assert_eq!(value(text, "the quarter a year ago", "2027-10-28"), "2026-Q3");
    assert_eq!(value(text, "the year-ago third quarter", "2027-10-28"), "2026-Q3");
}

#[test]
fn a_year_before_a_quarter_is_a_date() {
    let text = "The bank said second-quarter income fell; in the 2026 second quarter it had a gain, and the 2026 quarter also saw a charge.";
    assert_eq!(value(text, "the 2026 second quarter", "2027-08-02"), "2026-Q2");
    assert_eq!(value(text, "the 2026 quarter", "2027-08-02"), "2026-Q2");
    assert_eq!(value("Sales in the fiscal 2029 first quarter will rise.", "the fiscal 2029 first quarter", "2027-08-02"), "2029-Q1");
}

#[test]
fn a_just_ended_quarter_is_reported_in_the_future_tense() {
    // In October the third quarter has ended: "will report" it now.
    assert_eq!(value("The airline will report a third-quarter loss next week.", "third-quarter", "2027-10-20"), "2027-Q3");
    // A quarter that ended long ago lies ahead in the future tense.
    assert_eq!(value("The airline will report a first-quarter loss.", "first-quarter", "2027-10-20"), "2028-Q1");
}

#[test]
fn the_past_year_is_the_year_before() {
    assert_eq!(value("Membership grew over the past year.", "the past year", "2027-06-15"), "2026");
    assert_eq!(one("Membership grew over the past month.", "the past month", at("2027-06-15")).time_type, TimeType::Duration);
}

#[test]
fn payable_points_ahead() {
    // A past-tense declaration of a payment that is still to come.
    assert_eq!(value("The board declared a dividend of 10 cents, payable Dec. 15.", "Dec. 15", "2027-10-26"), "2027-12-15");
}

#[test]
fn years_read_out_in_words() {
    assert_eq!(value("The clinic was bombed in nineteen ninety-eight.", "nineteen ninety-eight", "2027-03-01"), "1998");
    assert_eq!(value("The law dates from nineteen eighty.", "nineteen eighty", "2027-03-01"), "1980");
    assert_eq!(value("It closed in March nineteen ninety-one.", "March nineteen ninety-one", "2027-03-01"), "1991-03");
    assert_eq!(value("Plans reach to the year two thousand.", "the year two thousand", "1998-03-01"), "2000");
}

#[test]
fn the_latest_period_and_the_quarter_are_the_reported_quarter() {
    // A fiscal first quarter ended in September, reported in October.
    let text = "The maker earned $4 million in the fiscal first quarter. Sales in the latest period rose, and in the quarter margins widened.";
    let q = value(text, "the fiscal first quarter", "2027-10-20");
    assert_eq!(value(text, "the latest period", "2027-10-20"), q);
    assert_eq!(value(text, "the quarter", "2027-10-20"), q);
}

#[test]
fn the_full_year_and_the_current_fiscal_year() {
    assert_eq!(value("The chain expects higher profit for the full year.", "the full year", "2027-10-20"), "2027");
    assert_eq!(value("Sales in the current fiscal year will be flat.", "the current fiscal year", "2027-10-20"), "2027");
}

#[test]
fn the_corresponding_period_last_year() {
    let text = "Second-quarter profit fell to $2 million from $3 million in the corresponding period last year.";
    assert_eq!(value(text, "the corresponding period last year", "2027-08-01"), "2026-Q2");
}

#[test]
fn quarterly_is_not_a_time() {
    for text in ["The board raised its quarterly dividend to 30 cents.", "The reserve will be adjusted quarterly."] {
        assert!(find_times(text, at("2027-03-01")).is_empty(), "{text}: {:?}", all(text, at("2027-03-01")));
    }
}

#[test]
fn a_forecast_in_the_future_tense_is_not_the_reported_quarter() {
    // In October the fourth quarter has begun; a forecast for it does not
    // make it the quarter "a year ago" points back from.
    let text = "Third-quarter profit fell. Analysts expect the slump to continue into the fourth quarter. Profit was higher a year ago.";
    assert_eq!(value(text, "a year ago", "2027-10-20"), "2026-Q3");
}

#[test]
fn the_nine_months_keeps_its_article() {
    let t = one("For the nine months, the miner earned $40 million.", "the nine months", at("2027-10-20"));
    assert_eq!(t.value.as_deref(), Some("P9M"));
    // "the past two years" stays a duration of its own pattern.
    assert_eq!(value("Prices rose over the past two years.", "the past two years", "2027-10-20"), "P2Y");
}

#[test]
fn hedges_stay_in_the_extent() {
    let t = one("Talks lasted nearly three years.", "nearly three years", at("2027-10-20"));
    assert_eq!(t.value.as_deref(), Some("P3Y"));
    assert_eq!(t.modifier, Some("APPROX"));
}

// ---- round 4 (TimeBank even files) -----------------------------------

#[test]
fn an_accounting_year_ended_on_a_date_is_a_duration() {
    let text = "The brewer earned $12 million in the year ended Aug. 31 and expects a loss in the fiscal year ending next June.";
    let t = one(text, "the year", at("2027-10-20"));
    assert_eq!((t.time_type, t.value.as_deref()), (TimeType::Duration, Some("P1Y")));
    assert_eq!(value(text, "the fiscal year", "2027-10-20"), "P1Y");
    // "the year" without "ended" is still the year spoken of.
    assert_ne!(value("Sales grew 4% in 2026, and the year closed strongly.", "the year", "2027-10-20"), "P1Y");
}

#[test]
fn current_before_a_noun_is_the_present() {
    assert_eq!(value("The delay reflects current interest rates.", "current", "2027-10-20"), "PRESENT_REF");
    assert_eq!(value("Warrants let holders buy stock at half the then current price.", "current", "2027-10-20"), "PAST_REF");
    // "the current quarter" stays a calendar quarter.
    assert_eq!(value("The current quarter looks weak.", "The current quarter", "2027-10-20"), "2027-Q4");
    // a predicate adjective is no time
    assert!(find_times("The list is current.", at("2027-10-20")).is_empty());
}

#[test]
fn the_near_future_is_a_future_reference() {
    assert_eq!(value("The bank may list the unit in the near future.", "the near future", "2027-10-20"), "FUTURE_REF");
    assert_eq!(value("Nobody spoke of the distant past.", "the distant past", "2027-10-20"), "PAST_REF");
}

#[test]
fn year_end_after_a_preposition_is_this_year() {
    assert_eq!(value("The plant will close by year end.", "year end", "2027-10-20"), "2027");
    assert_eq!(value("The rules should apply by year's end.", "year's end", "2027-10-20"), "2027");
    assert_eq!(value("Cash rose toward year-end.", "year-end", "2027-10-20"), "2027");
    // "year-end bonuses" names no time of its own.
    assert!(find_times("Staff got year-end bonuses.", at("2027-10-20")).is_empty());
}

#[test]
fn decades_named_by_a_word() {
    assert_eq!(value("Crime fell through the eighties.", "eighties", "1998-03-03"), "198");
    // Written in 1989, "the nineties" is the coming decade.
    assert_eq!(value("Demand will grow in the nineties.", "nineties", "1989-10-30"), "199");
    let t = one("Crime fell in the early eighties.", "early eighties", at("1998-03-03"));
    assert_eq!((t.value.as_deref(), t.modifier), (Some("198"), Some("START")));
    // Further ahead it is the last century's.
    assert_eq!(value("Films of the thirties still sell.", "thirties", "2025-06-01"), "193");
}

#[test]
fn a_short_weekday_before_a_comma_needs_a_date_after_it() {
    assert!(find_times("Sun, a maker of servers, lost money.", at("1989-10-26")).is_empty());
    assert_eq!(value("The vote is set for Tue, Nov. 7.", "Tue, Nov. 7", "1989-10-26"), "1989-11-07");
}

#[test]
fn a_participle_after_a_determiner_is_no_past_tense() {
    // "unspecified" is an adjective: the dividend date lies ahead.
    assert_eq!(value("The dividend will be paid on a still unspecified date in January.", "January", "2027-10-26"), "2028-01");
    assert_eq!(value("It cited a previously announced sale on Dec. 1.", "Dec. 1", "2027-11-20"), "2027-12-01");
}

#[test]
fn a_deadline_moved_to_a_date_lies_ahead() {
    // 2 November: the offer was extended (past tense) to a date ahead.
    assert_eq!(value("The bidder extended to Nov. 20 its offer for the chain.", "Nov. 20", "2027-11-02"), "2027-11-20");
    assert_eq!(value("The bidder extended its offer to Nov. 20.", "Nov. 20", "2027-11-02"), "2027-11-20");
    // Without a deadline verb the past tense still points back.
    assert_eq!(value("The bidder raised its offer on Oct. 20.", "Oct. 20", "2027-11-02"), "2027-10-20");
}

#[test]
fn set_to_points_ahead() {
    // Sunday 21 March 2027: talks set to resume on the coming Monday.
    assert_eq!(value("Extremists opposed the truce, set to resume Monday in Belfast.", "Monday", "2027-03-21"), "2027-03-22");
}

// ---- round 5 (rules checked on all three development sets) -------------

#[test]
fn next_to_is_a_place_not_a_tense() {
    // Saturday 9 June 2029: with "next to" read as "next", Friday would be the coming one.
    assert_eq!(value("A fire broke out in a shop next to the old town hall Friday evening.", "Friday evening", "2029-06-09"), "2029-06-08TEV");
    // "next week" still points ahead.
    assert_eq!(value("The mayor meets the owners next week on Friday.", "Friday", "2029-06-09"), "2029-06-15");
}

#[test]
fn a_year_possessive_before_a_quarter_is_one_expression() {
    let text = "Profit for this year's second quarter doubled, the chain said, and next year's first half looks weaker than 2031's second quarter.";
    assert_eq!(
        all(text, at("2030-08-01")),
        [
            ("this year's second quarter".to_string(), "2030-Q2".to_string()),
            ("next year's first half".to_string(), "2031-H1".to_string()),
            ("2031's second quarter".to_string(), "2031-Q2".to_string()),
        ]
    );
}

#[test]
fn last_years_quarter_is_the_reported_quarter_a_year_back() {
    let text = "Sales in the second quarter rose 4% from last year's quarter.";
    assert_eq!(value(text, "last year's quarter", "2030-08-01"), "2029-Q2");
    // Not before a quarter: "last year" alone.
    assert_eq!(value("Last year's sales were higher.", "Last year", "2030-08-01"), "2029");
}

#[test]
fn trading_and_business_days_are_days() {
    let text = "Six trading days after the crash the index had recovered; the refund takes ten business days.";
    assert_eq!(all(text, at("2030-08-01")), [("Six trading days".to_string(), "P6D".to_string()), ("ten business days".to_string(), "P10D".to_string())]);
    // An adjective that counts no days leaves the words alone.
    assert!(find_times("Six trading partners signed.", at("2030-08-01")).is_empty());
}

#[test]
fn the_entire_year_is_the_reported_year() {
    // Written in January 2031 about 2030: the year of the quarter reported.
    let text = "The airline lost $40 million in the fourth quarter of 2030 and $90 million for the entire year.";
    assert_eq!(value(text, "the entire year", "2031-01-20"), "2030");
    // A later year mentioned in passing does not move it; no quarter named: the year under way.
    assert_eq!(value("It will pay debt due in 2034 and expects a gain for the full year.", "the full year", "2031-05-20"), "2031");
}

#[test]
fn both_ends_of_a_range_after_between_are_durations() {
    let text = "Repairs will take between 30 and 45 days; the crossing lasts between three to five hours.";
    assert_eq!(
        all(text, at("2030-08-01")),
        [
            ("30".to_string(), "P30D".to_string()),
            ("45 days".to_string(), "P45D".to_string()),
            ("three".to_string(), "PT3H".to_string()),
            ("five hours".to_string(), "PT5H".to_string()),
        ]
    );
}

#[test]
fn a_range_without_between_keeps_one_expression() {
    // The corpora disagree on "two to three weeks"; only the last number and unit are read.
    assert_eq!(all("Deliveries resume within two to three weeks.", at("2030-08-01")), [("three weeks".to_string(), "P3W".to_string())]);
    // A year before "and" is a year, not a count of days.
    assert_eq!(all("Output rose between 2026 and 2029.", at("2030-08-01")), [("2026".to_string(), "2026".to_string()), ("2029".to_string(), "2029".to_string())]);
}

#[test]
fn that_day_after_a_month_is_an_unknown_day_of_it() {
    let text = "The plant was flooded last March. Its manager resigned that same day.";
    assert_eq!(value(text, "that same day", "2031-02-10"), "2030-03-XX");
    // After a full date it is that date, with nothing before it the anchor day.
    assert_eq!(value("The plant was flooded on March 3. Its manager resigned that day.", "that day", "2031-05-10"), "2031-03-03");
    assert_eq!(value("Its manager resigned that day.", "that day", "2031-05-10"), "2031-05-10");
}

#[test]
fn a_schedule_in_the_simple_present_points_ahead() {
    // Monday 12 August 2030.
    assert_eq!(value("The new levy takes effect in January.", "January", "2030-08-12"), "2031-01");
    assert_eq!(value("The trade fair opens Wednesday in Leipzig.", "Wednesday", "2030-08-12"), "2030-08-14");
    // A past verb still points back.
    assert_eq!(value("The trade fair opened Wednesday in Leipzig.", "Wednesday", "2030-08-12"), "2030-08-07");
}

// ---- references ahead of the article ------------------------------------

#[test]
fn a_date_still_ahead_is_no_reference_for_what_already_happened() {
    // Sunday 14 May 2028: the hearing lies ahead, the shooting and its hour were on Friday.
    let text = "A man was charged over a shooting at a market on Friday. He will stay in custody until a hearing on June 2. The first shots were fired at about 10:15 local time. A second gunman was arrested later, near the station, on the same day.";
    // The hour is the shooting's Friday, the last day named that is not
    // ahead (round 17; it had fallen back on the article's day), never the
    // hearing's.
    assert_eq!(value(text, "10:15", "2028-05-14"), "2028-05-12T10:15");
    assert_eq!(value(text, "the same day", "2028-05-14"), "2028-05-12");
    // Told in the future, the date ahead stays the reference.
    let ahead = "A man was charged over a shooting on Friday. A hearing is set for June 2. The judge will sit at 10:15 that day.";
    assert_eq!(value(ahead, "10:15", "2028-05-14"), "2028-06-02T10:15");
    // "Until then, the firm said": a reporting verb after the expression is not its tense.
    let until = "The rights expire on June 2. Until then, the firm said, the shares stay convertible.";
    assert_eq!(value(until, "then", "2028-05-14"), "2028-06-02");
}

// ---- hedged years and the edges of the current period --------------------

#[test]
fn a_hyphenated_hedge_before_a_year() {
    let t = one("Officials expect the troops to leave by mid-2031.", "mid-2031", at("2030-06-01"));
    assert_eq!((t.value.as_deref(), t.modifier.as_deref()), (Some("2031"), Some("MID")));
    let t = one("The plant opened in late-1998 after delays.", "late-1998", at("2030-06-01"));
    assert_eq!((t.value.as_deref(), t.modifier.as_deref()), (Some("1998"), Some("END")));
    // A minus sign or a range is still no year of its own.
    assert!(all("Temperatures fell to -2030 in the model, and the 1998-2001 series ended.", at("2030-06-01")).iter().all(|(t, _)| t != "2030"));
}

#[test]
fn the_end_of_the_month_and_week() {
    let t = one("The lender expects a decision by the end of the month.", "the end of the month", at("2030-06-12"));
    assert_eq!((t.value.as_deref(), t.modifier.as_deref()), (Some("2030-06"), Some("END")));
    let t = one("Shipments resume at the beginning of the week, the port said.", "the beginning of the week", at("2030-06-12"));
    assert_eq!((t.value.as_deref(), t.modifier.as_deref()), (Some("2030-W24"), Some("START")));
    // The month the text is in, as "that month" would be.
    assert_eq!(value("The strike began in March 2029. By the end of the month, 40 mines had closed.", "the end of the month", "2030-06-12"), "2029-03");
    // After a year alone, still a month: the anchor's, not "2031-XX".
    assert_eq!(value("Gas prices will rise by 2031. At the end of the month, the minister will report.", "the end of the month", "2030-06-12"), "2030-06");
    // An idiom, and a named month, are no such period.
    assert!(all("At the end of the day, the vote is what counts.", at("2030-06-12")).is_empty());
    assert_eq!(value("Talks end at the end of the month of May.", "May", "2030-06-12"), "2030-05");
}

// ---- plans seen from the past, and possessive weekdays ahead -------------

#[test]
fn a_plan_in_the_past_perfect_takes_the_nearest_date() {
    // Friday 11 April 2031: the opening "had been scheduled" for a day now behind.
    assert_eq!(value("The opening had been scheduled for January 25, but was delayed twice.", "January 25", "2031-04-11"), "2031-01-25");
    assert_eq!(value("A rate cut had long been expected after a warning from the bank in March.", "March", "2031-04-11"), "2031-03");
    // The same plan still standing looks ahead.
    assert_eq!(value("The opening has been scheduled for January 25.", "January 25", "2031-04-11"), "2032-01-25");
    assert_eq!(value("The opening is scheduled for May 2.", "May 2", "2031-04-11"), "2031-05-02");
    // A near date ahead stays ahead.
    assert_eq!(value("The vote had been scheduled for April 20 until the court stepped in.", "April 20", "2031-04-11"), "2031-04-20");
}

#[test]
fn a_possessive_weekday_in_a_future_clause_lies_ahead() {
    // Wednesday 7 May 2031.
    assert_eq!(value("All eight coaches will be at Friday's draw in Zurich.", "Friday", "2031-05-07"), "2031-05-09");
    assert_eq!(value("Saturday's march drew thousands.", "Saturday", "2031-05-07"), "2031-05-03");
    assert_eq!(value("Monday's ruling was appealed.", "Monday", "2031-05-07"), "2031-05-05");
}

#[test]
fn a_compound_adjective_in_ed_is_no_past_verb() {
    // Wednesday 13 December 2034: the tax rise lies ahead; "value-added" is no verb.
    assert_eq!(value("Growth will slow, as the rise in value-added tax on January 1 will weigh on spending.", "January 1", "2034-12-13"), "2035-01-01");
    assert_eq!(value("The state-owned refinery restarts on January 3 after repairs.", "January 3", "2034-12-13"), "2035-01-03");
    // A real past verb still points back.
    assert_eq!(value("The refinery was restarted on December 3 after repairs.", "December 3", "2034-12-13"), "2034-12-03");
}

#[test]
fn a_race_time_is_no_clock_time() {
    let text = "She touched the wall first in 15:20.31, a national record, at a meet that began at 15:00.";
    assert_eq!(all(text, at("2034-12-13")), [("15:00".to_string(), "2034-12-13T15:00".to_string())]);
}

#[test]
fn a_weekday_that_opens_a_newspaper_name_is_no_day() {
    let text = "The Sunday Times said on Sunday that the Sunday Telegraph had the story first.";
    assert_eq!(all(text, at("2034-12-10")), [("Sunday".to_string(), "2034-12-10".to_string())]);
    // Only a capitalised paper word makes the name.
    assert!(all("The shop opens Sunday times permitting.", at("2034-12-10")).iter().any(|(t, _)| t == "Sunday"));
}

#[test]
fn aims_plans_seen_from_the_past_and_reporting_tags() {
    // Tuesday 8 April 2036.
    // An aim looks ahead; "the hope that" says nothing.
    assert_eq!(value("It is an issue we hope to settle in September.", "September", "2036-04-08"), "2036-09");
    // "was last scheduled for": a plan seen from a past moment, the nearest date.
    assert_eq!(value("The dialogue was last scheduled for January 25. Then the war came.", "January 25", "2036-04-08"), "2036-01-25");
    assert_eq!(value("The hearing was scheduled for May 2.", "May 2", "2036-04-08"), "2036-05-02");
    // "smaller-than-expected" is no planning verb.
    assert_eq!(value("Orders showed a smaller-than-expected rise in February.", "February", "2036-04-08"), "2036-02");
    // An inverted reporting tag does not date what it reports…
    assert_eq!(value("Towns will be rebuilt by the time of June elections, said an envoy.", "June", "2036-04-08"), "2036-06");
    assert_eq!(value("Banks get their licences back before June elections, said an envoy.", "June", "2036-04-08"), "2036-06");
    // …but a fronted date's own reporting verb does.
    assert_eq!(value("In June, the envoy said towns would be rebuilt.", "June", "2036-04-08"), "2035-06");
}

#[test]
fn due_to_a_cause_is_no_plan() {
    // Saturday 19 November 2033: the withdrawals happened on Monday.
    assert_eq!(value("Two seeds pulled out due to injuries on Monday.", "Monday", "2033-11-19"), "2033-11-14");
    assert_eq!(value("The match was called off due to the rain on Monday.", "Monday", "2033-11-19"), "2033-11-14");
    // A plan still looks ahead.
    assert_eq!(value("The cases are due to be heard on Thursday.", "Thursday", "2033-11-19"), "2033-11-24");
    assert_eq!(value("The minister is due to arrive on Monday.", "Monday", "2033-11-19"), "2033-11-21");
}

#[test]
fn the_last_couple_of_months() {
    assert_eq!(value("Arrivals have doubled in the last couple of months.", "the last couple of months", "2033-11-19"), "P2M");
    assert_eq!(value("Talks resume in the next couple of weeks.", "the next couple of weeks", "2033-11-19"), "P2W");
    // "couple" alone counts nothing.
    assert!(all("The couple of them left with a couple of friends.", at("2033-11-19")).is_empty());
}

// ---- round 11 (nineteenth session) ----------------------------------------

#[test]
fn regular_eed_past_forms_are_past() {
    // Monday 6 November 2028: a month ahead would be taken if "agreed" were no verb.
    assert_eq!(value("The bank, which is also a lender, agreed in December to buy the insurer.", "December", "2028-11-06"), "2027-12");
    assert_eq!(value("The hostages, who are all aid workers, were freed in December.", "December", "2028-11-06"), "2027-12");
    // "need" and "speed" stay no verbs.
    assert_eq!(value("The ferries need a new schedule in December.", "December", "2028-11-06"), "2028-12");
}

#[test]
fn a_verb_of_intent_before_to_looks_ahead_from_the_past() {
    // Wednesday 12 April 2028: "agreed to meet … from May 8" is the meeting, not a May of last year.
    assert_eq!(value("North and South have agreed to meet envoys in Geneva from May 8 for a new round.", "May 8", "2028-04-12"), "2028-05-08");
    assert_eq!(value("The rebels pledged to free the captives by May 20.", "May 20", "2028-04-12"), "2028-05-20");
    // The date before the verb dates the agreeing.
    assert_eq!(value("On Monday the two sides agreed to meet again.", "Monday", "2028-04-12"), "2028-04-10");
    // Before "to" it is a plain past.
    assert_eq!(value("The council decided in May to close the mine.", "May", "2028-04-12"), "2027-05");
}

#[test]
fn as_planned_before_a_date_leaves_the_tense_to_the_verb() {
    // Monday 13 March 2028.
    assert_eq!(value("The general let the offensive begin as previously planned Saturday night.", "Saturday night", "2028-03-13"), "2028-03-11TNI");
    assert_eq!(value("The vote went ahead as planned on Sunday.", "Sunday", "2028-03-13"), "2028-03-12");
    // After the date, closing the clause, the plan still looks ahead.
    assert_eq!(value("The prime minister will now not attend the summit in Oslo on Sunday as planned.", "Sunday", "2028-03-13"), "2028-03-19");
}

#[test]
fn a_month_just_ahead_after_until_is_a_deadline() {
    // Monday 30 October 2028.
    assert_eq!(value("Regulators gave the buyer until mid-November to file more papers.", "mid-November", "2028-10-30"), "2028-11");
    assert_eq!(value("The charity suspended its work until December.", "December", "2028-10-30"), "2028-12");
    // Further ahead, a past clause keeps the past; so does a past state.
    assert_eq!(value("He stayed in office until March.", "March", "2028-10-30"), "2028-03");
    assert_eq!(value("Smith, who was the envoy until December, criticised the decision.", "December", "2028-10-30"), "2027-12");
    assert_eq!(value("His symptoms eased at first, but by December they worsened.", "December", "2028-10-30"), "2027-12");
    assert_eq!(value("Brent crude for December delivery gained 48 cents.", "December", "2028-10-30"), "2028-12");
}

#[test]
fn and_a_half_after_a_unit() {
    let a = "2028-01-14";
    assert_eq!(value("A minute and a half later, a second pilot called in.", "A minute and a half", a), "PT1M30S");
    assert_eq!(value("The hearing lasted an hour and a half.", "an hour and a half", a), "PT1H30M");
    assert_eq!(value("Talks dragged on for a day and a half.", "a day and a half", a), "P1DT12H");
    assert_eq!(value("It took two and a half years.", "two and a half years", a), "P2Y6M");
}

#[test]
fn thousands_of_years_are_millennia_and_centuries_are_c() {
    let a = "2028-01-21";
    assert_eq!(value("The guild kept its secrets for more than two thousand years.", "more than two thousand years", a), "P2L");
    assert_eq!(value("The walls stood for 3,000 years.", "3,000 years", a), "P3L");
    assert_eq!(value("The tower dominated the skyline for centuries.", "centuries", a), "PXC");
    assert_eq!(value("The dam held for 1,500 years.", "1,500 years", a), "P1500Y");
}

#[test]
fn a_season_of_a_spoken_year() {
    assert_eq!(value("Prices last fell that low in the winter of nineteen ninety-four.", "the winter of nineteen ninety-four", "1998-02-23"), "1994-WI");
    assert_eq!(value("It began in the summer of two thousand.", "the summer of two thousand", "2004-02-23"), "2000-SU");
}

#[test]
fn or_so_before_ago_and_later() {
    let a = "2028-02-25";
    assert_eq!(one("Then, a week or so ago, the general picked a date.", "a week or so ago", at(a)).time_type, TimeType::Date);
    assert_eq!(value("A year or so later the plant closed.", "A year or so later", a), "2029");
}

#[test]
fn quarters_of_a_thing_are_fractions() {
    let a = "2028-08-16";
    for text in ["The island imports about three-quarters of its food.", "Funds hold more than a quarter of the entire market.", "Three quarters of their members voted."] {
        assert!(find_times(text, at(a)).is_empty(), "{text}: {:?}", all(text, at(a)));
    }
    assert_eq!(value("Sales fell in the first two quarters of 2028.", "the first two quarters of 2028", a), "2028-H1");
    assert_eq!(value("It lasted a quarter of a century.", "a century", a), "P100Y");
}

#[test]
fn a_part_of_the_day_after_a_preposition_is_that_days() {
    // Monday 6 March 2028.
    let a = "2028-03-06";
    assert_eq!(value("By mid-afternoon, officials said the raid was over.", "mid-afternoon", a), "2028-03-06TAF");
    assert_eq!(value("By mid afternoon, officials said the raid was over.", "mid afternoon", a), "2028-03-06TAF");
    assert_eq!(value("On Tuesday dealers placed heavy orders in the morning.", "the morning", a), "2028-02-29TMO");
    assert_eq!(value("Volunteers worked through the night to shore up the dikes.", "the night", a), "2028-03-06TNI");
    // A noun after it, or no preposition: no time.
    for text in ["Shares rose in the morning session.", "Stocks slipped in early afternoon trading.", "The morning was cold."] {
        assert!(find_times(text, at(a)).is_empty(), "{text}: {:?}", all(text, at(a)));
    }
}

#[test]
fn the_near_short_and_long_term_are_the_future() {
    let a = "2028-10-30";
    assert_eq!(value("Analysts see no relief in the near term.", "the near term", a), "FUTURE_REF");
    assert_eq!(value("The plan placates holders in the short term.", "the short term", a), "FUTURE_REF");
    assert_eq!(value("The council will repair the bridge as soon as possible.", "as soon as possible", a), "FUTURE_REF");
    for text in ["The long term effects are unclear.", "Short term rates rose.", "He served a long term in office."] {
        assert!(find_times(text, at(a)).is_empty(), "{text}: {:?}", all(text, at(a)));
    }
}

#[test]
fn half_of_a_decade_is_the_decade() {
    let a = "1999-10-26";
    assert_eq!(value("Sales were flat through the last half of the '80s.", "the last half of the '80s", a), "198");
    assert_eq!(value("Growth returned in the first half of the 1990s.", "the first half of the 1990s", a), "199");
    assert_eq!(value("Sales rose in the first half of 1999.", "the first half of 1999", a), "1999-H1");
}

#[test]
fn comparable_year_ago_quarter_is_one_expression() {
    // After "the third quarter" the year-ago quarter is last year's third.
    let text = "Net rose in the third quarter. In the comparable year-ago quarter, the company lost money.";
    assert_eq!(value(text, "the comparable year-ago quarter", "2029-10-27"), "2028-Q3");
}

#[test]
fn several_year_and_an_additional_year_are_lengths() {
    let a = "2029-11-02";
    assert_eq!(value("She followed a several-year tenure as editor.", "several-year", a), "PXY");
    assert_eq!(value("The loan may be extended for an additional year.", "an additional year", a), "P1Y");
    assert!(find_times("Several year-end bonuses were paid.", at(a)).iter().all(|t| t.value.as_deref() != Some("PXY")));
}

#[test]
fn effective_takes_the_nearer_date() {
    // Thursday 26 October 2028.
    let a = "2028-10-26";
    assert_eq!(value("The board created an office of the chairman, effective Feb. 1.", "Feb. 1", a), "2029-02-01");
    assert_eq!(value("The price cut, effective Oct. 1, lifted sales.", "Oct. 1", a), "2028-10-01");
    assert_eq!(value("Her resignation, effective Monday, surprised the staff.", "Monday", a), "2028-10-23");
}

#[test]
fn a_bare_present_schedules_ahead() {
    // Friday 5 May 2028.
    let a = "2028-05-05";
    assert_eq!(value("The two leaders meet separately Monday with the envoy.", "Monday", a), "2028-05-08");
    assert_eq!(value("Foreign ministers gather in Rome on Thursday.", "Thursday", a), "2028-05-11");
    // Not finite: the verb before decides.
    assert_eq!(value("The leaders did not meet Monday.", "Monday", a), "2028-05-01");
    // "agreed to meet": the meeting, seen from the agreeing, lies ahead.
    assert_eq!(value("The rivals agreed to meet Tuesday.", "Tuesday", a), "2028-05-09");
}

#[test]
fn a_deadline_month_with_no_past_tense_is_the_nearer_one() {
    // Monday 30 October 2028: February is four months ahead, eight back.
    let a = "2028-10-30";
    assert_eq!(value("The program is meant to pay down the bridge loan by February.", "February", a), "2029-02");
    assert_eq!(value("Winter should be mild from December until February, forecasters said.", "February", a), "2029-02");
    // A past verb keeps the past.
    assert_eq!(value("Sales for February rose 5%.", "February", a), "2028-02");
}

#[test]
fn the_fiscal_year_the_weeks_ahead_and_around_year_end() {
    let a = "2029-11-02";
    assert_eq!(value("The drop will mean lower earnings for the fiscal year.", "the fiscal year", a), "2029");
    assert_eq!(value("Profits should rise throughout the fiscal year.", "the fiscal year", a), "P1Y");
    assert_eq!(value("The rest will be raised at a later date.", "a later date", a), "FUTURE_REF");
    assert_eq!(value("Funds may sell junk bonds in the weeks ahead.", "the weeks ahead", a), "PXW");
    assert_eq!(value("The sale is expected to close around year end.", "year end", a), "2029");
    let text = "In the days ahead of the vote, it rained.";
    assert!(find_times(text, at(a)).is_empty(), "{:?}", all(text, at(a)));
}

#[test]
fn scheduling_presents_and_local_time() {
    // Monday 3 November 2025.
    let a = "2025-11-03";
    assert_eq!(value("Voting ends at 6 p.m. local time on Tuesday.", "6 p.m. local time on Tuesday", a), "2025-11-04T18:00");
    assert_eq!(value("The round of talks closes Friday in Geneva.", "Friday", a), "2025-11-07");
    assert_eq!(value("The bill goes before the Senate on Thursday.", "Thursday", a), "2025-11-06");
    assert_eq!(value("The defence secretary flies into Tokyo on Monday.", "Monday", "2025-11-01"), "2025-11-03");
    assert_eq!(value("The tournament kicks off on June 9 and ends on July 9.", "July 9", a), "2026-07-09");
    // "hosts" is left out: a noun as often ("told his hosts Tuesday").
    assert_eq!(value("The premier told his French hosts Tuesday that more was needed.", "Tuesday", a), "2025-10-28");
}

#[test]
fn a_season_is_a_reference_for_what_follows() {
    assert_eq!(value("He was detained in the spring of 2023 and released two years later.", "two years later", "2025-11-03"), "2025");
}

#[test]
fn a_months_long_siege_and_a_part_of_day_on_a_weekday() {
    let a = "2025-11-03";
    assert_eq!(value("The town fell after a months-long siege.", "a months-long", a), "PXM");
    assert_eq!(value("A decades-long conflict ended.", "A decades-long", a), "PXDE");
    assert_eq!(value("It was a year-long inquiry.", "a year-long", a), "P1Y");
    assert_eq!(value("Mid-morning on Sunday, gunmen stormed the village.", "Mid-morning on Sunday", a), "2025-11-02TMO");
}

#[test]
fn a_range_of_months_is_read_in_one_order() {
    // Monday 3 November 2025.
    let a = "2025-11-03";
    let t = "Exports rose 5% from January to September.";
    assert_eq!((value(t, "January", a), value(t, "September", a)), ("2025-01".to_string(), "2025-09".to_string()));
    let t = "Rains fell between November and February.";
    assert_eq!((value(t, "November", a), value(t, "February", a)), ("2024-11".to_string(), "2025-02".to_string()));
    // A season still ahead runs into next year.
    let t = "The ski season runs from December to March.";
    assert_eq!((value(t, "December", "2025-10-03"), value(t, "March", "2025-10-03")), ("2025-12".to_string(), "2026-03".to_string()));
    // A written year places the bare month beside it.
    assert_eq!(value("He was economy minister from April to August 2005.", "April", a), "2005-04");
    assert_eq!(value("She served from March 2019 to May.", "May", a), "2019-05");
    assert_eq!(value("Sales rose from March to May.", "May", a), "2025-05");
}

#[test]
fn overnight_is_the_night_before() {
    // Monday 3 November 2025.
    let a = "2025-11-03";
    assert_eq!(value("Missiles hit Kyiv overnight, officials said.", "overnight", a), "2025-11-02TNI");
    assert_eq!(value("Shares fell on Friday, depressed by overnight losses in New York.", "overnight", a), "2025-10-30TNI");
    // Nouns that make a kind of thing with a part of the day stay counted
    // things before "a day": a rate, no time (see `a_rate_is_no_time`).
    assert!(all("Traders held two sessions a day.", at(a)).is_empty());
    for text in ["He took an overnight flight to Doha.", "The bank raised its overnight rate."] {
        assert!(find_times(text, at(a)).is_empty(), "{text}: {:?}", all(text, at(a)));
    }
    // It sets no reference: "that day" after it is still Friday.
    let t = "On Friday, strikes overnight hit the port; that day the navy withdrew.";
    assert_eq!(value(t, "that day", a), "2025-10-31");
}

// ---- round 12 (twentieth session) ----------------------------------------

#[test]
fn midnight_ends_the_day_it_names() {
    // Monday 3 November 2025.
    let a = "2025-11-03";
    assert_eq!(value("The offer expires at midnight Friday.", "midnight Friday", a), "2025-11-07T24:00");
    assert_eq!(value("The ceasefire takes effect at midnight on Wednesday.", "midnight on Wednesday", a), "2025-11-05T24:00");
    assert_eq!(value("Polls close at midnight.", "midnight", a), "2025-11-03T24:00");
    // Just after midnight is already the next day's first hour.
    assert_eq!(value("Shots rang out shortly after midnight Saturday.", "midnight Saturday", a), "2025-11-01T00:00");
    assert_eq!(value("The blast came just past midnight.", "midnight", a), "2025-11-03T00:00");
    // Noon is unchanged.
    assert_eq!(value("Talks resume at noon Tuesday.", "noon Tuesday", a), "2025-11-04T12:00");
}

#[test]
fn a_weekday_in_the_plural_recurs() {
    let a = "2025-11-03";
    let t = "The market is closed on Sundays and Mondays.";
    assert_eq!((value(t, "Sundays", a), value(t, "Mondays", a)), ("XXXX-WXX-7".to_string(), "XXXX-WXX-1".to_string()));
    assert_eq!(one(t, "Sundays", at(a)).time_type, TimeType::Set);
    // A plural part of the day after a weekday makes the day recur.
    assert_eq!(value("Flights leave on Tuesday nights from March.", "Tuesday nights", a), "XXXX-WXX-2TNI");
    assert_eq!(value("Protesters gather on Friday afternoons.", "Friday afternoons", a), "XXXX-WXX-5TAF");
    // One day with one part of it stays a date.
    assert_eq!(value("Protesters gathered on Friday afternoon.", "Friday afternoon", a), "2025-10-31TAF");
    assert_eq!(value("The strike began on Sunday.", "Sunday", a), "2025-11-02");
}

// ---- round 13 (twenty-first session) ---------------------------------------

#[test]
fn a_midnight_told_in_the_past_with_no_day_began_the_articles_day() {
    // Monday 3 November 2025.
    let a = "2025-11-03";
    assert_eq!(value("Firefighters were still at the scene as of midnight.", "midnight", a), "2025-11-03T00:00");
    assert_eq!(value("The gunmen struck shortly before midnight, police said.", "midnight", a), "2025-11-03T00:00");
    assert_eq!(value("At midnight the rebels crossed the river.", "midnight", a), "2025-11-03T00:00");
    // Closing a span, ahead, or with its day named, it still ends that day.
    assert_eq!(value("The night shift ran from 4 p.m. to midnight.", "midnight", a), "2025-11-03T24:00");
    assert_eq!(value("Guards had stayed on duty until midnight.", "midnight", a), "2025-11-03T24:00");
    assert_eq!(value("The curfew will begin at midnight.", "midnight", a), "2025-11-03T24:00");
    assert_eq!(value("The offer expired at midnight Friday.", "midnight Friday", a), "2025-10-31T24:00");
    // The midnight sun is no time.
    assert!(all("Tourists came north to see the midnight sun.", at(a)).is_empty());
}

#[test]
fn an_abbreviated_weekday_after_an_article_is_a_noun() {
    let a = "2025-11-03";
    for (text, word) in [
        ("The planet is far less massive than the Sun.", "Sun"),
        ("Light from the Sun. takes eight minutes", "Sun"),
        ("She scored well on the Sat. exam.", "Sat"),
    ] {
        let found = all(text, at(a));
        assert!(found.iter().all(|(t, _)| !t.starts_with(word)), "{text}: {found:?}");
    }
    // In a date, or alone with its period, it is still the day.
    assert_eq!(value("The vote is on Sun., Nov. 9.", "Sun., Nov. 9", a), "2025-11-09");
    assert_eq!(value("The vote will be held Sat. in every district.", "Sat.", a), "2025-11-08");
}

#[test]
fn a_matchs_halves_and_quarters_are_no_part_of_the_year() {
    let a = "2025-11-03";
    for (text, expr) in [
        ("The visitors pulled away in the second half despite an off day in front of goal.", "second half"),
        ("Rovers were unlucky not to lead in the first half when the striker hit the post.", "first half"),
        ("He threw a 40-yard touchdown pass late in the fourth quarter.", "fourth quarter"),
        ("The hosts spent most of the first half in their attacking half.", "first half"),
    ] {
        let found = all(text, at(a));
        assert!(found.iter().all(|(t, _)| !t.contains(expr)), "{text}: {found:?}");
    }
    // Results and forecasts keep their halves and quarters.
    assert_eq!(value("Sales rose 4% in the second half as demand recovered.", "the second half", a), "2025-H2");
    assert_eq!(value("The firm posted a loss for the third quarter of $226 million.", "the third quarter", a), "2025-Q3");
}

#[test]
fn a_half_of_something_that_is_no_period_is_no_time() {
    let a = "2025-11-03";
    for text in ["The party held the second half of its convention online.", "Fans left during the first half of the concert.", "The quarter century anniversary of the festival drew crowds."] {
        let found = all(text, at(a));
        assert!(found.iter().all(|(t, _)| !t.contains("half") && !t.contains("quarter")), "{text}: {found:?}");
    }
    assert_eq!(value("Growth slowed in the first half of the new fiscal year.", "the first half", a), "2025-H1");
    assert_eq!(value("Signing should start in the first quarter of the next year.", "the first quarter of the next year", a), "2026-Q1");
}

#[test]
fn a_baseline_of_a_comparison_does_not_move_the_story() {
    // Thursday 26 October 2028: "the year" after a year-back baseline is still 2028.
    let a = "2028-10-26";
    let texts = [
        "Oil prices were higher than a year ago. Shipments were delayed earlier in the year by floods.",
        "Profit rose to $98 million from $71 million a year earlier. Sales slowed earlier in the year as rates rose.",
        "Exports climbed 8%, compared with a year ago, and the port was closed for a week earlier in the year.",
    ];
    for text in texts {
        assert_eq!(value(text, "the year", a), "2028", "{text}");
    }
    // A year back told as the story's own time moves it.
    assert_eq!(value("A year ago, the firm bought a rival. Its shares fell later in the year.", "the year", a), "2027");
}

#[test]
fn a_year_that_ends_a_name_is_no_time() {
    let a = "2025-11-03";
    for (text, year) in [
        ("The two firms set up a venture called Polaris 1984 to build satellites.", "1984"),
        ("She is the reigning Miss Ireland 2025 and studies law.", "2025"),
        ("Visitors to Expo 2030 will need visas.", "2030"),
    ] {
        let found = all(text, at(a));
        assert!(found.iter().all(|(t, _)| t != year), "{text}: {found:?}");
    }
    // A year after a month, a preposition or at a sentence's start stays a time.
    assert_eq!(value("The plant opened in June 1984 near the river.", "June 1984", a), "1984-06");
    assert_eq!(value("The plant opened in 1984 near the river.", "1984", a), "1984");
    assert_eq!(value("Prices rose. 1984 was a hard year for farmers.", "1984", a), "1984");
    assert!(all("Earnings should recover over FY2024 as costs ease.", at(a)).iter().any(|(t, _)| t.contains("2024")));
}

#[test]
fn a_rate_is_no_time_and_a_frequency_is_a_set() {
    let a = "2025-11-03";
    // The period under a rate is part of the quantity it divides.
    for text in [
        "The refinery processes 200,000 barrels per day.",
        "The plan would save the city $40 million a year.",
        "Winds reached 120 kilometres per hour near the coast.",
        "The camp received 300 new arrivals a week.",
        "The clinic treats dozens of patients a day.",
    ] {
        let found = all(text, at(a));
        assert!(found.is_empty(), "{text}: {found:?}");
    }
    // How often something recurs is a set.
    assert_eq!(value("The council meets twice a year.", "a year", a), "P1Y");
    assert_eq!(value("Patrols pass three times a week.", "a week", a), "P1W");
    assert_eq!(value("Inspectors visit three times per month.", "per month", a), "P1M");
    // "a day after" an event is an interval, not a rate.
    assert_eq!(value("The recall comes a day after regulators warned the firm.", "a day", a), "P1D");
    // A length after a verb or "plus" is no rate either.
    assert_eq!(value("The purge sparks a year or two of unrest.", "a year", a), "P1Y");
    assert_eq!(value("Keep savings equal to your rent plus a year's worth of bills.", "a year", a), "P1Y");
}
