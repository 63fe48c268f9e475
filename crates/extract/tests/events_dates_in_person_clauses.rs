//! An event's date (twenty-eighth session, lead): a date inside a relative
//! clause about a person ("who tried to warn others in December", "who lost
//! his bid this month") tells when the person did something, not when the
//! event happened; a date in the event's own clause, or in a "who" clause
//! that tells the event itself, still dates it. Sentences written for these
//! tests; the article is dated 2025-03-10.

mod common;

use common::{analyze, by_trigger};

fn date_value(text: &str, trigger: &str) -> Option<String> {
    let f = analyze(text);
    by_trigger(&f, text, trigger).date.as_ref().and_then(|d| d.value.clone())
}

#[test]
fn a_date_in_a_clause_about_a_person_does_not_date_the_event() {
    for (text, trigger, wrong) in [
        ("Police detained six students, including a nurse, who tried to warn others about the outbreak in December.\n", "detained", "2024-12"),
        ("Police arrested the driver, who was released from prison in January.\n", "arrested", "2025-01"),
        ("The senator, who lost her seat in November, criticized the decision.\n", "criticized", "2024-11"),
    ] {
        assert_ne!(date_value(text, trigger).as_deref(), Some(wrong), "{text}");
    }
}

#[test]
fn a_date_in_the_events_own_clause_still_dates_it() {
    for (text, trigger, right) in [
        ("The man, who was released in January, attacked a guard on March 7.\n", "attacked", "2025-03-07"),
        ("The gunman, who attacked the mosque on March 7, was arrested.\n", "attacked", "2025-03-07"),
        ("Police detained six students in February.\n", "detained", "2025-02"),
    ] {
        assert_eq!(date_value(text, trigger).as_deref(), Some(right), "{text}");
    }
}
