//! An invitation or instruction to the reader reports nothing that
//! happened: the verb that opens it ("Visit the show", "VISIT the museum",
//! "Call your senator and demand …") is the reader's act and makes no
//! event; an event the reader is invited to ("Join us for a rally") lies
//! ahead and is `planned`. A quoted order, a noun headline ("Visit to
//! Beijing ends …") and other sentences that open with a verb-like word
//! keep their events. Sentences written for these tests.

mod common;

use common::analyze;
use newsledger_model::EventType;

#[test]
fn the_invited_act_is_no_event() {
    for text in [
        "VISIT the state museum in Harrisburg this weekend for its new quilt exhibit.\n",
        "Visit the county fair grounds in Lancaster, Sept. 4–8, for the annual draft horse show.\n",
        "Please visit the exhibition at the city library before it closes on Sunday.\n",
        "Call your senator today and demand a vote on the bill.\n",
    ] {
        let f = analyze(text);
        assert!(f.events.is_empty(), "{text}: {:#?}", f.events);
    }
}

#[test]
fn an_event_the_reader_is_invited_to_has_not_happened() {
    for (text, event_type) in [
        ("Join us for a rally outside city hall on Saturday.\n", EventType::Protest),
        ("Watch the talks between the two leaders live on our website.\n", EventType::Consult),
        ("JOIN the protest against the new dam on the town square on Sunday.\n", EventType::Protest),
    ] {
        let f = analyze(text);
        let event = f.events.iter().find(|e| e.event_type == event_type).unwrap_or_else(|| panic!("{text}: no {event_type:?}: {:#?}", f.events));
        assert!(!event.modality.happened(), "{text}: {:#?}", f.events);
    }
}

#[test]
fn reports_that_open_with_a_verb_like_word_keep_their_events() {
    for (text, event_type) in [
        // A noun, not an imperative.
        ("Visit to Beijing ends with a pledge of closer ties, the ministry said.\n", EventType::Consult),
        // Not a verb of the invitation list.
        ("Protesters marched through the city centre on Sunday.\n", EventType::Protest),
        // What the reader is pointed to happened.
        ("Read more about the attack on the convoy near Kandahar.\n", EventType::Assault),
        ("Watch the video of the attack on the convoy near Kandahar.\n", EventType::Assault),
    ] {
        let f = analyze(text);
        let event = f.events.iter().find(|e| e.event_type == event_type).unwrap_or_else(|| panic!("{text}: no {event_type:?}: {:#?}", f.events));
        assert!(event.modality.happened(), "{text}: {:#?}", f.events);
    }
    // A quoted order is someone's order to someone else: still planned.
    let text = "“Visit the families of the victims,” the governor told his ministers.\n";
    let f = analyze(text);
    let visit = f.events.iter().find(|e| e.trigger == "Visit").unwrap_or_else(|| panic!("{text}: {:#?}", f.events));
    assert!(!visit.modality.happened(), "{text}: {:#?}", f.events);
}
