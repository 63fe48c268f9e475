//! claims28: counted things a fact-checker saw wrong. "several thousand" /
//! "a few hundred" are one open amount; a part of a whole named after a
//! possessor ("five of the territory's six delegates") counts the whole's
//! noun; a past form after a plural noun is the verb, not part of what is
//! counted ("over 400 firefighters participated"). Sentences written for
//! these tests.

mod common;

use newsledger_model::{Facts, Quantity};

fn quantity<'f>(f: &'f Facts, text: &str, figure: &str) -> &'f Quantity {
    f.claims.iter().flat_map(|c| c.quantities.iter()).find(|q| q.text == figure).unwrap_or_else(|| panic!("{text}: no quantity {figure:?}: {:#?}", f.claims))
}

#[test]
fn several_thousand_is_one_amount() {
    for (text, figure, what, low) in [
        ("Several thousand supporters gathered outside the court.", "Several thousand", "supporters", 3000.0),
        ("Police said a few hundred people marched to the square.", "a few hundred", "people", 200.0),
        ("The storm left several million homes without power.", "several million", "homes", 3_000_000.0),
    ] {
        let f = common::analyze(text);
        let q = quantity(&f, text, figure);
        assert_eq!(q.what.as_deref(), Some(what), "{text}: {q:#?}");
        assert_eq!(q.value, Some(low), "{text}: {q:#?}");
    }
    // "several" alone and "hundreds" are as before.
    let text = "Several people were hurt and hundreds fled.";
    let f = common::analyze(text);
    assert_eq!(quantity(&f, text, "Several").what.as_deref(), Some("people"), "{:#?}", f.claims);
}

#[test]
fn a_part_after_a_possessor_counts_the_wholes_noun() {
    for (text, part, what) in [
        ("He won five of the territory's six delegates.", "five", "delegates"),
        ("Six of the country's eight provinces were hit by floods.", "Six", "provinces"),
        ("She secured 39 of South Carolina's 54 delegates.", "39", "delegates"),
        ("Two of the gunman's 7 victims died in hospital.", "Two", "victims"),
    ] {
        let f = common::analyze(text);
        let q = quantity(&f, text, part);
        assert_eq!(q.what.as_deref(), Some(what), "{text}: {q:#?}");
    }
    // A possessor with no count after it is what the part counts of.
    let text = "Two of the gunman's victims died in hospital.";
    let f = common::analyze(text);
    assert_eq!(quantity(&f, text, "Two").what.as_deref(), Some("the gunman's victims"), "{:#?}", f.claims);
}

#[test]
fn a_past_form_after_a_plural_noun_is_the_verb() {
    for (text, figure, what) in [
        ("Over 400 firefighters participated in the rescue.", "Over 400", "firefighters"),
        ("Fifteen senators defected in the vote.", "Fifteen", "senators"),
        ("Ten motorcycles collided on the bridge.", "Ten", "motorcycles"),
        ("Nearly 300 school districts closed because of the strike.", "Nearly 300", "school districts"),
    ] {
        let f = common::analyze(text);
        let q = quantity(&f, text, figure);
        assert_eq!(q.what.as_deref(), Some(what), "{text}: {q:#?}");
    }
    // Before a noun it modifies, the form stays in the phrase.
    let text = "Officials recorded 53 measles related deaths this year.";
    let f = common::analyze(text);
    assert_eq!(quantity(&f, text, "53").what.as_deref(), Some("measles related deaths"), "{:#?}", f.claims);
}
