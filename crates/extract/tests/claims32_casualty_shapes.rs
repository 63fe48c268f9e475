//! claims32: casualty counts a civilian-harm monitor reads. "a total of",
//! "a combined", "another" between a verb and its count keep the verb;
//! each count coordinated with a noun led by an article gets the verb;
//! bodies are the dead; an adverb before the verb is not what is counted;
//! a count in a definition ("events where four or more people are killed")
//! is a threshold, not a claim; a figure the outlet calls a misstatement
//! is still its speaker's. Sentences written for these tests.

mod common;

use common::{analyze, claimant, quantity_with as quantity};
use newsledger_model::ClaimStatus;

#[test]
fn a_total_or_combined_count_keeps_its_verb() {
    for (s, v, p) in [
        ("The two storms killed a total of 120 people across the region.", 120.0, "killed"),
        ("The twin blasts killed a combined 60 people on Sunday.", 60.0, "killed"),
        ("The raids detained a total of 45 students last week.", 45.0, "detained"),
        ("The floods displaced an additional 3,000 residents.", 3000.0, "displaced"),
    ] {
        let f = analyze(s);
        let q = quantity(&f, v);
        assert_eq!(q.predicate.as_deref(), Some(p), "{s}: {q:#?}");
    }
}

#[test]
fn each_coordinated_count_gets_the_verb() {
    for (s, v, p) in [
        ("Two women and a man were injured in the stabbing.", 2.0, "injured"),
        ("Three soldiers and an interpreter were killed near the border.", 3.0, "killed"),
        ("The gunman injured a man and two women before fleeing.", 2.0, "injured"),
        ("The militia abducted the village chief and 14 farmers.", 14.0, "abducted"),
    ] {
        let f = analyze(s);
        let q = quantity(&f, v);
        assert_eq!(q.predicate.as_deref(), Some(p), "{s}: {q:#?}");
    }
    // A verb before the count still claims it: the verb after the second
    // conjunct is that conjunct's.
    let f = analyze("Police detained 12 people and a guard was injured.");
    assert_eq!(quantity(&f, 12.0).predicate.as_deref(), Some("detained"));
}

#[test]
fn bodies_are_the_dead() {
    for s in ["Rescuers recovered 35 bodies from the river.", "Divers pulled 35 bodies from the sunken ferry on Tuesday.", "A witness saw 35 bodies in the morgue."] {
        let f = analyze(s);
        let q = quantity(&f, 35.0);
        assert_eq!(q.predicate.as_deref(), Some("died"), "{s}: {q:#?}");
    }
    let f = analyze("Two governing bodies voted on the plan.");
    assert!(f.claims.iter().flat_map(|c| &c.quantities).all(|q| q.predicate.is_none()), "{:#?}", f.claims);
}

#[test]
fn an_adverb_before_the_verb_is_not_what_is_counted() {
    for (s, v, p) in [
        ("Eighteen were hospitalised, five seriously injured.", 5.0, "injured"),
        ("The crash left one passenger critically wounded.", 1.0, "wounded"),
        ("Thousands of farmers eventually joined the march.", 2000.0, "joined"),
    ] {
        let f = analyze(s);
        let q = quantity(&f, v);
        assert_eq!(q.predicate.as_deref(), Some(p), "{s}: {q:#?}");
        assert!(!q.what.as_deref().unwrap_or("").ends_with("ly"), "{s}: {q:#?}");
    }
}

#[test]
fn a_definition_is_not_a_casualty_claim() {
    for s in [
        "The tracker characterizes events where four or more people are shot as mass shootings.",
        "The tally counts mass shootings, events where at least four people are wounded.",
        "A massacre is defined as five or more people killed by one attacker.",
        "Any attack in which ten people die counts as a major incident.",
    ] {
        let f = analyze(s);
        assert!(f.claims.iter().flat_map(|c| &c.quantities).all(|q| q.predicate.is_none()), "{s}: {:#?}", f.claims);
    }
    // Particular events stay claims.
    let f = analyze("The attacks in which 12 people died shocked the city.");
    assert_eq!(quantity(&f, 12.0).predicate.as_deref(), Some("died"));
}

#[test]
fn a_misstatement_is_its_speakers() {
    for (s, who) in [
        (
            "Senator Tom Walsh said on Monday that the economy was strong. Amid more gaffes including the misstatement that 40 million people had died of the flu, questions about Walsh's health grew.",
            "Tom Walsh",
        ),
        ("Mayor Ann Lee told reporters the city was safe. She then repeated her false claim that 300 people were arrested.", "Ann Lee"),
    ] {
        let f = analyze(s);
        let c = f.claims.iter().find(|c| c.quantities.iter().any(|q| q.predicate.is_some())).unwrap_or_else(|| panic!("{s}: {:#?}", f.claims));
        assert_eq!(c.status, ClaimStatus::Disputed, "{s}: {c:#?}");
        assert_eq!(claimant(&f, c).as_deref(), Some(who), "{s}: {c:#?} {:#?}", f.sources);
    }
}

#[test]
fn a_phrase_after_the_counted_noun_keeps_the_verb() {
    for (s, v, p) in [
        ("Three members of the family were killed in the fire.", 3.0, "killed"),
        ("Twelve people on the bus were injured.", 12.0, "injured"),
        ("One person in Spain and one in Portugal have died of the virus.", 1.0, "died"),
        ("The 80 passengers aboard the ferry were all rescued.", 80.0, "rescued"),
    ] {
        let f = analyze(s);
        let q = quantity(&f, v);
        assert_eq!(q.predicate.as_deref(), Some(p), "{s}: {q:#?}");
    }
}

#[test]
fn a_modifier_of_harm_gives_the_predicate() {
    for (s, v, p) in [
        ("The clinic treated 25 wounded people overnight.", 25.0, "wounded"),
        ("The agency listed 21 injured individuals in the north.", 21.0, "injured"),
        ("Casualties rose to 160 from a previous 90 injured people.", 90.0, "injured"),
    ] {
        let f = analyze(s);
        let q = quantity(&f, v);
        assert_eq!(q.predicate.as_deref(), Some(p), "{s}: {q:#?}");
    }
}

#[test]
fn an_included_count_shares_the_predicate() {
    for (s, v, p) in [
        ("The outbreak has killed at least 62 people, including 54 young children.", 54.0, "killed"),
        ("The outbreak has killed at least 62, including, according to health officials, 54 young children.", 54.0, "killed"),
        ("At least seven, including four children, died in the crash.", 4.0, "died"),
        ("At least seven, including four children, died in the crash.", 7.0, "died"),
    ] {
        let f = analyze(s);
        let q = quantity(&f, v);
        assert_eq!(q.predicate.as_deref(), Some(p), "{s}: {q:#?}");
    }
}
