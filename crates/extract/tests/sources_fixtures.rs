//! Sources, quotes and attributions on our own news-like fixtures of
//! different shapes: wire datelines, titled and untitled names, anonymous
//! phrasings, split and multi-paragraph quotes, pronoun and role speakers.

mod common;

use common::{analyse_both, dump, quote, speaker};
use newsledger_model::{QuoteKind, Source, SourceKind};

fn fixture(name: &str) -> String {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/sources").join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

#[test]
fn wire_story_with_titled_minister_and_relayed_anonymous_sources() {
    let text = fixture("colombia-raid.txt");
    for (f, notes) in analyse_both(&text) {
        dump(&text, &f, &notes);
        // Split quote across two sentences: one quote, the minister's.
        let q = quote(&f, "This operation shows");
        assert!(q.text.ends_with("until they surrender."), "{q:?}");
        let s = speaker(&f, q);
        assert!(s.name.contains("Restrepo") && s.kind == SourceKind::Person, "{s:?}");
        assert_eq!(s.role.as_deref(), Some("Defense Minister"));
        // "Three people briefed on the operation told Reuters that …".
        let three = f.sources.iter().find(|s| s.name.starts_with("Three people")).unwrap_or_else(|| panic!("{:#?}", f.sources));
        assert!(three.anonymous);
        assert_eq!(three.count, Some(3));
        let reuters = f.sources.iter().find(|s| s.name == "Reuters").unwrap();
        assert_eq!(three.via.as_ref(), Some(&reuters.id));
        let q = f.quotes.iter().find(|q| q.text.starts_with("two children")).unwrap();
        assert_eq!(q.kind, QuoteKind::Indirect);
        // An unnamed spokeswoman is not an anonymous source.
        let q = quote(&f, "We are verifying");
        let s = speaker(&f, q);
        assert!(!s.anonymous && s.name.contains("spokeswoman"), "{s:?}");
        // Inverted attribution with an appositive, then "She called … “…”".
        let q = quote(&f, "Bombing camps");
        let gomez = speaker(&f, q);
        assert!(gomez.name.contains("Laura Gómez"), "{gomez:?}");
        assert!(gomez.role.as_deref().is_some_and(|r| r.starts_with("director")), "{gomez:?}");
        let q = quote(&f, "a grave breach");
        assert_eq!(q.kind, QuoteKind::Partial);
        assert_eq!(q.source.as_ref(), Some(&gomez.id));
        // "according to a military statement" attributes the clause before it.
        assert!(notes.attributions.iter().any(|a| a.cue_lemma == "according to" && text[a.content.start..a.content.end].starts_with("The raid targeted")));
    }
}

#[test]
fn multi_paragraph_quote_pronoun_speaker_and_anonymous_officials() {
    let text = fixture("gaza-strikes.txt");
    for (f, notes) in analyse_both(&text) {
        dump(&text, &f, &notes);
        // "he said" resolves to the named spokesman; the quotation that runs
        // into the next paragraph is one quote with him as speaker.
        // "“A,” he said. “B. ¶ “C.”": A, B and C are one quotation.
        let q = quote(&f, "Entire families");
        assert!(q.text.contains("We pulled out") && q.text.ends_with("still trapped."), "{q:?}");
        let s = speaker(&f, q);
        assert!(s.name.contains("Yusuf Haddad"), "{s:?}");
        assert!(s.role.as_deref().is_some_and(|r| r.contains("spokesman")), "{s:?}");
        // Anonymous officials with a participle postmodifier; "The officials"
        // refers back to them.
        let two = f.sources.iter().find(|s| s.name.starts_with("Two Israeli officials")).unwrap_or_else(|| panic!("{:#?}", f.sources));
        assert!(two.anonymous);
        assert_eq!(two.count, Some(2));
        assert_eq!(two.affiliation.as_deref(), Some("Israeli government"));
        let q = f.quotes.iter().find(|q| q.text.starts_with("Egypt had proposed")).unwrap();
        assert_eq!(q.source.as_ref(), Some(&two.id));
        // A partial quote inside reported speech.
        let q = quote(&f, "terrorist infrastructure");
        assert_eq!(q.kind, QuoteKind::Partial);
        let mil = speaker(&f, q);
        assert_eq!(mil.kind, SourceKind::Government, "{mil:?}");
        // Netanyahu, from the registry.
        let q = quote(&f, "We will finish the job");
        let n = speaker(&f, q);
        let e = f.entities.iter().find(|e| Some(&e.id) == n.entity.as_ref()).unwrap();
        assert_eq!(e.actor.as_deref(), Some("il.netanyahu"));
    }
}

#[test]
fn role_nouns_resolve_to_the_office_holder() {
    let text = fixture("venezuela-sanctions.txt");
    for (f, notes) in analyse_both(&text) {
        dump(&text, &f, &notes);
        let q = quote(&f, "The regime knows");
        assert!(q.text.ends_with("nothing changes."));
        let rubio = speaker(&f, q);
        assert!(rubio.name.contains("Marco Rubio"), "{rubio:?}");
        assert_eq!(rubio.role.as_deref(), Some("Secretary of State"));
        // "the president said" after "President Nicolás Maduro".
        let q = quote(&f, "They will not intimidate us");
        let s = speaker(&f, q);
        let e = f.entities.iter().find(|e| Some(&e.id) == s.entity.as_ref()).unwrap();
        assert_eq!(e.actor.as_deref(), Some("ve.maduro"));
        assert_eq!(quote(&f, "economic terrorism").source, q.source);
        // The anonymous official and "The official" later are one source.
        let anon: Vec<&Source> = f.sources.iter().filter(|s| s.anonymous).collect();
        assert_eq!(anon.len(), 1, "{anon:#?}");
        assert_eq!(anon[0].affiliation.as_deref(), Some("U.S. Department of State"));
        // "According to a report by the United Nations, …".
        assert!(notes.attributions.iter().any(|a| a.cue_lemma == "according to" && text[a.content.start..a.content.end].starts_with("at least 1,800")));
    }
}

#[test]
fn organisations_speak_through_pronouns_and_definite_descriptions() {
    let text = fixture("navy-seizure.txt");
    for (f, notes) in analyse_both(&text) {
        dump(&text, &f, &notes);
        let navy = f.sources.iter().find(|s| s.name.contains("Mexican Navy")).unwrap_or_else(|| panic!("{:#?}", f.sources));
        assert_eq!(navy.kind, SourceKind::Government);
        // "It said …" and "The vessel, the navy said, had sailed…" are the navy.
        let q = f.quotes.iter().find(|q| q.text.starts_with("three crew members")).unwrap_or_else(|| panic!("{:#?}", f.quotes));
        assert_eq!(q.source.as_ref(), Some(&navy.id));
        assert!(notes.attributions.iter().any(|a| a.source == navy.id && text[a.content.start..a.content.end].contains("had sailed from Colombia")));
        // A registry office holder with a title; the surname alone later.
        let q = quote(&f, "a blow to the finances");
        assert_eq!(q.kind, QuoteKind::Partial);
        let h = speaker(&f, q);
        assert!(h.name.contains("García Harfuch"));
        // An unnamed spokesman relayed to an outlet.
        let q = quote(&f, "We have no record");
        let s = speaker(&f, q);
        assert!(s.name.contains("Coast Guard spokesman"), "{s:?}");
        assert_eq!(s.affiliation.as_deref(), Some("U.S. Coast Guard"));
        let eu = f.sources.iter().find(|s| s.name == "El Universal").unwrap();
        assert_eq!(s.via.as_ref(), Some(&eu.id));
    }
}
