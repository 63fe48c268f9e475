//! The right claimant for claims and quotes in shapes that put a wrong one
//! close at hand: passive speech ("was told by X"), a second speaker inside
//! another's clause, organisation names with "to" inside, titles of a place
//! before a name, a sentence-opening preposition that looks like a name,
//! "US states" read as a speech verb, and evidence cues that belong to the
//! claimant's other statement. Our own sentences.

mod common;

use common::{analyse_both, analyze, claim_with, dump, quote, speaker};
use newsledger_model::{ClaimStatus, Facts, SourceKind};

/// Prints the passes' output for the file named in `CLAIMANTS_DEBUG` (a
/// development aid; does nothing without the variable).
#[test]
fn debug_dump_from_env() {
    let Ok(path) = std::env::var("CLAIMANTS_DEBUG") else { return };
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    for (f, notes) in analyse_both(&text) {
        dump(&text, &f, &notes);
        println!("----");
    }
    let f = analyze(&text);
    for c in &f.claims {
        println!("{} {:?} src={:?} {:?}", c.id, c.text, c.source.as_ref().and_then(|s| f.sources.iter().find(|x| &x.id == s)).map(|s| &s.name), c.status);
    }
}

/// The claim carrying the number `value`.
fn source_name(f: &Facts, id: Option<&String>) -> String {
    id.and_then(|id| f.sources.iter().find(|s| &s.id == id)).map(|s| s.name.clone()).unwrap_or_default()
}

#[test]
fn passive_told_by_gives_the_agent_not_the_hearer() {
    let text = "Governor Anna Kowalczyk visited the site on Friday. At a briefing that evening she was told by fire chief Marek Olszewski of \"at least 12 people still trapped\", while rescuers kept digging.\n";
    for (f, notes) in analyse_both(text) {
        dump(text, &f, &notes);
        let q = quote(&f, "at least 12 people");
        assert!(speaker(&f, q).name.contains("Olszewski"), "{:?}", speaker(&f, q));
    }
    let f = analyze(text);
    let c = claim_with(&f, 12.0);
    assert!(source_name(&f, c.source.as_ref()).contains("Olszewski"), "{c:#?} {:#?}", f.sources);
}

#[test]
fn passive_told_without_an_agent_has_no_speaker() {
    let text = "Senator Paul Whitcombe arrived late. He was told that 30 families had left the valley.\n";
    let f = analyze(text);
    let c = claim_with(&f, 30.0);
    assert!(!source_name(&f, c.source.as_ref()).contains("Whitcombe"), "the hearer is not the claimant: {c:#?} {:#?}", f.sources);
}

#[test]
fn a_second_speaker_inside_the_clause_keeps_its_own_claim() {
    let text = "The interior ministry says it has found no bodies despite Vesti.ru claiming a local official counted 14 dead in the village.\n";
    let f = analyze(text);
    let c = claim_with(&f, 14.0);
    let name = source_name(&f, c.source.as_ref());
    assert!(!name.to_lowercase().contains("ministry"), "the ministry does not claim the 14 dead: {name:?} {c:#?}");
}

#[test]
fn a_web_outlet_with_a_domain_is_one_name() {
    let text = "The regional police say the blast was an accident. Novosti.ru reported that 9 people were detained after the blast.\n";
    let f = analyze(text);
    let c = claim_with(&f, 9.0);
    let name = source_name(&f, c.source.as_ref());
    assert!(name.contains("Novosti"), "{name:?} {c:#?} {:#?}", f.sources);
}

#[test]
fn organisation_name_with_to_inside_is_the_whole_name() {
    let text = "The Campaign to Protect Rural Schools reports that 40 schools closed this year.\n";
    for (f, notes) in analyse_both(text) {
        dump(text, &f, &notes);
        let q = quote(&f, "40 schools closed");
        let s = speaker(&f, q);
        assert!(s.name.contains("Campaign to Protect Rural Schools"), "{s:?}");
        assert_ne!(s.kind, SourceKind::Person, "{s:?}");
    }
}

#[test]
fn mayor_of_a_city_is_a_person_affiliated_with_the_city() {
    let text = "Flooding closed the old town on Sunday. The mayor of Lyon, Gérard Collomb, tweeted: \"Lyon stands with every family that lost a home tonight.\"\n";
    for (f, notes) in analyse_both(text) {
        dump(text, &f, &notes);
        let q = quote(&f, "Lyon stands with");
        let s = speaker(&f, q);
        assert_eq!(s.name, "Gérard Collomb", "{s:?}");
        assert!(s.role.as_deref().is_some_and(|r| r.contains("mayor of Lyon")), "{s:?}");
        assert_eq!(s.kind, SourceKind::Person, "{s:?}");
    }
    let text = "\"Our city will rebuild,\" tweeted Mayor of Lyon Gérard Collomb (no relation to the singer).\n";
    for (f, notes) in analyse_both(text) {
        dump(text, &f, &notes);
        let s = speaker(&f, quote(&f, "Our city will rebuild"));
        assert!(s.name.contains("Collomb"), "{s:?}");
    }
}

#[test]
fn sentence_opening_per_is_a_preposition_not_a_speaker() {
    let text = "Per reports, the officials said about 200 fighters had crossed the border.\n";
    for (f, notes) in analyse_both(text) {
        dump(text, &f, &notes);
        assert!(f.sources.iter().all(|s| s.name != "Per"), "{:#?}", f.sources);
    }
    let f = analyze(text);
    let c = claim_with(&f, 200.0);
    assert!(source_name(&f, c.source.as_ref()).contains("officials"), "{c:#?} {:#?}", f.sources);
    // A possessive opening the sentence before a noun that is also a verb.
    let text = "The singer wrote to her fans on Sunday. Her post drew 900 replies within an hour.\n";
    let f = analyze(text);
    let c = claim_with(&f, 900.0);
    assert_eq!(c.source, None, "{c:#?} {:#?}", f.sources);
}

#[test]
fn country_states_as_a_noun_is_not_a_speech_verb() {
    let text = "Federal prosecutors claimed the network had 300 members. Listed US states as having members were Ohio, Texas and Utah. They also stated that 25 arrests were made abroad.\n";
    for (f, notes) in analyse_both(text) {
        dump(text, &f, &notes);
        let q = quote(&f, "25 arrests were made");
        assert!(speaker(&f, q).name.contains("prosecutors"), "{:?}", speaker(&f, q));
    }
}

#[test]
fn no_evidence_about_something_else_leaves_the_claimants_own_claim_attributed() {
    let text = "Foreign Minister Lena Hartmann said 3 drones were shot down over the port, adding there was \"no evidence the drones came from the north.\"\n";
    let f = analyze(text);
    let c = claim_with(&f, 3.0);
    assert!(source_name(&f, c.source.as_ref()).contains("Hartmann"), "{c:#?}");
    assert_eq!(c.status, ClaimStatus::Attributed, "{c:#?}");
}

#[test]
fn no_evidence_about_the_claim_still_marks_it_unverified() {
    let text = "The militia claims 50 soldiers were killed in the ambush, though no evidence has been released to verify the figure.\n";
    let f = analyze(text);
    let c = claim_with(&f, 50.0);
    assert_eq!(c.status, ClaimStatus::Unverified, "{c:#?}");
}

#[test]
fn a_count_of_states_is_not_a_speaker() {
    let text = "The only two Gulf states to have recognised the government, Oman and Qatar, sent 40 observers to the vote.\n";
    let f = analyze(text);
    let c = claim_with(&f, 40.0);
    assert_eq!(c.source, None, "the outlet says it: {c:#?} {:#?}", f.sources);
    let text = "The Jewish state's premier praised the \"historic\" decision on Tuesday.\n";
    for (f, notes) in analyse_both(text) {
        dump(text, &f, &notes);
        assert!(f.sources.iter().all(|s| s.name != "Jewish"), "{:#?}", f.sources);
    }
}

#[test]
fn an_office_named_for_its_district_is_one_source() {
    let text = "The man faces up to 10 years in prison, the Prosecutor's Office for the Northern District of Ohio said on Friday. The United Nations High Commissioner for Human Rights said 12 protesters had been detained.\n";
    for (f, notes) in analyse_both(text) {
        dump(text, &f, &notes);
        assert!(f.sources.iter().all(|s| s.name != "Human Rights"), "{:#?}", f.sources);
        let q = quote(&f, "12 protesters");
        assert!(speaker(&f, q).name.contains("High Commissioner for Human Rights"), "{:?}", speaker(&f, q));
    }
}

#[test]
fn a_name_in_apposition_is_the_speaker() {
    let text = "The driver's lawyer, Sonia Castellano, said in an email that her client would appeal the 4 charges.\n";
    for (f, notes) in analyse_both(text) {
        dump(text, &f, &notes);
        let q = quote(&f, "her client would appeal");
        let s = speaker(&f, q);
        assert!(s.name.contains("Castellano"), "{s:?}");
        assert!(s.role.as_deref().is_some_and(|r| r.contains("lawyer")), "{s:?}");
    }
}

#[test]
fn they_does_not_reach_past_the_people_the_text_moved_to() {
    let text = "The fisheries ministry reported at least 50 boats in the harbour. Mayor Ilse Brandt and the leaders of the port council have avoided any comment on the protest. They seem intent on calming the fishermen. They said they would not raise the quota before 2027.\n";
    for (f, notes) in analyse_both(text) {
        dump(text, &f, &notes);
        let wrong = f.quotes.iter().filter(|q| q.text.starts_with("they would not raise")).any(|q| source_name(&f, q.source.as_ref()).contains("ministry"));
        assert!(!wrong, "{:#?} {:#?}", f.quotes, f.sources);
    }
    // Close by, "they" still finds the plural source.
    let text = "Federal prosecutors said the network had 300 members. They also said 25 arrests were made abroad.\n";
    for (f, _) in analyse_both(text) {
        let q = quote(&f, "25 arrests");
        assert!(speaker(&f, q).name.contains("prosecutors"), "{:?}", speaker(&f, q));
    }
}

#[test]
fn a_participial_opener_or_an_adverb_keeps_the_speaker() {
    // "Speaking on TV, X said …": the opener is no clause the frame closes.
    let f = analyze("Speaking on al-Manar TV in southern Lebanon, rebel military spokesperson Karim Saleh said it had fired twelve rockets.\n");
    assert!(source_name(&f, claim_with(&f, 12.0).source.as_ref()).contains("Karim Saleh"), "{:#?}", f.claims);
    // "X further claimed …": an adverb between the speaker and the verb.
    let f = analyze("Police chief Dario Mendez said fourteen civilians died. Mendez further claimed 90 civilians were wounded.\n");
    let c = claim_with(&f, 90.0);
    assert!(source_name(&f, c.source.as_ref()).contains("Mendez"), "{:#?}", f.claims);
    assert_eq!(c.status, ClaimStatus::Attributed);
}
