//! Where an event happened when its own sentence does not say so plainly:
//! a restriction holds where the office that declared it governs, and a
//! story told through one country's people is set in that country.
//! Sentences written for these tests.

mod common;

use common::{analyze_dated, by_trigger};
use newsledger_model::{Event, PlaceBasis};

fn country_of(e: &Event) -> Option<&str> {
    e.place.as_ref().and_then(|p| p.country.as_deref())
}

fn place_name(e: &Event) -> Option<&str> {
    e.place.as_ref().map(|p| p.name.as_str())
}

#[test]
fn an_emergency_declared_by_the_governor_of_a_place_holds_there() {
    let text = "Heavy rain flooded roads for a third day.\n\n\
The governor of Louisiana, a state on the Gulf coast, declared a state of emergency on Thursday.\n";
    let f = analyze_dated(text, "2025-07-11");
    let emergency = by_trigger(&f, text, "state of emergency");
    assert_eq!(place_name(emergency), Some("Louisiana"), "{emergency:#?}");
    assert_eq!(emergency.place_basis, Some(PlaceBasis::Sentence));
}

#[test]
fn a_place_before_the_office_title_is_its_jurisdiction() {
    let text = "Wildfires spread overnight.\n\nOregon Governor Jane Miller declared a state of emergency and asked for federal help.\n";
    let f = analyze_dated(text, "2025-08-02");
    let emergency = by_trigger(&f, text, "state of emergency");
    assert_eq!(place_name(emergency), Some("Oregon"), "{emergency:#?}");
}

#[test]
fn a_place_after_the_restriction_is_not_the_declarers() {
    // Only a place that names the declarer's office before the trigger says
    // where it holds; a place in the rest of the sentence may be anything.
    let text = "The mayor declared a curfew on Friday after a visit from the governor of Texas.\n";
    let f = analyze_dated(text, "2025-08-02");
    let curfew = by_trigger(&f, text, "curfew");
    assert_ne!(place_name(curfew), Some("Texas"), "{curfew:#?}");
}

#[test]
fn a_country_followed_by_its_verb_sets_the_story() {
    // "Kenya began …": the name is the subject, not an adjective of "began".
    let text = "Kenya began a two-day census on Saturday.\n\n\
Officials counted households in every county, a spokesman said.\n\n\
Police arrested 12 people for obstructing the count on Sunday.\n";
    let f = analyze_dated(text, "2025-08-25");
    let arrest = by_trigger(&f, text, "arrested");
    assert_eq!(country_of(arrest), Some("KE"), "{arrest:#?}");
    assert_eq!(arrest.place_basis, Some(PlaceBasis::Context));
}

#[test]
fn a_story_told_through_one_peoples_name_is_set_in_their_country() {
    // Fiji is named once, the United States twice, but the story's people
    // are Fijian: the demonyms settle what the place names leave open.
    let text = "The government of Fiji began a week of road closures on Monday.\n\n\
Fijian Prime Minister Sitiveni Rabuka said the closures were needed. Fijian officials asked drivers to stay home.\n\n\
The Fijian police arrested 30 people for breaking the closures.\n\n\
Similar measures were tried in the United States, where the United States later dropped them.\n";
    let f = analyze_dated(text, "2025-05-20");
    let arrest = by_trigger(&f, text, "arrested");
    assert_eq!(country_of(arrest), Some("FJ"), "{arrest:#?}");
}

#[test]
fn a_foreign_people_do_not_unsettle_a_story_its_places_settle() {
    // The places settle New Zealand; several mentions of an Australian
    // suspect say who he is, not where the story is.
    let text = "A gunman opened fire at a shop in Auckland in New Zealand on Friday.\n\n\
The Australian suspect had moved to Wellington last year. Australian officials said the Australian man had no record.\n\n\
Police arrested the suspect after a chase, officers said.\n";
    let f = analyze_dated(text, "2025-03-15");
    let arrest = f.events.iter().find(|e| e.trigger == "arrested").expect("the arrest");
    assert_eq!(country_of(arrest), Some("NZ"), "{arrest:#?}");
}
