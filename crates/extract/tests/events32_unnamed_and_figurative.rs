//! Who acts when the subject has no name, habits told with "would", and
//! senses of "capture" and "attack" that take no one: "others struck him"
//! is not done by the man struck, "they would detain the drivers" after
//! "they used to stop buses" is a habit, a bird captured or a view captured is no arrest,
//! and a policy attacked is criticised, not assaulted. Sentences written
//! for these tests.

mod common;

use common::{analyze_dated, by_trigger, entity_names};
use newsledger_model::{EventType, Modality};

#[test]
fn an_unnamed_subject_right_before_the_verb_is_the_one_who_acts() {
    // The name before the verb is an earlier clause's object.
    let text = "Guards held Marcus Webb at the gate; a guard kicked Webb in the leg, others attacked him with sticks.\n";
    let f = analyze_dated(text, "2024-03-02");
    let attacked = by_trigger(&f, text, "attacked");
    assert!(!entity_names(&f, attacked.actor.as_deref()).contains("webb"), "{attacked:#?}");

    let text = "Pavel Orlov said that if somebody threatens a neighbour, the police must act.\n";
    let f = analyze_dated(text, "2024-03-02");
    let threatens = by_trigger(&f, text, "threatens");
    assert!(!entity_names(&f, threatens.actor.as_deref()).contains("orlov"), "{threatens:#?}");

    let text = "\"I was amazed by how many people visited the shelter last week,\" said Hana Ito, a volunteer.\n";
    let f = analyze_dated(text, "2024-03-02");
    if let Some(visited) = f.events.iter().find(|e| &text[e.evidence.start..e.evidence.end] == "visited") {
        assert!(!entity_names(&f, visited.actor.as_deref()).contains("ito"), "{visited:#?}");
    }
}

#[test]
fn people_counted_by_a_group_phrase_still_act() {
    // "people" heads a counted group: the group acts.
    let text = "On Sunday several hundred people rallied outside parliament.\n";
    let f = analyze_dated(text, "2024-03-02");
    let rallied = by_trigger(&f, text, "rallied");
    assert!(rallied.actor_group.is_some(), "{rallied:#?}");
}

#[test]
fn would_after_used_to_is_a_habit() {
    let text = "The militia used to stop buses on the highway, and they would detain the drivers who refused to pay.\n";
    let f = analyze_dated(text, "2024-03-02");
    let detain = by_trigger(&f, text, "detain");
    assert_eq!(detain.modality, Modality::Occurred, "{detain:#?}");

    let text = "Whenever the patrol entered the village, soldiers would arrest young men at random.\n";
    let f = analyze_dated(text, "2024-03-02");
    let arrest = by_trigger(&f, text, "arrest");
    assert_eq!(arrest.modality, Modality::Occurred, "{arrest:#?}");
}

#[test]
fn would_without_a_habit_frame_stays_ahead() {
    let text = "The general said his troops would arrest anyone who crossed the line.\n";
    let f = analyze_dated(text, "2024-03-02");
    let arrest = by_trigger(&f, text, "arrest");
    assert_ne!(arrest.modality, Modality::Occurred, "{arrest:#?}");
}

#[test]
fn an_animal_captured_is_no_arrest() {
    let text = "Rangers captured two wild leopards near the village last week.\n";
    let f = analyze_dated(text, "2024-03-02");
    assert!(!f.events.iter().any(|e| e.event_type == EventType::Coerce), "{:#?}", f.events);
}

#[test]
fn a_person_captured_is_still_an_arrest() {
    let text = "Rangers captured two poachers near the village last week.\n";
    let f = analyze_dated(text, "2024-03-02");
    let captured = by_trigger(&f, text, "captured");
    assert_eq!(captured.event_type, EventType::Coerce, "{captured:#?}");
}

#[test]
fn views_that_are_captured_are_no_arrest() {
    let text = "The council promised that the concerns of every resident would be captured in the final report.\n";
    let f = analyze_dated(text, "2024-03-02");
    assert!(!f.events.iter().any(|e| e.event_type == EventType::Coerce), "{:#?}", f.events);

    let text = "Three fighters were captured near the border on Friday.\n";
    let f = analyze_dated(text, "2024-03-02");
    assert!(f.events.iter().any(|e| e.event_type == EventType::Coerce), "{:#?}", f.events);
}

#[test]
fn a_policy_attacked_is_criticised_not_assaulted() {
    let text = "The opposition leader attacked the government's housing policy in a speech on Monday.\n";
    let f = analyze_dated(text, "2024-03-02");
    assert!(!f.events.iter().any(|e| e.event_type == EventType::Assault), "{:#?}", f.events);

    let text = "Both candidates attacked war as a means of settling disputes.\n";
    let f = analyze_dated(text, "2024-03-02");
    assert!(!f.events.iter().any(|e| e.event_type == EventType::Assault), "{:#?}", f.events);

    let text = "Gunmen attacked the government offices in the provincial capital on Monday.\n";
    let f = analyze_dated(text, "2024-03-02");
    assert!(f.events.iter().any(|e| e.event_type == EventType::Assault), "{:#?}", f.events);
}

#[test]
fn a_deed_that_a_law_is_about_is_not_the_lawmakers() {
    let text = "Since the trial, Jordan's laws about honour killings have been tightened.\n";
    let f = analyze_dated(text, "2024-03-02");
    let killings = by_trigger(&f, text, "killings");
    assert!(!entity_names(&f, killings.actor.as_deref()).contains("jordan"), "{killings:#?}");
}

#[test]
fn who_holds_a_view_on_talks_still_takes_part() {
    let text = "China's outlook on trade talks improved on Friday.\n";
    let f = analyze_dated(text, "2024-03-02");
    let talks = by_trigger(&f, text, "talks");
    assert!(entity_names(&f, talks.actor.as_deref()).contains("china"), "{talks:#?}");
}

#[test]
fn a_quoted_idea_attacked_is_criticism() {
    let text = "The senator attacked the \"hustle culture\" that rewards overwork.\n";
    let f = analyze_dated(text, "2024-03-02");
    assert!(!f.events.iter().any(|e| e.event_type == EventType::Assault), "{:#?}", f.events);
}

#[test]
fn positions_and_platforms_attacked_are_still_assaults() {
    for text in ["Rebels attacked the army's positions near the border on Monday.\n", "Gunmen attacked an oil platform off the coast on Monday.\n"] {
        let f = analyze_dated(text, "2024-03-02");
        assert!(f.events.iter().any(|e| e.event_type == EventType::Assault), "{text}: {:#?}", f.events);
    }
}
