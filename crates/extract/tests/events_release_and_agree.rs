//! The captors named in a relative clause are not the ones released, a
//! participle with its "by" agent is a passive, and "agreed to a
//! ceasefire" is one agreement. Sentences written for these tests;
//! articles dated 2025-11-03.

mod common;

use newsledger_model::{Event, EventType, Facts, Modality};

fn analyze(text: &str) -> Facts {
    common::analyze_dated(text, "2025-11-03")
}

fn events(text: &str, t: EventType) -> (Facts, Vec<Event>) {
    let f = analyze(text);
    let found = f.events.iter().filter(|e| e.event_type == t).cloned().collect();
    (f, found)
}

fn name(f: &Facts, id: &Option<String>) -> Option<String> {
    id.as_ref().and_then(|id| f.entities.iter().find(|e| &e.id == id)).map(|e| e.text.clone())
}

#[test]
fn the_captors_in_a_relative_clause_are_not_the_released() {
    for (text, captors) in [
        ("The hostages, who were held by the Taliban for three years, were freed on Tuesday.", "Taliban"),
        ("The prisoners, who were held by Hamas for two years, were freed on Friday.", "Hamas"),
        ("Two hostages who had been held by the Taliban in Afghanistan since 2016 were released Tuesday in a prisoner swap.", "Taliban"),
    ] {
        let (f, found) = events(text, EventType::Concede);
        assert_eq!(found.len(), 1, "{text}: {:#?}", f.events);
        let target = name(&f, &found[0].target);
        assert!(target.as_deref().is_none_or(|t| !t.contains(captors)), "{text}: target {target:?}");
        // With no entity left, the released group is the target.
        assert!(found[0].target.is_some() || found[0].target_group.is_some(), "{text}: {:#?}", found[0]);
    }
}

#[test]
fn whoever_releases_by_name_still_acts() {
    let text = "Five prisoners were released by the Taliban on Monday.";
    let (f, found) = events(text, EventType::Concede);
    assert_eq!(found.len(), 1, "{text}: {:#?}", f.events);
    assert_eq!(name(&f, &found[0].actor).as_deref(), Some("Taliban"), "{text}");
}

#[test]
fn a_participle_with_its_by_agent_is_a_passive() {
    for (text, t, agent) in [
        ("A nurse abducted by Boko Haram in 2019 was freed by the army last week.", EventType::Assault, "Boko Haram"),
        ("A convoy attacked by the Taliban near Kandahar lost three trucks.", EventType::Assault, "Taliban"),
    ] {
        let (f, found) = events(text, t);
        let e = found.first().unwrap_or_else(|| panic!("{text}: {:#?}", f.events));
        assert_eq!(name(&f, &e.actor).as_deref(), Some(agent), "{text}: {e:#?}");
        assert_ne!(name(&f, &e.target).as_deref(), Some(agent), "{text}");
    }
}

#[test]
fn agreed_to_a_ceasefire_is_one_agreement() {
    for text in [
        "Iran and Iraq agreed to a 72-hour ceasefire on Monday.",
        "The two sides agreed to a ceasefire in the south.",
        "Serbia and Kosovo agreed to a ceasefire on Monday.",
        "The parties agreed on a temporary truce.",
    ] {
        let (f, found) = events(text, EventType::Agree);
        assert_eq!(found.len(), 1, "{text}: {:#?}", f.events);
        assert_eq!(found[0].modality, Modality::Occurred, "{text}");
    }
}

#[test]
fn an_agreement_to_something_else_stays_apart() {
    // Talks and summits are other events; a ceasefire in another clause is
    // another mention.
    for (text, other) in [
        ("The rebels agreed to talks with the government.", EventType::Consult),
        ("Both leaders agreed to a summit next week.", EventType::Consult),
    ] {
        let f = analyze(text);
        assert!(f.events.iter().any(|e| e.event_type == EventType::Agree), "{text}: {:#?}", f.events);
        assert!(f.events.iter().any(|e| e.event_type == other), "{text}: {:#?}", f.events);
    }
}
