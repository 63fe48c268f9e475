//! Places a civilian-harm monitor read wrong (places36): a chain "Town,
//! Area, Country" whose last name did not constrain the town, an old or
//! foreign name of a large town that a smaller town abroad owns
//! ("Salisbury", "Batavia"), an event set in a list of places of one
//! country that took only the first of them, and a place in another clause
//! (past a semicolon, or in the speaker's clause after "said") taken for the
//! event's. Sentences written for these tests.

mod common;
use common::analyze;
use newsledger_model::{EventType, Facts};

/// Country of every place mention named `name` in `f`.
fn countries(f: &Facts, name: &str) -> Vec<String> {
    f.places.iter().filter(|p| p.text == name).map(|p| p.place.country.clone().unwrap_or_default()).collect()
}

/// The place name of the first event of `event_type` in `f`.
fn event_place(f: &Facts, text: &str, event_type: EventType) -> Option<String> {
    let ev = f.events.iter().find(|e| e.event_type == event_type).unwrap_or_else(|| panic!("{text}: no {event_type:?} in {:#?}", f.events));
    ev.place.as_ref().map(|p| p.name.clone())
}

#[test]
fn a_chain_is_read_from_its_outer_place() {
    // "Surrey" of England qualifies a Guildford as well as Surrey of
    // British Columbia does: the chain's last name says which, even in a
    // story full of English places.
    for (text, want) in [
        (
            "London police said a British man was shot dead in Guildford, Surrey, British Columbia, where he lived. He had moved there from London and Manchester in England.",
            "CA",
        ),
        (
            "Manchester police said a British tourist was robbed in Guildford, Surrey, British Columbia. His family in Leeds and York was told.",
            "CA",
        ),
    ] {
        let f = analyze(text);
        assert_eq!(countries(&f, "Guildford"), vec![want.to_string()], "{text}: {:#?}", f.places);
        assert_eq!(countries(&f, "Surrey"), vec![want.to_string()], "{text}: {:#?}", f.places);
    }
    // Guards: the chain's own country keeps its town.
    for (text, name, want) in [
        ("Police arrested a man in Guildford, Surrey, UK after a stabbing.", "Guildford", "GB"),
        ("A gunman shot three people in Kenosha, Wisconsin, United States, on Sunday.", "Kenosha", "US"),
        ("Flooding hit Windsor, Ontario, Canada, on Sunday.", "Windsor", "CA"),
    ] {
        let f = analyze(text);
        assert_eq!(countries(&f, name), vec![want.to_string()], "{text}: {:#?}", f.places);
    }
}

#[test]
fn an_old_name_owned_abroad_is_not_the_large_town() {
    // Context-free, "Salisbury" (Harare's colonial name) and "Batavia"
    // (Jakarta's) are not the capitals; "Bethlehem" is not Belém.
    for (text, name, not) in [
        ("A gunman killed two people in Salisbury on Friday.", "Salisbury", "ZW"),
        ("Firefighters battled a warehouse blaze in Salisbury overnight.", "Salisbury", "ZW"),
        ("Flooding cut roads around Batavia on Tuesday.", "Batavia", "ID"),
        ("Troops raided a refugee camp near Bethlehem on Tuesday.", "Bethlehem", "BR"),
    ] {
        let f = analyze(text);
        assert!(!countries(&f, name).contains(&not.to_string()), "{text}: {:#?}", f.places);
    }
    // The owner's country in the story still reads the old name: the
    // country context outweighs the extra penalty.
    for (text, name, want) in [
        ("A gunman killed two people in Salisbury, Zimbabwe, in 1975.", "Salisbury", "ZW"),
        ("Police in Salisbury arrested two men. The incident shocked England.", "Salisbury", "GB"),
        ("Palestinian officials said troops raided a camp near Bethlehem in the West Bank.", "Bethlehem", "PS"),
    ] {
        let f = analyze(text);
        assert_eq!(countries(&f, name), vec![want.to_string()], "{text}: {:#?}", f.places);
    }
    // Guard: an English name of a large town that news still uses.
    let f = analyze("Heavy rain flooded streets in Calcutta on Monday.");
    assert_eq!(countries(&f, "Calcutta"), vec!["IN".to_string()], "{:#?}", f.places);
}

#[test]
fn an_event_in_a_list_of_one_countrys_places_is_in_that_country() {
    for (text, event_type, want) in [
        ("Arrests were made in Virginia, Maryland and Washington, D.C. on Monday.", EventType::Coerce, "United States"),
        ("Teachers protested in West Virginia, Oklahoma and Arizona last year.", EventType::Protest, "United States"),
        ("Troops were deployed to Texas and Arizona on Monday.", EventType::Mobilize, "United States"),
        ("Militants attacked villages in Borno and Yobe states.", EventType::Assault, "Nigeria"),
    ] {
        let f = analyze(text);
        assert_eq!(event_place(&f, text, event_type).as_deref(), Some(want), "{text}: {:#?}", f.events);
    }
    // Guards: a town and its qualifiers are one item; a list across
    // countries keeps its first item (no one place holds them all).
    for (text, event_type, want) in [
        ("Protesters marched in Paris, France, on Saturday.", EventType::Protest, "Paris"),
        ("A gunman shot three people in Kenosha, Wisconsin, United States, on Sunday.", EventType::Assault, "Kenosha"),
        ("Police arrested 30 people in Denmark, France and the Netherlands.", EventType::Coerce, "Denmark"),
    ] {
        let f = analyze(text);
        assert_eq!(event_place(&f, text, event_type).as_deref(), Some(want), "{text}: {:#?}", f.events);
    }
}

#[test]
fn a_place_past_a_semicolon_or_a_speakers_verb_is_another_clauses() {
    for (text, event_type) in [
        ("Troops shelled the village overnight; later, protesters marched in Paris.", EventType::Assault),
        ("The ceasefire deal was signed in October, said an analyst at a think tank in Washington.", EventType::Agree),
        ("Police arrested two men on Sunday, said a spokesman for the ministry in Kabul.", EventType::Coerce),
    ] {
        let f = analyze(text);
        assert_eq!(event_place(&f, text, event_type), None, "{text}: {:#?}", f.events);
    }
    // Guards: the other clause keeps its own place, and a reporting verb
    // before the trigger or after the place changes nothing.
    for (text, event_type, want) in [
        ("Troops shelled the village overnight; later, protesters marched in Paris.", EventType::Protest, "Paris"),
        ("Officials said troops shelled villages in Kharkiv.", EventType::Assault, "Kharkiv"),
        ("Troops shelled Kharkiv overnight, officials said.", EventType::Assault, "Kharkiv"),
    ] {
        let f = analyze(text);
        assert_eq!(event_place(&f, text, event_type).as_deref(), Some(want), "{text}: {:#?}", f.events);
    }
}
