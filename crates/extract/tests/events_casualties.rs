//! Deaths and who caused them, on sentences written for these tests: an
//! outbreak, an earthquake or a crash kills without an attacker (no ASSAULT:
//! PLOVER has no disaster type), and the victim of "was killed in a US
//! strike", "was killed by …" or "the killing of X" is the target, never the
//! actor.

mod common;

use common::{analyze, assaults, entity_names};

#[test]
fn an_outbreak_killing_people_is_not_an_attack() {
    let f = analyze("The new virus has killed 42 people in the northern province since January, health officials said on Monday.\n");
    assert!(assaults(&f).is_empty(), "{:#?}", f.events);
}

#[test]
fn an_earthquake_is_not_an_attack() {
    let f = analyze("A powerful earthquake struck the coast of Peru on Sunday, killing at least 12 people and destroying hundreds of homes.\n");
    assert!(assaults(&f).is_empty(), "{:#?}", f.events);
}

#[test]
fn a_road_accident_is_not_an_attack() {
    let f = analyze("Nine people were killed in a bus crash near Arequipa on Friday, the police said.\n");
    assert!(assaults(&f).is_empty(), "{:#?}", f.events);
}

#[test]
fn victim_of_a_strike_in_the_passive_is_the_target() {
    let f = analyze("Qassem Soleimani was killed in a US strike near Baghdad airport on Friday.\n");
    let a = assaults(&f);
    assert_eq!(a.len(), 1, "{:#?}", f.events);
    let target = entity_names(&f, a[0].target.as_deref());
    let actor = entity_names(&f, a[0].actor.as_deref());
    assert!(target.contains("soleimani"), "target {target:?}");
    assert!(!actor.contains("soleimani"), "actor {actor:?}");
    assert!(actor.contains("us") || actor.contains("united states"), "actor {actor:?}");
}

#[test]
fn victim_with_an_agent_after_by_is_the_target() {
    let f = analyze("Rafael Ortega was killed by Hamas gunmen outside his home on Monday.\n");
    let a = assaults(&f);
    assert_eq!(a.len(), 1, "{:#?}", f.events);
    assert!(entity_names(&f, a[0].target.as_deref()).contains("ortega"), "{:#?}", a[0]);
    assert!(!entity_names(&f, a[0].actor.as_deref()).contains("ortega"), "{:#?}", a[0]);
}

#[test]
fn victim_of_a_passive_without_agent_has_no_actor() {
    let f = analyze("Rafael Ortega was killed on Tuesday night.\n");
    let a = assaults(&f);
    assert_eq!(a.len(), 1, "{:#?}", f.events);
    assert!(entity_names(&f, a[0].target.as_deref()).contains("ortega"), "{:#?}", a[0]);
    assert_eq!(a[0].actor, None, "{:#?}", a[0]);
}

#[test]
fn active_strike_names_attacker_and_victim() {
    let f = analyze("A US drone strike killed Qassem Soleimani at Baghdad airport on Friday.\n");
    let a = assaults(&f);
    assert_eq!(a.len(), 1, "{:#?}", f.events);
    let actor = entity_names(&f, a[0].actor.as_deref());
    assert!(actor.contains("us") || actor.contains("united states"), "actor {actor:?}");
    assert!(entity_names(&f, a[0].target.as_deref()).contains("soleimani"), "{:#?}", a[0]);
}

#[test]
fn the_killing_of_x_makes_x_the_target_not_the_earlier_subject_the_actor() {
    let f = analyze("Iran vowed revenge for the killing of Qassem Soleimani.\n");
    assert!(!assaults(&f).is_empty(), "{:#?}", f.events);
    for e in assaults(&f) {
        assert!(entity_names(&f, e.target.as_deref()).contains("soleimani"), "{e:#?}");
        assert!(!entity_names(&f, e.actor.as_deref()).contains("iran"), "{e:#?}");
    }
}

#[test]
fn progressive_is_not_passive() {
    let f = analyze("Hamas fighters were attacking Israeli positions near Gaza on Monday.\n");
    let a = assaults(&f);
    assert_eq!(a.len(), 1, "{:#?}", f.events);
    assert!(entity_names(&f, a[0].actor.as_deref()).contains("hamas"), "{:#?}", a[0]);
}

#[test]
fn the_subject_of_the_next_clause_is_not_the_target() {
    let f = analyze("Hours after the bombing, the Interior Ministry of Pakistan promised a full inquiry.\nIn a statement issued after the attack, Germany condemned the violence.\n");
    for e in assaults(&f) {
        let target = entity_names(&f, e.target.as_deref());
        assert!(!target.contains("ministry") && !target.contains("germany"), "target {target:?} in {e:#?}");
    }
}
