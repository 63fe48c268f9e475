//! Modality put right in the twenty-eighth session (lead). An event called
//! imminent, impending or forthcoming has not happened ("statements
//! speaking of an imminent incursion"). "And" or "but" with a subject of
//! its own starts a clause even without a comma, so a plan in the first
//! clause does not reach a done act in the second ("decided to resign and
//! the party supported him"). Sentences written for these tests.

mod common;

use common::analyze;
use newsledger_model::{EventType, Modality};

fn modality_of(text: &str, event_type: EventType, trigger: &str) -> Modality {
    let f = analyze(text);
    f.events
        .iter()
        .find(|e| e.event_type == event_type && e.trigger == trigger)
        .unwrap_or_else(|| panic!("no {event_type:?} '{trigger}' in {text}: {:#?}", f.events))
        .modality
}

#[test]
fn an_imminent_or_impending_event_has_not_happened() {
    for (text, t, trigger) in [
        ("Both governments issued statements about an imminent incursion into the border region.\n", EventType::Assault, "incursion"),
        ("Residents fled ahead of an impending invasion of the island.\n", EventType::Assault, "invasion"),
        ("Officials said an attack on the port was imminent.\n", EventType::Assault, "attack"),
        ("Diplomats prepared for the forthcoming talks in Geneva.\n", EventType::Consult, "talks"),
    ] {
        assert_ne!(modality_of(text, t, trigger), Modality::Occurred, "{text}");
    }
    // Done acts beside such a word stay done.
    let text = "Troops shelled the town on Monday, days after an imminent attack was announced.\n";
    assert_eq!(modality_of(text, EventType::Assault, "shelled"), Modality::Occurred, "{text}");
}

#[test]
fn and_with_a_new_subject_ends_the_plan_before_it() {
    for (text, t, trigger) in [
        ("He decided to resign and the party supported him.\n", EventType::Support, "supported"),
        ("She chose to stay home and they backed her decision.\n", EventType::Support, "backed"),
        ("The rebels planned to attack the base but the army had shelled their camp.\n", EventType::Assault, "shelled"),
    ] {
        assert_eq!(modality_of(text, t, trigger), Modality::Occurred, "{text}");
    }
    // Without a subject of its own the second verb shares the plan …
    let text = "The rebels planned to attack and kill the guards.\n";
    assert_eq!(modality_of(text, EventType::Assault, "attack"), Modality::Planned, "{text}");
    // … and a new clause keeps its own modal.
    let text = "The government will arrest the leaders and the police will detain them.\n";
    assert_eq!(modality_of(text, EventType::Coerce, "detain"), Modality::Planned, "{text}");
    let text = "Officials may ban the group and the ministry could seize its assets.\n";
    assert_eq!(modality_of(text, EventType::Coerce, "seize"), Modality::Possible, "{text}");
}
