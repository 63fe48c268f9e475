//! Every event carries a date with a precision: `unknown` when its sentence
//! gives none, bounded by the article's day only when the event is reported
//! as having happened. Sentences written for these tests.

mod common;

use newsledger_model::{DatePrecision, Event, Facts};

fn analyze(text: &str, published: Option<&str>) -> Facts {
    common::analyze_with(text, published)
}

fn events(text: &str, published: Option<&str>) -> Vec<Event> {
    let f = analyze(text, published);
    assert!(!f.events.is_empty(), "{text}: no event");
    f.events
}

#[test]
fn an_undated_event_that_happened_is_bounded_by_the_article_day() {
    for text in [
        "Gunmen attacked a police station in the north of the country.",
        "Soldiers have shelled the outskirts of the town, residents said.",
        "The two leaders held talks about the border dispute.",
        "Police arrested four men suspected of smuggling weapons.",
    ] {
        let evs = events(text, Some("2025-06-14T08:30:00Z"));
        let happened: Vec<&Event> = evs.iter().filter(|e| e.modality.happened()).collect();
        assert!(!happened.is_empty(), "{text}: {evs:#?}");
        for e in happened {
            let d = e.date.as_ref().expect("every event carries a date");
            assert_eq!(d.precision, DatePrecision::Unknown, "{text}: {e:?}");
            assert_eq!(d.value.as_deref(), Some("XXXX-XX-XX/2025-06-14"), "{text}: {e:?}");
        }
    }
}

#[test]
fn an_undated_plan_or_threat_has_no_bound() {
    for text in [
        "The army plans to launch an offensive against the rebels.",
        "If the talks fail, the government would impose sanctions on the company.",
        "The group threatened to attack foreign convoys.",
        "The ministry denied that its troops had shelled the village.",
    ] {
        let evs = events(text, Some("2025-06-14"));
        let not_happened: Vec<&Event> = evs.iter().filter(|e| !e.modality.happened()).collect();
        assert!(!not_happened.is_empty(), "{text}: {evs:#?}");
        for e in not_happened {
            let d = e.date.as_ref().expect("every event carries a date");
            assert_eq!(d.precision, DatePrecision::Unknown, "{text}: {e:?}");
            assert_eq!(d.value, None, "{text}: {e:?}");
        }
    }
}

#[test]
fn a_dated_event_keeps_its_date_and_an_undated_article_gives_no_bound() {
    let evs = events("Gunmen attacked a police station on Tuesday.", Some("2025-06-14"));
    let d = evs[0].date.as_ref().expect("date");
    assert_eq!((d.value.as_deref(), d.precision), (Some("2025-06-10"), DatePrecision::Day));
    for e in events("Gunmen attacked a police station in the north of the country.", None) {
        let d = e.date.expect("every event carries a date");
        assert_eq!((d.value, d.precision), (None, DatePrecision::Unknown), "{:?}", e.modality);
    }
}
