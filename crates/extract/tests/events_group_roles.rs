//! Unnamed groups as actors and targets ("police", "gunmen", "20
//! villagers"), filled only where no entity takes the role. Sentences
//! written for these tests; articles dated 2025-11-03.

mod common;

use newsledger_model::{Event, EventType, Facts, GroupCategory};

fn analyze(text: &str) -> Facts {
    common::analyze_dated(text, "2025-11-03")
}

fn the_event(text: &str, t: EventType) -> Event {
    let f = analyze(text);
    let found: Vec<&Event> = f.events.iter().filter(|e| e.event_type == t).collect();
    assert_eq!(found.len(), 1, "{text}: {:#?}", f.events);
    found[0].clone()
}

fn group(g: &Option<newsledger_model::GroupRole>) -> Option<(&str, GroupCategory)> {
    g.as_ref().map(|g| (g.text.as_str(), g.category))
}

use GroupCategory::*;

#[test]
fn a_group_subject_acts_and_a_group_object_is_hit() {
    for (text, t, actor, target) in [
        ("Gunmen kidnapped 14 passengers on a highway in the north on Friday.", EventType::Assault, ("Gunmen", Militia), Some(("14 passengers", Civilians))),
        ("Unknown gunmen shot dead a village chief near the market.", EventType::Assault, ("Unknown gunmen", Militia), None),
        ("Soldiers burned dozens of homes in the district last week.", EventType::Assault, ("Soldiers", StateForces), None),
        ("Militants stormed a checkpoint and killed four soldiers.", EventType::Assault, ("Militants", Militia), Some(("four soldiers", StateForces))),
        ("A gunman opened fire in a shopping centre, killing six people.", EventType::Assault, ("gunman", Militia), Some(("six people", Civilians))),
    ] {
        let e = the_event(text, t);
        assert_eq!((e.actor.as_deref(), group(&e.actor_group)), (None, Some(actor)), "{text}: {e:#?}");
        assert_eq!(group(&e.target_group), target, "{text}: {e:#?}");
    }
}

#[test]
fn a_group_fired_at_or_on_is_the_target_not_a_place() {
    for (text, t, actor, target) in [
        ("Police fired tear gas at students outside the university.", EventType::Coerce, ("Police", StateForces), ("students", Civilians)),
        ("Troops opened fire on worshippers leaving the mosque.", EventType::Assault, ("Troops", StateForces), ("worshippers", Civilians)),
    ] {
        let e = the_event(text, t);
        assert_eq!((group(&e.actor_group), group(&e.target_group)), (Some(actor), Some(target)), "{text}: {e:#?}");
    }
}

#[test]
fn a_passive_agent_acts_and_its_subject_is_hit() {
    for (text, t, actor, target) in [
        ("Five farmers were abducted by bandits on their way home.", EventType::Assault, ("bandits", Militia), ("Five farmers", Civilians)),
        ("Two journalists were detained by security forces at the airport.", EventType::Coerce, ("security forces", StateForces), ("Two journalists", Civilians)),
        ("Dozens of protesters were arrested by police outside parliament.", EventType::Coerce, ("police", StateForces), ("protesters", Protesters)),
    ] {
        let e = the_event(text, t);
        assert_eq!((group(&e.actor_group), group(&e.target_group)), (Some(actor), Some(target)), "{text}: {e:#?}");
    }
}

#[test]
fn the_agent_of_an_event_noun_carries_its_country() {
    for (text, actor, country) in [
        ("Residents fled the shelling by Russian forces overnight.", "Russian forces", "RU"),
        ("Villagers described raids by Malian soldiers on their homes.", "Malian soldiers", "ML"),
    ] {
        let e = the_event(text, EventType::Assault);
        let g = e.actor_group.as_ref().unwrap_or_else(|| panic!("{text}: {e:#?}"));
        assert_eq!((g.text.as_str(), g.category, g.country.as_deref()), (actor, StateForces, Some(country)), "{text}");
    }
}

#[test]
fn an_entity_in_the_role_keeps_it() {
    // The entity fills the slot; no group is added beside it.
    for text in ["U.S. forces detained dozens of migrants on Monday.", "Hamas fighters detained dozens of Palestinians on Monday."] {
        let e = the_event(text, EventType::Coerce);
        assert!(e.actor.is_some() && e.actor_group.is_none(), "{text}: {e:#?}");
    }
    // A demonym (NORP) before a group head is the group's adjective (events23):
    // the group with its country takes the slot.
    for (text, want) in [("Mexican police arrested a former mayor on Tuesday.", "MX"), ("Israeli troops detained dozens of Palestinians on Monday.", "IL")] {
        let e = the_event(text, EventType::Coerce);
        assert!(e.actor.is_none() && e.actor_group.as_ref().and_then(|g| g.country.as_deref()) == Some(want), "{text}: {e:#?}");
    }
}

#[test]
fn a_source_a_bystander_or_a_modifier_is_no_actor() {
    for (text, t) in [
        ("Police said the attack killed three people.", EventType::Assault),
        ("Police are investigating the attack on the mosque.", EventType::Assault),
        ("He told police he had attacked the man with a knife.", EventType::Assault),
        ("Three people died during protests in the city.", EventType::Protest),
        ("The army chief resigned after the raid on the camp.", EventType::Assault),
    ] {
        let e = the_event(text, t);
        assert!(e.actor.is_none() && e.actor_group.is_none(), "{text}: {e:#?}");
    }
}

#[test]
fn a_head_that_modifies_another_noun_is_no_group() {
    // "police station", "joined forces", "protester anger": no group at all.
    for text in [
        "Gunmen attacked a police station in the capital.",
        "Rebels ambushed a convoy near the army base.",
        "Militants shelled the town after protester anger grew.",
    ] {
        let f = analyze(text);
        assert!(f.events.iter().all(|e| e.target_group.is_none()), "{text}: {:#?}", f.events);
    }
}

#[test]
fn a_far_or_participial_object_is_no_target() {
    for text in [
        "Insurgents attacked a convoy carrying aid workers.",
        "They have the right to strike back in retaliation for the raids and the killing of their farmers.",
    ] {
        let f = analyze(text);
        let first = f.events.first().unwrap_or_else(|| panic!("{text}: no event"));
        assert!(first.target_group.is_none(), "{text}: {first:#?}");
    }
}

#[test]
fn forces_deployed_are_the_actor_side_not_a_target() {
    for text in ["The government deployed 2,000 troops to the border region.", "Hundreds of riot police were deployed around the stadium."] {
        let e = the_event(text, EventType::Mobilize);
        assert!(e.target_group.is_none(), "{text}: {e:#?}");
    }
}

#[test]
fn people_who_protest_are_protesters() {
    let e = the_event("Thousands of people marched through the capital on Saturday.", EventType::Protest);
    assert_eq!(e.actor_group.as_ref().map(|g| g.category), Some(Protesters), "{e:#?}");
}

#[test]
fn group_spans_are_code_points_into_the_text() {
    let text = "Après l’attaque, gunmen abducted 20 villagers near the river.";
    let e = the_event(text, EventType::Assault);
    let g = e.target_group.as_ref().expect("target group");
    let chars: Vec<char> = text.chars().collect();
    let s: String = chars[g.evidence.start..g.evidence.end].iter().collect();
    assert_eq!(s, g.text);
}
