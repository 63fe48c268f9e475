//! Whose craft was hit, whose force acted, what a charge alleges, who gave
//! support and who rejected: "a US helicopter shot down" is not shot by
//! the US, "Kabul police arrested" is done by the police, not the city, a
//! product killed is no assault, "charges including conspiring to hack"
//! allege a hack (no plan), "drew support from Germany" is Germany's
//! support, and "…, which they rejected" is rejected by "they". Sentences
//! written for these tests.

mod common;

use common::{analyze_dated, by_trigger, entity_names};
use newsledger_model::{EventType, Modality};

#[test]
fn the_owner_of_a_craft_shot_down_is_the_side_hit() {
    // A reduced passive with no "by": the craft was hit; its owner is the target.
    let text = "A US Chinook helicopter shot down last night near the border, the group said.\n";
    let f = analyze_dated(text, "2024-03-02");
    let shot = by_trigger(&f, text, "shot down");
    assert!(!entity_names(&f, shot.actor.as_deref()).contains("us"), "{shot:#?}");
    assert!(entity_names(&f, shot.target.as_deref()).contains("us"), "{shot:#?}");

    // A nationality word before the craft: the state's side is hit.
    let text = "Two Russian drones downed over the border were found by farmers.\n";
    let f = analyze_dated(text, "2024-03-02");
    let downed = by_trigger(&f, text, "downed");
    assert!(!entity_names(&f, downed.actor.as_deref()).contains("russia"), "{downed:#?}");
    assert!(downed.actor_group.is_none(), "{downed:#?}");

    let text = "A Turkish military helicopter shot down in the north killed two pilots.\n";
    let f = analyze_dated(text, "2024-03-02");
    let shot = by_trigger(&f, text, "shot down");
    assert!(shot.actor_group.is_none() && shot.actor.is_none(), "{shot:#?}");
    assert!(shot.target_group.as_ref().is_some_and(|g| g.text.contains("Turkish")), "{shot:#?}");
}

#[test]
fn a_craft_that_shoots_something_down_still_acts() {
    // An object follows: the craft's crews shot.
    let text = "Israeli jets shot down a drone over the sea.\n";
    let f = analyze_dated(text, "2024-03-02");
    let shot = by_trigger(&f, text, "shot down");
    assert!(shot.actor_group.as_ref().is_some_and(|g| g.text.contains("jets")), "{shot:#?}");
}

#[test]
fn a_place_before_a_force_as_subject_names_the_force() {
    let text = "Students had occupied the campus for a week. Karachi police have laid siege to the campus.\n";
    let f = analyze_dated(text, "2024-03-02");
    let siege = by_trigger(&f, text, "laid siege");
    let who = siege.actor_group.as_ref().map_or_else(|| entity_names(&f, siege.actor.as_deref()), |g| g.text.to_lowercase());
    assert!(who.contains("police"), "{who} {siege:#?}");

    let text = "Kabul police arrested three men at the market.\n";
    let f = analyze_dated(text, "2024-03-02");
    let arrested = by_trigger(&f, text, "arrested");
    assert_eq!(arrested.actor_group.as_ref().map(|g| g.text.as_str()), Some("Kabul police"), "{arrested:#?}");
}

#[test]
fn a_product_killed_is_no_assault() {
    let text = "Apple killed the iPod.\n";
    let f = analyze_dated(text, "2024-03-02");
    assert!(!f.events.iter().any(|e| e.event_type == EventType::Assault), "{:#?}", f.events);
}

#[test]
fn people_killed_are_still_an_assault() {
    let text = "Rebels killed Iraqi civilians near the town.\n";
    let f = analyze_dated(text, "2024-03-02");
    let killed = by_trigger(&f, text, "killed");
    assert_eq!(killed.event_type, EventType::Assault);
}

#[test]
fn a_conspiracy_or_attempt_named_as_a_charge_is_alleged() {
    let text = "The engineer faces six charges, including conspiring to hack bank servers.\n";
    let f = analyze_dated(text, "2024-03-02");
    let hack = by_trigger(&f, text, "hack");
    assert_eq!(hack.modality, Modality::Possible, "{hack:#?}");

    let text = "She pleaded guilty to conspiring to hack the servers of two rivals.\n";
    let f = analyze_dated(text, "2024-03-02");
    let hack = by_trigger(&f, text, "hack");
    assert_eq!(hack.modality, Modality::Possible, "{hack:#?}");

    let text = "The man was convicted of attempting to kill a guard.\n";
    let f = analyze_dated(text, "2024-03-02");
    let kill = by_trigger(&f, text, "kill");
    assert_eq!(kill.modality, Modality::Possible, "{kill:#?}");
}

#[test]
fn a_conspiracy_without_a_charge_is_still_a_plan() {
    let text = "The rebels are conspiring to attack the capital.\n";
    let f = analyze_dated(text, "2024-03-02");
    let attack = by_trigger(&f, text, "attack");
    assert_eq!(attack.modality, Modality::Planned, "{attack:#?}");
}

#[test]
fn who_gives_support_after_from_is_the_supporter() {
    let text = "The plan drew support from Germany and France.\n";
    let f = analyze_dated(text, "2024-03-02");
    let support = by_trigger(&f, text, "drew support");
    assert!(entity_names(&f, support.actor.as_deref()).contains("germany"), "{support:#?}");
    assert!(!entity_names(&f, support.target.as_deref()).contains("germany"), "{support:#?}");

    let text = "The governor's approach has drawn support from some Republican senators.\n";
    let f = analyze_dated(text, "2024-03-02");
    let support = by_trigger(&f, text, "drawn support");
    assert!(support.actor_group.as_ref().is_some_and(|g| g.text.contains("senators")), "{support:#?}");
    assert!(support.target_group.is_none(), "{support:#?}");
}

#[test]
fn the_subject_of_an_object_relative_rejects() {
    // "they" is the nearest group phrase before "which".
    let text = "The Civil Liberties Union had sent the police a plan for the march, which they rejected.\n";
    let f = analyze_dated(text, "2024-03-02");
    let rejected = by_trigger(&f, text, "rejected");
    assert!(!entity_names(&f, rejected.actor.as_deref()).contains("union"), "{rejected:#?}");
    assert!(rejected.actor_group.as_ref().is_some_and(|g| g.text.contains("police")), "{rejected:#?}");

    // No group before "which": no actor, not the main clause's subject.
    let text = "Amnesty International gave the ministers a list of demands, which they later rejected.\n";
    let f = analyze_dated(text, "2024-03-02");
    let rejected = by_trigger(&f, text, "rejected");
    assert!(!entity_names(&f, rejected.actor.as_deref()).contains("amnesty"), "{rejected:#?}");
}
