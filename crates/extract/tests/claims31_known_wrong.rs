//! Claims that were known wrong: "according to" with no comma before it but
//! a time of the telling after its claimant, a bond posted (no statement),
//! warrants counted (not people arrested), and a bound written after the
//! number or its noun ("or more"). Sentences written for these tests.

mod common;

use common::{analyze_dated, claim_with, claimant};
use newsledger_model::ClaimStatus;

#[test]
fn according_to_after_a_count_credits_the_phrase_before_it() {
    let text = "The cyclone struck the islands on Monday, killing at least 31 according to regional officials on Tuesday, and cutting power to thousands.\n";
    let f = analyze_dated(text, "2024-06-05");
    let c = claim_with(&f, 31.0);
    assert_eq!(c.status, ClaimStatus::Attributed, "{c:#?}");
    assert!(claimant(&f, c).is_some_and(|n| n.contains("regional officials")), "{c:#?}");
}

#[test]
fn posting_bond_is_no_statement() {
    let text = "The activist was freed on Friday after his lawyers posted US$750,000 bond.\n\nHer relatives posted bail on Monday.\n";
    let f = analyze_dated(text, "2024-06-05");
    assert!(f.quotes.is_empty(), "{:#?}", f.quotes);
    let c = claim_with(&f, 750_000.0);
    assert_eq!(c.status, ClaimStatus::Asserted, "{c:#?}");
}

#[test]
fn arrest_warrants_count_warrants_not_people() {
    let text = "Prosecutors issued 18 arrest warrants on Thursday.\n";
    let f = analyze_dated(text, "2024-06-05");
    let c = claim_with(&f, 18.0);
    let q = &c.quantities[0];
    assert_eq!(q.unit.as_deref(), Some("warrant"), "{q:#?}");
    assert_ne!(q.predicate.as_deref(), Some("arrested"), "{q:#?}");
}

#[test]
fn a_bound_after_the_number_or_its_noun_is_read() {
    let text = "Forty-two people or more were wounded in the shelling.\n\nOfficials said 300 or more villagers were detained.\n";
    let f = analyze_dated(text, "2024-06-05");
    let wounded = &claim_with(&f, 42.0).quantities[0];
    assert_eq!((wounded.low, wounded.predicate.as_deref()), (Some(42.0), Some("wounded")), "{wounded:#?}");
    let detained = &claim_with(&f, 300.0).quantities[0];
    assert_eq!((detained.low, detained.high), (Some(300.0), None), "{detained:#?}");
}
