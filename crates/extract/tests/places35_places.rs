//! Places a civilian-harm monitor read wrong (places35): a capital's bonus
//! under an alternate name another country's place owns ("Delhi" is listed
//! for Dili), a sentence-opening preposition or question word taken for a
//! first name ("Within Delhi" made Delhi a surname for the whole article),
//! Washington the state in lists of states and after "the state of", a
//! foreign town for "X province", and the sentence break after "a.m."
//! before a new sentence. Sentences written for these tests.

mod common;
use common::analyze;
use newsledger_model::{EventType, Facts};

/// (country, precision) of every place mention named `name` in `f`.
fn readings(f: &Facts, name: &str) -> Vec<(String, String)> {
    f.places
        .iter()
        .filter(|p| p.text == name)
        .map(|p| (p.place.country.clone().unwrap_or_default(), format!("{:?}", p.place.precision).to_lowercase()))
        .collect()
}

/// The place name of the first event of `event_type` in `f`.
fn event_place(f: &Facts, text: &str, event_type: EventType) -> Option<String> {
    let ev = f.events.iter().find(|e| e.event_type == event_type).unwrap_or_else(|| panic!("{text}: no {event_type:?} in {:#?}", f.events));
    ev.place.as_ref().map(|p| p.name.clone())
}

#[test]
fn a_capitals_alternate_name_owned_abroad_is_the_other_place() {
    for (text, name, want) in [
        ("Police in Delhi arrested 40 protesters on Tuesday.", "Delhi", "IN"),
        ("Flooding in Delhi killed six people after heavy rain.", "Delhi", "IN"),
        ("Officials said 12 people died when a building collapsed in Salem on Monday.", "Salem", "IN"),
        ("A gunman opened fire in Philadelphia on Saturday, wounding three people.", "Philadelphia", "US"),
    ] {
        let f = analyze(text);
        let got: Vec<String> = readings(&f, name).into_iter().map(|(cc, _)| cc).collect();
        assert_eq!(got, vec![want.to_string()], "{text}: {:#?}", f.places);
    }
    // Guard: an alternate name no foreign place owns keeps the capital
    // (the Kiev oblast is in the capital's own country).
    let text = "Rebels attacked a convoy near Kiev overnight.";
    let f = analyze(text);
    assert_eq!(event_place(&f, text, EventType::Assault).as_deref(), Some("Kyiv"), "{text}: {:#?}", f.events);
    // The event takes the place too.
    let text = "A gunman opened fire in Philadelphia on Saturday, wounding three people.";
    assert_eq!(event_place(&analyze(text), text, EventType::Assault).as_deref(), Some("Philadelphia"));
}

#[test]
fn a_sentence_opening_word_is_no_first_name() {
    for text in [
        "Shelling hit a market in Delhi. Why Delhi keeps flooding is a question for planners.",
        "Within Delhi, police detained 30 people after clashes. Residents were angry.",
        "For Delhi, the ban came too late: firecrackers were seized across the city.",
    ] {
        let f = analyze(text);
        assert!(!readings(&f, "Delhi").is_empty(), "{text}: {:#?}", f.places);
    }
    let text = "Within Delhi, police detained 30 people after clashes. Residents were angry.";
    assert_eq!(event_place(&analyze(text), text, EventType::Coerce).as_deref(), Some("Delhi"));
}

#[test]
fn washington_the_state_among_states() {
    for text in [
        "Health officials confirmed outbreaks in Utah, Washington and Wisconsin.",
        "Wildfires destroyed homes in Oregon, Washington and Idaho this week.",
        "A second case was found on a dairy farm in the state of Washington last year.",
    ] {
        let f = analyze(text);
        assert_eq!(readings(&f, "Washington"), vec![("US".to_string(), "admin1".to_string())], "{text}: {:#?}", f.places);
    }
    // Guards: the city alone, and the city its qualifier names.
    for text in ["Protesters gathered in Washington on Sunday to demand a ceasefire.", "Arrests were made in Virginia, Maryland and Washington, D.C. on Friday."] {
        let f = analyze(text);
        assert_eq!(readings(&f, "Washington"), vec![("US".to_string(), "city".to_string())], "{text}: {:#?}", f.places);
    }
}

#[test]
fn a_foreign_town_is_no_reading_of_a_province() {
    let text = "Medical camps were held in Nyanza province before the group flew home to London.";
    let f = analyze(text);
    assert!(readings(&f, "Nyanza").is_empty(), "{text}: {:#?}", f.places);
    assert!(!readings(&f, "London").is_empty(), "{text}: {:#?}", f.places);
}

#[test]
fn a_clock_abbreviation_before_a_new_sentence_ends_one() {
    let count = |t: &str| newsledger_text::segment(t).sentences.len();
    assert_eq!(count("The curfew ran from 8 p.m. to 5 a.m. Gunmen later attacked a police post."), 2);
    assert_eq!(count("Shops close at 7 p.m. Residents say the rule is new."), 2);
    // Guards: a day, a month, a zone in capitals or words, a name before
    // "time" continue the time.
    for t in [
        "The strike began at 9 a.m. Friday and ended at noon.",
        "The office opened at 6:30 a.m. Aug. 9 after the storm.",
        "The plane landed at 9:54 a.m. ET at the airport.",
        "Polls close at 8 p.m. Eastern in most states.",
        "The king died at 10 a.m. Tongan time on Sunday.",
        "Cases were counted until 10 a.m. Central European Time on Monday.",
    ] {
        assert_eq!(count(t), 1, "{t}");
    }
}
