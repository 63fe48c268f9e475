//! A witness's quoted retelling of an attack just reported joins it
//! (events20): "Gunmen opened fire on a bus … “They opened fire on us,” said
//! a survivor" is one shooting. Never across modality, mode, place or date.
//! Articles written for these tests.

mod common;
use common::{analyze, assaults};
use newsledger_model::Modality;

#[test]
fn a_quoted_retelling_joins_the_attack_just_reported() {
    for text in [
        "Gunmen opened fire on a minibus near the market in Maiduguri on Saturday, killing four passengers, police said.\n\n\"They opened fire on us without warning,\" said one survivor.",
        "Police fired live rounds at protesters in Lagos on Monday, killing three.\n\n\"They fired at us like we were animals,\" said a protester.",
        "Militants attacked an army post in Borno on Friday, the army said.\n\n\"We attacked them because they burned our village,\" a commander said.",
        "Soldiers shot dead two protesters in Khartoum on Tuesday.\n\n\"The soldiers shot at us as we ran,\" said a protester.",
        "Gunmen opened fire on worshippers in Kaduna on Sunday. \"They shot at everyone,\" said one survivor.",
    ] {
        let f = analyze(text);
        let a = assaults(&f);
        assert_eq!(a.len(), 1, "{text}: {:#?}", f.events);
        assert_eq!(a[0].modality, Modality::Occurred, "{text}");
    }
}

#[test]
fn a_quote_that_tells_another_attack_stays_apart() {
    for text in [
        // Another mode.
        "Police fired live rounds at protesters in Lagos on Monday, killing three.\n\n\"They bombed our houses,\" said a protester.",
        // Another place and date.
        "Gunmen opened fire on a minibus in Maiduguri on Saturday.\n\n\"They opened fire on us in Kano last month,\" said one survivor.",
        // A name of its own inside the quote.
        "Gunmen opened fire on a minibus in Maiduguri on Saturday.\n\n\"Boko Haram shot at our convoy,\" said a driver.",
        // Too far: three paragraphs on.
        "Gunmen opened fire on a minibus in Maiduguri on Saturday.\n\nThe governor visited the wounded.\n\nSchools were closed.\n\n\"They shot at us,\" said one survivor.",
    ] {
        let f = analyze(text);
        assert_eq!(assaults(&f).len(), 2, "{text}: {:#?}", f.events);
    }
}

#[test]
fn a_quoted_threat_or_plan_never_joins_an_attack_that_happened() {
    for text in [
        "Gunmen opened fire on a minibus in Maiduguri on Saturday.\n\n\"They will attack us again,\" said one survivor.",
        "Police fired live rounds at protesters in Nairobi on Monday.\n\n\"We will attack their stations,\" a protest leader said.",
    ] {
        let f = analyze(text);
        let a = assaults(&f);
        assert!(a.iter().any(|e| e.modality == Modality::Occurred), "{text}: {:#?}", f.events);
        assert!(a.iter().any(|e| e.modality != Modality::Occurred), "{text}: {:#?}", f.events);
    }
}

#[test]
fn a_reported_clause_is_not_a_witness_retelling() {
    // Indirect speech is the outlet's telling: a second attack stays one.
    let text = "Gunmen opened fire on a minibus in Maiduguri on Saturday.\n\nPolice said the gang attacked a church in Kano on Sunday.";
    let f = analyze(text);
    assert_eq!(assaults(&f).len(), 2, "{text}: {:#?}", f.events);
}
