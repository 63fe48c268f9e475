//! A body named for its topic in lower case ("The Lancet Commission on
//! pollution and health found that …", "the Hudson Institute for water
//! research estimated …") is the claimant of what it found: the topic goes
//! with the name. Only a body's name takes such a topic (a commission,
//! committee, institute, survey, study…): a plain organisation's name does
//! not run on into a phrase after it, and a list or a time never becomes
//! part of a name. The whole English pipeline runs on each sentence; our
//! own sentences.

mod common;

use common::{analyze, claim_with, claimant};
use newsledger_model::ClaimStatus;

#[test]
fn a_body_named_with_its_topic_claims_what_it_found() {
    for (text, value, name) in [
        (
            "The Brandt Commission on hunger and development found that in 1979, there were 800 million people living in poverty.\n",
            800_000_000.0,
            "Brandt Commission on hunger and development",
        ),
        ("The Morrow Committee on road safety concluded that 1,200 drivers had died on the motorway.\n", 1200.0, "Morrow Committee on road safety"),
        (
            "Last year the Kessler Institute for water research estimated that 40,000 wells had run dry in the province.\n",
            40_000.0,
            "Kessler Institute for water research",
        ),
    ] {
        let f = analyze(text);
        let c = claim_with(&f, value);
        assert_eq!((c.status, claimant(&f, c).as_deref()), (ClaimStatus::Attributed, Some(name)), "{text}: {c:#?}\n{:#?}", f.sources);
    }
}

#[test]
fn a_topic_does_not_join_other_names_lists_or_times() {
    // A list after the preposition: no single topic.
    let f = analyze("The Brandt Commission on roads, bridges and schools found that 300 bridges were unsafe.\n");
    assert!(f.sources.iter().all(|s| !s.name.contains("bridges")), "{:#?}", f.sources);
    // Words after a plain organisation's name are no part of it.
    for text in [
        "Amnesty International for its part said 40 people had been detained.\n",
        "The Red Cross on behalf of the families said 12 prisoners were freed.\n",
    ] {
        let f = analyze(text);
        assert!(f.sources.iter().all(|s| !s.name.contains(" its ") && !s.name.contains("behalf")), "{text}: {:#?}", f.sources);
    }
}
