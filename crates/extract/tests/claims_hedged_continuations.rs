//! A hedge ("reportedly", "allegedly") covers its own clause, and with it a
//! non-restrictive relative or participle clause that goes on to tell the
//! outcome of the same hedged report (", which left 42 dead", ", killing
//! eight"): that number is passed on unvouched too. A relative clause about
//! something else (", which has 40,000 residents"), a hedge in a clause
//! that only follows the number, or one inside a relative clause of its
//! own, leaves the number as it was. The whole English pipeline runs on
//! each sentence; our own sentences.

mod common;

use common::{analyze, claim_with, claimant};
use newsledger_model::ClaimStatus;

#[test]
fn an_outcome_clause_after_a_hedged_clause_is_unverified_too() {
    for (text, value) in [
        ("The second blast reportedly struck a market near the river at about 09:15 local time (0615 GMT), which left at least 31 people dead.\n", 31.0),
        ("Gunmen allegedly opened fire on a wedding party in the village, killing at least eight guests.\n", 8.0),
        ("The convoy was reportedly ambushed on the mountain road, which killed 14 soldiers.\n", 14.0),
        ("A drone purportedly hit the fuel depot overnight, wounding six workers.\n", 6.0),
        ("The militia reportedly shelled the camp, leaving 23 people injured.\n", 23.0),
    ] {
        let f = analyze(text);
        let c = claim_with(&f, value);
        assert_eq!((c.status, c.source.as_deref()), (ClaimStatus::Unverified, None), "{text}: {c:#?}");
    }
}

#[test]
fn a_hedge_does_not_reach_past_its_own_clause_otherwise() {
    for (text, value) in [
        // The hedge stands in a clause that follows the number.
        ("Dozens died in the attack, reportedly carried out by the rebels.\n", None),
        ("At least 17 people were killed in the raid, allegedly ordered by the governor.\n", Some(17.0)),
        // The relative clause describes the place, not the hedged report.
        ("The rebels reportedly seized the town, which has 40,000 residents.\n", Some(40_000.0)),
        ("Troops reportedly entered the valley, where 300 families still live.\n", Some(300.0)),
        // The hedge stands inside a relative clause; the number is in the
        // main clause, or in a participle clause that follows the main clause.
        ("The gunman, who reportedly had a history of threats, killed 12 people.\n", Some(12.0)),
        ("Soldiers, who were allegedly drunk, opened fire on the crowd, killing nine protesters.\n", Some(9.0)),
        // Another clause stands between the hedged one and the outcome.
        ("The raid reportedly began at dawn, and the fighting that followed killed 11 civilians.\n", Some(11.0)),
    ] {
        let f = analyze(text);
        let c = match value {
            Some(v) => claim_with(&f, v),
            None => f.claims.iter().find(|c| c.text.contains("Dozens")).unwrap_or_else(|| panic!("no claim: {:#?}", f.claims)),
        };
        assert_eq!((c.status, c.source.as_deref()), (ClaimStatus::Asserted, None), "{text}: {c:#?}");
    }
    // A source's figure in a continuation stays the source's, attributed.
    let f = analyze("The army said the militants reportedly attacked the base, killing 15 soldiers.\n");
    let c = claim_with(&f, 15.0);
    assert_eq!(claimant(&f, c).as_deref(), Some("The army"), "{c:#?}");
}
