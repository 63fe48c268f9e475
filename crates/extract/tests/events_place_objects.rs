//! Where an attack happened when the place is the thing it struck, or a part
//! of a place ("the outskirts of", "off the coast of"). Sentences written for
//! these tests.

mod common;
use common::{analyze, assaults};

fn attack_place(text: &str) -> Option<String> {
    let f = analyze(text);
    let a = assaults(&f);
    assert_eq!(a.len(), 1, "{text}: {:#?}", f.events);
    a[0].place.as_ref().map(|p| p.name.clone())
}

#[test]
fn a_part_of_a_place_hands_the_preposition_on() {
    assert_eq!(attack_place("Gunmen attacked a checkpoint on the outskirts of Kharkiv.").as_deref(), Some("Kharkiv"));
    assert_eq!(attack_place("A drone strike off the coast of Yemen sank a fishing boat.").as_deref(), Some("Yemen"));
    assert_eq!(attack_place("A car bomb exploded in the heart of Kabul on Monday.").as_deref(), Some("Kabul"));
    // A compass word is no part: "south of Kabul" is not in Kabul.
    assert_eq!(attack_place("Gunmen shot down a helicopter some 60 km south of Kabul."), None);
}

#[test]
fn a_place_an_attack_struck_is_its_place() {
    assert_eq!(attack_place("Israeli troops raided the West Bank city of Jenin on Tuesday.").as_deref().map(|n| n.starts_with("Jan") || n.starts_with("Jen")), Some(true));
    assert_eq!(attack_place("Strikes hit Beirut's southern suburbs overnight.").as_deref(), Some("Beirut"));
    assert_eq!(attack_place("Russian forces shelled Kharkiv on Monday.").as_deref(), Some("Kharkiv"));
    // A place used as an adjective of what was struck says whose it was, not where.
    assert_eq!(attack_place("The strike hit Kabul police headquarters."), None);
    // Behind a preposition of another role, a place is no object.
    assert_eq!(attack_place("Rebels attacked troops with weapons from Iran."), None);
}
