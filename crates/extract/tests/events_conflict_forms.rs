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
fn threats_and_plans_to_besiege_or_loot_keep_their_modality() {
    use newsledger_model::Modality;
    let f = analyze("The militia plans to besiege the town next week.");
    let sieges: Vec<_> = f.events.iter().filter(|e| e.mode.as_deref() == Some("siege")).collect();
    assert_eq!(sieges.len(), 1, "{:#?}", f.events);
    assert_eq!(sieges[0].modality, Modality::Planned);
    let f = analyze("If the talks fail, the rebels would loot the city.");
    let lootings: Vec<_> = f.events.iter().filter(|e| e.event_type == EventType::Coerce).collect();
    assert_eq!(lootings.len(), 1, "{:#?}", f.events);
    assert_eq!(lootings[0].modality, Modality::Conditional);
}

#[test]
fn their_everyday_neighbours_are_none() {
    for text in [
        "Landmine clearance teams worked through the summer.",
        "Her email account was hijacked by scammers.",
        "The populists hijacked the debate about taxes.",
        "Fans besieged the box office for tickets.",
        "Looting of ancient sites worries the museum.",
        "Officers recovered the loot from a cave.",
        "Plunder can work as a short-term strategy for a dying industry.",
    ] {
        assert!(events_of(text).is_empty(), "{text}: {:?}", events_of(text));
    }
}
