//! An event takes the date of its own clause: the nearest date not across
//! "after", "when", ";" and the like; a toll "since" a dated beginning runs
//! to the article's date. Sentences written for these tests;
//! the article is dated Wednesday 12 March 2025.

mod common;

use newsledger_model::{EventType, Facts};

fn analyze(text: &str) -> Facts {
    common::analyze_dated(text, "2025-03-12")
}

fn date_of(f: &Facts, t: EventType) -> Option<String> {
    let e = f.events.iter().find(|e| e.event_type == t).unwrap_or_else(|| panic!("no {t:?} in {:#?}", f.events));
    e.date.as_ref().and_then(|d| d.value.clone())
}

#[test]
fn a_date_across_a_clause_opener_belongs_to_the_other_event() {
    let f = analyze("The attack came early Tuesday, two days after a ceasefire took effect on Sunday.\n");
    assert_eq!(date_of(&f, EventType::Assault).as_deref(), Some("2025-03-11"));
    assert_eq!(date_of(&f, EventType::Agree).as_deref(), Some("2025-03-09"));

    let f = analyze("Rebels shelled the town on Monday; talks resumed in the capital on Tuesday.\n");
    assert_eq!(date_of(&f, EventType::Assault).as_deref(), Some("2025-03-10"));
    assert_eq!(date_of(&f, EventType::Consult).as_deref(), Some("2025-03-11"));
}

#[test]
fn a_toll_since_a_dated_beginning_covers_the_period_to_the_article() {
    let f = analyze("Since the war began in April 2023, more than 150,000 people have been killed.\n");
    assert_eq!(date_of(&f, EventType::Assault).as_deref(), Some("2023-04/2025-03-12"));
    // Without "since" the date stays the day of the event.
    let f = analyze("When the war began in April 2023, rebels shelled the capital.\n");
    assert_eq!(date_of(&f, EventType::Assault).as_deref(), Some("2023-04"));
}
