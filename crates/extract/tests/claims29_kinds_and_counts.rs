//! claims29: products are no people or companies ("iMac", "Apple
//! AirPods"); a place that speaks is its government; a layoff verb before
//! a count with no noun counts people ("laid off several hundred"); "N of
//! the <body>" counts the body's members; a denial in the main clause of the
//! sentence names the denier of the statement in its opening clause.
//! Sentences written for these tests.

mod common;

use common::{analyze, claim_with, claimant};
use newsledger_model::{ClaimStatus, EntityType, SourceKind};

#[test]
fn products_are_not_people_or_companies() {
    let f = analyze("Apple unveiled the new MacBook Pro on Tuesday. Reviewers said the MacBook Pro was faster than the old iMac and the Apple AirPods were louder.");
    for name in ["iMac", "Apple AirPods"] {
        let e = f.entities.iter().find(|e| e.text == name).unwrap_or_else(|| panic!("{name}: {:#?}", f.entities));
        assert_eq!(e.entity_type, EntityType::Misc, "{name}: {e:#?}");
    }
    assert!(f.entities.iter().filter(|e| e.text.contains("MacBook")).all(|e| !matches!(e.entity_type, EntityType::Person | EntityType::Org)), "{:#?}", f.entities);
}

#[test]
fn a_place_that_speaks_is_its_government() {
    let f = analyze("The city of Calabasas announced that 3 roads were closed.");
    let s = f.sources.iter().find(|s| s.name == "Calabasas").unwrap_or_else(|| panic!("{:#?}", f.sources));
    assert_eq!(s.kind, SourceKind::Government, "{s:#?}");
}

#[test]
fn a_layoff_verb_before_a_bare_count_counts_people() {
    let f = analyze("The chain laid off 60 cooks last year, and Brightway laid off several hundred.");
    let c = claim_with(&f, 300.0);
    let q = c.quantities.iter().find(|q| q.value == Some(300.0)).expect("several hundred");
    assert_eq!(q.unit.as_deref(), Some("person"), "{c:#?}");
    assert_eq!(q.predicate.as_deref(), Some("laid off"), "{c:#?}");
}

#[test]
fn n_of_the_body_counts_its_members() {
    let f = analyze("The governor said he has arranged for 2500 of the National Guard to be ready.");
    let c = claim_with(&f, 2500.0);
    assert_eq!(c.quantities[0].unit.as_deref(), Some("troop"), "{c:#?}");
}

#[test]
fn a_later_main_clause_denial_names_the_denier() {
    let f = analyze("Soon after reports that the two labels had reached a deal on the catalogue, Harbor Lane Records denied that it had settled with them.");
    let c = claim_with(&f, 2.0);
    assert_eq!(c.status, ClaimStatus::Denied, "{c:#?}");
    assert_eq!(claimant(&f, c).as_deref(), Some("Harbor Lane Records"), "{c:#?} {:#?}", f.sources);
}
