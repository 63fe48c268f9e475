//! What a denial reaches, asked once for claims and events
//! (`src/denial.rs`, twenty-eighth session): a denial of nothing, or one
//! whose clause ends at a semicolon or at a comma and a coordinator or
//! participle, leaves the statement after it as it was; a denial whose
//! object is the statement makes both the claim and the event `denied`;
//! a denied accusation was still made (the ACCUSE event stays `occurred`).
//! Sentences written for these tests.

mod common;

use common::analyze;
use newsledger_model::{ClaimStatus, EventType, Modality};

/// The status of the claim with `value` and the modality of the ASSAULT.
fn readings(text: &str, value: f64) -> (ClaimStatus, Modality) {
    let f = analyze(text);
    let claim = f
        .claims
        .iter()
        .find(|c| c.quantities.iter().any(|q| q.value == Some(value)))
        .unwrap_or_else(|| panic!("no claim of {value} in {text}: {:#?}", f.claims));
    let event = f.events.iter().find(|e| e.event_type == EventType::Assault).unwrap_or_else(|| panic!("no ASSAULT in {text}: {:#?}", f.events));
    (claim.status, event.modality)
}

#[test]
fn a_denial_that_stops_before_the_statement_reaches_neither_claim_nor_event() {
    for (text, value) in [
        ("The militia denied the report; 9 villagers were killed in the shelling.\n", 9.0),
        ("The ministry denied the report, while 7 soldiers were killed in an ambush near the town.\n", 7.0),
        ("The rebels denied the accusation, but 15 people were killed in the bombing of the market.\n", 15.0),
        ("The army denied the report, adding that 3 soldiers were wounded in the clash.\n", 3.0),
        ("The police said they deny nothing, and 6 men were shot during the raid.\n", 6.0),
    ] {
        let (status, modality) = readings(text, value);
        assert_ne!(status, ClaimStatus::Denied, "{text}");
        assert_eq!(modality, Modality::Occurred, "{text}");
    }
}

#[test]
fn a_denial_of_the_statement_itself_reaches_both() {
    for (text, value) in [
        ("The militia denied that 9 villagers were killed in the shelling.\n", 9.0),
        ("The ministry denied that 7 soldiers were killed in an ambush near the town.\n", 7.0),
        ("The rebels deny that 15 people were killed in the bombing of the market.\n", 15.0),
    ] {
        assert_eq!(readings(text, value), (ClaimStatus::Denied, Modality::Denied), "{text}");
    }
}

#[test]
fn denying_an_accusation_leaves_the_accusing_done() {
    for text in [
        "For several days the government denied the accusation.\n",
        "Officials denied the criticism.\n",
        "The company, which denies the accusation, has hired lawyers.\n",
        "The minister denied the accusations and resigned.\n",
    ] {
        let f = analyze(text);
        let accuse = f.events.iter().find(|e| e.event_type == EventType::Accuse).unwrap_or_else(|| panic!("no ACCUSE in {text}: {:#?}", f.events));
        assert_eq!(accuse.modality, Modality::Occurred, "{text}");
    }
    // An attack named as what is denied is still denied.
    let f = analyze("The militia denied the attack on the convoy.\n");
    let attack = f.events.iter().find(|e| e.event_type == EventType::Assault).expect("an ASSAULT");
    assert_eq!(attack.modality, Modality::Denied);
}
