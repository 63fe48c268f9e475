//! A participle that describes a class of people ("people who had been
//! accused of crimes") reports no event; a particular group's arrest does.
//! Our own sentences.

mod common;

use newsledger_model::{EventType, Facts, Modality};

fn analyze(text: &str) -> Facts {
    common::analyze_dated(text, "2025-03-10")
}

#[test]
fn people_described_by_an_accusation_are_no_accuse_event() {
    for text in [
        "Protesters oppose a bill that would allow the government to transfer people who had been accused of crimes to the capital.\n",
        "The treaty lets either country hand over anyone accused of fraud within a month.\n",
        "Critics say the law would let police detain people accused of minor offences for weeks.\n",
    ] {
        let f = analyze(text);
        let accuse: Vec<_> = f.events.iter().filter(|e| e.event_type == EventType::Accuse).collect();
        assert!(accuse.is_empty(), "{text}: {accuse:#?}");
    }
}

#[test]
fn a_particular_accusation_is_still_an_event() {
    let f = analyze("Prosecutors accused the mayor of fraud on Monday.\n");
    assert!(f.events.iter().any(|e| e.event_type == EventType::Accuse && e.modality == Modality::Occurred), "{:#?}", f.events);
    // A main clause with "people" as its subject reports its event.
    let f = analyze("On Sunday thousands of people protested in the capital against the new tax.\n");
    assert!(f.events.iter().any(|e| e.event_type == EventType::Protest && e.modality == Modality::Occurred), "{:#?}", f.events);
}
