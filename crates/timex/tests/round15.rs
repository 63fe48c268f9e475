//! Round 15 (branch timex23): rules read off the development lists
//! (AQUAINT, MEANTIME airbus + gm, the TempEval-3 silver), each tested on
//! sentences written for these tests, with negatives that show the rule
//! stays in its lane.

mod common;

use common::{all, at, value};
use newsledger_timex::find_times;

// ---- a shared year closes a pair or a range of dates --------------------

#[test]
fn a_year_after_two_days_of_one_month_is_both_days_year() {
    let t = "Floods struck the valley on March 4 and 7, 1952, and again years later.";
    assert_eq!(value(t, "March 4", "2026-11-28"), "1952-03-04");
    assert_eq!(value(t, "7, 1952", "2026-11-28"), "1952-03-07");
    let t = "The festival runs June 12 to 15, 2031, on the old airfield.";
    assert_eq!(value(t, "June 12", "2030-01-10"), "2031-06-12");
    assert_eq!(value(t, "15, 2031", "2030-01-10"), "2031-06-15");
}

#[test]
fn a_year_after_a_range_of_full_dates_is_the_first_dates_too() {
    let t = "The exhibition will be open from April 3 to September 30, 2029, in the harbour hall.";
    assert_eq!(value(t, "April 3", "2027-02-01"), "2029-04-03");
    let t = "The strikes took place on May 2 and May 9, 1984 at two pits.";
    assert_eq!(value(t, "May 2", "2020-06-01"), "1984-05-02");
    let t = "Hearings were held on Oct. 1, Oct. 8 and Oct. 15, 1999 in the capital.";
    assert_eq!(value(t, "Oct. 1", "2001-01-01"), "1999-10-01");
    assert_eq!(value(t, "Oct. 8", "2001-01-01"), "1999-10-08");
}

#[test]
fn a_range_over_new_year_gives_the_first_date_the_year_before() {
    let t = "The ceasefire lasted from December 22 to January 4, 2019, by most accounts.";
    assert_eq!(value(t, "December 22", "2023-05-05"), "2018-12-22");
    assert_eq!(value(t, "January 4, 2019", "2023-05-05"), "2019-01-04");
}

#[test]
fn a_year_further_on_is_not_shared() {
    // Not joined by "and"/"to" alone: the year belongs to the later clause.
    let t = "The council met on March 3 and voted in 2019 to close the plant.";
    assert_eq!(value(t, "March 3", "2024-06-10"), "2024-03-03");
    let t = "Talks opened on Nov. 4 and 5 in Lima; a treaty followed in 1998.";
    assert_eq!(value(t, "Nov. 4", "2005-11-20"), "2005-11-04");
    assert_eq!(value(t, "5", "2005-11-20"), "2005-11-05");
    // A second date that has a year of its own after a full stop.
    let t = "The vote is on May 6. June 1, 2020 was the last one.";
    assert_eq!(value(t, "May 6", "2024-04-01"), "2024-05-06");
    // "May 5 and 6 people": no second date, no year moved.
    let t = "On May 5 and 6 people were hurt in 2011 riots.";
    assert_eq!(value(t, "May 5", "2024-06-01"), "2024-05-05");
}

// ---- two years running ---------------------------------------------------

#[test]
fn two_years_running_are_a_year_not_a_month() {
    assert_eq!(value("Exports grew in 2007-08 despite the drought.", "2007", "2010-02-02"), "2007");
    assert_eq!(value("The club finished third in the 2011-12 season.", "2011", "2014-02-02"), "2011");
    assert_eq!(value("Budget cuts for 2002-03 were approved in parliament.", "2002", "2002-01-15"), "2002");
}

#[test]
fn a_year_and_a_month_stay_a_month() {
    assert_eq!(value("Prices peaked in 2007-06 and fell afterwards.", "2007-06", "2010-02-02"), "2007-06");
    assert_eq!(value("The report covers 2013-11 only.", "2013-11", "2014-02-02"), "2013-11");
    // Not the next year: a month ("2004-03" is March 2004).
    assert_eq!(value("Sales slumped in 2004-03, the figures show.", "2004-03", "2005-01-01"), "2004-03");
}

// ---- the future does not fall in a year already over -----------------------

#[test]
fn told_in_the_future_the_year_is_not_a_past_year_named_before() {
    // The last year named (last year, 2026) is over; "will" looks ahead.
    let t = "The board kept the plan it approved last year. The new line will open before the end of the year.";
    assert_eq!(value(t, "the end of the year", "2027-04-20"), "2027");
    let t = "She won the cup in 2019. She will defend the title later in the year, her coach said.";
    assert_eq!(value(t, "the year", "2022-03-01"), "2022");
    let t = "The fund lost money in 2020. Its manager will step down at the end of the year.";
    assert_eq!(value(t, "the end of the year", "2023-09-09"), "2023");
}

#[test]
fn in_the_past_the_year_named_before_still_holds() {
    let t = "The plant closed in 2019. Its staff had left by the end of the year.";
    assert_eq!(value(t, "the end of the year", "2024-02-02"), "2019");
    let t = "In 1998 the team moved north. It won the league later that year.";
    assert_eq!(value(t, "later that year", "2005-05-05"), "1998");
}

#[test]
fn in_the_future_a_year_named_ahead_still_holds() {
    let t = "Elections are due in 2031. The party will pick a leader before the end of the year.";
    assert_eq!(value(t, "the end of the year", "2029-06-01"), "2031");
}

#[test]
fn a_count_of_years_from_a_past_date_may_lie_ahead() {
    // "ten years later" counts off the reference; it is not the same period.
    let t = "The lease was signed in 2020. It will end ten years later.";
    assert_eq!(value(t, "ten years later", "2024-01-01"), "2030");
}

// ---- "since" looks back ---------------------------------------------------

#[test]
fn a_date_after_since_lies_behind_the_article() {
    // A present verb after the expression does not pull it ahead.
    let t = "There were a dozen raids since late October, which officials say points to a new strategy.";
    assert_eq!(value(t, "late October", "2019-12-03"), "2019-10");
    let t = "Fares have climbed since August, and airlines expect more increases.";
    assert_eq!(value(t, "August", "2022-03-15"), "2021-08");
    let t = "The border has stayed shut since Tuesday, aides say.";
    assert_eq!(value(t, "Tuesday", "2024-05-02"), "2024-04-30");
}

#[test]
fn without_since_a_month_ahead_stays_ahead() {
    let t = "Fares will climb in August, and airlines expect more increases.";
    assert_eq!(value(t, "August", "2022-03-15"), "2022-08");
    let t = "The raids are planned for late October, officials say.";
    assert_eq!(value(t, "late October", "2019-06-03"), "2019-10");
}

// ---- "overnight" told in the future ----------------------------------------

#[test]
fn overnight_in_the_future_is_the_coming_night() {
    assert_eq!(value("Heavy snow will fall overnight across the hills.", "overnight", "2026-01-20"), "2026-01-20TNI");
    assert_eq!(value("The convoy is expected to cross the border overnight.", "overnight", "2026-01-20"), "2026-01-20TNI");
}

#[test]
fn overnight_in_the_past_is_the_night_before() {
    assert_eq!(value("Gunmen attacked the checkpoint overnight, the army said.", "overnight", "2026-01-20"), "2026-01-19TNI");
    assert_eq!(value("Rain fell overnight and the river rose.", "overnight", "2026-01-20"), "2026-01-19TNI");
}

// ---- an award's name -------------------------------------------------------

#[test]
fn an_award_names_no_period() {
    for t in [
        "The striker was voted player of the year by the league's coaches.",
        "She was named coach of the season after the title run.",
        "The bakery's owner became employee of the month twice.",
        "The magazine picked the pontiff as its person of the year.",
    ] {
        let found = all(t, "2025-06-01");
        assert!(found.is_empty(), "{t:?}: {found:?}");
    }
}

#[test]
fn the_year_after_other_nouns_is_still_the_year() {
    let t = "It was the biggest merger of the year, bankers said.";
    assert_eq!(value(t, "the year", "2025-06-01"), "2025");
    let t = "The worst storm of the year struck the coast in February.";
    assert_eq!(value(t, "the year", "2025-06-01"), "2025");
}

// ---- "planned for" after its noun names the plan ---------------------------

#[test]
fn a_plan_named_after_its_noun_leaves_the_tense_to_the_clause() {
    // Sunday 24 Oct 2027: "was cancelled" is the clause's verb.
    let t = "A vigil planned outside the town hall for Saturday was cancelled after threats.";
    assert_eq!(value(t, "Saturday", "2027-10-24"), "2027-10-23");
    // Thursday 14 Mar 2030.
    let t = "The strike planned for Monday is off, the union says.";
    assert_eq!(value(t, "Monday", "2030-03-14"), "2030-03-18");
    let t = "A concert planned for Saturday will go ahead despite the rain.";
    assert_eq!(value(t, "Saturday", "2030-03-14"), "2030-03-16");
}

#[test]
fn planned_as_a_verb_still_looks_ahead() {
    let t = "The unions planned a march on Saturday.";
    assert_eq!(value(t, "Saturday", "2030-03-14"), "2030-03-16");
    let t = "The opening was planned for Saturday.";
    assert_eq!(value(t, "Saturday", "2030-03-14"), "2030-03-16");
    let t = "They planned for Saturday, organisers said.";
    assert_eq!(value(t, "Saturday", "2030-03-14"), "2030-03-16");
}

// ---- a holiday naming a kind of thing --------------------------------------

#[test]
fn a_holiday_before_a_thing_is_no_date() {
    for t in [
        "Sales of Christmas trees rose sharply at the garden centre.",
        "Factories that make Christmas decorations cut shifts.",
        "The children painted Easter eggs in class.",
        "Shops sold out of Halloween costumes.",
    ] {
        let found = all(t, "2025-11-03");
        assert!(found.is_empty(), "{t:?}: {found:?}");
    }
}

#[test]
fn a_holiday_before_a_time_word_or_an_event_keeps_its_date() {
    let t = "Traffic will be heavy before the Christmas holidays.";
    assert_eq!(value(t, "Christmas", "2025-11-03"), "2025-12-25");
    let t = "He will fly home for Thanksgiving dinner.";
    assert_eq!(value(t, "Thanksgiving", "2025-11-03"), "2025-11-27");
    let t = "Stores expect brisk trade over Christmas, analysts say.";
    assert_eq!(value(t, "Christmas", "2025-11-03"), "2025-12-25");
}

// ---- "over" and "last" as words of their own --------------------------------

/// The expression with this text and its TimeML mod.
fn with_mod(text: &str, anchor: &str) -> Vec<(String, Option<String>)> {
    find_times(text, at(anchor)).iter().map(|t| (t.text(text).to_string(), t.modifier.map(|m| m.to_string()))).collect()
}

#[test]
fn over_after_a_word_that_is_no_length_word_is_a_preposition() {
    assert_eq!(with_mod("The contract is worth $2 billion over eight years.", "2030-01-01"), vec![("eight years".to_string(), None)]);
    assert_eq!(with_mod("The payments were spread over three months.", "2030-01-01"), vec![("three months".to_string(), None)]);
    assert_eq!(with_mod("Rents rose 9 percent over two years.", "2030-01-01"), vec![("two years".to_string(), None)]);
}

#[test]
fn over_after_a_length_word_means_more_than() {
    let m = Some("MORE_THAN".to_string());
    assert_eq!(with_mod("The meeting lasted over three hours.", "2030-01-01"), vec![("over three hours".to_string(), m.clone())]);
    assert_eq!(with_mod("She has coached the side for over a decade.", "2030-01-01"), vec![("over a decade".to_string(), m.clone())]);
    assert_eq!(with_mod("Over two years ago, the mill shut.", "2030-01-01"), vec![("Over two years ago".to_string(), m)]);
}

#[test]
fn last_after_a_modal_before_a_length_is_the_verb() {
    assert_eq!(value("The inquiry could last nine months.", "nine months", "2030-01-01"), "P9M");
    assert_eq!(value("The works are expected to last two weeks.", "two weeks", "2030-01-01"), "P2W");
    assert_eq!(value("The tour will last a month.", "a month", "2030-01-01"), "P1M");
}

#[test]
fn last_before_a_date_or_after_the_stays_a_date() {
    // Wednesday 15 Jan 2030.
    assert_eq!(value("Exports grew compared to last year.", "last year", "2030-01-15"), "2029");
    assert_eq!(value("The board, which last week approved the plan, met again.", "last week", "2030-01-15"), "2030-W02");
    assert_eq!(value("Prices fell in the last nine months.", "the last nine months", "2030-01-15"), "P9M");
}

// ---- US clock zones ---------------------------------------------------------

#[test]
fn et_and_pt_after_a_clock_are_its_zone() {
    // Thursday 14 Mar 2030.
    let t = "Trading halted at 2 p.m. ET on Wednesday.";
    assert_eq!(value(t, "2 p.m. ET on Wednesday", "2030-03-14"), "2030-03-13T14:00");
    let t = "The polls closed at 8 p.m. PT, and counting began.";
    assert_eq!(value(t, "8 p.m. PT", "2030-03-14"), "2030-03-14T20:00");
}

#[test]
fn et_and_pt_elsewhere_are_no_time() {
    for t in ["Smith et al. reported the trial in a journal.", "The PT cruiser and ET the film were both hits."] {
        let found = all(t, "2030-03-14");
        assert!(found.is_empty(), "{t:?}: {found:?}");
    }
}

// ---- the same period as months to date --------------------------------------

#[test]
fn the_same_period_after_months_to_date_is_last_year() {
    // A month named before does not make the period a month.
    let t = "In March, the ministry changed its rules. Imports rose in the first ten months compared with the same period last year.";
    assert_eq!(value(t, "the same period last year", "2031-11-20"), "2030");
    let t = "Car sales in the first seven months of this year were 9 percent above the same period of last year.";
    assert_eq!(value(t, "the same period of last year", "2031-08-20"), "2030");
    let t = "Output grew 4 percent in the first three quarters from the same period last year.";
    assert_eq!(value(t, "the same period last year", "2031-11-02"), "2030");
}

#[test]
fn the_same_period_after_a_month_is_that_month_a_year_back() {
    let t = "Fares rose in September from the same period last year.";
    assert_eq!(value(t, "the same period last year", "2031-10-20"), "2030-09");
    // Months to date in an earlier sentence do not carry over.
    let t = "Profit fell in the first nine months. In September, orders were down from the same period last year.";
    assert_eq!(value(t, "the same period last year", "2031-10-20"), "2030-09");
}

// ---- a futures contract's month ---------------------------------------------

#[test]
fn a_month_for_delivery_lies_ahead() {
    // 10 Nov 2031: the market fell, the contract month is still to come.
    assert_eq!(value("Brent crude for delivery in January fell 80 cents.", "January", "2031-11-10"), "2032-01");
    assert_eq!(value("Copper for delivery in December slipped on Friday.", "December", "2031-11-10"), "2031-12");
}

#[test]
fn a_delivery_taken_in_a_month_is_told_in_its_tense() {
    assert_eq!(value("The airline took delivery in October of two jets.", "October", "2031-11-10"), "2031-10");
    assert_eq!(value("Wheat delivered in January was of poor quality.", "January", "2031-11-10"), "2031-01");
}
