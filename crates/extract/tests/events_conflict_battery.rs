//! Shapes found by a battery of ACLED/Airwars-style sentences written for
//! the purpose (events19): drones and missiles launched at a place, bombers
//! who blow themselves up and bridges blown up, homes demolished by troops or
//! settlers, towns and bases taken or retaken. And their everyday neighbours
//! that must stay none. Sentences written for these tests.

mod common;
use common::analyze;
use newsledger_model::{EventType, Modality};

fn events_of(text: &str) -> Vec<(EventType, Option<String>)> {
    analyze(text).events.iter().map(|e| (e.event_type, e.mode.clone())).collect()
}

#[test]
fn launches_blasts_demolitions_and_captured_towns_are_events() {
    for (text, event_type, mode) in [
        ("Russia launched 300 drones at western Ukraine overnight.", EventType::Assault, "drone strike"),
        ("The Houthis launched cruise missiles at a cargo ship on Friday.", EventType::Assault, "missile"),
        ("Iran launched a barrage of ballistic missiles at Israel.", EventType::Assault, "missile"),
        ("A bomber blew himself up outside a crowded mosque.", EventType::Assault, "bombing"),
        ("The attacker detonated a suicide vest at the gate of the base.", EventType::Assault, "bombing"),
        ("Retreating troops blew up a bridge over the river.", EventType::Assault, "bombing"),
        ("Soldiers demolished eight homes in the village, residents said.", EventType::Assault, "destruction"),
        ("Settlers bulldozed tents belonging to a herding family.", EventType::Assault, "destruction"),
        ("The army recaptured the airport after a week-long battle.", EventType::Coerce, "seizure"),
        ("Rebels overran a military base near the border.", EventType::Coerce, "seizure"),
        ("Insurgents captured the district headquarters on Sunday.", EventType::Coerce, "seizure"),
    ] {
        let got = events_of(text);
        assert!(got.contains(&(event_type, Some(mode.to_string()))), "{text}: {got:?}");
    }
    // People captured stay an arrest.
    let got = events_of("Soldiers captured three fighters near the border.");
    assert_eq!(got, vec![(EventType::Coerce, Some("arrest".into()))]);
    // A vow to retake a city is no retaking.
    let f = analyze("The general vowed to retake the city within weeks.");
    assert!(f.events.iter().all(|e| e.modality != Modality::Occurred), "{:#?}", f.events);
}

#[test]
fn launches_demolitions_and_retakes_in_everyday_senses_are_none() {
    for text in [
        "North Korea launched a ballistic missile test into the sea.",
        "The space agency launched a rocket carrying two satellites.",
        "The company launched a drone delivery service in March.",
        "The senator blew up at reporters after the vote.",
        "The council demolished the old stadium to build flats.",
        "The team retook the lead in the second half.",
        "The film captured the mood of the city.",
    ] {
        assert!(events_of(text).is_empty(), "{text}: {:?}", events_of(text));
    }
}

#[test]
fn storming_targeting_interceptions_and_live_rounds_are_attacks() {
    for (text, mode) in [
        ("Gunmen stormed a hotel in the capital late on Friday.", "raid"),
        ("Troops stormed the rebel stronghold at dawn.", "raid"),
        ("Warplanes targeted militant positions along the river.", "strike"),
        ("The rebels said they targeted an airbase with drones.", "strike"),
        ("Air defences intercepted two ballistic missiles over the city.", "shoot-down"),
        ("Soldiers fired live rounds at the crowd outside the palace.", "small arms"),
        ("Officers fired live ammunition at the fleeing car.", "small arms"),
    ] {
        let got = events_of(text);
        assert!(got.contains(&(EventType::Assault, Some(mode.to_string()))), "{text}: {got:?}");
    }
    // An attack noun that "targeted" something is one event.
    let f = analyze("Israeli strikes targeted a school in the north.");
    assert_eq!(f.events.len(), 1, "{:#?}", f.events);
}

#[test]
fn storming_targeting_and_firing_in_other_senses_are_none() {
    for text in [
        "The minister stormed out of the room.",
        "The team stormed to victory in the final.",
        "The advertising campaign targeted young voters.",
        "New rules targeted drone hobbyists near airports.",
        "The keeper intercepted a pass in the box.",
        "The manager fired three staff members on Monday.",
    ] {
        assert!(events_of(text).is_empty(), "{text}: {:?}", events_of(text));
    }
    // Rubber bullets are crowd control, not live fire.
    let got = events_of("Riot police fired rubber bullets and tear gas at the crowd.");
    assert!(!got.iter().any(|(t, _)| *t == EventType::Assault), "{got:?}");
}

#[test]
fn a_suspected_attacker_hedges_who_not_whether() {
    for (text, trigger) in [
        ("Suspected militants attacked a police post near the border.", "attacked"),
        ("Suspected jihadists killed 12 farmers in the north.", "killed"),
        ("Alleged cartel gunmen ambushed a patrol on the highway.", "ambushed"),
    ] {
        let f = analyze(text);
        let e = f.events.iter().find(|e| e.trigger == trigger).unwrap_or_else(|| panic!("{text}: {:#?}", f.events));
        assert_eq!(e.modality, Modality::Occurred, "{text}");
    }
    // The hedge on the act itself stays.
    for (text, trigger) in [
        ("Police are investigating a suspected arson attack on a mosque.", "arson attack"),
        ("Officials are looking into a suspected attack on the pipeline.", "attack"),
    ] {
        let f = analyze(text);
        let e = f.events.iter().find(|e| e.trigger == trigger).unwrap_or_else(|| panic!("{text}: {:#?}", f.events));
        assert_ne!(e.modality, Modality::Occurred, "{text}");
    }
}
