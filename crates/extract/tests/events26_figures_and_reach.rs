//! Two event readings put right in the twenty-sixth session. "Seize" as a
//! figure of grasping ("to seize new opportunities", "seized the moment")
//! is no seizure, while seizures of goods, weapons and places stay
//! COERCE. A definite attack noun that names again an attack told before
//! as a plan is still a happening when a relative clause after a longer
//! postmodifier says it took place ("approved the attacks on the embassy
//! in the capital that took place this week"). Sentences written for these
//! tests.

mod common;

use common::analyze;
use newsledger_model::{EventType, Modality};

fn coerce_seizures(text: &str) -> usize {
    analyze(text).events.iter().filter(|e| e.event_type == EventType::Coerce && e.mode.as_deref() == Some("seizure")).count()
}

#[test]
fn seizing_a_chance_is_no_seizure() {
    for text in [
        "The city needs a fast digital platform to recover and to seize new opportunities.\n",
        "The striker seized the moment and scored in the final minute.\n",
        "Opposition leaders want to seize the initiative before the budget vote.\n",
        "Small firms should seize this chance to export more.\n",
    ] {
        assert_eq!(coerce_seizures(text), 0, "{text}");
    }
}

#[test]
fn seizures_of_goods_and_places_stay() {
    for text in [
        "Customs officers seized 40 kilograms of cocaine at the port on Monday.\n",
        "Rebels seized the airport outside the capital on Sunday.\n",
        "Police seized weapons and cash from the house, officials said.\n",
    ] {
        assert!(coerce_seizures(text) >= 1, "{text}: {:#?}", analyze(text).events);
    }
}

#[test]
fn a_planned_attack_named_again_as_done_is_occurred() {
    for text in [
        "The general was developing plans to attack diplomats across the region.\n\nThe general also approved the attacks on the embassy in the capital that took place this week.\n",
        "The militia had threatened to strike the port.\n\nOfficials condemned the strikes on the northern port of the country which killed nine dockworkers.\n",
    ] {
        let f = analyze(text);
        let last = f.events.iter().filter(|e| e.event_type == EventType::Assault).max_by_key(|e| e.evidence.start).expect("an attack");
        assert_eq!(last.modality, Modality::Occurred, "{text}: {:#?}", f.events);
    }
}

#[test]
fn a_planned_attack_named_again_stays_planned() {
    let text = "The general was developing plans to attack diplomats across the region.\n\nOfficials in the capital said they feared the attacks on the embassy and its staff in the coming weeks.\n";
    let f = analyze(text);
    let last = f.events.iter().filter(|e| e.event_type == EventType::Assault).max_by_key(|e| e.evidence.start).expect("an attack");
    assert_ne!(last.modality, Modality::Occurred, "{text}: {:#?}", f.events);
}

#[test]
fn what_was_ordered_and_told_as_done_by_its_relative_clause_occurred() {
    for text in [
        "The president ordered the drone strike that killed the commander near the airport.\n",
        "The minister authorized the raid which left six fighters dead in the hills.\n",
        "The general approved the attack in which nine soldiers died last month.\n",
    ] {
        let f = analyze(text);
        let attack = f.events.iter().find(|e| e.event_type == EventType::Assault).expect("an attack");
        assert_eq!(attack.modality, Modality::Occurred, "{text}: {:#?}", f.events);
    }
}

#[test]
fn what_was_ordered_with_no_past_relative_stays_ahead() {
    for text in [
        "The minister approved the strikes that will begin next week.\n",
        "The president ordered a strike on the camp.\n",
        "The council proposed the deployment that the army had asked for.\n",
    ] {
        let f = analyze(text);
        let ordered = f.events.iter().filter(|e| matches!(e.event_type, EventType::Assault | EventType::Mobilize));
        assert!(ordered.clone().count() >= 1 && ordered.clone().all(|e| e.modality != Modality::Occurred), "{text}: {:#?}", f.events);
    }
}
