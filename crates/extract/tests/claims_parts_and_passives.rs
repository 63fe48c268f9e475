//! Claimants and counts that casualty claims still got wrong (issue 4,
//! points 1-2): the agent of a passive reporting verb is the claimant ("Twelve
//! deaths were confirmed by the health ministry"); a part of a counted whole
//! ("two of the 12 miners died") carries the predicate, not the whole; a
//! document noun ("The statement said …") stands for the issuer named just
//! before it. The whole English pipeline runs on each text; our own
//! sentences.

mod common;

use common::{analyze, claim_with_figure, claimant};
use newsledger_model::{ClaimStatus, Facts};

#[test]
fn the_agent_of_a_passive_reporting_verb_is_the_claimant() {
    for (text, figure, name, status) in [
        ("A death toll of 45 was reported by local media on Tuesday.\n", "45", "local media", ClaimStatus::Attributed),
        ("Twelve deaths were confirmed by the health ministry.\n", "Twelve", "the health ministry", ClaimStatus::Confirmed),
        ("On Sunday, 19 arrests were announced by the Interior Ministry.\n", "19", "Interior Ministry", ClaimStatus::Attributed),
        ("Nine civilian deaths were denied by the army spokesman.\n", "Nine", "the army spokesman", ClaimStatus::Denied),
        ("The figure of 230 dead was later claimed by military officials.\n", "230", "military officials", ClaimStatus::Attributed),
    ] {
        let f = analyze(text);
        let c = claim_with_figure(&f, figure);
        assert_eq!(claimant(&f, c).as_deref(), Some(name), "{text}: {c:#?} {:#?}", f.sources);
        assert_eq!(c.status, status, "{text}: {c:#?}");
    }
}

#[test]
fn a_passive_agent_that_reports_nothing_or_a_time_is_no_claimant() {
    for (text, figure) in [
        ("Three soldiers were killed by a sniper on Monday.\n", "Three"),
        ("Four people were hit by a truck near the market.\n", "Four"),
        ("The deaths of 17 miners were reported by 5 p.m. on Friday.\n", "17"),
        ("Six houses were destroyed by the flood.\n", "Six"),
    ] {
        let f = analyze(text);
        let c = claim_with_figure(&f, figure);
        assert_eq!(c.source, None, "{text}: {c:#?} {:#?}", f.sources);
        assert_eq!(c.status, ClaimStatus::Asserted, "{text}: {c:#?}");
    }
}

#[test]
fn a_passive_agent_credits_only_its_own_clause() {
    let text = "At least 30 people were killed on Monday, and the raid was announced by the governor.\n";
    let f = analyze(text);
    let c = claim_with_figure(&f, "At least 30");
    assert_eq!(c.source, None, "{text}: {c:#?}");
    // A passive subject is no quotable statement.
    assert!(f.quotes.is_empty(), "{:#?}", f.quotes);
}

/// The quantity whose text is `figure`.
fn quantity<'f>(f: &'f Facts, figure: &str) -> &'f newsledger_model::Quantity {
    f.claims.iter().flat_map(|c| &c.quantities).find(|q| q.text == figure).unwrap_or_else(|| panic!("no quantity {figure:?}: {:#?}", f.claims))
}

#[test]
fn a_counted_part_carries_the_predicate_and_the_whole_records_it() {
    // (text, part, whole, predicate, what)
    for (text, part, whole, predicate, what) in [
        ("Two of the 12 miners died in the collapse.\n", "Two", "12", "died", "miners"),
        ("Police said 15 of the 40 protesters were arrested.\n", "15", "40", "arrested", "protesters"),
        ("At least three of the 25 passengers were injured.\n", "At least three", "25", "injured", "passengers"),
        ("Gunmen killed four of the nine guards at the gate.\n", "four", "nine", "killed", "guards"),
    ] {
        let f = analyze(text);
        let p = quantity(&f, part);
        assert_eq!((p.predicate.as_deref(), p.what.as_deref(), p.unit.as_deref()), (Some(predicate), Some(what), Some("person")), "{text}: {p:#?}");
        let w = quantity(&f, whole);
        assert_eq!(w.predicate, None, "{text}: {w:#?}");
        let recorded = w.part.as_ref().unwrap_or_else(|| panic!("{text}: no part on {w:#?}"));
        assert_eq!((recorded.text.as_str(), recorded.predicate.as_deref()), (part, Some(predicate)), "{text}");
        assert_eq!(recorded.value, p.value, "{text}");
    }
}

#[test]
fn a_share_of_a_whole_does_not_give_the_whole_its_predicate() {
    // (text, whole, part text, fraction, predicate)
    for (text, whole, part, fraction, predicate) in [
        ("Roughly half of the 300 hostages were released on Sunday.\n", "300", "half", Some(0.5), Some("released")),
        ("A third of the 90 passengers were injured.\n", "90", "A third", Some(0.333), Some("injured")),
        ("Most of the 40 victims were children.\n", "40", "Most", None, None),
        ("About 30% of the 2,000 residents were evacuated.\n", "2,000", "About 30%", Some(0.3), Some("evacuated")),
    ] {
        let f = analyze(text);
        let w = quantity(&f, whole);
        assert_eq!(w.predicate, None, "{text}: {w:#?}");
        let recorded = w.part.as_ref().unwrap_or_else(|| panic!("{text}: no part on {w:#?}"));
        assert_eq!(recorded.text, part, "{text}");
        assert_eq!(recorded.fraction, fraction, "{text}");
        assert_eq!(recorded.predicate.as_deref(), predicate, "{text}");
    }
    let f = analyze("About 30% of the 2,000 residents were evacuated.\n");
    let share = quantity(&f, "About 30%");
    assert_eq!((share.unit.as_deref(), share.what.as_deref(), share.predicate.as_deref()), (Some("percent"), Some("residents"), Some("evacuated")), "{share:#?}");
}

#[test]
fn a_whole_without_a_part_keeps_its_predicate() {
    for (text, figure, predicate) in [
        ("The deaths of 17 miners were confirmed.\n", "17", None),
        ("Relatives of the 12 miners were evacuated.\n", "12", Some("evacuated")),
        ("All of the 40 passengers were rescued.\n", "40", Some("rescued")),
        ("Some 300 hostages were released on Sunday.\n", "Some 300", Some("released")),
    ] {
        let f = analyze(text);
        let q = quantity(&f, figure);
        assert!(q.part.is_none(), "{text}: {q:#?}");
        if predicate.is_some() {
            assert_eq!(q.predicate.as_deref(), predicate, "{text}: {q:#?}");
        }
    }
}

#[test]
fn a_document_stands_for_its_issuer_named_just_before() {
    for (text, figure, name) in [
        ("The army issued a statement on Monday. The statement said 14 fighters were killed.\n", "14", "The army"),
        ("Human Rights Watch published a report in March. Investigators interviewed families. The report said 31 civilians died.\n", "31", "Human Rights Watch"),
        ("A statement from the Interior Ministry came late on Sunday. The statement said 60 people were arrested.\n", "60", "Interior Ministry"),
        ("The governor said in a statement that the roads were closed. The statement added that 8 people were missing.\n", "8", "The governor"),
    ] {
        let f = analyze(text);
        let c = claim_with_figure(&f, figure);
        let got = claimant(&f, c).unwrap_or_default();
        assert!(got.eq_ignore_ascii_case(name) || got.eq_ignore_ascii_case(name.trim_start_matches("The ")), "{text}: {got:?} {:#?}", f.sources);
        assert_eq!(c.status, ClaimStatus::Attributed, "{text}: {c:#?}");
    }
}

#[test]
fn a_document_without_a_named_issuer_stays_the_document() {
    for (text, figure) in [
        ("The statement said 14 fighters were killed.\n", "14"),
        ("Officials met on Monday. The report said 31 civilians died.\n", "31"),
        ("The army issued a statement in May. Weeks passed. Nothing changed. Then the statement said 9 people were missing.\n", "9"),
    ] {
        let f = analyze(text);
        let c = claim_with_figure(&f, figure);
        let id = c.source.as_ref().unwrap_or_else(|| panic!("{text}: {c:#?}"));
        let s = f.sources.iter().find(|s| &s.id == id).expect("source");
        assert_eq!(s.kind, newsledger_model::SourceKind::Document, "{text}: {s:#?}");
    }
}

#[test]
fn an_acronym_after_according_to_is_the_claimant_even_untagged() {
    // A lower-case "who" or a capitalised word that is no acronym is no name.
    for (text, figure, name) in [
        ("Plague is rare. According to WHO, there were 3,248 cases worldwide, with 584 deaths.\n", "584", Some("WHO")),
        ("Flooding spread south. According to OCHA, 41 people died in the district.\n", "41", Some("OCHA")),
        ("The fighting went on. Earlier that week, according to UNHCR, 12,000 people fled the town.\n", "12,000", Some("UNHCR")),
        ("Those who fled were counted. According to who, 30 people died?\n", "30", None),
    ] {
        let f = analyze(text);
        let c = claim_with_figure(&f, figure);
        assert_eq!(claimant(&f, c).as_deref(), name, "{text}: {c:#?} {:#?}", f.sources);
        if let Some(id) = &c.source {
            let s = f.sources.iter().find(|s| &s.id == id).expect("source");
            assert_ne!(s.kind, newsledger_model::SourceKind::Person, "{text}: {s:#?}");
        }
    }
}

#[test]
fn a_document_named_again_and_again_goes_back_to_its_issuer() {
    // The issuer in an aside ("X, in a statement …, announced"), then two
    // definite mentions, each within two sentences of the one before.
    for (text, figure, name) in [
        ("The regional governor, in a statement read by her spokesman, announced that the curfew would end. The announcement came after a week of talks. The statement also said 40 roads had reopened. The bridges, the statement said, had 3 lanes closed.\n", "3", "regional governor"),
        ("The army issued a statement on Monday. The statement listed the towns retaken. Officials gave no date. The statement also said 22 soldiers were wounded.\n", "22", "army"),
    ] {
        let f = analyze(text);
        let c = claim_with_figure(&f, figure);
        let got = claimant(&f, c).unwrap_or_default().to_lowercase();
        assert!(got.ends_with(name), "{text}: {got:?} {:#?}", f.sources);
    }
    // An indefinite mention in between is another document.
    let text = "The ministry issued a statement on Monday. A second statement was posted online later. The statement said 7 people were missing.\n";
    let f = analyze(text);
    let c = claim_with_figure(&f, "7");
    let s = f.sources.iter().find(|s| Some(&s.id) == c.source.as_ref()).expect("source");
    assert_eq!(s.kind, newsledger_model::SourceKind::Document, "{text}: {s:#?}");
}
