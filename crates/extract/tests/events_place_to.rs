//! "to" before a place names where troops go ("deployed troops to the
//! border") only after the trigger: the infinitive's "to" before it ("voted
//! to expel United States troops") makes the country no place of the act.
//! Sentences written for this test.

use newsledger_extract::Pipeline;
use newsledger_model::{Article, Event, EventType};

fn events(text: &str) -> Vec<Event> {
    let art = Article { id: "a1".into(), language: "en".into(), text: text.to_string(), published: Some("2025-11-03".into()), ..Default::default() };
    Pipeline::for_language("en").analyze(&art).events
}

#[test]
fn an_infinitive_to_before_the_trigger_gives_no_place() {
    for (text, not_place) in [
        ("Lawmakers voted to expel United States troops from the country.", "United States"),
        ("The assembly moved to deport Nigerian workers after the riots.", "Nigeria"),
        ("The cabinet agreed to ban Russian ships from the port.", "Russia"),
    ] {
        let evs = events(text);
        let coerce: Vec<&Event> = evs.iter().filter(|e| e.event_type == EventType::Coerce).collect();
        assert!(!coerce.is_empty(), "{text}: {evs:#?}");
        for e in coerce {
            assert!(e.place.as_ref().is_none_or(|p| p.name != not_place), "{text}: {e:?}");
        }
    }
    // After the trigger, "to" still names where they went.
    for (text, place) in [
        ("Mexico deployed 10,000 troops to Sinaloa on Monday.", "Sinaloa"),
        ("The government sent soldiers to Tijuana after the attack.", "Tijuana"),
    ] {
        let evs = events(text);
        let e = evs.iter().find(|e| e.event_type == EventType::Mobilize).unwrap_or_else(|| panic!("{text}: {evs:#?}"));
        assert_eq!(e.place.as_ref().map(|p| p.name.as_str()), Some(place), "{text}: {e:?}");
    }
}
