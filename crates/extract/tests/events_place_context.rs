//! An event that happened, whose sentence names no place, takes the story's
//! country (place basis `context`, country precision) when the article is set
//! in one country, and nothing when it may be elsewhere. Sentences written
//! for these tests.

mod common;

use newsledger_model::{Event, EventType, Facts, PlaceBasis, PlacePrecision};

fn analyze(text: &str) -> Facts {
    common::analyze_dated(text, "2025-03-10")
}

fn by_trigger<'f>(f: &'f Facts, trigger: &str) -> &'f Event {
    f.events.iter().find(|e| e.trigger == trigger).unwrap_or_else(|| panic!("no event {trigger:?} in {:#?}", f.events))
}

fn country_of(e: &Event) -> Option<&str> {
    e.place.as_ref().and_then(|p| p.country.as_deref())
}

const SET_IN_KENYA: &str = "Protesters marched through the streets of Nairobi in Kenya on Sunday against new taxes.\n\n\
Police fired tear gas at the crowd near the parliament building in Nairobi.\n\n\
Officers arrested 40 people by the evening, a spokesman said.\n";

#[test]
fn an_arrest_in_a_story_set_in_one_country_takes_that_country() {
    let f = analyze(SET_IN_KENYA);
    let arrest = by_trigger(&f, "arrested");
    assert_eq!(country_of(arrest), Some("KE"), "{arrest:#?}");
    assert_eq!(arrest.place_basis, Some(PlaceBasis::Context));
    let place = arrest.place.as_ref().map(|p| p.precision);
    assert_eq!(place, Some(PlacePrecision::Country), "the spot is not known, only the country");
}

#[test]
fn a_meeting_takes_no_story_country() {
    // A meeting, a call or aid is between countries as often as inside one.
    let f = analyze(&format!("{SET_IN_KENYA}\nThe minister held a meeting with opposition leaders on Monday.\n"));
    let meeting = f.events.iter().find(|e| e.event_type == EventType::Consult).expect("the meeting");
    assert!(meeting.place.is_none(), "{meeting:#?}");
}

#[test]
fn a_story_set_in_two_countries_settles_nothing() {
    let f = analyze(
        "Fighting broke out in Armenia on Sunday. Shells fell in Azerbaijan overnight, officials in Azerbaijan said.\n\n\
Soldiers arrested 12 men on Monday, a spokesman said.\n",
    );
    let arrest = by_trigger(&f, "arrested");
    assert!(arrest.place.is_none(), "{arrest:#?}");
}

#[test]
fn another_nationality_in_the_sentence_blocks_the_story_country() {
    let f = analyze(&format!("{SET_IN_KENYA}\nUgandan police arrested two suspects on Tuesday.\n"));
    let ugandan = f.events.iter().find(|e| e.trigger == "arrested" && e.evidence.start > SET_IN_KENYA.len()).expect("the Ugandan arrest");
    assert_ne!(country_of(ugandan), Some("KE"), "{ugandan:#?}");
}

#[test]
fn force_used_by_the_story_state_gets_no_place() {
    // A state strikes abroad as often as at home: "Turkish airstrikes" in a
    // story set in Turkey may fall in Syria.
    let f = analyze(
        "Parliament met in Ankara in Turkey on Monday to debate the budget.\n\n\
Opposition deputies protested outside the building in Ankara.\n\n\
Turkish airstrikes hit several targets overnight, the ministry said.\n",
    );
    let strikes = f.events.iter().find(|e| e.event_type == EventType::Assault).expect("airstrikes");
    assert!(strikes.place.is_none(), "{strikes:#?}");
    let protest = by_trigger(&f, "protested");
    assert_eq!(country_of(protest), Some("TR"), "{protest:#?}");
}

#[test]
fn a_country_that_only_modifies_a_noun_does_not_set_the_story() {
    // "US troops" says whose troops, "in Iraq" where the story is.
    let f = analyze(
        "Two US soldiers were killed in a rocket attack on a base in Iraq, the US military said.\n\n\
US officials blamed a militia.\n\n\
Hundreds of people were wounded in the fighting this year.\n",
    );
    let wounded = by_trigger(&f, "wounded");
    assert_eq!(country_of(wounded), Some("IQ"), "{wounded:#?}");
}
