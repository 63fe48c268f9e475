//! Claimants the eighteenth session left wrong (nineteenth session, helper
//! claims19): deniers of reports with no frame of their own, tallies whose
//! figure follows the participle that credits them, unnamed staff of a body,
//! a second appositive after a person's role, and shapes found with a
//! battery of wire-style attribution sentences. Our own sentences.

mod common;

use common::{analyze, claim_source, claim_with, claimant};
use newsledger_model::{ClaimStatus, Facts, Source, SourceKind};

fn source_of(f: &Facts, value: f64) -> Source {
    let c = claim_with(f, value);
    claim_source(f, c).cloned().unwrap_or_else(|| panic!("no claimant for {value}: {:#?} {:#?}", c, f.sources))
}

#[test]
fn who_dismisses_reports_is_the_source_of_the_denied_claim() {
    for (text, value, denier) in [
        ("Officials dismissed reports that 30 soldiers had died.", 30.0, "Officials"),
        ("The rebels rejected reports that 200 fighters had surrendered.", 200.0, "The rebels"),
        ("The army has flatly dismissed claims that 15 civilians were killed in the strike.", 15.0, "The army"),
        ("Police rejected allegations that officers shot 3 protesters.", 3.0, "Police"),
        ("The ministry refuted media reports that 40 prisoners had escaped.", 40.0, "The ministry"),
        ("The governor issued a statement on Friday, dismissing rumours that 60 homes had burned.", 60.0, "The governor"),
    ] {
        let f = analyze(text);
        let c = claim_with(&f, value);
        assert_eq!(c.status, ClaimStatus::Denied, "{text}: {c:#?}");
        assert_eq!(claimant(&f, c).as_deref(), Some(denier), "{text}: {:#?}", f.sources);
        // The denier did not say the figure: no quote is made of it.
        assert!(f.quotes.is_empty(), "{text}: {:#?}", f.quotes);
    }
}

#[test]
fn rejecting_a_thing_that_is_no_report_denies_nothing() {
    for (text, value) in [
        ("The judge dismissed the case against the 4 defendants.", 4.0),
        ("Voters rejected the proposal by 300 votes.", 300.0),
        ("The board rejected a claim for 12 million dollars in damages.", 12_000_000.0),
        ("The council did not dismiss reports that 9 workers were hurt.", 9.0),
    ] {
        let f = analyze(text);
        if let Some(c) = f.claims.iter().find(|c| c.quantities.iter().any(|q| q.value == Some(value))) {
            assert_ne!(c.status, ClaimStatus::Denied, "{text}: {c:#?}");
            assert!(c.source.is_none(), "{text}: {c:#?} {:#?}", f.sources);
        }
    }
}

#[test]
fn a_tally_given_by_someone_is_theirs_when_its_figure_follows() {
    for (text, value, giver) in [
        ("The death toll, given by the ministry, rose to 45.", 45.0, "ministry"),
        ("The toll, released by the interior ministry, stood at 61.", 61.0, "interior ministry"),
        ("The death toll, provided by local officials on Monday, climbed to 130.", 130.0, "local officials"),
        ("The number of people killed, reported by the civil defence agency, had reached 88.", 88.0, "civil defence agency"),
    ] {
        let f = analyze(text);
        let s = source_of(&f, value);
        assert!(s.name.contains(giver), "{text}: {s:#?}");
    }
    // A figure that is no tally's ("300 pages") stays the outlet's; a deed
    // given by someone is no statement.
    for (text, value) in [("The report, published by the committee, runs to 300 pages.", 300.0), ("The hostages, released by the rebels, thanked 12 volunteers.", 12.0)] {
        let f = analyze(text);
        let c = claim_with(&f, value);
        assert!(c.source.is_none(), "{text}: {c:#?} {:#?}", f.sources);
    }
}

#[test]
fn figures_released_by_a_body_are_the_bodys() {
    for (text, value, body) in [
        ("Figures released by the health ministry show 300 people were killed.", 300.0, "health ministry"),
        ("Data published by the UN refugee agency show 4,000 people crossed the border.", 4000.0, "UN refugee agency"),
        ("The statement by the army said 4 soldiers died.", 4.0, "army"),
    ] {
        let f = analyze(text);
        let s = source_of(&f, value);
        assert!(s.name.contains(body) && s.kind != SourceKind::Document, "{text}: {s:#?}");
    }
}

#[test]
fn unnamed_staff_of_a_body_are_people_affiliated_with_it() {
    for (text, value, name, affiliation) in [
        ("A member of Congress said 30 people were killed.", 30.0, "A member of Congress", "Congress"),
        ("An aide to the governor said 12 people were arrested.", 12.0, "An aide to the governor", "governor"),
        ("Two members of parliament said 40 votes were lost.", 40.0, "Two members of parliament", "parliament"),
        ("An adviser to the president told reporters that 200 troops would be sent.", 200.0, "An adviser to the president", "president"),
        ("Officials with the interior ministry said 11 people were arrested.", 11.0, "Officials with the interior ministry", "interior ministry"),
        ("A member of the city council told the BBC that 40 homes were flooded.", 40.0, "A member of the city council", "city council"),
        ("An official from the ministry said 16 people had been rescued.", 16.0, "An official from the ministry", "ministry"),
    ] {
        let f = analyze(text);
        let s = source_of(&f, value);
        assert_eq!(s.name, name, "{text}: {s:#?}");
        assert!(s.anonymous && s.kind == SourceKind::Anonymous, "{text}: {s:#?}");
        assert!(s.affiliation.as_deref().is_some_and(|a| a.contains(affiliation)), "{text}: {s:#?}");
    }
}

#[test]
fn a_spokesperson_for_a_body_speaks_for_it_on_the_record() {
    for (text, value, affiliation) in [
        ("A spokesman for the ministry said 30 people were killed.", 30.0, "ministry"),
        ("A spokeswoman for the regional council said 14 people were injured.", 14.0, "regional council"),
    ] {
        let f = analyze(text);
        let s = source_of(&f, value);
        assert!(s.name.starts_with("A spokes"), "{text}: {s:#?}");
        // An official spokesperson is on the record, only unnamed.
        assert!(!s.anonymous && s.kind == SourceKind::Person, "{text}: {s:#?}");
        assert_eq!(s.affiliation.as_deref(), Some(affiliation), "{text}: {s:#?}");
    }
}

#[test]
fn one_of_a_group_is_one_unnamed_person() {
    for (text, value, name) in [
        ("One of the organisers said 5,000 people attended the rally.", 5000.0, "One of the organisers"),
        ("One of the protesters said police fired tear gas at 300 people.", 300.0, "One of the protesters"),
        ("Two of the survivors told reporters that 19 passengers were missing.", 19.0, "Two of the survivors"),
    ] {
        let f = analyze(text);
        let s = source_of(&f, value);
        assert_eq!(s.name, name, "{text}: {s:#?}");
        assert!(s.anonymous, "{text}: {s:#?}");
    }
}

#[test]
fn people_at_or_of_a_place_are_not_its_staff() {
    // Residents, witnesses and protesters keep their place, with no
    // affiliation; a supporter is nobody's staff.
    for (text, value) in [
        ("Residents of Aleppo said 20 shells fell overnight.", 20.0),
        ("Protesters at the ministry said 14 people were beaten.", 14.0),
        ("Witnesses at the embassy said 6 cars were burned.", 6.0),
    ] {
        let f = analyze(text);
        let s = source_of(&f, value);
        assert!(s.affiliation.is_none(), "{text}: {s:#?}");
    }
}

#[test]
fn a_second_appositive_describes_the_body_not_the_speaker() {
    for (text, value, person, body) in [
        ("Jeff Lund, president of Acme Widgets, a design agency, said 30 people were killed.", 30.0, "Jeff Lund", "Acme Widgets"),
        ("Maria Ortiz, director of Harbor Relief, a local charity, said 400 families had fled.", 400.0, "Maria Ortiz", "Harbor Relief"),
        ("Paul Grant, the head of Northfield Rescue, a volunteer group, said 12 hikers were found.", 12.0, "Paul Grant", "Northfield Rescue"),
    ] {
        let f = analyze(text);
        let s = source_of(&f, value);
        assert_eq!(s.name, person, "{text}: {s:#?}");
        assert_eq!(s.kind, SourceKind::Person, "{text}: {s:#?}");
        assert!(s.role.as_deref().is_some_and(|r| r.contains(body)), "{text}: {s:#?}");
    }
    // The body itself with one appositive still speaks for itself.
    let f = analyze("Acme Widgets, a design agency, said 30 staff were laid off.");
    assert_eq!(source_of(&f, 30.0).name, "Acme Widgets");
}

#[test]
fn bodies_named_with_their_portfolio_or_kind_speak() {
    for (text, value, name) in [
        ("The ministry of health said 19 children were among the dead.", 19.0, "The ministry of health"),
        ("The ministry of foreign affairs said 3 diplomats were expelled.", 3.0, "The ministry of foreign affairs"),
        ("Ukraine's air force said it downed 34 drones overnight.", 34.0, "Ukraine's air force"),
        ("The coalition said in a statement that its strikes killed 45 militants.", 45.0, "The coalition"),
    ] {
        let f = analyze(text);
        let s = source_of(&f, value);
        assert_eq!(s.name, name, "{text}: {s:#?}");
    }
    // A portfolio word that opens something else is no part of the name.
    let f = analyze("The ministry of health and the army said 7 clinics were hit.");
    assert!(f.sources.iter().all(|s| !s.name.ends_with(" and")), "{:#?}", f.sources);
}

#[test]
fn the_reported_clause_ends_where_the_speaker_or_reporter_adds_something() {
    for (text, value, quote) in [
        ("The Pentagon said 5 service members were wounded, denying reports of deaths.", 5.0, "5 service members were wounded"),
        ("Human Rights Watch said at least 40 people were killed, citing witnesses.", 40.0, "at least 40 people were killed"),
        ("The army said it had struck 150 targets, a figure that could not be independently verified.", 150.0, "it had struck 150 targets"),
        ("The ministry said 21 drones were destroyed, a claim Kyiv did not comment on.", 21.0, "21 drones were destroyed"),
    ] {
        let f = analyze(text);
        assert!(f.quotes.iter().any(|q| q.text == quote), "{text}: {:#?}", f.quotes);
        assert!(claim_with(&f, value).source.is_some(), "{text}");
    }
    // A denial after the statement is about something else; one before it
    // is the statement's.
    let f = analyze("The Pentagon said 5 service members were wounded, denying reports of deaths.");
    assert_eq!(claim_with(&f, 5.0).status, ClaimStatus::Attributed);
    let f = analyze("The Pentagon, denying earlier reports, said 5 service members had died.");
    assert_eq!(claim_with(&f, 5.0).status, ClaimStatus::Attributed, "{:#?}", f.claims);
    let f = analyze("The ministry issued a statement, denying that 5 service members had died.");
    assert_eq!(claim_with(&f, 5.0).status, ClaimStatus::Denied, "{:#?}", f.claims);
    // The figure an unverifiable apposition speaks of stays unverified.
    let f = analyze("The army said it had struck 150 targets, a figure that could not be independently verified.");
    assert_eq!(claim_with(&f, 150.0).status, ClaimStatus::Unverified);
}

#[test]
fn an_aside_between_the_subject_and_a_tally_verb_is_skipped() {
    for (text, value, name) in [
        ("Officials in the province, speaking on condition of anonymity, put the toll at 33.", 33.0, "Officials in the province"),
        ("The police, citing hospital records, put the death toll at 17.", 17.0, "The police"),
    ] {
        let f = analyze(text);
        assert_eq!(source_of(&f, value).name, name, "{text}");
    }
    // A clause of its own between commas is no aside.
    let f = analyze("Rescue work, which the army led, put the death toll at 17.");
    assert!(claim_with(&f, 17.0).source.is_none(), "{:#?}", f.sources);
}

#[test]
fn the_reporters_doubt_after_a_contrast_is_no_part_of_the_quote() {
    for (text, quote) in [
        ("Local journalists said at least 25 people were killed, though the figure could not be confirmed.", "at least 25 people were killed"),
        ("Activists said 80 people died, but the toll could not be verified.", "80 people died"),
    ] {
        let f = analyze(text);
        assert!(f.quotes.iter().any(|q| q.text == quote), "{text}: {:#?}", f.quotes);
        assert_eq!(f.claims[0].status, ClaimStatus::Unverified, "{text}");
    }
    // "but the ministry said …" still ends it; "but the crowd stayed" is the speaker's.
    let f = analyze("Organisers said 3,000 people came, but the crowd stayed calm.");
    assert!(f.quotes.iter().any(|q| q.text == "3,000 people came, but the crowd stayed calm"), "{:#?}", f.quotes);
}

#[test]
fn a_speaker_who_said_it_in_a_report_or_tweet_still_said_it() {
    for (text, value, name, quote) in [
        ("More than 60 people have been killed, the U.N. said in a report released on Friday.", 60.0, "U.N.", "More than 60 people have been killed"),
        ("Kenyan police said in a tweet that 23 suspects were arrested.", 23.0, "Kenyan police", "23 suspects were arrested"),
        ("Eight ambulances were hit, the ministry said in a letter.", 8.0, "the ministry", "Eight ambulances were hit"),
    ] {
        let f = analyze(text);
        assert_eq!(source_of(&f, value).name, name, "{text}");
        assert!(f.quotes.iter().any(|q| q.text == quote), "{text}: {:#?}", f.quotes);
    }
}

#[test]
fn the_speakers_aside_after_an_inverted_frame_is_no_part_of_the_quote() {
    for (text, quote) in [
        ("At least 14 people were killed, hospital officials said, speaking on condition of anonymity.", "At least 14 people were killed"),
        ("Nine people died, the governor said, speaking to reporters in Lagos.", "Nine people died"),
        ("The Kremlin said 48 drones were shot down, without providing evidence.", "48 drones were shot down"),
    ] {
        let f = analyze(text);
        assert!(f.quotes.iter().any(|q| q.text == quote), "{text}: {:#?}", f.quotes);
    }
    // What the speaker adds after the aside is still theirs.
    let f = analyze("Nine people died, the governor said, adding that 40 trucks were sent.");
    assert_eq!(claim_with(&f, 40.0).source, claim_with(&f, 9.0).source, "{:#?}", f.claims);
    assert!(claim_with(&f, 40.0).source.is_some());
}

#[test]
fn claims_made_by_someone_and_a_general_staff_have_their_source() {
    let f = analyze("The claims of 300 dead, made by opposition activists, could not be verified.");
    let c = claim_with(&f, 300.0);
    assert_eq!(c.status, ClaimStatus::Unverified);
    assert_eq!(claimant(&f, c).as_deref(), Some("opposition activists"));
    // A thing made by someone states no figure of theirs.
    let f = analyze("A bomb made by the rebels killed 12 people.");
    assert!(claim_with(&f, 12.0).source.is_none(), "{:#?}", f.sources);
    let f = analyze("Ukraine's general staff said Russian forces lost 1,300 troops in the past day.");
    let s = source_of(&f, 1300.0);
    assert!(s.kind == SourceKind::Government && !s.anonymous, "{s:#?}");
    let f = analyze("A statement from the ministry said 7 officers had resigned.");
    assert_eq!(source_of(&f, 7.0).name, "the ministry");
    // Two authors joined: not the first alone.
    let f = analyze("Reports from Al Arabiya and Reuters said 7 officers had resigned.");
    assert_ne!(source_of(&f, 7.0).name, "Al Arabiya");
}

#[test]
fn an_accusation_is_the_accusers_claim() {
    for (text, value, accuser) in [
        ("Amnesty International accused security forces of killing at least 100 protesters.", 100.0, "Amnesty International"),
        ("The group accused the army of detaining 40 journalists.", 40.0, "The group"),
        ("Critics accused him of hiding 12 missing files.", 12.0, "Critics"),
    ] {
        let f = analyze(text);
        let c = claim_with(&f, value);
        assert_eq!(c.status, ClaimStatus::Attributed, "{text}");
        assert_eq!(claimant(&f, c).as_deref(), Some(accuser), "{text}");
    }
    // The accused in the passive, or a phrase that names them, accuse no one.
    for (text, value) in [("He was accused of killing 3 people.", 3.0), ("The 3 men accused of killing the guard appeared in court.", 3.0)] {
        let f = analyze(text);
        if let Some(c) = f.claims.iter().find(|c| c.quantities.iter().any(|q| q.value == Some(value))) {
            assert!(c.source.is_none(), "{text}: {c:#?}");
        }
    }
}

#[test]
fn staff_from_a_country_speak_for_its_government() {
    for (text, value, affiliation) in [
        ("Representatives from Iran said 176 people were on board.", 176.0, Some("Iranian government")),
        ("Officials of Colombia said 14 soldiers were wounded.", 14.0, Some("Colombian government")),
        // Only where they are, or from a body or city: no government.
        ("Officials in Kabul said 12 people were hurt.", 12.0, None),
        ("Doctors from Gaza said 31 patients were moved.", 31.0, None),
    ] {
        let f = analyze(text);
        let s = source_of(&f, value);
        assert_eq!(s.affiliation.as_deref(), affiliation, "{text}: {s:#?}");
    }
}
