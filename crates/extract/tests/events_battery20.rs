//! Battery shapes of events20: an event noun that is the object of a verb
//! of its type ("agreed a ceasefire", "signed a peace deal") or the head of
//! a compound of its type ("a ceasefire agreement") is one event; a quoted
//! vow is planned, never done. Sentences written for these tests.

mod common;
use common::analyze;
use newsledger_model::{EventType, Modality};

fn of_type(text: &str, t: EventType) -> Vec<Modality> {
    analyze(text).events.iter().filter(|e| e.event_type == t).map(|e| e.modality).collect()
}

#[test]
fn a_verb_and_its_object_of_one_type_are_one_event() {
    for (text, modality) in [
        ("The two sides agreed a ceasefire in Doha on Tuesday.", Modality::Occurred),
        ("The two countries signed a peace deal in Washington.", Modality::Occurred),
        ("Negotiators failed to reach a ceasefire agreement.", Modality::Negated),
        ("The club has agreed a deal with the striker.", Modality::Occurred),
        ("The rival factions signed an accord on Friday.", Modality::Occurred),
    ] {
        assert_eq!(of_type(text, EventType::Agree), vec![modality], "{text}");
    }
}

#[test]
fn another_act_between_keeps_two_events() {
    // A verb between: the shooting followed other shootings.
    let f = analyze("The shooting followed four deadly mass shootings across the country that month.");
    assert!(f.events.iter().filter(|e| e.event_type == EventType::Assault).count() >= 1, "{:#?}", f.events);
    // Another type: agreeing to talks is an agreement and a meeting to come.
    let text = "The rebels agreed to talks.";
    assert_eq!(of_type(text, EventType::Agree).len(), 1, "{text}");
    assert_eq!(of_type(text, EventType::Consult).len(), 1, "{text}");
}

#[test]
fn a_quoted_vow_is_planned() {
    for (text, t) in [
        ("\"We will arrest those responsible,\" the police chief said.", EventType::Coerce),
        ("\"We will strike their camps,\" the general said.", EventType::Assault),
        ("\"We will send more troops,\" the minister told reporters.", EventType::Mobilize),
        ("The minister vowed to arrest those responsible.", EventType::Coerce),
    ] {
        assert_eq!(of_type(text, t), vec![Modality::Planned], "{text}");
    }
}
