//! One test per expression shape, on sentences written for these tests.
//! The anchor is Wednesday 5 November 2025 (ISO week 45) unless said.

use newsledger_timex::{find_times, Anchor, DatePrecision, SignalKind, TimeType, Timex, TimexKind};

fn anchor() -> Option<Anchor> {
    Some("2025-11-05".parse().unwrap())
}

fn times(text: &str, anchor: Option<Anchor>) -> Vec<(String, Option<String>)> {
    find_times(text, anchor).iter().map(|t| (t.text(text).to_string(), t.value.clone())).collect()
}

/// The single expression with this text.
fn one(text: &str, expr: &str, anchor: Option<Anchor>) -> Timex {
    let all = find_times(text, anchor);
    let found: Vec<_> = all.iter().filter(|t| t.text(text) == expr).collect();
    assert_eq!(found.len(), 1, "{expr:?} in {text:?}: found {:?}", times(text, anchor));
    found[0].clone()
}

fn value_of(text: &str, expr: &str) -> String {
    one(text, expr, anchor()).value.unwrap_or_default()
}

#[test]
fn bare_month_leans_to_the_past() {
    let t = one("Troops were withdrawn from the border in February.", "February", anchor());
    assert_eq!(t.value.as_deref(), Some("2025-02"));
    assert_eq!(t.precision, DatePrecision::Month);
    assert_eq!(t.time_type, TimeType::Date);
    // December has not come yet in a November article: the past one is last year's.
    assert_eq!(value_of("The ceasefire collapsed in December.", "December"), "2024-12");
}

#[test]
fn month_in_future_tense_goes_forward() {
    assert_eq!(value_of("The new force will be deployed in February.", "February"), "2026-02");
    assert_eq!(value_of("Elections are scheduled for March.", "March"), "2026-03");
    assert_eq!(value_of("Negotiators plan to meet again next February.", "next February"), "2026-02");
    assert_eq!(value_of("The law was passed last February.", "last February"), "2025-02");
}

#[test]
fn weeks() {
    let t = one("Two journalists were detained last week.", "last week", anchor());
    assert_eq!(t.value.as_deref(), Some("2025-W44"));
    assert_eq!(t.precision, DatePrecision::Week);
    assert_eq!(value_of("The commission reports this week.", "this week"), "2025-W45");
    assert_eq!(value_of("Talks resume next week.", "next week"), "2025-W46");
}

#[test]
fn weekdays_follow_the_tense() {
    assert_eq!(value_of("The governor said on Monday that the curfew would end.", "Monday"), "2025-11-03");
    assert_eq!(value_of("The governor will travel to the capital on Monday.", "Monday"), "2025-11-10");
    // The anchor's own weekday is the anchor day.
    assert_eq!(value_of("Police said Wednesday that six people were arrested.", "Wednesday"), "2025-11-05");
    assert_eq!(value_of("Friday's attack killed three guards.", "Friday"), "2025-10-31");
    assert_eq!(value_of("Protesters gathered on Friday night outside the prison.", "Friday night"), "2025-10-31TNI");
    let t = one("The mayor spoke on Tuesday.", "Tuesday", anchor());
    assert_eq!(t.precision, DatePrecision::Day);
}

#[test]
fn explicit_dates() {
    for (text, expr) in [
        ("The report was published on Nov. 3 by the ministry.", "Nov. 3"),
        ("The report was published on November 3, 2025, by the ministry.", "November 3, 2025"),
        ("The report was published on 2025-11-03 by the ministry.", "2025-11-03"),
        ("The report was published on 3 November 2025 by the ministry.", "3 November 2025"),
        ("The report was published on Monday, Nov. 3, by the ministry.", "Monday, Nov. 3"),
    ] {
        let t = one(text, expr, anchor());
        assert_eq!(t.value.as_deref(), Some("2025-11-03"), "{text}");
        assert_eq!(t.precision, DatePrecision::Day);
    }
    assert_eq!(value_of("The army entered the city on Aug. 7, 1998.", "Aug. 7, 1998"), "1998-08-07");
    assert_eq!(value_of("The vote was held in January 2024.", "January 2024"), "2024-01");
    assert_eq!(value_of("The dispute dates back to 1994.", "1994"), "1994");
}

#[test]
fn month_day_without_year_picks_the_sensible_year() {
    // A deadline a few weeks ahead stays in the future even in past tense.
    assert_eq!(value_of("The court set a deadline of Dec. 1 for the appeal.", "Dec. 1"), "2025-12-01");
    // A date well behind the anchor is this year's.
    assert_eq!(value_of("The bridge collapsed on Sept. 14, officials said.", "Sept. 14"), "2025-09-14");
    // Early in the year, a late-year date with past tense is last year's.
    let january = Some("2026-01-10".parse().unwrap());
    assert_eq!(one("The strike began on Dec. 20, the union said.", "Dec. 20", january).value.as_deref(), Some("2025-12-20"));
}

#[test]
fn dateline_after_a_headline() {
    // The headline's tense must not leak into the dateline paragraph.
    let text = "Ministry Plans New Curfew for Border Towns\n\nBy A. Reporter, MEXICO CITY, Nov. 4 / 7 AM EDT\n\nThe ministry said on Monday that the curfew would start soon.";
    let anchor = Some("2025-11-05".parse().unwrap());
    assert_eq!(one(text, "Nov. 4", anchor).value.as_deref(), Some("2025-11-04"));
    // A bare clock time takes the day mentioned just before it.
    assert_eq!(one(text, "7 AM EDT", anchor).value.as_deref(), Some("2025-11-04T07:00"));
    assert_eq!(one(text, "Monday", anchor).value.as_deref(), Some("2025-11-03"));
}

#[test]
fn deictic_and_relative_dates() {
    assert_eq!(value_of("The talks collapsed yesterday.", "yesterday"), "2025-11-04");
    assert_eq!(value_of("The ministry will publish the figures tomorrow.", "tomorrow"), "2025-11-06");
    assert_eq!(value_of("The council votes today.", "today"), "2025-11-05");
    let t = one("Arrests have doubled this year.", "this year", anchor());
    assert_eq!(t.value.as_deref(), Some("2025"));
    assert_eq!(t.precision, DatePrecision::Year);
    assert_eq!(value_of("The plant closed last month.", "last month"), "2025-10");
    assert_eq!(value_of("The plant closed last year.", "last year"), "2024");
    assert_eq!(value_of("The plant reopens next month.", "next month"), "2025-12");
    assert_eq!(value_of("The camp was shelled this morning.", "this morning"), "2025-11-05TMO");
    assert_eq!(value_of("Shots were heard last night.", "last night"), "2025-11-04TNI");
}

#[test]
fn ago() {
    let t = one("The envoy arrived two weeks ago.", "two weeks ago", anchor());
    assert_eq!(t.value.as_deref(), Some("2025-W43"));
    assert_eq!(t.precision, DatePrecision::Week);
    assert_eq!(value_of("The mine opened 30 years ago.", "30 years ago"), "1995");
    assert_eq!(value_of("The ship sank three days ago.", "three days ago"), "2025-11-02");
    assert_eq!(value_of("The treaty was signed a decade ago.", "a decade ago"), "2015");
    // No number: only "in the past" can be said.
    assert_eq!(value_of("The clinic closed years ago.", "years ago"), "PAST_REF");
}

#[test]
fn decades_and_centuries() {
    let t = one("The conflict began in the 1990s.", "1990s", anchor());
    assert_eq!(t.value.as_deref(), Some("199"));
    assert_eq!(t.precision, DatePrecision::Interval);
    assert_eq!(value_of("Prices last peaked in the early 1980s.", "early 1980s"), "198");
    assert_eq!(one("Prices last peaked in the early 1980s.", "early 1980s", anchor()).modifier, Some("START"));
    assert_eq!(value_of("Tensions go back to the '60s.", "'60s"), "196");
    assert_eq!(value_of("The town was founded in the 19th century.", "the 19th century"), "18");
}

#[test]
fn vague_references() {
    // Adverbs TimeBank rarely marks stay out; "currently" is marked.
    assert!(find_times("The group had previously expanded its operations.", anchor()).is_empty());
    assert_eq!(value_of("The plant is currently closed, as previously reported.", "currently"), "PRESENT_REF");
    // "now-" in a compound adjective is not a time.
    assert!(find_times("The now-cancelled deal was signed by the ministry.", anchor()).is_empty());
    assert_eq!(value_of("The group is now the largest in the state.", "now"), "PRESENT_REF");
    assert_eq!(value_of("Such attacks are likely in the future.", "the future"), "FUTURE_REF");
    assert_eq!(value_of("Such attacks were rare in the past.", "the past"), "PAST_REF");
    assert_eq!(one("The group is now the largest.", "now", anchor()).precision, DatePrecision::Unknown);
}

#[test]
fn durations() {
    let t = one("The siege lasted three years.", "three years", anchor());
    assert_eq!(t.value.as_deref(), Some("P3Y"));
    assert_eq!(t.time_type, TimeType::Duration);
    assert_eq!(t.precision, DatePrecision::Unknown);
    assert_eq!(value_of("After a 16-hour standoff, the gunmen surrendered.", "16-hour"), "PT16H");
    assert_eq!(value_of("The hearing took 5 1/2 hours.", "5 1/2 hours"), "PT5H30M");
    assert_eq!(value_of("The strike lasted twenty-four days.", "twenty-four days"), "P24D");
    assert_eq!(value_of("Fighting continued for several weeks.", "several weeks"), "PXW");
    assert_eq!(value_of("Violence has risen over the past six months.", "the past six months"), "P6M");
    assert_eq!(value_of("Fighting has continued for half an hour.", "half an hour"), "PT30M");
    let approx = one("The convoy waited about two hours at the border.", "about two hours", anchor());
    assert_eq!(approx.value.as_deref(), Some("PT2H"));
    assert_eq!(approx.modifier, Some("APPROX"));
    let more = one("The trial has taken more than a year.", "more than a year", anchor());
    assert_eq!(more.value.as_deref(), Some("P1Y"));
    assert_eq!(more.modifier, Some("MORE_THAN"));
}

#[test]
fn sets() {
    let t = one("The commission meets each year in Geneva.", "each year", anchor());
    assert_eq!(t.value.as_deref(), Some("P1Y"));
    assert_eq!(t.time_type, TimeType::Set);
    assert_eq!(value_of("The reports are published weekly.", "weekly"), "P1W");
    assert_eq!(value_of("Relatives protest every Monday outside the ministry.", "every Monday"), "XXXX-WXX-1");
    assert_eq!(value_of("The envoys meet twice a year.", "a year"), "P1Y");
    assert_eq!(value_of("Patrols now run every two hours.", "every two hours"), "PT2H");
}

#[test]
fn clock_times() {
    let t = one("The explosion happened at 7 AM EDT near the market.", "7 AM EDT", anchor());
    assert_eq!(t.value.as_deref(), Some("2025-11-05T07:00"));
    assert_eq!(t.time_type, TimeType::Time);
    assert_eq!(t.precision, DatePrecision::Minute);
    // "starts" (a schedule in the simple present) points to the coming Friday.
    assert_eq!(value_of("The curfew starts at 10:30 p.m. on Friday.", "10:30 p.m. on Friday"), "2025-11-07T22:30");
    assert_eq!(value_of("The curfew started at 10:30 p.m. on Friday.", "10:30 p.m. on Friday"), "2025-10-31T22:30");
    assert_eq!(value_of("The shooting began at 9 a.m. Tuesday, police said.", "9 a.m. Tuesday"), "2025-11-04T09:00");
    assert_eq!(value_of("The ceasefire took effect at noon.", "noon"), "2025-11-05T12:00");
    assert_eq!(value_of("The ceasefire took effect at 18:30 local time.", "18:30"), "2025-11-05T18:30");
}

#[test]
fn quarters_halves_seasons() {
    assert_eq!(value_of("Exports fell in the third quarter.", "the third quarter"), "2025-Q3");
    assert_eq!(value_of("Exports fell in the first half of 2024.", "the first half of 2024"), "2024-H1");
    assert_eq!(value_of("Exports fell sharply last fall.", "last fall"), "2024-FA");
    assert_eq!(value_of("The offensive began in the summer of 2023.", "the summer of 2023"), "2023-SU");
    assert_eq!(value_of("The company reported third-quarter losses.", "third-quarter"), "2025-Q3");
}

#[test]
fn holidays() {
    assert_eq!(value_of("The prisoners will be home by Christmas, the minister promised.", "Christmas"), "2025-12-25");
    assert_eq!(value_of("The hostages were freed on Thanksgiving Day last year.", "Thanksgiving Day last year"), "2024-11-28");
    assert_eq!(value_of("The hostages were freed on Thanksgiving.", "Thanksgiving"), "2024-11-28");
    assert_eq!(value_of("Voters go to the polls on Election Day.", "Election Day"), "2025-11-04");
    // The day after Thanksgiving, and the Monday after, not the nearest Friday or Monday.
    assert_eq!(value_of("Stores will open at dawn on Black Friday.", "Black Friday"), "2025-11-28");
    assert_eq!(value_of("Sales peaked on Black Friday 2019, the retailer said.", "Black Friday 2019"), "2019-11-29");
    assert_eq!(value_of("Online orders will spike on Cyber Monday.", "Cyber Monday"), "2025-12-01");
}

#[test]
fn anaphora_uses_the_last_mentioned_date() {
    let text = "The attack took place on Oct. 12. That day, the army closed the roads. Two days later, talks began.";
    assert_eq!(value_of(text, "That day"), "2025-10-12");
    assert_eq!(value_of(text, "Two days later"), "2025-10-14");
    let text = "The dam was finished in 1998. Later that year it flooded.";
    assert_eq!(value_of(text, "Later that year"), "1998");
}

#[test]
fn month_with_relative_year() {
    // The year phrase carries the value but stays out of the extent, as in
    // TimeML corpora; it is not reported on its own either.
    assert_eq!(times("The treaty was ratified in February this year.", anchor()), [("February".to_string(), Some("2025-02".to_string()))]);
    assert_eq!(times("The summit will be held in April next year.", anchor()), [("April".to_string(), Some("2026-04".to_string()))]);
    assert_eq!(value_of("Licences will not be renewed after October of next year.", "October"), "2026-10");
    assert_eq!(value_of("The ceasefire was signed on Feb. 3 last year.", "Feb. 3"), "2024-02-03");
}

#[test]
fn since_signals_and_event_intervals() {
    let text = "Arrests have doubled since 2018.";
    let t = one(text, "2018", anchor());
    assert_eq!(t.signal.map(|s| s.kind), Some(SignalKind::Since));
    assert_eq!(t.interval_value(anchor()).as_deref(), Some("2018/2025-11-05"));

    let text = "Homicides have fallen since Sheinbaum took office.";
    let t = one(text, "since Sheinbaum took office", anchor());
    assert_eq!(t.kind, TimexKind::EventAnchored);
    assert_eq!(t.precision, DatePrecision::Interval);
    assert_eq!(t.value.as_deref(), Some("XXXX-XX-XX/2025-11-05"));
    let t = one(text, "since Sheinbaum took office", None);
    assert_eq!(t.value.as_deref(), Some("XXXX-XX-XX/PRESENT_REF"));

    let text = "Prices have risen since the election.";
    assert_eq!(one(text, "since the election", anchor()).kind, TimexKind::EventAnchored);
    // Causal "since" is not a time.
    assert!(find_times("The vote was delayed since it is raining.", anchor()).is_empty());
}

#[test]
fn without_anchor_nothing_is_guessed() {
    let text = "In February the army withdrew; last week it returned, and on Monday it left again, two days after Feb. 10.";
    let got = times(text, None);
    assert_eq!(
        got,
        [
            ("February".to_string(), Some("XXXX-02".to_string())),
            ("last week".to_string(), None),
            ("Monday".to_string(), Some("XXXX-WXX-1".to_string())),
            ("two days".to_string(), Some("P2D".to_string())),
            ("Feb. 10".to_string(), Some("XXXX-02-10".to_string())),
        ]
    );
    let week = one(text, "last week", None);
    assert_eq!(week.precision, DatePrecision::Week);
    // Absolute dates need no anchor.
    assert_eq!(one("It happened on Aug. 7, 1998.", "Aug. 7, 1998", None).value.as_deref(), Some("1998-08-07"));
}

#[test]
fn things_that_are_not_times() {
    for text in [
        "Officials may meet the families.",
        "About 2,000 troops and 1,500 police were deployed.",
        "A 44-year-old man was arrested.",
        "The march to the capital was peaceful.",
        "Prices rose 2.5 percent.",
        "The group has 300 members in 12 states.",
        "The Sun reported that Jan Kavan had resigned.",
        "May the best candidate win, the mayor said.",
    ] {
        assert!(find_times(text, anchor()).is_empty(), "{text}: {:?}", times(text, anchor()));
    }
}

#[test]
fn spans_are_byte_offsets() {
    let text = "Officials — speaking on Monday — said the curfew ends next week.";
    let all = find_times(text, anchor());
    assert_eq!(all.len(), 2);
    assert_eq!(&text[all[0].start..all[0].end], "Monday");
    assert_eq!(all[0].start, text.find("Monday").unwrap());
    assert_eq!(&text[all[1].start..all[1].end], "next week");
}

#[test]
fn anchor_parsing() {
    assert!("2025-11-05".parse::<Anchor>().is_ok());
    assert!("2025-11-05T07:00:00Z".parse::<Anchor>().is_ok());
    assert!("2025-02-30".parse::<Anchor>().is_err());
    assert!("Nov. 5".parse::<Anchor>().is_err());
    assert!(Anchor::from_ymd(2025, 13, 1).is_err());
    assert_eq!(Anchor::from_ymd(2025, 11, 5).unwrap().ymd(), "2025-11-05");
}

#[test]
fn time_words_inside_names_and_titles_are_no_times() {
    let texts = [
        // A programme title in quotes, a newspaper, a broadcast's sign-off.
        "The minister told CBS's \"60 Minutes\" that talks had failed.",
        "The envoy, speaking on \"Meet The Press This Week,\" denied it.",
        "USA Today reported the figures first.",
        "This is Radio Free Europe Tonight.",
    ];
    for text in texts {
        assert_eq!(times(text, anchor()), vec![], "{text:?}");
    }
    // Speech, a possessive weekday after a closing quote, a headline in
    // title case and a time word opening a sentence stay times.
    assert_eq!(value_of("\"Tomorrow,\" the mediator said, \"we sign.\"", "Tomorrow"), "2025-11-06");
    assert_eq!(value_of("He called it \"a good day.\" In Sunday's debate he said so again.", "Sunday"), "2025-11-02");
    assert_eq!(value_of("Talks Resume in Geneva Today", "Today"), "2025-11-05");
    assert_eq!(value_of("The army withdrew. Today the town is quiet.", "Today"), "2025-11-05");
    assert_eq!(times("Voters will go to the polls on Election Day, officials said.", anchor()).len(), 1);
}

#[test]
fn would_looks_ahead_from_a_past_moment_so_the_nearest_date_wins() {
    // Anchor 5 November 2025: 1 October lies five weeks back; the pledge failed.
    assert_eq!(value_of("He broke his pledge that the army would withdraw on Oct. 1.", "Oct. 1"), "2025-10-01");
    assert_eq!(value_of("Officials said the convoy would leave on Nov. 20.", "Nov. 20"), "2025-11-20");
    // A bare weekday under "would" is days away, ahead.
    assert_eq!(value_of("The envoy said he would fly to Cairo on Friday.", "Friday"), "2025-11-07");
}

#[test]
fn planned_after_a_preposition_is_an_adjective() {
    // "rounds of planned outages in October": the outages were in the past October.
    assert_eq!(value_of("The utility cut power in two rounds of planned outages in October.", "October"), "2025-10");
    assert_eq!(value_of("Unions planned a march in December.", "December"), "2025-12");
}

#[test]
fn a_year_earlier_after_months_to_date_is_the_year() {
    // Anchor 5 November 2025, a results story: after the third quarter it
    // reports the first nine months, and "a year earlier" is those months
    // of 2024, which TimeML writes as the year.
    let text = "Third-quarter profit at the bakery rose to $4 million from $3 million a year earlier. \
                For the nine months, profit was $11 million, against $9 million a year earlier.";
    let found = times(text, anchor());
    let earlier: Vec<_> = found.iter().filter(|(t, _)| t == "a year earlier").map(|(_, v)| v.clone().unwrap_or_default()).collect();
    assert_eq!(earlier, ["2024-Q3", "2024"]);
    assert_eq!(value_of("Third-quarter sales fell. In the first eight months, sales were flat from a year ago.", "a year ago"), "2024");
    assert_eq!(value_of("Third-quarter sales fell. Nine-month sales were below year-earlier levels.", "year-earlier"), "2024");
    // A plain length is no reporting period; six months are a half, not
    // months of the year to date.
    assert_eq!(value_of("Third-quarter sales fell. Prices had risen for nine months, and were lower a year earlier.", "a year earlier"), "2024-Q3");
    assert_ne!(value_of("Third-quarter sales fell. For the first six months, sales were up from a year earlier.", "a year earlier"), "2024");
}

#[test]
fn early_late_and_mid_seasons() {
    // Anchor 5 November 2025; the hedge is the TimeML mod.
    let t = one("Orders recovered from the weak levels of the early summer.", "the early summer", anchor());
    assert_eq!(t.value.as_deref(), Some("2025-SU"));
    assert_eq!(t.modifier, Some("START"));
    assert_eq!(value_of("The river flooded in late spring.", "late spring"), "2025-SP");
    assert_eq!(one("Prices peaked in mid-summer.", "mid-summer", anchor()).modifier, Some("MID"));
    assert_eq!(value_of("The dam was finished in the late spring of 2023.", "the late spring of 2023"), "2023-SP");
    // "fall" as a drop is no season.
    assert_eq!(times("Shares posted an early fall in prices.", anchor()), vec![]);
    assert_eq!(times("The late fall in prices hurt exporters.", anchor()), vec![]);
}

#[test]
fn until_then_and_by_that_time_are_the_date_just_mentioned() {
    // Anchor 5 November 2025.
    let text = "The ceasefire expires on Nov. 20. Until then, convoys may cross the bridge.";
    assert_eq!(value_of(text, "then"), "2025-11-20");
    let text = "Creditors must vote by Dec. 3, and if no plan is approved by that time the court will pick one.";
    assert_eq!(value_of(text, "that time"), "2025-12-03");
    // A month stays a month.
    assert_eq!(value_of("The dam opens in March, and by then the valley will be cleared.", "then"), "2026-03");
    // With no date just before, "then" points at an event; "since then" is left alone.
    assert_eq!(times("The rebels withdrew. By then the town was empty.", anchor()), vec![]);
    let found = times("The register opened in 1950. Since then, 400 names were added.", anchor());
    assert_eq!(found, vec![("1950".to_string(), Some("1950".to_string()))]);
}

#[test]
fn a_part_of_the_day_before_its_day() {
    // Anchor Wednesday 5 November 2025.
    assert_eq!(value_of("In Lagos at mid-afternoon yesterday, the market closed.", "mid-afternoon yesterday"), "2025-11-04TAF");
    assert_eq!(value_of("The raid came in the early morning Sunday, residents said.", "early morning Sunday"), "2025-11-02TMO");
    // A plural is a habit, not a day.
    assert_eq!(times("The clinic opens mornings Friday through Sunday.", anchor()).iter().filter(|(t, _)| t.contains("mornings")).count(), 0);
}

#[test]
fn the_first_two_quarters_of_a_year_are_its_first_half() {
    let text = "The steelmaker expects weak demand through at least the first two quarters of 2026.";
    assert_eq!(value_of(text, "the first two quarters of 2026"), "2026-H1");
    // Without a year it stays the length it names.
    assert_eq!(value_of("Sales rose in the first two quarters.", "the first two quarters"), "P2Q");
}

#[test]
fn one_day_after_a_modal_is_some_day_to_come() {
    let t = one("Engineers say the probe could one day reach the outer planets.", "one day", anchor());
    assert_eq!(t.value.as_deref(), Some("FUTURE_REF"));
    assert_eq!(t.time_type, TimeType::Date);
    assert_eq!(value_of("She hopes she may one day return to the village.", "one day"), "FUTURE_REF");
    // Before a modal, and between a subject pronoun and its verb, too.
    assert_eq!(value_of("Exiles fear the paper one day may close for good.", "one day"), "FUTURE_REF");
    assert_eq!(value_of("His mother hoped he one day returns home.", "one day"), "FUTURE_REF");
    // A length stays a length.
    assert_eq!(value_of("The strike lasted one day.", "one day"), "P1D");
    assert_eq!(value_of("They left one day after the vote.", "one day"), "P1D");
    assert_eq!(value_of("The market was closed for one day.", "one day"), "P1D");
}

#[test]
fn the_quarter_ended_a_date_is_the_quarter_of_those_months() {
    // Anchor 5 November 2025. May to July fall mostly in the second quarter.
    let text = "In the quarter ended July 31, the retailer sold 40 stores.";
    assert_eq!(value_of(text, "the quarter"), "2025-Q2");
    assert_eq!(value_of(text, "July 31"), "2025-07-31");
    // A quarter the story already named (a company's fiscal numbering) wins.
    let text = "Fiscal first-quarter profit rose. Sales in the quarter ended Sept. 30 were flat.";
    assert_eq!(value_of(text, "the quarter"), "2025-Q1");
}
