//! claims28: sources whose kind was `other`. Bodies the registry now lists
//! (registry 2025.11.6: a gun-violence monitor, a population website, a
//! Berlin hospital as organisations; the U.S. Geological Survey as a
//! government agency); "Forbes" alone as the outlet, while a person named
//! Forbes stays a person; a name ending in "Police" is the state's police.
//! Sentences written for these tests.

mod common;

use newsledger_model::{Facts, Source, SourceKind};

fn source<'f>(f: &'f Facts, text: &str, word: &str) -> &'f Source {
    f.sources.iter().find(|s| s.name.contains(word)).unwrap_or_else(|| panic!("{text}: no source with {word:?}: {:#?}", f.sources))
}

#[test]
fn registry_bodies_have_their_kind() {
    for (text, name, kind) in [
        ("According to the Gun Violence Archive, 40 mass shootings took place this year.", "Gun Violence Archive", SourceKind::Organization),
        ("The Gun Violence Archive said 12 shootings took place in the city last month.", "Gun Violence Archive", SourceKind::Organization),
        ("The World Population Review estimated the city had 2 million people.", "World Population Review", SourceKind::Organization),
        ("Charité said in a statement that the patient was stable.", "Charité", SourceKind::Organization),
        ("The U.S. Geological Survey said the quake had a magnitude of 6.1.", "Geological Survey", SourceKind::Government),
        ("The USGS reported 14 aftershocks overnight.", "USGS", SourceKind::Government),
    ] {
        let f = common::analyze(text);
        let s = source(&f, text, name);
        assert_eq!(s.kind, kind, "{text}: {:#?}", f.sources);
    }
}

#[test]
fn forbes_alone_is_the_outlet_a_person_named_forbes_is_not() {
    for text in [
        "According to Forbes, the singer earned $40 million last year.",
        "Forbes reported that the company lost 3 major clients.",
        "Forbes estimated that the founder was worth $2 billion.",
    ] {
        let f = common::analyze(text);
        let s = source(&f, text, "Forbes");
        assert_eq!(s.kind, SourceKind::Outlet, "{text}: {:#?}", f.sources);
    }
    for text in [
        "Kate Forbes said the budget would add 3 new clinics.",
        "Finance secretary Kate Forbes told reporters that 12 schools would close. Forbes said the cuts were painful.",
    ] {
        let f = common::analyze(text);
        assert!(f.sources.iter().all(|s| s.kind != SourceKind::Outlet), "{text}: {:#?}", f.sources);
    }
}

#[test]
fn a_named_police_force_is_the_state_police() {
    for (text, name) in [
        ("Kamloops Police said 2 men were arrested at the park.", "Kamloops Police"),
        ("Thames Valley Police said they had recovered 4 stolen cars.", "Thames Valley Police"),
    ] {
        let f = common::analyze(text);
        let s = source(&f, text, name);
        assert_eq!(s.kind, SourceKind::Government, "{text}: {:#?}", f.sources);
    }
    // A name ending in another word keeps the kind it had.
    let text = "Mary Police said the 3 dogs were found.";
    let f = common::analyze(text);
    assert!(f.sources.iter().all(|s| s.kind != SourceKind::Government), "{text}: {:#?}", f.sources);
}
