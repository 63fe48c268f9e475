//! Claimants, sources and entity kinds the nineteenth session left wrong
//! (twentieth session, helper claims20): the denier of an accusation,
//! unnamed reports, number words that count nothing, a named body with its
//! place, figures someone "puts at" a number, and organisations whose
//! names the tagger took for a person. Our own sentences.

mod common;

use common::{analyze, claim_source, claim_with, claimant};
use newsledger_model::{ClaimStatus, EntityType, Facts};

fn entity_type(f: &Facts, text: &str) -> Option<EntityType> {
    f.entities.iter().find(|e| e.text == text).map(|e| e.entity_type)
}

#[test]
fn the_denier_of_an_accusation_or_report_is_the_claimant_of_the_denial() {
    for (text, denier) in [
        ("For several days Iran denied the accusation.", "Iran"),
        ("Iran denied the accusation that it had shot down the plane.", "Iran"),
        // (Durations are time expressions since claims21, not counts that
        // make a claim: the denied reports carry a count here.)
        ("For three days the government denied the reports of 40 arrests.", "the government"),
        ("The army denied the reports of 30 deaths.", "The army"),
        ("Moscow has denied the allegations that its troops killed 12 villagers.", "Moscow"),
        ("For two weeks the militia denied the accusations that it held 15 hostages.", "the militia"),
    ] {
        let f = analyze(text);
        let c = f.claims.iter().find(|c| c.status == ClaimStatus::Denied).unwrap_or_else(|| panic!("{text}: no denied claim {:#?}", f.claims));
        assert_eq!(claimant(&f, c).as_deref(), Some(denier), "{text}: {c:#?} {:#?}", f.sources);
        // "denied the accusation" quotes nothing the denier said.
        assert!(!f.quotes.iter().any(|q| q.text.starts_with("the accusation") || q.text.starts_with("the reports")), "{text}: {:#?}", f.quotes);
    }
}

#[test]
fn a_denial_in_another_clause_or_a_withholding_names_no_denier() {
    // The group denies involvement, not the deaths the outlet reports.
    let f = analyze("Five people were killed on Monday, and the group denied involvement.");
    assert!(claim_source(&f, claim_with(&f, 5.0)).is_none(), "{:#?} {:#?}", f.claims, f.sources);
    let f = analyze("The minister denied him a visa after 3 attacks.");
    let c = claim_with(&f, 3.0);
    assert_ne!(c.status, ClaimStatus::Denied, "{c:#?}");
    assert!(c.source.is_none(), "{c:#?}");
    // A clause after "that" is still the reported clause.
    let f = analyze("Russia denied the claims that 40 soldiers had deserted.");
    assert!(f.quotes.iter().any(|q| q.text.starts_with("40 soldiers")), "{:#?}", f.quotes);
}

#[test]
fn a_participle_after_a_comma_reports_its_subjects_clause() {
    for (text, value, speaker) in [
        ("The rebels denied involvement, saying 14 fighters had been captured.", 14.0, "The rebels"),
        ("Police closed the road, saying 2 people were hurt.", 2.0, "Police"),
        ("The ministry issued a statement, saying 31 people had been rescued.", 31.0, "The ministry"),
    ] {
        let f = analyze(text);
        let c = claim_with(&f, value);
        assert_eq!(claimant(&f, c).as_deref(), Some(speaker), "{text}: {c:#?} {:#?}", f.sources);
    }
}

#[test]
fn unnamed_reports_are_no_claimant_and_leave_the_claim_unverified() {
    for (text, value) in [
        ("Two women and a man were injured, according to the reports.", 2.0),
        ("Nine shops were looted, the reports said.", 9.0),
        ("Reports said 12 people were killed in the blast.", 12.0),
        ("Initial reports put the death toll at 40.", 40.0),
        ("At least 7 people drowned, according to some reports.", 7.0),
        ("Unconfirmed reports said 200 people had been killed.", 200.0),
    ] {
        let f = analyze(text);
        let c = claim_with(&f, value);
        assert!(c.source.is_none(), "{text}: {c:#?} {:#?}", f.sources);
        assert_eq!(c.status, ClaimStatus::Unverified, "{text}: {c:#?}");
        assert!(!f.sources.iter().any(|s| s.name.to_lowercase().ends_with("reports")), "{text}: {:#?}", f.sources);
    }
}

#[test]
fn reports_that_name_someone_stay_their_claimant() {
    for (text, value, source) in [
        ("Israeli media reports said 12 soldiers were wounded.", 12.0, "Israeli media reports"),
        ("Reports from the ministry said 14 people died.", 14.0, "the ministry"),
        ("The report said 300 homes were destroyed.", 300.0, "The report"),
        ("Local reports said 16 fishermen were missing.", 16.0, "Local reports"),
    ] {
        let f = analyze(text);
        let c = claim_with(&f, value);
        assert_eq!(claimant(&f, c).as_deref(), Some(source), "{text}: {c:#?} {:#?}", f.sources);
        assert_eq!(c.status, ClaimStatus::Attributed, "{text}: {c:#?}");
    }
}

#[test]
fn number_words_in_idioms_count_nothing() {
    for text in [
        "He told her on one occasion that he would attack the tourists.",
        "She said that at one time she had worked for the army.",
        "The two leaders praised one another at the summit.",
        "At one point the man told his neighbour he would leave.",
        "No one bothered to read the warning on the gate.",
        "There was no one else on the road that night.",
        "One day the guards simply left the camp.",
        "The prisoners were led out one by one.",
        "She was the only one running the clinic that winter.",
        "Parliament passed the bill, the one that the cabinet had drafted.",
        "If one goes out after dark, the checkpoints are closed.",
    ] {
        let f = analyze(text);
        assert!(!f.claims.iter().any(|c| c.quantities.iter().any(|q| q.value == Some(1.0))), "{text}: {:#?}", f.claims);
    }
    // Counts of occasions, and figures told on one, stay.
    let f = analyze("He was arrested on three occasions, police said.");
    assert_eq!(claimant(&f, claim_with(&f, 3.0)).as_deref(), Some("police"), "{:#?}", f.claims);
    let f = analyze("On one occasion, 12 soldiers were killed in an ambush.");
    claim_with(&f, 12.0);
    assert!(!f.claims.iter().any(|c| c.quantities.iter().any(|q| q.value == Some(1.0))), "{:#?}", f.claims);
    // "one of" and "one person" count.
    let f = analyze("One person died and one of the guards was hurt, police said.");
    claim_with(&f, 1.0);
    let f = analyze("Ahmed Salim told reporters 30 people died in the attack.");
    assert_eq!(claimant(&f, claim_with(&f, 30.0)).as_deref(), Some("Ahmed Salim"), "{:#?}", f.sources);
}

#[test]
fn a_name_in_apposition_loses_its_determiner() {
    for (text, value, name) in [
        ("The militant group, the Islamic State of Iraq and the Levant, said 12 soldiers died.", 12.0, "Islamic State of Iraq and the Levant"),
        ("The agency, the Associated Press, said 30 homes burned.", 30.0, "Associated Press"),
    ] {
        let f = analyze(text);
        assert_eq!(claimant(&f, claim_with(&f, value)).as_deref(), Some(name), "{text}: {:#?}", f.sources);
    }
}

#[test]
fn a_named_body_with_its_place_keeps_its_name_and_the_place_as_affiliation() {
    for (text, value, name, place) in [
        ("The Health Ministry in Gaza, which is run by Hamas, said 40 people died.", 40.0, "Health Ministry", "Gaza"),
        ("The Health Ministry in Gaza said 41 people died.", 41.0, "Health Ministry", "Gaza"),
        ("The Interior Ministry in Kabul, which oversees the police, said 12 officers died.", 12.0, "Interior Ministry", "Kabul"),
        ("The Defence Ministry in Moscow said 40 soldiers died.", 40.0, "Defence Ministry", "Moscow"),
    ] {
        let f = analyze(text);
        let s = claim_source(&f, claim_with(&f, value)).unwrap_or_else(|| panic!("{text}: no claimant {:#?}", f.sources));
        assert_eq!(s.name, name, "{text}: {s:#?}");
        assert_eq!(s.affiliation.as_deref(), Some(place), "{text}: {s:#?}");
    }
    // A body with no place after it has no such affiliation.
    let f = analyze("The Health Ministry said 40 people died in Gaza.");
    let s = claim_source(&f, claim_with(&f, 40.0)).unwrap_or_else(|| panic!("no claimant {:#?}", f.sources));
    assert_eq!(s.name, "Health Ministry");
    assert_eq!(s.affiliation, None, "{s:#?}");
}

#[test]
fn a_figure_someone_puts_at_a_number_is_their_claim_and_disputes_another() {
    let f = analyze("Israel put the figure at 20, while Hamas said 35 were killed.");
    let (a, b) = (claim_with(&f, 20.0), claim_with(&f, 35.0));
    assert_eq!(claimant(&f, a).as_deref(), Some("Israel"), "{:#?}", f.claims);
    assert_eq!(claimant(&f, b).as_deref(), Some("Hamas"), "{:#?}", f.claims);
    assert_eq!((a.status, b.status), (ClaimStatus::Disputed, ClaimStatus::Disputed));
    let f = analyze("Hamas said 60 people died, while Israel put the figure at 20.");
    assert_eq!(claimant(&f, claim_with(&f, 20.0)).as_deref(), Some("Israel"), "{:#?}", f.claims);
    assert_eq!((claim_with(&f, 60.0).status, claim_with(&f, 20.0).status), (ClaimStatus::Disputed, ClaimStatus::Disputed));
    let f = analyze("The ministry put the total at 300.");
    let c = claim_with(&f, 300.0);
    assert_eq!((claimant(&f, c).as_deref(), c.status), (Some("The ministry"), ClaimStatus::Attributed));
    // "put the number at", "estimated the crowd at" (from the battery).
    let f = analyze("Israel said 20 militants were killed, but Hamas put the number at 8.");
    let c = claim_with(&f, 8.0);
    assert_eq!((claimant(&f, c).as_deref(), c.status), (Some("Hamas"), ClaimStatus::Disputed), "{:#?}", f.claims);
    let f = analyze("Police estimated the crowd at 20,000 on Saturday.");
    assert_eq!(claimant(&f, claim_with(&f, 20_000.0)).as_deref(), Some("Police"), "{:#?}", f.claims);
    // No setter, no figure of anyone's.
    for text in ["The figure at 20 was a surprise.", "He put the book at 20 on the list.", "The number at 20 was unexpected."] {
        let f = analyze(text);
        assert!(!f.claims.iter().any(|c| c.quantities.iter().any(|q| q.value == Some(20.0))), "{text}: {:#?}", f.claims);
    }
}

#[test]
fn organisations_named_with_an_organisation_word_are_no_person() {
    for (text, name) in [
        ("Doctors Without Borders said 12 patients died.", "Doctors Without Borders"),
        ("Reporters Without Borders said 50 journalists were killed last year.", "Reporters Without Borders"),
        ("Save the Children said 300 children were displaced.", "Save the Children"),
        ("Save the Children said 4 of its staff had been injured.", "Save the Children"),
        ("On Monday Engineers Without Borders said 4 wells were dug.", "Engineers Without Borders"),
        ("The Stop the War Coalition said 2,000 people marched.", "Stop the War Coalition"),
    ] {
        let f = analyze(text);
        assert_eq!(entity_type(&f, name), Some(EntityType::Org), "{text}: {:#?}", f.entities);
        assert!(!f.entities.iter().any(|e| e.entity_type == EntityType::Person), "{text}: {:#?}", f.entities);
        let c = f.claims.first().unwrap_or_else(|| panic!("{text}: no claim"));
        assert_eq!(claimant(&f, c).as_deref(), Some(name), "{text}: {:#?}", f.sources);
    }
    // A given name opens a person's name; a place the tagger found stays.
    for (text, name, ty) in [
        ("Tom Fund said 3 people died.", "Tom Fund", EntityType::Person),
        ("Sarah Council, a teacher, said 20 pupils were hurt.", "Sarah Council", EntityType::Person),
    ] {
        let f = analyze(text);
        assert_eq!(entity_type(&f, name), Some(ty), "{text}: {:#?}", f.entities);
    }
}

#[test]
fn a_listed_place_after_a_preposition_of_place_is_no_person() {
    for (text, value, speaker) in [
        ("A hospital director in Khan Younis said 22 bodies had been brought in.", 22.0, "A hospital director in Khan Younis"),
        ("Officials in Khan Younis said 4 people died.", 4.0, "Officials in Khan Younis"),
    ] {
        let f = analyze(text);
        assert!(!f.entities.iter().any(|e| e.entity_type == EntityType::Person), "{text}: {:#?}", f.entities);
        assert_eq!(claimant(&f, claim_with(&f, value)).as_deref(), Some(speaker), "{text}: {:#?}", f.sources);
    }
    // The same name told something, or befriended, is a person.
    let f = analyze("The minister told Jordan Peters that 5 schools would close.");
    assert_eq!(entity_type(&f, "Jordan Peters"), Some(EntityType::Person), "{:#?}", f.entities);
}
