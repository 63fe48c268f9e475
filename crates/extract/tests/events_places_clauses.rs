//! Where an event happened (events20): a place inside another clause's
//! relative clause is not the event's ("Troops who had fought in Kherson
//! shelled the village"), and a town seized is where the seizure happened
//! ("Rebels captured the town of Goma"). Sentences written for these tests.

mod common;
use common::analyze;
use newsledger_model::EventType;

/// The place of the one event of `event_type` in `text`.
fn place_of(text: &str, event_type: EventType) -> Option<String> {
    let f = analyze(text);
    let evs: Vec<_> = f.events.iter().filter(|e| e.event_type == event_type).collect();
    assert_eq!(evs.len(), 1, "{text}: {:#?}", f.events);
    evs[0].place.as_ref().map(|p| p.name.clone())
}

#[test]
fn a_place_in_the_subjects_relative_clause_is_not_the_events() {
    for (text, want) in [
        ("Troops who had fought in Kherson shelled the village on Monday.", None),
        ("Soldiers who were stationed in Bakhmut attacked the depot.", None),
        ("Militants who trained in Syria struck a checkpoint.", None),
        ("The brigade, which fought in Bakhmut, shelled the city of Kharkiv.", Some("Kharkiv")),
        ("Soldiers, who had trained in Poland, shelled Kharkiv on Monday.", Some("Kharkiv")),
        ("Fighters who had been based in Idlib bombed a market in Aleppo.", Some("Aleppo")),
    ] {
        assert_eq!(place_of(text, EventType::Assault).as_deref(), want, "{text}");
    }
}

#[test]
fn a_relative_clause_about_people_after_the_trigger_gives_no_place() {
    assert_eq!(place_of("Drones struck a convoy carrying men who had fought in Bakhmut.", EventType::Assault), None);
    assert_eq!(place_of("Police arrested two brothers whose family lives in Kabul.", EventType::Coerce), None);
    // A "which" clause after the thing struck says where it is.
    assert_eq!(place_of("Drones struck the town, which lies in Donetsk.", EventType::Assault).as_deref(), Some("Donetsk"));
}

#[test]
fn a_relative_clause_that_holds_the_trigger_or_locates_the_victim_keeps_its_place() {
    for (text, event_type, want) in [
        // The trigger is in the clause with the place.
        ("Gunmen who stormed a school in Kano killed two teachers.", EventType::Assault, "Kano"),
        ("The envoy, who held talks with rebel leaders in Doha, left on Friday.", EventType::Consult, "Doha"),
        // A passive: the subject is the one the event befell.
        ("Two hostages who had been kidnapped in Mali were released in a prisoner swap.", EventType::Concede, "Mali"),
        // A noun trigger may sit in the clause ("to intelligence sharing").
        ("Civilians who lived in Gaza were killed in an airstrike.", EventType::Assault, "Gaza"),
        // A "which" clause that only says where the thing is.
        ("The hospital, which is in Kharkiv, was hit by a missile.", EventType::Assault, "Kharkiv"),
    ] {
        assert_eq!(place_of(text, event_type).as_deref(), Some(want), "{text}");
    }
}

#[test]
fn a_trigger_in_a_clause_set_off_by_commas_takes_no_place_after_it() {
    assert_eq!(place_of("The minister, who denied the accusation, flew to Paris on Monday.", EventType::Accuse), None);
    assert_eq!(place_of("The governor, who rejected the claim, spoke in Lagos.", EventType::Reject), None);
}

#[test]
fn a_town_seized_is_where_the_seizure_happened() {
    for (text, want) in [
        ("Rebels captured the town of Goma on Sunday.", "Goma"),
        ("Militiamen seized the city of Goma.", "Goma"),
        ("Government troops recaptured the town of Gao after a week of fighting.", "Gao"),
        ("Insurgents overran the town of Bunia.", "Bunia"),
        ("Fighters seized Aleppo's airport on Friday.", "Aleppo"),
    ] {
        assert_eq!(place_of(text, EventType::Coerce).as_deref(), Some(want), "{text}");
    }
}

#[test]
fn things_seized_do_not_make_their_owner_the_place() {
    for text in [
        "Authorities seized Venezuela's oil tanker.",
        "Customs officers seized Iranian oil worth millions.",
        "Police seized Colombian cocaine and two rifles.",
    ] {
        assert_eq!(place_of(text, EventType::Coerce), None, "{text}");
    }
}
