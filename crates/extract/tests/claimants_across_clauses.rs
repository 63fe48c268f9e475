//! Claims that lost their claimant (issue 4, point 2: "a number without its
//! claimant is worse than no number"): an attribution closing a sentence of
//! coordinated clauses, including one that names a title with its article
//! ("according to The Times"); figures given in a relative clause ("in what
//! organizers estimated at …"); generic source phrases opening a sentence
//! ("News reports said …"), which name no person; and a closing "X said"
//! followed by a longer adjunct ("in a statement on Wednesday"). The whole
//! English pipeline runs on each text; our own sentences.

mod common;

use common::{analyze, claim_with_figure, claimant};
use newsledger_model::{ClaimStatus, EntityType};

#[test]
fn a_closing_attribution_covers_every_clause_of_its_sentence() {
    for (text, figures, name) in [
        ("Two soldiers were killed in the ambush, and three others were wounded, according to The Times.\n", ["Two", "three"], "Times"),
        ("Four fighters died in the raid, and nine others were captured, the ministry said.\n", ["Four", "nine"], "the ministry"),
        ("Six homes burned overnight, while 40 families fled the valley, according to The Guardian.\n", ["Six", "40"], "The Guardian"),
        ("Eleven miners were trapped, and two of them were hurt, local officials said on Monday.\n", ["Eleven", "two"], "local officials"),
    ] {
        let f = analyze(text);
        for figure in figures {
            let c = claim_with_figure(&f, figure);
            assert_eq!(claimant(&f, c).as_deref(), Some(name), "{text} {figure}: {c:#?} {:#?}", f.sources);
            assert_eq!(c.status, ClaimStatus::Attributed, "{text} {figure}: {c:#?}");
        }
    }
}

#[test]
fn a_closing_attribution_does_not_reach_back_past_a_full_stop() {
    for (text, own, reported) in [
        ("Two soldiers were killed in the ambush. Three others were wounded, according to The Times.\n", "Two", "Three"),
        ("Five shops were looted on Friday. Twelve people were arrested, the police said.\n", "Five", "Twelve"),
        ("Seven boats sank in the storm. Nine sailors are missing, according to the navy.\n", "Seven", "Nine"),
    ] {
        let f = analyze(text);
        let c = claim_with_figure(&f, own);
        assert_eq!(c.source, None, "{text}: {c:#?}");
        assert_eq!(c.status, ClaimStatus::Asserted, "{text}: {c:#?}");
        let c = claim_with_figure(&f, reported);
        assert!(c.source.is_some(), "{text}: {c:#?}");
    }
}

#[test]
fn a_closing_said_with_a_longer_adjunct_still_attributes() {
    for (text, figure, name) in [
        ("Two soldiers were killed in a crash, the military said in a statement on Wednesday.\n", "Two", "the military"),
        ("Thirty houses were damaged by the flood, the mayor's office said in a statement late Tuesday.\n", "Thirty", "office"),
        ("Fourteen workers were hurt in the blast, the company said at a news conference.\n", "Fourteen", "the company"),
    ] {
        let f = analyze(text);
        let c = claim_with_figure(&f, figure);
        // (The possessive phrase is named by its head, "office", today.)
        assert!(claimant(&f, c).is_some_and(|n| n.contains(name)), "{text}: {c:#?} {:#?}", f.sources);
        assert_eq!(c.status, ClaimStatus::Attributed, "{text}: {c:#?}");
    }
}

#[test]
fn a_figure_in_what_someone_estimated_is_theirs() {
    for (text, figure, name) in [
        ("Hundreds of thousands marched on Sunday in what organizers estimated at 1.7 million people.\n", "1.7 million", "organizers"),
        ("About 20,000 people rallied downtown in what police put at 5,000 people.\n", "5,000", "police"),
        ("The blast tore through the market in what the ministry said were 12 dead.\n", "12", "the ministry"),
        ("The march drew what organisers described as 80,000 people, the largest in years.\n", "80,000", "organisers"),
    ] {
        let f = analyze(text);
        let c = claim_with_figure(&f, figure);
        assert_eq!(claimant(&f, c).as_deref(), Some(name), "{text}: {c:#?} {:#?}", f.sources);
        assert_eq!(c.status, ClaimStatus::Attributed, "{text}: {c:#?}");
    }
    // The outlet's own figure in the same sentence stays the outlet's: a
    // different claim, not folded into the estimate.
    let f = analyze("About 20,000 people rallied downtown in what police put at 5,000 people.\n");
    let own = claim_with_figure(&f, "About 20,000");
    assert_eq!(own.source, None, "{own:#?}");
    assert_eq!(own.status, ClaimStatus::Asserted, "{own:#?}");
    assert!(!own.quantities.iter().any(|q| q.text == "5,000"), "{own:#?}");
}

#[test]
fn an_estimate_without_an_estimator_is_asserted_not_confirmed() {
    for (text, figure) in [
        ("An estimated 3,000 people fled the town.\n", "3,000"),
        ("An estimated 40 homes were destroyed in the fire.\n", "40"),
        ("Roughly 500 people, by one estimate, were displaced.\n", "500"),
    ] {
        let f = analyze(text);
        let c = f.claims.iter().find(|c| c.quantities.iter().any(|q| q.text.contains(figure))).unwrap_or_else(|| panic!("{text}: {:#?}", f.claims));
        assert_ne!(c.status, ClaimStatus::Confirmed, "{text}: {c:#?}");
        assert_ne!(c.status, ClaimStatus::Attributed, "{text}: {c:#?}");
    }
    // "what I know" is not a figure clause: no source is invented.
    let f = analyze("Nobody knows what happened to the 12 missing hikers.\n");
    assert!(f.sources.is_empty(), "{:#?}", f.sources);
}

#[test]
fn generic_source_phrases_opening_a_sentence_are_not_people() {
    for (text, name) in [
        ("News reports said 40 people were killed in the blast.\n", "News reports"),
        ("Local reports said seven homes were destroyed.\n", "Local reports"),
        ("Witnesses said 12 people were hurt in the crush.\n", "Witnesses"),
        ("Media reports said nine soldiers were wounded.\n", "Media reports"),
    ] {
        let f = analyze(text);
        assert!(!f.entities.iter().any(|e| e.entity_type == EntityType::Person), "{text}: {:#?}", f.entities);
        let c = f.claims.iter().find(|c| !c.quantities.is_empty()).unwrap_or_else(|| panic!("{text}: {:#?}", f.claims));
        assert_eq!(claimant(&f, c).as_deref(), Some(name), "{text}: {c:#?} {:#?}", f.sources);
    }
    // A real name at the start of a sentence stays a person.
    let f = analyze("Maria Okonjo said 40 people were killed in the blast.\n");
    assert!(f.entities.iter().any(|e| e.entity_type == EntityType::Person && e.text.contains("Okonjo")), "{:#?}", f.entities);
}

#[test]
fn as_reported_by_and_as_confirmed_by_name_the_claimant() {
    for (text, figure, name, status) in [
        ("Eight people died when the bridge collapsed, as reported by Reuters.\n", "Eight", "Reuters", ClaimStatus::Attributed),
        ("As reported by local media, 45 people were killed in the blast.\n", "45", "local media", ClaimStatus::Attributed),
        ("Thirty civilians died in the shelling, as confirmed by the health ministry.\n", "Thirty", "the health ministry", ClaimStatus::Confirmed),
    ] {
        let f = analyze(text);
        let c = claim_with_figure(&f, figure);
        assert_eq!(claimant(&f, c).as_deref(), Some(name), "{text}: {c:#?} {:#?}", f.sources);
        assert_eq!(c.status, status, "{text}: {c:#?}");
    }
    // Without "as", a passive "reported by" is not this cue but a passive
    // frame: its agent reports ("neighbours" heads a description).
    let f = analyze("Two suspects were reported by neighbours to have fled the town.\n");
    assert!(f.sources.iter().all(|s| s.name == "neighbours" && s.anonymous), "{:#?}", f.sources);
}
