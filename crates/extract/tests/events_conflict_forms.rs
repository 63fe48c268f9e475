//! Forms of violence conflict monitors count that had made no event:
//! explosives laid or thrown, shells that land, sieges, hijackings, looting.
//! And their everyday neighbours that must stay none. Sentences written for
//! these tests.

mod common;
use common::analyze;
use newsledger_model::EventType;

fn events_of(text: &str) -> Vec<(EventType, Option<String>)> {
    analyze(text).events.iter().map(|e| (e.event_type, e.mode.clone())).collect()
}

#[test]
fn explosives_sieges_hijackings_and_looting_are_events() {
    for (text, event_type, mode) in [
        ("A landmine exploded under a minibus near the border, killing four.", EventType::Assault, "bombing"),
        ("A roadside bomb wounded three soldiers on Tuesday.", EventType::Assault, "bombing"),
        ("Attackers threw a grenade at a police post in the capital.", EventType::Assault, "bombing"),
        ("Mortar shells landed on a crowded market, killing six.", EventType::Assault, "artillery"),
        ("Government troops besieged the rebel-held town for weeks.", EventType::Assault, "siege"),
        ("Pirates hijacked a fuel tanker in the Gulf of Guinea.", EventType::Assault, "abduction"),
        ("Soldiers looted shops and homes after taking the town.", EventType::Coerce, "seizure"),
    ] {
        let got = events_of(text);
        assert_eq!(got, vec![(event_type, Some(mode.to_string()))], "{text}");
    }
}

#[test]
fn their_everyday_neighbours_are_none() {
    for text in [
        "Landmine clearance teams worked through the summer.",
        "Her email account was hijacked by scammers.",
        "The populists hijacked the debate about taxes.",
        "Fans besieged the box office for tickets.",
        "Looting of ancient sites worries the museum.",
    ] {
        assert!(events_of(text).is_empty(), "{text}: {:?}", events_of(text));
    }
}
