//! Claimants in shapes a monitor found wrong: a dateline place taken for a
//! speaker, a social platform taken for the one who posted, two coordinated
//! names read as one source, names that are a preposition's object,
//! "deny" meaning "withhold", a time between the speaker and the verb.
//! Our own sentences.

mod common;

use common::{analyse_both, analyze, claim_source, claimant, quote, speaker};
use newsledger_extract::Pipeline;
use newsledger_model::{Article, Claim, ClaimStatus, Dateline, Facts, SourceKind};

fn source_names(f: &Facts) -> Vec<String> {
    f.sources.iter().map(|s| s.name.clone()).collect()
}

#[test]
fn dateline_place_is_never_a_source() {
    // The dateline as ingest detects it (`newsledger_ingest::detect_dateline`).
    for (text, place, printed) in [
        ("MADRID, Spain — Hours before the vote, Interior Minister Carla Ruiz defended the plan, saying it would save lives.\n", "MADRID", "MADRID, Spain"),
        ("LONDON (AP) — Two council officers were suspended on Monday, stating they had skipped the inspections.\n", "LONDON", "LONDON"),
    ] {
        let dateline = Some(Dateline { place: Some(place.into()), text: printed.into() });
        let art = Article { id: "a1".into(), language: "en".into(), text: text.to_string(), dateline, ..Default::default() };
        let f = Pipeline::for_language("en").analyze(&art);
        assert!(f.sources.iter().all(|s| s.evidence.start > 0), "{text}: {:#?}", f.sources);
        assert!(!source_names(&f).iter().any(|n| n == "MADRID" || n == "LONDON"), "{:#?}", f.sources);
    }
}

#[test]
fn a_platform_post_is_credited_to_who_posted_it() {
    let text = "The bridge will stay closed until June, according to a Facebook post by Mayor Lena Hartig on Sunday.\n\nAccording to an Instagram post by Omar Haddad, a guide at the park, 14 hikers were rescued.\n";
    let f = analyze(text);
    let names = source_names(&f);
    assert!(!names.iter().any(|n| n.contains("Facebook") || n.contains("Instagram")), "{names:?}");
    let c = claim_with_figure(&f, 14.0);
    let src = f.sources.iter().find(|s| Some(&s.id) == c.source.as_ref()).expect("a claimant");
    assert!(src.name.contains("Haddad"), "{src:#?}");
}

#[test]
fn a_user_on_a_platform_is_the_speaker() {
    let text = "The video spread quickly. One user on Telegram, which is popular in the region, wrote: “Nobody told us the water was unsafe.”\n";
    for (f, _) in analyse_both(text) {
        let q = quote(&f, "Nobody told us");
        let s = speaker(&f, q);
        assert!(s.name.starts_with("One user"), "{s:#?}");
    }
}

#[test]
fn coordinated_speakers_are_two_sources() {
    let text = "Talks broke down on Friday. Marsh and Okafor replied that the offer had come too late.\n";
    let f = analyze(text);
    let names = source_names(&f);
    assert!(names.iter().any(|n| n == "Marsh") && names.iter().any(|n| n == "Okafor"), "{names:?}");
    assert!(!names.iter().any(|n| n.contains(" and ")), "{names:?}");
}

#[test]
fn names_after_a_preposition_do_not_speak() {
    // The sentence lacks its subject: the two names are the letter's
    // addressees, not its authors.
    let text = "In a March 3 letter to Karen Whitlow, who was the acting director of the Department of Transportation and Peter Lund, the Treasury secretary, said they would donate 40 buses to the county.\n";
    let f = analyze(text);
    let c = claim_with_figure(&f, 40.0);
    let name = c.source.as_ref().and_then(|id| f.sources.iter().find(|s| &s.id == id)).map(|s| s.name.clone()).unwrap_or_default();
    assert!(!name.contains("Lund") && !name.contains("Department"), "{c:#?} {:#?}", f.sources);
}

#[test]
fn deny_meaning_withhold_is_no_denial() {
    let text = "Nurses say the prison is denying insulin and other medicines to inmates, and they have asked a judge to intervene within 10 days.\n\nThe warden denied them access to the ward for 3 weeks.\n";
    let f = analyze(text);
    assert!(f.claims.iter().all(|c| c.status != ClaimStatus::Denied), "{:#?}", f.claims);
    assert!(!f.quotes.iter().any(|q| q.verb.as_deref().is_some_and(|v| v.starts_with("den"))), "{:#?}", f.quotes);
    // A denial of a claim stays one.
    let text = "The ministry denied that 12 soldiers had been captured.\n";
    let f = analyze(text);
    assert!(f.claims.iter().any(|c| c.status == ClaimStatus::Denied), "{:#?}", f.claims);
    // "US" in capitals is the country, not the pronoun of "denied us entry".
    let text = "Tehran denied US reports that 12 soldiers had been captured.\n";
    let f = analyze(text);
    assert!(f.claims.iter().any(|c| c.status == ClaimStatus::Denied), "{:#?}", f.claims);
}

#[test]
fn a_point_in_time_is_no_quantity_claim() {
    let text = "A few years into her second term, according to the BBC, the economy grew by 4 percent.\n\nThe plant closed two months later. Three weeks before the vote, 200 workers marched.\n\nThe jury deliberated for less than 10 minutes before convicting him.\n";
    let f = analyze(text);
    let time_units = ["year", "month", "week", "day", "hour", "minute"];
    let anchored: Vec<_> = f.claims.iter().filter(|c| c.quantities.iter().any(|q| q.unit.as_deref().is_some_and(|u| time_units.contains(&u)) && q.value != Some(10.0))).collect();
    assert!(anchored.is_empty(), "{anchored:#?}");
    // The figures in those sentences stay claims. A duration is a time
    // expression since claims21 (MEANTIME marks it so), not a quantity.
    for v in [4.0, 200.0] {
        assert!(f.claims.iter().any(|c| c.quantities.iter().any(|q| q.value == Some(v))), "{v}: {:#?}", f.claims);
    }
    assert!(!f.claims.iter().any(|c| c.quantities.iter().any(|q| q.value == Some(10.0))), "{:#?}", f.claims);
    assert!(f.times.iter().any(|t| t.text.contains("10 minutes")), "{:#?}", f.times);
}

#[test]
fn the_people_a_study_counted_do_not_speak() {
    let text = "One study in 40 people found that 12 of them slept better. A poll of 900 residents showed that 60 percent backed the plan.\n";
    let f = analyze(text);
    // Neither group speaks: the study and the poll do ("One study in 40
    // people", "A poll of 900 residents").
    assert_eq!(f.sources.len(), 2, "{:#?}", f.sources);
    assert!(f.sources.iter().all(|s| s.kind == SourceKind::Document && s.count.is_none()), "{:#?}", f.sources);
    // A counted group that speaks still is a source.
    let f = analyze("Two officials said 12 soldiers were wounded.\n");
    assert!(f.sources.iter().any(|s| s.count == Some(2)), "{:#?}", f.sources);
}

#[test]
fn a_generic_organisation_head_with_a_name_in_apposition_is_the_name() {
    for (text, name) in [
        ("Two bombs went off in the market. The armed group, the Northern Liberation Front, claimed responsibility for both blasts, which killed 12 people.\n", "Northern Liberation Front"),
        ("Prices rose in May. The company, Northwind Freight Services, said that 300 jobs would go.\n", "Northwind Freight Services"),
    ] {
        let f = analyze(text);
        let names = source_names(&f);
        assert!(names.iter().any(|n| n.contains(name)), "{text}: {names:?}");
        assert!(!names.iter().any(|n| n == "group" || n == "company" || n.ends_with(" group") || n.ends_with(" company")), "{text}: {names:?}");
    }
}

#[test]
fn a_time_between_the_speaker_and_the_verb_leaves_the_speaker() {
    // "The ministry on Sunday said": the time (with its preposition) is no
    // part of the source, and does not hide it.
    for (text, name) in [
        ("The ministry on Sunday said nine people died in the floods.\n", "The ministry"),
        ("A report from the army during the weekend said 12 fighters were killed.\n", "the army"),
        ("Officials in the capital last week said 11 people were detained.\n", "Officials in the capital"),
    ] {
        let f = analyze(text);
        let c = f.claims.first().unwrap_or_else(|| panic!("{text}: no claim"));
        assert_eq!(c.status, ClaimStatus::Attributed, "{text}: {c:#?}");
        let src = f.sources.iter().find(|s| Some(&s.id) == c.source.as_ref()).unwrap_or_else(|| panic!("{text}: {:#?}", f.sources));
        assert_eq!(src.name, name, "{text}: {:#?}", f.sources);
    }
}

#[test]
fn a_study_speaks_though_what_it_studied_stands_before_the_verb() {
    for (text, source, figure) in [
        ("One study in 24 older adults found that 9 of them slept less after the change.\n", "One study in 24 older adults", 9.0),
        ("A survey of 1,200 displaced families found that 300 of them had lost a relative in the shelling.\n", "A survey of 1,200 displaced families", 300.0),
        // A name inside the studied group is not the claimant either.
        ("Another study in 50 patients with Lyme disease showed that 14 of them needed surgery within a year.\n", "study in 50 patients with Lyme disease", 14.0),
    ] {
        let f = analyze(text);
        let claim = f.claims.iter().find(|c| c.quantities.iter().any(|q| q.value == Some(figure))).unwrap_or_else(|| panic!("{text}: {:#?}", f.claims));
        let src = claim_source(&f, claim).unwrap_or_else(|| panic!("{text}: no claimant: {:#?} {:#?}", claim, f.sources));
        assert!(src.name.contains(source) && src.kind == SourceKind::Document, "{text}: {src:#?}");
        assert_eq!(claim.status, ClaimStatus::Attributed, "{text}");
    }
    // Whoever ran the study and speaks of it is the claimant.
    let f = analyze("Doctors who ran a study in 40 clinics said 12 patients had died.\n");
    assert!(!f.sources.iter().any(|s| s.name.contains("study")), "{:#?}", f.sources);
}

#[test]
fn an_ambassador_to_a_country_is_named_by_the_person_not_the_country() {
    for (text, person, role) in [
        ("US Ambassador to Germany Richard Grenell said that 40 companies had left the country.\n", "Richard Grenell", "US Ambassador to Germany"),
        ("The former Canadian ambassador to the Netherlands Helen Barrow said 12 diplomats were expelled.\n", "Helen Barrow", "ambassador to the Netherlands"),
        ("Kenya's envoy to Somalia, Peter Mwangi, said that 30 soldiers were killed.\n", "Peter Mwangi", "envoy to Somalia"),
    ] {
        let f = analyze(text);
        let src = f.sources.iter().find(|s| s.name.contains(person)).unwrap_or_else(|| panic!("{text}: {:#?}", f.sources));
        assert_eq!(src.kind, SourceKind::Person, "{text}: {src:#?}");
        assert!(src.role.as_deref().is_some_and(|r| r.contains(role)), "{text}: {src:#?}");
        // The country is the office's, not a speaker of its own.
        assert!(!f.sources.iter().any(|s| s.name.starts_with("Germany") || s.name.starts_with("Netherlands") || s.name.starts_with("Somalia")), "{text}: {:#?}", f.sources);
    }
}

#[test]
fn a_subordinator_opening_the_sentence_is_no_part_of_the_speakers_title() {
    for (text, name) in [
        // (Since actors25 the title is the source's role, not its name.)
        ("When Kenyan President Amina Otieno said 40 schools would reopen, teachers cheered.\n", "Amina Otieno"),
        ("While White House press secretary Dana Cole said the trip was routine, 12 aides stayed behind.\n", "Dana Cole"),
        ("After Interior Minister Pavel Novak said 30 officers were hurt, the protest ended.\n", "Pavel Novak"),
    ] {
        let f = analyze(text);
        let names = source_names(&f);
        assert!(names.iter().any(|n| n == name), "{text}: {names:?}");
        assert!(!names.iter().any(|n| n.starts_with("When") || n.starts_with("While") || n.starts_with("After")), "{text}: {names:?}");
    }
}

#[test]
fn villagers_survivors_and_relatives_are_anonymous_claimants_of_a_toll() {
    for (text, name, count) in [
        ("Local villagers said 12 people were killed in the raid on Sunday.\n", "Local villagers", None),
        ("Two survivors told reporters that 30 people died when the boat sank.\n", "Two survivors", Some(2)),
        ("Relatives of the victims said five children were among the dead.\n", "Relatives of the victims", None),
        ("Eyewitnesses said soldiers fired on the crowd, wounding 14.\n", "Eyewitnesses", None),
    ] {
        let f = analyze(text);
        let claim = f.claims.first().unwrap_or_else(|| panic!("{text}: no claim"));
        let src = claim_source(&f, claim).unwrap_or_else(|| panic!("{text}: no claimant: {:#?}", f.sources));
        assert_eq!((src.name.as_str(), src.kind, src.anonymous, src.count), (name, SourceKind::Anonymous, true, count), "{text}");
        assert_eq!(claim.status, ClaimStatus::Attributed, "{text}");
    }
    // Polls and studies are documents, not people.
    let f = analyze("Polls show that 40 percent of voters back the plan.\n");
    assert!(f.sources.iter().any(|s| s.name == "Polls" && s.kind == SourceKind::Document), "{:#?}", f.sources);
}

#[test]
fn a_bounded_figure_right_after_the_speech_verb_is_reported_speech() {
    // "at" after "said" opens "at least", not a place ("said at a rally").
    for (text, name) in [
        ("Police said at least 12 people were arrested after the match.\n", "Police"),
        ("The ministry said at most 40 families would be moved.\n", "ministry"),
        ("Hospital officials told reporters at least 9 patients had died.\n", "Hospital officials"),
    ] {
        let f = analyze(text);
        let claim = f.claims.first().unwrap_or_else(|| panic!("{text}: no claim"));
        assert_eq!(claim.status, ClaimStatus::Attributed, "{text}: {claim:#?}");
        let src = claimant(&f, claim).unwrap_or_default();
        assert!(src.contains(name), "{text}: {src}");
        assert!(!f.quotes.is_empty(), "{text}");
    }
    // A place after the verb is still no content.
    let f = analyze("The mayor spoke at a rally in the park on Sunday.\n");
    assert!(f.quotes.is_empty(), "{:#?}", f.quotes);
}

#[test]
fn officials_of_two_countries_are_one_source_with_both_names() {
    for (text, name) in [
        ("US and Iraqi officials said 12 people died in the blast.\n", "US and Iraqi officials"),
        ("The Russian and Syrian defence ministries said 30 fighters were killed.\n", "Russian and Syrian defence ministries"),
        ("Afghan and American officials said 7 soldiers were wounded.\n", "Afghan and American officials"),
    ] {
        let f = analyze(text);
        let claim = f.claims.first().unwrap_or_else(|| panic!("{text}: no claim"));
        let src = claim_source(&f, claim).unwrap_or_else(|| panic!("{text}: {:#?}", f.sources));
        assert!(src.name.contains(name), "{text}: {src:#?}");
        // Neither government alone.
        assert_eq!(src.affiliation, None, "{text}: {src:#?}");
        assert_eq!(f.sources.len(), 1, "{text}: {:#?}", f.sources);
    }
    // Two named parties stay two speakers.
    let f = analyze("The US and Iraq said 12 people died in the blast.\n");
    assert!(f.sources.len() == 2, "{:#?}", f.sources);
}

#[test]
fn plural_organisations_and_office_holders_are_sources() {
    for text in [
        "The unions said more than 15,000 people registered for the rally.\n",
        "Two ministers said 40 people were detained overnight.\n",
        "The agencies said 300 families had been moved.\n",
    ] {
        let f = analyze(text);
        assert!(f.claims.iter().any(|c| c.status == ClaimStatus::Attributed && c.source.is_some()), "{text}: {:#?} {:#?}", f.claims, f.sources);
    }
}

#[test]
fn a_tally_set_by_someone_is_theirs_and_two_tallies_dispute_each_other() {
    for (text, name) in [
        ("Officials put the death toll at 44.\n", "Officials"),
        ("The ministry puts the number of dead at 12 after the floods.\n", "The ministry"),
        ("Hospital records confirmed that 12 people died.\n", "Hospital records"),
        ("Iranian state television said 12 soldiers were killed.\n", "Iranian state television"),
    ] {
        let f = analyze(text);
        let claim = f.claims.first().unwrap_or_else(|| panic!("{text}: no claim"));
        assert_eq!(claim.status, ClaimStatus::Attributed, "{text}: {claim:#?}");
        let src = claimant(&f, claim).unwrap_or_default();
        assert_eq!(src, name, "{text}");
    }
    // A tally beside another source's figure for the same deaths.
    let f = analyze("Activists said 70 people were killed in the city. The government put the toll at 12.\n");
    assert_eq!(f.claims.len(), 2, "{:#?}", f.claims);
    assert!(f.claims.iter().all(|c| c.status == ClaimStatus::Disputed && c.source.is_some()), "{:#?}", f.claims);
    // "put" in other senses sets no tally.
    let f = analyze("He put the 3 boxes on the table.\n");
    assert!(f.sources.is_empty(), "{:#?}", f.sources);
}

#[test]
fn tv_shows_and_television_shows_are_no_speakers() {
    for text in [
        "The service offers movies and TV shows from 40 studios.\n",
        "She wrote music for the television show Nashville in 2012.\n",
    ] {
        let f = analyze(text);
        assert!(f.quotes.is_empty() && f.sources.is_empty(), "{text}: {:#?} {:#?}", f.quotes, f.sources);
    }
}

/// The claim that carries the figure `value`.
fn claim_with_figure(f: &Facts, value: f64) -> &Claim {
    f.claims.iter().find(|c| c.quantities.iter().any(|q| q.value == Some(value))).unwrap_or_else(|| panic!("no claim with {value}: {:#?}", f.claims))
}

/// The name of the claimant of the claim that carries `value`.
fn claimant_of_figure(f: &Facts, value: f64) -> Option<String> {
    claimant(f, claim_with_figure(f, value))
}

#[test]
fn evidence_cited_by_a_later_speaker_is_that_speakers_claim() {
    // What the evidence "shows" or "reveals" is the claim of whoever cites
    // it at the end of the sentence, also with a date after the name.
    for (text, value, who) in [
        ("Drone footage and testimony from residents of the valley reveal that 23 homes were burned, said the Sahel Rights Monitor on Tuesday, March 4.\n", 23.0, "Sahel Rights Monitor"),
        ("Clinic registers show 41 people were wounded, the health ministry said on Sunday.\n", 41.0, "the health ministry"),
        ("Accounts by villagers suggest 17 fishermen drowned, the coastguard said.\n", 17.0, "the coastguard"),
    ] {
        let f = analyze(text);
        assert_eq!(claimant_of_figure(&f, value).as_deref(), Some(who), "{text}: {:#?}", f.sources);
    }
}

#[test]
fn a_speaker_relayed_by_a_later_one_keeps_the_claim() {
    // The first speaker said it; the one closing the sentence passes it on.
    // An outlet that passes it on is the speaker's `via`; the first
    // speaker's quote ends before the closing attribution.
    for text in ["Survivors said 9 boats were missing, the Red Crescent said.\n", "Survivors told reporters 9 boats were missing, the ministry said on Friday.\n"] {
        let f = analyze(text);
        assert_eq!(claimant_of_figure(&f, 9.0).as_deref(), Some("Survivors"), "{text}");
    }
    let f = analyze("Police said 12 people were arrested, Reuters reported.\n");
    let c = claim_with_figure(&f, 12.0);
    let s = claim_source(&f, c).expect("a claimant");
    assert_eq!(s.name, "Police");
    let via = s.via.as_ref().and_then(|v| f.sources.iter().find(|x| &x.id == v)).map(|x| x.name.as_str());
    assert_eq!(via, Some("Reuters"), "{:#?}", f.sources);
    let q = quote(&f, "12 people were arrested");
    assert!(!q.text.contains("Reuters"), "{q:#?}");
}

#[test]
fn a_description_keeps_the_words_before_its_head() {
    // A word the lexicon does not know between the determiner and the head
    // noun is part of who speaks ("a war monitor", not "monitor").
    for (text, name) in [
        ("A war monitor said 31 fighters were killed near the dam.\n", "A war monitor"),
        ("The monitoring group said 31 fighters were killed near the dam.\n", "The monitoring group"),
        ("An airport official said the plane landed at 6am.\n", "An airport official"),
    ] {
        let f = analyze(text);
        assert!(source_names(&f).iter().any(|n| n == name), "{text}: {:?}", source_names(&f));
    }
    // "that" opening a clause is no determiner.
    let f = analyze("The deal is thin, given that many analysts believe the hardest issues were left for later.\n");
    assert!(!source_names(&f).iter().any(|n| n.starts_with("that")), "{:?}", source_names(&f));
}

#[test]
fn where_the_people_are_is_part_of_who_they_are() {
    // The place after "in"/"of"/"from" is no speaker of its own.
    for (text, who) in [
        ("Officials in Kandahar said 12 people died in the floods.\n", "Officials in Kandahar"),
        ("Residents of Mosul said 12 people died in the floods.\n", "Residents of Mosul"),
        ("The health ministry in Gaza said 12 people died in the floods.\n", "The health ministry in Gaza"),
        ("Twelve people died in the floods, said officials in Kenya.\n", "officials in Kenya"),
    ] {
        let f = analyze(text);
        assert_eq!(claimant_of_figure(&f, 12.0).as_deref(), Some(who), "{text}: {:?}", source_names(&f));
    }
    // An office "of" a country is its holder's, not a group in it.
    let f = analyze("The Prime Minister of Iraq, Adil Abdul-Mahdi, said 12 people died in the floods.\n");
    assert!(claimant_of_figure(&f, 12.0).is_some_and(|n| n.contains("Abdul-Mahdi")), "{:?}", source_names(&f));
}

#[test]
fn possessive_heads_and_quoted_speakers() {
    for (text, value, who) in [
        // A head in the possessive modifies the next one.
        ("Nine people died, the governor's office said in a statement.\n", 9.0, "the governor's office"),
        ("The army's spokesman said 7 soldiers were wounded.\n", 7.0, "The army's spokesman"),
        // "was quoted as saying": the passive subject speaks.
        ("Interior Minister Lena Baraka was quoted as saying that 40 rioters had been arrested.\n", 40.0, "Lena Baraka"),
        ("The governor was quoted by state media as saying 40 rioters had been arrested.\n", 40.0, "The governor"),
        ("The agency quoted two officials as saying 40 rioters had been arrested.\n", 40.0, "two officials"),
        // A manner adjunct after the hearer closes the attribution.
        ("The militants killed 12 villagers, witnesses told Reuters by phone.\n", 12.0, "witnesses"),
        // An outlet that cites someone passes on their claim.
        ("The BBC, citing local officials, said 25 people had died.\n", 25.0, "local officials"),
    ] {
        let f = analyze(text);
        assert_eq!(claimant_of_figure(&f, value).as_deref(), Some(who), "{text}: {:#?}", f.sources);
    }
    // "The ministry's statement" is still the ministry's.
    let f = analyze("The ministry's statement said 12 soldiers were wounded.\n");
    assert_eq!(claimant_of_figure(&f, 12.0).as_deref(), Some("The ministry"));
}

#[test]
fn a_speaker_introducing_the_next_quote_does_not_close_the_last() {
    let text = "Inspector Jo Marsh said, \"This is a sad day for the town.\" A spokesman for the council stated: \"We are working with the police.\"\n";
    let f = analyze(text);
    let marsh = speaker(&f, quote(&f, "This is a sad day"));
    assert!(marsh.name.contains("Marsh"), "{marsh:#?}");
    let council = speaker(&f, quote(&f, "We are working"));
    assert!(council.name.contains("spokesman"), "{council:#?}");
}

#[test]
fn an_unknown_word_before_a_head_without_a_determiner() {
    for (text, value, who) in [
        ("At least 14 protesters were shot dead, according to rights groups.\n", 14.0, "rights groups"),
        ("Thirty-one bodies have been recovered so far, rescue officials said.\n", 31.0, "rescue officials"),
        ("Human rights groups said 14 protesters were shot dead.\n", 14.0, "Human rights groups"),
    ] {
        let f = analyze(text);
        assert_eq!(claimant_of_figure(&f, value).as_deref(), Some(who), "{text}: {:?}", source_names(&f));
    }
    // A possessive or a relative word is no such modifier.
    let f = analyze("Rita learned which people had signed, and the city’s police said 3 men were held.\n");
    assert!(source_names(&f).iter().all(|n| !n.starts_with('’') && !n.starts_with("which")), "{:?}", source_names(&f));
}

#[test]
fn a_figure_not_yet_confirmed_is_unverified() {
    for text in [
        "The toll of 64 dead, given by the ministry, has not been independently confirmed.\n",
        "The ministry says 64 people have died, a figure that has yet to be verified.\n",
        "Officials said 64 people died. The figure has not yet been confirmed.\n",
    ] {
        let f = analyze(text);
        let c = claim_with_figure(&f, 64.0);
        assert_eq!(c.status, ClaimStatus::Unverified, "{text}: {c:#?}");
    }
}

#[test]
fn reports_no_one_is_named_for_are_unverified() {
    for text in [
        "Amid reports that 14 protesters were shot dead, the city was calm.\n",
        "There were reports that 14 protesters were shot dead near the square.\n",
        "The government has not commented on reports that 14 protesters were shot dead.\n",
    ] {
        let f = analyze(text);
        let c = claim_with_figure(&f, 14.0);
        assert_eq!(c.status, ClaimStatus::Unverified, "{text}: {c:#?}");
    }
    // A reporter that is named reports as a source.
    let f = analyze("The ministry reports that 14 people died in the floods.\n");
    let c = claim_with_figure(&f, 14.0);
    assert_eq!(c.status, ClaimStatus::Attributed, "{c:#?}");
}

#[test]
fn a_toll_added_to_a_claim_of_responsibility_is_the_reporters() {
    let f = analyze("The Hawks Brigade claimed responsibility for the ambush, which killed 11 soldiers.\n");
    let c = claim_with_figure(&f, 11.0);
    assert_eq!(claimant(&f, c), None, "{:#?}", f.sources);
    // What the group itself says it did stays its claim.
    let f = analyze("The Hawks Brigade claimed that the ambush killed 11 soldiers.\n");
    assert!(claimant_of_figure(&f, 11.0).is_some_and(|n| n.contains("Hawks")), "{:#?}", f.sources);
}

#[test]
fn witnesses_at_a_named_place_and_tallies_with_their_basis() {
    for (text, who) in [
        ("A doctor at Al-Amal hospital told AFP that 16 bodies had arrived.\n", "A doctor at Al-Amal hospital"),
        ("A local journalist said 16 people were killed in the shelling.\n", "A local journalist"),
        ("Sixteen soldiers were killed, the group said in a statement on its website.\n", "the group"),
        ("Sixteen people were killed, according to an AFP tally based on official sources.\n", "an AFP tally"),
    ] {
        let f = analyze(text);
        assert_eq!(claimant_of_figure(&f, 16.0).as_deref(), Some(who), "{text}: {:?}", source_names(&f));
    }
}

#[test]
fn why_a_source_is_not_named_is_no_part_of_its_name() {
    // The phrase makes the source anonymous and is left out of its name,
    // with or without commas, also when its verb is a speech verb ("asked").
    for (text, value, who) in [
        ("Two officials, speaking on condition of anonymity, said 30 villagers were killed.\n", 30.0, "Two officials"),
        ("A police officer, who spoke on condition of anonymity, said 14 people were arrested.\n", 14.0, "A police officer"),
        ("A senior official who declined to be identified said 45 people died in the blast.\n", 45.0, "A senior official"),
        ("A police spokeswoman who asked not to be identified said 6 officers were hurt.\n", 6.0, "A police spokeswoman"),
        ("Local officials, speaking on the condition of anonymity because they were not authorized to brief reporters, said 18 were wounded.\n", 18.0, "Local officials"),
        ("The officials, who were not authorized to speak publicly, said 40 troops would stay.\n", 40.0, "The officials"),
        ("Officials not authorized to discuss the matter said 40 troops would stay.\n", 40.0, "Officials"),
    ] {
        let f = analyze(text);
        let s = claim_source(&f, claim_with_figure(&f, value)).unwrap_or_else(|| panic!("{text}: no claimant"));
        assert_eq!(s.name, who, "{text}: {s:#?}");
        assert!(s.anonymous && s.kind == SourceKind::Anonymous, "{text}: {s:#?}");
    }
    // Other postmodifiers stay: they say who the source is.
    for (text, who) in [
        ("Officials familiar with the matter said 12 soldiers were killed.\n", "Officials familiar with the matter"),
        ("A senior diplomat who spoke on the radio said 12 observers would be sent.\n", "A senior diplomat who spoke on the radio"),
    ] {
        let f = analyze(text);
        assert_eq!(claimant_of_figure(&f, 12.0).as_deref(), Some(who), "{text}: {:?}", source_names(&f));
    }
}

#[test]
fn two_word_organisation_heads_and_the_head_of_a_body() {
    // A head of two words is a source; its second word alone is none.
    for (text, value, who) in [
        ("The coast guard said 12 fishermen were rescued.\n", 12.0, "The coast guard"),
        ("The border patrol said 12 migrants were detained.\n", 12.0, "The border patrol"),
        ("The civil defence said 12 people were pulled from the rubble.\n", 12.0, "The civil defence"),
        ("Twelve people were treated for burns, the local fire brigade said.\n", 12.0, "the local fire brigade"),
        ("A coast guard spokesman said 12 fishermen were missing.\n", 12.0, "A coast guard spokesman"),
        // "head of X" is a person's office, like "director of X".
        ("The head of the local council said 12 people died.\n", 12.0, "The head of the local council"),
        ("The head of the regional police said 12 men were arrested.\n", 12.0, "The head of the regional police"),
    ] {
        let f = analyze(text);
        assert_eq!(claimant_of_figure(&f, value).as_deref(), Some(who), "{text}: {:?}", source_names(&f));
    }
    let f = analyze("The coast guard said 12 fishermen were rescued.\n");
    assert_eq!(f.sources[0].kind, SourceKind::Organization, "{:#?}", f.sources);
    // The words apart, or "guard" alone, are no source.
    for text in ["The boat drifted along the coast, guard dogs barking, as 12 men watched.\n", "He stood guard as 12 men said prayers.\n", "He shook his head as 12 men said prayers.\n"] {
        let f = analyze(text);
        assert!(source_names(&f).iter().all(|n| !n.contains("guard") && !n.contains("head")), "{text}: {:?}", source_names(&f));
    }
}

#[test]
fn a_caller_is_an_anonymous_speaker() {
    for text in ["“I'll put a bullet in your head,” the caller said.\n", "“I'll put a bullet in your head,” said the caller.\n", "“We know where you live,” an anonymous caller told her.\n"] {
        for (f, _) in analyse_both(text) {
            let q = f.quotes.first().unwrap_or_else(|| panic!("{text}: no quote"));
            let s = speaker(&f, q);
            assert!(s.name.ends_with("caller") && s.anonymous, "{text}: {s:#?}");
        }
    }
}

#[test]
fn a_figure_given_by_someone_is_theirs() {
    // A passive participle with its agent after a tally credits the agent.
    for (text, value, who, status) in [
        ("The figure of 64 dead, given by the Pentagon, could not be verified.\n", 64.0, "Pentagon", ClaimStatus::Unverified),
        ("The toll of 120, provided by the health ministry, was lower than feared.\n", 120.0, "the health ministry", ClaimStatus::Attributed),
        ("A count of 300 arrests, released by police on Monday, was higher than expected.\n", 300.0, "police", ClaimStatus::Attributed),
        ("A tally of 80 killed, given by a local official, has not been independently confirmed.\n", 80.0, "a local official", ClaimStatus::Unverified),
        ("Estimates of 45 dead, provided by activists, could not be verified.\n", 45.0, "activists", ClaimStatus::Unverified),
    ] {
        let f = analyze(text);
        let c = claim_with_figure(&f, value);
        let name = claimant(&f, c).unwrap_or_else(|| panic!("{text}: no claimant {:#?}", f.sources));
        assert!(name.ends_with(who), "{text}: {name}");
        assert_eq!(c.status, status, "{text}: {c:#?}");
    }
    // A deed, or a phrase without a figure, is no one's claim.
    for (text, value) in [
        ("The 12 hostages, released by the rebels on Friday, arrived in the capital.\n", 12.0),
        ("Some 5,000 troops, supplied by Britain, will arrive next week.\n", 5000.0),
        ("This graphic, provided by a polling firm, shows the 11 states that voted.\n", 11.0),
    ] {
        let f = analyze(text);
        assert_eq!(claimant_of_figure(&f, value), None, "{text}: {:#?}", f.sources);
    }
}

#[test]
fn a_two_word_clause_of_a_count_and_its_verb_is_reported() {
    for (text, value, who) in [
        ("Officials said 8 died.\n", 8.0, "Officials"),
        ("The council said twelve drowned.\n", 12.0, "The council"),
        ("Police told reporters 3 escaped.\n", 3.0, "Police"),
    ] {
        let f = analyze(text);
        assert_eq!(claimant_of_figure(&f, value).as_deref(), Some(who), "{text}: {:#?}", f.claims);
    }
    // A count of something else is no clause.
    let f = analyze("She said 10 times.\n");
    assert!(f.claims.iter().all(|c| c.source.is_none()), "{:#?}", f.claims);
}

#[test]
fn two_plain_words_before_a_head() {
    // Two words the lexicon does not know before a lower-case head belong
    // to the description, as one does.
    for (text, who) in [
        ("The disaster relief agency said 12 homes were destroyed.\n", "The disaster relief agency"),
        ("Twelve homes were destroyed, said humanitarian aid workers.\n", "humanitarian aid workers"),
        ("The real estate agent said 12 homes were sold.\n", "The real estate agent"),
    ] {
        let f = analyze(text);
        assert_eq!(claimant_of_figure(&f, 12.0).as_deref(), Some(who), "{text}: {:?}", source_names(&f));
    }
    // Not across a verb or a relative word.
    let f = analyze("Rita learned which aid workers had signed, and 12 men were held.\n");
    assert!(source_names(&f).iter().all(|n| !n.starts_with("which") && !n.starts_with("learned")), "{:?}", source_names(&f));
}

#[test]
fn a_direction_before_the_place_of_a_source() {
    // "in northern Kenya" is where the people are, as "in Kenya" is; the
    // country is not the speaker.
    for (text, who) in [
        ("Officials in eastern Ukraine said 12 civilians died.\n", "Officials in eastern Ukraine"),
        ("Residents of southern Lebanon said 12 homes were hit.\n", "Residents of southern Lebanon"),
        ("Twelve people have been displaced, said aid workers in northern Kenya.\n", "aid workers in northern Kenya"),
    ] {
        let f = analyze(text);
        assert_eq!(claimant_of_figure(&f, 12.0).as_deref(), Some(who), "{text}: {:?}", source_names(&f));
    }
    // The place of what happened is no part of the speaker.
    let f = analyze("Twelve people were killed in northern Syria, officials said.\n");
    assert_eq!(claimant_of_figure(&f, 12.0).as_deref(), Some("officials"), "{:?}", source_names(&f));
}

#[test]
fn an_office_of_a_place_or_body_is_its_holder() {
    // "the mayor of X" speaks, not X; "the head of X's Y" likewise.
    for (text, who) in [
        ("The mayor of Kharkiv said 12 people died.\n", "The mayor of Kharkiv"),
        ("The leader of Hezbollah said 12 fighters died.\n", "The leader of Hezbollah"),
        ("The head of Gaza's civil defence said 12 bodies were recovered.\n", "The head of Gaza's civil defence"),
        ("The head of the police's internal investigators told the court 12 files were missing.\n", "The head of the police's internal investigators"),
    ] {
        let f = analyze(text);
        let c = claim_with_figure(&f, 12.0);
        let s = claim_source(&f, c).unwrap_or_else(|| panic!("{text}: no claimant"));
        assert_eq!((s.name.as_str(), s.kind), (who, SourceKind::Person), "{text}: {s:#?}");
    }
    // The office of another body is another person.
    let f = analyze("Prime Minister Lena Varga of Hungary said 40 troops would go. The acting Prime Minister of Iraq said 12 people died.\n");
    assert_eq!(claimant_of_figure(&f, 12.0).as_deref(), Some("The acting Prime Minister of Iraq"), "{:#?}", f.sources);
}
