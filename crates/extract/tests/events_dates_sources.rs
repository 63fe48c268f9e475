//! A time word that describes a source or a noun dates no event (events20):
//! "Two current officials said the deployment is not imminent" has no
//! PRESENT_REF date. Sentences written for these tests.

mod common;
use common::analyze;
use newsledger_model::{DatePrecision, EventType};

/// The date value of the one event of `event_type` in `text`.
fn date_of(text: &str, event_type: EventType) -> Option<String> {
    let f = analyze(text);
    let evs: Vec<_> = f.events.iter().filter(|e| e.event_type == event_type).collect();
    assert_eq!(evs.len(), 1, "{text}: {:#?}", f.events);
    // An `unknown` date (the article's day bounding an undated event) is no
    // date from the text.
    let from_text = |d: &&newsledger_model::EventDate| !(d.precision == DatePrecision::Unknown && d.value.as_deref().is_none_or(|v| v.starts_with("XXXX-XX-XX/")));
    evs[0].date.as_ref().filter(from_text).and_then(|d| d.value.clone())
}

#[test]
fn a_time_word_in_a_source_phrase_dates_nothing() {
    for (text, event_type) in [
        ("Two current officials said the deployment of troops is not imminent.", EventType::Mobilize),
        ("Two current Pentagon officials said troops could be deployed to the region soon.", EventType::Mobilize),
        ("Two current defense officials said troops would be deployed to the border.", EventType::Mobilize),
        ("A current senior diplomat said talks would resume.", EventType::Consult),
        ("Three current and former officials said the raid was planned for weeks.", EventType::Assault),
    ] {
        assert_eq!(date_of(text, event_type), None, "{text}");
    }
}

#[test]
fn current_before_a_noun_dates_nothing() {
    assert_eq!(date_of("The current government deployed troops to the border.", EventType::Mobilize), None);
    assert_eq!(date_of("Rebels under the current commander attacked the base.", EventType::Assault), None);
}

#[test]
fn other_dates_of_the_sentence_still_date_the_event() {
    assert_eq!(date_of("Two current officials said troops were deployed to the border on Monday.", EventType::Mobilize).as_deref(), Some("2025-03-10"));
    assert_eq!(date_of("Officials said troops are currently deployed along the border.", EventType::Mobilize).as_deref(), Some("PRESENT_REF"));
    assert_eq!(date_of("Troops were deployed to the border in the current month.", EventType::Mobilize).as_deref(), Some("2025-03"));
    // The event told inside the source phrase keeps the phrase's date.
    assert_eq!(date_of("A diplomat briefed on last week's phone call with Beijing declined to comment.", EventType::Consult).as_deref(), Some("2025-W10"));
}
