//! Where an event happened (places33): a town or province right before the
//! event's noun names its place ("a Kandahar car bombing"), a settlement
//! noun's apposition hands its preposition on ("protests in the capital,
//! Lima"), and an event in a "where" clause happened at the place before
//! it ("visited Dayton, Ohio, where riots broke out"). Sentences written for
//! these tests.

mod common;
use common::analyze;
use newsledger_model::EventType;

/// The place of the first event of `event_type` in `text`.
fn place_of(text: &str, event_type: EventType) -> Option<String> {
    let f = analyze(text);
    let ev = f.events.iter().find(|e| e.event_type == event_type).unwrap_or_else(|| panic!("{text}: no {event_type:?} in {:#?}", f.events));
    ev.place.as_ref().map(|p| p.name.clone())
}

#[test]
fn a_town_or_province_before_the_events_noun_is_its_place() {
    for (text, event_type, want) in [
        ("A Quetta car bombing killed four soldiers last week.", EventType::Assault, "Quetta"),
        ("The Mosul market attack wounded dozens of shoppers.", EventType::Assault, "Mosul"),
        ("Karachi protests grew on Sunday as fuel prices rose.", EventType::Protest, "Karachi"),
        ("Some Ohio protesters marched to the statehouse.", EventType::Protest, "Ohio"),
        // A protest is held where its people are, a country too.
        ("The Iraq protests entered their third week.", EventType::Protest, "Iraq"),
    ] {
        assert_eq!(place_of(text, event_type).as_deref(), Some(want), "{text}");
    }
}

#[test]
fn a_name_before_the_noun_that_says_whose_act_it_is_gives_no_place() {
    for (text, event_type) in [
        // A country before a strike says who struck.
        ("A US airstrike killed three fighters overnight.", EventType::Assault),
        // A capital may stand for its government ("Kyiv strikes").
        ("Kyiv strikes hit an oil depot on Monday.", EventType::Assault),
        // After a hyphen the name is what the protest is against.
        ("Anti-Paris protests spread through the region.", EventType::Protest),
    ] {
        assert_eq!(place_of(text, event_type), None, "{text}");
    }
    // A verb form after the name: the name is the subject, and a
    // preposition's place is the event's.
    assert_eq!(place_of("Basra protested the new tax in Baghdad on Monday.", EventType::Protest).as_deref(), Some("Baghdad"));
}

#[test]
fn a_settlement_nouns_apposition_is_where_the_event_happened() {
    for (text, event_type, want) in [
        ("Weeks of protests in the capital, Lima, forced the minister out.", EventType::Protest, "Lima"),
        ("Two bombings took place in the country's capital, Nairobi, last month.", EventType::Assault, "Nairobi"),
        ("Protests have been held since Monday in the Bolivian capital La Paz.", EventType::Protest, "La Paz"),
        ("Police arrested three men in the port city, Mombasa, on Friday.", EventType::Coerce, "Mombasa"),
    ] {
        assert_eq!(place_of(text, event_type).as_deref(), Some(want), "{text}");
    }
}

#[test]
fn an_event_in_a_where_clause_happened_at_the_place_before_it() {
    for (text, event_type, want) in [
        ("The senator visited Dayton, Ohio, where riots had broken out in June.", EventType::Protest, "Dayton"),
        ("She flew to Lagos, where gunmen attacked a church on Sunday.", EventType::Assault, "Lagos"),
    ] {
        assert_eq!(place_of(text, event_type).as_deref(), Some(want), "{text}");
    }
    // A barrier between "where" and the trigger: the clause has ended.
    assert_eq!(place_of("He visited Lagos, where he met the governor, and later rallied for reform.", EventType::Protest), None);
}
