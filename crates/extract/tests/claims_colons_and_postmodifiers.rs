//! Casualty claims that lost their claimant in shapes found on real pages
//! (issue 4, points 1-2): a colon after "according to X", a source noun with
//! a prepositional phrase before the speech verb ("A doctor on the scene
//! told …"), an inverted reporter after a comma-enclosed phrase, reports
//! received from someone, and a document named by its issuer's possessive.
//! The whole English pipeline runs on each text; our own sentences.

mod common;

use common::{analyze, claim_with_figure, claimant};
use newsledger_model::ClaimStatus;

#[test]
fn a_colon_after_according_to_opens_the_claim() {
    for (text, figure, name) in [
        ("According to UNHCR: 40 refugees drowned off the coast on Tuesday.\n", "40", "UNHCR"),
        ("According to the health ministry: 12 people were killed in the strike.\n", "12", "the health ministry"),
        ("Rescuers searched all night. According to local officials: nine miners died underground.\n", "nine", "local officials"),
    ] {
        let f = analyze(text);
        let c = claim_with_figure(&f, figure);
        assert_eq!(claimant(&f, c).as_deref(), Some(name), "{text}: {c:#?} {:#?}", f.sources);
        assert_eq!(c.status, ClaimStatus::Attributed, "{text}: {c:#?}");
    }
}

#[test]
fn a_colon_after_something_that_does_not_speak_gives_no_claimant() {
    for (text, figure) in [
        ("According to the timetable: 14 trains will run on Sunday.\n", "14"),
        ("According to plan: 30 buses left the depot at dawn.\n", "30"),
    ] {
        let f = analyze(text);
        let c = claim_with_figure(&f, figure);
        assert_eq!(claimant(&f, c), None, "{text}: {c:#?} {:#?}", f.sources);
        assert_eq!(c.status, ClaimStatus::Asserted, "{text}: {c:#?}");
    }
}

#[test]
fn a_source_noun_with_a_prepositional_phrase_speaks() {
    for (text, figure, name) in [
        ("A doctor on the scene told reporters that nine people had died in the blast.\n", "nine", "A doctor on the scene"),
        ("A nurse at the central hospital said 17 children were injured.\n", "17", "A nurse at the central hospital"),
        ("Paramedics at the crossing said four men were wounded by gunfire.\n", "four", "Paramedics at the crossing"),
        ("Officials on the island said 23 people died in the landslide.\n", "23", "Officials on the island"),
    ] {
        let f = analyze(text);
        let c = claim_with_figure(&f, figure);
        assert_eq!(claimant(&f, c).as_deref(), Some(name), "{text}: {c:#?} {:#?}", f.sources);
        assert_eq!(c.status, ClaimStatus::Attributed, "{text}: {c:#?}");
    }
}

#[test]
fn a_source_noun_without_a_speech_verb_claims_nothing() {
    for (text, figure) in [
        ("A doctor on the scene was killed when three rockets hit the clinic.\n", "three"),
        ("Nurses on the night shift treated 40 patients.\n", "40"),
    ] {
        let f = analyze(text);
        let c = claim_with_figure(&f, figure);
        assert_eq!(claimant(&f, c), None, "{text}: {c:#?} {:#?}", f.sources);
        assert!(f.sources.is_empty(), "{text}: {:#?}", f.sources);
    }
}

#[test]
fn a_possessive_names_the_issuer_of_a_statement() {
    for (text, figure, name) in [
        ("The army's statement said 14 fighters were killed near the border.\n", "14", "The army"),
        ("The army's statement came late on Sunday. The statement said 14 fighters were killed.\n", "14", "The army"),
        ("Roads were closed after the storm. The governor's report said 35 homes had been destroyed.\n", "35", "The governor"),
    ] {
        let f = analyze(text);
        let c = claim_with_figure(&f, figure);
        assert_eq!(claimant(&f, c).as_deref(), Some(name), "{text}: {c:#?} {:#?}", f.sources);
    }
}

#[test]
fn a_statement_without_an_issuer_is_not_reused_for_a_later_issued_one() {
    let text = "The statement said the roads would stay closed. On Monday the police issued a statement. The statement said 3 officers were hurt.\n";
    let f = analyze(text);
    let c = claim_with_figure(&f, "3");
    assert_eq!(claimant(&f, c).as_deref(), Some("the police"), "{c:#?} {:#?}", f.sources);
    // With no issuer anywhere the document stays the claimant.
    let text = "The statement was short. The statement said 8 soldiers were missing.\n";
    let f = analyze(text);
    let c = claim_with_figure(&f, "8");
    assert_eq!(claimant(&f, c).as_deref(), Some("The statement"), "{c:#?} {:#?}", f.sources);
}
