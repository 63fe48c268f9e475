//! Round 17 (branch timex36): shapes read off our own output on real news
//! (Wikinews articles and news pages, judged against the TimeML guidelines),
//! not off a gold list. Every sentence is written for these tests; the
//! negatives show each rule stays in its lane.

mod common;

use common::{all, none_within, value};

// ---- a clock time told in the past is the story's day ------------------

/// Filler sentences that push a day named at the start more than 40 tokens
/// away from what follows, as a news story's second paragraph does.
const FILLER: &str = "The old mill had stood empty for a long while, and neighbours said its roof had been leaking badly. \
Inspectors from the county had visited it twice and written to the owner, who lives abroad and did not reply to them. \
A local charity had hoped to turn it into a workshop for young carpenters and painters.";

#[test]
fn a_clock_time_told_in_the_past_takes_the_day_the_story_tells_not_the_articles() {
    // Story written on Thursday 2031-05-08 about a fire on Monday.
    let t = format!("A fire destroyed a disused mill in the river town on Monday. {FILLER}\n\nThe blaze broke out at around 4:15am, firefighters said.");
    assert_eq!(value(&t, "4:15am", "2031-05-08"), "2031-05-05T04:15");
    let t = format!("A ferry ran aground near the harbour yesterday morning. {FILLER}\n\nCrews had the vessel afloat again by 11:00 local time.");
    assert_eq!(value(&t, "11:00", "2031-05-08"), "2031-05-07T11:00");
    // "broke", "blew", "arose": irregular past forms the tense list lacked.
    let t = format!("A storm flattened a row of sheds on Sunday. {FILLER}\n\nA second fire broke out at about 2:10am, residents said.");
    assert_eq!(value(&t, "2:10am", "2031-05-08"), "2031-05-04T02:10");
    // A date ahead named in between is no reference for the past clock time.
    let t = "The suspect appeared in court yesterday over a robbery on Saturday. He will appear again on June 12.\n\nThe robbery took place at about 14:20 near the station, police said.";
    assert_eq!(value(t, "14:20", "2031-05-08"), "2031-05-03T14:20");
    // and not elsewhere: a clock time that is no past moment of the story
    // keeps the article's day.
    // The page's own stamp: the day it was written.
    let t = format!("The council voted on Monday to close the mill. {FILLER}\n\nThis story was updated at 5:45 p.m. with comment from the owner.");
    assert_eq!(value(&t, "5:45 p.m.", "2031-05-08"), "2031-05-08T17:45");
    let t = format!("The council voted on Monday to close the mill. {FILLER}\n\nThe notice was posted at 9:10 a.m. on the council's site.");
    assert_eq!(value(&t, "9:10 a.m.", "2031-05-08"), "2031-05-08T09:10");
    // Told ahead: the article's day (no past day is borrowed).
    let t = format!("The council voted on Monday to close the mill. {FILLER}\n\nThe gates will close at 6 p.m., the council says.");
    assert_eq!(value(&t, "6 p.m.", "2031-05-08"), "2031-05-08T18:00");
    // Told in the past but far beyond the first paragraphs of a day named
    // once: the story has moved on, and the article's day stands.
    let long = FILLER.repeat(6);
    let t = format!("The council voted on Monday to close the mill. {long}\n\nThe last visitors left at 6 p.m., staff said.");
    assert_eq!(value(&t, "6 p.m.", "2031-05-08"), "2031-05-08T18:00");
}

// ---- a holiday's name inside a name is no date -------------------------

#[test]
fn a_holiday_before_a_capitalised_name_word_is_part_of_a_name() {
    none_within("Scientists mapped the statues of Easter Island with drones.", "Easter", "2031-05-08");
    none_within("Easter Island lies far from any other inhabited land.", "Easter", "2031-05-08");
    none_within("The ship docked at Christmas Island after a storm.", "Christmas", "2031-05-08");
    none_within("Volunteers of the Great Orchestra of Christmas Charity collected money in the square.", "Christmas", "2031-05-08");
    // and not elsewhere: the holiday itself keeps its date.
    assert_eq!(value("The shop will close on Christmas Day.", "Christmas Day", "2031-05-08"), "2031-12-25");
    assert_eq!(value("The family met at Christmas in the old house.", "Christmas", "2031-05-08"), "2030-12-25");
    let found = all("Shoppers Flock Back To Stores After Christmas Lull", "2031-12-28");
    assert!(found.iter().any(|(x, _)| x == "Christmas"), "{found:?}");
}

// ---- a capitalised time word inside an expression: a title -------------

#[test]
fn a_capitalised_time_word_after_a_lower_case_one_is_a_title_in_sentence_case() {
    none_within("She dressed as the time traveller from Back to the Future for the parade.", "the Future", "2031-05-08");
    none_within("He was a writer for Breakfast in the Morning on a local radio station.", "the Morning", "2031-05-08");
    none_within("The band closed with a song called Until the Evening before leaving.", "the Evening", "2031-05-08");
    // and not elsewhere: lower-case time words, months and a capitalised unit
    // keep their values,
    // and a headline in title case is left.
    assert_eq!(value("The shop opened in the morning, the owner said.", "the morning", "2031-05-08"), "2031-05-08TMO");
    assert_eq!(value("Prices fell in early March, traders said.", "early March", "2031-05-08"), "2031-03");
    assert_eq!(value("The plague reached the port in the 14th Century, records show.", "the 14th Century", "2031-05-08"), "13");
    let found = all("Storm Expected To Hit Coast In The Morning", "2031-05-08");
    assert!(found.iter().any(|(x, _)| x == "The Morning"), "{found:?}");
}
