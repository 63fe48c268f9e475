//! events24: a bare nationality word ("Chinese", "Iranian") is no actor or
//! target. Before a group head it gives the group ("Chinese citizens",
//! "the Afghan government", "a Ukrainian airliner"); before a noun through
//! which a state acts, or the trigger noun, the state ("a Russian missile
//! hit", "Iranian attack plans"); else nothing. Sentences written for these
//! tests; articles dated 2025-11-03.

mod common;

use common::by_trigger;
use newsledger_model::{EntityType, Facts, GroupCategory};

fn analyze(text: &str) -> Facts {
    common::analyze_dated(text, "2025-11-03")
}

fn entity_text<'f>(f: &'f Facts, id: Option<&String>) -> Option<&'f str> {
    let id = id?;
    f.entities.iter().find(|e| &e.id == id).map(|e| e.text.as_str())
}

fn group(g: &Option<newsledger_model::GroupRole>) -> Option<(&str, GroupCategory, Option<&str>)> {
    g.as_ref().map(|g| (g.text.as_str(), g.category, g.country.as_deref()))
}

/// No actor or target of any event is a NORP entity of one adjective word.
fn no_bare_demonym(f: &Facts, text: &str) {
    for e in &f.events {
        for id in [e.actor.as_ref(), e.target.as_ref()].into_iter().flatten() {
            let ent = f.entities.iter().find(|x| &x.id == id);
            let bare = ent.is_some_and(|x| x.entity_type == EntityType::Norp && !x.text.ends_with('s'));
            assert!(!bare, "{text}: {e:#?}");
        }
    }
}

#[test]
fn a_nationality_word_before_a_civilian_head_gives_the_civilians() {
    for (text, trigger, actor, target) in [
        ("Chinese citizens have criticized their government's handling of the floods.", "criticized", Some(("Chinese citizens", GroupCategory::Civilians, Some("CN"))), None),
        ("Kenyan students protested outside the embassy on Friday.", "protested", Some(("Kenyan students", GroupCategory::Protesters, Some("KE"))), None),
        ("Police arrested two Chinese tourists at the airport.", "arrested", Some(("Police", GroupCategory::StateForces, None)), Some(("two Chinese tourists", GroupCategory::Civilians, Some("CN")))),
        ("Two Filipino nationals were detained at the border crossing.", "detained", None, Some(("Two Filipino nationals", GroupCategory::Civilians, Some("PH")))),
        ("The vote was boycotted by Kurdish and Sunni lawmakers.", "boycotted", Some(("Kurdish and Sunni lawmakers", GroupCategory::Civilians, None)), None),
    ] {
        let f = analyze(text);
        let e = by_trigger(&f, text, trigger);
        assert_eq!(group(&e.actor_group), actor, "{text}: {e:#?}");
        assert_eq!(group(&e.target_group), target, "{text}: {e:#?}");
        no_bare_demonym(&f, text);
    }
}

#[test]
fn a_nationality_word_before_a_state_body_gives_the_state() {
    // Without the country named in the article: a state_forces group.
    for (text, trigger, want) in [
        ("The Afghan government freed three prisoners on Monday.", "freed", ("Afghan government", GroupCategory::StateForces, Some("AF"))),
        ("More than 300 migrants were deported by Mexican immigration authorities last week.", "deported", ("Mexican immigration authorities", GroupCategory::StateForces, Some("MX"))),
        ("The Nigerian military bombed a rebel camp near the border.", "bombed", ("Nigerian military", GroupCategory::StateForces, Some("NG"))),
    ] {
        let f = analyze(text);
        let e = by_trigger(&f, text, trigger);
        assert_eq!(group(&e.actor_group), Some(want), "{text}: {e:#?}");
        assert!(e.actor.is_none(), "{text}: {e:#?}");
    }
    // With the country named: its entity.
    for (text, trigger, want) in [
        ("Afghanistan's neighbours watched closely. The Afghan government freed three prisoners on Monday.", "freed", "Afghanistan"),
        ("Peru has a new cabinet. The Peruvian government expelled two diplomats on Monday.", "expelled", "Peru"),
    ] {
        let f = analyze(text);
        let e = by_trigger(&f, text, trigger);
        assert_eq!(entity_text(&f, e.actor.as_ref()), Some(want), "{text}: {e:#?}");
    }
}

#[test]
fn a_nationality_word_before_a_weapon_or_the_trigger_noun_is_the_state() {
    for (text, trigger, want) in [
        ("A Russian missile hit a school in Kharkiv.", "hit", ("Russian missile", Some("RU"))),
        ("Russian drones struck a power plant overnight.", "struck", ("Russian drones", Some("RU"))),
        ("The strike was meant to deter future Iranian attack plans.", "attack", ("Iranian attack", Some("IR"))),
    ] {
        let f = analyze(text);
        let e = by_trigger(&f, text, trigger);
        assert_eq!(e.actor_group.as_ref().map(|g| (g.text.as_str(), g.country.as_deref())), Some(want), "{text}: {e:#?}");
        assert_eq!(e.actor_group.as_ref().map(|g| g.category), Some(GroupCategory::StateForces), "{text}: {e:#?}");
        no_bare_demonym(&f, text);
    }
    // The country named in the article takes the role.
    for (text, trigger, want) in [
        ("Iran denied any role. Officials feared an Iranian attack on the tankers.", "attack", "Iran"),
        ("Turkey massed troops at the border. The Turkish military operation began at dawn.", "military operation", "Turkey"),
    ] {
        let f = analyze(text);
        let e = by_trigger(&f, text, trigger);
        assert_eq!(entity_text(&f, e.actor.as_ref()), Some(want), "{text}: {e:#?}");
    }
}

#[test]
fn a_nationality_word_before_a_vehicle_or_person_target_gives_that_phrase() {
    for (text, trigger, want) in [
        ("Gunmen shot down a Ukrainian airliner near the capital.", "shot down", ("Ukrainian airliner", Some("UA"))),
        ("Pirates seized a Greek tanker off the coast on Sunday.", "seized", ("Greek tanker", Some("GR"))),
        ("Militants abducted a Japanese journalist in the north.", "abducted", ("Japanese journalist", Some("JP"))),
    ] {
        let f = analyze(text);
        let e = by_trigger(&f, text, trigger);
        assert_eq!(e.target_group.as_ref().map(|g| (g.text.as_str(), g.country.as_deref())), Some(want), "{text}: {e:#?}");
        no_bare_demonym(&f, text);
    }
}

#[test]
fn a_nationality_word_that_heads_nothing_usable_is_dropped() {
    for (text, trigger) in [
        ("Washington imposed new tariffs on Chinese goods.", "tariffs"),
        ("European nations have refused to take back their citizens.", "refused"),
        ("The Hungarian bid won after lengthy negotiations.", "negotiations"),
    ] {
        let f = analyze(text);
        let _ = by_trigger(&f, text, trigger);
        no_bare_demonym(&f, text);
    }
}

#[test]
fn named_entities_and_other_groups_stay_as_they_were() {
    // A nationality word inside a name: the name.
    for (text, trigger, want) in [
        ("The Iranian Revolutionary Guard Corps seized a tanker on Friday.", "seized", "Iranian Revolutionary Guard Corps"),
        ("Members of the Chinese Communist Party criticized the plan.", "criticized", "Chinese Communist Party"),
    ] {
        let f = analyze(text);
        let e = by_trigger(&f, text, trigger);
        assert_eq!(entity_text(&f, e.actor.as_ref()), Some(want), "{text}: {e:#?}");
    }
    // A bare civilian head is no group; a bare state body is the state, its
    // country unsettled when the article names none (actors25).
    let text = "Workers criticized the new rules.";
    let f = analyze(text);
    let e = by_trigger(&f, text, "criticized");
    assert!(e.actor_group.is_none(), "{text}: {e:#?}");
    let text = "The government freed three prisoners on Monday.";
    let f = analyze(text);
    let e = by_trigger(&f, text, "freed");
    assert_eq!(group(&e.actor_group), Some(("government", GroupCategory::StateForces, None)), "{text}: {e:#?}");
    // Events23's groups are unchanged.
    let text = "Russian forces shelled the town overnight.";
    let f = analyze(text);
    let e = by_trigger(&f, text, "shelled");
    assert_eq!(group(&e.actor_group), Some(("Russian forces", GroupCategory::StateForces, Some("RU"))), "{e:#?}");
}
