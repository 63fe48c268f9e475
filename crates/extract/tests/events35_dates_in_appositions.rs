//! A date inside an apposition describes the apposition's noun, not the
//! event of the main clause: "On Tuesday, Lopez, a candidate in the election
//! to be held on June 9, held a rally" is Tuesday's rally. Our own sentences;
//! articles dated Monday 2025-03-10.

mod common;

use common::{analyze, by_trigger};

fn date_of(text: &str, trigger: &str) -> Option<String> {
    let f = analyze(text);
    by_trigger(&f, text, trigger).date.as_ref().and_then(|d| d.value.clone())
}

#[test]
fn a_date_inside_an_apposition_does_not_date_the_main_clause() {
    let cases = [
        ("On Thursday, Maria Lopez, a candidate in the election to be held on June 9, held a rally in the capital.\n", "rally", "2025-03-06"),
        ("On Saturday, Pedro Alvarez, the governor who took office in May 2021, met with farmers in the northern valley.\n", "met with", "2025-03-08"),
    ];
    for (text, trigger, date) in cases {
        assert_eq!(date_of(text, trigger).as_deref(), Some(date), "{text:?}");
    }
}

#[test]
fn a_clause_after_a_lower_case_word_and_a_comma_keeps_its_date() {
    // "…elections, the army …" is a clause, not an apposition.
    let text = "Ahead of the 2026 elections, the police detained the mayor on February 2, 2025, after a raid on his office.\n";
    assert_eq!(date_of(text, "detained").as_deref(), Some("2025-02-02"), "{text:?}");
}
