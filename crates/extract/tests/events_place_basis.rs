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

#[test]
fn a_country_describing_a_border_town_yields_to_the_town() {
    // "the U.S. border city of El Paso": the attack was in the city, and
    // "U.S." names the country, not the border region; a sea describing a
    // port town yields to the town too.
    for (text, town) in [
        ("A gunman opened fire at a store in the U.S. border city of El Paso, Texas, on Saturday, killing 20 people.\n", "El Paso"),
        ("Two agents were shot in the U.S. border town of Nogales, Arizona, on Monday.\n", "Nogales"),
        ("Four soldiers were killed in an ambush in the Pakistani border city of Chaman on Friday.\n", "Chaman"),
        ("A bombing killed a photographer in the Red Sea port town of Mokha, Yemen, on Monday.\n", "Mocha"),
    ] {
        let f = analyze(text, "WASHINGTON");
        let attacks = of_type(&f, EventType::Assault);
        assert!(!attacks.is_empty(), "{text}: {:#?}", f.events);
        let place = attacks[0].place.as_ref().expect("a place");
        assert_eq!(place.name, town, "{text}");
        assert!(!f.places.iter().any(|p| p.place.name.contains("border")), "{text}: {:?}", f.places);
    }
    // "the U.S. border" itself is still the border region when the article
    // is about Mexico too.
    let f = analyze("Mexico sent 10,000 troops to the U.S. border on Monday to stop migrants.\n", "MEXICO CITY");
    assert!(f.places.iter().any(|p| p.place.name == "U.S.-Mexico border"), "{:?}", f.places);
}
