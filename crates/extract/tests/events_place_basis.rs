//! Every event place says where it came from, and a dateline (where the
//! reporter filed from) is never the place of a statement. Sentences written
//! for these tests.

use newsledger_extract::Pipeline;
use newsledger_model::{Article, Dateline, Event, EventType, Facts, PlaceBasis};

fn analyze(text: &str, dateline: &str) -> Facts {
    let art = Article {
        id: "a1".into(),
        language: "en".into(),
        text: text.to_string(),
        published: Some("2025-03-10".into()),
        dateline: Some(Dateline { place: Some(dateline.to_string()), text: format!("{dateline}, March 9") }),
        ..Default::default()
    };
    Pipeline::for_language("en").analyze(&art)
}

fn of_type(f: &Facts, t: EventType) -> Vec<&Event> {
    f.events.iter().filter(|e| e.event_type == t).collect()
}

#[test]
fn attack_without_a_place_in_its_sentence_takes_the_dateline_and_says_so() {
    let f = analyze("KABUL, March 9 — Gunmen attacked a police checkpoint on Sunday, killing four officers.\n", "KABUL");
    let attacks = of_type(&f, EventType::Assault);
    assert_eq!(attacks.len(), 1, "{:#?}", f.events);
    let place = attacks[0].place.as_ref().expect("dateline place");
    assert!(place.name.eq_ignore_ascii_case("kabul"), "{place:?}");
    assert_eq!(attacks[0].place_basis, Some(PlaceBasis::Dateline));
}

#[test]
fn place_named_in_the_sentence_wins_over_the_dateline() {
    let f = analyze("KABUL, March 9 — Gunmen attacked a police checkpoint in Herat on Sunday, killing four officers.\n", "KABUL");
    let attacks = of_type(&f, EventType::Assault);
    assert_eq!(attacks.len(), 1, "{:#?}", f.events);
    let place = attacks[0].place.as_ref().expect("sentence place");
    // The city (gazetteer name "Herāt"), or its province of the same name.
    assert!(place.name.starts_with("Her") && place.country.as_deref() == Some("AF"), "{place:?}");
    assert_eq!(attacks[0].place_basis, Some(PlaceBasis::Sentence));
}

#[test]
fn a_statement_gets_no_place_from_the_dateline() {
    let f = analyze(
        "WASHINGTON, March 9 — Mexican President Claudia Sheinbaum rejected the proposal on Monday. She accused the governor of lying.\n",
        "WASHINGTON",
    );
    let statements: Vec<&Event> = f.events.iter().filter(|e| matches!(e.event_type, EventType::Reject | EventType::Accuse)).collect();
    assert!(!statements.is_empty(), "{:#?}", f.events);
    for e in statements {
        assert!(e.place.is_none() && e.place_basis.is_none(), "{e:#?}");
    }
}
