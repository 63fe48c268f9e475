//! claims31: a figure the outlet calls a misstatement or a false claim is
//! disputed, never the outlet's own; a denial with a noun object followed
//! by a participle clause ("denied the charges, saying …") names the
//! denier through that clause's speaker; the members of a party or nation
//! who speak ("Democrats said") are unnamed people (anonymous), not `other`.
//! Sentences written for these tests.

mod common;

use common::{analyze, claim_with, claimant};
use newsledger_model::{ClaimStatus, SourceKind};

#[test]
fn a_misstated_figure_is_disputed() {
    for s in [
        "The senator repeated the misstatement that 40 million people had died from the flu.",
        "The candidate made the false claim that 300 soldiers were killed in the raid.",
        "The mayor falsely claimed 25 people were arrested at the rally.",
    ] {
        let f = analyze(s);
        let c = f.claims.iter().find(|c| !c.quantities.is_empty()).unwrap_or_else(|| panic!("{s}: {:#?}", f.claims));
        assert_eq!(c.status, ClaimStatus::Disputed, "{s}: {c:#?}");
    }
}

#[test]
fn a_denial_with_a_participle_clause_names_the_denier() {
    let f = analyze("Marta Kowalczyk was accused of taking 3 bribes from a builder in 2019. She has always denied the allegations, saying the payments were fees.");
    let c = claim_with(&f, 3.0);
    assert_eq!(c.status, ClaimStatus::Denied, "{c:#?}");
    assert_eq!(claimant(&f, c).as_deref(), Some("Marta Kowalczyk"), "{c:#?} {:#?}", f.sources);
}

#[test]
fn a_party_or_nation_that_speaks_is_unnamed_people() {
    for (s, name) in [
        ("Democrats said the bill would cut 4,000 jobs.", "Democrats"),
        ("Republicans argued that 12 states would lose funds.", "Republicans"),
    ] {
        let f = analyze(s);
        let src = f.sources.iter().find(|x| x.name == name).unwrap_or_else(|| panic!("{s}: {:#?}", f.sources));
        assert_eq!(src.kind, SourceKind::Anonymous, "{s}: {src:#?}");
        assert!(src.anonymous, "{s}: {src:#?}");
    }
}

#[test]
fn the_death_or_arrest_of_a_count_is_its_predicate() {
    for (s, value, predicate) in [
        ("The flood caused the death of at least 40 villagers.", 40.0, "died"),
        ("Rights groups condemned the arrest of 12 students outside the ministry.", 12.0, "arrested"),
    ] {
        let f = analyze(s);
        let c = claim_with(&f, value);
        let q = c.quantities.iter().find(|q| q.value == Some(value)).unwrap_or_else(|| panic!("{s}: {c:#?}"));
        assert_eq!(q.predicate.as_deref(), Some(predicate), "{s}: {c:#?}");
    }
}

#[test]
fn all_or_confirmed_before_the_verb_keeps_the_predicate() {
    for s in ["The 54 passengers were all killed when the ferry sank.", "Thirty miners have been confirmed dead after the collapse."] {
        let f = analyze(s);
        let c = f.claims.iter().find(|c| !c.quantities.is_empty()).unwrap_or_else(|| panic!("{s}: {:#?}", f.claims));
        assert!(c.quantities[0].predicate.is_some(), "{s}: {c:#?}");
    }
}
