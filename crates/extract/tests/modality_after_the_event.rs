//! Cues that follow an event noun and say whether it happened: reports of
//! its absence ("protests are not reported in …") negate it, "continue"
//! makes it ongoing, and a plain report of it leaves it occurred. Our own
//! sentences.

mod common;

use common::analyze;
use newsledger_model::{EventType, Facts, Modality};

/// Modality of the one event of `kind` in the sentence starting with `starts`.
fn modality_in(f: &Facts, text: &str, starts: &str, kind: EventType) -> Modality {
    let at = text.find(starts).unwrap_or_else(|| panic!("{starts:?} not in the text"));
    let events: Vec<_> = f.events.iter().filter(|e| e.event_type == kind && e.evidence.start as usize == at).collect();
    assert_eq!(events.len(), 1, "{starts:?}: {:#?}", f.events);
    events[0].modality
}

#[test]
fn absence_reported_after_the_event_noun_negates_it() {
    // One article each: a definite event noun may refer back to an earlier
    // event of its type and merge with it.
    let cases = [
        ("Rallies are not reported in the northern provinces.\n", EventType::Protest, Modality::Negated),
        ("Airstrikes have not been reported along the river since Friday.\n", EventType::Assault, Modality::Negated),
        ("The ambush never occurred, the ministry insisted.\n", EventType::Assault, Modality::Negated),
        ("The attack on the depot was reported by local radio on Tuesday.\n", EventType::Assault, Modality::Occurred),
    ];
    for (text, kind, modality) in cases {
        let f = analyze(text);
        assert_eq!(modality_in(&f, text, &text[..8], kind), modality, "{text:?}");
    }
}

#[test]
fn continue_after_the_event_noun_is_ongoing() {
    let text = "Demonstrations continue in the capital despite the curfew.\n";
    let f = analyze(text);
    assert_eq!(modality_in(&f, text, "Demonstrations", EventType::Protest), Modality::Ongoing);
}
