//! Interview transcripts name each speaker's turn in double parentheses at
//! the start of a line ("((Ana Ruiz)) We began in 2019."): the name is a
//! person's whatever kind the tagger gives it. Sentences written for this test.

mod common;

use newsledger_model::{EntityType, Facts};

fn analyze(text: &str) -> Facts {
    common::analyze_undated(text)
}

#[test]
fn a_name_that_opens_a_transcript_turn_is_a_person() {
    for name in ["Perttu Ahola", "Lina Ortega Ruiz", "Tomas Berg"] {
        let text = format!(
            "The reporter spoke with the engineer by phone.\n\n((WN)) How did the project begin?\n\n(({name})) It began as a hobby in 2009.\n\n((WN)) And today?\n\n(({name})) Thousands of people use it."
        );
        let f = analyze(&text);
        let e = f.entities.iter().find(|e| e.text == name).unwrap_or_else(|| panic!("no {name:?} in {:?}", f.entities));
        assert_eq!(e.entity_type, EntityType::Person, "{name}: {:?}", f.entities);
    }
    // Inside a sentence, or with an organisation word, the parentheses change nothing.
    let f = analyze("The filing ((Acme Holdings Group)) was late.\n\n((Northern Mining Corporation)) Output rose.");
    assert!(f.entities.iter().all(|e| e.entity_type != EntityType::Person), "{:?}", f.entities);
}

#[test]
fn the_speaker_of_the_turns_is_one_person_wherever_named() {
    for name in ["Perttu Ahola", "Lina Ortega Ruiz", "Tomas Berg"] {
        let text = format!(
            "The reporter spoke with the engineer {name} about the bridge project.\n\n((WN)) How did it begin?\n\n(({name})) It began as a hobby in 2009.\n\n((WN)) And today?\n\n(({name})) Thousands of people cross it."
        );
        let f = analyze(&text);
        let named: Vec<_> = f.entities.iter().filter(|e| e.text == name).collect();
        assert_eq!(named.len(), 1, "{name}: {:?}", f.entities);
        assert_eq!(named[0].entity_type, EntityType::Person, "{name}: {:?}", f.entities);
        assert_eq!(named[0].mentions.len(), 3, "{name}: {:?}", named[0]);
    }
}
