//! Trigger words in senses that report no event: a visit to a web page, a
//! crowd that "visited" a rally, the "coordinates" of a place, what a script
//! "called for". The event senses stay. Our own sentences.

mod common;

use common::analyze;
use newsledger_model::EventType;

fn count(text: &str, kind: EventType) -> usize {
    analyze(text).events.iter().filter(|e| e.event_type == kind).count()
}

#[test]
fn web_visits_coordinates_and_scripts_are_no_events() {
    let cases = [
        ("More than 200 people visited my profile last week.\n", EventType::Consult),
        ("The festival was visited by thousands of people on Sunday.\n", EventType::Consult),
        ("The GPS coordinates of the wreck were published by the navy.\n", EventType::Cooperate),
        ("The script called for a long scene in the rain.\n", EventType::Request),
    ];
    for (text, kind) in cases {
        assert_eq!(count(text, kind), 0, "{text:?}: {:#?}", analyze(text).events);
    }
}

#[test]
fn the_event_senses_stay() {
    let cases = [
        ("The foreign minister visited Kyiv on Monday.\n", EventType::Consult),
        ("The agency coordinates its patrols with the army along the border, the ministry said.\n", EventType::Cooperate),
        ("The council called for a ceasefire on Friday.\n", EventType::Request),
    ];
    for (text, kind) in cases {
        assert_eq!(count(text, kind), 1, "{text:?}: {:#?}", analyze(text).events);
    }
}
