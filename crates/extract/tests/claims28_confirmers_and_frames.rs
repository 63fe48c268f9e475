//! claims28: claimants a fact-checker still saw wrong. Institutions that
//! confirm a toll (a hospital, a morgue, a coroner's office) are sources; a
//! frame after "As of <time>," is read; "according to a 2011 study" / "a
//! 2019 report by X" find the document or its author; an anonymous head with
//! a described name in apposition ("Another co-author, engineering professor
//! Julian Marshall, said") is the named person. Sentences written for
//! these tests.

mod common;

use common::{analyze, claim_with, claimant};
use newsledger_model::{ClaimStatus, SourceKind};

fn lower(s: Option<String>) -> Option<String> {
    s.map(|x| x.to_lowercase())
}

#[test]
fn institutions_that_confirm_a_toll_are_its_source() {
    for (text, value, who) in [
        ("The toll of 45 was confirmed by the hospital on Monday.", 45.0, "the hospital"),
        ("The deaths of 12 miners were confirmed by the local hospital.", 12.0, "the local hospital"),
        ("The death toll of 7 was confirmed by the coroner's office.", 7.0, "the coroner's office"),
        ("Nine deaths were confirmed by the city morgue late on Friday.", 9.0, "the city morgue"),
        ("The figure of 31 dead was confirmed by local health officials.", 31.0, "local health officials"),
    ] {
        let f = analyze(text);
        let c = claim_with(&f, value);
        assert_eq!(c.status, ClaimStatus::Confirmed, "{text}: {c:#?}");
        assert_eq!(lower(claimant(&f, c)).as_deref(), Some(who), "{text}: {c:#?} {:#?}", f.sources);
    }
    for (text, value, who) in [
        ("The hospital said 14 patients were treated for burns.", 14.0, "the hospital"),
        ("The morgue received 22 bodies, the coroner said.", 22.0, "the coroner"),
        ("A medical examiner said 3 of the victims had been shot.", 3.0, "a medical examiner"),
    ] {
        let f = analyze(text);
        let c = claim_with(&f, value);
        assert_eq!(lower(claimant(&f, c)).as_deref(), Some(who), "{text}: {c:#?} {:#?}", f.sources);
    }
    // A hospital that is only where something happened says nothing.
    for (text, value) in [
        ("Police said 4 people were taken to the hospital.", 4.0),
        ("The 6 injured were flown to a hospital in the capital.", 6.0),
    ] {
        let f = analyze(text);
        let c = claim_with(&f, value);
        assert_ne!(lower(claimant(&f, c)).as_deref().map(|s| s.contains("hospital")), Some(true), "{text}: {c:#?} {:#?}", f.sources);
    }
}

#[test]
fn a_frame_after_as_of_is_read() {
    for (text, value, who) in [
        ("As of Tuesday, the ministry said 40 people had died.", 40.0, "the ministry"),
        ("As of September 30, Armenia claimed 790 soldiers had been killed.", 790.0, "armenia"),
        ("As of this morning, officials said 300 homes had been destroyed.", 300.0, "officials"),
    ] {
        let f = analyze(text);
        let c = claim_with(&f, value);
        assert_eq!(c.status, ClaimStatus::Attributed, "{text}: {c:#?}");
        assert_eq!(lower(claimant(&f, c)).as_deref(), Some(who), "{text}: {c:#?} {:#?}", f.sources);
    }
    // "As" opening a clause of its own is no time: the frame is not read
    // as closing the clause before it.
    let f = analyze("As the storm weakened, 12 villages were cut off.");
    assert_eq!(claimant(&f, claim_with(&f, 12.0)), None, "{:#?}", f.claims);
}

#[test]
fn a_dated_study_or_report_is_found() {
    for (text, value, who, kind) in [
        ("According to a 2011 study, 3,000 children die each year from malaria.", 3000.0, "a 2011 study", SourceKind::Document),
        ("According to the 2020 survey, 45 percent of farmers had lost crops.", 45.0, "the 2020 survey", SourceKind::Document),
        ("According to a 2019 report by Amnesty International, 500 prisoners were tortured.", 500.0, "amnesty international", SourceKind::Organization),
        ("A 2018 study by the World Bank found that 60 million people lacked water.", 60_000_000.0, "world bank", SourceKind::Organization),
    ] {
        let f = analyze(text);
        let c = claim_with(&f, value);
        assert_eq!(c.status, ClaimStatus::Attributed, "{text}: {c:#?}");
        let s = common::claim_source(&f, c).unwrap_or_else(|| panic!("{text}: no source {c:#?}"));
        assert!(s.name.to_lowercase().ends_with(who), "{text}: {s:#?}");
        assert_eq!(s.kind, kind, "{text}: {s:#?}");
    }
    // A year that is a time, not a document's date, is no source.
    let f = analyze("In 2011 reports of 40 deaths circulated widely.");
    assert!(f.sources.iter().all(|s| !s.name.contains("2011")), "{:#?}", f.sources);
}

#[test]
fn a_described_name_in_apposition_is_the_speaker() {
    for (text, value, who, role) in [
        ("Another co-author, civil and environmental engineering professor Julian Marshall, said 12 sites were tested.", 12.0, "Julian Marshall", "civil and environmental engineering professor"),
        ("One of the witnesses, retired teacher Maria Lopez, said 20 shots were fired.", 20.0, "Maria Lopez", "retired teacher"),
        ("A second witness, local shopkeeper Ahmed Khan, said 4 men fled.", 4.0, "Ahmed Khan", "local shopkeeper"),
        ("According to a neighbour, retired nurse Jane Doyle, 3 men ran away.", 3.0, "Jane Doyle", "retired nurse"),
    ] {
        let f = analyze(text);
        let c = claim_with(&f, value);
        let s = common::claim_source(&f, c).unwrap_or_else(|| panic!("{text}: no source {c:#?} {:#?}", f.sources));
        assert_eq!(s.name, who, "{text}: {s:#?}");
        assert_eq!(s.kind, SourceKind::Person, "{text}: {s:#?}");
        assert_eq!(s.role.as_deref(), Some(role), "{text}: {s:#?}");
    }
    // An aside that is a cue, a participle or a relative clause names no speaker.
    for (text, value, who) in [
        ("The official, citing Ahmed Khan, said 4 men fled.", 4.0, "The official"),
        ("The official, representing Ahmed Khan, said 4 men fled.", 4.0, "The official"),
        ("A witness, who knew Maria Lopez, said 20 shots were fired.", 20.0, "A witness"),
    ] {
        let f = analyze(text);
        let c = claim_with(&f, value);
        assert_eq!(claimant(&f, c).as_deref(), Some(who), "{text}: {c:#?} {:#?}", f.sources);
    }
}

#[test]
fn a_subject_before_an_aside_speaks_through_an_auxiliary() {
    for (text, value, who) in [
        ("The minister, who visited the site, has said 40 people died.", 40.0, "The minister"),
        ("The mayor, speaking on Monday, has stated that 12 homes burned.", 12.0, "The mayor"),
        ("Police, who arrived within minutes, had earlier said 3 men were detained.", 3.0, "Police"),
    ] {
        let f = analyze(text);
        let c = claim_with(&f, value);
        assert_eq!(claimant(&f, c).as_deref(), Some(who), "{text}: {c:#?} {:#?}", f.sources);
    }
    // A clause joined by "and" after the comma has no subject before it.
    let text = "The storm hit the town, and has killed 12 people.";
    let f = analyze(text);
    assert_eq!(claimant(&f, claim_with(&f, 12.0)), None, "{text}: {:#?}", f.claims);
}

#[test]
fn no_aside_subject_through_a_modal_or_an_alleged_tie() {
    // "could reveal" after a modal, "has alleged ties": no speech of the
    // phrase before the aside.
    for (text, word) in [
        ("According to the paper, the probe, launched in 2021, could reveal 3 new moons.", "paper"),
        ("The airline's director, Ali Rezaei, has alleged ties to 2 militias.", "Rezaei"),
    ] {
        let f = analyze(text);
        assert!(f.quotes.iter().all(|q| q.source.as_ref().and_then(|id| f.sources.iter().find(|s| &s.id == id)).is_none_or(|s| !s.name.contains(word))), "{text}: {:#?} {:#?}", f.quotes, f.sources);
    }
}
