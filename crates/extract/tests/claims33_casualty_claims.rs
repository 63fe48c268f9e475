//! claims33: casualty claims a civilian-harm monitor reads. A word number
//! right after a verb of harm or arrest is its object ("killed five and
//! wounded 110"); a toll before a copula or a verb of rising gives the
//! people counted after it their predicate; a list of counts after a
//! count that sums to it breaks it down (the same victims, one claim); a
//! "with" phrase of harm says the counted were injured. Sentences written
//! for these tests.

mod common;

use common::{analyze, claim_with, quantity_with as quantity};

#[test]
fn a_word_number_after_a_verb_of_harm_is_its_object() {
    for (s, v, p) in [
        ("A truck bomb in the market killed seven and wounded 45 on Tuesday.", 7.0, "killed"),
        ("Troops arrested three and detained 20 others near the border.", 3.0, "arrested"),
        ("The fire in the hostel killed four.", 4.0, "killed"),
        ("Gunmen killed two in the village and abducted nine.", 9.0, "abducted"),
        ("The avalanche injured eleven, the rescue service said.", 11.0, "injured"),
    ] {
        let f = analyze(s);
        let q = quantity(&f, v);
        assert_eq!(q.predicate.as_deref(), Some(p), "{s}: {q:#?}");
        assert_eq!(q.unit.as_deref(), Some("person"), "{s}: {q:#?}");
    }
    // Each verb of the pair keeps its own count, in a claim of its own.
    let f = analyze("A truck bomb in the market killed seven and wounded 45 on Tuesday.");
    assert_ne!(claim_with(&f, 7.0).quantities, claim_with(&f, 45.0).quantities);
}

#[test]
fn a_toll_before_a_copula_or_a_rise_gives_its_predicate() {
    for (s, v, p) in [
        ("The flood killed 12 people, with the death toll rising to 30 people by Sunday.", 30.0, "killed"),
        ("The confirmed deaths are nine villagers and three soldiers.", 9.0, "died"),
        ("The confirmed deaths are nine villagers and three soldiers.", 3.0, "died"),
        ("The death toll stood at 14 civilians, five soldiers and one police officer.", 5.0, "killed"),
        ("The death toll climbed to 41 miners on Friday.", 41.0, "killed"),
    ] {
        let f = analyze(s);
        let q = quantity(&f, v);
        assert_eq!(q.predicate.as_deref(), Some(p), "{s}: {q:#?}");
    }
}

#[test]
fn a_breakdown_after_a_count_shares_its_claim() {
    for (s, whole, parts) in [
        ("Rescuers said 15 bodies had been found, eight men and seven women.", 15.0, [8.0, 7.0]),
        ("The raid killed ten people, six soldiers and four civilians.", 10.0, [6.0, 4.0]),
        ("Police arrested 30 protesters on Monday, 20 students and ten workers.", 30.0, [20.0, 10.0]),
    ] {
        let f = analyze(s);
        let predicate = quantity(&f, whole).predicate.clone();
        assert!(predicate.is_some(), "{s}");
        for v in parts {
            let q = quantity(&f, v);
            assert_eq!(q.predicate, predicate, "{s}: {q:#?}");
            assert!(claim_with(&f, whole).quantities.iter().any(|x| x.value == Some(v)), "{s}: the part {v} is not in the claim of {whole}");
        }
    }
    // A list that does not add up is no breakdown.
    let f = analyze("The raid killed ten people, six soldiers and two civilians.");
    assert_eq!(quantity(&f, 6.0).predicate, None);
}

#[test]
fn a_with_phrase_of_harm_means_injured() {
    for (s, v) in [
        ("Four pupils with minor injuries were treated at the scene.", 4.0),
        ("Two men with gunshot wounds were taken to hospital.", 2.0),
        ("Medics said 17 workers with serious burns had been flown out.", 17.0),
    ] {
        let f = analyze(s);
        let q = quantity(&f, v);
        assert_eq!(q.predicate.as_deref(), Some("injured"), "{s}: {q:#?}");
    }
}

#[test]
fn according_to_a_report_citing_a_body_is_the_reports_claim() {
    for (s, v) in [
        ("After the riot, according to a report citing the mayor's office, 20 people were arrested.", 20.0),
        ("On Sunday, according to a report citing the city's police, 30 people were arrested, and two guards were injured.", 30.0),
        ("By nightfall, according to a report citing hospital officials, 14 people had died.", 14.0),
    ] {
        let f = analyze(s);
        let c = claim_with(&f, v);
        let who = common::claimant(&f, c);
        assert!(who.as_deref().is_some_and(|w| w.to_lowercase().contains("report")), "{s}: claimant {who:?}");
    }
}
