//! Round 16 (branch timex32): expressions we did not find at all, read off
//! the development lists (AQUAINT, TimeBank, MEANTIME airbus + gm) and kept
//! only where they cost no precision there. Every sentence is written for
//! these tests; the negatives show each rule stays in its lane.

mod common;

use common::{all, none_within, value};

// ---- "over the years": a vague length -----------------------------------

#[test]
fn over_the_years_is_a_vague_number_of_years_and_only_after_over() {
    let t = "The bakery thanked its staff for their loyalty over the years.";
    assert_eq!(value(t, "the years", "2031-05-04"), "PXY");
    let t = "Over the years, the village lost most of its young people.";
    assert_eq!(value(t, "the years", "2031-05-04"), "PXY");
    let t = "The coastline has shifted over the decades as storms grew stronger.";
    assert_eq!(value(t, "the decades", "2031-05-04"), "PXDE");
    let t = "Pilgrims have worn the steps smooth over the centuries.";
    assert_eq!(value(t, "the centuries", "2031-05-04"), "PXC");
    // and not elsewhere:
    // A span of numbered years, or years "of" something, is not the vague length.
    let t = "Rainfall was averaged over the years 2011 to 2019 for the report.";
    let found = all(t, "2031-05-04");
    assert!(!found.iter().any(|(x, _)| x == "the years"), "{found:?}");
    none_within("The river town grew rich over the years of the salt trade.", "the years", "2031-05-04");
    // Without "over" the plural alone stays unmarked.
    none_within("In the years that followed, the mill closed.", "the years", "2031-05-04");
    // "over" as "more than" before a number is untouched.
    assert_eq!(value("The repairs lasted over three years.", "over three years", "2031-05-04"), "P3Y");
}

// ---- "today is the eighth day of …": the article's day ------------------

#[test]
fn the_nth_day_of_something_told_in_the_present_is_the_articles_day_and_no_other() {
    let t = "In the capital, today is the fifth day of the bus strike.";
    assert_eq!(value(t, "the fifth day", "2031-03-14"), "2031-03-14");
    let t = "It's the third day of a siege of the northern port.";
    assert_eq!(value(t, "the third day", "2031-03-14"), "2031-03-14");
    let t = "It is the second day of talks between the two unions.";
    assert_eq!(value(t, "the second day", "2031-03-14"), "2031-03-14");
    // Told in the past, after a preposition, or with another subject:
    none_within("It was the third day of protests outside the factory.", "third day", "2031-03-14");
    none_within("On the first day of the trial, the judge read the charges.", "first day", "2031-03-14");
    none_within("The deadline is the first day of the new session.", "first day", "2031-03-14");
    none_within("Her favourite is the second day of the fair.", "second day", "2031-03-14");
}

// ---- "that night", "the same morning": a part of the day the text is at ---

#[test]
fn that_night_is_the_night_of_the_day_the_text_is_at_and_no_noun() {
    let t = "Two ferries collided off the cape on Friday. That night, divers searched the wreck.";
    assert_eq!(value(t, "That night", "2031-06-09"), "2031-06-06TNI");
    let t = "The mayor opened the fair on Saturday and spoke again that evening.";
    assert_eq!(value(t, "that evening", "2031-06-09"), "2031-06-07TEV");
    let t = "The storm reached the coast on May 2. The same morning, schools closed.";
    assert_eq!(value(t, "The same morning", "2031-06-09"), "2031-05-02TMO");
    // With no day named just before, the night is an event's, its day unknown:
    none_within("She recalled walking home alone that night.", "that night", "2031-06-09");
    let t = "The dam burst on April 4. Rescuers worked through the week to reach villages cut off by the water, \
             and the army flew in tents, food and medicine for the families who had lost their homes, \
             while engineers from three provinces surveyed the broken wall. He said he would never forget that night.";
    none_within(t, "that night", "2031-06-09");
    // "that" before a noun the part of the day makes, or a part "of" something:
    none_within("The union warned that night shifts would be cut.", "night", "2031-06-09");
    none_within("Traders were cautious in that morning session.", "morning", "2031-06-09");
    none_within("Nobody forgot that night of terror in the valley.", "night", "2031-06-09");
}
