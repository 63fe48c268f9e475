//! Claimants and counts that casualty claims still got wrong (issue 4,
//! points 1-2): the agent of a passive reporting verb is the claimant ("Twelve
//! deaths were confirmed by the health ministry"); a part of a counted whole
//! ("two of the 12 miners died") carries the predicate, not the whole; a
//! document noun ("The statement said …") stands for the issuer named just
//! before it. The whole English pipeline runs on each text; our own
//! sentences.

mod common;

use common::analyze;
use newsledger_model::{Claim, ClaimStatus, Facts};

/// The claim carrying a quantity whose text is `figure`.
fn claim_with<'f>(f: &'f Facts, figure: &str) -> &'f Claim {
    f.claims.iter().find(|c| c.quantities.iter().any(|q| q.text == figure)).unwrap_or_else(|| panic!("no claim with {figure:?}: {:#?}", f.claims))
}

/// The name of a claim's source, if it has one.
fn claimant(f: &Facts, c: &Claim) -> Option<String> {
    let id = c.source.as_ref()?;
    Some(f.sources.iter().find(|s| &s.id == id).unwrap_or_else(|| panic!("no source {id}")).name.clone())
}

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
        let c = claim_with(&f, figure);
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
        let c = claim_with(&f, figure);
        assert_eq!(c.source, None, "{text}: {c:#?} {:#?}", f.sources);
        assert_eq!(c.status, ClaimStatus::Asserted, "{text}: {c:#?}");
    }
}

#[test]
fn a_passive_agent_credits_only_its_own_clause() {
    let text = "At least 30 people were killed on Monday, and the raid was announced by the governor.\n";
    let f = analyze(text);
    let c = claim_with(&f, "At least 30");
    assert_eq!(c.source, None, "{text}: {c:#?}");
    // A passive subject is no quotable statement.
    assert!(f.quotes.is_empty(), "{:#?}", f.quotes);
}

