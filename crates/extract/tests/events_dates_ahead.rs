//! An event that has happened is never dated after the article, and a
//! plan told by "is set to" / "is due to" after its noun is a plan.
//! Sentences written for these tests; articles dated 2025-03-10.

mod common;

use newsledger_model::{Event, EventType, Facts, Modality};

fn analyze(text: &str) -> Facts {
    common::analyze_dated(text, "2025-03-10")
}

fn the_event(text: &str, t: EventType) -> Event {
    let f = analyze(text);
    let found: Vec<&Event> = f.events.iter().filter(|e| e.event_type == t).collect();
    assert_eq!(found.len(), 1, "{text}: {:#?}", f.events);
    found[0].clone()
}

fn date_of(e: &Event) -> Option<String> {
    e.date.as_ref().and_then(|d| d.value.clone())
}

#[test]
fn a_date_ahead_is_not_the_date_of_what_happened() {
    for text in [
        "The coach agreed a deal with the club until the end of the 2027 season.",
        "Lawmakers held talks on the budget ahead of their 2026 session.",
        "Protesters marched through the capital ahead of the vote set for May 2.",
    ] {
        let f = analyze(text);
        assert!(!f.events.is_empty(), "{text}: no event");
        for e in f.events.iter().filter(|e| e.modality.happened()) {
            let d = date_of(e).unwrap_or_default();
            // An interval ("XXXX-XX-XX/2025-03-10") must end by the article's day.
            let last = d.rsplit('/').next().unwrap_or_default();
            assert!(last.is_empty() || last <= "2025-03-10", "{text}: {:?} dated {d}", e.event_type);
        }
    }
}

#[test]
fn a_date_not_ahead_stays() {
    let e = the_event("Police arrested three men in the capital on Saturday.", EventType::Coerce);
    assert_eq!(date_of(&e).as_deref(), Some("2025-03-08"));
    let e = the_event("The two foreign ministers held talks in Geneva in February.", EventType::Consult);
    assert_eq!(date_of(&e).as_deref(), Some("2025-02"));
}

#[test]
fn set_to_or_due_to_after_the_noun_is_a_plan() {
    let e = the_event("The annual meeting of the Organization of American States is set to open tomorrow.", EventType::Consult);
    assert_eq!(e.modality, Modality::Planned);
    assert_eq!(date_of(&e).as_deref(), Some("2025-03-11"));
    let e = the_event("The new round of tariffs is due to start in April.", EventType::Sanction);
    assert_eq!(e.modality, Modality::Planned);
    let e = the_event("The sanctions are due to take effect next month.", EventType::Sanction);
    assert_eq!(e.modality, Modality::Planned);
    // "due to" giving a cause is no plan.
    let e = the_event("The attack was due to a failure of security, officials said.", EventType::Assault);
    assert_eq!(e.modality, Modality::Occurred);
}
