//! Evacuations (events20): an evacuation ordered or forced by an armed side
//! is a COERCE "evacuation" (the order is the act); an evacuation with no
//! armed side ("as the storm approached") and people "evacuated" (a
//! displacement) make none. Sentences written for these tests.

mod common;
use common::analyze;
use newsledger_model::{EventType, Modality};

fn evacuations(text: &str) -> Vec<(Modality, Option<String>)> {
    analyze(text)
        .events
        .iter()
        .filter(|e| e.event_type == EventType::Coerce && e.mode.as_deref() == Some("evacuation"))
        .map(|e| (e.modality, e.place.as_ref().map(|p| p.name.clone())))
        .collect()
}

#[test]
fn an_evacuation_ordered_by_an_armed_side_is_coercion() {
    for (text, modality, place) in [
        ("The army ordered the evacuation of three villages near the border.", Modality::Occurred, None),
        ("Israeli forces ordered residents to evacuate the northern district.", Modality::Occurred, None),
        ("Rebels forced villagers to evacuate their homes.", Modality::Occurred, None),
        ("Troops issued evacuation orders for five neighbourhoods on Sunday.", Modality::Occurred, None),
        ("The army ordered the evacuation of Rafah on Monday.", Modality::Occurred, Some("Rafah")),
        ("Troops forced residents of Bunia to evacuate.", Modality::Occurred, Some("Bunia")),
        ("The army will order residents of Goma to evacuate.", Modality::Planned, Some("Goma")),
        ("The military has not ordered an evacuation of the city.", Modality::Negated, None),
    ] {
        let got = evacuations(text);
        assert_eq!(got.len(), 1, "{text}: {got:?}");
        assert_eq!(got[0].0, modality, "{text}");
        // Gazetteer names may carry diacritics ("Rafaḩ"): compare the start.
        match place {
            Some(p) => assert!(got[0].1.as_deref().is_some_and(|n| n.starts_with(&p[..4])), "{text}: {got:?}"),
            None => assert_eq!(got[0].1, None, "{text}"),
        }
    }
}

#[test]
fn evacuations_without_an_armed_side_make_no_event() {
    for text in [
        "Authorities ordered the evacuation of coastal towns as the storm approached.",
        "Officials ordered residents to evacuate before the hurricane made landfall.",
        "Thousands were evacuated from the town after the floods.",
        "The school ordered an evacuation after a gas leak.",
        "The general ordered troops to advance on the city.",
    ] {
        assert!(evacuations(text).is_empty(), "{text}: {:?}", evacuations(text));
    }
}
