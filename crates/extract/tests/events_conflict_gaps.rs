//! Conflict-news shapes that made the wrong event or none (events19):
//! clashes decided by the sides named, clashes of words, mass graves found,
//! fires set on purpose, bans on weapons, and the place of an attack told
//! before a time word the time expressions miss. Sentences written for these
//! tests.

mod common;
use common::analyze;
use newsledger_model::{EventType, Modality};

fn events_of(text: &str) -> Vec<(EventType, Option<String>)> {
    analyze(text).events.iter().map(|e| (e.event_type, e.mode.clone())).collect()
}

#[test]
fn clashes_with_an_armed_side_are_an_armed_clash() {
    for text in [
        "Clashes broke out between rival armed groups in the south of the capital on Monday.",
        "Armed clashes in the border region left dozens dead.",
        "Rival gangs clashed near the port for a third day.",
        "Tribal clashes in the eastern province have displaced thousands.",
        "Sectarian clashes erupted in the mountain town after the funeral.",
        "Clashes between two militia factions shut the airport.",
        "Clashes between security forces and tribesmen blocked the highway.",
    ] {
        let got = events_of(text);
        assert!(got.contains(&(EventType::Assault, Some("armed clash".into()))), "{text}: {got:?}");
        assert!(!got.iter().any(|(t, _)| *t == EventType::Protest), "{text}: {got:?}");
    }
}

#[test]
fn clashes_of_protesters_or_of_unnamed_sides_stay_a_riot() {
    for text in [
        "Clashes between police and demonstrators lasted into the night.",
        "Students clashed with riot police outside the university.",
        "Clashes between soldiers and protesters left three people hurt.",
        "Clashes broke out outside the stadium after the final whistle.",
        "Fans clashed with stewards at the gates.",
    ] {
        let got = events_of(text);
        assert!(got.contains(&(EventType::Protest, Some("riot".into()))), "{text}: {got:?}");
        assert!(!got.iter().any(|(_, m)| m.as_deref() == Some("armed clash")), "{text}: {got:?}");
    }
}

#[test]
fn clashes_of_words_are_no_event() {
    for text in [
        "The two candidates clashed over taxes during the televised debate.",
        "Ministers clashed with the army chief over the defence budget.",
        "The coach clashed with club executives about the transfer policy.",
        "Senators clashed with the general over troop numbers.",
    ] {
        assert!(events_of(text).is_empty(), "{text}: {:?}", events_of(text));
    }
    // A clash "over" something that names harm is a fight.
    let got = events_of("Herders and farmers clashed over grazing land, leaving ten dead.");
    assert!(got.contains(&(EventType::Assault, Some("armed clash".into()))), "{got:?}");
    let got = events_of("Officials said rival militias clashed over the oil field, and six fighters were killed.");
    assert!(got.contains(&(EventType::Assault, Some("armed clash".into()))), "{got:?}");
}

#[test]
fn a_mass_grave_found_is_an_undated_killing() {
    for text in [
        "A mass grave was found near the river on Saturday.",
        "Investigators uncovered a mass grave behind the school last week.",
        "Forensic teams began exhuming bodies from a mass grave outside the town.",
        "Villagers led police to mass graves holding at least 30 bodies.",
    ] {
        let f = analyze(text);
        let graves: Vec<_> = f.events.iter().filter(|e| e.mode.as_deref() == Some("mass grave")).collect();
        assert_eq!(graves.len(), 1, "{text}: {:#?}", f.events);
        assert_eq!(graves[0].event_type, EventType::Assault, "{text}");
        assert_eq!(graves[0].modality, Modality::Occurred, "{text}");
        // The date of the finding is not the date of the killings: only
        // the article's day bounds them.
        let date = graves[0].date.as_ref().expect("every event carries a date");
        assert_eq!(date.precision, newsledger_model::DatePrecision::Unknown, "{text}: {date:?}");
    }
    let f = analyze("No mass grave has been found in the district, officials said.");
    assert!(f.events.iter().all(|e| e.modality != Modality::Occurred), "{:#?}", f.events);
    for text in [
        "Relatives fear the missing men lie in mass graves.",
        "Hundreds gathered at the mass grave memorial on Sunday.",
        "The war left a mass grave of ideas, the author wrote.",
    ] {
        assert!(events_of(text).is_empty(), "{text}: {:?}", events_of(text));
    }
}

#[test]
fn a_fire_set_on_purpose_is_arson() {
    for text in [
        "The fire at the warehouse was started deliberately, investigators said.",
        "Police said the blaze at the temple had been set deliberately.",
        "Arsonists set a fire at the back of the synagogue on Friday.",
        "The flames were deliberately lit in three places, the fire chief said.",
        "The blaze that killed four people was started deliberately by an arsonist.",
    ] {
        let got = events_of(text);
        assert_eq!(got.iter().filter(|(_, m)| m.as_deref() == Some("arson")).count(), 1, "{text}: {got:?}");
    }
    let f = analyze("Investigators said the blaze was not set deliberately.");
    assert!(f.events.iter().all(|e| e.modality != Modality::Occurred), "{:#?}", f.events);
    for text in [
        "Campers started a fire that spread across the hills.",
        "A faulty heater started the blaze that gutted the house.",
        "She set a fire in the hearth and sat down to read.",
        "The company deliberately set its prices low.",
    ] {
        assert!(events_of(text).is_empty(), "{text}: {:?}", events_of(text));
    }
}

#[test]
fn a_ban_on_a_kind_of_weapon_is_no_coercion() {
    for text in [
        "The treaty calls for the ban of landmines.",
        "Dozens of states back a ban on nuclear weapons.",
        "The convention bans the use of cluster munitions.",
        "Anti-personnel mines were banned by most countries in 1997.",
        "Campaigners want a global ban on killer robots.",
        "Voters approved the assault rifles ban.",
    ] {
        let got = events_of(text);
        assert!(!got.iter().any(|(t, _)| *t == EventType::Coerce), "{text}: {got:?}");
        assert!(!got.iter().any(|(t, _)| *t == EventType::Assault), "{text}: {got:?}");
    }
    // People banned, a party banned, a rally banned: coercion.
    for text in [
        "Police banned protesters from carrying weapons at the march.",
        "The junta banned the main opposition party on Monday.",
        "Authorities banned the rally in the capital.",
    ] {
        let got = events_of(text);
        assert!(got.contains(&(EventType::Coerce, Some("ban".into()))), "{text}: {got:?}");
    }
}

fn attack_place(text: &str) -> Option<String> {
    let f = analyze(text);
    let a: Vec<_> = f.events.iter().filter(|e| e.event_type == EventType::Assault).collect();
    assert_eq!(a.len(), 1, "{text}: {:#?}", f.events);
    a[0].place.as_ref().map(|p| p.name.clone())
}

#[test]
fn a_place_struck_before_a_time_word_is_the_place() {
    assert_eq!(attack_place("Missiles hit Kyiv overnight, the mayor said.").as_deref(), Some("Kyiv"));
    assert_eq!(attack_place("Drones struck Odesa early on Sunday.").as_deref(), Some("Odesa"));
    assert_eq!(attack_place("Russian forces shelled Kharkiv again.").as_deref(), Some("Kharkiv"));
    assert_eq!(attack_place("Israeli jets struck Beirut late on Tuesday.").as_deref(), Some("Beirut"));
    assert_eq!(attack_place("Artillery shelled Donetsk repeatedly.").as_deref(), Some("Donetsk"));
    // A place before a noun still only says whose it is.
    assert_eq!(attack_place("The strike hit Kabul police headquarters overnight."), None);
}
