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

#[test]
fn an_inverted_reporter_after_a_comma_phrase_is_the_claimant() {
    for (text, figures, name) in [
        ("Early on Saturday a gunman opened fire at a mall in the border city of Laredo, Texas, with the death toll rising to 22 by Monday, reported officials, with 25 others injured.\n", &["22", "25"][..], "officials"),
        ("A bus left the road near Kandy, Sri Lanka, with 11 passengers dead, reported state media.\n", &["11"][..], "state media"),
        ("Fire swept through the market in Ibadan, Oyo, with 300 stalls destroyed, said police.\n", &["300"][..], "police"),
    ] {
        let f = analyze(text);
        for figure in figures {
            let c = claim_with_figure(&f, figure);
            assert_eq!(claimant(&f, c).as_deref(), Some(name), "{text}: {c:#?} {:#?}", f.sources);
        }
        assert!(!f.sources.iter().any(|s| ["Texas", "Sri Lanka", "Oyo"].contains(&s.name.as_str())), "{text}: {:#?}", f.sources);
    }
}

#[test]
fn a_subject_before_a_comma_phrase_still_speaks() {
    for (text, figure, name) in [
        ("Police, in a brief statement, said 6 men were arrested.\n", "6", "Police"),
        ("The ministry, in a statement on Sunday, said 40 soldiers were killed.\n", "40", "The ministry"),
    ] {
        let f = analyze(text);
        let c = claim_with_figure(&f, figure);
        assert_eq!(claimant(&f, c).as_deref(), Some(name), "{text}: {c:#?} {:#?}", f.sources);
    }
}

#[test]
fn who_sent_the_reports_is_the_claimant() {
    for (text, figure, name) in [
        ("Thirty protesters were killed, according to credible reports received by Amnesty International.\n", "Thirty", "Amnesty International"),
        ("According to reports from the Red Cross, 70 people died in the camp.\n", "70", "Red Cross"),
        ("According to detailed reports gathered by local activists, 16 villagers were abducted.\n", "16", "local activists"),
    ] {
        let f = analyze(text);
        let c = claim_with_figure(&f, figure);
        assert_eq!(claimant(&f, c).as_deref(), Some(name), "{text}: {c:#?} {:#?}", f.sources);
        assert!(!f.sources.iter().any(|s| s.name.contains("reports")), "{text}: {:#?}", f.sources);
    }
}

#[test]
fn reports_from_a_place_do_not_make_the_place_speak() {
    let text = "According to reports from Gaza, 12 people were killed overnight.\n";
    let f = analyze(text);
    assert!(!f.sources.iter().any(|s| s.name == "Gaza"), "{:#?}", f.sources);
}

#[test]
fn a_speaker_before_a_comma_phrase_keeps_a_that_clause() {
    let text = "Tensions grew after the match. Okafor, via a local paper, said that Brandt \u{201c}started it. I don't blame him.\u{201d}\n";
    let f = analyze(text);
    assert!(f.sources.iter().any(|s| s.name == "Okafor"), "{:#?}", f.sources);
    assert!(!f.sources.iter().any(|s| s.name == "Brandt"), "{:#?}", f.sources);
}

#[test]
fn reports_from_two_outlets_stay_one_claimant() {
    let text = "The director is in final talks to film 3 sequels, according to reports from The Wrap and Deadline.\n";
    let f = analyze(text);
    let c = claim_with_figure(&f, "3");
    assert!(claimant(&f, c).is_some(), "{c:#?} {:#?}", f.sources);
}
