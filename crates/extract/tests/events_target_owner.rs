//! A country named as the owner of an attack's target ("the attack on the
//! U.S. Embassy in Baghdad") is not where the attack happened. Sentences
//! written for these tests.

mod common;

use newsledger_model::{Event, EventType, Facts};

fn analyze(text: &str) -> Facts {
    common::analyze_dated(text, "2025-03-10")
}

fn attacks(f: &Facts) -> Vec<&Event> {
    f.events.iter().filter(|e| e.event_type == EventType::Assault).collect()
}

fn place_of(text: &str) -> Option<String> {
    let f = analyze(text);
    let a = attacks(&f);
    assert_eq!(a.len(), 1, "{text}: {:#?}", f.events);
    a[0].place.as_ref().map(|p| p.country.clone().unwrap_or_default() + "/" + &p.name)
}

#[test]
fn a_country_adjective_after_on_is_the_targets_owner() {
    let p = place_of("Militiamen carried out a rocket attack on the U.S. Embassy in Baghdad on Tuesday.");
    assert!(p.as_deref().is_some_and(|p| p.starts_with("IQ/")), "{p:?}");
    let p = place_of("Gunmen launched an attack on Mexican soldiers near Culiacán on Sunday.");
    assert!(p.as_deref().is_some_and(|p| p.starts_with("MX/Culiac")), "{p:?}");
    // With no other place the country adjective gives none.
    let p = place_of("Drones carried out an attack on UK ships on Friday.");
    assert_eq!(p, None);
}

#[test]
fn a_possessive_or_a_land_word_keeps_the_country() {
    let p = place_of("Israel carried out a strike on Iran's nuclear facilities on Friday.");
    assert_eq!(p.as_deref(), Some("IR/Iran"));
    let p = place_of("It was the deadliest attack on U.S. soil since 2001.");
    assert_eq!(p.as_deref(), Some("US/United States"));
}

#[test]
fn a_country_after_a_or_an_is_an_adjective_not_the_place() {
    let p = place_of("The commander was killed in a US counter-terrorism operation, officials said.");
    assert_eq!(p, None);
    let p = place_of("Two fighters were wounded in a U.S. drone strike near Mogadishu on Monday.");
    assert!(p.as_deref().is_some_and(|p| p.starts_with("SO/")), "{p:?}");
    // The country itself after a preposition stays the place.
    let p = place_of("The commander was killed in the United States in an attack on Monday.");
    assert_eq!(p.as_deref(), Some("US/United States"));
}
