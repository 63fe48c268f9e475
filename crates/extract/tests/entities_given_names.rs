//! A person named in full and later by the given name alone is one person;
//! a source printed as one word of a full name is named in full. Sentences
//! written for this test.

mod common;

use newsledger_model::{EntityType, Facts};

fn analyze(text: &str) -> Facts {
    common::analyze_undated(text)
}

fn persons(f: &Facts) -> Vec<(String, usize)> {
    f.entities.iter().filter(|e| e.entity_type == EntityType::Person).map(|e| (e.text.clone(), e.mentions.len())).collect()
}

#[test]
fn a_given_name_alone_is_the_one_person_who_has_it() {
    let texts = [
        ("Marisol Quintero Vega runs the bakery on Calle Ocho. Customers have known Marisol since 1998, and Marisol still opens at five.", "Marisol Quintero Vega"),
        ("Detective Harlan Brooks led the search for two weeks. Colleagues said Harlan rarely slept during the search.", "Harlan Brooks"),
        ("The family of Oluwaseun Adeyemi gathered outside the court. Oluwaseun was 19 when he was arrested.", "Oluwaseun Adeyemi"),
    ];
    for (text, full) in texts {
        let f = analyze(text);
        let given = full.split_whitespace().next().unwrap_or_default();
        let ps = persons(&f);
        assert!(ps.iter().all(|(t, _)| t != given), "{given:?} stands alone in {ps:?}");
        assert!(ps.iter().any(|(t, n)| t == full && *n >= 2), "{full:?} has the given-name mentions: {ps:?}");
    }
}

#[test]
fn a_shared_given_name_or_a_surname_stays_apart() {
    // Two people called Daniel: "Daniel" alone says not which.
    let f = analyze("Daniel Ortiz and Daniel Whitfield founded the band in 2004. Daniel left in 2010.");
    let ps = persons(&f);
    assert!(ps.iter().any(|(t, n)| t == "Daniel Ortiz" && *n == 1), "{ps:?}");
    assert!(ps.iter().any(|(t, n)| t == "Daniel Whitfield" && *n == 1), "{ps:?}");
    // A word that closes one full name and opens another is the surname's.
    let f = analyze("Grant Lowell coached the team. His assistant, Maria Grant, ran practice. Grant said the season was long.");
    let ps = persons(&f);
    assert!(ps.iter().all(|(t, n)| t != "Grant Lowell" || *n == 1), "{ps:?}");
}

#[test]
fn a_source_printed_as_a_surname_is_named_in_full() {
    let f = analyze("Environment Minister Rosalind Achterberg visited the delta on Monday. \"The dikes held,\" Achterberg said. \"We were lucky.\"");
    let names: Vec<&str> = f.sources.iter().map(|s| s.name.as_str()).collect();
    assert!(names.contains(&"Rosalind Achterberg"), "{names:?}");
    assert!(!names.contains(&"Achterberg"), "{names:?}");
    // A one-word name the article never gives in full stays as printed.
    let f = analyze("\"We will rebuild,\" Achterberg said on Monday.");
    assert!(f.sources.iter().any(|s| s.name == "Achterberg"), "{:?}", f.sources);
}
