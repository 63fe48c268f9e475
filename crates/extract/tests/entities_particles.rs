//! A given name, a capitalised name particle and a surname make a person's
//! name, whatever kind the tagger gives it. Sentences written for this test.

mod common;

use newsledger_model::{EntityType, Facts};

fn analyze(text: &str) -> Facts {
    common::analyze_undated(text)
}

fn kind_of(f: &Facts, name: &str) -> Option<EntityType> {
    f.entities.iter().find(|e| e.text == name).map(|e| e.entity_type)
}

#[test]
fn a_given_name_with_a_particle_and_a_surname_is_a_person() {
    for (text, name) in [
        ("Gloria La Riva said the party would fight on.", "Gloria La Riva"),
        ("Carlos De La Fuente announced his campaign in May.", "Carlos De La Fuente"),
        ("Maria Del Carmen told reporters the vote was fair.", "Maria Del Carmen"),
        ("Later, Peter Van Houten said he had not been consulted.", "Peter Van Houten"),
    ] {
        let f = analyze(text);
        if let Some(kind) = kind_of(&f, name) {
            assert_eq!(kind, EntityType::Person, "{text}: {:?}", f.entities);
        } else {
            panic!("{text}: no entity {name:?} in {:?}", f.entities);
        }
    }
    // An organisation word keeps an organisation; no given name, no person.
    let f = analyze("The Victoria De Los Angeles Foundation gave $2 million to the school.");
    assert!(f.entities.iter().all(|e| e.entity_type != EntityType::Person), "{:?}", f.entities);
    let f = analyze("Banco De La Nacion said profits rose.");
    assert!(f.entities.iter().all(|e| e.entity_type != EntityType::Person), "{:?}", f.entities);
}
